// RunQuery and QuerySubgraph: the public face of the query stage. Questions
// go through the QuestionMapper first; Cypher goes straight to the engine.
#include "kzgraph/query.h"

#include <exception>
#include <set>
#include <unordered_map>

#include "kzgraph/ontology.h"
#include "query/engine.h"
#include "query/parser.h"
#include "query/questions.h"

namespace kzgraph {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Question or Cypher -> Cypher.
Status ToCypher(const GraphReader& graph, const Ontology* ontology, std::string_view text,
                std::string* cypher) {
  text = Trim(text);
  if (text.empty()) return Status::InvalidArgument("empty query: ask a question or write Cypher");
  if (query::LooksLikeCypher(text)) {
    *cypher = std::string(text);
    return Status::OK();
  }
  query::QuestionMapper mapper;
  if (Status s = query::QuestionMapper::LoadDefault(ontology, &mapper); !s.ok()) return s;
  return mapper.Map(graph, text, cypher);
}

void CollectEdges(const query::Value& v, std::vector<const Edge*>* out) {
  using T = query::Value::Type;
  switch (v.type()) {
    case T::kRel:
      out->push_back(v.as_rel().get());
      break;
    case T::kPath:
      for (const query::RelPtr& r : v.as_path().rels) out->push_back(r.get());
      break;
    case T::kList:
      for (const query::Value& x : v.as_list()) CollectEdges(x, out);
      break;
    case T::kMap:
      for (const auto& [k, x] : v.as_map()) CollectEdges(x, out);
      break;
    default:
      break;
  }
}

Status RunQueryImpl(const GraphReader& graph, std::string_view text, const QueryOptions& options,
                    QueryResult* result) {
  Ontology ontology;
  if (Status s = Ontology::LoadDefault(&ontology); !s.ok()) return s;
  QueryResult r;
  if (Status s = ToCypher(graph, &ontology, text, &r.cypher); !s.ok()) return s;
  query::EngineOptions engine_options;
  engine_options.max_rows = options.limit;
  engine_options.explain_only = options.explain;
  // Rows become cells as the engine produces them: a large result is never
  // held both as values and as cells.
  std::unordered_map<std::string, size_t> edge_index;
  std::vector<const Edge*> edges;
  engine_options.on_row = [&](std::vector<query::Value>& row) -> Status {
    std::vector<Cell> cells;
    cells.reserve(row.size());
    for (const query::Value& v : row) cells.push_back({query::ToDisplay(v), query::ToJson(v)});
    r.rows.push_back(std::move(cells));
    if (!options.evidence) return Status::OK();
    edges.clear();
    for (const query::Value& v : row) CollectEdges(v, &edges);
    std::vector<size_t> mine;
    for (const Edge* e : edges) {
      std::string key = e->source + '\x1f' + e->type + '\x1f' + e->target;
      auto [it, inserted] = edge_index.emplace(key, r.evidence.size());
      if (inserted) {
        EdgeEvidence ev{e->source, e->type, e->target, {}};
        if (Status s = graph.GetEvidence(e->source, e->type, e->target, &ev.evidence); !s.ok()) {
          return s;
        }
        r.evidence.push_back(std::move(ev));
      }
      if (std::find(mine.begin(), mine.end(), it->second) == mine.end()) mine.push_back(it->second);
    }
    r.row_evidence.push_back(std::move(mine));
    return Status::OK();
  };
  query::EngineResult out;
  if (Status s = query::RunCypher(graph, &ontology, r.cypher, engine_options, &out); !s.ok()) {
    return s;
  }
  r.plan = out.plan;
  r.columns = out.columns;
  *result = std::move(r);
  return Status::OK();
}

Status SubgraphImpl(const GraphReader& graph, std::string_view text, MemoryGraph* out) {
  Ontology ontology;
  if (Status s = Ontology::LoadDefault(&ontology); !s.ok()) return s;
  std::string cypher;
  if (Status s = ToCypher(graph, &ontology, text, &cypher); !s.ok()) return s;
  query::EngineOptions engine_options;
  engine_options.collect_provenance = true;
  query::EngineResult result;
  if (Status s = query::RunCypher(graph, &ontology, cypher, engine_options, &result); !s.ok()) {
    return s;
  }
  std::set<std::string> articles;
  for (const query::Value& v : result.provenance) {
    if (v.type() == query::Value::Type::kNode) out->AddNode(v.as_node()->node());
  }
  for (const query::Value& v : result.provenance) {
    if (v.type() != query::Value::Type::kRel) continue;
    const Edge& e = *v.as_rel();
    // Endpoints come with their full records, even when only the edge was bound.
    for (const std::string* id : {&e.source, &e.target}) {
      Node n;
      if (Status s = graph.GetNode(*id, &n); s.ok()) {
        out->AddNode(std::move(n));
      } else if (!s.IsNotFound()) {
        return s;
      }
    }
    out->AddEdge(e);
    std::vector<Evidence> evidence;
    if (Status s = graph.GetEvidence(e.source, e.type, e.target, &evidence); !s.ok()) return s;
    for (Evidence& ev : evidence) {
      articles.insert(ev.article_id);
      out->AddEvidence(e.source, e.type, e.target, std::move(ev));
    }
  }
  if (articles.empty()) return Status::OK();
  return graph.ForEachArticle([&](const ArticleInfo& a) {
    if (articles.count(a.id)) out->AddArticle(a);
    return true;
  });
}

}  // namespace

Status RunQuery(const GraphReader& graph, std::string_view text, const QueryOptions& options,
                QueryResult* result) {
  try {
    return RunQueryImpl(graph, text, options, result);
  } catch (const std::exception& e) {
    return Status::IOError(std::string("query failed: ") + e.what());
  }
}

Status QuerySubgraph(const GraphReader& graph, std::string_view text, MemoryGraph* out) {
  try {
    return SubgraphImpl(graph, text, out);
  } catch (const std::exception& e) {
    return Status::IOError(std::string("query failed: ") + e.what());
  }
}

}  // namespace kzgraph
