// Opening, reading and writing the RocksDB store. Every write is one
// rocksdb::WriteBatch built by a Mutation: it reads the records it changes,
// applies vote arithmetic in memory (so a replacement's subtraction and
// addition see each other), then writes the records, the name index, the
// in/out/type copies of each edge and the counters together.
#include "store/rocks_store.h"

#include <fcntl.h>
#include <rocksdb/cache.h>
#include <rocksdb/convenience.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/memtablerep.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <tuple>

#include "store/codec.h"
#include "store/contribution.h"

namespace kzgraph::store {
namespace fs = std::filesystem;

const char* FamilyName(Family f) {
  static const char* const kNames[kFamilies] = {"default", "nodes",    "names",    "out",    "in",
                                                "edges",   "evidence", "articles", "contrib"};
  return kNames[f];
}

Status FromRocks(const rocksdb::Status& s, std::string_view what) {
  std::string msg = std::string(what) + ": " + s.ToString();
  if (s.ok()) return Status::OK();
  if (s.IsNotFound()) return Status::NotFound(msg);
  if (s.IsCorruption()) return Status::Corruption(msg);
  if (s.IsNotSupported()) return Status::NotSupported(msg);
  if (s.IsBusy() || s.IsTryAgain()) return Status::Busy(msg);
  return Status::IOError(msg);
}

namespace {

std::shared_ptr<rocksdb::Cache> SharedBlockCache() {
  static const std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(64 << 20);
  return cache;
}

rocksdb::TableFactory* NewTableFactory(bool bloom_filter) {
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = SharedBlockCache();
  if (bloom_filter) table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  return rocksdb::NewBlockBasedTableFactory(table);
}

rocksdb::Options MakeOptions(bool read_only) {
  rocksdb::Options o;
  o.create_if_missing = true;
  o.max_background_jobs = 2;
  // One writer: no concurrent memtable inserts (the vector memtables need this).
  o.allow_concurrent_memtable_write = false;
  o.keep_log_file_num = 2;
  // Every flush takes all column families to the same point, so a bulk
  // ingest, which writes without the write-ahead log, leaves whole articles
  // after a crash (see StoreOptions::bulk_ingest).
  o.atomic_flush = true;
  o.info_log_level = rocksdb::WARN_LEVEL;
  // Nine families share one memtable budget. Small memtables keep an
  // ingest's memory flat whatever the corpus size, and their skip lists
  // shallow (an insert is a search). A whole-key Bloom filter per memtable
  // answers point reads of absent keys (a new article's id) without a search.
  o.db_write_buffer_size = 32 << 20;
  o.write_buffer_size = 4 << 20;
  o.memtable_prefix_bloom_size_ratio = 0.05;
  o.memtable_whole_key_filtering = true;
  // A secondary instance must keep every table file open: the writer may
  // delete files after compacting them.
  if (read_only) o.max_open_files = -1;
  o.table_factory.reset(NewTableFactory(true));
  const auto supported = rocksdb::GetSupportedCompressions();
  if (std::find(supported.begin(), supported.end(), rocksdb::kLZ4Compression) != supported.end()) {
    o.compression = rocksdb::kLZ4Compression;
    // Flushes (level 0) are left uncompressed: on one core a flush competes
    // with the writer, and compressing it cost ~4% of an ingest's
    // instructions. Compactions into level 1 and below compress, and so does
    // a bulk load's table writer (it takes the last level's setting).
    o.compression_per_level.assign(o.num_levels, rocksdb::kLZ4Compression);
    o.compression_per_level[0] = rocksdb::kNoCompression;
  }
  return o;
}

// The memtable insert hint's prefix: the whole key. RocksDB remembers, per
// prefix, where in the skip list the last key with that prefix went, and
// starts the next insert of that prefix there rather than at the top: an
// ingest rewrites the same node and edge records over and over, and
// a key's new version goes right before its previous one.
class WholeKeyHint : public rocksdb::SliceTransform {
 public:
  const char* Name() const override { return "kzgraph.WholeKeyHint"; }
  rocksdb::Slice Transform(const rocksdb::Slice& key) const override { return key; }
  bool InDomain(const rocksdb::Slice&) const override { return true; }
};

// Per family: the memtable kind, its insert hint, and whether Bloom filters
// (memtable and table) are worth building. Only nodes, out and articles get
// point reads of keys that may be absent; the other families are read by
// prefix scans (or point reads of keys known to exist), which a whole-key
// filter does not serve.
// The writer never reads names, in, edges or evidence while ingesting (only
// to take an article out: see DatesFromEvidence), nor the counters of the
// default family (it keeps them in memory and reads them all at once, see
// ReadCounter), so there its memtables are plain vectors, sorted once when
// flushed: an insert is an append instead of a skip-list search (whose cost
// the assertions compiled into Debian's RocksDB about double). A read of such
// a memtable sorts a copy, fine for the rare reads a writer makes there;
// readers keep skip lists.
rocksdb::ColumnFamilyOptions FamilyOptions(const rocksdb::Options& base, std::string_view family,
                                           bool read_only) {
  static const auto vector_memtable = std::make_shared<rocksdb::VectorRepFactory>();
  static const auto whole_key = std::make_shared<const WholeKeyHint>();
  static const std::shared_ptr<rocksdb::TableFactory> unfiltered(NewTableFactory(false));
  rocksdb::ColumnFamilyOptions o(base);
  if (family == "nodes" || family == "out") {
    o.memtable_insert_with_hint_prefix_extractor = whole_key;
  }
  if (!read_only && (family == "default" || family == "names" || family == "in" ||
                     family == "edges" || family == "evidence")) {
    o.memtable_factory = vector_memtable;
  }
  if (family != "nodes" && family != "out" && family != "articles") {
    o.table_factory = unfiltered;
    o.memtable_prefix_bloom_size_ratio = 0;
    o.memtable_whole_key_filtering = false;
  }
  return o;
}

uint64_t DecodeCounter(std::string_view value) {
  uint64_t v = 0;
  Reader reader(value);
  return reader.GetFixed64(&v) ? v : 0;
}

std::string BusyMessage(const std::string& path) {
  return path + ": database in use by another kzgraph process";
}

}  // namespace

RocksStore::~RocksStore() {
  // Makes a bulk ingest's writes durable. Readers open a secondary instance,
  // which replays whatever the writer left in the write-ahead log; flushing
  // it into tables here also keeps their start-up short.
  if (db_ && !read_only_) {
    std::lock_guard<std::mutex> lock(write_mu_);
    FlushAll(true);  // a failure cannot be reported here: Flush() can
  }
  for (auto* h : handles_) {
    if (h != nullptr && db_) db_->DestroyColumnFamilyHandle(h);
  }
  for (auto* h : extra_handles_) db_->DestroyColumnFamilyHandle(h);
  db_.reset();
  if (lock_fd_ >= 0) close(lock_fd_);  // releases the flock
  if (!secondary_dir_.empty()) {
    std::error_code ec;
    fs::remove_all(secondary_dir_, ec);
  }
}

Status RocksStore::OpenImpl(const std::string& path, const StoreOptions& options,
                            std::unique_ptr<Store>* out) {
  std::unique_ptr<RocksStore> store(new RocksStore());
  store->path_ = path;
  store->read_only_ = options.read_only;
  store->bulk_ingest_ = options.bulk_ingest && !options.read_only;
  std::error_code ec;
  const bool exists = fs::exists(fs::path(path) / "CURRENT", ec);
  if (!exists && (options.read_only || !options.create_if_missing)) {
    return Status::NotFound(path + ": no kzgraph store here");
  }
  if (!options.read_only) {
    fs::create_directories(path, ec);
    if (ec) return Status::IOError(path + ": " + ec.message());
    // Our own lock, taken before RocksDB's, so a second writer is told at
    // once and in plain words; flock is released by the kernel if we die.
    const std::string lock_path = (fs::path(path) / "kzgraph.lock").string();
    store->lock_fd_ = open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (store->lock_fd_ < 0) return Status::IOError(lock_path + ": cannot open lock file");
    if (flock(store->lock_fd_, LOCK_EX | LOCK_NB) != 0) {
      return errno == EWOULDBLOCK ? Status::Busy(BusyMessage(path))
                                  : Status::IOError(lock_path + ": cannot lock");
    }
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      if (entry.path().filename().string().starts_with(kBulkScratchPrefix)) {
        fs::remove_all(entry.path(), ec);
      }
    }
    if (options.ontology != nullptr) {
      store->ontology_ = options.ontology;
    } else {
      Status s = Ontology::LoadDefault(&store->owned_ontology_);
      if (!s.ok()) return s;
      store->ontology_ = &store->owned_ontology_;
    }
  }

  rocksdb::Options rocks_options = MakeOptions(options.read_only);
  // An existing store is opened with exactly the families it has; ours that
  // are missing (all but default in a new store) are created only after its
  // format version was checked, all in one call: RocksDB then writes its
  // OPTIONS file once instead of once per family (each write is ~10 ms of
  // option serialising and re-parsing).
  std::vector<std::string> families = {rocksdb::kDefaultColumnFamilyName};
  if (exists) {
    rocksdb::Status s = rocksdb::DB::ListColumnFamilies(rocks_options, path, &families);
    if (!s.ok()) return FromRocks(s, path);
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : families)
    descriptors.emplace_back(name, FamilyOptions(rocks_options, name, options.read_only));
  std::vector<rocksdb::ColumnFamilyHandle*> opened;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  if (options.read_only) {
    std::string tmpl = (fs::temp_directory_path() / "kzgraph-reader-XXXXXX").string();
    if (mkdtemp(tmpl.data()) == nullptr) return Status::IOError(tmpl + ": cannot create");
    store->secondary_dir_ = tmpl;
    s = rocksdb::DB::OpenAsSecondary(rocks_options, path, store->secondary_dir_, descriptors,
                                     &opened, &raw);
  } else {
    s = rocksdb::DB::Open(rocks_options, path, descriptors, &opened, &raw);
  }
  if (!s.ok()) {
    if (s.IsIOError() && s.ToString().find("lock") != std::string::npos) {
      return Status::Busy(BusyMessage(path));
    }
    return FromRocks(s, path);
  }
  store->db_.reset(raw);
  store->handles_.assign(kFamilies, nullptr);
  for (size_t i = 0; i < opened.size(); ++i) {
    bool ours = false;
    for (int f = 0; f < kFamilies; ++f) {
      if (families[i] == FamilyName(static_cast<Family>(f))) {
        store->handles_[f] = opened[i];
        ours = true;
      }
    }
    if (!ours) store->extra_handles_.push_back(opened[i]);
  }

  // The format check comes before anything is written to the database.
  std::string version;
  rocksdb::Status vs =
      store->db_->Get(rocksdb::ReadOptions(), store->handles_[kMeta], kFormatVersionKey, &version);
  int found = 0;
  if (vs.ok()) {
    found = std::atoi(version.c_str());
    if (found > kFormatVersion) {
      return Status::NotSupported(path + ": store format version " + version +
                                  " is newer than this kzgraph reads (" +
                                  std::to_string(kFormatVersion) + "); upgrade kzgraph");
    }
    if (found < 1) return Status::Corruption(path + ": bad format version '" + version + "'");
  } else if (vs.IsNotFound()) {
    // A writer killed while creating the store leaves RocksDB files but no
    // version and no data: that store is still new.
    if (exists && !store->IsEmpty()) {
      return Status::Corruption(path + ": not a kzgraph store (no format version)");
    }
    if (options.read_only) return Status::NotFound(path + ": no kzgraph store here");
  } else {
    return FromRocks(vs, path);
  }

  std::vector<rocksdb::ColumnFamilyDescriptor> missing;
  std::vector<Family> missing_families;
  for (int f = 0; f < kFamilies; ++f) {
    if (store->handles_[f] != nullptr) continue;
    const char* name = FamilyName(static_cast<Family>(f));
    if (options.read_only) {
      return Status::Corruption(path + ": column family " + name + " missing");
    }
    missing.emplace_back(name, FamilyOptions(rocks_options, name, false));
    missing_families.push_back(static_cast<Family>(f));
  }
  if (!missing.empty()) {
    std::vector<rocksdb::ColumnFamilyHandle*> created;
    s = store->db_->CreateColumnFamilies(missing, &created);
    for (size_t i = 0; i < created.size(); ++i) store->handles_[missing_families[i]] = created[i];
    if (!s.ok()) return FromRocks(s, path);
  }
  if (!options.read_only && vs.ok() && found < 2) {
    if (Status upgraded = store->UpgradeSymmetricEdges(); !upgraded.ok()) return upgraded;
  }
  // Written last: an upgrade cut short is redone by the next writer.
  if (!options.read_only && (vs.IsNotFound() || found < kFormatVersion)) {
    s = store->db_->Put(rocksdb::WriteOptions(), store->handles_[kMeta], kFormatVersionKey,
                        std::to_string(kFormatVersion));
    if (!s.ok()) return FromRocks(s, path);
  }
  *out = std::move(store);
  return Status::OK();
}

// ---------------------------------------------------------------- reads

bool RocksStore::IsEmpty() const {
  for (auto* h : handles_) {
    if (h == nullptr) continue;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), h));
    it->SeekToFirst();
    if (it->Valid()) return false;
  }
  for (auto* h : extra_handles_) {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), h));
    it->SeekToFirst();
    if (it->Valid()) return false;
  }
  return true;
}

Status RocksStore::ReadIfPresent(Family family, std::string_view key, std::string* value,
                                 bool* present) const {
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), handles_[family],
                               rocksdb::Slice(key.data(), key.size()), value);
  *present = s.ok();
  return s.IsNotFound() ? Status::OK() : FromRocks(s, path_);
}

Status RocksStore::Read(Family family, std::string_view key, std::string* value) const {
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), handles_[family],
                               rocksdb::Slice(key.data(), key.size()), value);
  if (s.IsNotFound()) return Status::NotFound(Escape(key));
  return FromRocks(s, path_);
}

namespace {

// Rough heap bytes of a decoded record, for the cache's budget: a map entry
// is a tree node of about 64 bytes plus its string.
size_t VotesBytes(const Votes& votes) {
  size_t bytes = 0;
  for (const auto& [value, count] : votes) bytes += 64 + value.size();
  return bytes;
}
size_t PropertyBytes(const PropertyVotes& properties) {
  size_t bytes = 0;
  for (const auto& [key, votes] : properties) bytes += 64 + key.size() + VotesBytes(votes);
  return bytes;
}
size_t RecordBytes(const NodeRecord& r) {
  return sizeof r + VotesBytes(r.kinds) + VotesBytes(r.names) + VotesBytes(r.aliases) +
         PropertyBytes(r.properties);
}
size_t RecordBytes(const EdgeRecord& r) {
  return sizeof r + r.first.size() + r.last.size() + PropertyBytes(r.properties);
}

}  // namespace

template <typename Record>
bool RecordCache::Take(Map<Record>& map, std::string_view key, bool* present, Record* record) {
  auto it = map.find(key);
  if (it == map.end() || it->second.state == Entry<Record>::kTaken) return false;
  *present = it->second.state == Entry<Record>::kPresent;
  if (*present) *record = std::move(it->second.record);
  it->second.state = Entry<Record>::kTaken;
  return true;
}

template <typename Record>
void RecordCache::Remember(Map<Record>& map, std::string_view key, bool present, Record record,
                           size_t bytes) {
  constexpr size_t kEntryOverhead = 96;  // hash node and key string, roughly
  auto [it, inserted] = map.try_emplace(std::string(key));
  if (inserted) {
    bytes_ += key.size() + kEntryOverhead;
  } else {
    bytes_ -= it->second.bytes;
  }
  it->second.state = present ? Entry<Record>::kPresent : Entry<Record>::kAbsent;
  it->second.record = present ? std::move(record) : Record();
  it->second.bytes = present ? bytes : 0;
  bytes_ += it->second.bytes;
  // Over budget: start afresh; the records in use come back at once.
  if (bytes_ > budget_) Clear();
}

bool RecordCache::TakeNode(std::string_view key, bool* present, NodeRecord* record) {
  return Take(nodes_, key, present, record);
}
bool RecordCache::TakeEdge(std::string_view key, bool* present, EdgeRecord* record) {
  return Take(edges_, key, present, record);
}
void RecordCache::RememberNode(std::string_view key, bool present, NodeRecord record) {
  const size_t bytes = present ? RecordBytes(record) : 0;
  Remember(nodes_, key, present, std::move(record), bytes);
}
void RecordCache::RememberEdge(std::string_view key, bool present, EdgeRecord record) {
  const size_t bytes = present ? RecordBytes(record) : 0;
  Remember(edges_, key, present, std::move(record), bytes);
}

void RecordCache::Clear() {
  nodes_.clear();
  edges_.clear();
  bytes_ = 0;
}

Status RocksStore::ReadCounter(const std::string& key, uint64_t* count) {
  // All at once, with one scan: the writer's default family is a vector
  // memtable, where each point read would sort a copy.
  if (!counters_loaded_) {
    counter_cache_.clear();
    Status s = Scan(kMeta, kCounterPrefix, [this](std::string_view key, std::string_view value) {
      counter_cache_[std::string(key)] = DecodeCounter(value);
      return true;
    });
    if (!s.ok()) return s;
    counters_loaded_ = true;
  }
  auto it = counter_cache_.find(key);
  *count = it != counter_cache_.end() ? it->second : 0;
  return Status::OK();
}

Status RocksStore::Scan(Family family, std::string_view prefix,
                        const std::function<bool(std::string_view, std::string_view)>& fn) const {
  rocksdb::ReadOptions ro;
  const std::string bound = PrefixUpperBound(prefix);
  rocksdb::Slice bound_slice(bound);
  if (!bound.empty()) ro.iterate_upper_bound = &bound_slice;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, handles_[family]));
  for (it->Seek(rocksdb::Slice(prefix.data(), prefix.size())); it->Valid(); it->Next()) {
    const rocksdb::Slice k = it->key(), v = it->value();
    if (!fn(std::string_view(k.data(), k.size()), std::string_view(v.data(), v.size()))) break;
  }
  return FromRocks(it->status(), path_);
}

Status RocksStore::GetNode(std::string_view id, Node* out) const {
  std::string value;
  Status s = Read(kNodes, id, &value);
  if (s.IsNotFound()) return Status::NotFound("no node " + std::string(id));
  if (!s.ok()) return s;
  NodeRecord record;
  if (!DecodeNode(value, &record)) return Status::Corruption("node " + Escape(id));
  *out = ToNode(id, record);
  return Status::OK();
}

Status RocksStore::FindNodes(std::string_view name, std::vector<std::string>* ids) const {
  const std::string folded = FoldName(name);
  if (folded.empty()) return Status::OK();
  return Scan(kNames, JoinKey({folded, ""}), [ids](std::string_view key, std::string_view) {
    ids->emplace_back(SplitKey(key).back());
    return true;
  });
}

namespace {

// Calls fn(key, value) for the keys of `family` starting with `prefix`, as
// Scan does, but with the callable inlined: the adjacency reads below run
// it once per edge. The upper bound lets RocksDB stop at the prefix's end
// without reading the next key.
template <typename Fn>
Status ScanPrefix(const RocksStore& store, Family family, std::string_view prefix, Fn&& fn) {
  rocksdb::ReadOptions ro;
  const std::string bound = PrefixUpperBound(prefix);
  rocksdb::Slice bound_slice(bound);
  if (!bound.empty()) ro.iterate_upper_bound = &bound_slice;
  std::unique_ptr<rocksdb::Iterator> it(store.db()->NewIterator(ro, store.handle(family)));
  for (it->Seek(rocksdb::Slice(prefix.data(), prefix.size())); it->Valid(); it->Next()) {
    const rocksdb::Slice k = it->key();
    if (!fn(std::string_view(k.data(), k.size()), it)) break;
  }
  return FromRocks(it->status(), store.path());
}

// The three NUL-separated parts of an edge key, as views into it; false
// unless there are exactly three.
struct KeyParts {
  std::string_view first, second, third;
};
bool SplitEdgeKey(std::string_view key, KeyParts* parts) {
  const size_t a = key.find('\0');
  if (a == std::string_view::npos) return false;
  const size_t b = key.find('\0', a + 1);
  if (b == std::string_view::npos || key.find('\0', b + 1) != std::string_view::npos) return false;
  parts->first = key.substr(0, a);
  parts->second = key.substr(a + 1, b - a - 1);
  parts->third = key.substr(b + 1);
  return true;
}

// (source, type, target) of an edge key of `family`, whose keys order the
// endpoints differently.
void EdgeEnds(Family family, const KeyParts& p, std::string_view* source, std::string_view* type,
              std::string_view* target) {
  switch (family) {
    case kOut:  // source, type, target
      *source = p.first, *type = p.second, *target = p.third;
      break;
    case kIn:  // target, type, source
      *source = p.third, *type = p.second, *target = p.first;
      break;
    default:  // kEdges: type, source, target
      *source = p.second, *type = p.first, *target = p.third;
      break;
  }
}

Status BadRecord(Family family, std::string_view key) {
  return Status::Corruption(std::string(FamilyName(family)) + " record " + Escape(key));
}

// Scans the edge keys of `family` under `prefix`, split into their three
// parts: fn(parts, it, &corrupt) returns whether to go on, and sets corrupt
// for a value it cannot decode. A key that does not split, or a corrupt
// value, stops the scan with a Corruption status naming the key.
template <typename Fn>
Status ScanSplitEdgeKeys(const RocksStore& store, Family family, std::string_view prefix, Fn&& fn) {
  std::string bad_key;
  Status s = ScanPrefix(store, family, prefix, [&](std::string_view key, const auto& it) {
    KeyParts parts;
    bool corrupt = !SplitEdgeKey(key, &parts);
    const bool go_on = !corrupt && fn(parts, it, &corrupt);
    if (corrupt) {
      bad_key = std::string(key);
      return false;
    }
    return go_on;
  });
  if (!s.ok()) return s;
  if (!bad_key.empty()) return BadRecord(family, bad_key);
  return Status::OK();
}

// Decodes the edge copies of the out/in/edges families into one Edge that
// is reused for every record (its strings keep their capacity).
Status ScanEdges(const RocksStore& store, Family family, std::string_view prefix,
                 const std::function<bool(const Edge&)>& fn) {
  EdgeRecord record;
  Edge edge;
  return ScanSplitEdgeKeys(store, family, prefix,
                           [&](const KeyParts& parts, const auto& it, bool* corrupt) {
                             const rocksdb::Slice v = it->value();
                             record.properties.clear();  // DecodeEdge adds to the map
                             if (!DecodeEdge(std::string_view(v.data(), v.size()), &record)) {
                               *corrupt = true;
                               return false;
                             }
                             std::string_view source, type, target;
                             EdgeEnds(family, parts, &source, &type, &target);
                             edge.source.assign(source);
                             edge.type.assign(type);
                             edge.target.assign(target);
                             edge.weight = record.weight;
                             edge.first_seen.assign(record.first);
                             edge.last_seen.assign(record.last);
                             if (record.properties.empty()) {
                               edge.properties.clear();
                             } else {
                               edge.properties = ToEdge(source, type, target, record).properties;
                             }
                             return fn(edge);
                           });
}

// Keys only: no value is decoded.
Status ScanEdgeKeys(const RocksStore& store, Family family, std::string_view prefix,
                    const GraphReader::EdgeKeyFn& fn) {
  return ScanSplitEdgeKeys(store, family, prefix, [&](const KeyParts& parts, const auto&, bool*) {
    std::string_view source, type, target;
    EdgeEnds(family, parts, &source, &type, &target);
    return fn(source, type, target);
  });
}

// Adjacency keys (id, type, other) of kOut/kIn: fn(type, other).
Status ScanNeighbors(const RocksStore& store, Family family, std::string_view prefix,
                     const GraphReader::NeighborFn& fn) {
  return ScanSplitEdgeKeys(store, family, prefix, [&](const KeyParts& parts, const auto&, bool*) {
    return fn(parts.second, parts.third);
  });
}

std::string AdjacencyPrefix(std::string_view id, std::string_view type) {
  return type.empty() ? JoinKey({id, ""}) : JoinKey({id, type, ""});
}

std::string TypePrefix(std::string_view type) {
  return type.empty() ? std::string() : JoinKey({type, ""});
}

}  // namespace

Status RocksStore::OutEdges(std::string_view id, std::string_view type,
                            std::vector<Edge>* out) const {
  return ScanEdges(*this, kOut, AdjacencyPrefix(id, type), [out](const Edge& e) {
    out->push_back(e);
    return true;
  });
}

Status RocksStore::InEdges(std::string_view id, std::string_view type,
                           std::vector<Edge>* out) const {
  return ScanEdges(*this, kIn, AdjacencyPrefix(id, type), [out](const Edge& e) {
    out->push_back(e);
    return true;
  });
}

Status RocksStore::ForEachEdge(std::string_view type,
                               const std::function<bool(const Edge&)>& fn) const {
  return ScanEdges(*this, kEdges, TypePrefix(type), fn);
}

Status RocksStore::ForEachOutEdge(std::string_view id, std::string_view type,
                                  const std::function<bool(const Edge&)>& fn) const {
  return ScanEdges(*this, kOut, AdjacencyPrefix(id, type), fn);
}

Status RocksStore::ForEachInEdge(std::string_view id, std::string_view type,
                                 const std::function<bool(const Edge&)>& fn) const {
  return ScanEdges(*this, kIn, AdjacencyPrefix(id, type), fn);
}

Status RocksStore::ForEachOutNeighbor(std::string_view id, std::string_view type,
                                      const NeighborFn& fn) const {
  return ScanNeighbors(*this, kOut, AdjacencyPrefix(id, type), fn);
}

Status RocksStore::ForEachInNeighbor(std::string_view id, std::string_view type,
                                     const NeighborFn& fn) const {
  return ScanNeighbors(*this, kIn, AdjacencyPrefix(id, type), fn);
}

Status RocksStore::ForEachEdgeKey(std::string_view type, const EdgeKeyFn& fn) const {
  return ScanEdgeKeys(*this, kEdges, TypePrefix(type), fn);
}

Status RocksStore::GetEdge(std::string_view source, std::string_view type, std::string_view target,
                           Edge* out) const {
  const std::string key = JoinKey({source, type, target});
  std::string value;
  Status s = Read(kOut, key, &value);
  if (s.IsNotFound()) {
    return Status::NotFound("no edge " + std::string(source) + " -" + std::string(type) + "-> " +
                            std::string(target));
  }
  if (!s.ok()) return s;
  EdgeRecord record;
  if (!DecodeEdge(value, &record)) return BadRecord(kOut, key);
  *out = ToEdge(source, type, target, record);
  return Status::OK();
}

Status RocksStore::ForEachNode(const std::function<bool(const Node&)>& fn) const {
  std::string bad;
  Status s = Scan(kNodes, "", [&](std::string_view key, std::string_view value) {
    NodeRecord record;
    if (!DecodeNode(value, &record)) {
      bad = Escape(key);
      return false;
    }
    return fn(ToNode(key, record));
  });
  if (s.ok() && !bad.empty()) return Status::Corruption("node " + bad);
  return s;
}

Status RocksStore::GetEvidence(std::string_view source, std::string_view type,
                               std::string_view target, std::vector<Evidence>* out) const {
  std::string bad;
  Status s = Scan(kEvidence, JoinKey({source, type, target, ""}),
                  [&](std::string_view key, std::string_view value) {
                    Evidence e;
                    if (!DecodeEvidence(value, &e)) {
                      bad = Escape(key);
                      return false;
                    }
                    e.article_id = std::string(SplitKey(key).back());
                    out->push_back(std::move(e));
                    return true;
                  });
  if (s.ok() && !bad.empty()) return Status::Corruption("evidence " + bad);
  return s;
}

Status RocksStore::ForEachArticle(const std::function<bool(const ArticleInfo&)>& fn) const {
  std::string bad;
  Status s = Scan(kArticles, "", [&](std::string_view key, std::string_view value) {
    ArticleInfo a;
    if (!DecodeArticle(value, &a)) {
      bad = Escape(key);
      return false;
    }
    a.id = std::string(key);
    return fn(a);
  });
  if (s.ok() && !bad.empty()) return Status::Corruption("article " + bad);
  return s;
}

Status RocksStore::GetStats(StoreStats* out) const {
  *out = StoreStats();
  return Scan(kMeta, kCounterPrefix, [out](std::string_view key, std::string_view value) {
    const std::string_view name = key.substr(sizeof(kCounterPrefix) - 1);
    const uint64_t count = DecodeCounter(value);
    if (name == "articles") out->articles = count;
    if (name == "nodes") out->nodes = count;
    if (name == "edges") out->edges = count;
    if (name == "evidence") out->evidence = count;
    if (name.starts_with("kind/")) out->nodes_by_kind[std::string(name.substr(5))] = count;
    if (name.starts_with("type/")) out->edges_by_type[std::string(name.substr(5))] = count;
    return true;
  });
}

// ---------------------------------------------------------------- writes

// One article's worth of changes, written as one WriteBatch by Commit().
class RocksStore::Mutation {
 public:
  explicit Mutation(RocksStore* store) : store_(store) {}

  Status Add(const ArticleInfo& article, const Contribution& c) {
    for (const NodeContribution& n : c.nodes) {
      NodeState* node = nullptr;
      if (Status s = LoadNode(n.id, &node); !s.ok()) return s;
      if (AddChangesIndexedStrings(n, node->after)) node->NoteIndexChange(n.id);
      AddNodeVotes(n, &node->after);
    }
    for (const EdgeContribution& e : c.edges) {
      EdgeState* edge = nullptr;
      if (Status s = LoadEdge(e, &edge); !s.ok()) return s;
      AddEdgeVotes(e, article.date, &edge->after);
      Evidence evidence = e.evidence;
      evidence.date = article.date;
      batch_.Put(store_->handles_[kEvidence], JoinKey({e.source, e.type, e.target, article.id}),
                 EncodeEvidence(evidence));
      ++counters_["evidence"];
    }
    return Status::OK();
  }

  Status Subtract(const ArticleInfo& article, const Contribution& c) {
    for (const NodeContribution& n : c.nodes) {
      NodeState* node = nullptr;
      if (Status s = LoadNode(n.id, &node); !s.ok()) return s;
      if (SubtractChangesIndexedStrings(n, node->after)) node->NoteIndexChange(n.id);
      if (!SubtractNodeVotes(n, &node->after)) {
        return Status::Corruption("article " + article.id + ": node " + n.id +
                                  " lacks the votes the article gave it");
      }
    }
    for (const EdgeContribution& e : c.edges) {
      EdgeState* edge = nullptr;
      if (Status s = LoadEdge(e, &edge); !s.ok()) return s;
      bool rescan_dates = false;
      if (!SubtractEdgeVotes(e, article.date, &edge->after, &rescan_dates)) {
        return Status::Corruption("article " + article.id + ": edge " + e.source + " -" + e.type +
                                  "-> " + e.target + " lacks the article's support");
      }
      if (rescan_dates) {
        if (Status s = DatesFromEvidence(e, article.id, &edge->after); !s.ok()) return s;
      }
      batch_.Delete(store_->handles_[kEvidence], JoinKey({e.source, e.type, e.target, article.id}));
      --counters_["evidence"];
    }
    return Status::OK();
  }

  void PutArticle(const ArticleInfo& a, const Contribution& c, bool is_new) {
    batch_.Put(store_->handles_[kArticles], a.id, EncodeArticle(a));
    batch_.Put(store_->handles_[kContrib], a.id, EncodeContribution(c, false));
    if (is_new) ++counters_["articles"];
  }

  void DeleteArticle(const std::string& id) {
    batch_.Delete(store_->handles_[kArticles], id);
    batch_.Delete(store_->handles_[kContrib], id);
    --counters_["articles"];
  }

  Status Commit(bool without_log = false) {
    for (auto& [id, node] : nodes_) WriteNode(id, node);
    WriteEdges();
    std::vector<std::pair<std::string, uint64_t>> new_counts;
    for (const auto& [name, delta] : counters_) {
      if (delta == 0) continue;
      const std::string key = kCounterPrefix + name;
      uint64_t before = 0;
      if (Status s = store_->ReadCounter(key, &before); !s.ok()) return s;
      const int64_t now = static_cast<int64_t>(before) + delta;
      if (now < 0) return Status::Corruption("counter " + key + " would go negative");
      if (now == 0) {
        batch_.Delete(store_->handles_[kMeta], key);
      } else {
        std::string encoded;
        PutFixed64(&encoded, static_cast<uint64_t>(now));
        batch_.Put(store_->handles_[kMeta], key, encoded);
      }
      new_counts.emplace_back(key, static_cast<uint64_t>(now));
    }
    rocksdb::WriteOptions options;
    options.disableWAL = without_log;
    if (!without_log) {
      if (Status s = store_->PersistUnloggedWrites(); !s.ok()) return s;
    }
    Status s = FromRocks(store_->db_->Write(options, &batch_), store_->path_);
    if (!s.ok()) {
      // The batch may or may not be in: read everything again.
      store_->counters_loaded_ = false;
      store_->record_cache_.Clear();
      return s;
    }
    for (auto& [key, count] : new_counts) store_->counter_cache_[key] = count;
    // The records as written, to the cache; the mutation is done with them.
    for (auto& [id, node] : nodes_) {
      if (!node.written) continue;
      const bool alive = node.after.support > 0;
      store_->record_cache_.RememberNode(id, alive, std::move(node.after));
    }
    for (auto& [key, edge] : written_edges_) {
      const bool alive = edge->after.weight > 0;
      store_->record_cache_.RememberEdge(key, alive, std::move(edge->after));
    }
    return s;
  }

 private:
  struct NodeState {
    bool existed = false;
    std::string kind_before;
    // Most articles only add votes to names a node already has: then the
    // names family needs no write and nothing needs folding. Before the
    // first vote that may add or remove an indexed string (id, names,
    // aliases, unfolded), the strings indexed so far are kept here.
    bool index_may_change = false;
    std::set<std::string> strings_before;
    NodeRecord after;
    bool written = false;  // put or deleted by the batch

    void NoteIndexChange(const std::string& id) {
      if (index_may_change) return;
      index_may_change = true;
      if (existed) strings_before = IndexedStrings(id, after);
    }
  };
  using EdgeKey = std::tuple<std::string, std::string, std::string>;  // source, type, target
  struct EdgeState {
    bool existed = false;
    EdgeRecord after;
  };

  Status LoadNode(const std::string& id, NodeState** out) {
    auto [it, inserted] = nodes_.try_emplace(id);
    *out = &it->second;
    if (!inserted) return Status::OK();
    bool present = false;
    if (!store_->record_cache_.TakeNode(id, &present, &it->second.after)) {
      std::string value;
      if (Status s = store_->ReadIfPresent(kNodes, id, &value, &present); !s.ok()) return s;
      if (present && !DecodeNode(value, &it->second.after)) {
        return Status::Corruption("node " + Escape(id));
      }
    }
    if (!present) return Status::OK();
    it->second.existed = true;
    it->second.kind_before = KindOf(it->second.after);
    return Status::OK();
  }

  // The dates of the edge's evidence records, but `article_id`'s (being
  // taken out), become the record's first/last. Reads the store as it was
  // before this mutation: only one article changes per mutation.
  Status DatesFromEvidence(const EdgeContribution& e, const std::string& article_id,
                           EdgeRecord* record) {
    ResetDates(record);
    bool bad = false;
    Status s = store_->Scan(kEvidence, JoinKey({e.source, e.type, e.target, ""}),
                            [&](std::string_view key, std::string_view value) {
                              if (SplitKey(key).back() == article_id) return true;
                              Reader reader(value);
                              std::string date;
                              if (!reader.GetString(&date)) return !(bad = true);
                              AddDate(date, record);
                              return true;
                            });
    if (s.ok() && bad) return Status::Corruption("evidence of edge " + e.source + " -" + e.type);
    return s;
  }

  Status LoadEdge(const EdgeContribution& e, EdgeState** out) {
    auto [it, inserted] = edges_.try_emplace(EdgeKey{e.source, e.type, e.target});
    *out = &it->second;
    if (!inserted) return Status::OK();
    const std::string key = JoinKey({e.source, e.type, e.target});
    bool present = false;
    if (!store_->record_cache_.TakeEdge(key, &present, &it->second.after)) {
      std::string value;
      if (Status s = store_->ReadIfPresent(kOut, key, &value, &present); !s.ok()) return s;
      if (present && !DecodeEdge(value, &it->second.after)) {
        return Status::Corruption("edge " + Escape(key));
      }
    }
    it->second.existed = present;
    return Status::OK();
  }

  void WriteNode(const std::string& id, NodeState& node) {
    auto* nodes = store_->handles_[kNodes];
    auto* names = store_->handles_[kNames];
    const bool alive = node.after.support > 0;
    const std::set<std::string> strings =
        alive && node.index_may_change ? IndexedStrings(id, node.after) : std::set<std::string>();
    if (node.index_may_change && strings != node.strings_before) {
      // Terms of strings that left, unless another string still folds to
      // them; terms of strings that came (a Put of a term already there
      // rewrites the same empty value).
      std::set<std::string> gone;
      for (const std::string& t : node.strings_before) {
        if (!strings.count(t)) gone.insert(FoldName(t));
      }
      if (!gone.empty()) {
        for (const std::string& t : strings) gone.erase(FoldName(t));
      }
      for (const std::string& t : gone) {
        if (!t.empty()) batch_.Delete(names, JoinKey({t, id}));
      }
      for (const std::string& t : strings) {
        if (node.strings_before.count(t)) continue;
        const std::string term = FoldName(t);
        if (!term.empty()) batch_.Put(names, JoinKey({term, id}), "");
      }
    }
    const std::string kind = alive ? KindOf(node.after) : std::string();
    if (node.existed && (!alive || kind != node.kind_before))
      --counters_["kind/" + node.kind_before];
    if (alive && (!node.existed || kind != node.kind_before)) ++counters_["kind/" + kind];
    if (alive) {
      batch_.Put(nodes, id, EncodeNode(node.after));
      node.written = true;
      if (!node.existed) ++counters_["nodes"];
    } else if (node.existed) {
      batch_.Delete(nodes, id);
      node.written = true;
      --counters_["nodes"];
    }
  }

  // The out keys go into the batch in key order (edges_ is sorted): the
  // memtable insert then starts its skip-list search from the previous
  // key's place. The in and edges copies go to vector memtables, where the
  // order does not matter.
  void WriteEdges() {
    auto* out = store_->handles_[kOut];
    auto* in = store_->handles_[kIn];
    auto* by_type = store_->handles_[kEdges];
    std::string value;
    for (auto& [key, edge] : edges_) {
      const auto& [source, type, target] = key;
      std::string out_key = JoinKey({source, type, target});
      if (edge.after.weight > 0) {
        value = EncodeEdge(edge.after);
        batch_.Put(out, out_key, value);
        batch_.Put(in, JoinKey({target, type, source}), value);
        batch_.Put(by_type, JoinKey({type, source, target}), value);
        if (!edge.existed) ++counters_["edges"], ++counters_["type/" + type];
      } else if (edge.existed) {
        batch_.Delete(out, out_key);
        batch_.Delete(in, JoinKey({target, type, source}));
        batch_.Delete(by_type, JoinKey({type, source, target}));
        --counters_["edges"], --counters_["type/" + type];
      } else {
        continue;
      }
      written_edges_.emplace_back(std::move(out_key), &edge);
    }
  }

  RocksStore* store_;
  rocksdb::WriteBatch batch_;
  // The out keys of the edges the batch puts or deletes, for the record cache.
  std::vector<std::pair<std::string, EdgeState*>> written_edges_;
  std::map<std::string, NodeState> nodes_;
  std::map<EdgeKey, EdgeState> edges_;
  std::map<std::string, int64_t> counters_;
};

rocksdb::Options RocksStore::SstOptions() const { return MakeOptions(false); }

Status RocksStore::HoldsNothing(bool* empty) const {
  *empty = true;
  for (int f = 0; f < kFamilies && *empty; ++f) {
    const std::string prefix = f == kMeta ? kCounterPrefix : "";
    Status s = Scan(static_cast<Family>(f), prefix, [&](std::string_view, std::string_view) {
      *empty = false;
      return false;
    });
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status RocksStore::IngestBulk(const std::vector<std::pair<Family, std::string>>& files,
                              bool* stored) {
  *stored = false;
  if (Status s = CheckWritable(); !s.ok()) return s;
  std::lock_guard<std::mutex> lock(write_mu_);
  bool empty = false;
  if (Status s = HoldsNothing(&empty); !s.ok() || !empty) return s;
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (const auto& [family, file] : files) {
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = handles_[family];
    arg.external_files = {file};
    arg.options.move_files = true;
    args.push_back(std::move(arg));
  }
  counters_loaded_ = false;
  record_cache_.Clear();
  Status s = FromRocks(db_->IngestExternalFiles(args), path_);
  *stored = s.ok();
  return s;
}

Status RocksStore::CheckWritable() const {
  if (read_only_) return Status::NotSupported(path_ + ": store opened read-only");
  return Status::OK();
}

namespace {

Status ReadContribution(const RocksStore& store, const std::string& id, ArticleInfo* article,
                        Contribution* c) {
  std::string value;
  if (Status s = store.Read(kArticles, id, &value); !s.ok()) return s;
  if (!DecodeArticle(value, article)) return Status::Corruption("article " + Escape(id));
  article->id = id;
  if (Status s = store.Read(kContrib, id, &value); !s.ok()) {
    return s.IsNotFound() ? Status::Corruption("article " + Escape(id) + " has no contribution")
                          : s;
  }
  if (!DecodeContribution(value, c)) return Status::Corruption("contribution " + Escape(id));
  return Status::OK();
}

}  // namespace

Status RocksStore::FlushAll(bool wait) {
  std::vector<rocksdb::ColumnFamilyHandle*> families;
  for (auto* h : handles_) {
    if (h != nullptr) families.push_back(h);
  }
  rocksdb::FlushOptions options;
  options.wait = wait;
  Status s = FromRocks(db_->Flush(options, families), path_);
  if (s.ok()) {
    unlogged_articles_ = 0;
    if (wait) unlogged_since_wait_ = false;
  }
  return s;
}

Status RocksStore::PersistUnloggedWrites() {
  return unlogged_since_wait_ ? FlushAll(true) : Status::OK();
}

Status RocksStore::Flush() {
  if (Status s = CheckWritable(); !s.ok()) return s;
  std::lock_guard<std::mutex> lock(write_mu_);
  return FlushAll(true);
}

Status RocksStore::Apply(const ArticleInfo& article, const Contribution& contribution,
                         bool without_log, IngestOutcome* outcome) {
  std::lock_guard<std::mutex> lock(write_mu_);
  ArticleInfo old_article;
  Contribution old_contribution;
  Status s = ReadContribution(*this, article.id, &old_article, &old_contribution);
  if (!s.ok() && !s.IsNotFound()) return s;
  const bool existed = s.ok();
  if (existed && old_article.content_hash == article.content_hash) {
    if (outcome != nullptr) *outcome = IngestOutcome::kUnchanged;
    return Status::OK();
  }
  Mutation m(this);
  if (existed) {
    if (s = m.Subtract(old_article, old_contribution); !s.ok()) return s;
  }
  if (s = m.Add(article, contribution); !s.ok()) return s;
  m.PutArticle(article, contribution, !existed);
  if (s = m.Commit(without_log); !s.ok()) return s;
  if (without_log) {
    unlogged_since_wait_ = true;
    // Bounds what a crash can lose; the flush runs in the background.
    if (++unlogged_articles_ >= kBulkFlushArticles) {
      if (s = FlushAll(false); !s.ok()) return s;
    }
  }
  if (outcome != nullptr) *outcome = existed ? IngestOutcome::kReplaced : IngestOutcome::kAdded;
  return Status::OK();
}

// Format 1 kept a symmetric edge in the direction its article gave, so
// "A meets B" and "B meets A" could be two edges. Each article that gave one
// the other way is re-applied, in its own atomic batch, with its edges (and
// their evidence records) in the stored direction. Articles already done are
// skipped when a cut-short upgrade is resumed.
Status RocksStore::UpgradeSymmetricEdges() {
  std::vector<std::string> ids;
  std::string bad;
  Status s = Scan(kContrib, "", [&](std::string_view key, std::string_view value) {
    Contribution c;
    if (!DecodeContribution(value, &c)) {
      bad = Escape(key);
      return false;
    }
    for (const EdgeContribution& e : c.edges) {
      if (IsSymmetric(*ontology_, e.type) && e.target < e.source) {
        ids.emplace_back(key);
        break;
      }
    }
    return true;
  });
  if (!s.ok()) return s;
  if (!bad.empty()) return Status::Corruption("contribution " + bad);
  for (const std::string& id : ids) {
    ArticleInfo article;
    Contribution before;
    if (s = ReadContribution(*this, id, &article, &before); !s.ok()) return s;
    Contribution after = before;
    for (EdgeContribution& e : after.edges) {
      std::string value;
      const std::string key = JoinKey({e.source, e.type, e.target, id});
      if (s = Read(kEvidence, key, &value); !s.ok()) return s;
      if (!DecodeEvidence(value, &e.evidence)) return Status::Corruption("evidence " + Escape(key));
      e.evidence.article_id = id;
    }
    CanonicalizeSymmetric(*ontology_, &after);
    Mutation m(this);
    if (s = m.Subtract(article, before); !s.ok()) return s;
    if (s = m.Add(article, after); !s.ok()) return s;
    m.PutArticle(article, after, false);
    if (s = m.Commit(); !s.ok()) return s;
  }
  return Status::OK();
}

Status RocksStore::Ingest(const Extraction& extraction, IngestOutcome* outcome) {
  if (Status s = CheckWritable(); !s.ok()) return s;
  try {
    ArticleInfo article;
    Contribution contribution;
    Status s = BuildContribution(extraction, *ontology_, &article, &contribution);
    if (!s.ok()) return s;
    return Apply(article, contribution, bulk_ingest_, outcome);
  } catch (const std::exception& e) {
    return Status::IOError(path_ + ": " + e.what());
  }
}

Status RocksStore::IngestCurated(const ArticleInfo& article, const std::vector<Node>& nodes,
                                 const std::vector<Edge>& edges, IngestOutcome* outcome) {
  if (Status s = CheckWritable(); !s.ok()) return s;
  try {
    ArticleInfo info;
    Contribution contribution;
    Status s = BuildCuratedContribution(article, nodes, edges, *ontology_, &info, &contribution);
    if (!s.ok()) return s;
    return Apply(info, contribution, false, outcome);
  } catch (const std::exception& e) {
    return Status::IOError(path_ + ": " + e.what());
  }
}

Status RocksStore::Remove(std::string_view article_id) {
  if (Status s = CheckWritable(); !s.ok()) return s;
  try {
    std::lock_guard<std::mutex> lock(write_mu_);
    const std::string id(article_id);
    ArticleInfo article;
    Contribution contribution;
    Status s = ReadContribution(*this, id, &article, &contribution);
    if (s.IsNotFound()) return Status::NotFound("no article " + id + " in " + path_);
    if (!s.ok()) return s;
    Mutation m(this);
    if (s = m.Subtract(article, contribution); !s.ok()) return s;
    m.DeleteArticle(id);
    return m.Commit();
  } catch (const std::exception& e) {
    return Status::IOError(path_ + ": " + e.what());
  }
}

}  // namespace kzgraph::store

// Public entry points of kzgraph/store.h.
namespace kzgraph {

Store::~Store() = default;

Status Store::Open(const std::string& path, const StoreOptions& options,
                   std::unique_ptr<Store>* out) {
  try {
    return store::RocksStore::OpenImpl(path, options, out);
  } catch (const std::exception& e) {
    return Status::IOError(path + ": " + e.what());
  }
}

}  // namespace kzgraph
