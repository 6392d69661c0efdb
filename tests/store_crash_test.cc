// The crash test: `kzgraph load` is SIGKILLed at seeded random moments; each
// time the store must reopen holding whole articles only (every record agrees
// with the per-article contributions), and resuming to the end must give
// exactly the store of an uninterrupted run.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <set>
#include <string_view>

#include "kzgraph/store.h"
#include "store_test_util.h"

using namespace kzgraph;
using namespace kzgraph::testing;

namespace {

// Starts `kzgraph load --db DB -` reading from a pipe; *input is its
// write end. Output is discarded.
pid_t StartLoad(const std::string& db, int* input) {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  const pid_t pid = fork();
  if (pid == 0) {
    const int devnull = open("/dev/null", O_WRONLY);
    dup2(fds[0], STDIN_FILENO);
    dup2(devnull, STDOUT_FILENO);
    dup2(devnull, STDERR_FILENO);
    close(fds[1]);
    execl(KZGRAPH_BINARY, "kzgraph", "load", "--db", db.c_str(), "-", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[0]);
  *input = fds[1];
  return pid;
}

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = write(fd, bytes.data(), bytes.size());
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// Independent of Store::Check: weights equal evidence counts and every
// evidence record names a stored article.
void CheckWeights(const Store& store, uint64_t* articles) {
  std::set<std::string> ids;
  store.ForEachArticle([&](const ArticleInfo& a) {
    ids.insert(a.id);
    return true;
  });
  *articles = ids.size();
  REQUIRE(store
              .ForEachEdge("",
                           [&](const Edge& e) {
                             std::vector<Evidence> evidence;
                             REQUIRE(store.GetEvidence(e.source, e.type, e.target, &evidence).ok());
                             REQUIRE(evidence.size() == e.weight);
                             for (const Evidence& ev : evidence) REQUIRE(ids.count(ev.article_id));
                             return true;
                           })
              .ok());
}

}  // namespace

TEST_CASE("Store survives SIGKILL during load: whole articles only, then same result",
          "[store][crash]") {
  TempDir dir("store-crash");
  const std::string file = dir / "synthetic.jsonl";
  WriteFile(file, SyntheticRecords(4000, 2022));
  const std::string clean_db = dir / "clean", db = dir / "crashed";

  auto r = RunKzgraph("load --db " + ShellQuote(clean_db) + " " + ShellQuote(file), dir);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const std::string clean = DumpStore(clean_db, true);

  // Each round feeds `load` the file from its start up to a seeded random
  // doc, then kills it at once: the pipe still holds a backlog (up to 64 KiB,
  // dozens of articles), so the kill falls while it parses and writes. The
  // docs already stored are no-ops, as in a real resumed run.
  std::vector<size_t> doc_starts;  // byte offset of each "doc" line
  const std::string records = ReadFile(file);
  for (size_t at = 0; at < records.size(); at = records.find('\n', at) + 1) {
    if (records.compare(at, 13, R"({"type":"doc")") == 0) doc_starts.push_back(at);
  }
  REQUIRE(doc_starts.size() == 4000);
  signal(SIGPIPE, SIG_IGN);
  std::mt19937 rng(20220105);
  std::uniform_int_distribution<size_t> cut(300, doc_starts.size() - 1);
  std::vector<size_t> cuts;  // increasing, so that every round has new docs to add
  for (int round = 0; round < 5; ++round) cuts.push_back(cut(rng));
  std::sort(cuts.begin(), cuts.end());
  int killed_mid_run = 0;
  uint64_t last_articles = 0;
  std::set<uint64_t> partial_counts;  // article counts seen short of the end
  for (int round = 0; round < 5; ++round) {
    int input = -1;
    const pid_t pid = StartLoad(db, &input);
    REQUIRE(pid > 0);
    const size_t docs = cuts[round];
    WriteAll(input, std::string_view(records).substr(0, doc_starts[docs]));
    kill(pid, SIGKILL);
    close(input);
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    if (WIFSIGNALED(status)) ++killed_mid_run;

    std::unique_ptr<Store> store;
    Status s = Store::Open(db, StoreOptions(), &store);
    INFO("round " << round << ": " << s.ToString());
    REQUIRE(s.ok());
    s = store->Check();
    INFO(s.ToString());
    REQUIRE(s.ok());
    uint64_t articles = 0;
    CheckWeights(*store, &articles);
    UNSCOPED_INFO("round " << round << ": fed " << docs << " docs; store holds " << articles
                           << " whole articles");
    CHECK(articles >= last_articles);  // articles are never lost
    last_articles = articles;
    if (articles > 0 && articles < 3817) partial_counts.insert(articles);
  }
  signal(SIGPIPE, SIG_DFL);
  CHECK(killed_mid_run == 5);      // every kill landed while load was running
  CHECK(!partial_counts.empty());  // at least one landed while articles were being added

  r = RunKzgraph("load --db " + ShellQuote(db) + " " + ShellQuote(file), dir);
  REQUIRE(r.exit_code == 0);
  CHECK(DumpStore(db, true) == clean);
  r = RunKzgraph("stats --check --db " + ShellQuote(db), dir);
  CHECK(r.exit_code == 0);
}
