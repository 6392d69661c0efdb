// The built-in functions and procedures the binder accepts and the executor
// implements.
#ifndef KZGRAPH_SRC_QUERY_FUNCTIONS_H_
#define KZGRAPH_SRC_QUERY_FUNCTIONS_H_

#include <string>
#include <string_view>
#include <vector>

namespace kzgraph::query {

// count, collect, min, max, sum, avg.
bool IsAggregateFunction(std::string_view lower_name);
// Scalar functions (lower-cased names), and their count of arguments.
bool FindScalarFunction(std::string_view lower_name, int* min_args, int* max_args);
std::vector<std::string> FunctionNames();

struct ProcedureInfo {
  const char* name;  // "kz.betweenness"
  const char* description;
  std::vector<std::string> columns;  // what YIELD may name
};
// Case-insensitive; nullptr when unknown.
const ProcedureInfo* FindProcedure(std::string_view name);
const std::vector<ProcedureInfo>& Procedures();

}  // namespace kzgraph::query

#endif  // KZGRAPH_SRC_QUERY_FUNCTIONS_H_
