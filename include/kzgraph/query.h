// Query: plain-word questions (English, French) and a Cypher subset, answered
// on any GraphReader. Stages: parse -> bind -> plan -> execute (src/query).
#ifndef KZGRAPH_QUERY_H_
#define KZGRAPH_QUERY_H_

#include <string>
#include <string_view>
#include <vector>

#include "kzgraph/graph.h"
#include "kzgraph/status.h"

namespace kzgraph {

struct QueryOptions {
  bool evidence = false;  // attach supporting sentences to returned edges
  size_t limit = 0;       // 0: no limit beyond the query's own
};

// A result cell rendered as text, with its JSON form for --format json.
struct Cell {
  std::string text;  // table/CSV rendering; empty for null
  std::string json;  // a JSON value ("null", "3", "\"Putin\"", {...})
};

struct QueryResult {
  std::string cypher;  // the Cypher the question was mapped to (or the query itself)
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
  std::vector<std::string> evidence;  // with QueryOptions::evidence, one line per sentence
};

// Runs `text` against `graph`. InvalidArgument for a malformed query (the
// message gives line, column and a caret line) or an unknown name/type (with
// "did you mean ..."), or an unrecognised question (listing the forms
// understood).
Status RunQuery(const GraphReader& graph, std::string_view text, const QueryOptions& options,
                QueryResult* result);

}  // namespace kzgraph

#endif  // KZGRAPH_QUERY_H_
