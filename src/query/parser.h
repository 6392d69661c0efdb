// Parser: tokens -> Query (see GRAMMAR.md). Recursive descent with a depth
// guard, so no input can exhaust the stack.
#ifndef KZGRAPH_SRC_QUERY_PARSER_H_
#define KZGRAPH_SRC_QUERY_PARSER_H_

#include <string_view>

#include "kzgraph/status.h"
#include "query/ast.h"

namespace kzgraph::query {

// Parses `text`. On failure InvalidArgument whose message starts with
// "SyntaxError: line L, column C: ..." and ends with the line and a caret.
Status Parse(std::string_view text, Query* out);

// True when `text` starts like a Cypher query (MATCH, OPTIONAL, WITH, RETURN,
// UNWIND, CALL, CREATE, EXPLAIN, or a comment) rather than a question.
bool LooksLikeCypher(std::string_view text);

}  // namespace kzgraph::query

#endif  // KZGRAPH_SRC_QUERY_PARSER_H_
