// Format 3 edge records keep only the first and last article dates (with how
// many articles gave each): removals of the extreme articles must still give
// exactly the store of the remaining articles, and format 2 stores (every
// date voted) are read and upgraded.
#include <rocksdb/db.h>

#include <catch2/catch.hpp>

#include "kzgraph/store.h"
#include "store/codec.h"
#include "store/records.h"
#include "store_test_util.h"

using namespace kzgraph;
using kzgraph::testing::CanonicalDump;
using kzgraph::testing::RawStore;
using kzgraph::testing::TempDir;

namespace {

Extraction DatedArticle(const std::string& id, const std::string& date, const std::string& text,
                        bool with_warning = false) {
  Extraction x;
  x.article.id = id;
  x.article.date = date;
  x.article.text = text;
  x.article.lang = "fr";
  x.entities = {{"Putin", "Vladimir Poutine", "person", {"Poutine"}},
                {"Russia", "Russie", "country", {}}};
  Relation r;
  r.subject = "Putin", r.predicate = "leads", r.object = "Russia";
  r.sentence = text, r.rule = "test", r.confidence = 0.9;
  x.relations.push_back(r);
  if (with_warning) {
    r.predicate = "warns", r.object = "NATO";
    x.relations.push_back(r);
  }
  return x;
}

std::unique_ptr<Store> Writer(const std::string& path) {
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, StoreOptions(), &store);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return store;
}

void MustCheck(const Store& store) {
  Status s = store.Check();
  INFO(s.ToString());
  REQUIRE(s.ok());
}

Edge Leads(const Store& store) {
  std::vector<Edge> edges;
  REQUIRE(store.OutEdges("Putin", "leads", &edges).ok());
  REQUIRE(edges.size() == 1);
  return edges[0];
}

// A store holding just `articles`, ingested afresh, dumped.
std::string FreshDump(const std::vector<Extraction>& articles) {
  TempDir dir("store-format3-fresh");
  auto store = Writer(dir / "db");
  for (const Extraction& x : articles) {
    IngestOutcome outcome;
    REQUIRE(store->Ingest(x, &outcome).ok());
  }
  return CanonicalDump(*store, true);
}

// Rewrites every edge record of `db` as format 2 wrote it (varint weight,
// every date voted, property votes) and sets format_version to 2. Exact for
// edges with at most two distinct dates, which is all the test makes.
void DowngradeToFormat2(const std::string& db) {
  RawStore raw(db);
  const std::vector<std::string>& families = raw.families();
  int rewritten = 0;
  for (size_t i = 0; i < families.size(); ++i) {
    if (families[i] != "out" && families[i] != "in" && families[i] != "edges") continue;
    std::vector<std::pair<std::string, std::string>> records;
    std::unique_ptr<rocksdb::Iterator> it(
        raw.db()->NewIterator(rocksdb::ReadOptions(), raw.handle(i)));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      store::EdgeRecord r;
      REQUIRE(store::DecodeEdge(std::string_view(it->value().data(), it->value().size()), &r));
      store::Votes dates;
      if (r.first_count > 0) dates[r.first] = r.first_count, dates[r.last] = r.last_count;
      std::string old;
      store::PutVarint(&old, r.weight);
      store::PutVarint(&old, dates.size());
      for (const auto& [date, count] : dates) {
        store::PutString(&old, date);
        store::PutVarint(&old, count);
      }
      REQUIRE(r.properties.empty());
      store::PutVarint(&old, 0);
      records.emplace_back(it->key().ToString(), old);
    }
    for (const auto& [key, value] : records) {
      REQUIRE(raw.db()->Put(rocksdb::WriteOptions(), raw.handle(i), key, value).ok());
      ++rewritten;
    }
  }
  CHECK(rewritten == 6);  // two edges, three copies each
  REQUIRE(raw.db()->Put(rocksdb::WriteOptions(), "format_version", "2").ok());
}

}  // namespace

TEST_CASE("Store keeps first/last seen exact when the extreme articles go", "[store]") {
  TempDir dir("store-format3-dates");
  const Extraction a = DatedArticle("a", "2022-01-05", "A.");
  const Extraction b = DatedArticle("b", "2022-01-01", "B.");
  const Extraction c = DatedArticle("c", "2022-01-09", "C.");
  const Extraction d = DatedArticle("d", "2022-01-01", "D.");
  const Extraction undated = DatedArticle("u", "", "U.");
  auto store = Writer(dir / "db");
  for (const Extraction& x : {a, b, c, d, undated}) {
    IngestOutcome outcome;
    REQUIRE(store->Ingest(x, &outcome).ok());
  }
  MustCheck(*store);
  CHECK(Leads(*store).first_seen == "2022-01-01");
  CHECK(Leads(*store).last_seen == "2022-01-09");
  CHECK(Leads(*store).weight == 5);

  REQUIRE(store->Remove("c").ok());  // the only last: found again in the evidence
  MustCheck(*store);
  CHECK(Leads(*store).last_seen == "2022-01-05");
  REQUIRE(store->Remove("b").ok());  // d still gives the first date
  MustCheck(*store);
  CHECK(Leads(*store).first_seen == "2022-01-01");
  REQUIRE(store->Remove("d").ok());
  MustCheck(*store);
  CHECK(Leads(*store).first_seen == "2022-01-05");
  CHECK(CanonicalDump(*store, true) == FreshDump({a, undated}));

  // A replacement that moves the only dated article: subtract and add in
  // one batch.
  const Extraction a2 = DatedArticle("a", "2022-02-01", "A, edited.");
  IngestOutcome outcome;
  REQUIRE(store->Ingest(a2, &outcome).ok());
  CHECK(outcome == IngestOutcome::kReplaced);
  MustCheck(*store);
  CHECK(Leads(*store).first_seen == "2022-02-01");
  CHECK(Leads(*store).last_seen == "2022-02-01");
  REQUIRE(store->Remove("a").ok());  // only the undated one left
  MustCheck(*store);
  CHECK(Leads(*store).first_seen.empty());
  CHECK(Leads(*store).weight == 1);
  CHECK(CanonicalDump(*store, true) == FreshDump({undated}));
}

TEST_CASE("Store reads and upgrades a format 2 store (every date voted)", "[store]") {
  TempDir dir("store-format2");
  const std::string db = dir / "db";
  const Extraction a = DatedArticle("a", "2022-01-05", "A.", true);
  const Extraction b = DatedArticle("b", "2022-01-01", "B.");
  const Extraction c = DatedArticle("c", "2022-01-05", "C.", true);
  {
    auto store = Writer(db);
    for (const Extraction& x : {a, b, c}) {
      IngestOutcome outcome;
      REQUIRE(store->Ingest(x, &outcome).ok());
    }
  }
  const std::string before = FreshDump({a, b, c});
  DowngradeToFormat2(db);
  {
    StoreOptions ro;
    ro.read_only = true;
    std::unique_ptr<Store> reader;
    REQUIRE(Store::Open(db, ro, &reader).ok());
    CHECK(CanonicalDump(*reader, true) == before);
    MustCheck(*reader);
  }
  auto store = Writer(db);  // upgrades: format 3, records left as they are
  MustCheck(*store);
  CHECK(CanonicalDump(*store, true) == before);
  REQUIRE(store->Remove("b").ok());  // an old record's only first date goes
  MustCheck(*store);
  CHECK(CanonicalDump(*store, true) == FreshDump({a, c}));
  store.reset();
  auto r = kzgraph::testing::RunKzgraph(
      "inspect --cf meta --db " + kzgraph::testing::ShellQuote(db), dir);
  CHECK(r.out.find("meta\tformat_version\t3\n") != std::string::npos);
}
