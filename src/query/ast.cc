#include "query/ast.h"

namespace kzgraph::query {

const char* OpName(Op op) {
  switch (op) {
    case Op::kOr:
      return "OR";
    case Op::kXor:
      return "XOR";
    case Op::kAnd:
      return "AND";
    case Op::kNot:
      return "NOT";
    case Op::kEq:
      return "=";
    case Op::kNe:
      return "<>";
    case Op::kLt:
      return "<";
    case Op::kLe:
      return "<=";
    case Op::kGt:
      return ">";
    case Op::kGe:
      return ">=";
    case Op::kIn:
      return "IN";
    case Op::kStartsWith:
      return "STARTS WITH";
    case Op::kEndsWith:
      return "ENDS WITH";
    case Op::kContains:
      return "CONTAINS";
    case Op::kIsNull:
      return "IS NULL";
    case Op::kIsNotNull:
      return "IS NOT NULL";
    case Op::kAdd:
      return "+";
    case Op::kSub:
      return "-";
    case Op::kMul:
      return "*";
    case Op::kDiv:
      return "/";
    case Op::kMod:
      return "%";
    case Op::kPow:
      return "^";
    case Op::kNeg:
      return "-";
    case Op::kPos:
      return "+";
  }
  return "?";
}

namespace {

std::string PrintProps(const std::vector<std::pair<std::string, ExprPtr>>& props) {
  std::string s = " {";
  for (size_t i = 0; i < props.size(); ++i) {
    if (i) s += ", ";
    s += props[i].first + ": " + Print(*props[i].second);
  }
  return s + "}";
}

std::string PrintProjection(const char* head, const Projection& p) {
  std::string s = std::string("(") + head;
  if (p.distinct) s += " distinct";
  if (p.star) s += " *";
  for (const ReturnItem& item : p.items) {
    s += " (item " + Print(*item.expr);
    if (item.has_alias) s += " as " + item.alias;
    s += ")";
  }
  if (p.where) s += " (where " + Print(*p.where) + ")";
  if (!p.order.empty()) {
    s += " (order";
    for (const SortItem& o : p.order) s += " " + Print(*o.expr) + (o.descending ? " desc" : " asc");
    s += ")";
  }
  if (p.skip) s += " (skip " + Print(*p.skip) + ")";
  if (p.limit) s += " (limit " + Print(*p.limit) + ")";
  return s + ")";
}

}  // namespace

std::string Print(const Expr& e) {
  using K = Expr::Kind;
  switch (e.kind) {
    case K::kLiteral:
      return ToCypherLiteral(e.literal);
    case K::kVariable:
      return e.name;
    case K::kProperty:
      return "(. " + Print(*e.args[0]) + " " + e.name + ")";
    case K::kIndex:
      return "(index " + Print(*e.args[0]) + " " + Print(*e.args[1]) + ")";
    case K::kList: {
      std::string s = "(list";
      for (const ExprPtr& a : e.args) s += " " + Print(*a);
      return s + ")";
    }
    case K::kMap: {
      std::string s = "(map";
      for (size_t i = 0; i < e.args.size(); ++i) s += " " + e.keys[i] + ": " + Print(*e.args[i]);
      return s + ")";
    }
    case K::kUnary:
      return std::string("(") + OpName(e.op) + " " + Print(*e.args[0]) + ")";
    case K::kBinary:
      return std::string("(") + OpName(e.op) + " " + Print(*e.args[0]) + " " + Print(*e.args[1]) +
             ")";
    case K::kCall: {
      std::string s = "(" + e.name;
      if (e.distinct) s += " distinct";
      for (const ExprPtr& a : e.args) s += " " + Print(*a);
      return s + ")";
    }
    case K::kCountStar:
      return "(count *)";
    case K::kListComp: {
      std::string s = "(comprehension " + e.name + " " + Print(*e.args[0]);
      if (e.args[1]) s += " (where " + Print(*e.args[1]) + ")";
      if (e.args[2]) s += " (map " + Print(*e.args[2]) + ")";
      return s + ")";
    }
    case K::kCase: {
      std::string s = "(case";
      size_t i = 0;
      if (e.has_subject) s += " " + Print(*e.args[i++]);
      size_t pairs_end = e.args.size() - (e.has_else ? 1 : 0);
      for (; i + 1 < pairs_end; i += 2) {
        s += " (when " + Print(*e.args[i]) + " " + Print(*e.args[i + 1]) + ")";
      }
      if (e.has_else) s += " (else " + Print(*e.args.back()) + ")";
      return s + ")";
    }
    case K::kAggRef:
      return "(aggregate " + std::to_string(e.slot) + ")";
  }
  return "?";
}

std::string Print(const PathPattern& p) {
  std::string s = "(path";
  if (!p.path_var.empty()) s += " " + p.path_var + " =";
  if (p.kind == PathPattern::Kind::kShortest) s += " shortest";
  if (p.kind == PathPattern::Kind::kAllShortest) s += " all-shortest";
  for (size_t i = 0; i < p.nodes.size(); ++i) {
    const NodePattern& n = p.nodes[i];
    s += " (node";
    if (!n.var.empty()) s += " " + n.var;
    for (const std::string& l : n.labels) s += " :" + l;
    if (!n.props.empty()) s += PrintProps(n.props);
    s += ")";
    if (i < p.rels.size()) {
      const RelPattern& r = p.rels[i];
      s += r.dir == Direction::kOut ? " (rel->" : (r.dir == Direction::kIn ? " (<-rel" : " (rel");
      if (!r.var.empty()) s += " " + r.var;
      for (size_t t = 0; t < r.types.size(); ++t) s += (t ? "|" : " :") + r.types[t];
      if (r.var_length) {
        s += " *" + std::to_string(r.min_hops) + "..";
        if (r.max_hops >= 0) s += std::to_string(r.max_hops);
      }
      if (!r.props.empty()) s += PrintProps(r.props);
      s += ")";
    }
  }
  return s + ")";
}

std::string Print(const Query& q) {
  std::string s = "(query";
  for (const Clause& c : q.clauses) {
    s += " ";
    switch (c.kind) {
      case Clause::Kind::kMatch:
      case Clause::Kind::kCreate: {
        s += c.kind == Clause::Kind::kCreate ? "(create"
                                             : (c.optional ? "(optional-match" : "(match");
        for (const PathPattern& p : c.patterns) s += " " + Print(p);
        if (c.where) s += " (where " + Print(*c.where) + ")";
        s += ")";
        break;
      }
      case Clause::Kind::kWith:
        s += PrintProjection("with", c.projection);
        break;
      case Clause::Kind::kReturn:
        s += PrintProjection("return", c.projection);
        break;
      case Clause::Kind::kUnwind:
        s += "(unwind " + Print(*c.unwind) + " as " + c.alias + ")";
        break;
      case Clause::Kind::kCall: {
        s += "(call " + c.procedure;
        for (const ExprPtr& a : c.arguments) s += " " + Print(*a);
        if (!c.yield_all) {
          s += " (yield";
          for (const auto& [col, var] : c.yields) s += " " + col + (col == var ? "" : " as " + var);
          s += ")";
        }
        s += ")";
        break;
      }
    }
  }
  return s + ")";
}

}  // namespace kzgraph::query
