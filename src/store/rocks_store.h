// RocksStore: the Store behind kzgraph/store.h. Column families and key
// layout are described in schema/storage_format.md; this header exists so
// that `kzgraph inspect` can reach the raw column families.
#ifndef KZGRAPH_SRC_STORE_ROCKS_STORE_H_
#define KZGRAPH_SRC_STORE_ROCKS_STORE_H_

#include <rocksdb/db.h>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kzgraph/store.h"
#include "store/records.h"

namespace kzgraph::store {

// The format this code writes and the newest it reads. Format 1 stored
// symmetric edges as each article gave them; a writer upgrades it in place.
// Formats 1-2 voted every article date in an edge record; format 3 keeps the
// extremes only. DecodeEdge reads both, so 2 -> 3 rewrites no record: a
// record takes the new form when an article next touches it.
inline constexpr int kFormatVersion = 3;
inline constexpr const char kFormatVersionKey[] = "format_version";
inline constexpr const char kCounterPrefix[] = "count/";
// Scratch folders of bulk loads inside the store folder; a writer opening
// the store removes any a killed load left.
inline constexpr const char kBulkScratchPrefix[] = "bulk-load-";
// With StoreOptions::bulk_ingest, the memtables are flushed at least this
// often (in articles written without the write-ahead log): what a crash can
// lose.
inline constexpr uint64_t kBulkFlushArticles = 1000;

// Column families, in a fixed order (index = Family value).
enum Family { kMeta, kNodes, kNames, kOut, kIn, kEdges, kEvidence, kArticles, kContrib, kFamilies };
const char* FamilyName(Family f);  // kMeta is RocksDB's "default"

// The writer's bounded cache of node and edge (`out`) records, decoded: the
// version it read or wrote last. Only the writer, which holds the lock,
// writes the store, so an entry stays true until the writer changes the
// record. Saves the point reads and decoding of the nodes and edges an article
// touches again (most of them, in a news corpus). A mutation takes the
// records it changes out of the cache (no copy) and gives them back once its
// batch is written; a mutation that fails leaves them out.
class RecordCache {
 public:
  explicit RecordCache(size_t budget_bytes) : budget_(budget_bytes) {}
  // Moves the cached record of `key` into *record (*present: false when the
  // key is known to be absent) and returns true; false when not cached.
  bool TakeNode(std::string_view key, bool* present, NodeRecord* record);
  bool TakeEdge(std::string_view key, bool* present, EdgeRecord* record);
  // The record of `key` as the store now holds it (present: whether it does).
  void RememberNode(std::string_view key, bool present, NodeRecord record);
  void RememberEdge(std::string_view key, bool present, EdgeRecord record);
  void Clear();

 private:
  template <typename Record>
  struct Entry {
    enum State { kPresent, kAbsent, kTaken } state = kTaken;
    Record record;
    size_t bytes = 0;  // roughly, in memory
  };
  struct KeyHash {  // lets a string_view look a key up without a copy
    using is_transparent = void;
    size_t operator()(std::string_view key) const { return std::hash<std::string_view>()(key); }
  };
  template <typename Record>
  using Map = std::unordered_map<std::string, Entry<Record>, KeyHash, std::equal_to<>>;
  template <typename Record>
  bool Take(Map<Record>& map, std::string_view key, bool* present, Record* record);
  template <typename Record>
  void Remember(Map<Record>& map, std::string_view key, bool present, Record record, size_t bytes);

  size_t budget_, bytes_ = 0;
  Map<NodeRecord> nodes_;
  Map<EdgeRecord> edges_;
};

class RocksStore : public Store {
 public:
  ~RocksStore() override;
  static Status OpenImpl(const std::string& path, const StoreOptions& options,
                         std::unique_ptr<Store>* out);

  Status Ingest(const Extraction& extraction, IngestOutcome* outcome) override;
  Status IngestCurated(const ArticleInfo& article, const std::vector<Node>& nodes,
                       const std::vector<Edge>& edges, IngestOutcome* outcome) override;
  Status Remove(std::string_view article_id) override;
  Status Flush() override;
  Status GetStats(StoreStats* out) const override;
  Status Check() const override;

  Status GetNode(std::string_view id, Node* out) const override;
  Status FindNodes(std::string_view name, std::vector<std::string>* ids) const override;
  Status OutEdges(std::string_view id, std::string_view type,
                  std::vector<Edge>* out) const override;
  Status InEdges(std::string_view id, std::string_view type, std::vector<Edge>* out) const override;
  Status ForEachNode(const std::function<bool(const Node&)>& fn) const override;
  Status ForEachEdge(std::string_view type,
                     const std::function<bool(const Edge&)>& fn) const override;
  Status GetEvidence(std::string_view source, std::string_view type, std::string_view target,
                     std::vector<Evidence>* out) const override;
  Status ForEachArticle(const std::function<bool(const ArticleInfo&)>& fn) const override;
  // Streaming adjacency (graph.h): prefix scans of the out/in/edges
  // families; the neighbor and key scans split keys in place and decode no
  // value, the edge scans decode into one reused Edge.
  Status ForEachOutEdge(std::string_view id, std::string_view type,
                        const std::function<bool(const Edge&)>& fn) const override;
  Status ForEachInEdge(std::string_view id, std::string_view type,
                       const std::function<bool(const Edge&)>& fn) const override;
  Status ForEachOutNeighbor(std::string_view id, std::string_view type,
                            const NeighborFn& fn) const override;
  Status ForEachInNeighbor(std::string_view id, std::string_view type,
                           const NeighborFn& fn) const override;
  Status ForEachEdgeKey(std::string_view type, const EdgeKeyFn& fn) const override;
  // A point read of the out family.
  Status GetEdge(std::string_view source, std::string_view type, std::string_view target,
                 Edge* out) const override;

  // Calls fn(key, value) for every key of `family` starting with `prefix`, in
  // key order, until fn returns false.
  Status Scan(Family family, std::string_view prefix,
              const std::function<bool(std::string_view, std::string_view)>& fn) const;
  // Point read: OK, NotFound, or IOError.
  Status Read(Family family, std::string_view key, std::string* value) const;
  // The same without a message for an absent key (*present false, OK): the
  // writer's reads of nodes and edges it may be the first to write.
  Status ReadIfPresent(Family family, std::string_view key, std::string* value,
                       bool* present) const;

  // For the bulk load (bulk_load.h). HoldsNothing: no article, node, edge or
  // counter (a store just created). IngestBulk ingests SST files written with
  // SstOptions() in one atomic call, if the store still holds nothing
  // (*stored says whether it did); the files are moved into the store.
  rocksdb::Options SstOptions() const;
  Status HoldsNothing(bool* empty) const;
  Status IngestBulk(const std::vector<std::pair<Family, std::string>>& files, bool* stored);

  rocksdb::DB* db() const { return db_.get(); }
  rocksdb::ColumnFamilyHandle* handle(Family f) const { return handles_[f]; }
  const std::string& path() const { return path_; }

 private:
  class Mutation;
  RocksStore() = default;
  // without_log: a bulk ingest's batch, written without the write-ahead log.
  Status Apply(const ArticleInfo& article, const Contribution& contribution, bool without_log,
               IngestOutcome* outcome);
  // Before a write that goes through the write-ahead log: if batches were
  // written without it since the last flush, flush them (and wait), so that
  // the log never holds a batch whose records build on writes a crash could
  // lose. Under write_mu_.
  Status PersistUnloggedWrites();
  // Flushes the memtables of every family together; under write_mu_.
  Status FlushAll(bool wait);
  Status CheckWritable() const;
  // A counter's value (0 when absent), from counter_cache_, which the first
  // call fills with every counter (one scan). Only the writer, which holds
  // the lock, calls it: nobody else changes counters.
  Status ReadCounter(const std::string& key, uint64_t* count);
  Status UpgradeSymmetricEdges();  // format 1 -> 2
  bool IsEmpty() const;            // no key in any column family

  std::string path_;
  bool read_only_ = false;
  bool bulk_ingest_ = false;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;        // by Family
  std::vector<rocksdb::ColumnFamilyHandle*> extra_handles_;  // families of newer formats
  int lock_fd_ = -1;
  std::string secondary_dir_;  // read-only opens: RocksDB secondary's own folder
  Ontology owned_ontology_;
  const Ontology* ontology_ = nullptr;
  std::mutex write_mu_;  // one Ingest/Remove at a time: each reads then writes
  std::map<std::string, uint64_t> counter_cache_;  // under write_mu_; see ReadCounter
  bool counters_loaded_ = false;                   // counter_cache_ holds every counter
  RecordCache record_cache_{24 << 20};             // under write_mu_
  // Under write_mu_: articles written without the log since the last flush
  // was asked for, and whether any such write may not be flushed yet.
  uint64_t unlogged_articles_ = 0;
  bool unlogged_since_wait_ = false;
};

// Maps a RocksDB status to ours, naming `what`.
Status FromRocks(const rocksdb::Status& s, std::string_view what);

}  // namespace kzgraph::store

#endif  // KZGRAPH_SRC_STORE_ROCKS_STORE_H_
