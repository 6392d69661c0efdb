// GEXF 1.3 (or 1.2draft): declared attributes, viz colours and sizes, and
// spells from the evidence days so Gephi's timeline plays the events.
#include <cmath>

#include "export/escape.h"
#include "export/writers.h"

namespace kzgraph::exporting {
namespace {

std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += items[i];
  }
  return out;
}

void WriteAttValue(std::ostream& out, const char* key, const std::string& value) {
  out << "          <attvalue for=\"" << key << "\" value=\"" << XmlAttr(value) << "\"/>\n";
}

void WriteSpells(std::ostream& out, const std::vector<DaySpan>& spells) {
  if (spells.empty()) return;
  out << "        <spells>\n";
  for (const DaySpan& s : spells) {
    out << "          <spell start=\"" << s.first << "\" end=\"" << s.second << "\"/>\n";
  }
  out << "        </spells>\n";
}

void WriteColor(std::ostream& out, const std::string& hex) {
  int r, g, b;
  ParseHexColor(hex, &r, &g, &b);
  out << "        <viz:color r=\"" << r << "\" g=\"" << g << "\" b=\"" << b << "\"/>\n";
}

}  // namespace

void WriteGexf(const ExportGraph& g, const std::string& version, std::ostream& out) {
  const bool v13 = version != "1.2";
  const std::string ns = v13 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft";
  const bool dynamic = !g.first_day.empty();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<gexf xmlns=\"" << ns << "\" xmlns:viz=\"" << ns << "/viz\" version=\""
      << (v13 ? "1.3" : "1.2") << "\">\n";
  out << "  <meta>\n    <creator>kzgraph</creator>\n"
      << "    <description>Actors and typed relations extracted from news articles; edge weight = "
         "supporting articles</description>\n  </meta>\n";
  out << "  <graph defaultedgetype=\"directed\" idtype=\"string\"";
  if (dynamic) {
    out << " mode=\"dynamic\" timeformat=\"date\" start=\"" << g.first_day << "\" end=\""
        << g.last_day << "\"";
  } else {
    out << " mode=\"static\"";
  }
  out << ">\n";
  // List values are joined with " | " in plain strings: liststring syntax
  // differs between readers, a string reads the same everywhere.
  out << "    <attributes class=\"node\" mode=\"static\">\n"
      << "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
      << "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
      << "      <attribute id=\"degree\" title=\"degree\" type=\"integer\"/>\n"
      << "      <attribute id=\"first_seen\" title=\"first_seen\" type=\"string\"/>\n"
      << "      <attribute id=\"last_seen\" title=\"last_seen\" type=\"string\"/>\n"
      << "      <attribute id=\"articles\" title=\"articles\" type=\"string\"/>\n"
      << "      <attribute id=\"kzgraph_id\" title=\"kzgraph_id\" type=\"string\"/>\n"
      << "    </attributes>\n";
  out << "    <attributes class=\"edge\" mode=\"static\">\n"
      << "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
      << "      <attribute id=\"weight\" title=\"weight\" type=\"double\"/>\n"
      << "      <attribute id=\"first_seen\" title=\"first_seen\" type=\"string\"/>\n"
      << "      <attribute id=\"last_seen\" title=\"last_seen\" type=\"string\"/>\n"
      << "      <attribute id=\"articles\" title=\"articles\" type=\"string\"/>\n"
      << "    </attributes>\n";

  out << "    <nodes count=\"" << g.nodes.size() << "\">\n";
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    const ExportNode& n = g.nodes[i];
    out << "      <node id=\"n" << i << "\" label=\"" << XmlAttr(n.name) << "\">\n";
    out << "        <attvalues>\n";
    WriteAttValue(out, "kind", n.kind);
    WriteAttValue(out, "aliases", Join(n.aliases, " | "));
    WriteAttValue(out, "degree", std::to_string(n.degree));
    if (!n.spells.empty()) {
      WriteAttValue(out, "first_seen", n.spells.front().first);
      WriteAttValue(out, "last_seen", n.spells.back().second);
    }
    WriteAttValue(out, "articles", Join(n.articles, " | "));
    WriteAttValue(out, "kzgraph_id", CleanText(n.node.id, true));
    out << "        </attvalues>\n";
    if (dynamic) WriteSpells(out, n.spells);
    WriteColor(out, KindStyle(g, n.kind).color);
    // Area grows with degree; square root keeps hubs from swamping the view.
    out << "        <viz:size value=\"" << FormatNumber(10.0 + 6.0 * std::sqrt(n.degree))
        << "\"/>\n";
    out << "      </node>\n";
  }
  out << "    </nodes>\n";

  out << "    <edges count=\"" << g.edges.size() << "\">\n";
  for (size_t i = 0; i < g.edges.size(); ++i) {
    const ExportEdge& e = g.edges[i];
    out << "      <edge id=\"e" << i << "\" source=\"n" << e.source << "\" target=\"n" << e.target
        << "\"";
    // 1.3 lets parallel edges of different types coexist through `kind`.
    if (v13) out << " kind=\"" << XmlAttr(e.type) << "\"";
    out << " label=\"" << XmlAttr(e.type) << "\" weight=\"" << e.edge.weight << "\">\n";
    out << "        <attvalues>\n";
    WriteAttValue(out, "type", e.type);
    WriteAttValue(out, "weight", std::to_string(e.edge.weight));
    if (!e.first_seen.empty()) WriteAttValue(out, "first_seen", e.first_seen);
    if (!e.last_seen.empty()) WriteAttValue(out, "last_seen", e.last_seen);
    WriteAttValue(out, "articles", Join(e.articles, " | "));
    out << "        </attvalues>\n";
    if (dynamic) WriteSpells(out, e.spells);
    WriteColor(out, TypeStyle(g, e.type).color);
    out << "        <viz:thickness value=\"" << FormatNumber(1.0 + std::log2(1.0 + e.edge.weight))
        << "\"/>\n";
    const std::string& style = TypeStyle(g, e.type).style;
    const char* shape = style == "dashed" ? "dashed" : style == "dotted" ? "dotted" : "solid";
    out << "        <viz:shape value=\"" << shape << "\"/>\n";
    out << "      </edge>\n";
  }
  out << "    </edges>\n";
  out << "  </graph>\n</gexf>\n";
}

}  // namespace kzgraph::exporting
