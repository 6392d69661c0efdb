#include "graph/snapshot.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>
#include <exception>
#include <set>
#include <unordered_map>

namespace kzgraph {

Status GraphSnapshot::Build(const GraphReader& graph, const std::vector<std::string>& types,
                            GraphSnapshot* out) {
  GraphSnapshot snap;
  std::unordered_map<std::string, size_t> index;
  auto vertex = [&](const std::string& id) {
    auto [it, inserted] = index.emplace(id, snap.ids_.size());
    if (inserted) snap.ids_.push_back(id);
    return it->second;
  };
  Status s = graph.ForEachNode([&](const Node& n) {
    vertex(n.id);
    return true;
  });
  if (!s.ok()) return s;
  std::set<std::pair<size_t, size_t>> seen;
  auto add = [&](const Edge& e) {
    size_t a = vertex(e.source), b = vertex(e.target);
    if (a != b && seen.emplace(a, b).second) snap.edges_.emplace_back(a, b);
    return true;
  };
  if (types.empty()) {
    s = graph.ForEachEdge("", add);
    if (!s.ok()) return s;
  } else {
    for (const std::string& t : types) {
      s = graph.ForEachEdge(t, add);
      if (!s.ok()) return s;
    }
  }
  *out = std::move(snap);
  return Status::OK();
}

std::vector<double> GraphSnapshot::Betweenness() const {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Graph g(ids_.size());
  std::set<std::pair<size_t, size_t>> pairs;
  for (auto [a, b] : edges_) {
    if (pairs.emplace(std::min(a, b), std::max(a, b)).second) boost::add_edge(a, b, g);
  }
  std::vector<double> centrality(ids_.size(), 0.0);
  try {
    boost::brandes_betweenness_centrality(
        g, boost::make_iterator_property_map(centrality.begin(), get(boost::vertex_index, g)));
  } catch (const std::exception&) {
    std::fill(centrality.begin(), centrality.end(), 0.0);
  }
  return centrality;
}

std::vector<double> GraphSnapshot::PageRank(int iterations) const {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  Graph g(ids_.size());
  for (auto [a, b] : edges_) boost::add_edge(a, b, g);
  std::vector<double> rank(ids_.size(), 0.0);
  if (ids_.empty()) return rank;
  try {
    boost::graph::page_rank(
        g, boost::make_iterator_property_map(rank.begin(), get(boost::vertex_index, g)),
        boost::graph::n_iterations(iterations), 0.85);
  } catch (const std::exception&) {
    std::fill(rank.begin(), rank.end(), 0.0);
  }
  return rank;
}

std::vector<double> GraphSnapshot::Degree() const {
  std::vector<std::set<size_t>> neighbours(ids_.size());
  for (auto [a, b] : edges_) {
    neighbours[a].insert(b);
    neighbours[b].insert(a);
  }
  std::vector<double> degree(ids_.size());
  for (size_t v = 0; v < ids_.size(); ++v) degree[v] = static_cast<double>(neighbours[v].size());
  return degree;
}

}  // namespace kzgraph
