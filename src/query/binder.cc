#include "query/binder.h"

#include <algorithm>
#include <map>
#include <set>

#include "query/functions.h"
#include "query/lexer.h"
#include "util/strings.h"

namespace kzgraph::query {
namespace {

enum class VarKind { kNode, kRel, kPath, kValue };

struct Var {
  int slot;
  VarKind kind;
};

std::string Nearest(const std::vector<std::string>& names, std::string_view name) {
  std::string best;
  size_t best_d = std::max<size_t>(2, name.size() / 3) + 1;
  for (const std::string& n : names) {
    size_t d = EditDistance(AsciiLower(name), AsciiLower(n));
    if (d < best_d) {
      best_d = d;
      best = n;
    }
  }
  return best;
}

class Binder {
 public:
  Binder(std::string_view text, const Ontology* ontology, const BindOptions& options, Query* q)
      : text_(text), ontology_(ontology), options_(options), q_(q) {}

  Status Run() {
    std::vector<Clause>& clauses = q_->clauses;
    if (clauses.empty()) return Error(0, "empty query");
    for (size_t i = 0; i < clauses.size(); ++i) {
      Clause& c = clauses[i];
      bool last = i + 1 == clauses.size();
      Status s;
      switch (c.kind) {
        case Clause::Kind::kMatch:
          s = BindMatch(&c);
          break;
        case Clause::Kind::kCreate:
          if (!options_.allow_create) {
            return Error(c.begin, "CREATE is not supported: queries only read the graph");
          }
          s = BindMatch(&c);
          break;
        case Clause::Kind::kUnwind:
          s = BindUnwind(&c);
          break;
        case Clause::Kind::kCall:
          s = BindCall(&c);
          break;
        case Clause::Kind::kWith:
          s = BindProjection(&c, false);
          break;
        case Clause::Kind::kReturn:
          if (!last) return Error(clauses[i + 1].begin, "RETURN must be the last clause");
          s = BindProjection(&c, true);
          break;
      }
      if (!s.ok()) return s;
      if (last && c.kind != Clause::Kind::kReturn && c.kind != Clause::Kind::kCall &&
          c.kind != Clause::Kind::kCreate) {
        return Error(text_.size(), "a query must end with RETURN");
      }
    }
    return Status::OK();
  }

 private:
  Status Error(size_t offset, const std::string& msg) const {
    return Status::InvalidArgument("SemanticError: " + PositionedMessage(text_, offset, msg));
  }

  int NewSlot(const std::string& name) {
    q_->slot_names.push_back(name);
    current_slots_.push_back(q_->slot_count);
    return q_->slot_count++;
  }

  Status Declare(const std::string& name, VarKind kind, size_t offset, int* slot) {
    if (scope_.count(name)) return Error(offset, "variable `" + name + "` is already defined");
    *slot = NewSlot(name);
    scope_[name] = Var{*slot, kind};
    return Status::OK();
  }

  Status CanonicalLabel(std::string* label, size_t offset) {
    if (ontology_ == nullptr) {
      *label = AsciiLower(*label);
      return Status::OK();
    }
    const NodeKind* kind = ontology_->FindKind(*label);
    if (kind == nullptr) {
      std::string msg = "unknown label :" + *label;
      std::vector<std::string> near = ontology_->SuggestKind(*label);
      if (!near.empty()) {
        msg += "; did you mean " + near[0] + "?";
      } else {
        msg += "; labels are the node kinds:";
        for (const NodeKind& k : ontology_->kinds()) msg += " " + k.name;
      }
      return Error(offset, msg);
    }
    *label = kind->name;
    return Status::OK();
  }

  Status CanonicalType(std::string* type, size_t offset) {
    if (ontology_ == nullptr) {
      *type = AsciiLower(*type);
      return Status::OK();
    }
    const RelationType* t = ontology_->FindType(*type);
    if (t == nullptr) {
      std::string msg = "unknown relationship type :" + *type;
      std::vector<std::string> near = ontology_->SuggestType(*type);
      if (!near.empty()) {
        msg += "; did you mean " + near[0] + "?";
      } else {
        msg += "; known types:";
        for (const RelationType& r : ontology_->relation_types()) msg += " " + r.name;
      }
      return Error(offset, msg);
    }
    *type = t->name;
    return Status::OK();
  }

  Status BindProps(std::vector<std::pair<std::string, ExprPtr>>* props) {
    for (auto& [key, value] : *props) {
      if (Status s = BindExpr(value.get(), false); !s.ok()) return s;
    }
    return Status::OK();
  }

  Status BindMatch(Clause* c) {
    const bool create = c->kind == Clause::Kind::kCreate;
    std::set<std::string> declared_here;
    for (PathPattern& p : c->patterns) {
      for (NodePattern& n : p.nodes) {
        for (std::string& label : n.labels) {
          if (Status s = CanonicalLabel(&label, n.begin); !s.ok()) return s;
        }
        if (n.var.empty()) {
          n.slot = NewSlot("  node" + std::to_string(q_->slot_count));
          c->new_slots.push_back(n.slot);
          continue;
        }
        auto it = scope_.find(n.var);
        if (it != scope_.end()) {
          if (it->second.kind != VarKind::kNode) {
            return Error(n.begin, "variable `" + n.var + "` is not a node");
          }
          n.slot = it->second.slot;
          continue;
        }
        if (Status s = Declare(n.var, VarKind::kNode, n.begin, &n.slot); !s.ok()) return s;
        declared_here.insert(n.var);
        c->new_slots.push_back(n.slot);
      }
      for (RelPattern& r : p.rels) {
        for (size_t t = 0; t < r.types.size(); ++t) {
          if (Status s = CanonicalType(&r.types[t], r.type_offsets[t]); !s.ok()) return s;
        }
        if (create) {
          if (r.dir == Direction::kBoth)
            return Error(r.begin, "CREATE needs a directed relationship");
          if (r.types.size() != 1)
            return Error(r.begin, "CREATE needs exactly one relationship type");
          if (r.var_length)
            return Error(r.begin, "CREATE cannot make a variable-length relationship");
        }
        if (r.var_length && r.min_hops < 0) return Error(r.begin, "negative hop count");
        if (r.var.empty()) {
          r.slot = NewSlot("  rel" + std::to_string(q_->slot_count));
        } else {
          if (scope_.count(r.var)) {
            return Error(r.begin, "variable `" + r.var +
                                      "` is already defined; a relationship "
                                      "variable cannot be matched twice");
          }
          if (Status s = Declare(r.var, VarKind::kRel, r.begin, &r.slot); !s.ok()) return s;
        }
        c->new_slots.push_back(r.slot);
      }
      if (p.kind != PathPattern::Kind::kPlain) {
        const RelPattern& r = p.rels[0];
        if (!r.var_length && !create) {
          // shortestPath((a)-[:t]-(b)) means one hop; accept it as *1..1.
          p.rels[0].var_length = true;
          p.rels[0].min_hops = 1;
          p.rels[0].max_hops = 1;
        }
        if (r.min_hops > 1) return Error(r.begin, "shortestPath supports a minimum of 0 or 1 hops");
        if (!r.props.empty()) {
          return Error(r.begin, "property maps are not supported inside shortestPath; use WHERE");
        }
      }
      if (!p.path_var.empty()) {
        if (create) return Error(p.begin, "CREATE cannot name a path");
        if (Status s = Declare(p.path_var, VarKind::kPath, p.begin, &p.path_slot); !s.ok()) {
          return s;
        }
        c->new_slots.push_back(p.path_slot);
      } else if (p.kind != PathPattern::Kind::kPlain) {
        p.path_slot = NewSlot("  path" + std::to_string(q_->slot_count));
        c->new_slots.push_back(p.path_slot);
      }
    }
    // Property maps may refer to any variable of the pattern.
    for (PathPattern& p : c->patterns) {
      for (NodePattern& n : p.nodes) {
        if (Status s = BindProps(&n.props); !s.ok()) return s;
      }
      for (RelPattern& r : p.rels) {
        if (Status s = BindProps(&r.props); !s.ok()) return s;
      }
    }
    if (c->where) return BindExpr(c->where.get(), false);
    return Status::OK();
  }

  Status BindUnwind(Clause* c) {
    if (Status s = BindExpr(c->unwind.get(), false); !s.ok()) return s;
    return Declare(c->alias, VarKind::kValue, c->begin, &c->alias_slot);
  }

  Status BindCall(Clause* c) {
    const ProcedureInfo* proc = FindProcedure(c->procedure);
    if (proc == nullptr) {
      std::vector<std::string> names;
      for (const ProcedureInfo& p : Procedures()) names.push_back(p.name);
      std::string near = Nearest(names, c->procedure);
      std::string msg = "unknown procedure " + c->procedure;
      msg += near.empty() ? "; known procedures:" : "; did you mean " + near + "? Known:";
      for (const std::string& n : names) msg += " " + n;
      return Error(c->begin, msg);
    }
    c->procedure = proc->name;
    for (ExprPtr& a : c->arguments) {
      if (Status s = BindExpr(a.get(), false); !s.ok()) return s;
    }
    if (c->yield_all) {
      for (const std::string& col : proc->columns) c->yields.emplace_back(col, col);
    }
    for (auto& [column, var] : c->yields) {
      if (std::find(proc->columns.begin(), proc->columns.end(), column) == proc->columns.end()) {
        std::string msg = proc->name + std::string(" yields no column ") + column + "; it yields:";
        for (const std::string& col : proc->columns) msg += " " + col;
        return Error(c->begin, msg);
      }
      int slot = -1;
      VarKind kind = column == "node" ? VarKind::kNode : VarKind::kValue;
      if (Status s = Declare(var, kind, c->begin, &slot); !s.ok()) return s;
      c->yield_slots.push_back(slot);
    }
    return Status::OK();
  }

  Status BindProjection(Clause* c, bool is_return) {
    Projection& p = c->projection;
    // Everything bound since the last WITH, anonymous pattern parts too:
    // QuerySubgraph exports what the rows were made of.
    for (int slot : current_slots_) {
      const std::string& name = q_->slot_names[slot];
      bool pattern_part = name.rfind("  node", 0) == 0 || name.rfind("  rel", 0) == 0 ||
                          name.rfind("  path", 0) == 0;
      auto it = scope_.find(name);
      if (pattern_part || (it != scope_.end() && it->second.slot == slot)) {
        c->visible_before.push_back(slot);
      }
    }
    if (p.star) {
      if (scope_.empty() && p.items.empty()) {
        return Error(c->begin, "RETURN * needs at least one variable in scope");
      }
      // openCypher lists * columns by name.
      std::vector<ReturnItem> star_items;
      for (const auto& [name, var] : scope_) {
        ReturnItem item;
        item.expr = std::make_unique<Expr>();
        item.expr->kind = Expr::Kind::kVariable;
        item.expr->name = name;
        item.alias = name;
        star_items.push_back(std::move(item));
      }
      for (ReturnItem& item : p.items) star_items.push_back(std::move(item));
      p.items = std::move(star_items);
    }
    std::set<std::string> aliases;
    for (ReturnItem& item : p.items) {
      if (Status s = BindExpr(item.expr.get(), true); !s.ok()) return s;
      if (HasAggregate(*item.expr)) c->aggregates = true;
      if (!is_return && !item.has_alias && item.expr->kind != Expr::Kind::kVariable) {
        return Error(item.expr->begin, "an expression in WITH must be aliased (use AS)");
      }
      if (!aliases.insert(item.alias).second) {
        return Error(item.expr->begin, "column name `" + item.alias + "` is used twice");
      }
    }
    // Names after projection.
    current_slots_.clear();
    std::map<std::string, Var> next;
    for (ReturnItem& item : p.items) {
      item.slot = NewSlot(item.alias);
      VarKind kind = VarKind::kValue;
      if (item.expr->kind == Expr::Kind::kVariable) {
        auto it = scope_.find(item.expr->name);
        if (it != scope_.end()) kind = it->second.kind;
      }
      next[item.alias] = Var{item.slot, kind};
    }
    // ORDER BY sees the projected names and, unless the projection
    // aggregates or is DISTINCT, the variables before it too.
    std::map<std::string, Var> order_scope = next;
    if (!c->aggregates && !p.distinct) {
      for (const auto& [name, var] : scope_) order_scope.emplace(name, var);
    }
    std::swap(scope_, order_scope);
    for (SortItem& o : p.order) {
      // ORDER BY count(*) or ORDER BY a.name, when that is a projected
      // expression, sorts by the projected column.
      std::string_view order_text = text_.substr(o.expr->begin, o.expr->end - o.expr->begin);
      for (const ReturnItem& item : p.items) {
        if (item.expr->end <= item.expr->begin) continue;
        std::string_view item_text =
            text_.substr(item.expr->begin, item.expr->end - item.expr->begin);
        if (item_text == order_text) {
          auto ref = std::make_unique<Expr>();
          ref->kind = Expr::Kind::kVariable;
          ref->name = item.alias;
          ref->begin = o.expr->begin;
          ref->end = o.expr->end;
          o.expr = std::move(ref);
          break;
        }
      }
      if (Status s = BindExpr(o.expr.get(), false); !s.ok()) return s;
      if (HasAggregate(*o.expr)) {
        return Error(o.expr->begin,
                     "ORDER BY cannot aggregate; aggregate in RETURN/WITH and sort by its alias");
      }
    }
    scope_ = next;
    for (ExprPtr* e : {&p.skip, &p.limit}) {
      if (!*e) continue;
      if (UsesVariables(**e)) return Error((*e)->begin, "SKIP and LIMIT take a constant");
      if (Status s = BindExpr(e->get(), false); !s.ok()) return s;
    }
    if (p.where) {
      if (Status s = BindExpr(p.where.get(), false); !s.ok()) return s;
    }
    return Status::OK();
  }

  static bool UsesVariables(const Expr& e) {
    if (e.kind == Expr::Kind::kVariable) return true;
    for (const ExprPtr& a : e.args) {
      if (a && UsesVariables(*a)) return true;
    }
    return false;
  }

  static bool HasAggregate(const Expr& e) {
    if (e.kind == Expr::Kind::kCountStar) return true;
    if (e.kind == Expr::Kind::kCall && IsAggregateFunction(e.name)) return true;
    for (const ExprPtr& a : e.args) {
      if (a && HasAggregate(*a)) return true;
    }
    return false;
  }

  Status BindExpr(Expr* e, bool aggregates_allowed) {
    switch (e->kind) {
      case Expr::Kind::kVariable: {
        auto it = scope_.find(e->name);
        if (it == scope_.end()) {
          std::vector<std::string> names;
          for (const auto& [name, var] : scope_) {
            if (name.rfind("  ", 0) != 0) names.push_back(name);
          }
          std::string near = Nearest(names, e->name);
          return Error(e->begin, "variable `" + e->name + "` is not defined" +
                                     (near.empty() ? "" : "; did you mean `" + near + "`?"));
        }
        e->slot = it->second.slot;
        return Status::OK();
      }
      case Expr::Kind::kCountStar:
        if (!aggregates_allowed)
          return Error(e->begin, "count(*) is only allowed in RETURN or WITH");
        return Status::OK();
      case Expr::Kind::kCall: {
        if (IsAggregateFunction(e->name)) {
          if (!aggregates_allowed) {
            return Error(e->begin, e->name + "() aggregates; it is only allowed in RETURN or WITH");
          }
          if (e->args.size() != 1) return Error(e->begin, e->name + "() takes one argument");
          for (ExprPtr& a : e->args) {
            if (HasAggregate(*a)) return Error(a->begin, "aggregates cannot be nested");
            if (Status s = BindExpr(a.get(), false); !s.ok()) return s;
          }
          return Status::OK();
        }
        int min_args = 0, max_args = 0;
        if (!FindScalarFunction(e->name, &min_args, &max_args)) {
          std::string near = Nearest(FunctionNames(), e->name);
          return Error(e->begin, "unknown function " + e->name + "()" +
                                     (near.empty() ? "" : "; did you mean " + near + "()?"));
        }
        if (e->distinct) return Error(e->begin, "DISTINCT only applies to aggregates");
        int n = static_cast<int>(e->args.size());
        if (n < min_args || n > max_args) {
          return Error(e->begin,
                       e->name + "() takes " + std::to_string(min_args) +
                           (max_args != min_args ? " to " + std::to_string(max_args) : "") +
                           " argument(s), not " + std::to_string(n));
        }
        break;
      }
      case Expr::Kind::kListComp: {
        if (Status s = BindExpr(e->args[0].get(), aggregates_allowed); !s.ok()) return s;
        // The variable is visible only inside the comprehension.
        auto saved = scope_;
        e->slot = NewSlot(e->name);
        scope_[e->name] = Var{e->slot, VarKind::kValue};
        for (size_t i = 1; i < e->args.size(); ++i) {
          if (!e->args[i]) continue;
          if (Status s = BindExpr(e->args[i].get(), false); !s.ok()) return s;
        }
        scope_ = std::move(saved);
        return Status::OK();
      }
      default:
        break;
    }
    for (ExprPtr& a : e->args) {
      if (!a) continue;
      if (Status s = BindExpr(a.get(), aggregates_allowed); !s.ok()) return s;
    }
    return Status::OK();
  }

  std::string_view text_;
  const Ontology* ontology_;
  BindOptions options_;
  Query* q_;
  std::map<std::string, Var> scope_;
  std::vector<int> current_slots_;  // slots made since the last projection
};

}  // namespace

Status Bind(std::string_view text, const Ontology* ontology, const BindOptions& options,
            Query* query) {
  return Binder(text, ontology, options, query).Run();
}

}  // namespace kzgraph::query
