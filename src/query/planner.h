// Planner: a bound Query -> a chain of operators. Patterns start where they
// are anchored (a bound variable, an id or name seek from a property map or
// a WHERE conjunct), else from an edge-type scan, else from a label scan;
// then they expand hop by hop. WHERE conjuncts run as soon as their
// variables are bound.
#ifndef KZGRAPH_SRC_QUERY_PLANNER_H_
#define KZGRAPH_SRC_QUERY_PLANNER_H_

#include <memory>
#include <string>
#include <vector>

#include "kzgraph/status.h"
#include "query/ast.h"
#include "query/executor.h"

namespace kzgraph::query {

struct PlanOptions {
  size_t max_rows = 0;              // 0: unlimited
  bool collect_provenance = false;  // for QuerySubgraph
};

struct Plan {
  std::vector<std::unique_ptr<Operator>> ops;  // ops[i] pushes to ops[i + 1]
  ResultSink* sink = nullptr;                  // the last of ops
  std::vector<std::string> columns;
  std::vector<std::unique_ptr<Expr>> owned;  // expressions the planner made
  size_t row_size = 0;
  // One operator per line, nested ones indented.
  std::string Describe() const;
};

// Plans `query` (bound; the planner may rewrite its aggregate expressions
// and must outlive the plan). InvalidArgument for a bad SKIP/LIMIT value.
Status BuildPlan(Query& query, std::string_view text, const PlanOptions& options, Plan* out);

// Runs `plan` on `ctx` (graph set). Rows land in plan.sink->rows.
Status ExecutePlan(Plan& plan, ExecContext& ctx);

}  // namespace kzgraph::query

#endif  // KZGRAPH_SRC_QUERY_PLANNER_H_
