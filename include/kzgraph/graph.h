// The labelled property graph that the store keeps and queries and exports
// read: nodes, directed typed edges, and per-article evidence.
#ifndef KZGRAPH_GRAPH_H_
#define KZGRAPH_GRAPH_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kzgraph/extraction.h"
#include "kzgraph/status.h"

namespace kzgraph {

struct Node {
  std::string id;    // canonical id ("Putin")
  std::string kind;  // a node kind of schema/ontology.json
  std::string name;  // display name
  std::vector<std::string> aliases;
  std::map<std::string, std::string> properties;
};

struct Edge {
  std::string source;  // Node::id
  std::string type;    // a relation type of schema/ontology.json
  std::string target;  // Node::id
  uint32_t weight = 0;     // number of supporting articles
  std::string first_seen;  // earliest supporting article date (ISO 8601)
  std::string last_seen;   // latest supporting article date
  std::map<std::string, std::string> properties;
};

// Why an edge exists: one record per (edge, article).
struct Evidence {
  std::string article_id;
  std::string date;
  std::string sentence;
  Span span;
  std::string rule;
  double confidence = 0;
};

struct ArticleInfo {
  std::string id;
  std::string content_hash;
  std::string title;
  std::string date;
  std::string source;
  std::string lang;
};

// Read access to a graph. The RocksDB store and the in-memory graph both
// implement it; queries and exports depend on nothing else. Callbacks return
// false to stop an iteration early. Implementations are safe for concurrent
// readers.
class GraphReader {
 public:
  virtual ~GraphReader() = default;

  // OK and *out filled, NotFound if no node has that id, IOError/Corruption.
  virtual Status GetNode(std::string_view id, Node* out) const = 0;
  // Ids of the nodes whose id, name or alias equals `name` after case and
  // accent folding (Poutine = Putin = putin). Empty result is OK.
  virtual Status FindNodes(std::string_view name, std::vector<std::string>* ids) const = 0;
  // Edges leaving (OutEdges) or entering (InEdges) node `id`; `type` empty
  // means every type. Appends to *out.
  virtual Status OutEdges(std::string_view id, std::string_view type,
                          std::vector<Edge>* out) const = 0;
  virtual Status InEdges(std::string_view id, std::string_view type,
                         std::vector<Edge>* out) const = 0;
  virtual Status ForEachNode(const std::function<bool(const Node&)>& fn) const = 0;
  // Every edge of `type` (empty: all types).
  virtual Status ForEachEdge(std::string_view type,
                             const std::function<bool(const Edge&)>& fn) const = 0;
  // Evidence of edge (source, type, target), one per supporting article.
  virtual Status GetEvidence(std::string_view source, std::string_view type,
                             std::string_view target, std::vector<Evidence>* out) const = 0;
  virtual Status ForEachArticle(const std::function<bool(const ArticleInfo&)>& fn) const = 0;

  // ---- Streaming adjacency. Defaults are built on the methods above, so
  // every reader has them; the store overrides them to read less. Each calls
  // fn once per matching edge, in the reader's order, until fn returns false
  // (an early stop is still OK). `type` empty means every type. Returns OK
  // (also when nothing matched), or the IOError/Corruption of the read; fn
  // may already have been called for some edges then. Every reference or
  // view fn receives is owned by the reader and valid only during that call:
  // copy what you keep.

  // The edges leaving (ForEachOutEdge) or entering (ForEachInEdge) node `id`,
  // fully decoded (weight, dates, properties), as OutEdges/InEdges give them.
  virtual Status ForEachOutEdge(std::string_view id, std::string_view type,
                                const std::function<bool(const Edge&)>& fn) const;
  virtual Status ForEachInEdge(std::string_view id, std::string_view type,
                               const std::function<bool(const Edge&)>& fn) const;

  // fn(type, other_id) per edge at node `id`: other_id is the target of an
  // out-edge, the source of an in-edge. Reads the edge keys only (no weight,
  // dates or properties): for traversals that need ids. (id, type, other_id)
  // identifies the edge: a store holds at most one edge per (source, type,
  // target).
  using NeighborFn = std::function<bool(std::string_view type, std::string_view other_id)>;
  virtual Status ForEachOutNeighbor(std::string_view id, std::string_view type,
                                    const NeighborFn& fn) const;
  virtual Status ForEachInNeighbor(std::string_view id, std::string_view type,
                                   const NeighborFn& fn) const;

  // One edge by its identity. OK and *out filled, NotFound if the graph has
  // no edge (source, type, target), IOError/Corruption.
  virtual Status GetEdge(std::string_view source, std::string_view type, std::string_view target,
                         Edge* out) const;

  // fn(source, type, target) per edge of `type` (empty: all types), like
  // ForEachEdge but without the edge's values.
  using EdgeKeyFn =
      std::function<bool(std::string_view source, std::string_view type, std::string_view target)>;
  virtual Status ForEachEdgeKey(std::string_view type, const EdgeKeyFn& fn) const;
};

// Case- and accent-insensitive key used by every name index ("Poutine" ->
// "poutine", "États-Unis" -> "etats unis"): NFKD, marks removed, lower case,
// punctuation runs to one space.
std::string FoldName(std::string_view name);

}  // namespace kzgraph

#endif  // KZGRAPH_GRAPH_H_
