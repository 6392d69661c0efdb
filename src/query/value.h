// Runtime values of the Cypher engine and their openCypher semantics:
// equality and comparison with null (three-valued), the global sort order of
// ORDER BY, and the renderings used by tables, JSON and the test cases.
#ifndef KZGRAPH_SRC_QUERY_VALUE_H_
#define KZGRAPH_SRC_QUERY_VALUE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "kzgraph/graph.h"

namespace kzgraph::query {

class Value;
using List = std::vector<Value>;
using Map = std::map<std::string, Value>;
using RelPtr = std::shared_ptr<const Edge>;

// A node as a query value. Its id is known at once (edge keys carry it); its
// record (kind, name, aliases, properties) is read from the graph only when
// something needs more than the id (ExecContext::Load), because most scans
// return ids and reading a record per row costs more than the scan itself.
struct NodeHandle {
  explicit NodeHandle(std::string node_id) : id(std::move(node_id)) {}
  explicit NodeHandle(std::shared_ptr<const Node> loaded)
      : id(loaded->id), record(std::move(loaded)) {}

  // The record; must be loaded. The executor loads every node that leaves
  // it, so an unloaded handle here is a bug: it then shows as a bare id.
  const Node& node() const;
  bool loaded() const { return record != nullptr; }

  std::string id;
  // Null until loaded; filling it in does not change which node this is.
  mutable std::shared_ptr<const Node> record;
};
using NodePtr = std::shared_ptr<const NodeHandle>;

// A path alternates nodes and relationships: nodes.size() == rels.size() + 1.
struct Path {
  std::vector<NodePtr> nodes;
  std::vector<RelPtr> rels;
};

class Value {
 public:
  enum class Type { kNull, kBool, kInt, kFloat, kString, kList, kMap, kNode, kRel, kPath };

  Value() = default;
  explicit Value(bool b) : v_(b) {}
  explicit Value(int64_t i) : v_(i) {}
  explicit Value(int i) : v_(static_cast<int64_t>(i)) {}
  explicit Value(double d) : v_(d) {}
  explicit Value(std::string s) : v_(std::move(s)) {}
  explicit Value(const char* s) : v_(std::string(s)) {}
  explicit Value(List l) : v_(std::make_shared<const List>(std::move(l))) {}
  explicit Value(Map m) : v_(std::make_shared<const Map>(std::move(m))) {}
  explicit Value(NodePtr n) : v_(std::move(n)) {}
  explicit Value(RelPtr r) : v_(std::move(r)) {}
  explicit Value(Path p) : v_(std::make_shared<const Path>(std::move(p))) {}

  Type type() const { return static_cast<Type>(v_.index()); }
  bool is_null() const { return type() == Type::kNull; }
  bool is_number() const { return type() == Type::kInt || type() == Type::kFloat; }

  bool as_bool() const { return std::get<bool>(v_); }
  int64_t as_int() const { return std::get<int64_t>(v_); }
  double as_float() const { return std::get<double>(v_); }
  double as_number() const { return type() == Type::kInt ? double(as_int()) : as_float(); }
  const std::string& as_string() const { return std::get<std::string>(v_); }
  const List& as_list() const { return *std::get<std::shared_ptr<const List>>(v_); }
  const Map& as_map() const { return *std::get<std::shared_ptr<const Map>>(v_); }
  const NodePtr& as_node() const { return std::get<NodePtr>(v_); }
  const RelPtr& as_rel() const { return std::get<RelPtr>(v_); }
  const Path& as_path() const { return *std::get<std::shared_ptr<const Path>>(v_); }

 private:
  std::variant<std::monostate, bool, int64_t, double, std::string, std::shared_ptr<const List>,
               std::shared_ptr<const Map>, NodePtr, RelPtr, std::shared_ptr<const Path>>
      v_;
};

const char* TypeName(Value::Type type);

// Three-valued truth: the result of =, <, AND, ... is true, false or null.
enum class Tri { kFalse, kTrue, kNull };
Value TriValue(Tri t);

// openCypher `=`: null when either side is null (or a list holds a null that
// decides the outcome); numbers compare across int/float; nodes by id,
// relationships by (source, type, target).
Tri Equals(const Value& a, const Value& b);
// openCypher `<`: defined between numbers, strings, booleans and lists;
// null for anything else or for a null operand. Returns -1/0/1 in *cmp.
bool Comparable(const Value& a, const Value& b, int* cmp);
// The total order of ORDER BY: map < node < relationship < list < path <
// string < boolean < number < null (so nulls sort last ascending).
int OrderCompare(const Value& a, const Value& b);
// A key equal for values that DISTINCT and grouping treat as the same
// (null equals null there).
std::string GroupKey(const Value& v);

bool SameRel(const Edge& a, const Edge& b);

// `'Putin'`, `[1, 2.5]`, `(Putin:person)`, `[:accuses Putin->Tokayev]`,
// `<(a:person)-[:accuses]->(b:person)>`: the rendering of the test cases.
std::string ToCypherLiteral(const Value& v);
// What a table cell shows: strings bare, nodes by name, paths as arrows,
// null empty.
std::string ToDisplay(const Value& v);
// A JSON value.
std::string ToJson(const Value& v);
// Appends `s` as a JSON string literal.
void AppendJsonString(std::string_view s, std::string* out);
// A Cypher string literal for `s`: 'it\'s'.
std::string QuoteCypherString(std::string_view s);

}  // namespace kzgraph::query

#endif  // KZGRAPH_SRC_QUERY_VALUE_H_
