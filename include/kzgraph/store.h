// Store: the embedded RocksDB graph store. Grows article by article; see
// schema/storage_format.md for the key layout and its format version.
#ifndef KZGRAPH_STORE_H_
#define KZGRAPH_STORE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "kzgraph/extraction.h"
#include "kzgraph/graph.h"
#include "kzgraph/status.h"

namespace kzgraph {

struct StoreOptions {
  bool read_only = false;         // open for queries and exports; never blocks on a writer
  bool create_if_missing = true;  // ignored when read_only
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
  // Busy ("database in use by another kzgraph process") when another process
  // writes it, NotSupported when it was written by a newer format, IOError
  // otherwise; *out is then untouched.
  static Status Open(const std::string& path, const StoreOptions& options,
                     std::unique_ptr<Store>* out);
  ~Store() override;

  // Adds one article's contribution in one atomic write. An article whose id
  // and content hash are already stored is left alone (kUnchanged); one whose
  // content changed replaces its earlier contribution (kReplaced).
  virtual Status Ingest(const Extraction& extraction, IngestOutcome* outcome) = 0;
  // Takes an article's contribution out (evidence, weights, dates, and nodes
  // left with no support). NotFound if the article is not stored.
  virtual Status Remove(std::string_view article_id) = 0;
  virtual Status GetStats(StoreStats* out) const = 0;
};

}  // namespace kzgraph

#endif  // KZGRAPH_STORE_H_
