// Store: the embedded RocksDB graph store. Grows article by article; see
// schema/storage_format.md for the key layout and its format version.
#ifndef KZGRAPH_STORE_H_
#define KZGRAPH_STORE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kzgraph/extraction.h"
#include "kzgraph/graph.h"
#include "kzgraph/ontology.h"
#include "kzgraph/status.h"

namespace kzgraph {

struct StoreOptions {
  // Open for queries and exports: never takes the writer lock, so it works
  // while another process ingests; sees the store as it was when opened.
  bool read_only = false;
  bool create_if_missing = true;  // ignored when read_only
  // Node kinds and relation types that Ingest accepts. Not owned; must outlive
  // the Store. nullptr: a writer loads Ontology::LoadDefault() at Open.
  const Ontology* ontology = nullptr;
  // Bulk ingest (`kzgraph ingest`): Ingest() writes its batches without the
  // write-ahead log. Each article is still one atomic batch; it becomes
  // durable when the memtables are flushed, all column families to the same
  // point: at least every 1,000 articles, when a memtable fills, at
  // Flush() and when the Store closes. A crash loses only the articles
  // written since the last flush, whole; readers see the store as of that
  // flush. IngestCurated and Remove keep the log (flushing first).
  bool bulk_ingest = false;
};

enum class IngestOutcome { kAdded, kReplaced, kUnchanged };

struct StoreStats {
  uint64_t articles = 0;
  uint64_t nodes = 0;
  uint64_t edges = 0;
  uint64_t evidence = 0;
  std::map<std::string, uint64_t> nodes_by_kind;
  std::map<std::string, uint64_t> edges_by_type;
};

class Store : public GraphReader {
 public:
  // Opens or creates the store at `path`. On success *out owns it. Fails with
  // Busy ("database in use by another kzgraph process") at once when another
  // writer holds it, NotSupported when it was written by a newer format,
  // NotFound when read_only (or !create_if_missing) and nothing is there,
  // IOError/Corruption otherwise; *out is then untouched.
  static Status Open(const std::string& path, const StoreOptions& options,
                     std::unique_ptr<Store>* out);
  ~Store() override;

  // Adds one article's contribution in one atomic write. An article whose id
  // and content hash are already stored is left alone (kUnchanged); one whose
  // content changed replaces its earlier contribution (kReplaced). An empty
  // content_hash is computed: ContentHash(text), or of the contribution when
  // text is empty. InvalidArgument (nothing written) for an empty article id,
  // a NUL byte in an id, or a kind/relation type unknown to the ontology;
  // NotSupported on a read-only store.
  virtual Status Ingest(const Extraction& extraction, IngestOutcome* outcome) = 0;
  // Same, for facts curated by hand: `article` is a pseudo-article (e.g. id
  // "curated:facts.jsonl"); each edge gets one evidence record with rule
  // "curated" and confidence 1. Edge weight/dates given here are ignored.
  virtual Status IngestCurated(const ArticleInfo& article, const std::vector<Node>& nodes,
                               const std::vector<Edge>& edges, IngestOutcome* outcome) = 0;
  // Takes an article's contribution out in one atomic write (evidence,
  // weights, dates; nodes and edges left with no support are deleted).
  // NotFound if the article is not stored.
  virtual Status Remove(std::string_view article_id) = 0;
  // Makes every write so far durable (flushes the memtables of all column
  // families at once). Needed only to learn of a failure: closing the Store
  // flushes too. IOError on failure; NotSupported on a read-only store.
  virtual Status Flush() = 0;
  // Counts kept up to date by every write; no scan.
  virtual Status GetStats(StoreStats* out) const = 0;
  // Full consistency check (fsck): recomputes every node, edge, evidence,
  // index entry and counter from the per-article contribution records.
  // OK, or Corruption listing the first mismatches. Reads the whole store.
  virtual Status Check() const = 0;
};

}  // namespace kzgraph

#endif  // KZGRAPH_STORE_H_
