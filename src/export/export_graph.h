// The graph as exporters see it: filtered by ExportOptions, cleaned, sorted,
// with degrees and the evidence days of every edge and node. Built once per
// export so every writer shows the same nodes, edges and dates.
#ifndef KZGRAPH_SRC_EXPORT_EXPORT_GRAPH_H_
#define KZGRAPH_SRC_EXPORT_EXPORT_GRAPH_H_

#include <string>
#include <utility>
#include <vector>

#include "kzgraph/exporter.h"
#include "kzgraph/graph.h"
#include "kzgraph/ontology.h"
#include "kzgraph/status.h"

namespace kzgraph::exporting {

// A closed run of consecutive calendar days, "YYYY-MM-DD".
using DaySpan = std::pair<std::string, std::string>;

struct ExportNode {
  Node node;                          // id, kind, name and aliases as read (name: id when empty)
  std::string name;                   // CleanText(name) with line breaks kept
  std::vector<std::string> aliases;   // cleaned, line breaks as spaces
  std::string kind;                   // lower case; "unknown" when empty
  uint32_t degree = 0;                // kept edges in + out
  std::vector<std::string> articles;  // sorted ids of the articles of its kept edges
  std::vector<DaySpan> spells;        // from its edges' days; the graph's range if none
};

struct ExportEdge {
  Edge edge;
  size_t source = 0;  // index into ExportGraph::nodes
  size_t target = 0;
  std::string type;                   // lower case
  std::string first_seen, last_seen;  // "YYYY-MM-DD" or empty
  std::vector<std::string> articles;  // sorted supporting article ids
  std::vector<DaySpan> spells;        // runs of evidence days
};

struct ExportGraph {
  std::vector<ExportNode> nodes;    // sorted by node id
  std::vector<ExportEdge> edges;    // sorted by (source id, type, target id)
  std::string first_day, last_day;  // over all kept evidence; empty when undated
  std::vector<std::string> kinds;   // distinct node kinds present, sorted
  std::vector<std::string> types;   // distinct edge types present, sorted
  Ontology ontology;                // a copy, so the graph stands alone
};

// Reads `graph` through `options`' filters. InvalidArgument for an unknown
// relation type (with "did you mean"), a malformed --since/--until date or an
// unknown GEXF version; otherwise the reader's error.
Status BuildExportGraph(const GraphReader& graph, const ExportOptions& options, ExportGraph* out);

// "YYYY-MM-DD" from an ISO date or date-time, or empty when `text` does not
// start with a valid calendar date.
std::string IsoDay(std::string_view text);

// Colour "#rrggbb" as r, g, b (grey when malformed).
void ParseHexColor(std::string_view hex, int* r, int* g, int* b);

// The ontology entries for a kind or type, with neutral fallbacks for names
// the ontology does not know.
NodeKind KindStyle(const ExportGraph& g, std::string_view kind);
RelationType TypeStyle(const ExportGraph& g, std::string_view type);

// A fixed-format number ("%.2f" trimmed of trailing zeros) so output never
// depends on the locale or the stream's state.
std::string FormatNumber(double value);

}  // namespace kzgraph::exporting

#endif  // KZGRAPH_SRC_EXPORT_EXPORT_GRAPH_H_
