// Executor: the physical operators a plan chains together. Rows flow
// downstream by Push(); an operator returns false to ask upstream to stop
// (LIMIT reached, or an error recorded in the context). Blocking operators
// (Aggregate, Sort) emit when Finish() reaches them.
#ifndef KZGRAPH_SRC_QUERY_EXECUTOR_H_
#define KZGRAPH_SRC_QUERY_EXECUTOR_H_

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "query/ast.h"
#include "query/eval.h"

namespace kzgraph::query {

class Operator {
 public:
  virtual ~Operator() = default;
  virtual bool Push(Row& row) = 0;
  virtual bool Finish() { return next_ == nullptr || next_->Finish(); }
  // One line for EXPLAIN ("Expand(a)-[r:accuses]->(b)").
  virtual std::string Describe() const = 0;
  // Nested operators (OPTIONAL MATCH) print below their owner.
  virtual std::vector<const Operator*> Children() const { return {}; }

  Operator* next_ = nullptr;
  ExecContext* ctx_ = nullptr;

 protected:
  bool Emit(Row& row) { return next_->Push(row); }
};

// Constraints of one node or relationship pattern: labels and property map.
struct PatternCheck {
  std::vector<std::string> labels;
  std::vector<std::pair<std::string, const Expr*>> props;
  bool empty() const { return labels.empty() && props.empty(); }
  // Whether `v` (a node or relationship) satisfies them; errors go to ctx.
  bool Matches(const Value& v, Row& row, ExecContext& ctx) const;
  std::string Describe() const;
};

// One edge next to a node: the edge and its far end (inside *rel).
struct Step {
  RelPtr rel;
  const std::string* other;
};

// Describes how to bind one relationship step.
struct StepSpec {
  std::vector<std::string> types;   // empty: all types
  Direction dir = Direction::kOut;  // relative to traversal: from -> to
  PatternCheck rel_check;
  std::vector<int> unique_against;  // relationship slots already bound in this MATCH
  // Nothing reads the relationship's values (only its type and ends, or not
  // at all): bind edges read from the adjacency keys, without their records.
  bool ids_only = false;
};

// Yields, for each incoming row, the nodes whose id (or folded name) is
// among the values of `key` (a String or a List of them).
class NodeSeekOp : public Operator {
 public:
  enum class By { kId, kName };
  NodeSeekOp(int slot, By by, const Expr* key, PatternCheck check, std::string var)
      : slot_(slot), by_(by), key_(key), check_(std::move(check)), var_(std::move(var)) {}
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  int slot_;
  By by_;
  const Expr* key_;
  PatternCheck check_;
  std::string var_;
};

class NodeScanOp : public Operator {
 public:
  NodeScanOp(int slot, PatternCheck check, std::string var)
      : slot_(slot), check_(std::move(check)), var_(std::move(var)) {}
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  int slot_;
  PatternCheck check_;
  std::string var_;
};

// A filter on an already bound node (labels/properties of a second mention).
class NodeCheckOp : public Operator {
 public:
  NodeCheckOp(int slot, PatternCheck check, std::string var)
      : slot_(slot), check_(std::move(check)), var_(std::move(var)) {}
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  int slot_;
  PatternCheck check_;
  std::string var_;
};

// Every edge of the given types, binding (from)-[rel]->(to) per `spec.dir`.
// Without `bind_rel` (an anonymous relationship nothing else reads) the rel
// slot stays unset, which spares a copy of every edge.
class EdgeScanOp : public Operator {
 public:
  EdgeScanOp(int from, int rel, int to, StepSpec spec, PatternCheck from_check,
             PatternCheck to_check, std::string text, bool bind_rel = true)
      : from_(from),
        rel_(rel),
        to_(to),
        spec_(std::move(spec)),
        from_check_(std::move(from_check)),
        to_check_(std::move(to_check)),
        text_(std::move(text)),
        bind_rel_(bind_rel) {}
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  bool Bind(Row& row, const Edge& edge, bool forward);
  Edge key_edge_;  // the current key of a keys-only scan
  int from_, rel_, to_;
  StepSpec spec_;
  PatternCheck from_check_, to_check_;
  std::string text_;
  bool bind_rel_;
};

// One hop from a bound node along OutEdges/InEdges. When `to_bound`, the
// far end must equal the node already in slot `to`.
class ExpandOp : public Operator {
 public:
  ExpandOp(int from, int rel, int to, bool to_bound, StepSpec spec, PatternCheck to_check,
           std::string text)
      : from_(from),
        rel_(rel),
        to_(to),
        to_bound_(to_bound),
        spec_(std::move(spec)),
        to_check_(std::move(to_check)),
        text_(std::move(text)) {}
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  int from_, rel_, to_;
  bool to_bound_;
  StepSpec spec_;
  PatternCheck to_check_;
  std::string text_;
  // Reused across rows (an operator is never re-entered while it expands).
  std::shared_ptr<std::vector<Edge>> buffer_;
  std::vector<Step> steps_;
};

// min..max hops with no relationship used twice; binds the list of
// relationships (in pattern order) to `rel`.
class VarExpandOp : public Operator {
 public:
  VarExpandOp(int from, int rel, int to, bool to_bound, StepSpec spec, int64_t min_hops,
              int64_t max_hops, bool reversed, PatternCheck to_check, std::string text)
      : from_(from),
        rel_(rel),
        to_(to),
        to_bound_(to_bound),
        spec_(std::move(spec)),
        min_(min_hops),
        max_(max_hops),
        reversed_(reversed),
        to_check_(std::move(to_check)),
        text_(std::move(text)) {}
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  bool EmitPath(Row& row, const std::string& end_id, const std::vector<RelPtr>& rels);
  int from_, rel_, to_;
  bool to_bound_;
  StepSpec spec_;
  int64_t min_, max_;
  bool reversed_;  // traversal runs right to left: reverse the list before binding
  PatternCheck to_check_;
  std::string text_;
};

// shortestPath / allShortestPaths between two bound nodes: bidirectional
// BFS over the reader's adjacency.
class ShortestPathOp : public Operator {
 public:
  ShortestPathOp(int from, int to, int path, int rel, bool all, StepSpec spec, int64_t min_hops,
                 int64_t max_hops, std::string text)
      : from_(from),
        to_(to),
        path_(path),
        rel_(rel),
        all_(all),
        spec_(std::move(spec)),
        min_(min_hops),
        max_(max_hops),
        text_(std::move(text)) {}
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  int from_, to_, path_, rel_;
  bool all_;
  StepSpec spec_;
  int64_t min_, max_;
  std::string text_;
};

// Assembles a named path from its pattern's node and relationship slots.
class BuildPathOp : public Operator {
 public:
  BuildPathOp(int path, std::vector<int> nodes, std::vector<int> rels, std::string var)
      : path_(path), nodes_(std::move(nodes)), rels_(std::move(rels)), var_(std::move(var)) {}
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  int path_;
  std::vector<int> nodes_, rels_;
  std::string var_;
};

class FilterOp : public Operator {
 public:
  FilterOp(const Expr* predicate, std::string text)
      : predicate_(predicate), text_(std::move(text)) {}
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  const Expr* predicate_;
  std::string text_;
};

// For each row runs the nested chain; if it produced nothing, emits the row
// with `null_slots` set to null.
class OptionalOp : public Operator {
 public:
  OptionalOp(std::vector<std::unique_ptr<Operator>> chain, std::vector<int> null_slots);
  bool Push(Row& row) override;
  std::string Describe() const override;
  std::vector<const Operator*> Children() const override;

 private:
  class Tail;
  std::vector<std::unique_ptr<Operator>> chain_;
  std::unique_ptr<Operator> tail_;
  std::vector<int> null_slots_;
  bool matched_ = false;
  bool stopped_ = false;
};

struct ProjectItem {
  const Expr* expr;
  int slot;
};

class ProjectOp : public Operator {
 public:
  explicit ProjectOp(std::vector<ProjectItem> items)
      : items_(std::move(items)), values_(items_.size()) {}
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  std::vector<ProjectItem> items_;
  std::vector<Value> values_;  // reused per row
};

struct AggregateCall {
  std::string function;       // count, collect, min, max, sum, avg
  const Expr* arg = nullptr;  // null: count(*)
  bool distinct = false;
};

// Groups rows by the key items and computes the aggregates of each group;
// then evaluates the output items (which read the aggregates through
// kAggRef) on the group's first row. With no key and no input, one row.
class AggregateOp : public Operator {
 public:
  AggregateOp(std::vector<ProjectItem> keys, std::vector<AggregateCall> calls,
              std::vector<ProjectItem> outputs, int provenance_slot,
              std::vector<int> provenance_from)
      : keys_(std::move(keys)),
        calls_(std::move(calls)),
        outputs_(std::move(outputs)),
        provenance_slot_(provenance_slot),
        provenance_from_(std::move(provenance_from)) {}
  bool Push(Row& row) override;
  bool Finish() override;
  std::string Describe() const override;

 private:
  struct Accumulator {
    int64_t count = 0;
    Value best;                            // min/max
    Value sum;                             // sum/avg
    List items;                            // collect
    std::unordered_set<std::string> seen;  // DISTINCT
  };
  struct Group {
    Row first;
    std::vector<Accumulator> acc;
    List provenance;
    std::unordered_set<std::string> provenance_seen;
  };
  bool Accumulate(const AggregateCall& call, Accumulator& acc, const Value& v);
  Value Result(const AggregateCall& call, const Accumulator& acc) const;

  std::vector<ProjectItem> keys_;
  std::vector<AggregateCall> calls_;
  std::vector<ProjectItem> outputs_;
  int provenance_slot_;
  std::vector<int> provenance_from_;
  std::unordered_map<std::string, size_t> index_;
  std::vector<Group> groups_;
};

class DistinctOp : public Operator {
 public:
  explicit DistinctOp(std::vector<int> slots) : slots_(std::move(slots)) {}
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  std::vector<int> slots_;
  std::unordered_set<std::string> seen_;
};

struct SortKey {
  const Expr* expr;
  bool descending;
};

class SortOp : public Operator {
 public:
  explicit SortOp(std::vector<SortKey> keys) : keys_(std::move(keys)) {}
  bool Push(Row& row) override;
  bool Finish() override;
  std::string Describe() const override;

 private:
  std::vector<SortKey> keys_;
  std::vector<std::pair<std::vector<Value>, Row>> rows_;
};

class SkipOp : public Operator {
 public:
  explicit SkipOp(int64_t n) : n_(n) {}
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  int64_t n_;
  int64_t seen_ = 0;
};

class LimitOp : public Operator {
 public:
  explicit LimitOp(int64_t n) : n_(n) {}
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  int64_t n_;
  int64_t passed_ = 0;
};

class UnwindOp : public Operator {
 public:
  UnwindOp(const Expr* list, int slot, std::string var)
      : list_(list), slot_(slot), var_(std::move(var)) {}
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  const Expr* list_;
  int slot_;
  std::string var_;
};

// CALL kz.betweenness() / kz.pagerank() / kz.degree(): builds a GraphSnapshot
// once, then yields (node, score) per node for each incoming row.
class CallOp : public Operator {
 public:
  CallOp(std::string procedure, std::vector<const Expr*> args, std::vector<std::string> columns,
         std::vector<int> slots)
      : procedure_(std::move(procedure)),
        args_(std::move(args)),
        columns_(std::move(columns)),
        slots_(std::move(slots)) {}
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  bool Compute(Row& row);
  std::string procedure_;
  std::vector<const Expr*> args_;
  std::vector<std::string> columns_;
  std::vector<int> slots_;
  bool computed_ = false;
  std::vector<std::pair<std::string, double>> scores_;
};

// The end of the chain: collects the column slots of each row, and (for
// QuerySubgraph) the nodes and relationships behind it.
class ResultSink : public Operator {
 public:
  ResultSink(std::vector<int> columns, size_t max_rows, int provenance_slot,
             std::vector<int> provenance_from)
      : columns_(std::move(columns)),
        max_rows_(max_rows),
        provenance_slot_(provenance_slot),
        provenance_from_(std::move(provenance_from)) {}
  bool Push(Row& row) override;
  bool Finish() override { return true; }
  std::string Describe() const override { return "Produce results"; }

  std::vector<std::vector<Value>> rows;
  std::vector<Value> provenance;  // nodes, relationships, paths (with collect_provenance)
  bool collect_provenance = false;
  // When set, rows go here instead of into `rows` (see EngineOptions).
  std::function<Status(std::vector<Value>& row)> on_row;

 private:
  std::vector<int> columns_;
  size_t max_rows_;
  int provenance_slot_;
  std::vector<int> provenance_from_;
  std::unordered_set<std::string> provenance_seen_;
  size_t emitted_ = 0;
};

// Adds the graph elements inside `v` (recursing into lists, maps and paths)
// to `out`, once each.
void CollectElements(const Value& v, std::unordered_set<std::string>* seen, List* out);

}  // namespace kzgraph::query

#endif  // KZGRAPH_SRC_QUERY_EXECUTOR_H_
