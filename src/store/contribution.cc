#include "store/contribution.h"

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
    std::string canonical;
    if (Status s = CanonicalKind(article_, ontology_, kind, &canonical); !s.ok()) return s;
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
                 const std::map<std::string, std::string>& properties, const Evidence& evidence) {
    if (Status s = CheckId(article_, "edge source", source); !s.ok()) return s;
    if (Status s = CheckId(article_, "edge target", target); !s.ok()) return s;
    std::string canonical;
    if (Status s = CanonicalType(article_, ontology_, type, &canonical); !s.ok()) return s;
    const bool reversed = IsSymmetric(ontology_, canonical) && target < source;
    const std::string& from = reversed ? target : source;
    const std::string& to = reversed ? source : target;
    auto [it, inserted] = edges_.try_emplace(std::make_tuple(from, canonical, to));
    EdgeContribution& e = it->second;
    if (inserted || evidence.confidence > e.evidence.confidence) {
      e.source = from;
      e.type = canonical;
      e.target = to;
      e.properties = properties;
      e.evidence = evidence;
      e.evidence.article_id = article_.id;
      e.evidence.date = article_.date;
    }
    return Status::OK();
  }

  // Endpoints no node record named get a bare node of kind "unknown".
  Contribution Finish() {
    for (const auto& [key, e] : edges_) {
      for (const std::string* end : {&e.source, &e.target}) {
        auto [it, inserted] = nodes_.try_emplace(*end);
        // No name: a bare endpoint does not vote on how the node is called.
        if (inserted) it->second = NodeContribution{*end, kUnknownKind, "", {}, {}};
      }
    }
    Contribution c;
    for (auto& [id, n] : nodes_) c.nodes.push_back(std::move(n));
    for (auto& [key, e] : edges_) c.edges.push_back(std::move(e));
    return c;
  }

 private:
  const ArticleInfo& article_;
  const Ontology& ontology_;
  std::map<std::string, NodeContribution> nodes_;
  std::map<std::tuple<std::string, std::string, std::string>, EdgeContribution> edges_;
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
    if (Status s = builder.AddEdge(r.subject, r.predicate, r.object, {}, evidence); !s.ok()) {
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
    if (Status s = builder.AddEdge(e.source, e.type, e.target, e.properties, evidence); !s.ok()) {
      return s;
    }
  }
  *c = builder.Finish();
  FillHash(*c, article);
  return Status::OK();
}

}  // namespace kzgraph::store
