// GraphML 1.1 with declared keys; `label` and `weight` are the names Gephi
// and yEd map to labels and edge weights.
#include "export/escape.h"
#include "export/writers.h"

namespace kzgraph::exporting {
namespace {

void WriteData(std::ostream& out, const char* key, const std::string& value) {
  out << "      <data key=\"" << key << "\">" << XmlText(value) << "</data>\n";
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i > 0 ? " | " : "") + items[i];
  return out;
}

}  // namespace

void WriteGraphml(const ExportGraph& g, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd\">\n";
  // Key ids are unique across node and edge keys (the XSD's key constraint).
  out << "  <key id=\"v_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      << "  <key id=\"v_kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
      << "  <key id=\"v_aliases\" for=\"node\" attr.name=\"aliases\" attr.type=\"string\"/>\n"
      << "  <key id=\"v_degree\" for=\"node\" attr.name=\"degree\" attr.type=\"int\"/>\n"
      << "  <key id=\"v_first_seen\" for=\"node\" attr.name=\"first_seen\" attr.type=\"string\"/>\n"
      << "  <key id=\"v_last_seen\" for=\"node\" attr.name=\"last_seen\" attr.type=\"string\"/>\n"
      << "  <key id=\"v_color\" for=\"node\" attr.name=\"color\" attr.type=\"string\"/>\n"
      << "  <key id=\"v_kzgraph_id\" for=\"node\" attr.name=\"kzgraph_id\" attr.type=\"string\"/>\n"
      << "  <key id=\"e_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
      << "  <key id=\"e_type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
      << "  <key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
      << "  <key id=\"e_first_seen\" for=\"edge\" attr.name=\"first_seen\" attr.type=\"string\"/>\n"
      << "  <key id=\"e_last_seen\" for=\"edge\" attr.name=\"last_seen\" attr.type=\"string\"/>\n"
      << "  <key id=\"e_articles\" for=\"edge\" attr.name=\"articles\" attr.type=\"string\"/>\n";
  out << "  <graph id=\"kzgraph\" edgedefault=\"directed\">\n";
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    const ExportNode& n = g.nodes[i];
    out << "    <node id=\"n" << i << "\">\n";
    WriteData(out, "v_label", n.name);
    WriteData(out, "v_kind", n.kind);
    WriteData(out, "v_aliases", Join(n.aliases));
    WriteData(out, "v_degree", std::to_string(n.degree));
    if (!n.spells.empty()) {
      WriteData(out, "v_first_seen", n.spells.front().first);
      WriteData(out, "v_last_seen", n.spells.back().second);
    }
    WriteData(out, "v_color", KindStyle(g, n.kind).color);
    WriteData(out, "v_kzgraph_id", CleanText(n.node.id, true));
    out << "    </node>\n";
  }
  for (size_t i = 0; i < g.edges.size(); ++i) {
    const ExportEdge& e = g.edges[i];
    out << "    <edge id=\"e" << i << "\" source=\"n" << e.source << "\" target=\"n" << e.target
        << "\">\n";
    WriteData(out, "e_label", e.type);
    WriteData(out, "e_type", e.type);
    WriteData(out, "e_weight", std::to_string(e.edge.weight));
    if (!e.first_seen.empty()) WriteData(out, "e_first_seen", e.first_seen);
    if (!e.last_seen.empty()) WriteData(out, "e_last_seen", e.last_seen);
    WriteData(out, "e_articles", Join(e.articles));
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace kzgraph::exporting
