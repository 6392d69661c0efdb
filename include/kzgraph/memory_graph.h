// MemoryGraph: a GraphReader held in memory. Used for query results turned
// into subgraphs, for tests given a small graph, and by exporters.
#ifndef KZGRAPH_MEMORY_GRAPH_H_
#define KZGRAPH_MEMORY_GRAPH_H_

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "kzgraph/graph.h"

namespace kzgraph {

class MemoryGraph : public GraphReader {
 public:
  // Inserts or replaces the node with this id.
  void AddNode(Node node);
  // Inserts or replaces edge (source, type, target); missing endpoint nodes
  // are created with kind "unknown".
  void AddEdge(Edge edge);
  void AddEvidence(std::string_view source, std::string_view type, std::string_view target,
                   Evidence evidence);
  void AddArticle(ArticleInfo article);
  // Copies every node, edge, evidence and article of `other`.
  Status CopyFrom(const GraphReader& other);

  size_t node_count() const { return nodes_.size(); }
  size_t edge_count() const { return edges_.size(); }

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
  // Streaming adjacency (graph.h) straight from the edge map, no copies.
  // In-edges are a linear scan, as InEdges.
  Status ForEachOutEdge(std::string_view id, std::string_view type,
                        const std::function<bool(const Edge&)>& fn) const override;
  Status ForEachInEdge(std::string_view id, std::string_view type,
                       const std::function<bool(const Edge&)>& fn) const override;
  Status ForEachOutNeighbor(std::string_view id, std::string_view type,
                            const NeighborFn& fn) const override;
  Status ForEachInNeighbor(std::string_view id, std::string_view type,
                           const NeighborFn& fn) const override;
  Status ForEachEdgeKey(std::string_view type, const EdgeKeyFn& fn) const override;
  Status GetEdge(std::string_view source, std::string_view type, std::string_view target,
                 Edge* out) const override;

 private:
  using EdgeKey = std::tuple<std::string, std::string, std::string>;  // source, type, target
  std::map<std::string, Node, std::less<>> nodes_;
  std::map<EdgeKey, Edge> edges_;
  std::map<EdgeKey, std::vector<Evidence>> evidence_;
  std::map<std::string, ArticleInfo> articles_;
};

}  // namespace kzgraph

#endif  // KZGRAPH_MEMORY_GRAPH_H_
