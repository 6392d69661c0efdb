#include "query/value.h"

#include <charconv>
#include <cmath>

namespace kzgraph::query {

const Node& NodeHandle::node() const {
  if (!record) {
    auto bare = std::make_shared<Node>();
    bare->id = id;
    bare->name = id;
    bare->kind = "unknown";
    record = std::move(bare);
  }
  return *record;
}

namespace {

std::string FloatText(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  std::string s(buf, end);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

int Sign(int64_t x) { return x < 0 ? -1 : (x > 0 ? 1 : 0); }

int CompareNumbers(const Value& a, const Value& b) {
  if (a.type() == Value::Type::kInt && b.type() == Value::Type::kInt) {
    return a.as_int() < b.as_int() ? -1 : (a.as_int() > b.as_int() ? 1 : 0);
  }
  double x = a.as_number(), y = b.as_number();
  return x < y ? -1 : (x > y ? 1 : 0);
}

// The rank of a type in the ORDER BY total order.
int OrderRank(Value::Type t) {
  switch (t) {
    case Value::Type::kMap:
      return 0;
    case Value::Type::kNode:
      return 1;
    case Value::Type::kRel:
      return 2;
    case Value::Type::kList:
      return 3;
    case Value::Type::kPath:
      return 4;
    case Value::Type::kString:
      return 5;
    case Value::Type::kBool:
      return 6;
    case Value::Type::kInt:
    case Value::Type::kFloat:
      return 7;
    case Value::Type::kNull:
      return 8;
  }
  return 8;
}

std::string RelText(const Edge& e) {
  return "[:" + e.type + " " + e.source + "->" + e.target + "]";
}

std::string NodeLiteral(const Node& n) { return "(" + n.id + ":" + n.kind + ")"; }

}  // namespace

const char* TypeName(Value::Type type) {
  switch (type) {
    case Value::Type::kNull:
      return "null";
    case Value::Type::kBool:
      return "Boolean";
    case Value::Type::kInt:
      return "Integer";
    case Value::Type::kFloat:
      return "Float";
    case Value::Type::kString:
      return "String";
    case Value::Type::kList:
      return "List";
    case Value::Type::kMap:
      return "Map";
    case Value::Type::kNode:
      return "Node";
    case Value::Type::kRel:
      return "Relationship";
    case Value::Type::kPath:
      return "Path";
  }
  return "?";
}

Value TriValue(Tri t) { return t == Tri::kNull ? Value() : Value(t == Tri::kTrue); }

bool SameRel(const Edge& a, const Edge& b) {
  return a.source == b.source && a.type == b.type && a.target == b.target;
}

Tri Equals(const Value& a, const Value& b) {
  using T = Value::Type;
  if (a.is_null() || b.is_null()) return Tri::kNull;
  if (a.is_number() && b.is_number()) return CompareNumbers(a, b) == 0 ? Tri::kTrue : Tri::kFalse;
  if (a.type() != b.type()) return Tri::kFalse;
  switch (a.type()) {
    case T::kBool:
      return a.as_bool() == b.as_bool() ? Tri::kTrue : Tri::kFalse;
    case T::kString:
      return a.as_string() == b.as_string() ? Tri::kTrue : Tri::kFalse;
    case T::kNode:
      return a.as_node()->id == b.as_node()->id ? Tri::kTrue : Tri::kFalse;
    case T::kRel:
      return SameRel(*a.as_rel(), *b.as_rel()) ? Tri::kTrue : Tri::kFalse;
    case T::kList: {
      const List &x = a.as_list(), &y = b.as_list();
      if (x.size() != y.size()) return Tri::kFalse;
      Tri out = Tri::kTrue;
      for (size_t i = 0; i < x.size(); ++i) {
        Tri t = Equals(x[i], y[i]);
        if (t == Tri::kFalse) return Tri::kFalse;
        if (t == Tri::kNull) out = Tri::kNull;
      }
      return out;
    }
    case T::kMap: {
      const Map &x = a.as_map(), &y = b.as_map();
      if (x.size() != y.size()) return Tri::kFalse;
      Tri out = Tri::kTrue;
      for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
        if (i->first != j->first) return Tri::kFalse;
        Tri t = Equals(i->second, j->second);
        if (t == Tri::kFalse) return Tri::kFalse;
        if (t == Tri::kNull) out = Tri::kNull;
      }
      return out;
    }
    case T::kPath: {
      const Path &x = a.as_path(), &y = b.as_path();
      if (x.rels.size() != y.rels.size() || x.nodes.size() != y.nodes.size()) return Tri::kFalse;
      for (size_t i = 0; i < x.nodes.size(); ++i) {
        if (x.nodes[i]->id != y.nodes[i]->id) return Tri::kFalse;
      }
      for (size_t i = 0; i < x.rels.size(); ++i) {
        if (!SameRel(*x.rels[i], *y.rels[i])) return Tri::kFalse;
      }
      return Tri::kTrue;
    }
    default:
      return Tri::kFalse;
  }
}

bool Comparable(const Value& a, const Value& b, int* cmp) {
  using T = Value::Type;
  if (a.is_null() || b.is_null()) return false;
  if (a.is_number() && b.is_number()) {
    if ((a.type() == T::kFloat && std::isnan(a.as_float())) ||
        (b.type() == T::kFloat && std::isnan(b.as_float()))) {
      return false;
    }
    *cmp = CompareNumbers(a, b);
    return true;
  }
  if (a.type() != b.type()) return false;
  switch (a.type()) {
    case T::kString: {
      int c = a.as_string().compare(b.as_string());
      *cmp = c < 0 ? -1 : (c > 0 ? 1 : 0);
      return true;
    }
    case T::kBool:
      *cmp = int(a.as_bool()) - int(b.as_bool());
      return true;
    case T::kList: {
      const List &x = a.as_list(), &y = b.as_list();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
        int c = 0;
        if (!Comparable(x[i], y[i], &c)) return false;
        if (c != 0) {
          *cmp = c;
          return true;
        }
      }
      *cmp = Sign(int64_t(x.size()) - int64_t(y.size()));
      return true;
    }
    default:
      return false;
  }
}

int OrderCompare(const Value& a, const Value& b) {
  using T = Value::Type;
  int ra = OrderRank(a.type()), rb = OrderRank(b.type());
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.type()) {
    case T::kNull:
      return 0;
    case T::kInt:
    case T::kFloat: {
      bool na = a.type() == T::kFloat && std::isnan(a.as_float());
      bool nb = b.type() == T::kFloat && std::isnan(b.as_float());
      if (na || nb) return na == nb ? 0 : (na ? 1 : -1);  // NaN after every number
      return CompareNumbers(a, b);
    }
    case T::kBool:
      return int(a.as_bool()) - int(b.as_bool());
    case T::kString: {
      int c = a.as_string().compare(b.as_string());
      return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case T::kList: {
      const List &x = a.as_list(), &y = b.as_list();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
        if (int c = OrderCompare(x[i], y[i]); c != 0) return c;
      }
      return Sign(int64_t(x.size()) - int64_t(y.size()));
    }
    case T::kNode: {
      int c = a.as_node()->id.compare(b.as_node()->id);
      return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case T::kRel: {
      int c = GroupKey(a).compare(GroupKey(b));
      return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case T::kMap:
    case T::kPath: {
      int c = ToCypherLiteral(a).compare(ToCypherLiteral(b));
      return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
  }
  return 0;
}

std::string GroupKey(const Value& v) {
  using T = Value::Type;
  switch (v.type()) {
    case T::kNull:
      return "n";
    case T::kBool:
      return v.as_bool() ? "bt" : "bf";
    case T::kInt:
      return "#" + std::to_string(v.as_int());
    case T::kFloat: {
      double d = v.as_float();
      // 1 and 1.0 are equal, so they group together.
      if (std::floor(d) == d && std::fabs(d) < 9e18) return "#" + std::to_string(int64_t(d));
      return "#" + FloatText(d);
    }
    case T::kString: {
      std::string s = "s" + std::to_string(v.as_string().size()) + ":";
      return s + v.as_string();
    }
    case T::kNode:
      return "N" + std::to_string(v.as_node()->id.size()) + ":" + v.as_node()->id;
    case T::kRel: {
      const Edge& e = *v.as_rel();
      return "R" + std::to_string(e.source.size()) + ":" + e.source +
             std::to_string(e.type.size()) + ":" + e.type + std::to_string(e.target.size()) + ":" +
             e.target;
    }
    case T::kList: {
      std::string s = "[";
      for (const Value& x : v.as_list()) s += GroupKey(x) + ",";
      return s + "]";
    }
    case T::kMap: {
      std::string s = "{";
      for (const auto& [k, x] : v.as_map()) {
        s += std::to_string(k.size()) + ":" + k + "=" + GroupKey(x) + ",";
      }
      return s + "}";
    }
    case T::kPath: {
      std::string s = "<";
      for (const NodePtr& n : v.as_path().nodes) s += GroupKey(Value(n));
      for (const RelPtr& r : v.as_path().rels) s += GroupKey(Value(r));
      return s + ">";
    }
  }
  return "?";
}

std::string QuoteCypherString(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "'";
}

namespace {

// Renders a path with `node_text` for each node: (a)-[:t]->(b)<-[:u]-(c).
template <typename NodeText>
std::string PathText(const Path& p, NodeText node_text, bool brackets) {
  std::string s;
  for (size_t i = 0; i < p.nodes.size(); ++i) {
    s += node_text(p.nodes[i]->node());
    if (i < p.rels.size()) {
      const Edge& e = *p.rels[i];
      bool forward = e.source == p.nodes[i]->id;
      std::string type = brackets ? "[:" + e.type + "]" : "[" + e.type + "]";
      if (brackets) {
        s += forward ? "-" + type + "->" : "<-" + type + "-";
      } else {
        s += forward ? " -" + type + "-> " : " <-" + type + "- ";
      }
    }
  }
  return s;
}

}  // namespace

std::string ToCypherLiteral(const Value& v) {
  using T = Value::Type;
  switch (v.type()) {
    case T::kNull:
      return "null";
    case T::kBool:
      return v.as_bool() ? "true" : "false";
    case T::kInt:
      return std::to_string(v.as_int());
    case T::kFloat:
      return FloatText(v.as_float());
    case T::kString:
      return QuoteCypherString(v.as_string());
    case T::kList: {
      std::string s = "[";
      for (size_t i = 0; i < v.as_list().size(); ++i) {
        if (i) s += ", ";
        s += ToCypherLiteral(v.as_list()[i]);
      }
      return s + "]";
    }
    case T::kMap: {
      std::string s = "{";
      bool first = true;
      for (const auto& [k, x] : v.as_map()) {
        if (!first) s += ", ";
        first = false;
        s += k + ": " + ToCypherLiteral(x);
      }
      return s + "}";
    }
    case T::kNode:
      return NodeLiteral(v.as_node()->node());
    case T::kRel:
      return RelText(*v.as_rel());
    case T::kPath:
      return "<" + PathText(v.as_path(), NodeLiteral, true) + ">";
  }
  return "?";
}

std::string ToDisplay(const Value& v) {
  using T = Value::Type;
  switch (v.type()) {
    case T::kNull:
      return "";
    case T::kString:
      return v.as_string();
    case T::kFloat: {
      // Tables show scores readably; JSON keeps every digit.
      double d = v.as_float();
      if (!std::isfinite(d)) return FloatText(d);
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.6g", d);
      return buf;
    }
    case T::kNode: {
      const Node& n = v.as_node()->node();
      return n.name.empty() ? n.id : n.name;
    }
    case T::kRel: {
      const Edge& e = *v.as_rel();
      return e.source + " -[" + e.type + "]-> " + e.target;
    }
    case T::kPath:
      return PathText(
          v.as_path(), [](const Node& n) { return n.name.empty() ? n.id : n.name; }, false);
    case T::kList: {
      std::string s;
      for (size_t i = 0; i < v.as_list().size(); ++i) {
        if (i) s += ", ";
        s += ToDisplay(v.as_list()[i]);
      }
      return s;
    }
    default:
      return ToCypherLiteral(v);
  }
}

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        *out += "\\\"";
        break;
      case '\\':
        *out += "\\\\";
        break;
      case '\n':
        *out += "\\n";
        break;
      case '\r':
        *out += "\\r";
        break;
      case '\t':
        *out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          *out += buf;
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
  out->push_back('"');
}

namespace {

std::string NodeJson(const Node& n) {
  std::string s = "{\"id\":";
  AppendJsonString(n.id, &s);
  s += ",\"kind\":";
  AppendJsonString(n.kind, &s);
  s += ",\"name\":";
  AppendJsonString(n.name, &s);
  return s + "}";
}

std::string RelJson(const Edge& e) {
  std::string s = "{\"source\":";
  AppendJsonString(e.source, &s);
  s += ",\"type\":";
  AppendJsonString(e.type, &s);
  s += ",\"target\":";
  AppendJsonString(e.target, &s);
  s += ",\"weight\":" + std::to_string(e.weight);
  return s + "}";
}

}  // namespace

std::string ToJson(const Value& v) {
  using T = Value::Type;
  switch (v.type()) {
    case T::kNull:
      return "null";
    case T::kBool:
      return v.as_bool() ? "true" : "false";
    case T::kInt:
      return std::to_string(v.as_int());
    case T::kFloat: {
      double d = v.as_float();
      return std::isfinite(d) ? FloatText(d) : "null";
    }
    case T::kString: {
      std::string s;
      AppendJsonString(v.as_string(), &s);
      return s;
    }
    case T::kList: {
      std::string s = "[";
      for (size_t i = 0; i < v.as_list().size(); ++i) {
        if (i) s += ",";
        s += ToJson(v.as_list()[i]);
      }
      return s + "]";
    }
    case T::kMap: {
      std::string s = "{";
      bool first = true;
      for (const auto& [k, x] : v.as_map()) {
        if (!first) s += ",";
        first = false;
        AppendJsonString(k, &s);
        s += ":" + ToJson(x);
      }
      return s + "}";
    }
    case T::kNode:
      return NodeJson(v.as_node()->node());
    case T::kRel:
      return RelJson(*v.as_rel());
    case T::kPath: {
      const Path& p = v.as_path();
      std::string s = "{\"nodes\":[";
      for (size_t i = 0; i < p.nodes.size(); ++i)
        s += (i ? "," : "") + NodeJson(p.nodes[i]->node());
      s += "],\"relationships\":[";
      for (size_t i = 0; i < p.rels.size(); ++i) s += (i ? "," : "") + RelJson(*p.rels[i]);
      return s + "]}";
    }
  }
  return "null";
}

}  // namespace kzgraph::query
