#include "kzgraph/memory_graph.h"

#include <algorithm>

namespace kzgraph {

void MemoryGraph::AddNode(Node node) {
  std::string id = node.id;
  nodes_[id] = std::move(node);
}

void MemoryGraph::AddEdge(Edge edge) {
  for (const std::string* end : {&edge.source, &edge.target}) {
    if (nodes_.find(*end) == nodes_.end()) {
      Node n;
      n.id = *end;
      n.name = *end;
      n.kind = "unknown";
      nodes_[*end] = std::move(n);
    }
  }
  EdgeKey key{edge.source, edge.type, edge.target};
  edges_[key] = std::move(edge);
}

void MemoryGraph::AddEvidence(std::string_view source, std::string_view type,
                              std::string_view target, Evidence evidence) {
  evidence_[EdgeKey{std::string(source), std::string(type), std::string(target)}].push_back(
      std::move(evidence));
}

void MemoryGraph::AddArticle(ArticleInfo article) {
  std::string id = article.id;
  articles_[id] = std::move(article);
}

Status MemoryGraph::CopyFrom(const GraphReader& other) {
  Status s = other.ForEachNode([this](const Node& n) {
    AddNode(n);
    return true;
  });
  if (!s.ok()) return s;
  Status inner;
  s = other.ForEachEdge("", [&](const Edge& e) {
    AddEdge(e);
    std::vector<Evidence> ev;
    inner = other.GetEvidence(e.source, e.type, e.target, &ev);
    if (!inner.ok()) return false;
    for (Evidence& x : ev) AddEvidence(e.source, e.type, e.target, std::move(x));
    return true;
  });
  if (!s.ok()) return s;
  if (!inner.ok()) return inner;
  return other.ForEachArticle([this](const ArticleInfo& a) {
    AddArticle(a);
    return true;
  });
}

Status MemoryGraph::GetNode(std::string_view id, Node* out) const {
  auto it = nodes_.find(id);
  if (it == nodes_.end()) return Status::NotFound("no node " + std::string(id));
  *out = it->second;
  return Status::OK();
}

Status MemoryGraph::FindNodes(std::string_view name, std::vector<std::string>* ids) const {
  const std::string key = FoldName(name);
  for (const auto& [id, node] : nodes_) {
    bool hit = FoldName(node.id) == key || FoldName(node.name) == key;
    for (size_t i = 0; !hit && i < node.aliases.size(); ++i) hit = FoldName(node.aliases[i]) == key;
    if (hit) ids->push_back(id);
  }
  return Status::OK();
}

Status MemoryGraph::OutEdges(std::string_view id, std::string_view type,
                             std::vector<Edge>* out) const {
  for (auto it = edges_.lower_bound(EdgeKey{std::string(id), "", ""});
       it != edges_.end() && std::get<0>(it->first) == id; ++it) {
    if (type.empty() || std::get<1>(it->first) == type) out->push_back(it->second);
  }
  return Status::OK();
}

Status MemoryGraph::InEdges(std::string_view id, std::string_view type,
                            std::vector<Edge>* out) const {
  // A linear scan: MemoryGraph holds small graphs (query results, fixtures).
  for (const auto& [key, edge] : edges_) {
    if (std::get<2>(key) == id && (type.empty() || std::get<1>(key) == type)) out->push_back(edge);
  }
  return Status::OK();
}

Status MemoryGraph::ForEachNode(const std::function<bool(const Node&)>& fn) const {
  for (const auto& [id, node] : nodes_) {
    if (!fn(node)) break;
  }
  return Status::OK();
}

Status MemoryGraph::ForEachEdge(std::string_view type,
                                const std::function<bool(const Edge&)>& fn) const {
  for (const auto& [key, edge] : edges_) {
    if (!type.empty() && std::get<1>(key) != type) continue;
    if (!fn(edge)) break;
  }
  return Status::OK();
}

Status MemoryGraph::ForEachOutEdge(std::string_view id, std::string_view type,
                                   const std::function<bool(const Edge&)>& fn) const {
  for (auto it = edges_.lower_bound(EdgeKey{std::string(id), "", ""});
       it != edges_.end() && std::get<0>(it->first) == id; ++it) {
    if (!type.empty() && std::get<1>(it->first) != type) continue;
    if (!fn(it->second)) break;
  }
  return Status::OK();
}

Status MemoryGraph::ForEachInEdge(std::string_view id, std::string_view type,
                                  const std::function<bool(const Edge&)>& fn) const {
  for (const auto& [key, edge] : edges_) {
    if (std::get<2>(key) != id || (!type.empty() && std::get<1>(key) != type)) continue;
    if (!fn(edge)) break;
  }
  return Status::OK();
}

Status MemoryGraph::ForEachOutNeighbor(std::string_view id, std::string_view type,
                                       const NeighborFn& fn) const {
  return ForEachOutEdge(id, type, [&fn](const Edge& e) { return fn(e.type, e.target); });
}

Status MemoryGraph::ForEachInNeighbor(std::string_view id, std::string_view type,
                                      const NeighborFn& fn) const {
  return ForEachInEdge(id, type, [&fn](const Edge& e) { return fn(e.type, e.source); });
}

Status MemoryGraph::ForEachEdgeKey(std::string_view type, const EdgeKeyFn& fn) const {
  for (const auto& [key, edge] : edges_) {
    if (!type.empty() && std::get<1>(key) != type) continue;
    if (!fn(std::get<0>(key), std::get<1>(key), std::get<2>(key))) break;
  }
  return Status::OK();
}

Status MemoryGraph::GetEdge(std::string_view source, std::string_view type, std::string_view target,
                            Edge* out) const {
  auto it = edges_.find(EdgeKey{std::string(source), std::string(type), std::string(target)});
  if (it == edges_.end()) {
    return Status::NotFound("no edge " + std::string(source) + " -" + std::string(type) + "-> " +
                            std::string(target));
  }
  *out = it->second;
  return Status::OK();
}

Status MemoryGraph::GetEvidence(std::string_view source, std::string_view type,
                                std::string_view target, std::vector<Evidence>* out) const {
  auto it = evidence_.find(EdgeKey{std::string(source), std::string(type), std::string(target)});
  if (it != evidence_.end()) out->insert(out->end(), it->second.begin(), it->second.end());
  return Status::OK();
}

Status MemoryGraph::ForEachArticle(const std::function<bool(const ArticleInfo&)>& fn) const {
  for (const auto& [id, article] : articles_) {
    if (!fn(article)) break;
  }
  return Status::OK();
}

}  // namespace kzgraph
