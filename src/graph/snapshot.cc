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

namespace {

// Undirected simple graph as compressed rows: neighbours of v are
// adj[offset[v] .. offset[v + 1]).
struct Csr {
  std::vector<size_t> offset, adj;
};

Csr MakeCsr(size_t n, const std::set<std::pair<size_t, size_t>>& pairs) {
  Csr g;
  g.offset.assign(n + 1, 0);
  for (auto [a, b] : pairs) ++g.offset[a + 1], ++g.offset[b + 1];
  for (size_t v = 0; v < n; ++v) g.offset[v + 1] += g.offset[v];
  g.adj.resize(g.offset[n]);
  std::vector<size_t> next(g.offset.begin(), g.offset.end() - 1);
  for (auto [a, b] : pairs) g.adj[next[a]++] = b, g.adj[next[b]++] = a;
  return g;
}

// Brandes' dependency accumulation from `sources` only (Bader et al.'s
// pivot sampling), scaled by n / |sources| so that it estimates the exact
// score; with every vertex as a source it is the exact score.
std::vector<double> PivotBetweenness(const Csr& g, const std::vector<size_t>& sources) {
  const size_t n = g.offset.size() - 1;
  std::vector<double> centrality(n, 0.0), sigma(n), delta(n);
  std::vector<long> dist(n);
  std::vector<size_t> order;  // vertices in BFS order
  order.reserve(n);
  for (size_t s : sources) {
    std::fill(dist.begin(), dist.end(), -1);
    std::fill(sigma.begin(), sigma.end(), 0.0);
    std::fill(delta.begin(), delta.end(), 0.0);
    order.clear();
    dist[s] = 0;
    sigma[s] = 1;
    order.push_back(s);
    for (size_t head = 0; head < order.size(); ++head) {
      const size_t v = order[head];
      for (size_t i = g.offset[v]; i < g.offset[v + 1]; ++i) {
        const size_t w = g.adj[i];
        if (dist[w] < 0) dist[w] = dist[v] + 1, order.push_back(w);
        if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    for (size_t k = order.size(); k-- > 1;) {
      const size_t w = order[k];
      for (size_t i = g.offset[w]; i < g.offset[w + 1]; ++i) {
        const size_t v = g.adj[i];
        if (dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
      }
      centrality[w] += delta[w];
    }
  }
  // Each unordered pair is reached from both ends: halve, as Boost and
  // networkx do on undirected graphs.
  const double scale = sources.empty() ? 0 : 0.5 * n / sources.size();
  for (double& c : centrality) c *= scale;
  return centrality;
}

}  // namespace

std::vector<double> GraphSnapshot::Betweenness(size_t exact_budget) const {
  std::set<std::pair<size_t, size_t>> pairs;
  for (auto [a, b] : edges_) pairs.emplace(std::min(a, b), std::max(a, b));
  // Exact Brandes costs |V| breadth-first searches; past the budget of
  // edge visits, estimate from evenly spaced pivot sources instead.
  const size_t n = ids_.size();
  if (n * std::max<size_t>(pairs.size(), 1) > exact_budget) {
    const size_t pivots =
        std::clamp<size_t>(exact_budget / std::max<size_t>(pairs.size(), 1), 16, n);
    std::vector<size_t> sources;
    for (size_t i = 0; i < pivots; ++i) sources.push_back(i * n / pivots);
    return PivotBetweenness(MakeCsr(n, pairs), sources);
  }
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Graph g(n);
  for (auto [a, b] : pairs) boost::add_edge(a, b, g);
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
