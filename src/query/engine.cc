#include "query/engine.h"

#include <map>

#include "query/binder.h"
#include "query/eval.h"
#include "query/lexer.h"
#include "query/parser.h"
#include "query/planner.h"

namespace kzgraph::query {

Status RunCypher(const GraphReader& graph, const Ontology* ontology, std::string_view text,
                 const EngineOptions& options, EngineResult* out) {
  Query q;
  if (Status s = Parse(text, &q); !s.ok()) return s;
  if (Status s = Bind(text, ontology, BindOptions{}, &q); !s.ok()) return s;
  PlanOptions plan_options;
  plan_options.max_rows = options.max_rows;
  plan_options.collect_provenance = options.collect_provenance;
  Plan plan;
  if (Status s = BuildPlan(q, text, plan_options, &plan); !s.ok()) return s;
  out->ast = Print(q);
  out->plan = plan.Describe();
  out->columns = plan.columns;
  if (options.explain_only) return Status::OK();
  ExecContext ctx;
  ctx.graph = &graph;
  ctx.text = text;
  plan.sink->on_row = options.on_row;
  if (Status s = ExecutePlan(plan, ctx); !s.ok()) return s;
  out->rows = std::move(plan.sink->rows);
  out->provenance = std::move(plan.sink->provenance);
  return Status::OK();
}

namespace {

std::string AsText(const Value& v) {
  return v.type() == Value::Type::kString ? v.as_string() : ToCypherLiteral(v);
}

}  // namespace

Status LoadFixture(std::string_view text, const Ontology* ontology, MemoryGraph* out) {
  Query q;
  if (Status s = Parse(text, &q); !s.ok()) return s;
  BindOptions bind_options;
  bind_options.allow_create = true;
  if (Status s = Bind(text, ontology, bind_options, &q); !s.ok()) return s;
  ExecContext ctx;
  ctx.text = text;
  Row row(static_cast<size_t>(q.slot_count));
  std::map<int, std::string> ids;  // slot -> node id
  int anonymous = 0;
  auto error = [&](size_t at, const std::string& msg) {
    return Status::InvalidArgument("SemanticError: " + PositionedMessage(text, at, msg));
  };
  for (const Clause& c : q.clauses) {
    if (c.kind != Clause::Kind::kCreate)
      return error(c.begin, "a fixture holds only CREATE clauses");
    for (const PathPattern& p : c.patterns) {
      for (const NodePattern& n : p.nodes) {
        if (ids.count(n.slot)) {
          if (!n.labels.empty() || !n.props.empty()) {
            return error(n.begin, "node `" + n.var + "` is already created");
          }
          continue;
        }
        Node node;
        node.kind = n.labels.empty() ? "unknown" : n.labels[0];
        for (const auto& [key, expr] : n.props) {
          Value v;
          if (Status s = Eval(*expr, row, ctx, &v); !s.ok()) return s;
          if (key == "id")
            node.id = AsText(v);
          else if (key == "name")
            node.name = AsText(v);
          else if (key == "kind")
            node.kind = AsText(v);
          else if (key == "aliases" && v.type() == Value::Type::kList) {
            for (const Value& a : v.as_list()) node.aliases.push_back(AsText(a));
          } else {
            node.properties[key] = AsText(v);
          }
        }
        if (node.id.empty()) node.id = n.var.empty() ? "_n" + std::to_string(anonymous++) : n.var;
        if (node.name.empty()) node.name = node.id;
        ids[n.slot] = node.id;
        out->AddNode(std::move(node));
      }
      for (size_t i = 0; i < p.rels.size(); ++i) {
        const RelPattern& r = p.rels[i];
        Edge e;
        e.type = r.types[0];
        e.source = ids[p.nodes[r.dir == Direction::kOut ? i : i + 1].slot];
        e.target = ids[p.nodes[r.dir == Direction::kOut ? i + 1 : i].slot];
        e.weight = 1;
        std::vector<Evidence> evidence;
        for (const auto& [key, expr] : r.props) {
          Value v;
          if (Status s = Eval(*expr, row, ctx, &v); !s.ok()) return s;
          if (key == "weight") {
            if (v.type() != Value::Type::kInt || v.as_int() < 0) {
              return error(expr->begin, "weight must be a non-negative integer");
            }
            e.weight = static_cast<uint32_t>(v.as_int());
          } else if (key == "first_seen") {
            e.first_seen = AsText(v);
          } else if (key == "last_seen") {
            e.last_seen = AsText(v);
          } else if (key == "evidence" && v.type() == Value::Type::kList) {
            for (const Value& x : v.as_list()) {
              std::string line = AsText(x);
              Evidence ev;
              size_t a = line.find('|');
              size_t b = a == std::string::npos ? a : line.find('|', a + 1);
              if (b == std::string::npos) {
                return error(expr->begin, "evidence entries are 'article|date|sentence'");
              }
              ev.article_id = line.substr(0, a);
              ev.date = line.substr(a + 1, b - a - 1);
              ev.sentence = line.substr(b + 1);
              ev.rule = "fixture";
              ev.confidence = 1.0;
              evidence.push_back(std::move(ev));
            }
          } else {
            e.properties[key] = AsText(v);
          }
        }
        for (Evidence& ev : evidence) {
          ArticleInfo article;
          article.id = ev.article_id;
          article.date = ev.date;
          out->AddArticle(article);
          out->AddEvidence(e.source, e.type, e.target, std::move(ev));
        }
        out->AddEdge(std::move(e));
      }
    }
  }
  return Status::OK();
}

}  // namespace kzgraph::query
