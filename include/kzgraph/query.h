// Query: plain-word questions (English, French) and a Cypher subset, answered
// on any GraphReader. Stages: parse -> bind -> plan -> execute (src/query).
#ifndef KZGRAPH_QUERY_H_
#define KZGRAPH_QUERY_H_

#include <string>
#include <string_view>
#include <vector>

#include "kzgraph/graph.h"
#include "kzgraph/memory_graph.h"
#include "kzgraph/status.h"

namespace kzgraph {

struct QueryOptions {
  bool evidence = false;  // attach supporting sentences to returned edges
  size_t limit = 0;       // 0: no limit beyond the query's own
  bool explain = false;   // map, parse and plan only: fill cypher and plan, no rows
};

// A result cell rendered as text, with its JSON form for --format json.
struct Cell {
  std::string text;  // table/CSV rendering; empty for null
  std::string json;  // a JSON value ("null", "3", "\"Putin\"", {...})
};

// The evidence of one edge that appears in the result.
struct EdgeEvidence {
  std::string source, type, target;
  std::vector<Evidence> evidence;  // one per supporting article
};

struct QueryResult {
  std::string cypher;  // the Cypher the question was mapped to (or the query itself)
  std::string plan;    // the operator tree, one operator per line
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
  // With QueryOptions::evidence: each distinct edge of the result (in order
  // of first appearance, including edges inside paths and lists) and, per
  // row, the indexes into `evidence` of that row's edges.
  std::vector<EdgeEvidence> evidence;
  std::vector<std::vector<size_t>> row_evidence;
};

// Runs `text` (a Cypher query, or a plain-word question in English or
// French, see schema/questions.tsv) against `graph`. On success fills
// *result. InvalidArgument for a malformed query ("SyntaxError: line L,
// column C: ..." with the line and a caret), an unknown name, label or type
// ("SemanticError: ... did you mean accuses?"), a runtime type error
// ("TypeError: ..."), or an unrecognised question (listing the forms
// understood); the reader's error if it fails. No exception escapes.
Status RunQuery(const GraphReader& graph, std::string_view text, const QueryOptions& options,
                QueryResult* result);

// The subgraph a query returns: every node and relationship appearing in its
// result (inside paths and lists too) and the nodes and relationships bound
// by the variables in scope at its RETURN, with their evidence and the
// articles that evidence cites, copied from `graph` into *out (which is added
// to, not cleared). Fails as RunQuery does.
Status QuerySubgraph(const GraphReader& graph, std::string_view text, MemoryGraph* out);

}  // namespace kzgraph

#endif  // KZGRAPH_QUERY_H_
