// Cytoscape.js `elements` JSON: {"elements":{"nodes":[{"data":...}],
// "edges":[{"data":...}]}}. Node ids are the graph's own ids.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "export/escape.h"
#include "export/writers.h"

namespace kzgraph::exporting {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void Field(Writer& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}

}  // namespace

void WriteCytoscapeJson(const ExportGraph& g, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  Writer w(stream);
  w.SetIndent(' ', 1);
  w.StartObject();
  w.Key("elements");
  w.StartObject();
  w.Key("nodes");
  w.StartArray();
  for (const ExportNode& n : g.nodes) {
    w.StartObject();
    w.Key("data");
    w.StartObject();
    Field(w, "id", CleanText(n.node.id, true));
    Field(w, "label", n.name);
    Field(w, "kind", n.kind);
    w.Key("aliases");
    w.StartArray();
    for (const std::string& alias : n.aliases) w.String(alias.c_str(), alias.size());
    w.EndArray();
    w.Key("degree");
    w.Uint(n.degree);
    Field(w, "color", KindStyle(g, n.kind).color);
    Field(w, "shape", KindStyle(g, n.kind).shape);
    if (!n.spells.empty()) {
      Field(w, "first_seen", n.spells.front().first);
      Field(w, "last_seen", n.spells.back().second);
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (size_t i = 0; i < g.edges.size(); ++i) {
    const ExportEdge& e = g.edges[i];
    w.StartObject();
    w.Key("data");
    w.StartObject();
    Field(w, "id", "e" + std::to_string(i));
    Field(w, "source", CleanText(g.nodes[e.source].node.id, true));
    Field(w, "target", CleanText(g.nodes[e.target].node.id, true));
    Field(w, "label", e.type);
    Field(w, "type", e.type);
    w.Key("weight");
    w.Uint(e.edge.weight);
    if (!e.first_seen.empty()) Field(w, "first_seen", e.first_seen);
    if (!e.last_seen.empty()) Field(w, "last_seen", e.last_seen);
    Field(w, "color", TypeStyle(g, e.type).color);
    w.Key("articles");
    w.StartArray();
    for (const std::string& a : e.articles) w.String(a.c_str(), a.size());
    w.EndArray();
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.EndObject();
  stream.Flush();
  out << "\n";
}

}  // namespace kzgraph::exporting
