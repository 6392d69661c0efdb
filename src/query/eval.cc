#include "query/eval.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>

#include "query/functions.h"
#include "query/lexer.h"

namespace kzgraph::query {

// ---- the function registry ----

namespace {

struct FunctionSpec {
  const char* name;
  int min_args;
  int max_args;
};

const FunctionSpec kScalarFunctions[] = {
    {"id", 1, 1},        {"labels", 1, 1},    {"type", 1, 1},          {"length", 1, 1},
    {"size", 1, 1},      {"nodes", 1, 1},     {"relationships", 1, 1}, {"rels", 1, 1},
    {"startnode", 1, 1}, {"endnode", 1, 1},   {"keys", 1, 1},          {"properties", 1, 1},
    {"tolower", 1, 1},   {"toupper", 1, 1},   {"lower", 1, 1},         {"upper", 1, 1},
    {"trim", 1, 1},      {"ltrim", 1, 1},     {"rtrim", 1, 1},         {"replace", 3, 3},
    {"substring", 2, 3}, {"split", 2, 2},     {"left", 2, 2},          {"right", 2, 2},
    {"reverse", 1, 1},   {"tostring", 1, 1},  {"tointeger", 1, 1},     {"tofloat", 1, 1},
    {"toboolean", 1, 1}, {"coalesce", 1, 64}, {"head", 1, 1},          {"last", 1, 1},
    {"tail", 1, 1},      {"range", 2, 3},     {"abs", 1, 1},           {"round", 1, 1},
    {"floor", 1, 1},     {"ceil", 1, 1},      {"sign", 1, 1},          {"sqrt", 1, 1},
};

}  // namespace

bool IsAggregateFunction(std::string_view name) {
  return name == "count" || name == "collect" || name == "min" || name == "max" || name == "sum" ||
         name == "avg";
}

bool FindScalarFunction(std::string_view name, int* min_args, int* max_args) {
  for (const FunctionSpec& f : kScalarFunctions) {
    if (name == f.name) {
      *min_args = f.min_args;
      *max_args = f.max_args;
      return true;
    }
  }
  return false;
}

std::vector<std::string> FunctionNames() {
  std::vector<std::string> out = {"count", "collect", "min", "max", "sum", "avg"};
  for (const FunctionSpec& f : kScalarFunctions) out.push_back(f.name);
  return out;
}

const std::vector<ProcedureInfo>& Procedures() {
  static const std::vector<ProcedureInfo> kProcedures = {
      {"kz.betweenness",
       "betweenness centrality of every node (undirected, unweighted; optional list of types)",
       {"node", "score"}},
      {"kz.pagerank",
       "PageRank of every node (directed; optional list of types)",
       {"node", "score"}},
      {"kz.degree",
       "number of distinct neighbours of every node (optional list of types)",
       {"node", "score"}},
  };
  return kProcedures;
}

const ProcedureInfo* FindProcedure(std::string_view name) {
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const ProcedureInfo& p : Procedures()) {
    if (lower == p.name) return &p;
  }
  return nullptr;
}

// ---- context ----

Status ExecContext::Load(const NodeHandle& n) {
  if (n.record) return Status::OK();
  auto it = node_cache.find(n.id);
  if (it != node_cache.end()) {
    n.record = it->second;
    return Status::OK();
  }
  auto node = std::make_shared<Node>();
  Status s = graph->GetNode(n.id, node.get());
  if (s.IsNotFound()) {
    // An edge endpoint without a node record still shows as a node.
    *node = Node();
    node->id = n.id;
    node->name = n.id;
    node->kind = "unknown";
  } else if (!s.ok()) {
    return s;
  }
  n.record = node;
  node_cache.emplace(n.id, std::move(node));
  return Status::OK();
}

Status ExecContext::LoadAll(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNode:
      return Load(*v.as_node());
    case Value::Type::kPath:
      for (const NodePtr& n : v.as_path().nodes) {
        if (Status s = Load(*n); !s.ok()) return s;
      }
      return Status::OK();
    case Value::Type::kList:
      for (const Value& x : v.as_list()) {
        if (Status s = LoadAll(x); !s.ok()) return s;
      }
      return Status::OK();
    case Value::Type::kMap:
      for (const auto& [k, x] : v.as_map()) {
        if (Status s = LoadAll(x); !s.ok()) return s;
      }
      return Status::OK();
    default:
      return Status::OK();
  }
}

Status ExecContext::LoadNode(const std::string& id, NodePtr* out) {
  NodePtr n = NodeRef(id);
  if (Status s = Load(*n); !s.ok()) return s;
  *out = std::move(n);
  return Status::OK();
}

bool ExecContext::Fail(Status s) {
  if (status.ok()) status = std::move(s);
  return false;
}

bool ExecContext::Spend(uint64_t n) {
  steps += n;
  if (steps <= step_budget) return true;
  return Fail(Status::InvalidArgument(
      "ResourceError: the query explored more than " + std::to_string(step_budget) +
      " relationships; bound its variable-length patterns (e.g. *..4) or anchor it on a name"));
}

Status ExecContext::TypeError(const Expr& at, const std::string& msg) const {
  return Status::InvalidArgument("TypeError: " + PositionedMessage(text, at.begin, msg));
}

// ---- properties ----

Value NodeProperty(const Node& n, std::string_view key) {
  if (key == "id") return Value(n.id);
  if (key == "name") return Value(n.name);
  if (key == "kind") return Value(n.kind);
  if (key == "aliases") {
    List l;
    for (const std::string& a : n.aliases) l.emplace_back(a);
    return Value(std::move(l));
  }
  auto it = n.properties.find(std::string(key));
  if (it == n.properties.end()) return Value();
  return Value(it->second);
}

Status NodeProperty(ExecContext& ctx, const NodeHandle& n, std::string_view key, Value* out) {
  if (key == "id") {
    *out = Value(n.id);
    return Status::OK();
  }
  if (Status s = ctx.Load(n); !s.ok()) return s;
  *out = NodeProperty(*n.record, key);
  return Status::OK();
}

Value RelProperty(const Edge& e, std::string_view key) {
  if (key == "type") return Value(e.type);
  if (key == "weight") return Value(static_cast<int64_t>(e.weight));
  if (key == "first_seen") return e.first_seen.empty() ? Value() : Value(e.first_seen);
  if (key == "last_seen") return e.last_seen.empty() ? Value() : Value(e.last_seen);
  if (key == "source") return Value(e.source);
  if (key == "target") return Value(e.target);
  auto it = e.properties.find(std::string(key));
  if (it == e.properties.end()) return Value();
  return Value(it->second);
}

namespace {

using T = Value::Type;

Tri ToTri(const Value& v, bool* type_ok) {
  *type_ok = true;
  if (v.is_null()) return Tri::kNull;
  if (v.type() == T::kBool) return v.as_bool() ? Tri::kTrue : Tri::kFalse;
  *type_ok = false;
  return Tri::kNull;
}

Tri Not(Tri t) { return t == Tri::kNull ? t : (t == Tri::kTrue ? Tri::kFalse : Tri::kTrue); }

Tri CompareOp(Op op, const Value& a, const Value& b) {
  if (op == Op::kEq) return Equals(a, b);
  if (op == Op::kNe) return Not(Equals(a, b));
  int c = 0;
  if (!Comparable(a, b, &c)) return Tri::kNull;
  bool r = false;
  switch (op) {
    case Op::kLt:
      r = c < 0;
      break;
    case Op::kLe:
      r = c <= 0;
      break;
    case Op::kGt:
      r = c > 0;
      break;
    case Op::kGe:
      r = c >= 0;
      break;
    default:
      break;
  }
  return r ? Tri::kTrue : Tri::kFalse;
}

Status Arithmetic(const Expr& e, ExecContext& ctx, Op op, const Value& a, const Value& b,
                  Value* out) {
  if (a.is_null() || b.is_null()) {
    *out = Value();
    return Status::OK();
  }
  if (op == Op::kAdd) {
    if (a.type() == T::kString || b.type() == T::kString) {
      if ((a.type() == T::kString || a.is_number()) && (b.type() == T::kString || b.is_number())) {
        *out = Value(ToDisplay(a) + ToDisplay(b));
        return Status::OK();
      }
    }
    if (a.type() == T::kList || b.type() == T::kList) {
      List l;
      if (a.type() == T::kList)
        l = a.as_list();
      else
        l.push_back(a);
      if (b.type() == T::kList) {
        l.insert(l.end(), b.as_list().begin(), b.as_list().end());
      } else {
        l.push_back(b);
      }
      *out = Value(std::move(l));
      return Status::OK();
    }
  }
  if (!a.is_number() || !b.is_number()) {
    return ctx.TypeError(e, std::string("cannot apply ") + OpName(op) + " to " +
                                TypeName(a.type()) + " and " + TypeName(b.type()));
  }
  if (op == Op::kPow) {
    *out = Value(std::pow(a.as_number(), b.as_number()));
    return Status::OK();
  }
  if (a.type() == T::kInt && b.type() == T::kInt) {
    int64_t x = a.as_int(), y = b.as_int(), r = 0;
    switch (op) {
      case Op::kAdd:
        if (__builtin_add_overflow(x, y, &r)) return ctx.TypeError(e, "integer overflow");
        break;
      case Op::kSub:
        if (__builtin_sub_overflow(x, y, &r)) return ctx.TypeError(e, "integer overflow");
        break;
      case Op::kMul:
        if (__builtin_mul_overflow(x, y, &r)) return ctx.TypeError(e, "integer overflow");
        break;
      case Op::kDiv:
      case Op::kMod:
        if (y == 0) return ctx.TypeError(e, "division by zero");
        if (x == INT64_MIN && y == -1) return ctx.TypeError(e, "integer overflow");
        r = op == Op::kDiv ? x / y : x % y;
        break;
      default:
        break;
    }
    *out = Value(r);
    return Status::OK();
  }
  double x = a.as_number(), y = b.as_number(), r = 0;
  switch (op) {
    case Op::kAdd:
      r = x + y;
      break;
    case Op::kSub:
      r = x - y;
      break;
    case Op::kMul:
      r = x * y;
      break;
    case Op::kDiv:
      r = x / y;
      break;
    case Op::kMod:
      r = std::fmod(x, y);
      break;
    default:
      break;
  }
  *out = Value(r);
  return Status::OK();
}

std::string Trim(std::string s, bool left, bool right) {
  size_t b = 0, e = s.size();
  if (left)
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  if (right)
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

// Byte offsets of UTF-8 characters, so substring/left/right count characters.
std::vector<size_t> CharStarts(const std::string& s) {
  std::vector<size_t> out;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
  }
  out.push_back(s.size());
  return out;
}

std::string Substr(const std::string& s, int64_t start, int64_t len) {
  std::vector<size_t> cs = CharStarts(s);
  int64_t n = static_cast<int64_t>(cs.size()) - 1;
  start = std::clamp<int64_t>(start, 0, n);
  int64_t end = len < 0 ? n : std::clamp<int64_t>(start + std::min<int64_t>(len, n), start, n);
  return s.substr(cs[start], cs[end] - cs[start]);
}

Status CallFunction(const Expr& e, ExecContext& ctx, std::vector<Value>& args, Value* out) {
  const std::string& f = e.name;
  *out = Value();
  auto wrong = [&](const Value& v) {
    return ctx.TypeError(e, f + "() cannot take " + std::string(TypeName(v.type())));
  };
  if (f == "coalesce") {
    for (Value& v : args) {
      if (!v.is_null()) {
        *out = v;
        break;
      }
    }
    return Status::OK();
  }
  if (f == "range") {
    for (const Value& v : args) {
      if (v.type() != T::kInt) return wrong(v);
    }
    int64_t from = args[0].as_int(), to = args[1].as_int();
    int64_t step = args.size() > 2 ? args[2].as_int() : 1;
    if (step == 0) return ctx.TypeError(e, "range() step cannot be 0");
    List l;
    for (int64_t i = from; step > 0 ? i <= to : i >= to; i += step) {
      if (!ctx.Spend()) return ctx.status;
      l.emplace_back(i);
    }
    *out = Value(std::move(l));
    return Status::OK();
  }
  const Value& a = args[0];
  if (a.is_null()) return Status::OK();  // every other function maps null to null
  if (f == "id") {
    if (a.type() == T::kNode) {
      *out = Value(a.as_node()->id);
    } else if (a.type() == T::kRel) {
      const Edge& r = *a.as_rel();
      *out = Value(r.source + "-" + r.type + "->" + r.target);
    } else {
      return wrong(a);
    }
  } else if (f == "labels") {
    if (a.type() != T::kNode) return wrong(a);
    if (Status s = ctx.Load(*a.as_node()); !s.ok()) return s;
    *out = Value(List{Value(a.as_node()->record->kind)});
  } else if (f == "type") {
    if (a.type() != T::kRel) return wrong(a);
    *out = Value(a.as_rel()->type);
  } else if (f == "length" || f == "size") {
    if (a.type() == T::kPath) {
      *out = Value(static_cast<int64_t>(a.as_path().rels.size()));
    } else if (a.type() == T::kList) {
      *out = Value(static_cast<int64_t>(a.as_list().size()));
    } else if (a.type() == T::kString) {
      *out = Value(static_cast<int64_t>(CharStarts(a.as_string()).size() - 1));
    } else {
      return wrong(a);
    }
  } else if (f == "nodes") {
    if (a.type() != T::kPath) return wrong(a);
    List l;
    for (const NodePtr& n : a.as_path().nodes) l.emplace_back(n);
    *out = Value(std::move(l));
  } else if (f == "relationships" || f == "rels") {
    if (a.type() != T::kPath) return wrong(a);
    List l;
    for (const RelPtr& r : a.as_path().rels) l.emplace_back(r);
    *out = Value(std::move(l));
  } else if (f == "startnode" || f == "endnode") {
    if (a.type() != T::kRel) return wrong(a);
    *out = Value(NodeRef(f == "startnode" ? a.as_rel()->source : a.as_rel()->target));
  } else if (f == "keys" || f == "properties") {
    Map m;
    if (a.type() == T::kNode) {
      if (Status s = ctx.Load(*a.as_node()); !s.ok()) return s;
      const Node& n = *a.as_node()->record;
      for (const char* k : {"id", "name", "kind", "aliases"}) m[k] = NodeProperty(n, k);
      for (const auto& [k, v] : n.properties) m[k] = Value(v);
    } else if (a.type() == T::kRel) {
      const Edge& r = *a.as_rel();
      for (const char* k : {"type", "weight", "first_seen", "last_seen"}) {
        Value v = RelProperty(r, k);
        if (!v.is_null()) m[k] = v;
      }
      for (const auto& [k, v] : r.properties) m[k] = Value(v);
    } else if (a.type() == T::kMap) {
      m = a.as_map();
    } else {
      return wrong(a);
    }
    if (f == "properties") {
      *out = Value(std::move(m));
    } else {
      List l;
      for (const auto& [k, v] : m) l.emplace_back(k);
      *out = Value(std::move(l));
    }
  } else if (f == "tolower" || f == "lower" || f == "toupper" || f == "upper") {
    if (a.type() != T::kString) return wrong(a);
    std::string s = a.as_string();
    bool up = f == "toupper" || f == "upper";
    for (char& c : s) {
      c = static_cast<char>(up ? std::toupper(static_cast<unsigned char>(c))
                               : std::tolower(static_cast<unsigned char>(c)));
    }
    *out = Value(std::move(s));
  } else if (f == "trim" || f == "ltrim" || f == "rtrim") {
    if (a.type() != T::kString) return wrong(a);
    *out = Value(Trim(a.as_string(), f != "rtrim", f != "ltrim"));
  } else if (f == "replace") {
    for (const Value& v : args) {
      if (v.is_null()) return Status::OK();
      if (v.type() != T::kString) return wrong(v);
    }
    std::string s = a.as_string();
    const std::string &from = args[1].as_string(), &to = args[2].as_string();
    if (!from.empty()) {
      std::string r;
      size_t pos = 0;
      for (size_t hit; (hit = s.find(from, pos)) != std::string::npos; pos = hit + from.size()) {
        r += s.substr(pos, hit - pos) + to;
      }
      s = r + s.substr(pos);
    }
    *out = Value(std::move(s));
  } else if (f == "substring" || f == "left" || f == "right") {
    if (a.type() != T::kString) return wrong(a);
    for (size_t i = 1; i < args.size(); ++i) {
      if (args[i].is_null()) return Status::OK();
      if (args[i].type() != T::kInt || args[i].as_int() < 0) {
        return ctx.TypeError(e, f + "() needs non-negative integer positions");
      }
    }
    const std::string& s = a.as_string();
    int64_t n = static_cast<int64_t>(CharStarts(s).size()) - 1;
    if (f == "substring") {
      *out = Value(Substr(s, args[1].as_int(), args.size() > 2 ? args[2].as_int() : -1));
    } else if (f == "left") {
      *out = Value(Substr(s, 0, args[1].as_int()));
    } else {
      int64_t len = std::min(args[1].as_int(), n);
      *out = Value(Substr(s, n - len, len));
    }
  } else if (f == "split") {
    if (a.type() != T::kString || args[1].type() != T::kString) {
      return args[1].is_null() ? Status::OK() : wrong(a.type() != T::kString ? a : args[1]);
    }
    const std::string &s = a.as_string(), &sep = args[1].as_string();
    List l;
    if (sep.empty()) {
      std::vector<size_t> cs = CharStarts(s);
      for (size_t i = 0; i + 1 < cs.size(); ++i) l.emplace_back(s.substr(cs[i], cs[i + 1] - cs[i]));
    } else {
      size_t pos = 0;
      for (size_t hit; (hit = s.find(sep, pos)) != std::string::npos; pos = hit + sep.size()) {
        l.emplace_back(s.substr(pos, hit - pos));
      }
      l.emplace_back(s.substr(pos));
    }
    *out = Value(std::move(l));
  } else if (f == "reverse") {
    if (a.type() == T::kList) {
      List l = a.as_list();
      std::reverse(l.begin(), l.end());
      *out = Value(std::move(l));
    } else if (a.type() == T::kString) {
      std::vector<size_t> cs = CharStarts(a.as_string());
      std::string r;
      for (size_t i = cs.size() - 1; i > 0; --i)
        r += a.as_string().substr(cs[i - 1], cs[i] - cs[i - 1]);
      *out = Value(std::move(r));
    } else {
      return wrong(a);
    }
  } else if (f == "tostring") {
    if (a.type() == T::kString || a.is_number() || a.type() == T::kBool) {
      *out = Value(a.type() == T::kString ? a.as_string() : ToCypherLiteral(a));
    } else {
      return wrong(a);
    }
  } else if (f == "tointeger") {
    if (a.type() == T::kInt) {
      *out = a;
    } else if (a.type() == T::kFloat) {
      if (std::isfinite(a.as_float())) *out = Value(static_cast<int64_t>(a.as_float()));
    } else if (a.type() == T::kString) {
      std::string s = Trim(a.as_string(), true, true);
      int64_t v = 0;
      auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
      if (ec == std::errc() && p == s.data() + s.size() && !s.empty()) {
        *out = Value(v);
      } else {
        char* end = nullptr;
        double d = std::strtod(s.c_str(), &end);
        if (!s.empty() && end == s.c_str() + s.size() && std::isfinite(d)) {
          *out = Value(static_cast<int64_t>(d));
        }
      }
    } else {
      return wrong(a);
    }
  } else if (f == "tofloat") {
    if (a.is_number()) {
      *out = Value(a.as_number());
    } else if (a.type() == T::kString) {
      std::string s = Trim(a.as_string(), true, true);
      char* end = nullptr;
      double d = std::strtod(s.c_str(), &end);
      if (!s.empty() && end == s.c_str() + s.size()) *out = Value(d);
    } else {
      return wrong(a);
    }
  } else if (f == "toboolean") {
    if (a.type() == T::kBool) {
      *out = a;
    } else if (a.type() == T::kString) {
      std::string s = Trim(a.as_string(), true, true);
      for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (s == "true") *out = Value(true);
      if (s == "false") *out = Value(false);
    } else {
      return wrong(a);
    }
  } else if (f == "head" || f == "last" || f == "tail") {
    if (a.type() != T::kList) return wrong(a);
    const List& l = a.as_list();
    if (f == "tail") {
      *out = Value(l.empty() ? List{} : List(l.begin() + 1, l.end()));
    } else if (!l.empty()) {
      *out = f == "head" ? l.front() : l.back();
    }
  } else if (f == "abs" || f == "round" || f == "floor" || f == "ceil" || f == "sign" ||
             f == "sqrt") {
    if (!a.is_number()) return wrong(a);
    if (a.type() == T::kInt && f == "abs") {
      *out = Value(a.as_int() < 0 ? -a.as_int() : a.as_int());
    } else if (a.type() == T::kInt && f == "sign") {
      *out = Value(static_cast<int64_t>((a.as_int() > 0) - (a.as_int() < 0)));
    } else {
      double x = a.as_number();
      if (f == "abs") *out = Value(std::fabs(x));
      if (f == "round") *out = Value(std::round(x));
      if (f == "floor") *out = Value(std::floor(x));
      if (f == "ceil") *out = Value(std::ceil(x));
      if (f == "sign") *out = Value(static_cast<int64_t>((x > 0) - (x < 0)));
      if (f == "sqrt") *out = Value(std::sqrt(x));
    }
  } else {
    return ctx.TypeError(e, "function " + f + "() is not implemented");
  }
  return Status::OK();
}

}  // namespace

Status Eval(const Expr& e, Row& row, ExecContext& ctx, Value* out) {
  using K = Expr::Kind;
  switch (e.kind) {
    case K::kLiteral:
      *out = e.literal;
      return Status::OK();
    case K::kVariable:
      *out = row[e.slot];
      return Status::OK();
    case K::kAggRef:
      *out = (*ctx.aggregates)[e.slot];
      return Status::OK();
    case K::kProperty: {
      Value base;
      if (Status s = Eval(*e.args[0], row, ctx, &base); !s.ok()) return s;
      switch (base.type()) {
        case T::kNull:
          *out = Value();
          return Status::OK();
        case T::kNode:
          return NodeProperty(ctx, *base.as_node(), e.name, out);
        case T::kRel:
          *out = RelProperty(*base.as_rel(), e.name);
          return Status::OK();
        case T::kMap: {
          auto it = base.as_map().find(e.name);
          *out = it == base.as_map().end() ? Value() : it->second;
          return Status::OK();
        }
        default:
          return ctx.TypeError(e,
                               "cannot read property ." + e.name + " of " + TypeName(base.type()));
      }
    }
    case K::kIndex: {
      Value base, index;
      if (Status s = Eval(*e.args[0], row, ctx, &base); !s.ok()) return s;
      if (Status s = Eval(*e.args[1], row, ctx, &index); !s.ok()) return s;
      *out = Value();
      if (base.is_null() || index.is_null()) return Status::OK();
      if (base.type() == T::kList) {
        if (index.type() != T::kInt) return ctx.TypeError(e, "a list index must be an Integer");
        int64_t n = static_cast<int64_t>(base.as_list().size()), i = index.as_int();
        if (i < 0) i += n;
        if (i >= 0 && i < n) *out = base.as_list()[i];
        return Status::OK();
      }
      if (index.type() != T::kString) return ctx.TypeError(e, "a key must be a String");
      if (base.type() == T::kMap) {
        auto it = base.as_map().find(index.as_string());
        if (it != base.as_map().end()) *out = it->second;
        return Status::OK();
      }
      if (base.type() == T::kNode)
        return NodeProperty(ctx, *base.as_node(), index.as_string(), out);
      else if (base.type() == T::kRel)
        *out = RelProperty(*base.as_rel(), index.as_string());
      else
        return ctx.TypeError(e, std::string("cannot index ") + TypeName(base.type()));
      return Status::OK();
    }
    case K::kList: {
      List l;
      l.reserve(e.args.size());
      for (const ExprPtr& a : e.args) {
        Value v;
        if (Status s = Eval(*a, row, ctx, &v); !s.ok()) return s;
        l.push_back(std::move(v));
      }
      *out = Value(std::move(l));
      return Status::OK();
    }
    case K::kMap: {
      Map m;
      for (size_t i = 0; i < e.args.size(); ++i) {
        Value v;
        if (Status s = Eval(*e.args[i], row, ctx, &v); !s.ok()) return s;
        m[e.keys[i]] = std::move(v);
      }
      *out = Value(std::move(m));
      return Status::OK();
    }
    case K::kUnary: {
      Value a;
      if (Status s = Eval(*e.args[0], row, ctx, &a); !s.ok()) return s;
      switch (e.op) {
        case Op::kIsNull:
          *out = Value(a.is_null());
          return Status::OK();
        case Op::kIsNotNull:
          *out = Value(!a.is_null());
          return Status::OK();
        case Op::kNot: {
          bool ok = true;
          Tri t = ToTri(a, &ok);
          if (!ok)
            return ctx.TypeError(e, std::string("NOT needs a Boolean, not ") + TypeName(a.type()));
          *out = TriValue(Not(t));
          return Status::OK();
        }
        case Op::kNeg:
        case Op::kPos:
          if (a.is_null()) {
            *out = Value();
          } else if (a.type() == T::kInt) {
            if (e.op == Op::kNeg && a.as_int() == INT64_MIN)
              return ctx.TypeError(e, "integer overflow");
            *out = Value(e.op == Op::kNeg ? -a.as_int() : a.as_int());
          } else if (a.type() == T::kFloat) {
            *out = Value(e.op == Op::kNeg ? -a.as_float() : a.as_float());
          } else {
            return ctx.TypeError(e, std::string("cannot negate ") + TypeName(a.type()));
          }
          return Status::OK();
        default:
          return ctx.TypeError(e, "bad unary operator");
      }
    }
    case K::kBinary: {
      if (e.op == Op::kAnd || e.op == Op::kOr || e.op == Op::kXor) {
        Value a, b;
        if (Status s = Eval(*e.args[0], row, ctx, &a); !s.ok()) return s;
        bool ok = true;
        Tri x = ToTri(a, &ok);
        if (!ok)
          return ctx.TypeError(
              e, std::string(OpName(e.op)) + " needs Booleans, not " + TypeName(a.type()));
        // Short-circuit only where the answer is settled.
        if (e.op == Op::kAnd && x == Tri::kFalse) {
          *out = Value(false);
          return Status::OK();
        }
        if (e.op == Op::kOr && x == Tri::kTrue) {
          *out = Value(true);
          return Status::OK();
        }
        if (Status s = Eval(*e.args[1], row, ctx, &b); !s.ok()) return s;
        Tri y = ToTri(b, &ok);
        if (!ok)
          return ctx.TypeError(
              e, std::string(OpName(e.op)) + " needs Booleans, not " + TypeName(b.type()));
        Tri r;
        if (e.op == Op::kAnd) {
          r = (x == Tri::kFalse || y == Tri::kFalse) ? Tri::kFalse
              : (x == Tri::kNull || y == Tri::kNull) ? Tri::kNull
                                                     : Tri::kTrue;
        } else if (e.op == Op::kOr) {
          r = (x == Tri::kTrue || y == Tri::kTrue)   ? Tri::kTrue
              : (x == Tri::kNull || y == Tri::kNull) ? Tri::kNull
                                                     : Tri::kFalse;
        } else {
          r = (x == Tri::kNull || y == Tri::kNull)
                  ? Tri::kNull
                  : ((x == Tri::kTrue) != (y == Tri::kTrue) ? Tri::kTrue : Tri::kFalse);
        }
        *out = TriValue(r);
        return Status::OK();
      }
      Value a, b;
      if (Status s = Eval(*e.args[0], row, ctx, &a); !s.ok()) return s;
      if (Status s = Eval(*e.args[1], row, ctx, &b); !s.ok()) return s;
      switch (e.op) {
        case Op::kEq:
        case Op::kNe:
        case Op::kLt:
        case Op::kLe:
        case Op::kGt:
        case Op::kGe:
          *out = TriValue(CompareOp(e.op, a, b));
          return Status::OK();
        case Op::kIn: {
          if (b.is_null()) {
            *out = Value();
            return Status::OK();
          }
          if (b.type() != T::kList) {
            return ctx.TypeError(
                e, std::string("IN needs a List on its right, not ") + TypeName(b.type()));
          }
          Tri r = Tri::kFalse;
          for (const Value& x : b.as_list()) {
            Tri t = Equals(a, x);
            if (t == Tri::kTrue) {
              r = Tri::kTrue;
              break;
            }
            if (t == Tri::kNull) r = Tri::kNull;
          }
          *out = TriValue(r);
          return Status::OK();
        }
        case Op::kStartsWith:
        case Op::kEndsWith:
        case Op::kContains: {
          if (a.type() != T::kString || b.type() != T::kString) {
            *out = Value();  // openCypher: null unless both are strings
            return Status::OK();
          }
          const std::string &s = a.as_string(), &p = b.as_string();
          bool r = e.op == Op::kStartsWith ? s.compare(0, p.size(), p) == 0 && s.size() >= p.size()
                   : e.op == Op::kEndsWith
                       ? s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0
                       : s.find(p) != std::string::npos;
          *out = Value(r);
          return Status::OK();
        }
        default:
          return Arithmetic(e, ctx, e.op, a, b, out);
      }
    }
    case K::kCall: {
      std::vector<Value> args(e.args.size());
      for (size_t i = 0; i < e.args.size(); ++i) {
        if (Status s = Eval(*e.args[i], row, ctx, &args[i]); !s.ok()) return s;
      }
      return CallFunction(e, ctx, args, out);
    }
    case K::kCountStar:
      return ctx.TypeError(e, "count(*) outside an aggregation");
    case K::kListComp: {
      Value list;
      if (Status s = Eval(*e.args[0], row, ctx, &list); !s.ok()) return s;
      if (list.is_null()) {
        *out = Value();
        return Status::OK();
      }
      if (list.type() != T::kList) {
        return ctx.TypeError(e, std::string("IN needs a List, not ") + TypeName(list.type()));
      }
      List result;
      for (const Value& x : list.as_list()) {
        row[e.slot] = x;
        if (e.args[1]) {
          bool keep = false;
          if (Status s = EvalPredicate(*e.args[1], row, ctx, &keep); !s.ok()) return s;
          if (!keep) continue;
        }
        if (e.args[2]) {
          Value mapped;
          if (Status s = Eval(*e.args[2], row, ctx, &mapped); !s.ok()) return s;
          result.push_back(std::move(mapped));
        } else {
          result.push_back(x);
        }
      }
      *out = Value(std::move(result));
      return Status::OK();
    }
    case K::kCase: {
      size_t i = 0;
      Value subject;
      if (e.has_subject) {
        if (Status s = Eval(*e.args[0], row, ctx, &subject); !s.ok()) return s;
        i = 1;
      }
      size_t pairs_end = e.args.size() - (e.has_else ? 1 : 0);
      for (; i + 1 < pairs_end; i += 2) {
        Value when;
        if (Status s = Eval(*e.args[i], row, ctx, &when); !s.ok()) return s;
        bool hit = e.has_subject ? Equals(subject, when) == Tri::kTrue
                                 : when.type() == T::kBool && when.as_bool();
        if (hit) return Eval(*e.args[i + 1], row, ctx, out);
      }
      if (e.has_else) return Eval(*e.args.back(), row, ctx, out);
      *out = Value();
      return Status::OK();
    }
  }
  return ctx.TypeError(e, "unsupported expression");
}

Status EvalPredicate(const Expr& e, Row& row, ExecContext& ctx, bool* out) {
  Value v;
  if (Status s = Eval(e, row, ctx, &v); !s.ok()) return s;
  if (v.is_null()) {
    *out = false;
    return Status::OK();
  }
  if (v.type() != T::kBool) {
    return ctx.TypeError(e,
                         std::string("a predicate must be a Boolean, not ") + TypeName(v.type()));
  }
  *out = v.as_bool();
  return Status::OK();
}

}  // namespace kzgraph::query
