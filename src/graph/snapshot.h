// GraphSnapshot: a whole GraphReader copied into a Boost.Graph adjacency list
// for whole-graph algorithms (centrality). Only those build one: anchored
// queries walk the reader's adjacency instead.
#ifndef KZGRAPH_SRC_GRAPH_SNAPSHOT_H_
#define KZGRAPH_SRC_GRAPH_SNAPSHOT_H_

#include <string>
#include <utility>
#include <vector>

#include "kzgraph/graph.h"
#include "kzgraph/status.h"

namespace kzgraph {

class GraphSnapshot {
 public:
  // Copies every node and every edge of the given `types` (empty: all) of
  // `graph`. Vertices are numbered in ForEachNode order (endpoints with no
  // node record are appended). Fails with the reader's error.
  static Status Build(const GraphReader& graph, const std::vector<std::string>& types,
                      GraphSnapshot* out);

  size_t vertex_count() const { return ids_.size(); }
  size_t edge_count() const { return edges_.size(); }
  const std::string& id(size_t v) const { return ids_[v]; }

  // Betweenness centrality (Brandes, Boost.Graph) on the undirected simple
  // graph: parallel edges and directions merged, self-loops dropped. Not
  // normalised; each unordered pair counts once (equal to networkx's
  // betweenness_centrality(G, normalized=False) on an undirected graph).
  // Exact while |V| x |E| <= exact_budget; beyond, estimated from evenly
  // spaced pivot sources (at least 16; Brandes from each, scaled by
  // |V| / pivots), so a million-edge graph answers in about a second.
  static constexpr size_t kExactBetweennessBudget = 50'000'000;
  std::vector<double> Betweenness(size_t exact_budget = kExactBetweennessBudget) const;
  // PageRank (Boost.Graph) on the directed simple graph, damping 0.85,
  // `iterations` rounds; scores sum to about 1.
  std::vector<double> PageRank(int iterations = 50) const;
  // Number of distinct neighbours, directions merged.
  std::vector<double> Degree() const;

 private:
  std::vector<std::string> ids_;
  std::vector<std::pair<size_t, size_t>> edges_;  // directed, deduplicated, no self-loops
};

}  // namespace kzgraph

#endif  // KZGRAPH_SRC_GRAPH_SNAPSHOT_H_
