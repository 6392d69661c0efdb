// Expression evaluation over a row of slots, with openCypher null semantics,
// and the execution context shared by every operator.
#ifndef KZGRAPH_SRC_QUERY_EVAL_H_
#define KZGRAPH_SRC_QUERY_EVAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kzgraph/graph.h"
#include "kzgraph/status.h"
#include "query/ast.h"
#include "query/value.h"

namespace kzgraph::query {

using Row = std::vector<Value>;

// What one execution shares: the graph, a node cache (so an actor met a
// million times is read once), the first error, and a work budget that stops
// runaway variable-length patterns.
struct ExecContext {
  const GraphReader* graph = nullptr;
  std::string_view text;  // the query, for positioned runtime errors
  Status status;
  // Node records read so far, by id: an actor met a million times is read
  // once, and only if something needs more than its id.
  std::unordered_map<std::string, std::shared_ptr<const Node>> node_cache;
  const std::vector<Value>* aggregates = nullptr;  // kAggRef values of the current group
  uint64_t steps = 0;
  uint64_t step_budget = 200'000'000;
  size_t row_size = 0;  // slots per row

  // Fills in the record of `n` (through the cache) unless it has one. A node
  // without a record in the graph (an edge endpoint only) still shows as a
  // node: name = id, kind "unknown".
  Status Load(const NodeHandle& n);
  // Loads every node inside `v` (lists, maps and paths too), so that values
  // leaving the executor render without the graph.
  Status LoadAll(const Value& v);
  // A loaded handle on node `id`.
  Status LoadNode(const std::string& id, NodePtr* out);
  // Records `s` as the execution's error; returns false so callers can stop.
  bool Fail(Status s);
  // Counts `n` units of work; false (with an error recorded) past the budget.
  bool Spend(uint64_t n = 1);
  Status TypeError(const Expr& at, const std::string& msg) const;
};

Status Eval(const Expr& e, Row& row, ExecContext& ctx, Value* out);
// Evaluates a predicate: true only when the expression is true (null and
// false both reject a row, as WHERE does).
Status EvalPredicate(const Expr& e, Row& row, ExecContext& ctx, bool* out);
// Property `key` of a node, relationship or map; null when absent.
Value NodeProperty(const Node& n, std::string_view key);
// Property `key` of node `n`; reads its record only for keys other than id.
Status NodeProperty(ExecContext& ctx, const NodeHandle& n, std::string_view key, Value* out);
// A handle on node `id` whose record is not read yet.
inline NodePtr NodeRef(std::string id) { return std::make_shared<const NodeHandle>(std::move(id)); }
Value RelProperty(const Edge& e, std::string_view key);

}  // namespace kzgraph::query

#endif  // KZGRAPH_SRC_QUERY_EVAL_H_
