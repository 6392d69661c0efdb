// GraphViz DOT: nodes shaped and coloured by kind, edges coloured and styled
// by type with penwidth by weight, and a legend cluster. Ids are n0, n1...;
// names appear only inside escaped quoted strings.
#include <cmath>

#include "export/escape.h"
#include "export/writers.h"

namespace kzgraph::exporting {
namespace {

std::string Quoted(std::string_view text) { return "\"" + DotString(text) + "\""; }

// A few characters that look like the edge style, for the legend.
const char* LineSample(const std::string& style) {
  if (style == "bold") return "\u2501\u2501\u2501";
  if (style == "dashed") return "\u254c\u254c\u254c";
  if (style == "dotted") return "\u2508\u2508\u2508";
  return "\u2500\u2500\u2500";
}

}  // namespace

void WriteDot(const ExportGraph& g, const ExportOptions& options, std::ostream& out) {
  const bool large = g.nodes.size() > options.large_graph_nodes;
  out << "digraph kzgraph {\n";
  out << "  graph [charset=\"UTF-8\", outputorder=edgesfirst, fontname=\"Helvetica\"";
  if (large) {
    // Thousands of nodes: force-directed multiscale layout, overlap removal
    // by prism, straight edges (spline routing is quadratic).
    out << ", layout=sfdp, overlap=prism, overlap_scaling=2, splines=false, K=1.2";
  } else {
    out << ", layout=dot, rankdir=LR, overlap=false, splines=true, nodesep=0.3, ranksep=0.9";
  }
  out << "];\n";
  out << "  node [style=filled, fontname=\"Helvetica\", fontsize=11, fontcolor=\"#1a1a1a\"];\n";
  out << "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];\n";

  for (size_t i = 0; i < g.nodes.size(); ++i) {
    const ExportNode& n = g.nodes[i];
    const NodeKind style = KindStyle(g, n.kind);
    const std::string tooltip =
        n.name + " (" + n.kind + ", degree " + std::to_string(n.degree) + ")";
    out << "  n" << i << " [label=" << Quoted(TruncateChars(n.name, options.max_label_chars))
        << ", tooltip=" << Quoted(tooltip) << ", shape=" << Quoted(style.shape)
        << ", fillcolor=" << Quoted(style.color + "cc") << ", color=" << Quoted(style.color)
        << ", width=" << FormatNumber(0.5 + 0.15 * std::sqrt(n.degree)) << "];\n";
  }
  for (const ExportEdge& e : g.edges) {
    const RelationType style = TypeStyle(g, e.type);
    std::string tooltip = g.nodes[e.source].name + " " + style.label_en + " " +
                          g.nodes[e.target].name + ", " + std::to_string(e.edge.weight) +
                          " article(s)";
    if (!e.first_seen.empty()) tooltip += ", " + e.first_seen + " to " + e.last_seen;
    out << "  n" << e.source << " -> n" << e.target << " [";
    // Thousands of edge labels are unreadable and slow the layout: large
    // graphs show the type by colour and style (see the legend) and tooltip.
    if (!large) out << "label=" << Quoted(e.type) << ", ";
    out << "tooltip=" << Quoted(TruncateChars(tooltip, 2000)) << ", color=" << Quoted(style.color)
        << ", fontcolor=" << Quoted(style.color) << ", style=" << Quoted(style.style)
        << ", penwidth=" << FormatNumber(1.0 + 1.5 * std::log2(1.0 + e.edge.weight))
        << ", weight=" << std::max<uint32_t>(1, e.edge.weight);
    if (style.symmetric) out << ", dir=both";
    out << "];\n";
  }

  // Legend: one table node listing the kinds and types present, so it
  // stays small whatever the layout engine.
  if (!g.nodes.empty()) {
    out << "  subgraph cluster_legend {\n"
        << "    label=\"Legend\"; fontsize=12; style=rounded; color=\"#999999\";\n"
        << "    legend [shape=plaintext, style=\"\", fontsize=10, label=<"
        << "<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"3\">";
    for (const std::string& kind : g.kinds) {
      const NodeKind style = KindStyle(g, kind);
      out << "<tr><td bgcolor=\"" << XmlAttr(style.color) << "\">" << XmlText(kind) << " ("
          << XmlText(style.shape) << ")</td></tr>";
    }
    for (const std::string& type : g.types) {
      const RelationType style = TypeStyle(g, type);
      out << "<tr><td align=\"left\"><font color=\"" << XmlAttr(style.color) << "\">"
          << LineSample(style.style) << " " << XmlText(type) << "</font></td></tr>";
    }
    out << "</table>>];\n  }\n";
  }
  out << "}\n";
}

}  // namespace kzgraph::exporting
