// Store::Check: rebuilds, from the per-article contribution records alone,
// what every other family should hold, and compares. It is the test oracle of
// the crash test and `kzgraph stats --check`; it holds the whole graph in
// memory, so it is a maintenance tool, never a query path.
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "store/codec.h"
#include "store/rocks_store.h"

namespace kzgraph::store {
namespace {

constexpr size_t kMaxProblems = 10;

class Problems {
 public:
  void Add(const std::string& problem) {
    if (list_.size() < kMaxProblems) list_.push_back(problem);
    ++count_;
  }
  Status ToStatus(const std::string& path) const {
    if (count_ == 0) return Status::OK();
    std::ostringstream out;
    out << path << ": " << count_ << " inconsistencies";
    for (const std::string& p : list_) out << "; " << p;
    return Status::Corruption(out.str());
  }

 private:
  std::vector<std::string> list_;
  size_t count_ = 0;
};

struct Expected {
  std::map<std::string, NodeRecord> nodes;
  std::map<std::string, EdgeRecord> edges;      // out key -> record
  std::map<std::string, std::string> evidence;  // key -> article date
  std::map<std::string, uint64_t> counters;
};

// Compares a family's keys and decoded values with the expected map.
template <typename Record, typename Decode>
Status CompareFamily(const RocksStore& store, Family family,
                     const std::map<std::string, Record>& expected, Decode decode,
                     Problems* problems) {
  std::set<std::string> seen;
  Status s = store.Scan(family, "", [&](std::string_view key, std::string_view value) {
    const std::string k(key);
    seen.insert(k);
    auto it = expected.find(k);
    Record actual{};
    if (it == expected.end()) {
      problems->Add(std::string(FamilyName(family)) + " has unsupported key " + Escape(k));
    } else if (!decode(value, &actual) || !(actual == it->second)) {
      problems->Add(std::string(FamilyName(family)) + " " + Escape(k) +
                    " differs from its articles' contributions");
    }
    return true;
  });
  for (const auto& [key, record] : expected) {
    if (!seen.count(key)) problems->Add(std::string(FamilyName(family)) + " lacks " + Escape(key));
  }
  return s;
}

std::string Reorder(std::string_view out_key, Family family) {
  const auto p = SplitKey(out_key);  // source, type, target
  return family == kIn ? JoinKey({p[2], p[1], p[0]}) : JoinKey({p[1], p[0], p[2]});
}

}  // namespace

Status RocksStore::Check() const {
  Problems problems;
  Expected want;
  std::map<std::string, ArticleInfo> articles;
  Status s = ForEachArticle([&](const ArticleInfo& a) {
    articles[a.id] = a;
    return true;
  });
  if (!s.ok()) return s;
  std::set<std::string> contributed;
  s = Scan(kContrib, "", [&](std::string_view key, std::string_view value) {
    const std::string id(key);
    contributed.insert(id);
    auto article = articles.find(id);
    Contribution c;
    if (article == articles.end()) {
      problems.Add("contribution without article: " + Escape(id));
      return true;
    }
    if (!DecodeContribution(value, &c)) {
      problems.Add("undecodable contribution " + Escape(id));
      return true;
    }
    for (const NodeContribution& n : c.nodes) AddNodeVotes(n, &want.nodes[n.id]);
    for (const EdgeContribution& e : c.edges) {
      AddEdgeVotes(e, article->second.date, &want.edges[JoinKey({e.source, e.type, e.target})]);
      want.evidence[JoinKey({e.source, e.type, e.target, id})] = article->second.date;
    }
    return true;
  });
  if (!s.ok()) return s;
  for (const auto& [id, a] : articles) {
    if (!contributed.count(id)) problems.Add("article without contribution: " + Escape(id));
  }

  // Counters as they should be.
  want.counters["articles"] = articles.size();
  want.counters["nodes"] = want.nodes.size();
  want.counters["edges"] = want.edges.size();
  want.counters["evidence"] = want.evidence.size();
  for (const auto& [key, record] : want.edges) {
    ++want.counters["type/" + std::string(SplitKey(key)[1])];
  }
  for (const auto& [id, record] : want.nodes) ++want.counters["kind/" + ToNode(id, record).kind];
  std::erase_if(want.counters, [](const auto& entry) { return entry.second == 0; });

  if (s = CompareFamily(*this, kNodes, want.nodes, DecodeNode, &problems); !s.ok()) return s;
  if (s = CompareFamily(*this, kOut, want.edges, DecodeEdge, &problems); !s.ok()) return s;
  for (Family f : {kIn, kEdges}) {
    std::map<std::string, EdgeRecord> reordered;
    for (const auto& [key, record] : want.edges) reordered[Reorder(key, f)] = record;
    if (s = CompareFamily(*this, f, reordered, DecodeEdge, &problems); !s.ok()) return s;
  }
  std::map<std::string, std::string> names;
  for (const auto& [id, record] : want.nodes) {
    for (const std::string& term : IndexTerms(id, record)) names[JoinKey({term, id})] = "";
  }
  auto decode_empty = [](std::string_view value, std::string* out) {
    out->assign(value);
    return true;
  };
  if (s = CompareFamily(*this, kNames, names, decode_empty, &problems); !s.ok()) return s;
  auto decode_date = [](std::string_view value, std::string* date) {
    Evidence e;
    if (!DecodeEvidence(value, &e)) return false;
    *date = e.date;
    return true;
  };
  if (s = CompareFamily(*this, kEvidence, want.evidence, decode_date, &problems); !s.ok()) return s;

  std::map<std::string, uint64_t> counters;
  s = Scan(kMeta, kCounterPrefix, [&](std::string_view key, std::string_view value) {
    Reader reader(value);
    uint64_t v = 0;
    reader.GetFixed64(&v);
    counters[std::string(key.substr(sizeof(kCounterPrefix) - 1))] = v;
    return true;
  });
  if (!s.ok()) return s;
  if (counters != want.counters) problems.Add("counters differ from the stored records");
  return problems.ToStatus(path_);
}

}  // namespace kzgraph::store
