// Default streaming adjacency of GraphReader, in terms of the vector and
// whole-edge methods every reader implements. Readers with a cheaper path
// (the RocksDB store, MemoryGraph) override them.
#include <vector>

#include "kzgraph/graph.h"

namespace kzgraph {

Status GraphReader::ForEachOutEdge(std::string_view id, std::string_view type,
                                   const std::function<bool(const Edge&)>& fn) const {
  std::vector<Edge> edges;
  if (Status s = OutEdges(id, type, &edges); !s.ok()) return s;
  for (const Edge& e : edges) {
    if (!fn(e)) break;
  }
  return Status::OK();
}

Status GraphReader::ForEachInEdge(std::string_view id, std::string_view type,
                                  const std::function<bool(const Edge&)>& fn) const {
  std::vector<Edge> edges;
  if (Status s = InEdges(id, type, &edges); !s.ok()) return s;
  for (const Edge& e : edges) {
    if (!fn(e)) break;
  }
  return Status::OK();
}

Status GraphReader::ForEachOutNeighbor(std::string_view id, std::string_view type,
                                       const NeighborFn& fn) const {
  return ForEachOutEdge(id, type, [&fn](const Edge& e) { return fn(e.type, e.target); });
}

Status GraphReader::ForEachInNeighbor(std::string_view id, std::string_view type,
                                      const NeighborFn& fn) const {
  return ForEachInEdge(id, type, [&fn](const Edge& e) { return fn(e.type, e.source); });
}

Status GraphReader::GetEdge(std::string_view source, std::string_view type, std::string_view target,
                            Edge* out) const {
  bool found = false;
  Status s = ForEachOutEdge(source, type, [&](const Edge& e) {
    if (e.target != target) return true;
    *out = e;
    found = true;
    return false;
  });
  if (!s.ok()) return s;
  if (!found) {
    return Status::NotFound("no edge " + std::string(source) + " -" + std::string(type) + "-> " +
                            std::string(target));
  }
  return Status::OK();
}

Status GraphReader::ForEachEdgeKey(std::string_view type, const EdgeKeyFn& fn) const {
  return ForEachEdge(type, [&fn](const Edge& e) { return fn(e.source, e.type, e.target); });
}

}  // namespace kzgraph
