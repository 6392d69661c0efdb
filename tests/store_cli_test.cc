// The store's subcommands end to end: ingest of the samples (twice, then
// with one article edited), extract-in-shards + load = ingest, and load of
// curated graph JSONL with bad lines.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <set>

#include "kzgraph/extractor.h"
#include "kzgraph/store.h"
#include "store/progress.h"
#include "store_test_util.h"

using namespace kzgraph;
using namespace kzgraph::testing;
namespace fs = std::filesystem;

namespace {

// article id -> number of evidence records, read back from the store.
std::map<std::string, int> EvidencePerArticle(const std::string& db) {
  StoreOptions ro;
  ro.read_only = true;
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open(db, ro, &store).ok());
  std::map<std::string, int> counts;
  store->ForEachArticle([&](const ArticleInfo& a) {
    counts[a.id] = 0;
    return true;
  });
  store->ForEachEdge("", [&](const Edge& e) {
    std::vector<Evidence> evidence;
    REQUIRE(store->GetEvidence(e.source, e.type, e.target, &evidence).ok());
    CHECK(evidence.size() == e.weight);
    for (const Evidence& ev : evidence) ++counts.at(ev.article_id);
    return true;
  });
  return counts;
}

// What the extractor finds in each file: article id -> distinct relations.
std::map<std::string, int> ExpectedEvidence(const std::string& folder) {
  std::unique_ptr<Extractor> extractor;
  REQUIRE(Extractor::Open(ExtractorOptions(), &extractor).ok());
  std::map<std::string, int> counts;
  std::vector<std::string> errors;
  for (const std::string& file : ListInputs({folder}, &errors)) {
    std::vector<Article> articles;
    std::vector<std::string> warnings;
    REQUIRE(ReadArticles(file, &articles, &warnings).ok());
    for (const Article& a : articles) {
      Extraction x;
      REQUIRE(extractor->Extract(a, &x).ok());
      std::set<std::tuple<std::string, std::string, std::string>> distinct;
      for (const Relation& r : x.relations) distinct.insert({r.subject, r.predicate, r.object});
      counts[a.id] = static_cast<int>(distinct.size());
    }
  }
  return counts;
}

std::map<std::string, std::string> ArticleHashes(const std::string& db) {
  StoreOptions ro;
  ro.read_only = true;
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open(db, ro, &store).ok());
  std::map<std::string, std::string> hashes;
  store->ForEachArticle([&](const ArticleInfo& a) {
    hashes[a.id] = a.content_hash;
    return true;
  });
  return hashes;
}

// Evidence lines of the dump, without those of `skip_article`.
std::multiset<std::string> EvidenceLines(const std::string& dump, const std::string& skip_article) {
  std::multiset<std::string> lines;
  std::istringstream in(dump);
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("  evidence ") &&
        line.find(" " + skip_article + " ") == std::string::npos) {
      lines.insert(line);
    }
  }
  return lines;
}

}  // namespace

TEST_CASE("Store ingest of the samples: twice is a no-op, an edit replaces one article",
          "[store]") {
  TempDir dir("store-samples");
  const std::string kz = dir / "kz", db = dir / "db";
  fs::copy(fs::path(KZGRAPH_SOURCE_DIR) / "samples" / "kz", kz);
  auto r = RunKzgraph("ingest --db " + ShellQuote(db) + " " + ShellQuote(kz), dir);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "5 articles: 5 added, 0 replaced, 0 unchanged; 0 inputs failed\n");
  const std::string first = DumpStore(db, true);
  const auto expected = ExpectedEvidence(kz);
  REQUIRE(expected.size() == 5);
  CHECK(EvidencePerArticle(db) == expected);
  r = RunKzgraph("stats --db " + ShellQuote(db), dir);
  const std::string stats = r.out;

  r = RunKzgraph("ingest --db " + ShellQuote(db) + " " + ShellQuote(kz), dir);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "5 articles: 0 added, 0 replaced, 5 unchanged; 0 inputs failed\n");
  CHECK(DumpStore(db, true) == first);
  CHECK(RunKzgraph("stats --db " + ShellQuote(db), dir).out == stats);

  const std::string edited_id = "002_4c6c49b1dc27e322.txt";
  const auto hashes_before = ArticleHashes(db);
  std::string text = ReadFile(kz + "/" + edited_id);
  text += "\nLe Kremlin a démenti toute ingérence. Moscou soutient le président Tokaïev.\n";
  WriteFile(kz + "/" + edited_id, text);
  r = RunKzgraph("ingest --db " + ShellQuote(db) + " " + ShellQuote(kz), dir);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "5 articles: 0 added, 1 replaced, 4 unchanged; 0 inputs failed\n");
  const auto hashes_after = ArticleHashes(db);
  REQUIRE(hashes_after.size() == 5);
  for (const auto& [id, hash] : hashes_before) {
    if (id == edited_id) {
      CHECK(hashes_after.at(id) != hash);
    } else {
      CHECK(hashes_after.at(id) == hash);
    }
  }
  CHECK(EvidencePerArticle(db) == ExpectedEvidence(kz));
  // Whatever the edited article now says, the others' evidence is untouched.
  CHECK(EvidenceLines(DumpStore(db), edited_id) == EvidenceLines(first, edited_id));
  r = RunKzgraph("stats --check --db " + ShellQuote(db), dir);
  CHECK(r.exit_code == 0);
}

TEST_CASE("Store extract in two parallel shards then load equals one ingest", "[store]") {
  TempDir dir("store-shards");
  const std::string kz = fs::path(KZGRAPH_SOURCE_DIR) / "samples" / "kz";
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(kz)) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() == 5);
  std::string shard1, shard2;
  for (size_t i = 0; i < files.size(); ++i) (i % 2 ? shard2 : shard1) += " " + ShellQuote(files[i]);
  const std::string bin = ShellQuote(KZGRAPH_BINARY);
  const std::string cmd = "(" + bin + " extract" + shard1 + " > " + ShellQuote(dir / "s1.jsonl") +
                          ") & (" + bin + " extract" + shard2 + " > " +
                          ShellQuote(dir / "s2.jsonl") + ") & wait";
  REQUIRE(std::system(cmd.c_str()) == 0);
  auto r = RunKzgraph("load --db " + ShellQuote(dir / "loaded") + " " +
                          ShellQuote(dir / "s2.jsonl") + " " + ShellQuote(dir / "s1.jsonl"),
                      dir);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.starts_with("5 articles: 5 added"));
  r = RunKzgraph("ingest --db " + ShellQuote(dir / "ingested") + " " + ShellQuote(kz), dir);
  REQUIRE(r.exit_code == 0);
  const std::string loaded = DumpStore(dir / "loaded");
  CHECK(loaded.find("article 000_c74a299663472655.txt") != std::string::npos);
  CHECK(loaded == DumpStore(dir / "ingested"));
  // Loading a shard again changes nothing.
  r = RunKzgraph("load --db " + ShellQuote(dir / "loaded") + " " + ShellQuote(dir / "s1.jsonl"),
                 dir);
  CHECK(r.out.starts_with("3 articles: 0 added, 0 replaced, 3 unchanged"));
}

TEST_CASE("Store load of the extract records of ingested, unchanged articles is a no-op",
          "[store]") {
  TempDir dir("store-load-after-ingest");
  const std::string kz = dir / "kz", db = dir / "db", records = dir / "kz.jsonl";
  fs::copy(fs::path(KZGRAPH_SOURCE_DIR) / "samples" / "kz", kz);
  auto r = RunKzgraph("ingest --db " + ShellQuote(db) + " " + ShellQuote(kz), dir);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const std::string ingested = DumpStore(db, true);
  const std::string stats = RunKzgraph("stats --db " + ShellQuote(db), dir).out;
  r = RunKzgraph("extract " + ShellQuote(kz), dir);
  REQUIRE(r.exit_code == 0);
  WriteFile(records, r.out);

  // The "doc" records carry the text's hash, the one ingest stored.
  r = RunKzgraph("load --db " + ShellQuote(db) + " " + ShellQuote(records), dir);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.starts_with("5 articles: 0 added, 0 replaced, 5 unchanged"));
  CHECK(DumpStore(db, true) == ingested);
  CHECK(RunKzgraph("stats --db " + ShellQuote(db), dir).out == stats);

  // The other way round: ingesting what was loaded changes nothing either,
  // and both routes store the same hashes.
  const std::string loaded_db = dir / "loaded";
  r = RunKzgraph("load --db " + ShellQuote(loaded_db) + " " + ShellQuote(records), dir);
  REQUIRE(r.exit_code == 0);
  CHECK(DumpStore(loaded_db, true) == ingested);
  r = RunKzgraph("ingest --db " + ShellQuote(loaded_db) + " " + ShellQuote(kz), dir);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "5 articles: 0 added, 0 replaced, 5 unchanged; 0 inputs failed\n");

  // An edited article's records replace it, and only it.
  const std::string edited_id = "002_4c6c49b1dc27e322.txt";
  WriteFile(kz + "/" + edited_id,
            ReadFile(kz + "/" + edited_id) + "\nLe Kremlin a démenti toute ingérence.\n");
  r = RunKzgraph("extract " + ShellQuote(kz), dir);
  REQUIRE(r.exit_code == 0);
  WriteFile(records, r.out);
  r = RunKzgraph("load --db " + ShellQuote(db) + " " + ShellQuote(records), dir);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.starts_with("5 articles: 0 added, 1 replaced, 4 unchanged"));
  const auto hashes = ArticleHashes(db);
  REQUIRE(hashes.size() == 5);
  CHECK(hashes.at(edited_id) == ContentHash(ReadFile(kz + "/" + edited_id)));
  CHECK(RunKzgraph("stats --check --db " + ShellQuote(db), dir).exit_code == 0);
}

TEST_CASE("Store load of synthetic records in shards equals one load, in any order", "[store]") {
  TempDir dir("store-synshards");
  // Without replacements: which version of a repeated id wins would depend
  // on the order of the shards, as it does for any two ingests.
  const std::string records = SyntheticRecords(300, 7, false);
  WriteFile(dir / "all.jsonl", records);
  // Split by doc group, alternating, as two mappers would.
  std::string part[2];
  int doc = -1;
  std::istringstream in(records);
  for (std::string line; std::getline(in, line);) {
    if (line.find(R"("type":"doc")") != std::string::npos) ++doc;
    part[doc % 2] += line + "\n";
  }
  WriteFile(dir / "a.jsonl", part[0]);
  WriteFile(dir / "b.jsonl", part[1]);
  REQUIRE(
      RunKzgraph("load --db " + ShellQuote(dir / "one") + " " + ShellQuote(dir / "all.jsonl"), dir)
          .exit_code == 0);
  // The second shard first, in separate processes.
  REQUIRE(
      RunKzgraph("load --db " + ShellQuote(dir / "two") + " " + ShellQuote(dir / "b.jsonl"), dir)
          .exit_code == 0);
  REQUIRE(
      RunKzgraph("load --db " + ShellQuote(dir / "two") + " " + ShellQuote(dir / "a.jsonl"), dir)
          .exit_code == 0);
  const std::string one = DumpStore(dir / "one", true);
  CHECK(one.find("edge E") != std::string::npos);
  CHECK(one.find(" weight=2 ") != std::string::npos);  // some edges have several articles
  CHECK(DumpStore(dir / "two", true) == one);
  auto r = RunKzgraph("stats --check --db " + ShellQuote(dir / "two"), dir);
  INFO(r.err);
  CHECK(r.exit_code == 0);
}

TEST_CASE("Store load of a curated graph reports bad lines and keeps the rest", "[store]") {
  TempDir dir("store-curated");
  const std::string file = dir / "facts.jsonl", db = dir / "db";
  WriteFile(
      file,
      R"({"type":"node","id":"Putin","kind":"person","name":"Vladimir Putin","aliases":["Poutine"],"properties":{"born":1952}})"
      "\n"
      R"({"type":"node","id":"Russia","kind":"country","name":"Russia"})"
      "\n"
      "{not json\n"
      R"({"type":"edge","source":"Putin","target":"Russia","label":"leads","properties":{"since":"2000"}})"
      "\n"
      R"({"type":"edge","source":"Putin","target":"NATO","label":"acuses"})"
      "\n"
      R"({"type":"warns","source":"Russia","target":"NATO"})"
      "\n"
      R"({"type":"node","id":"X","kind":"planet"})"
      "\n");
  auto r = RunKzgraph("load --db " + ShellQuote(db) + " " + ShellQuote(file), dir);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find(file + ":3: invalid JSON") != std::string::npos);
  CHECK(r.err.find(file + ":5: unknown relation type 'acuses' (did you mean accuses?)") !=
        std::string::npos);
  CHECK(r.err.find(file + ":7: unknown node kind 'planet'") != std::string::npos);
  CHECK(r.out == "1 articles: 1 added, 0 replaced, 0 unchanged; 3 bad lines; 0 inputs failed\n");
  const std::string dump = DumpStore(db);
  CHECK(dump.find("node Putin kind=person name=Vladimir Putin aliases=Poutine| born=1952") !=
        std::string::npos);
  CHECK(dump.find("edge Putin -leads-> Russia weight=1 first= last= since=2000") !=
        std::string::npos);
  CHECK(dump.find("edge Russia -warns-> NATO weight=1") != std::string::npos);
  CHECK(dump.find("node NATO kind=unknown") != std::string::npos);
  CHECK(dump.find("article curated:facts.jsonl") != std::string::npos);
  CHECK(dump.find("acuses") == std::string::npos);

  // The curated pseudo-article goes out like any article.
  r = RunKzgraph("remove --db " + ShellQuote(db) + " curated:facts.jsonl", dir);
  CHECK(r.exit_code == 0);
  CHECK(DumpStore(db).empty());
  r = RunKzgraph("remove --db " + ShellQuote(db) + " curated:facts.jsonl", dir);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("no article curated:facts.jsonl") != std::string::npos);
}

TEST_CASE("Store load keeps a doc group's good records and reports its bad one", "[store]") {
  TempDir dir("store-docbad");
  const std::string file = dir / "x.jsonl", db = dir / "db";
  const std::string header =
      R"({"type":"doc","doc":"d1","id":"d1","title":"T","date":"2022-01-06","lang":"fr","hash":"abc","source":"s"})";
  const std::string entity = R"({"type":"entity","doc":"d1","id":"Putin","kind":"person"})";
  const std::string good =
      R"({"type":"relation","doc":"d1","subject":"Putin","predicate":"warns","object":"NATO","sentence":"s","start":0,"end":1,"rule":"r","confidence":0.9})";
  const std::string bad =
      R"({"type":"relation","doc":"d1","subject":"Putin","predicate":"warns","object":"EU","start":"zero"})";
  const std::string orphan = R"({"type":"entity","doc":"d9","id":"Y","kind":"person"})";
  WriteFile(file, header + "\n" + entity + "\n" + bad + "\n" + good + "\n" + orphan + "\n");
  auto r = RunKzgraph("load --db " + ShellQuote(db) + " " + ShellQuote(file), dir);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find(file + ":3: \"start\" must be a byte offset") != std::string::npos);
  CHECK(r.err.find(file + ":5: record for doc 'd9' outside its doc group") != std::string::npos);
  std::string dump = DumpStore(db);
  CHECK(dump.find("edge Putin -warns-> NATO weight=1") != std::string::npos);
  CHECK(dump.find("EU") == std::string::npos);
  // The repaired file replaces the partial article instead of being a no-op.
  WriteFile(
      file,
      header + "\n" + entity + "\n" + good + "\n" +
          R"({"type":"relation","doc":"d1","subject":"Putin","predicate":"warns","object":"EU"})" +
          "\n");
  r = RunKzgraph("load --db " + ShellQuote(db) + " " + ShellQuote(file), dir);
  CHECK(r.exit_code == 0);
  CHECK(r.out.starts_with("1 articles: 0 added, 1 replaced"));
  CHECK(DumpStore(db).find("edge Putin -warns-> EU weight=1") != std::string::npos);
}

TEST_CASE("Store inspect shows decoded keys, progress line has rate and ETA", "[store]") {
  TempDir dir("store-inspect");
  const std::string file = dir / "facts.jsonl", db = dir / "db";
  WriteFile(file, R"({"type":"edge","source":"Putin","target":"Russia","label":"leads"})"
                  "\n");
  REQUIRE(RunKzgraph("load --db " + ShellQuote(db) + " " + ShellQuote(file), dir).exit_code == 0);
  auto r = RunKzgraph("inspect --db " + ShellQuote(db) + " --cf out", dir);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "out\tPutin\\0leads\\0Russia\tweight=1\n");
  r = RunKzgraph("inspect --db " + ShellQuote(db) + " --prefix 'Russia\\0'", dir);
  CHECK(r.out == "in\tRussia\\0leads\\0Putin\tweight=1\n");
  r = RunKzgraph("inspect --db " + ShellQuote(db) + " --cf meta", dir);
  CHECK(r.out.find("meta\tformat_version\t3\n") != std::string::npos);
  CHECK(r.out.find("meta\tcount/edges\t1\n") != std::string::npos);
  r = RunKzgraph("inspect --db " + ShellQuote(db) + " --cf bogus", dir);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("unknown column family 'bogus'") != std::string::npos);
  r = RunKzgraph("stats --db " + ShellQuote(dir / "nothing"), dir);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("no kzgraph store here") != std::string::npos);

  CHECK(store::ProgressBar::Format(500, 2.0, 250, 1000) ==
        "500 articles  250.0/s  [======                  ]  25%  ETA 0:06");
  CHECK(store::ProgressBar::Format(10, 1.0, 0, 0) == "10 articles  10.0/s");
}
