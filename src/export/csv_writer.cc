// CSV for `neo4j-admin database import`: header types in the column names,
// arrays split on ';', relationship types in upper case. Line breaks inside
// names become spaces, since the importer reads one record per line unless
// --multiline-fields is given.
#include <algorithm>

#include "export/escape.h"
#include "export/writers.h"

namespace kzgraph::exporting {
namespace {

std::string OneLine(std::string_view text) { return CleanText(text, false); }

std::string Capitalized(std::string_view kind) {
  std::string out(kind);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

std::string Upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  return out;
}

}  // namespace

void WriteCsvNodes(const ExportGraph& g, std::ostream& out) {
  out << "id:ID,name,kind,aliases:string[],:LABEL\n";
  for (const ExportNode& n : g.nodes) {
    // ';' separates array items and has no escape: inside one alias it
    // becomes ','.
    std::string aliases;
    for (size_t i = 0; i < n.aliases.size(); ++i) {
      std::string alias = n.aliases[i];
      std::replace(alias.begin(), alias.end(), ';', ',');
      aliases += (i > 0 ? ";" : "") + alias;
    }
    out << CsvField(OneLine(n.node.id)) << ',' << CsvField(OneLine(n.name)) << ','
        << CsvField(n.kind) << ',' << CsvField(aliases) << ','
        << CsvField("Actor;" + Capitalized(n.kind)) << '\n';
  }
}

void WriteCsvRelationships(const ExportGraph& g, std::ostream& out) {
  out << ":START_ID,:END_ID,:TYPE,weight:int,first_seen:date,last_seen:date\n";
  for (const ExportEdge& e : g.edges) {
    out << CsvField(OneLine(g.nodes[e.source].node.id)) << ','
        << CsvField(OneLine(g.nodes[e.target].node.id)) << ',' << CsvField(Upper(e.type)) << ','
        << e.edge.weight << ',' << e.first_seen << ',' << e.last_seen << '\n';
  }
}

}  // namespace kzgraph::exporting
