// The durability contract of StoreOptions::bulk_ingest (`kzgraph ingest`):
// batches are written without the write-ahead log, so a SIGKILL loses the
// articles written since the last flush, whole, and nothing else; a write
// that keeps the log (Remove) first makes the unlogged ones durable. The
// killed writer is this test binary run again as a child process (a hidden
// test case driven by environment variables), so the kill lands at an exact
// point of the sequence.
#include <signal.h>
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

#include "kzgraph/store.h"
#include "store/rocks_store.h"
#include "store_test_util.h"

using namespace kzgraph;
using kzgraph::testing::CanonicalDump;
using kzgraph::testing::ShellQuote;
using kzgraph::testing::TempDir;

namespace {

constexpr char kChildTest[] = "Child of the bulk ingest crash tests: writes then kills itself";

// Article i: two of seven persons, one accusing the other.
Extraction NumberedArticle(int i) {
  Extraction x;
  x.article.id = "art-" + std::to_string(i);
  x.article.source = "/news/" + x.article.id;
  x.article.date = "2022-01-" + std::to_string(10 + i % 20);
  x.article.lang = "fr";
  x.article.title = "Article " + std::to_string(i);
  x.article.text = "Text of article " + std::to_string(i);
  const std::string a = "P" + std::to_string(i % 7), b = "P" + std::to_string((i + 3) % 7);
  x.entities = {{a, "Person " + a, "person", {}}, {b, "Person " + b, "person", {"Mr " + b}}};
  Relation r;
  r.subject = a;
  r.predicate = "accuses";
  r.object = b;
  r.sentence = a + " accuses " + b + " in article " + std::to_string(i) + ".";
  r.span = {0, static_cast<uint32_t>(r.sentence.size())};
  r.rule = "test:accuses";
  r.confidence = 0.5 + (i % 5) / 10.0;
  x.relations = {r};
  return x;
}

std::unique_ptr<Store> Open(const std::string& db, bool bulk) {
  StoreOptions options;
  options.bulk_ingest = bulk;
  std::unique_ptr<Store> store;
  Status s = Store::Open(db, options, &store);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return store;
}

void IngestRange(Store& store, int begin, int end) {
  for (int i = begin; i < end; ++i) {
    IngestOutcome outcome;
    Status s = store.Ingest(NumberedArticle(i), &outcome);
    INFO(s.ToString());
    REQUIRE(s.ok());
  }
}

// The store of articles [0, count) written with the log, closed.
std::string CleanDump(const std::string& db, int count) {
  IngestRange(*Open(db, false), 0, count);
  return kzgraph::testing::DumpStore(db, true);
}

// Runs this binary's child test with `mode`; true when it died of SIGKILL.
bool RunChild(const std::string& db, const std::string& mode, int first, int second) {
  const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
  const std::string command = "KZ_BULK_CHILD_DB=" + ShellQuote(db) + " KZ_BULK_CHILD_MODE=" + mode +
                              " KZ_BULK_CHILD_FIRST=" + std::to_string(first) +
                              " KZ_BULK_CHILD_SECOND=" + std::to_string(second) + " " +
                              ShellQuote(self) + " " + ShellQuote(kChildTest) + " >/dev/null 2>&1";
  const int status = std::system(command.c_str());
  // The shell may exec the child (then it died of the signal) or report it
  // as exit status 128 + N.
  return (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) ||
         (WIFEXITED(status) && WEXITSTATUS(status) == 128 + SIGKILL);
}

}  // namespace

TEST_CASE(kChildTest, "[.store-bulk-child]") {
  const char* db = std::getenv("KZ_BULK_CHILD_DB");
  const char* mode = std::getenv("KZ_BULK_CHILD_MODE");
  REQUIRE(db != nullptr);
  REQUIRE(mode != nullptr);
  const int first = std::atoi(std::getenv("KZ_BULK_CHILD_FIRST"));
  const int second = std::atoi(std::getenv("KZ_BULK_CHILD_SECOND"));
  auto store = Open(db, true);
  IngestRange(*store, 0, first);
  if (std::string(mode) == "flush") {
    REQUIRE(store->Flush().ok());
    IngestRange(*store, first, first + second);
  } else {  // "remove": a logged write after unlogged ones
    REQUIRE(store->Remove("art-0").ok());
  }
  raise(SIGKILL);  // no close, no flush
}

TEST_CASE("Store bulk ingest killed loses only what was not flushed, whole", "[store][crash]") {
  static_assert(store::kBulkFlushArticles > 400, "the unflushed tail must stay unflushed");
  TempDir dir("store-bulk-ingest");
  const std::string db = dir / "db";
  constexpr int kFlushed = 300, kUnflushed = 400;
  REQUIRE(RunChild(db, "flush", kFlushed, kUnflushed));

  // The articles after the flush are gone, whole: the store is exactly the
  // first 300, as if written with the log.
  {
    auto store = Open(db, false);
    Status s = store->Check();
    INFO(s.ToString());
    REQUIRE(s.ok());
    StoreStats stats;
    REQUIRE(store->GetStats(&stats).ok());
    CHECK(stats.articles == static_cast<uint64_t>(kFlushed));
  }
  CHECK(kzgraph::testing::DumpStore(db, true) == CleanDump(dir / "clean-300", kFlushed));

  // Resuming (the same ingest again) adds exactly the lost articles back.
  {
    auto store = Open(db, true);
    int unchanged = 0, added = 0;
    for (int i = 0; i < kFlushed + kUnflushed; ++i) {
      IngestOutcome outcome;
      REQUIRE(store->Ingest(NumberedArticle(i), &outcome).ok());
      unchanged += outcome == IngestOutcome::kUnchanged;
      added += outcome == IngestOutcome::kAdded;
    }
    CHECK(unchanged == kFlushed);
    CHECK(added == kUnflushed);
  }
  CHECK(kzgraph::testing::DumpStore(db, true) ==
        CleanDump(dir / "clean-700", kFlushed + kUnflushed));
}

TEST_CASE("Store bulk ingest makes unlogged articles durable before a logged write",
          "[store][crash]") {
  TempDir dir("store-bulk-remove");
  const std::string db = dir / "db";
  constexpr int kArticles = 200;  // never flushed but by the Remove
  REQUIRE(RunChild(db, "remove", kArticles, 0));

  auto store = Open(db, false);
  Status s = store->Check();
  INFO(s.ToString());
  REQUIRE(s.ok());
  StoreStats stats;
  REQUIRE(store->GetStats(&stats).ok());
  CHECK(stats.articles == static_cast<uint64_t>(kArticles - 1));
  CHECK(store->Remove("art-0").IsNotFound());
  CHECK(store->Remove("art-1").ok());
}
