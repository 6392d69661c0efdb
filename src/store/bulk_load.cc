#include "store/bulk_load.h"

#include <rocksdb/sst_file_writer.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <numeric>

#include "store/codec.h"
#include "store/contribution.h"
#include "store/records.h"
#include "store/rocks_store.h"

namespace kzgraph::store {
namespace {

namespace fs = std::filesystem;

// FNV-1a 64 fed piece by piece: ContentHash of the concatenation, without
// building it (the encoded contribution of a 1M-edge file is ~50 MB).
class StreamingHash {
 public:
  void Add(std::string_view bytes) {
    for (unsigned char c : bytes) h_ = (h_ ^ c) * 0x100000001b3ULL;
  }
  std::string Hex() const {
    static const char kHex[] = "0123456789abcdef";
    std::string out(16, '0');
    uint64_t h = h_;
    for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 15];
    return out;
  }

 private:
  uint64_t h_ = 0xcbf29ce484222325ULL;
};

// The contribution record's encoding (records.cc, EncodeContribution), one
// piece at a time.
void PutMap(std::string* out, const std::map<std::string, std::string>& map) {
  PutVarint(out, map.size());
  for (const auto& [key, value] : map) {
    PutString(out, key);
    PutString(out, value);
  }
}

void PutNodePart(std::string* out, const NodeContribution& n) {
  PutString(out, n.id);
  PutString(out, n.kind);
  PutString(out, n.name);
  PutVarint(out, n.aliases.size());
  for (const std::string& alias : n.aliases) PutString(out, alias);
  PutMap(out, n.properties);
}

// One SST file of one column family, keys added in order.
class FamilyFile {
 public:
  FamilyFile(RocksStore* store, Family family, const std::string& dir)
      : family_(family),
        path_(dir + "/" + FamilyName(family) + ".sst"),
        writer_(rocksdb::EnvOptions(), store->SstOptions(), store->handle(family)) {}

  Status Put(std::string_view key, std::string_view value) {
    if (!opened_) {
      if (Status s = FromRocks(writer_.Open(path_), path_); !s.ok()) return s;
      opened_ = true;
    }
    return FromRocks(writer_.Put(rocksdb::Slice(key.data(), key.size()),
                                 rocksdb::Slice(value.data(), value.size())),
                     path_);
  }
  // Adds the finished file to *files (nothing when no key was put).
  Status Finish(std::vector<std::pair<Family, std::string>>* files) {
    if (!opened_) return Status::OK();
    if (Status s = FromRocks(writer_.Finish(), path_); !s.ok()) return s;
    files->emplace_back(family_, path_);
    return Status::OK();
  }

 private:
  Family family_;
  std::string path_;
  rocksdb::SstFileWriter writer_;
  bool opened_ = false;
};

// Removes the scratch folder however Write ends.
struct ScratchDir {
  std::string path;
  ~ScratchDir() {
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
  }
};

}  // namespace

uint32_t CuratedBulkBuilder::Intern(const std::string& id) {
  auto [it, inserted] = number_.try_emplace(id, static_cast<uint32_t>(ids_.size()));
  if (inserted) ids_.push_back(id);
  return it->second;
}

bool CuratedBulkBuilder::AddNode(Node node, std::string* error) {
  // Checked with the other nodes by BuildCuratedContribution in Write.
  nodes_.push_back(std::move(node));
  (void)error;
  return true;
}

bool CuratedBulkBuilder::AddEdge(const Edge& edge, std::string* error) {
  for (const std::string* id : {&edge.source, &edge.target}) {
    if (id->empty() || id->find('\0') != std::string::npos) {
      *error = "empty edge endpoint or NUL byte in it";
      return false;
    }
  }
  const RelationType* type = ontology_.FindType(edge.type);
  if (type == nullptr) {
    *error = "unknown relation type '" + edge.type + "'";
    return false;
  }
  const bool reversed = type->symmetric && edge.target < edge.source;
  CompactEdge e;
  e.source = Intern(reversed ? edge.target : edge.source);
  e.target = Intern(reversed ? edge.source : edge.target);
  auto t = std::find(types_.begin(), types_.end(), type->name);
  e.type = static_cast<uint32_t>(t - types_.begin());
  if (t == types_.end()) types_.push_back(type->name);
  e.properties = 0;
  if (!edge.properties.empty()) {
    e.properties = static_cast<uint32_t>(properties_.size());
    properties_.push_back(edge.properties);
  }
  edges_.push_back(e);
  return true;
}

Status CuratedBulkBuilder::Write(const ArticleInfo& in, RocksStore* store, bool* stored) {
  *stored = false;
  bool empty = false;
  if (Status s = store->HoldsNothing(&empty); !s.ok() || !empty) return s;

  // Node lines: validated and merged exactly as the normal path does.
  ArticleInfo article = in, ignored;
  Contribution named;
  if (!BuildCuratedContribution(article, nodes_, {}, ontology_, &ignored, &named).ok()) {
    return Status::OK();  // the normal path reports it
  }
  nodes_.clear();
  nodes_.shrink_to_fit();
  std::vector<int64_t> named_index;  // node number -> index in named.nodes, or -1
  for (size_t i = 0; i < named.nodes.size(); ++i) {
    const uint32_t n = Intern(named.nodes[i].id);
    if (named_index.size() <= n) named_index.resize(ids_.size(), -1);
    named_index[n] = static_cast<int64_t>(i);
  }
  named_index.resize(ids_.size(), -1);
  number_.clear();

  // Ranks: id order (= key order, as key parts never hold NUL) and type order.
  std::vector<uint32_t> order(ids_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return ids_[a] < ids_[b]; });
  std::vector<uint32_t> rank(ids_.size());
  for (uint32_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
  std::vector<uint32_t> type_rank(types_.size());
  {
    std::vector<uint32_t> by_name(types_.size());
    std::iota(by_name.begin(), by_name.end(), 0);
    std::sort(by_name.begin(), by_name.end(),
              [&](uint32_t a, uint32_t b) { return types_[a] < types_[b]; });
    for (uint32_t i = 0; i < by_name.size(); ++i) type_rank[by_name[i]] = i;
  }
  // A repeated edge keeps its first line's properties (stable sort, unique).
  auto out_order = [&](const CompactEdge& a, const CompactEdge& b) {
    return std::tie(rank[a.source], type_rank[a.type], rank[a.target]) <
           std::tie(rank[b.source], type_rank[b.type], rank[b.target]);
  };
  std::stable_sort(edges_.begin(), edges_.end(), out_order);
  edges_.erase(std::unique(edges_.begin(), edges_.end(),
                           [](const CompactEdge& a, const CompactEdge& b) {
                             return a.source == b.source && a.type == b.type &&
                                    a.target == b.target;
                           }),
               edges_.end());

  ScratchDir scratch;
  scratch.path = store->path() + "/" + kBulkScratchPrefix + std::to_string(getpid());
  std::error_code ec;
  fs::remove_all(scratch.path, ec);
  fs::create_directories(scratch.path, ec);
  if (ec) return Status::IOError(scratch.path + ": " + ec.message());

  std::map<std::string, uint64_t> counters;
  std::string contrib;  // the contribution record
  StreamingHash hash;   // of the article and the contribution with evidence
  article.content_hash.clear();
  const bool hash_given = !in.content_hash.empty();
  hash.Add(EncodeArticle(article));
  auto put_both = [&](auto put) {  // a piece of both encodings
    const size_t at = contrib.size();
    put(&contrib);
    hash.Add(std::string_view(contrib).substr(at));
  };

  // nodes and names, in id order.
  std::vector<std::pair<Family, std::string>> files;
  {
    FamilyFile nodes(store, kNodes, scratch.path);
    std::vector<std::string> names;
    put_both([&](std::string* o) { PutVarint(o, order.size()); });
    for (uint32_t n : order) {
      NodeContribution bare{ids_[n], "unknown", "", {}, {}};
      const NodeContribution& c = named_index[n] >= 0 ? named.nodes[named_index[n]] : bare;
      put_both([&](std::string* o) { PutNodePart(o, c); });
      NodeRecord record;
      AddNodeVotes(c, &record);
      if (Status s = nodes.Put(c.id, EncodeNode(record)); !s.ok()) return s;
      ++counters["kind/" + ToNode(c.id, record).kind];
      for (const std::string& term : IndexTerms(c.id, record)) {
        names.push_back(JoinKey({term, c.id}));
      }
    }
    counters["nodes"] = order.size();
    if (Status s = nodes.Finish(&files); !s.ok()) return s;
    named = Contribution();
    std::sort(names.begin(), names.end());
    FamilyFile names_file(store, kNames, scratch.path);
    for (const std::string& key : names) {
      if (Status s = names_file.Put(key, ""); !s.ok()) return s;
    }
    if (Status s = names_file.Finish(&files); !s.ok()) return s;
  }

  // out, evidence and the contribution's edges, in out-key order.
  Evidence evidence;
  evidence.rule = "curated";
  evidence.confidence = 1;
  evidence.date = article.date;
  const std::string evidence_value = EncodeEvidence(evidence);
  auto edge_value = [&](const CompactEdge& e) {
    EdgeContribution c;
    c.properties = properties_[e.properties];
    EdgeRecord record;
    AddEdgeVotes(c, article.date, &record);
    return EncodeEdge(record);
  };
  const std::string plain_value = edge_value(CompactEdge{0, 0, 0, 0});
  {
    FamilyFile out(store, kOut, scratch.path), ev(store, kEvidence, scratch.path);
    put_both([&](std::string* o) { PutVarint(o, edges_.size()); });
    std::string key;
    for (const CompactEdge& e : edges_) {
      const std::string& type = types_[e.type];
      key = JoinKey({ids_[e.source], type, ids_[e.target]});
      if (Status s = out.Put(key, e.properties ? edge_value(e) : plain_value); !s.ok()) return s;
      put_both([&](std::string* o) {
        PutString(o, ids_[e.source]);
        PutString(o, type);
        PutString(o, ids_[e.target]);
        PutMap(o, properties_[e.properties]);
      });
      hash.Add(evidence_value);
      key.push_back('\0');
      key += article.id;
      if (Status s = ev.Put(key, evidence_value); !s.ok()) return s;
      ++counters["type/" + type];
    }
    counters["edges"] = counters["evidence"] = edges_.size();
    if (Status s = out.Finish(&files); !s.ok()) return s;
    if (Status s = ev.Finish(&files); !s.ok()) return s;
  }
  // in and edges: the same values under reordered keys.
  for (Family family : {kIn, kEdges}) {
    auto key_of = [&](const CompactEdge& e) {
      return family == kIn ? std::tie(rank[e.target], type_rank[e.type], rank[e.source])
                           : std::tie(type_rank[e.type], rank[e.source], rank[e.target]);
    };
    std::sort(edges_.begin(), edges_.end(),
              [&](const CompactEdge& a, const CompactEdge& b) { return key_of(a) < key_of(b); });
    FamilyFile file(store, family, scratch.path);
    for (const CompactEdge& e : edges_) {
      const std::string& type = types_[e.type];
      const std::string key = family == kIn ? JoinKey({ids_[e.target], type, ids_[e.source]})
                                            : JoinKey({type, ids_[e.source], ids_[e.target]});
      if (Status s = file.Put(key, e.properties ? edge_value(e) : plain_value); !s.ok()) return s;
    }
    if (Status s = file.Finish(&files); !s.ok()) return s;
  }

  article.content_hash = hash_given ? in.content_hash : hash.Hex();
  counters["articles"] = 1;
  {
    FamilyFile articles(store, kArticles, scratch.path), contribs(store, kContrib, scratch.path);
    if (Status s = articles.Put(article.id, EncodeArticle(article)); !s.ok()) return s;
    if (Status s = contribs.Put(article.id, contrib); !s.ok()) return s;
    contrib.clear();
    contrib.shrink_to_fit();
    if (Status s = articles.Finish(&files); !s.ok()) return s;
    if (Status s = contribs.Finish(&files); !s.ok()) return s;
    FamilyFile meta(store, kMeta, scratch.path);
    for (const auto& [name, count] : counters) {
      if (count == 0) continue;
      std::string value;
      PutFixed64(&value, count);
      if (Status s = meta.Put(kCounterPrefix + name, value); !s.ok()) return s;
    }
    if (Status s = meta.Finish(&files); !s.ok()) return s;
  }
  return store->IngestBulk(files, stored);
}

}  // namespace kzgraph::store
