#include "query/executor.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "graph/snapshot.h"
#include "query/functions.h"

namespace kzgraph::query {
namespace {

std::string EdgeKey(const Edge& e) {
  std::string k;
  k.reserve(e.source.size() + e.type.size() + e.target.size() + 2);
  k += e.source;
  k += '\x1f';
  k += e.type;
  k += '\x1f';
  k += e.target;
  return k;
}

// Whether `edge` is already bound in one of `slots` (a relationship or a
// list of them): relationship isomorphism within one MATCH.
bool RelUsed(const Edge& edge, const Row& row, const std::vector<int>& slots) {
  for (int s : slots) {
    const Value& v = row[s];
    if (v.type() == Value::Type::kRel) {
      if (SameRel(*v.as_rel(), edge)) return true;
    } else if (v.type() == Value::Type::kList) {
      for (const Value& x : v.as_list()) {
        if (x.type() == Value::Type::kRel && SameRel(*x.as_rel(), edge)) return true;
      }
    }
  }
  return false;
}

// Calls fn(type, other, id_is_source) for each edge at `id` in direction
// `dir` whose type is among `types` (empty: all), from the adjacency keys
// alone (no edge record is decoded). With kBoth a self-loop comes once.
template <typename Fn>
Status ForEachStepKey(const GraphReader& g, const std::string& id,
                      const std::vector<std::string>& types, Direction dir, Fn&& fn) {
  static const std::vector<std::string> kAll = {""};
  const std::vector<std::string>& ts = types.empty() ? kAll : types;
  if (dir == Direction::kOut || dir == Direction::kBoth) {
    for (const std::string& t : ts) {
      Status s = g.ForEachOutNeighbor(id, t, [&](std::string_view type, std::string_view other) {
        fn(type, other, true);
        return true;
      });
      if (!s.ok()) return s;
    }
  }
  if (dir == Direction::kIn || dir == Direction::kBoth) {
    const bool skip_loops = dir == Direction::kBoth;  // met among the out-edges
    for (const std::string& t : ts) {
      Status s = g.ForEachInNeighbor(id, t, [&](std::string_view type, std::string_view other) {
        if (!(skip_loops && other == id)) fn(type, other, false);
        return true;
      });
      if (!s.ok()) return s;
    }
  }
  return Status::OK();
}

// The edges one step from `id` in direction `dir`, each with its far end.
// Every `rel` shares ownership of *buffer (no allocation per edge); the
// buffer and its edges' strings are reused when no value still holds one of
// its edges. With `ids_only` the edges carry their source, type and target
// only (weight 0, no dates or properties): for relationships whose values
// nothing reads.
Status Neighbours(const GraphReader& g, const std::string& id,
                  const std::vector<std::string>& types, Direction dir, bool ids_only,
                  std::shared_ptr<std::vector<Edge>>* buffer, std::vector<Step>* out) {
  static const std::vector<std::string> kAll = {""};
  const std::vector<std::string>& ts = types.empty() ? kAll : types;
  out->clear();  // drops the previous call's references to *buffer
  if (*buffer == nullptr || buffer->use_count() > 1) {
    *buffer = std::make_shared<std::vector<Edge>>();
  }
  std::vector<Edge>& edges = **buffer;
  size_t n = 0;  // edges[0, n) are this call's
  auto next_edge = [&]() -> Edge& {
    if (n == edges.size()) edges.emplace_back();
    return edges[n++];
  };
  size_t outgoing = 0;
  Status s;
  if (ids_only) {
    s = ForEachStepKey(g, id, types, dir,
                       [&](std::string_view type, std::string_view other, bool id_is_source) {
                         Edge& e = next_edge();
                         e.source.assign(id_is_source ? std::string_view(id) : other);
                         e.type.assign(type);
                         e.target.assign(id_is_source ? other : std::string_view(id));
                         e.weight = 0;
                         e.first_seen.clear();
                         e.last_seen.clear();
                         e.properties.clear();
                         if (id_is_source) outgoing = n;
                       });
  } else {
    auto copy = [&](const Edge& e) {
      next_edge() = e;
      return true;
    };
    if (dir == Direction::kOut || dir == Direction::kBoth) {
      for (const std::string& t : ts) {
        if (s = g.ForEachOutEdge(id, t, copy); !s.ok()) return s;
      }
    }
    outgoing = n;
    if (dir == Direction::kIn || dir == Direction::kBoth) {
      for (const std::string& t : ts) {
        s = g.ForEachInEdge(id, t, [&](const Edge& e) {
          // A self-loop was already met among the out-edges.
          return (dir == Direction::kBoth && e.source == e.target) || copy(e);
        });
        if (!s.ok()) return s;
      }
    }
  }
  if (!s.ok()) return s;
  out->reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const Edge* e = &edges[i];
    out->push_back({RelPtr(*buffer, e), i < outgoing ? &e->target : &e->source});
  }
  return Status::OK();
}

Direction Reverse(Direction d) {
  return d == Direction::kOut ? Direction::kIn : (d == Direction::kIn ? Direction::kOut : d);
}

}  // namespace

void CollectElements(const Value& v, std::unordered_set<std::string>* seen, List* out) {
  switch (v.type()) {
    case Value::Type::kNode:
    case Value::Type::kRel:
      if (seen->insert(GroupKey(v)).second) out->push_back(v);
      break;
    case Value::Type::kPath:
      for (const NodePtr& n : v.as_path().nodes) CollectElements(Value(n), seen, out);
      for (const RelPtr& r : v.as_path().rels) CollectElements(Value(r), seen, out);
      break;
    case Value::Type::kList:
      for (const Value& x : v.as_list()) CollectElements(x, seen, out);
      break;
    case Value::Type::kMap:
      for (const auto& [k, x] : v.as_map()) CollectElements(x, seen, out);
      break;
    default:
      break;
  }
}

// ---- PatternCheck ----

bool PatternCheck::Matches(const Value& v, Row& row, ExecContext& ctx) const {
  if (v.type() == Value::Type::kNode && !labels.empty()) {
    if (Status s = ctx.Load(*v.as_node()); !s.ok()) return ctx.Fail(s);
    for (const std::string& l : labels) {
      if (v.as_node()->record->kind != l) return false;
    }
  }
  for (const auto& [key, expr] : props) {
    Value want;
    if (Status s = Eval(*expr, row, ctx, &want); !s.ok()) return ctx.Fail(s);
    Value have;
    if (v.type() == Value::Type::kNode) {
      if (Status s = NodeProperty(ctx, *v.as_node(), key, &have); !s.ok()) return ctx.Fail(s);
    } else {
      have = RelProperty(*v.as_rel(), key);
    }
    if (Equals(have, want) != Tri::kTrue) return false;
  }
  return true;
}

std::string PatternCheck::Describe() const {
  std::string s;
  for (const std::string& l : labels) s += ":" + l;
  if (!props.empty()) {
    s += " {";
    for (size_t i = 0; i < props.size(); ++i) {
      s += (i ? ", " : "") + props[i].first + ": " + Print(*props[i].second);
    }
    s += "}";
  }
  return s;
}

// ---- seeks and scans ----

bool NodeSeekOp::Push(Row& row) {
  Value key;
  if (Status s = Eval(*key_, row, *ctx_, &key); !s.ok()) return ctx_->Fail(s);
  std::vector<std::string> wanted;
  if (key.type() == Value::Type::kString) {
    wanted.push_back(key.as_string());
  } else if (key.type() == Value::Type::kList) {
    for (const Value& v : key.as_list()) {
      if (v.type() == Value::Type::kString) wanted.push_back(v.as_string());
    }
  }
  std::vector<std::string> ids;
  if (by_ == By::kId) {
    ids = std::move(wanted);
  } else {
    for (const std::string& name : wanted) {
      if (Status s = ctx_->graph->FindNodes(name, &ids); !s.ok()) return ctx_->Fail(s);
    }
  }
  std::unordered_set<std::string> done;
  for (const std::string& id : ids) {
    if (!done.insert(id).second) continue;
    std::shared_ptr<const Node> record;
    auto cached = ctx_->node_cache.find(id);
    if (cached != ctx_->node_cache.end()) {
      record = cached->second;
    } else {
      auto fresh = std::make_shared<Node>();
      Status s = ctx_->graph->GetNode(id, fresh.get());
      if (s.IsNotFound()) continue;  // a seek finds stored nodes only
      if (!s.ok()) return ctx_->Fail(s);
      record = fresh;
      ctx_->node_cache.emplace(id, record);
    }
    Value v(std::make_shared<const NodeHandle>(std::move(record)));
    if (!check_.Matches(v, row, *ctx_)) {
      if (!ctx_->status.ok()) return false;
      continue;
    }
    row[slot_] = std::move(v);
    if (!Emit(row)) return false;
  }
  return true;
}

std::string NodeSeekOp::Describe() const {
  return std::string(by_ == By::kId ? "NodeById" : "NodeByName") + " (" + var_ + check_.Describe() +
         ") <- " + Print(*key_);
}

bool NodeScanOp::Push(Row& row) {
  bool go = true;
  Status s = ctx_->graph->ForEachNode([&](const Node& n) {
    if (!ctx_->Spend()) return go = false;
    if (!check_.labels.empty() && n.kind != check_.labels[0]) return true;
    std::shared_ptr<const Node> record;
    auto cached = ctx_->node_cache.find(n.id);
    if (cached != ctx_->node_cache.end()) {
      record = cached->second;
    } else {
      record = std::make_shared<const Node>(n);
      ctx_->node_cache.emplace(n.id, record);
    }
    Value v(std::make_shared<const NodeHandle>(std::move(record)));
    if (!check_.Matches(v, row, *ctx_)) return go = ctx_->status.ok();
    row[slot_] = std::move(v);
    return go = Emit(row);
  });
  if (!s.ok()) return ctx_->Fail(s);
  return go;
}

std::string NodeScanOp::Describe() const {
  return std::string(check_.labels.empty() ? "AllNodesScan" : "LabelScan") + " (" + var_ +
         check_.Describe() + ")";
}

bool NodeCheckOp::Push(Row& row) {
  if (row[slot_].type() != Value::Type::kNode) return true;
  if (!check_.Matches(row[slot_], row, *ctx_)) return ctx_->status.ok();
  return Emit(row);
}

std::string NodeCheckOp::Describe() const {
  return "NodeFilter (" + var_ + check_.Describe() + ")";
}

bool EdgeScanOp::Bind(Row& row, const Edge& edge, bool forward) {
  const std::string& from_id = forward ? edge.source : edge.target;
  const std::string& to_id = forward ? edge.target : edge.source;
  Value fv(NodeRef(from_id));
  if (!from_check_.Matches(fv, row, *ctx_)) return ctx_->status.ok();
  row[from_] = std::move(fv);
  if (to_ == from_) {
    if (to_id != from_id) return true;
  } else {
    Value tv(NodeRef(to_id));
    if (!to_check_.Matches(tv, row, *ctx_)) return ctx_->status.ok();
    row[to_] = std::move(tv);
  }
  return Emit(row);
}

bool EdgeScanOp::Push(Row& row) {
  static const std::vector<std::string> kAll = {""};
  bool go = true;
  auto visit = [&](const Edge& e) {
    if (!ctx_->Spend()) return go = false;
    if (RelUsed(e, row, spec_.unique_against)) return true;
    Value rv;
    if (bind_rel_ || !spec_.rel_check.empty()) rv = Value(std::make_shared<const Edge>(e));
    if (!spec_.rel_check.Matches(rv, row, *ctx_)) return go = ctx_->status.ok();
    if (bind_rel_) row[rel_] = rv;
    if (spec_.dir != Direction::kIn && !(go = Bind(row, e, true))) return false;
    if (spec_.dir == Direction::kBoth && e.source == e.target) return true;
    if (spec_.dir != Direction::kOut) {
      if (bind_rel_) row[rel_] = rv;
      if (!(go = Bind(row, e, false))) return false;
    }
    return true;
  };
  // Keys only when the edges' values are not read: one reused Edge holds
  // each key's parts.
  const bool keys_only = (spec_.ids_only || !bind_rel_) && spec_.rel_check.empty();
  for (const std::string& type : spec_.types.empty() ? kAll : spec_.types) {
    Status s;
    if (keys_only) {
      s = ctx_->graph->ForEachEdgeKey(
          type, [&](std::string_view source, std::string_view t, std::string_view target) {
            key_edge_.source.assign(source);
            key_edge_.type.assign(t);
            key_edge_.target.assign(target);
            return visit(key_edge_);
          });
    } else {
      s = ctx_->graph->ForEachEdge(type, visit);
    }
    if (!s.ok()) return ctx_->Fail(s);
    if (!go) return false;
  }
  return true;
}

std::string EdgeScanOp::Describe() const {
  const bool keys_only = (spec_.ids_only || !bind_rel_) && spec_.rel_check.empty();
  return "EdgeTypeScan " + text_ + (keys_only ? " (keys only)" : "");
}

// ---- expansions ----

bool ExpandOp::Push(Row& row) {
  if (row[from_].type() != Value::Type::kNode) return true;  // null from OPTIONAL MATCH
  // The slot's last binding (ours) would keep the buffer from being reused.
  row[rel_] = Value();
  if (Status s = Neighbours(*ctx_->graph, row[from_].as_node()->id, spec_.types, spec_.dir,
                            spec_.ids_only, &buffer_, &steps_);
      !s.ok()) {
    return ctx_->Fail(s);
  }
  if (!ctx_->Spend(steps_.size() + 1)) return false;
  for (const auto& [rel, other_ptr] : steps_) {
    const std::string& other = *other_ptr;
    if (RelUsed(*rel, row, spec_.unique_against)) continue;
    Value rv(rel);
    if (!spec_.rel_check.empty() && !spec_.rel_check.Matches(rv, row, *ctx_)) {
      if (!ctx_->status.ok()) return false;
      continue;
    }
    if (to_bound_) {
      const Value& bound = row[to_];
      if (bound.type() != Value::Type::kNode || bound.as_node()->id != other) continue;
      if (!to_check_.empty() && !to_check_.Matches(bound, row, *ctx_)) {
        if (!ctx_->status.ok()) return false;
        continue;
      }
    } else {
      Value nv(NodeRef(other));
      if (!to_check_.empty() && !to_check_.Matches(nv, row, *ctx_)) {
        if (!ctx_->status.ok()) return false;
        continue;
      }
      row[to_] = std::move(nv);
    }
    row[rel_] = std::move(rv);
    if (!Emit(row)) return false;
  }
  return true;
}

std::string ExpandOp::Describe() const {
  return (to_bound_ ? "ExpandInto " : "Expand ") + text_ + (spec_.ids_only ? " (keys only)" : "");
}

bool VarExpandOp::EmitPath(Row& row, const std::string& end_id, const std::vector<RelPtr>& rels) {
  if (to_bound_) {
    const Value& bound = row[to_];
    if (bound.type() != Value::Type::kNode || bound.as_node()->id != end_id) return true;
    if (!to_check_.empty() && !to_check_.Matches(bound, row, *ctx_)) return ctx_->status.ok();
  } else {
    Value nv(NodeRef(end_id));
    if (!to_check_.empty() && !to_check_.Matches(nv, row, *ctx_)) return ctx_->status.ok();
    row[to_] = std::move(nv);
  }
  List list;
  list.reserve(rels.size());
  for (const RelPtr& r : rels) list.emplace_back(r);
  if (reversed_) std::reverse(list.begin(), list.end());
  row[rel_] = Value(std::move(list));
  return Emit(row);
}

bool VarExpandOp::Push(Row& row) {
  if (row[from_].type() != Value::Type::kNode) return true;
  const std::string start = row[from_].as_node()->id;
  std::vector<RelPtr> path;
  if (min_ == 0 && !EmitPath(row, start, path)) return false;
  if (max_ == 0) return true;
  struct Frame {
    std::shared_ptr<std::vector<Edge>> edges;
    std::vector<Step> steps;
    size_t next = 0;
  };
  std::vector<Frame> frames;
  std::unordered_set<std::string> used;
  auto open = [&](const std::string& id) {
    Frame f;
    if (Status s = Neighbours(*ctx_->graph, id, spec_.types, spec_.dir, spec_.ids_only, &f.edges,
                              &f.steps);
        !s.ok()) {
      return ctx_->Fail(s);
    }
    if (!ctx_->Spend(f.steps.size() + 1)) return false;
    frames.push_back(std::move(f));
    return true;
  };
  if (!open(start)) return false;
  while (!frames.empty()) {
    Frame& f = frames.back();
    if (f.next == f.steps.size()) {
      frames.pop_back();
      if (!path.empty()) {
        used.erase(EdgeKey(*path.back()));
        path.pop_back();
      }
      continue;
    }
    const RelPtr rel = f.steps[f.next].rel;
    const std::string other = *f.steps[f.next].other;
    ++f.next;
    std::string key = EdgeKey(*rel);
    if (used.count(key) || RelUsed(*rel, row, spec_.unique_against)) continue;
    if (!spec_.rel_check.empty()) {
      if (!spec_.rel_check.Matches(Value(rel), row, *ctx_)) {
        if (!ctx_->status.ok()) return false;
        continue;
      }
    }
    path.push_back(rel);
    int64_t depth = static_cast<int64_t>(path.size());
    if (depth >= min_ && !EmitPath(row, other, path)) return false;
    if (max_ < 0 || depth < max_) {
      used.insert(std::move(key));
      if (!open(other)) return false;
    } else {
      path.pop_back();
    }
  }
  return true;
}

std::string VarExpandOp::Describe() const {
  return std::string(to_bound_ ? "VarLengthExpandInto " : "VarLengthExpand ") + text_ +
         (spec_.ids_only ? " (keys only)" : "");
}

bool ShortestPathOp::Push(Row& row) {
  if (row[from_].type() != Value::Type::kNode || row[to_].type() != Value::Type::kNode) return true;
  const std::string a = row[from_].as_node()->id, b = row[to_].as_node()->id;
  auto emit_path = [&](const std::vector<RelPtr>& rels) {
    Path p;
    p.nodes.push_back(row[from_].as_node());
    std::string cur = a;
    for (const RelPtr& r : rels) {
      std::string next = r->source == cur ? r->target : r->source;
      p.nodes.push_back(NodeRef(next));
      p.rels.push_back(r);
      cur = next;
    }
    if (rel_ >= 0) {
      List l;
      for (const RelPtr& r : rels) l.emplace_back(r);
      row[rel_] = Value(std::move(l));
    }
    row[path_] = Value(std::move(p));
    return Emit(row);
  };
  if (a == b) {
    if (min_ == 0) return emit_path({});
    return true;
  }
  if (max_ == 0) return true;
  // The search reads adjacency keys only; the few edges on the paths it
  // returns are read in full at the end. A parent link names the edge by
  // its identity: (parent, type, child) or (child, type, parent).
  struct Link {
    std::string parent, type;
    bool parent_is_source;
  };
  struct Side {
    std::unordered_map<std::string, int64_t> depth;
    std::unordered_map<std::string, std::vector<Link>> parents;
    std::vector<std::string> frontier;
    int64_t level = 0;
    Direction dir;
  };
  Side fwd, bwd;
  fwd.depth[a] = 0;
  fwd.frontier = {a};
  fwd.dir = spec_.dir;
  bwd.depth[b] = 0;
  bwd.frontier = {b};
  bwd.dir = Reverse(spec_.dir);
  std::vector<std::string> meet;
  while (!fwd.frontier.empty() && !bwd.frontier.empty() &&
         (max_ < 0 || fwd.level + bwd.level < max_)) {
    Side& s = fwd.frontier.size() <= bwd.frontier.size() ? fwd : bwd;
    Side& o = &s == &fwd ? bwd : fwd;
    std::vector<std::string> next;
    std::string v;
    for (const std::string& u : s.frontier) {
      uint64_t steps = 0;
      Status st =
          ForEachStepKey(*ctx_->graph, u, spec_.types, s.dir,
                         [&](std::string_view type, std::string_view other, bool u_is_source) {
                           ++steps;
                           v.assign(other);
                           auto it = s.depth.find(v);
                           if (it == s.depth.end()) {
                             s.depth.emplace(v, s.level + 1);
                             s.parents[v].push_back({u, std::string(type), u_is_source});
                             next.push_back(v);
                           } else if (it->second == s.level + 1) {
                             s.parents[v].push_back({u, std::string(type), u_is_source});
                           }
                         });
      if (!st.ok()) return ctx_->Fail(st);
      if (!ctx_->Spend(steps + 1)) return false;
    }
    s.frontier = std::move(next);
    ++s.level;
    for (const std::string& x : s.frontier) {
      if (o.depth.count(x)) meet.push_back(x);
    }
    if (!meet.empty()) break;
  }
  if (meet.empty()) return true;
  // The edges of the returned paths, each read once.
  std::unordered_map<std::string, RelPtr> edges;
  Status fetch_status;
  auto rel_of = [&](const std::string& child, const Link& link) -> RelPtr {
    Edge key;
    key.source = link.parent_is_source ? link.parent : child;
    key.type = link.type;
    key.target = link.parent_is_source ? child : link.parent;
    auto [it, inserted] = edges.try_emplace(EdgeKey(key));
    if (inserted) {
      auto edge = std::make_shared<Edge>();
      Status st = ctx_->graph->GetEdge(key.source, key.type, key.target, edge.get());
      if (st.IsNotFound()) {
        *edge = std::move(key);  // gone since the search read its key: keep its identity
      } else if (!st.ok()) {
        fetch_status = st;
      }
      it->second = std::move(edge);
    }
    return it->second;
  };
  // Every shortest path crosses exactly one meeting node; walk the parent
  // links from it back to each end.
  auto halves = [&](Side& side, const std::string& root, const std::string& m, size_t cap) {
    std::vector<std::vector<RelPtr>> out;
    struct St {
      std::string node;
      size_t i;
    };
    std::vector<St> stack{{m, 0}};
    std::vector<RelPtr> rels;
    while (!stack.empty() && out.size() < cap && fetch_status.ok()) {
      St& top = stack.back();
      if (top.node == root) {
        out.push_back(rels);
        stack.pop_back();
        if (!rels.empty()) rels.pop_back();
        continue;
      }
      auto& ps = side.parents[top.node];
      if (top.i == ps.size()) {
        stack.pop_back();
        if (!rels.empty()) rels.pop_back();
        continue;
      }
      const Link& link = ps[top.i++];
      rels.push_back(rel_of(top.node, link));
      stack.push_back({link.parent, 0});
    }
    return out;
  };
  const size_t cap = all_ ? 10000 : 1;
  size_t emitted = 0;
  for (const std::string& m : meet) {
    auto left = halves(fwd, a, m, cap);   // m -> a
    auto right = halves(bwd, b, m, cap);  // m -> b
    if (!fetch_status.ok()) return ctx_->Fail(fetch_status);
    for (auto& l : left) {
      for (auto& r : right) {
        if (emitted >= cap) return true;
        std::vector<RelPtr> rels(l.rbegin(), l.rend());
        rels.insert(rels.end(), r.begin(), r.end());
        if (static_cast<int64_t>(rels.size()) < min_) continue;
        ++emitted;
        if (!ctx_->Spend()) return false;
        if (!emit_path(rels)) return false;
      }
    }
  }
  return true;
}

std::string ShortestPathOp::Describe() const {
  return std::string(all_ ? "AllShortestPaths " : "ShortestPath ") + text_ + " (bidirectional BFS)";
}

bool BuildPathOp::Push(Row& row) {
  Path p;
  const Value& first = row[nodes_[0]];
  if (first.type() != Value::Type::kNode) {
    row[path_] = Value();
    return Emit(row);
  }
  p.nodes.push_back(first.as_node());
  for (size_t i = 0; i < rels_.size(); ++i) {
    const Value& r = row[rels_[i]];
    if (r.type() == Value::Type::kRel) {
      p.rels.push_back(r.as_rel());
    } else if (r.type() == Value::Type::kList) {
      for (const Value& x : r.as_list()) {
        const Edge& e = *x.as_rel();
        const std::string& cur = p.nodes.back()->id;
        p.rels.push_back(x.as_rel());
        p.nodes.push_back(NodeRef(e.source == cur ? e.target : e.source));
      }
      continue;  // the last node reached is the pattern's next node
    } else {
      row[path_] = Value();
      return Emit(row);
    }
    const Value& n = row[nodes_[i + 1]];
    if (n.type() != Value::Type::kNode) {
      row[path_] = Value();
      return Emit(row);
    }
    p.nodes.push_back(n.as_node());
  }
  row[path_] = Value(std::move(p));
  return Emit(row);
}

std::string BuildPathOp::Describe() const { return "BuildPath " + var_; }

bool FilterOp::Push(Row& row) {
  bool keep = false;
  if (Status s = EvalPredicate(*predicate_, row, *ctx_, &keep); !s.ok()) return ctx_->Fail(s);
  return keep ? Emit(row) : true;
}

std::string FilterOp::Describe() const { return "Filter " + text_; }

// ---- OPTIONAL MATCH ----

class OptionalOp::Tail : public Operator {
 public:
  explicit Tail(OptionalOp* owner) : owner_(owner) {}
  bool Push(Row& row) override {
    owner_->matched_ = true;
    if (!owner_->Emit(row)) {
      owner_->stopped_ = true;
      return false;
    }
    return true;
  }
  std::string Describe() const override { return "end optional"; }

 private:
  OptionalOp* owner_;
};

OptionalOp::OptionalOp(std::vector<std::unique_ptr<Operator>> chain, std::vector<int> null_slots)
    : chain_(std::move(chain)),
      tail_(std::make_unique<Tail>(this)),
      null_slots_(std::move(null_slots)) {
  for (size_t i = 0; i + 1 < chain_.size(); ++i) chain_[i]->next_ = chain_[i + 1].get();
  if (!chain_.empty()) chain_.back()->next_ = tail_.get();
}

bool OptionalOp::Push(Row& row) {
  for (auto& op : chain_) op->ctx_ = ctx_;
  tail_->ctx_ = ctx_;
  matched_ = false;
  if (chain_.empty()) return Emit(row);
  Row copy = row;
  bool go = chain_.front()->Push(copy);
  if (!ctx_->status.ok() || stopped_) return false;
  (void)go;
  if (matched_) return true;
  for (int s : null_slots_) row[s] = Value();
  return Emit(row);
}

std::string OptionalOp::Describe() const { return "Optional"; }

std::vector<const Operator*> OptionalOp::Children() const {
  std::vector<const Operator*> out;
  for (const auto& op : chain_) out.push_back(op.get());
  return out;
}

// ---- projection ----

bool ProjectOp::Push(Row& row) {
  // Evaluate first, then assign, so that `WITH b AS a, a AS b` swaps.
  for (size_t i = 0; i < items_.size(); ++i) {
    if (Status s = Eval(*items_[i].expr, row, *ctx_, &values_[i]); !s.ok()) return ctx_->Fail(s);
  }
  for (size_t i = 0; i < items_.size(); ++i) row[items_[i].slot] = std::move(values_[i]);
  return Emit(row);
}

std::string ProjectOp::Describe() const {
  std::string s = "Project";
  for (const ProjectItem& i : items_) s += " " + Print(*i.expr);
  return s;
}

bool AggregateOp::Accumulate(const AggregateCall& call, Accumulator& acc, const Value& v) {
  if (call.arg == nullptr) {  // count(*)
    ++acc.count;
    return true;
  }
  if (v.is_null()) return true;
  if (call.distinct && !acc.seen.insert(GroupKey(v)).second) return true;
  ++acc.count;
  const std::string& f = call.function;
  if (f == "collect") {
    acc.items.push_back(v);
  } else if (f == "min" || f == "max") {
    if (acc.best.is_null()) {
      acc.best = v;
    } else {
      int c = OrderCompare(v, acc.best);
      if ((f == "min" && c < 0) || (f == "max" && c > 0)) acc.best = v;
    }
  } else if (f == "sum" || f == "avg") {
    if (!v.is_number()) {
      return ctx_->Fail(
          ctx_->TypeError(*call.arg, f + "() needs numbers, not " + TypeName(v.type())));
    }
    if (acc.sum.is_null()) {
      acc.sum = v;
    } else if (acc.sum.type() == Value::Type::kInt && v.type() == Value::Type::kInt) {
      int64_t r = 0;
      if (__builtin_add_overflow(acc.sum.as_int(), v.as_int(), &r)) {
        acc.sum = Value(acc.sum.as_number() + v.as_number());
      } else {
        acc.sum = Value(r);
      }
    } else {
      acc.sum = Value(acc.sum.as_number() + v.as_number());
    }
  }
  return true;
}

Value AggregateOp::Result(const AggregateCall& call, const Accumulator& acc) const {
  const std::string& f = call.function;
  if (f == "count") return Value(acc.count);
  if (f == "collect") return Value(acc.items);
  if (f == "min" || f == "max") return acc.best;
  if (f == "sum") return acc.sum.is_null() ? Value(int64_t{0}) : acc.sum;
  if (f == "avg") {
    if (acc.count == 0) return Value();
    return Value(acc.sum.as_number() / static_cast<double>(acc.count));
  }
  return Value();
}

bool AggregateOp::Push(Row& row) {
  std::string key;
  std::vector<Value> key_values(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (Status s = Eval(*keys_[i].expr, row, *ctx_, &key_values[i]); !s.ok()) return ctx_->Fail(s);
    key += GroupKey(key_values[i]);
    key += '\x1e';
  }
  auto [it, inserted] = index_.emplace(key, groups_.size());
  if (inserted) {
    Group g;
    g.first = row;
    for (size_t i = 0; i < keys_.size(); ++i) g.first[keys_[i].slot] = key_values[i];
    g.acc.resize(calls_.size());
    groups_.push_back(std::move(g));
  }
  Group& g = groups_[it->second];
  for (size_t i = 0; i < calls_.size(); ++i) {
    Value v;
    if (calls_[i].arg != nullptr) {
      if (Status s = Eval(*calls_[i].arg, row, *ctx_, &v); !s.ok()) return ctx_->Fail(s);
    }
    if (!Accumulate(calls_[i], g.acc[i], v)) return false;
  }
  if (provenance_slot_ >= 0) {
    for (int s : provenance_from_) CollectElements(row[s], &g.provenance_seen, &g.provenance);
  }
  return ctx_->Spend();
}

bool AggregateOp::Finish() {
  if (groups_.empty() && keys_.empty()) {
    Group g;
    g.first.resize(ctx_->row_size);
    g.acc.resize(calls_.size());
    groups_.push_back(std::move(g));
  }
  std::vector<Value> values(calls_.size());
  for (Group& g : groups_) {
    for (size_t i = 0; i < calls_.size(); ++i) values[i] = Result(calls_[i], g.acc[i]);
    ctx_->aggregates = &values;
    Row& row = g.first;
    std::vector<Value> outs(outputs_.size());
    for (size_t i = 0; i < outputs_.size(); ++i) {
      if (Status s = Eval(*outputs_[i].expr, row, *ctx_, &outs[i]); !s.ok()) return ctx_->Fail(s);
    }
    for (size_t i = 0; i < outputs_.size(); ++i) row[outputs_[i].slot] = std::move(outs[i]);
    if (provenance_slot_ >= 0) row[provenance_slot_] = Value(std::move(g.provenance));
    ctx_->aggregates = nullptr;
    if (!Emit(row)) break;
  }
  groups_.clear();
  index_.clear();
  if (!ctx_->status.ok()) return false;
  return next_->Finish();
}

std::string AggregateOp::Describe() const {
  std::string s = "Aggregate keys [";
  for (size_t i = 0; i < keys_.size(); ++i) s += (i ? ", " : "") + Print(*keys_[i].expr);
  s += "] aggregates [";
  for (size_t i = 0; i < calls_.size(); ++i) {
    s += (i ? ", " : "") + calls_[i].function + "(" + (calls_[i].distinct ? "DISTINCT " : "") +
         (calls_[i].arg ? Print(*calls_[i].arg) : "*") + ")";
  }
  return s + "]";
}

bool DistinctOp::Push(Row& row) {
  std::string key;
  for (int s : slots_) {
    key += GroupKey(row[s]);
    key += '\x1e';
  }
  if (!seen_.insert(std::move(key)).second) return true;
  return Emit(row);
}

std::string DistinctOp::Describe() const { return "Distinct"; }

bool SortOp::Push(Row& row) {
  std::vector<Value> keys(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (Status s = Eval(*keys_[i].expr, row, *ctx_, &keys[i]); !s.ok()) return ctx_->Fail(s);
  }
  rows_.emplace_back(std::move(keys), row);
  return true;
}

bool SortOp::Finish() {
  std::stable_sort(rows_.begin(), rows_.end(), [this](const auto& x, const auto& y) {
    for (size_t i = 0; i < keys_.size(); ++i) {
      int c = OrderCompare(x.first[i], y.first[i]);
      if (c != 0) return keys_[i].descending ? c > 0 : c < 0;
    }
    return false;
  });
  for (auto& [keys, row] : rows_) {
    if (!Emit(row)) break;
  }
  rows_.clear();
  if (!ctx_->status.ok()) return false;
  return next_->Finish();
}

std::string SortOp::Describe() const {
  std::string s = "Sort";
  for (const SortKey& k : keys_) s += " " + Print(*k.expr) + (k.descending ? " DESC" : " ASC");
  return s;
}

bool SkipOp::Push(Row& row) {
  if (seen_ < n_) {
    ++seen_;
    return true;
  }
  return Emit(row);
}

std::string SkipOp::Describe() const { return "Skip " + std::to_string(n_); }

bool LimitOp::Push(Row& row) {
  if (passed_ >= n_) return false;
  ++passed_;
  bool go = Emit(row);
  return go && passed_ < n_;
}

std::string LimitOp::Describe() const { return "Limit " + std::to_string(n_); }

bool UnwindOp::Push(Row& row) {
  Value v;
  if (Status s = Eval(*list_, row, *ctx_, &v); !s.ok()) return ctx_->Fail(s);
  if (v.is_null()) return true;
  if (v.type() != Value::Type::kList) {
    row[slot_] = std::move(v);
    return Emit(row);
  }
  for (const Value& x : v.as_list()) {
    row[slot_] = x;
    if (!Emit(row)) return false;
  }
  return true;
}

std::string UnwindOp::Describe() const { return "Unwind " + Print(*list_) + " AS " + var_; }

bool CallOp::Compute(Row& row) {
  std::vector<std::string> types;
  for (const Expr* a : args_) {
    Value v;
    if (Status s = Eval(*a, row, *ctx_, &v); !s.ok()) return ctx_->Fail(s);
    auto add = [&](const Value& x) {
      if (x.type() != Value::Type::kString) return false;
      std::string t = x.as_string();
      for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      types.push_back(t);
      return true;
    };
    bool ok = v.type() == Value::Type::kList ? true : add(v);
    if (v.type() == Value::Type::kList) {
      for (const Value& x : v.as_list()) ok = ok && add(x);
    }
    if (!ok) {
      return ctx_->Fail(ctx_->TypeError(*a, procedure_ + "() takes relationship type names"));
    }
  }
  GraphSnapshot snap;
  if (Status s = GraphSnapshot::Build(*ctx_->graph, types, &snap); !s.ok()) return ctx_->Fail(s);
  if (!ctx_->Spend(snap.edge_count() + snap.vertex_count())) return false;
  std::vector<double> scores = procedure_ == "kz.pagerank" ? snap.PageRank()
                               : procedure_ == "kz.degree" ? snap.Degree()
                                                           : snap.Betweenness();
  for (size_t v = 0; v < snap.vertex_count(); ++v) scores_.emplace_back(snap.id(v), scores[v]);
  computed_ = true;
  return true;
}

bool CallOp::Push(Row& row) {
  if (!computed_ && !Compute(row)) return false;
  for (const auto& [id, score] : scores_) {
    NodePtr node = NodeRef(id);
    for (size_t i = 0; i < columns_.size(); ++i) {
      row[slots_[i]] = columns_[i] == "node" ? Value(node) : Value(score);
    }
    if (!Emit(row)) return false;
  }
  return true;
}

std::string CallOp::Describe() const {
  return "Call " + procedure_ + " (Boost.Graph snapshot of the whole graph)";
}

bool ResultSink::Push(Row& row) {
  if (max_rows_ != 0 && emitted_ >= max_rows_) return false;
  std::vector<Value> out;
  out.reserve(columns_.size());
  for (int s : columns_) {
    // Nodes leave with their records: results render without the graph.
    if (Status st = ctx_->LoadAll(row[s]); !st.ok()) return ctx_->Fail(st);
    // Column slots are written afresh for every row (projections get new
    // slots) and nothing upstream reads them again: move, do not copy
    // (unless provenance still reads the row below).
    if (collect_provenance) {
      out.push_back(row[s]);
    } else {
      out.push_back(std::move(row[s]));
    }
  }
  if (collect_provenance) {
    size_t before = provenance.size();
    if (provenance_slot_ >= 0)
      CollectElements(row[provenance_slot_], &provenance_seen_, &provenance);
    for (int s : provenance_from_) CollectElements(row[s], &provenance_seen_, &provenance);
    for (const Value& v : out) CollectElements(v, &provenance_seen_, &provenance);
    for (size_t i = before; i < provenance.size(); ++i) {
      if (Status st = ctx_->LoadAll(provenance[i]); !st.ok()) return ctx_->Fail(st);
    }
  }
  ++emitted_;
  if (on_row) {
    if (Status st = on_row(out); !st.ok()) return ctx_->Fail(st);
  } else {
    rows.push_back(std::move(out));
  }
  return max_rows_ == 0 || emitted_ < max_rows_;
}

}  // namespace kzgraph::query
