// The bulk path of `kzgraph load` (curated graph file into an empty store):
// byte-for-byte the records of the normal path, used only when it applies,
// and all-or-nothing under SIGKILL.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <random>
#include <sstream>
#include <thread>

#include "kzgraph/store.h"
#include "store/inspect.h"
#include "store/load.h"
#include "store_test_util.h"

using namespace kzgraph;
using namespace kzgraph::testing;

namespace {

// Repeated nodes (aliases united, first properties kept), an endpoint named
// only after its edge, a bare endpoint, a repeated edge (first properties
// win), a symmetric type given both ways, accents for the name index.
constexpr char kCurated[] =
    R"({"type":"node","id":"Putin","kind":"person","name":"Vladimir Poutine","aliases":["Poutine"],"properties":{"born":1952}}
{"type":"edge","source":"Putin","target":"Russia","label":"leads","properties":{"since":"2000"}}
{"type":"edge","source":"Putin","target":"Russia","label":"leads","properties":{"since":"2012"}}
{"type":"node","id":"Putin","kind":"person","aliases":["V. Poutine"],"properties":{"born":"1953"}}
{"type":"edge","source":"Tokayev","target":"Putin","label":"meets"}
{"type":"edge","source":"Putin","target":"Tokayev","label":"meets"}
{"type":"edge","source":"Russia","target":"NATO","label":"warns"}
{"type":"node","id":"Tokayev","kind":"person","name":"Kassym-Jomart Tokaïev","aliases":["Tokaïev"]}
{"type":"node","id":"Russia","kind":"country","name":"Russie","aliases":["la Fédération de Russie"]}
)";

std::unique_ptr<Store> Writer(const std::string& path) {
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, StoreOptions(), &store);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return store;
}

std::string InspectAll(const Store& store) {
  std::ostringstream out;
  REQUIRE(store::Inspect(store, "", "", 0, out).ok());
  return out.str();
}

bool Bulk(const std::string& file, Store* store) {
  Ontology ontology;
  REQUIRE(Ontology::LoadDefault(&ontology).ok());
  store::LoadCounts counts;
  bool used = false;
  Status s = store::TryBulkLoadCurated(file, ontology, store, &counts, &used);
  INFO(s.ToString());
  REQUIRE(s.ok());
  CHECK(counts.added == (used ? 1u : 0u));
  return used;
}

std::string NormalLoadDump(const std::string& file, const TempDir& dir) {
  auto store = Writer(dir / "normal");
  Ontology ontology;
  REQUIRE(Ontology::LoadDefault(&ontology).ok());
  std::istringstream in(ReadFile(file));
  store::LoadCounts counts;
  REQUIRE(
      store::LoadJsonl(in, file, ontology, store.get(), &counts, [](const std::string&) {}).ok());
  REQUIRE(counts.added == 1);
  return InspectAll(*store);
}

}  // namespace

TEST_CASE("Store bulk load writes exactly the records of the normal load", "[store]") {
  TempDir dir("store-bulk");
  const std::string file = dir / "facts.jsonl";
  WriteFile(file, kCurated);
  auto store = Writer(dir / "bulk");
  REQUIRE(Bulk(file, store.get()));
  const std::string bulk = InspectAll(*store);
  CHECK(bulk == NormalLoadDump(file, dir));
  CHECK(bulk.find("out\tPutin\\0leads\\0Russia\tweight=1 prop:since{2000:1}") != std::string::npos);
  Status check = store->Check();
  INFO(check.ToString());
  CHECK(check.ok());
  std::vector<std::string> ids;
  REQUIRE(store->FindNodes("la federation de russie", &ids).ok());
  CHECK(ids == std::vector<std::string>{"Russia"});

  // Loaded again (normal path: the store is not empty): unchanged; then it
  // can be removed as a whole.
  CHECK_FALSE(Bulk(file, store.get()));
  Ontology ontology;
  REQUIRE(Ontology::LoadDefault(&ontology).ok());
  std::istringstream in(ReadFile(file));
  store::LoadCounts counts;
  REQUIRE(
      store::LoadJsonl(in, file, ontology, store.get(), &counts, [](const std::string&) {}).ok());
  CHECK(counts.unchanged == 1);
  REQUIRE(store->Remove("curated:facts.jsonl").ok());
  StoreStats stats;
  REQUIRE(store->GetStats(&stats).ok());
  CHECK(stats.nodes == 0);
  CHECK(stats.edges == 0);
  CHECK(stats.evidence == 0);
  CHECK(store->Check().ok());
}

TEST_CASE("Store bulk load steps aside for extract records and bad lines", "[store]") {
  TempDir dir("store-bulk-aside");
  auto store = Writer(dir / "db");
  const std::string bad = dir / "bad.jsonl", records = dir / "records.jsonl";
  WriteFile(bad, std::string(kCurated) +
                     R"({"type":"edge","source":"A","target":"B","label":"hugs"})"
                     "\n");
  WriteFile(records, SyntheticRecords(3, 7));
  CHECK_FALSE(Bulk(bad, store.get()));
  CHECK_FALSE(Bulk(records, store.get()));
  StoreStats stats;
  REQUIRE(store->GetStats(&stats).ok());
  CHECK(stats.articles == 0);
  CHECK(stats.nodes == 0);
  // The CLI falls back to the normal path, which reports the bad line.
  store.reset();
  auto r = RunKzgraph("load --db " + ShellQuote(dir / "db") + " " + ShellQuote(bad), dir);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("bad.jsonl:10: unknown relation type 'hugs'") != std::string::npos);
  CHECK(r.out.find("1 articles: 1 added") != std::string::npos);
}

TEST_CASE("Store bulk load killed at any moment leaves all of the file or none", "[store][crash]") {
  TempDir dir("store-bulk-crash");
  const std::string file = dir / "graph.jsonl";
  {
    std::mt19937 rng(20220110);
    std::string lines;
    const char* types[] = {"accuses", "criticizes", "supports", "meets", "warns"};
    for (int i = 0; i < 150000; ++i) {
      lines += R"({"type":"edge","source":"actor-)" + std::to_string(rng() % 20000) +
               R"(","target":"actor-)" + std::to_string(rng() % 20000) + R"(","label":")" +
               types[rng() % 5] + "\"}\n";
    }
    WriteFile(file, lines);
  }
  const std::string clean_db = dir / "clean";
  const auto started = std::chrono::steady_clock::now();
  auto r = RunKzgraph("load --db " + ShellQuote(clean_db) + " " + ShellQuote(file), dir);
  const auto clean_time = std::chrono::steady_clock::now() - started;
  REQUIRE(r.exit_code == 0);
  const std::string clean = DumpStore(clean_db, true);

  std::mt19937 rng(20220111);
  int none = 0, all = 0;
  for (int round = 0; round < 4; ++round) {
    const std::string db = dir / ("killed-" + std::to_string(round));
    const pid_t pid = fork();
    if (pid == 0) {
      const int devnull = open("/dev/null", O_RDWR);
      dup2(devnull, STDOUT_FILENO);
      dup2(devnull, STDERR_FILENO);
      execl(KZGRAPH_BINARY, "kzgraph", "load", "--db", db.c_str(), file.c_str(), nullptr);
      _exit(127);
    }
    REQUIRE(pid > 0);
    std::this_thread::sleep_for(std::chrono::duration_cast<std::chrono::microseconds>(
        clean_time * (0.2 + 0.7 * (rng() % 1000) / 1000.0)));
    kill(pid, SIGKILL);
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    INFO("round " << round);
    if (!std::filesystem::exists(std::filesystem::path(db) / "CURRENT")) {
      ++none;  // killed before the store was even created
      continue;
    }
    bool had_all = false;
    {
      auto store = Writer(db);  // opens, and clears the load's scratch folder
      Status check = store->Check();
      INFO(check.ToString());
      REQUIRE(check.ok());
      StoreStats stats;
      REQUIRE(store->GetStats(&stats).ok());
      REQUIRE(stats.articles <= 1);
      if (stats.articles == 0) {
        CHECK(stats.edges == 0);
        CHECK(stats.nodes == 0);
        ++none;
      } else {
        ++all;
        had_all = true;
      }
    }
    for (const auto& entry : std::filesystem::directory_iterator(db)) {
      CHECK_FALSE(entry.path().filename().string().starts_with("bulk-load-"));
    }
    if (had_all) CHECK(DumpStore(db, true) == clean);
    r = RunKzgraph("load --db " + ShellQuote(db) + " " + ShellQuote(file), dir);
    REQUIRE(r.exit_code == 0);
    CHECK(DumpStore(db, true) == clean);
  }
  UNSCOPED_INFO("bulk kills: " << none << " left nothing, " << all << " left everything");
  CHECK(none + all == 4);
}
