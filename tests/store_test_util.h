// Helpers shared by the store tests, on top of test_util.h: a canonical text
// dump of a graph to compare two stores, and synthetic extraction records.
#ifndef KZGRAPH_TESTS_STORE_TEST_UTIL_H_
#define KZGRAPH_TESTS_STORE_TEST_UTIL_H_

#include <rocksdb/db.h>

#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "kzgraph/graph.h"
#include "kzgraph/store.h"
#include "test_util.h"

namespace kzgraph::testing {

// The store's RocksDB opened directly, with every column family, for tests
// that write what another kzgraph (an older or newer one) would have
// written. Closed when it goes out of scope.
class RawStore {
 public:
  explicit RawStore(const std::string& db) {
    rocksdb::Options options;
    REQUIRE(rocksdb::DB::ListColumnFamilies(options, db, &families_).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (const auto& f : families_) descriptors.emplace_back(f, rocksdb::ColumnFamilyOptions());
    REQUIRE(rocksdb::DB::Open(options, db, descriptors, &handles_, &db_).ok());
  }
  ~RawStore() {
    for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
    delete db_;
  }
  RawStore(const RawStore&) = delete;
  RawStore& operator=(const RawStore&) = delete;

  rocksdb::DB* db() const { return db_; }
  const std::vector<std::string>& families() const { return families_; }
  // Handle of families()[i].
  rocksdb::ColumnFamilyHandle* handle(size_t i) const { return handles_[i]; }

 private:
  std::vector<std::string> families_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  rocksdb::DB* db_ = nullptr;
};

// Every node, edge (with weight, dates and each evidence record) and article
// in key order, one per line. Content hashes are left out unless asked for:
// `ingest` and the records of `extract` carry the text's hash, but records
// written by hand (SyntheticRecords) get a hash of the records.
inline std::string CanonicalDump(const GraphReader& g, bool with_hash = false) {
  std::ostringstream out;
  g.ForEachNode([&](const Node& n) {
    out << "node " << n.id << " kind=" << n.kind << " name=" << n.name << " aliases=";
    for (const auto& a : n.aliases) out << a << "|";
    for (const auto& [k, v] : n.properties) out << " " << k << "=" << v;
    out << "\n";
    return true;
  });
  g.ForEachEdge("", [&](const Edge& e) {
    out << "edge " << e.source << " -" << e.type << "-> " << e.target << " weight=" << e.weight
        << " first=" << e.first_seen << " last=" << e.last_seen;
    for (const auto& [k, v] : e.properties) out << " " << k << "=" << v;
    out << "\n";
    std::vector<Evidence> evidence;
    g.GetEvidence(e.source, e.type, e.target, &evidence);
    for (const Evidence& ev : evidence) {
      out << "  evidence " << ev.article_id << " " << ev.date << " [" << ev.span.begin << ","
          << ev.span.end << ") " << ev.rule << " " << ev.confidence << " " << ev.sentence << "\n";
    }
    return true;
  });
  g.ForEachArticle([&](const ArticleInfo& a) {
    out << "article " << a.id << " title=" << a.title << " date=" << a.date
        << " source=" << a.source << " lang=" << a.lang;
    if (with_hash) out << " hash=" << a.content_hash;
    out << "\n";
    return true;
  });
  return out.str();
}

inline std::string DumpStore(const std::string& db, bool with_hash = false) {
  StoreOptions options;
  options.read_only = true;
  std::unique_ptr<Store> store;
  Status s = Store::Open(db, options, &store);
  if (!s.ok()) return "open failed: " + s.ToString();
  return CanonicalDump(*store, with_hash);
}

// `count` synthetic articles as the JSONL records of `kzgraph extract`,
// seeded: each doc names 3 of 40 actors and relates 2 pairs of them; about
// one doc in 20 repeats an earlier id with other content (a replacement).
// (unless !replacements). Hashes are left empty, so `load` derives them from the records.
inline std::string SyntheticRecords(int count, uint32_t seed, bool replacements = true) {
  static const char* const kKinds[] = {"person", "organization", "country", "group", "location"};
  static const char* const kTypes[] = {"accuses",     "criticizes", "requests_aid", "sends_troops",
                                       "warns",       "supports",   "meets",        "leads",
                                       "official_of", "member_of"};
  std::mt19937 rng(seed);
  std::string out;
  for (int i = 0; i < count; ++i) {
    const int id_number =
        (replacements && i > 20 && rng() % 20 == 0) ? static_cast<int>(rng() % i) : i;
    const std::string id = "syn-" + std::to_string(id_number);
    const std::string date = "2022-01-" + std::to_string(10 + rng() % 20);
    out += R"({"type":"doc","doc":")" + id + R"(","id":")" + id + R"(","title":"Synthetic )" +
           std::to_string(i) + R"(","date":")" + date +
           R"(","lang":"fr","hash":"","source":"gen/)" + id + "\"}\n";
    int actors[3];
    for (int& a : actors) {
      a = static_cast<int>(rng() % 40);
      const std::string e = std::to_string(a);
      out += R"({"type":"entity","doc":")" + id + R"(","id":"E)" + e + R"(","name":"Actor )" + e +
             R"(","kind":")" + kKinds[a % 5] + R"(","aliases":["A-)" + e + R"(","act)" + e +
             R"(é"]})" + "\n";
    }
    for (int r = 0; r < 2; ++r) {
      const std::string s = "E" + std::to_string(actors[r]);
      const std::string o = "E" + std::to_string(actors[r + 1]);
      const std::string sentence = s + " and " + o + " in " + id + " (" + std::to_string(i) + ").";
      out += R"({"type":"relation","doc":")" + id + R"(","subject":")" + s + R"(","predicate":")" +
             kTypes[rng() % 10] + R"(","object":")" + o + R"(","sentence":")" + sentence +
             R"(","start":)" + std::to_string(r * 40) + R"(,"end":)" +
             std::to_string(r * 40 + sentence.size()) + R"(,"rule":"gen:)" + std::to_string(r) +
             R"(","confidence":0.)" + std::to_string(5 + rng() % 5) + "}\n";
    }
  }
  return out;
}

}  // namespace kzgraph::testing

#endif  // KZGRAPH_TESTS_STORE_TEST_UTIL_H_
