// The fast path of `kzgraph load` for a curated graph file loaded into an
// empty store: the same records the normal path would write for the file's
// pseudo-article (byte for byte), but built from a compact form of the graph
// (interned ids, 16 bytes per edge), sorted per column family, written as
// SST files and ingested in ONE atomic IngestExternalFiles call: a killed
// load leaves the store without any of the file's facts, never part of them.
#ifndef KZGRAPH_SRC_STORE_BULK_LOAD_H_
#define KZGRAPH_SRC_STORE_BULK_LOAD_H_

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "kzgraph/graph.h"
#include "kzgraph/ontology.h"
#include "kzgraph/status.h"
#include "kzgraph/store.h"

namespace kzgraph::store {

class RocksStore;

class CuratedBulkBuilder {
 public:
  explicit CuratedBulkBuilder(const Ontology& ontology) : ontology_(ontology) {}

  // Each returns false (with *error) for what the normal path would reject;
  // the caller then falls back to it, which reports the line.
  bool AddNode(Node node, std::string* error);
  bool AddEdge(const Edge& edge, std::string* error);
  bool empty() const { return nodes_.empty() && edges_.empty(); }

  // Writes the pseudo-article `article` (id, title, source; its hash is
  // computed as the normal path does) into `store`, which must be empty:
  // *stored is false, and nothing written, when it is not (or a node is
  // invalid); the caller then uses the normal path.
  Status Write(const ArticleInfo& article, RocksStore* store, bool* stored);

 private:
  struct CompactEdge {
    uint32_t source, target;  // node numbers (intern order)
    uint32_t type;            // index in types_
    uint32_t properties;      // index in properties_ (0: none)
  };
  uint32_t Intern(const std::string& id);

  const Ontology& ontology_;
  std::vector<Node> nodes_;  // node lines, as read
  std::unordered_map<std::string, uint32_t> number_;
  std::vector<std::string> ids_;  // by node number
  std::vector<std::string> types_;
  std::vector<std::map<std::string, std::string>> properties_{1};
  std::vector<CompactEdge> edges_;
};

}  // namespace kzgraph::store

#endif  // KZGRAPH_SRC_STORE_BULK_LOAD_H_
