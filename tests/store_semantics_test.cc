// Ingest, no-op, replace and remove semantics on hand-built Extractions.
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

Relation Rel(const std::string& s, const std::string& p, const std::string& o,
             const std::string& sentence, double confidence = 0.8) {
  Relation r;
  r.subject = s;
  r.predicate = p;
  r.object = o;
  r.sentence = sentence;
  r.span = {0, static_cast<uint32_t>(sentence.size())};
  r.rule = "test:" + p;
  r.confidence = confidence;
  return r;
}

Extraction MakeArticle(const std::string& id, const std::string& date, const std::string& text,
                       std::vector<Entity> entities, std::vector<Relation> relations) {
  Extraction x;
  x.article.id = id;
  x.article.source = "/news/" + id + ".html";
  x.article.date = date;
  x.article.lang = "fr";
  x.article.title = "Title of " + id;
  x.article.text = text;
  x.entities = std::move(entities);
  x.relations = std::move(relations);
  return x;
}

const Entity kPutin{"Putin", "Vladimir Poutine", "person", {"Poutine"}};
const Entity kRussia{"Russia", "Russie", "country", {"Moscou"}};
const Entity kTokayev{"Tokayev", "Kassym-Jomart Tokaïev", "person", {"Tokaïev"}};

std::unique_ptr<Store> OpenWriter(const std::string& path) {
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, StoreOptions(), &store);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return store;
}

IngestOutcome MustIngest(Store& store, const Extraction& x) {
  IngestOutcome outcome;
  Status s = store.Ingest(x, &outcome);
  INFO(s.ToString());
  REQUIRE(s.ok());
  Status check = store.Check();
  INFO(check.ToString());
  REQUIRE(check.ok());
  return outcome;
}

// Sets the store's format version behind its back (as another kzgraph
// would have written it) and returns the one it had.
std::string SwapFormatVersion(const std::string& db, const std::string& version) {
  RawStore raw(db);
  std::string before;
  REQUIRE(raw.db()->Get(rocksdb::ReadOptions(), "format_version", &before).ok());
  REQUIRE(raw.db()->Put(rocksdb::WriteOptions(), "format_version", version).ok());
  return before;
}

// The default ontology with "symmetric" moved from meets to supports.
Ontology SupportsSymmetric(const TempDir& dir) {
  std::string json =
      kzgraph::testing::ReadFile(std::string(KZGRAPH_SOURCE_DIR) + "/schema/ontology.json");
  const std::string meets = R"({"name": "meets", "symmetric": true,)";
  const std::string supports = R"({"name": "supports",)";
  REQUIRE(json.find(meets) != std::string::npos);
  REQUIRE(json.find(supports) != std::string::npos);
  json.replace(json.find(meets), meets.size(), R"({"name": "meets",)");
  json.replace(json.find(supports), supports.size(), R"({"name": "supports", "symmetric": true,)");
  kzgraph::testing::WriteFile(dir / "ontology.json", json);
  Ontology ontology;
  Status s = Ontology::Load(dir / "ontology.json", &ontology);
  INFO(s.ToString());
  REQUIRE(s.ok());
  REQUIRE(ontology.FindType("supports")->symmetric);
  REQUIRE_FALSE(ontology.FindType("meets")->symmetric);
  return ontology;
}

std::unique_ptr<Store> OpenWriter(const std::string& path, const Ontology& ontology) {
  StoreOptions options;
  options.ontology = &ontology;
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, options, &store);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return store;
}

std::vector<Edge> Out(const Store& store, const std::string& source, const std::string& type) {
  std::vector<Edge> edges;
  REQUIRE(store.OutEdges(source, type, &edges).ok());
  return edges;
}

Edge OnlyEdge(const Store& store, const std::string& source, const std::string& type) {
  std::vector<Edge> edges;
  REQUIRE(store.OutEdges(source, type, &edges).ok());
  REQUIRE(edges.size() == 1);
  return edges[0];
}

}  // namespace

TEST_CASE("Store ingest adds, skips unchanged, replaces and removes exactly", "[store]") {
  TempDir dir("store-sem");
  auto store = OpenWriter(dir / "db");

  const Extraction a =
      MakeArticle("a", "2022-01-06", "Poutine dirige la Russie.", {kPutin, kRussia},
                  {Rel("Putin", "leads", "Russia", "Poutine dirige la Russie.")});
  CHECK(MustIngest(*store, a) == IngestOutcome::kAdded);
  CHECK(MustIngest(*store, a) == IngestOutcome::kUnchanged);

  // b: same edge a day later, plus an edge to an actor that no entity names.
  const Extraction b = MakeArticle(
      "b", "2022-01-07", "Moscou dirige. Poutine accuse l'OTAN.", {kRussia},
      {Rel("Putin", "leads", "Russia", "Moscou dirige."), Rel("Putin", "ACCUSES", "NATO", "x")});
  CHECK(MustIngest(*store, b) == IngestOutcome::kAdded);
  Edge leads = OnlyEdge(*store, "Putin", "leads");
  CHECK(leads.weight == 2);
  CHECK(leads.first_seen == "2022-01-06");
  CHECK(leads.last_seen == "2022-01-07");
  Edge accuses = OnlyEdge(*store, "Putin", "accuses");  // type canonicalised
  CHECK(accuses.target == "NATO");
  Node node;
  REQUIRE(store->GetNode("NATO", &node).ok());
  CHECK(node.kind == "unknown");
  REQUIRE(store->GetNode("Putin", &node).ok());
  CHECK(node.kind == "person");  // "unknown" from b loses to a's "person"
  CHECK(node.name == "Vladimir Poutine");
  std::vector<std::string> ids;
  REQUIRE(store->FindNodes("moscou", &ids).ok());
  CHECK(ids == std::vector<std::string>{"Russia"});
  std::vector<Evidence> evidence;
  REQUIRE(store->GetEvidence("Putin", "leads", "Russia", &evidence).ok());
  REQUIRE(evidence.size() == 2);
  CHECK(evidence[0].article_id == "a");
  CHECK(evidence[1].article_id == "b");
  CHECK(evidence[1].date == "2022-01-07");
  CHECK(evidence[1].sentence == "Moscou dirige.");
  std::vector<Edge> in;
  REQUIRE(store->InEdges("Russia", "", &in).ok());
  REQUIRE(in.size() == 1);
  CHECK(in[0].source == "Putin");
  CHECK(in[0].weight == 2);

  // a changes: no longer says "leads", now says Tokayev requests aid from Russia.
  const Extraction a2 =
      MakeArticle("a", "2022-01-08", "Tokaïev appelle la Russie.", {kTokayev, kRussia},
                  {Rel("Tokayev", "requests_aid", "Russia", "Tokaïev appelle la Russie.")});
  CHECK(MustIngest(*store, a2) == IngestOutcome::kReplaced);
  leads = OnlyEdge(*store, "Putin", "leads");
  CHECK(leads.weight == 1);
  CHECK(leads.first_seen == "2022-01-07");  // recomputed from what remains
  CHECK(OnlyEdge(*store, "Tokayev", "requests_aid").first_seen == "2022-01-08");
  REQUIRE(store->GetNode("Putin", &node).ok());
  CHECK(node.kind == "unknown");  // only b supports Putin now, as a bare endpoint
  ids.clear();
  REQUIRE(store->FindNodes("Poutine", &ids).ok());
  CHECK(ids.empty());  // the alias came from a's first version only

  StoreStats stats;
  REQUIRE(store->GetStats(&stats).ok());
  CHECK(stats.articles == 2);
  CHECK(stats.nodes == 4);  // Putin, Russia, NATO, Tokayev
  CHECK(stats.edges == 3);
  CHECK(stats.evidence == 3);
  CHECK(stats.nodes_by_kind ==
        std::map<std::string, uint64_t>{{"country", 1}, {"person", 1}, {"unknown", 2}});
  CHECK(stats.edges_by_type["leads"] == 1);

  // Removing b leaves only a2: Putin and NATO lose their last support.
  REQUIRE(store->Remove("b").ok());
  REQUIRE(store->Check().ok());
  CHECK(store->GetNode("Putin", &node).IsNotFound());
  CHECK(store->GetNode("NATO", &node).IsNotFound());
  std::vector<Edge> out;
  REQUIRE(store->OutEdges("Putin", "", &out).ok());
  CHECK(out.empty());
  REQUIRE(store->GetStats(&stats).ok());
  CHECK(stats.articles == 1);
  CHECK(stats.nodes == 2);
  CHECK(stats.edges == 1);
  CHECK(stats.edges_by_type.count("leads") == 0);
  CHECK(store->Remove("b").IsNotFound());

  // Removing the last article leaves an empty store, counters included.
  REQUIRE(store->Remove("a").ok());
  REQUIRE(store->Check().ok());
  REQUIRE(store->GetStats(&stats).ok());
  CHECK(stats.articles == 0);
  CHECK(stats.nodes == 0);
  CHECK(stats.nodes_by_kind.empty());
  CHECK(CanonicalDump(*store).empty());
}

TEST_CASE("Store rejects unknown types and kinds and writes nothing", "[store]") {
  TempDir dir("store-bad");
  auto store = OpenWriter(dir / "db");
  IngestOutcome outcome;
  Status s = store->Ingest(
      MakeArticle("x", "", "t", {kPutin}, {Rel("Putin", "acuses", "NATO", "s")}), &outcome);
  CHECK(s.IsInvalidArgument());
  CHECK(s.message().find("did you mean accuses") != std::string::npos);
  Entity alien{"E.T.", "E.T.", "alien", {}};
  CHECK(store->Ingest(MakeArticle("y", "", "t", {alien}, {}), &outcome).IsInvalidArgument());
  CHECK(store->Ingest(MakeArticle("", "", "t", {kPutin}, {}), &outcome).IsInvalidArgument());
  Entity nul{std::string("a\0b", 3), "n", "person", {}};
  CHECK(store->Ingest(MakeArticle("z", "", "t", {nul}, {}), &outcome).IsInvalidArgument());
  StoreStats stats;
  REQUIRE(store->GetStats(&stats).ok());
  CHECK(stats.articles == 0);
  CHECK(stats.nodes == 0);
}

TEST_CASE("Store result does not depend on ingest order", "[store]") {
  TempDir dir("store-order");
  std::vector<Extraction> articles;
  for (int i = 0; i < 12; ++i) {
    // Conflicting votes on purpose: kinds and names differ between articles.
    Entity putin = kPutin;
    if (i % 3 == 0) putin.kind = "organization", putin.name = "Putin Inc";
    articles.push_back(MakeArticle("n" + std::to_string(i), "2022-01-" + std::to_string(10 + i % 5),
                                   "text " + std::to_string(i), {putin, kRussia},
                                   {Rel("Putin", i % 2 ? "leads" : "supports", "Russia",
                                        "s" + std::to_string(i), 0.5 + i / 100.0)}));
  }
  auto forward = OpenWriter(dir / "forward");
  for (const auto& x : articles) MustIngest(*forward, x);
  auto backward = OpenWriter(dir / "backward");
  for (auto it = articles.rbegin(); it != articles.rend(); ++it) MustIngest(*backward, *it);
  CHECK(CanonicalDump(*forward, true) == CanonicalDump(*backward, true));
  Node node;
  REQUIRE(forward->GetNode("Putin", &node).ok());
  CHECK(node.kind == "person");  // 8 votes against 4
  CHECK(node.aliases == std::vector<std::string>{"Poutine", "Putin Inc"});
}

TEST_CASE("Store fills an empty content hash from the text", "[store]") {
  TempDir dir("store-hash");
  auto store = OpenWriter(dir / "db");
  Extraction x = MakeArticle("h", "", "some text", {}, {});
  MustIngest(*store, x);
  std::string hash;
  store->ForEachArticle([&](const ArticleInfo& a) {
    hash = a.content_hash;
    return true;
  });
  CHECK(hash == ContentHash("some text"));
  CHECK(ContentHash("") == "cbf29ce484222325");  // FNV-1a 64 offset basis
  CHECK(ContentHash("a") == "af63dc4c8601ec8c");
}

TEST_CASE("Store refuses a store written by a newer format", "[store]") {
  TempDir dir("store-format");
  const std::string db = dir / "db";
  { OpenWriter(db); }
  // Bump the version behind the store's back, as a newer kzgraph would.
  SwapFormatVersion(db, "99");
  std::unique_ptr<Store> store;
  Status s = Store::Open(db, StoreOptions(), &store);
  CHECK(s.IsNotSupported());
  CHECK(s.message().find("newer") != std::string::npos);
  CHECK(store == nullptr);
  StoreOptions ro;
  ro.read_only = true;
  CHECK(Store::Open(db, ro, &store).IsNotSupported());
  auto r = kzgraph::testing::RunKzgraph("stats --db " + kzgraph::testing::ShellQuote(db), dir);
  CHECK(r.exit_code != 0);
  CHECK(r.err.find("store format version 99 is newer") != std::string::npos);
}

TEST_CASE("Store second writer is Busy at once, readers open during a write", "[store]") {
  TempDir dir("store-lock");
  const std::string db = dir / "db";
  auto writer = OpenWriter(db);
  MustIngest(*writer, MakeArticle("a", "2022-01-06", "t", {kPutin, kRussia},
                                  {Rel("Putin", "leads", "Russia", "s")}));

  std::unique_ptr<Store> second;
  Status s = Store::Open(db, StoreOptions(), &second);
  CHECK(s.IsBusy());
  CHECK(s.message().find("database in use by another kzgraph process") != std::string::npos);
  auto r =
      kzgraph::testing::RunKzgraph("remove --db " + kzgraph::testing::ShellQuote(db) + " a", dir);
  CHECK(r.exit_code == 1);
  CHECK(r.err == "kzgraph: " + db + ": database in use by another kzgraph process\n");

  StoreOptions ro;
  ro.read_only = true;
  std::unique_ptr<Store> reader;
  s = Store::Open(db, ro, &reader);
  INFO(s.ToString());
  REQUIRE(s.ok());
  Node node;
  CHECK(reader->GetNode("Putin", &node).ok());
  CHECK(OnlyEdge(*reader, "Putin", "leads").weight == 1);
  IngestOutcome outcome;
  CHECK(reader->Ingest(MakeArticle("b", "", "t", {}, {}), &outcome).IsNotSupported());
  // The writer goes on while the reader is open; a reader in another process
  // (the CLI) sees the new article.
  MustIngest(*writer, MakeArticle("b", "2022-01-07", "u", {kRussia},
                                  {Rel("Putin", "leads", "Russia", "v")}));
  CHECK(reader->GetNode("Russia", &node).ok());
  r = kzgraph::testing::RunKzgraph("stats --db " + kzgraph::testing::ShellQuote(db), dir);
  CHECK(r.exit_code == 0);
  CHECK(r.out.substr(0, r.out.find('\n')).ends_with(" 2"));  // "articles    2"
  // After the writer closes, a new writer gets the store.
  writer.reset();
  CHECK(Store::Open(db, StoreOptions(), &second).ok());
}

TEST_CASE("Store codec round-trips keys and records", "[store]") {
  using namespace kzgraph::store;
  CHECK(SplitKey(JoinKey({"a", "b", "c"})) == std::vector<std::string_view>{"a", "b", "c"});
  CHECK(PrefixUpperBound(std::string("ab\0", 3)) == std::string("ab\1", 3));
  CHECK(PrefixUpperBound("a\xff") == "b");
  CHECK(PrefixUpperBound("").empty());
  CHECK(Escape(std::string("a\0b\\\n", 5)) == "a\\0b\\\\\\x0a");
  NodeRecord n;
  n.support = 3;
  n.kinds = {{"person", 2}, {"unknown", 1}};
  n.properties["born"] = {{"1952", 1}};
  NodeRecord back;
  REQUIRE(DecodeNode(EncodeNode(n), &back));
  CHECK(back == n);
  CHECK_FALSE(DecodeNode(EncodeNode(n).substr(0, 5), &back));
  Evidence e{"", "2022-01-06", "Une phrase.", {3, 14}, "rule", 0.75};
  Evidence e2;
  REQUIRE(DecodeEvidence(EncodeEvidence(e), &e2));
  CHECK(e2.sentence == e.sentence);
  CHECK(e2.span == e.span);
  CHECK(e2.confidence == 0.75);
}

const Entity kLukashenko{"Lukashenko", "Alexandre Loukachenko", "person", {"Loukachenko"}};

TEST_CASE("Store keeps a symmetric edge one way: A meets B and B meets A add up", "[store]") {
  TempDir dir("store-symmetric");
  auto store = OpenWriter(dir / "db");
  // meets is symmetric in schema/ontology.json; accuses is not.
  MustIngest(*store, MakeArticle("a", "2022-01-06", "ta", {kPutin, kLukashenko},
                                 {Rel("Putin", "meets", "Lukashenko", "Poutine rencontre."),
                                  Rel("Putin", "accuses", "Lukashenko", "Poutine accuse.")}));
  MustIngest(*store, MakeArticle("b", "2022-01-07", "tb", {kPutin, kLukashenko},
                                 {Rel("Lukashenko", "meets", "Putin", "Loukachenko rencontre."),
                                  Rel("Lukashenko", "accuses", "Putin", "Loukachenko accuse.")}));
  // Stored with source < target: one edge, supported by both articles.
  const Edge meets = OnlyEdge(*store, "Lukashenko", "meets");
  CHECK(meets.target == "Putin");
  CHECK(meets.weight == 2);
  CHECK(meets.first_seen == "2022-01-06");
  CHECK(meets.last_seen == "2022-01-07");
  CHECK(Out(*store, "Putin", "meets").empty());
  std::vector<Edge> in;
  REQUIRE(store->InEdges("Putin", "meets", &in).ok());
  REQUIRE(in.size() == 1);
  CHECK(in[0].source == "Lukashenko");
  std::vector<Evidence> evidence;
  REQUIRE(store->GetEvidence("Lukashenko", "meets", "Putin", &evidence).ok());
  REQUIRE(evidence.size() == 2);
  CHECK(evidence[0].article_id == "a");
  CHECK(evidence[0].sentence == "Poutine rencontre.");  // the sentence as the article gave it
  CHECK(evidence[1].article_id == "b");
  // A directed type keeps both directions apart.
  CHECK(OnlyEdge(*store, "Putin", "accuses").weight == 1);
  CHECK(OnlyEdge(*store, "Lukashenko", "accuses").weight == 1);
  StoreStats stats;
  REQUIRE(store->GetStats(&stats).ok());
  CHECK(stats.edges == 3);
  CHECK(stats.edges_by_type["meets"] == 1);

  // One article saying it both ways is one edge, one evidence record: the
  // more confident one.
  MustIngest(*store, MakeArticle("c", "2022-01-08", "tc", {kPutin, kTokayev},
                                 {Rel("Tokayev", "meets", "Putin", "Tokaïev rencontre.", 0.9),
                                  Rel("Putin", "meets", "Tokayev", "Poutine rencontre.", 0.7)}));
  CHECK(OnlyEdge(*store, "Putin", "meets").target == "Tokayev");
  CHECK(OnlyEdge(*store, "Putin", "meets").weight == 1);
  evidence.clear();
  REQUIRE(store->GetEvidence("Putin", "meets", "Tokayev", &evidence).ok());
  REQUIRE(evidence.size() == 1);
  CHECK(evidence[0].sentence == "Tokaïev rencontre.");

  // Curated facts follow the same rule.
  IngestOutcome outcome;
  REQUIRE(store
              ->IngestCurated({"curated:f", "", "", "", "f", ""}, {},
                              {{"Putin", "meets", "Lukashenko", 0, "", "", {}}}, &outcome)
              .ok());
  CHECK(OnlyEdge(*store, "Lukashenko", "meets").weight == 3);

  // Removing articles subtracts from the one edge.
  REQUIRE(store->Remove("a").ok());
  REQUIRE(store->Remove("curated:f").ok());
  CHECK(OnlyEdge(*store, "Lukashenko", "meets").weight == 1);
  REQUIRE(store->Remove("b").ok());
  CHECK(Out(*store, "Lukashenko", "meets").empty());
  Status check = store->Check();
  INFO(check.ToString());
  CHECK(check.ok());
}

TEST_CASE("Store takes symmetry from the ontology, not from type names", "[store]") {
  TempDir dir("store-symmetric-ontology");
  const Ontology ontology = SupportsSymmetric(dir);
  auto store = OpenWriter(dir / "db", ontology);
  MustIngest(*store, MakeArticle("a", "2022-01-06", "ta", {kPutin, kTokayev},
                                 {Rel("Tokayev", "supports", "Putin", "s1"),
                                  Rel("Putin", "meets", "Tokayev", "m1")}));
  MustIngest(*store, MakeArticle("b", "2022-01-07", "tb", {kPutin, kTokayev},
                                 {Rel("Putin", "supports", "Tokayev", "s2"),
                                  Rel("Tokayev", "meets", "Putin", "m2")}));
  CHECK(OnlyEdge(*store, "Putin", "supports").weight == 2);
  CHECK(Out(*store, "Tokayev", "supports").empty());
  CHECK(OnlyEdge(*store, "Putin", "meets").weight == 1);
  CHECK(OnlyEdge(*store, "Tokayev", "meets").weight == 1);
}

TEST_CASE("Store upgrades a format 1 store's symmetric edges in place", "[store]") {
  TempDir dir("store-upgrade");
  const std::string db = dir / "db", fresh_db = dir / "fresh";
  const std::vector<Extraction> articles = {
      MakeArticle("a", "2022-01-06", "ta", {kPutin, kLukashenko},
                  {Rel("Putin", "meets", "Lukashenko", "Poutine rencontre.")}),
      MakeArticle("b", "2022-01-07", "tb", {kPutin, kLukashenko},
                  {Rel("Lukashenko", "meets", "Putin", "Loukachenko rencontre."),
                   Rel("Putin", "leads", "Russia", "Poutine dirige.")}),
      MakeArticle("c", "2022-01-08", "tc", {kPutin, kTokayev},
                  {Rel("Tokayev", "meets", "Putin", "Tokaïev rencontre.", 0.9),
                   Rel("Putin", "meets", "Tokayev", "Poutine rencontre.", 0.7)}),
  };
  {
    // Format 1 stored meets edges as given: as a store whose ontology has
    // no symmetric meets does.
    TempDir ontology_dir("store-upgrade-ontology");
    const Ontology v1 = SupportsSymmetric(ontology_dir);
    auto store = OpenWriter(db, v1);
    for (const Extraction& x : articles) MustIngest(*store, x);
    CHECK(Out(*store, "Putin", "meets").size() == 2);  // Lukashenko, Tokayev
  }
  REQUIRE(SwapFormatVersion(db, "1") == "3");
  {
    // Readers read a format 1 store as it is.
    StoreOptions ro;
    ro.read_only = true;
    std::unique_ptr<Store> reader;
    REQUIRE(Store::Open(db, ro, &reader).ok());
    CHECK(Out(*reader, "Putin", "meets").size() == 2);
  }
  {
    auto fresh = OpenWriter(fresh_db);
    for (const Extraction& x : articles) MustIngest(*fresh, x);
  }
  {
    auto store = OpenWriter(db);  // upgrades
    Status check = store->Check();
    INFO(check.ToString());
    CHECK(check.ok());
    CHECK(OnlyEdge(*store, "Lukashenko", "meets").weight == 2);
    CHECK(OnlyEdge(*store, "Putin", "meets").target == "Tokayev");
    StoreOptions ro;
    ro.read_only = true;
    std::unique_ptr<Store> fresh;
    REQUIRE(Store::Open(fresh_db, ro, &fresh).ok());
    CHECK(CanonicalDump(*store, true) == CanonicalDump(*fresh, true));
    // Unchanged articles stay unchanged no-ops after the upgrade.
    for (const Extraction& x : articles) CHECK(MustIngest(*store, x) == IngestOutcome::kUnchanged);
  }
  CHECK(SwapFormatVersion(db, "3") == "3");
}
