// The engine behind RunQuery: Cypher text -> parse -> bind -> plan ->
// execute, returning typed values (the public API renders them as cells).
#ifndef KZGRAPH_SRC_QUERY_ENGINE_H_
#define KZGRAPH_SRC_QUERY_ENGINE_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kzgraph/graph.h"
#include "kzgraph/memory_graph.h"
#include "kzgraph/ontology.h"
#include "kzgraph/status.h"
#include "query/value.h"

namespace kzgraph::query {

struct EngineOptions {
  size_t max_rows = 0;
  bool collect_provenance = false;
  bool explain_only = false;
  // When set, each result row goes here as it is produced (nodes loaded)
  // instead of into EngineResult::rows, so a large result is never held
  // twice. A non-OK status stops the query and is returned.
  std::function<Status(std::vector<Value>& row)> on_row;
};

struct EngineResult {
  std::string ast;   // Print(Query) after binding
  std::string plan;  // Plan::Describe()
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
  std::vector<Value> provenance;  // nodes and relationships behind the rows
};

// Runs Cypher `text`. `ontology` may be null (no label/type checks).
Status RunCypher(const GraphReader& graph, const Ontology* ontology, std::string_view text,
                 const EngineOptions& options, EngineResult* out);

// Builds a graph from CREATE clauses (test fixtures): each node pattern
// becomes a Node (label -> kind, id defaults to the variable, name to the
// id; aliases a list; other properties stored as strings), each directed
// relationship an Edge (weight, first_seen, last_seen; `evidence` a list of
// 'article|date|sentence' strings). A variable names the same node across
// the text. InvalidArgument with position on a malformed fixture.
Status LoadFixture(std::string_view text, const Ontology* ontology, MemoryGraph* out);

}  // namespace kzgraph::query

#endif  // KZGRAPH_SRC_QUERY_ENGINE_H_
