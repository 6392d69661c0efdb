// Renders a QueryResult for the terminal (aligned table), JSON (an array of
// row objects), CSV (RFC 4180) or TSV.
#ifndef KZGRAPH_SRC_QUERY_FORMAT_H_
#define KZGRAPH_SRC_QUERY_FORMAT_H_

#include <string>
#include <string_view>

#include "kzgraph/query.h"
#include "kzgraph/status.h"

namespace kzgraph::query {

// Display width of UTF-8 text in terminal columns: combining marks count 0,
// East Asian wide and fullwidth characters 2, others 1.
size_t DisplayWidth(std::string_view text);

// `format` is table, json, csv or tsv; InvalidArgument otherwise.
// With evidence in the result, table output lists it under the table and
// JSON rows get an "evidence" array; CSV/TSV add an "evidence" column.
Status FormatResult(const QueryResult& result, std::string_view format, std::string* out);

}  // namespace kzgraph::query

#endif  // KZGRAPH_SRC_QUERY_FORMAT_H_
