#include "store/contribution.h"

#include <algorithm>
#include <deque>
#include <map>
#include <tuple>

#include "kzgraph/store.h"

namespace kzgraph::store {
namespace {

constexpr char kUnknownKind[] = "unknown";

Status CheckId(const ArticleInfo& a, std::string_view what, std::string_view id) {
  if (id.empty())
    return Status::InvalidArgument("article " + a.id + ": empty " + std::string(what));
  if (id.find('\0') != std::string_view::npos) {
    return Status::InvalidArgument("article " + a.id + ": NUL byte in " + std::string(what));
  }
  return Status::OK();
}

std::string Suggestion(const std::vector<std::string>& names) {
  return names.empty() ? std::string() : " (did you mean " + names.front() + "?)";
}

Status CanonicalKind(const ArticleInfo& a, const Ontology& ontology, std::string_view kind,
                     std::string* out) {
  if (kind.empty() || kind == kUnknownKind) {
    *out = kUnknownKind;
    return Status::OK();
  }
  const NodeKind* k = ontology.FindKind(kind);
  if (k == nullptr) {
    return Status::InvalidArgument("article " + a.id + ": unknown node kind '" + std::string(kind) +
                                   "'" + Suggestion(ontology.SuggestKind(kind)));
  }
  *out = k->name;
  return Status::OK();
}

Status CanonicalType(const ArticleInfo& a, const Ontology& ontology, std::string_view type,
                     std::string* out) {
  const RelationType* t = ontology.FindType(type);
  if (t == nullptr) {
    return Status::InvalidArgument("article " + a.id + ": unknown relation type '" +
                                   std::string(type) + "'" +
                                   Suggestion(ontology.SuggestType(type)));
  }
  *out = t->name;
  return Status::OK();
}

// Collects nodes and edges, merging repeats, then emits them sorted.
class Builder {
 public:
  Builder(const ArticleInfo& article, const Ontology& ontology)
      : article_(article), ontology_(ontology) {}

  Status AddNode(const std::string& id, std::string_view kind, const std::string& name,
                 const std::vector<std::string>& aliases,
                 const std::map<std::string, std::string>& properties) {
    if (Status s = CheckId(article_, "node id", id); !s.ok()) return s;
    const std::string* canonical_kind = nullptr;
    if (Status s = Kind(kind, &canonical_kind); !s.ok()) return s;
    const std::string& canonical = *canonical_kind;
    auto [it, inserted] = nodes_.try_emplace(id);
    NodeContribution& n = it->second;
    if (inserted || n.kind == kUnknownKind) n.kind = canonical;
    if (inserted) {
      n.id = id;
      n.name = name.empty() ? id : name;
    }
    for (const std::string& alias : aliases) {
      if (!alias.empty()) n.aliases.insert(alias);
    }
    for (const auto& [key, value] : properties) n.properties.try_emplace(key, value);
    return Status::OK();
  }

  Status AddEdge(const std::string& source, std::string_view type, const std::string& target,
                 const std::map<std::string, std::string>& properties, Evidence evidence) {
    if (Status s = CheckId(article_, "edge source", source); !s.ok()) return s;
    if (Status s = CheckId(article_, "edge target", target); !s.ok()) return s;
    const TypeInfo* canonical = nullptr;
    if (Status s = Type(type, &canonical); !s.ok()) return s;
    const bool reversed = canonical->symmetric && target < source;
    EdgeContribution& e = edges_.emplace_back();
    e.source = reversed ? target : source;
    e.type = canonical->name;
    e.target = reversed ? source : target;
    e.properties = properties;
    e.evidence = std::move(evidence);
    e.evidence.article_id = article_.id;
    e.evidence.date = article_.date;
    return Status::OK();
  }

  // A relation given more than once keeps its most confident evidence (the
  // first of equals). Endpoints no node record named get a bare node of kind
  // "unknown".
  Contribution Finish() {
    auto key = [](const EdgeContribution& e) { return std::tie(e.source, e.type, e.target); };
    std::vector<uint32_t> order(edges_.size());  // sorted by key, then as given
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      const auto ka = key(edges_[a]), kb = key(edges_[b]);
      return ka < kb || (ka == kb && a < b);
    });
    Contribution c;
    c.edges.reserve(edges_.size());
    for (size_t i = 0; i < order.size();) {
      size_t best = order[i], j = i + 1;
      for (; j < order.size() && key(edges_[order[j]]) == key(edges_[order[i]]); ++j) {
        if (edges_[order[j]].evidence.confidence > edges_[best].evidence.confidence)
          best = order[j];
      }
      c.edges.push_back(std::move(edges_[best]));
      i = j;
    }
    for (const EdgeContribution& e : c.edges) {
      for (const std::string* end : {&e.source, &e.target}) {
        auto [it, inserted] = nodes_.try_emplace(*end);
        // No name: a bare endpoint does not vote on how the node is called.
        if (inserted) it->second = NodeContribution{*end, kUnknownKind, "", {}, {}};
      }
    }
    c.nodes.reserve(nodes_.size());
    for (auto& [id, n] : nodes_) c.nodes.push_back(std::move(n));
    return c;
  }

 private:
  struct TypeInfo {
    std::string name;
    bool symmetric = false;
  };

  // The ontology's name of a kind / type as given, looked up once per
  // spelling: an article repeats a handful of them.
  Status Kind(std::string_view kind, const std::string** canonical) {
    for (const auto& [given, name] : kinds_) {
      if (given == kind) return *canonical = &name, Status::OK();
    }
    std::string name;
    if (Status s = CanonicalKind(article_, ontology_, kind, &name); !s.ok()) return s;
    kinds_.emplace_back(std::string(kind), std::move(name));
    *canonical = &kinds_.back().second;
    return Status::OK();
  }
  Status Type(std::string_view type, const TypeInfo** canonical) {
    for (const auto& [given, info] : types_) {
      if (given == type) return *canonical = &info, Status::OK();
    }
    TypeInfo info;
    if (Status s = CanonicalType(article_, ontology_, type, &info.name); !s.ok()) return s;
    info.symmetric = IsSymmetric(ontology_, info.name);
    types_.emplace_back(std::string(type), std::move(info));
    *canonical = &types_.back().second;
    return Status::OK();
  }

  const ArticleInfo& article_;
  const Ontology& ontology_;
  std::map<std::string, NodeContribution> nodes_;
  std::vector<EdgeContribution> edges_;  // as given; Finish sorts and merges
  // deque: the canonical names stay put while more are added.
  std::deque<std::pair<std::string, std::string>> kinds_;
  std::deque<std::pair<std::string, TypeInfo>> types_;
};

Status CheckArticle(const ArticleInfo& a) {
  if (a.id.empty()) return Status::InvalidArgument("article with an empty id");
  if (a.id.find('\0') != std::string::npos) {
    return Status::InvalidArgument("NUL byte in article id");
  }
  return Status::OK();
}

// An empty hash is derived from what the article contributes, so the same
// records always give the same hash (and a second load is a no-op).
void FillHash(const Contribution& c, ArticleInfo* a) {
  if (!a->content_hash.empty()) return;
  a->content_hash = ContentHash(EncodeArticle(*a) + EncodeContribution(c, true));
}

}  // namespace

bool IsSymmetric(const Ontology& ontology, std::string_view type) {
  const RelationType* t = ontology.FindType(type);
  return t != nullptr && t->symmetric;
}

bool CanonicalizeSymmetric(const Ontology& ontology, Contribution* c) {
  bool changed = false;
  std::map<std::tuple<std::string, std::string, std::string>, EdgeContribution> edges;
  for (EdgeContribution& e : c->edges) {
    if (IsSymmetric(ontology, e.type) && e.target < e.source) {
      std::swap(e.source, e.target);
      changed = true;
    }
    auto [it, inserted] = edges.try_emplace(std::make_tuple(e.source, e.type, e.target), e);
    if (!inserted && e.evidence.confidence > it->second.evidence.confidence) it->second = e;
  }
  if (!changed) return false;
  c->edges.clear();
  for (auto& [key, e] : edges) c->edges.push_back(std::move(e));
  return true;
}

Status BuildContribution(const Extraction& x, const Ontology& ontology, ArticleInfo* article,
                         Contribution* c) {
  const Article& in = x.article;
  *article = ArticleInfo{in.id, in.content_hash, in.title, in.date, in.source, in.lang};
  if (Status s = CheckArticle(*article); !s.ok()) return s;
  Builder builder(*article, ontology);
  for (const Entity& e : x.entities) {
    if (Status s = builder.AddNode(e.id, e.kind, e.name, e.aliases, {}); !s.ok()) return s;
  }
  for (const Relation& r : x.relations) {
    Evidence evidence;
    evidence.sentence = r.sentence;
    evidence.span = r.span;
    evidence.rule = r.rule;
    evidence.confidence = r.confidence;
    if (Status s = builder.AddEdge(r.subject, r.predicate, r.object, {}, std::move(evidence));
        !s.ok()) {
      return s;
    }
  }
  *c = builder.Finish();
  if (article->content_hash.empty() && !in.text.empty()) {
    article->content_hash = ContentHash(in.text);
  }
  FillHash(*c, article);
  return Status::OK();
}

Status BuildCuratedContribution(const ArticleInfo& in, const std::vector<Node>& nodes,
                                const std::vector<Edge>& edges, const Ontology& ontology,
                                ArticleInfo* article, Contribution* c) {
  *article = in;
  if (Status s = CheckArticle(*article); !s.ok()) return s;
  Builder builder(*article, ontology);
  for (const Node& n : nodes) {
    if (Status s = builder.AddNode(n.id, n.kind, n.name, n.aliases, n.properties); !s.ok()) {
      return s;
    }
  }
  for (const Edge& e : edges) {
    Evidence evidence;
    evidence.rule = "curated";
    evidence.confidence = 1;
    if (Status s = builder.AddEdge(e.source, e.type, e.target, e.properties, std::move(evidence));
        !s.ok()) {
      return s;
    }
  }
  *c = builder.Finish();
  FillHash(*c, article);
  return Status::OK();
}

}  // namespace kzgraph::store
