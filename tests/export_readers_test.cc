// The exports read back by the real tools: xmllint against the GEXF RELAX NG
// and GraphML XSD schemas, NetworkX's GEXF and GraphML readers, Graphviz's
// dot, and Python's csv and json modules. The fixture graphs are the
// Kazakhstan actors and a graph of hostile names.
#include <rapidjson/document.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>

#include "export/escape.h"
#include "export_util.h"
#include "kzgraph/memory_graph.h"

using namespace kzgraph;
using namespace kzgraph::export_test;
using namespace kzgraph::testing;

namespace {

// A node or edge as a reader reports it, reduced to comparable strings.
using Row = std::vector<std::string>;

// NetworkX / json output: {"nodes": [[label, kind, degree]...],
// "edges": [[source label, label, target label, type, weight]...]}.
const char* kReadGexf = R"PY(
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
lab = lambda n: g.nodes[n]["label"]
print(json.dumps({
  "nodes": [[d["label"], d["kind"], str(d["degree"])] for _, d in g.nodes(data=True)],
  "edges": [[lab(u), d["label"], lab(v), d["type"], "%g" % d["weight"]]
            for u, v, d in g.edges(data=True)],
  "spells": {lab(u) + " " + d["label"] + " " + lab(v): d.get("spells", [])
             for u, v, d in g.edges(data=True)},
  "node_spells": {d["label"]: d.get("spells", []) for _, d in g.nodes(data=True)},
  "mode": g.graph.get("mode")}))
)PY";

const char* kReadGraphml = R"PY(
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
lab = lambda n: g.nodes[n]["label"]
print(json.dumps({
  "nodes": [[d["label"], d["kind"], str(d["degree"])] for _, d in g.nodes(data=True)],
  "edges": [[lab(u), d["label"], lab(v), d["type"], "%g" % d["weight"]]
            for u, v, d in g.edges(data=True)]}))
)PY";

const char* kReadCytoscapeJson = R"PY(
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
nodes = doc["elements"]["nodes"]; edges = doc["elements"]["edges"]
ids = [n["data"]["id"] for n in nodes]
assert len(ids) == len(set(ids)), "duplicate node id"
eids = [e["data"]["id"] for e in edges]
assert len(eids) == len(set(eids)), "duplicate edge id"
label = {n["data"]["id"]: n["data"]["label"] for n in nodes}
for e in edges:
  assert e["data"]["source"] in label and e["data"]["target"] in label, "dangling edge"
print(json.dumps({
  "nodes": [[n["data"]["label"], n["data"]["kind"], str(n["data"]["degree"])] for n in nodes],
  "edges": [[label[e["data"]["source"]], e["data"]["label"], label[e["data"]["target"]],
             e["data"]["type"], "%g" % e["data"]["weight"]] for e in edges]}))
)PY";

// Neo4j import CSV: fixed headers, every row as wide as its header, edges
// pointing at node ids, upper-case types, ISO dates. Prints the rows as
// the same JSON shape (degree from the relationships).
const char* kReadNeo4jCsv = R"PY(
import csv, json, re, sys
def rows(name):
  with open(sys.argv[1] + "/" + name, newline="", encoding="utf-8") as f:
    return list(csv.reader(f))
nodes, rels = rows("nodes.csv"), rows("relationships.csv")
assert nodes[0] == ["id:ID", "name", "kind", "aliases:string[]", ":LABEL"], nodes[0]
assert rels[0] == [":START_ID", ":END_ID", ":TYPE", "weight:int", "first_seen:date",
                   "last_seen:date"], rels[0]
for table in (nodes, rels):
  for i, r in enumerate(table):
    assert len(r) == len(table[0]), "row %d has %d fields" % (i, len(r))
name = {r[0]: r[1] for r in nodes[1:]}
assert len(name) == len(nodes) - 1, "duplicate id"
degree = {k: 0 for k in name}
for r in rels[1:]:
  assert r[0] in name and r[1] in name, "dangling relationship"
  assert r[2] == r[2].upper() and re.fullmatch(r"[A-Z_]+", r[2]), r[2]
  assert int(r[3]) >= 1
  for d in r[4:6]:
    assert d == "" or re.fullmatch(r"\d{4}-\d\d-\d\d", d), d
  degree[r[0]] += 1; degree[r[1]] += 1
for r in nodes[1:]:
  assert r[4].startswith("Actor;") and r[4].split(";")[1].lower() == r[2], r[4]
print(json.dumps({
  "nodes": [[r[1], r[2], str(degree[r[0]])] for r in nodes[1:]],
  "edges": [[name[r[0]], r[2].lower(), name[r[1]], r[2].lower(), r[3]] for r in rels[1:]]}))
)PY";

// GEXF structure the schemas do not enforce (unique ASCII ids, edges that
// reference nodes, unique source-target-kind triplets) and the timeline:
// every node and edge has spells inside [first, last].
const char* kCheckGexfTimeline = R"PY(
import sys, xml.etree.ElementTree as ET
path, first, last = sys.argv[1:4]
root = ET.parse(path).getroot()
ns = root.tag[1:].split("}")[0]
q = lambda t: "{%s}%s" % (ns, t)
graph = root.find(q("graph"))
problems = []
if graph.get("mode") != "dynamic" or graph.get("timeformat") != "date":
  problems.append("graph is not dynamic with timeformat=date")
ids = [n.get("id") for n in graph.iter(q("node"))]
if len(ids) != len(set(ids)): problems.append("duplicate node id")
if not all(i.isascii() and i.isalnum() for i in ids): problems.append("non-ASCII id")
def check(what, el):
  spells = el.find(q("spells"))
  if spells is None or len(spells) == 0:
    problems.append("%s %s has no spell" % (what, el.get("id"))); return
  for s in spells:
    a, b = s.get("start"), s.get("end")
    if not (first <= a <= b <= last):
      problems.append("%s %s spell %s..%s outside %s..%s" % (what, el.get("id"), a, b, first, last))
for n in graph.iter(q("node")): check("node", n)
seen = set(); edges = 0
for e in graph.iter(q("edge")):
  edges += 1
  if e.get("source") not in ids or e.get("target") not in ids: problems.append("dangling edge")
  # 1.2draft has no edge kind: there the label tells parallel edges apart.
  key = (e.get("source"), e.get("target"), e.get("kind") or e.get("label"))
  if key in seen: problems.append("repeated source-target-kind %s" % (key,))
  seen.add(key); check("edge", e)
print("\n".join(problems) if problems else "timeline ok: %d nodes, %d edges" % (len(ids), edges))
)PY";

// Texts of an SVG drawing, one per line, as JSON.
const char* kSvgTexts = R"PY(
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
print(json.dumps([t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]))
)PY";

// Runs an inline Python script on `args`; REQUIREs exit 0; returns stdout.
std::string RunPython(const TempDir& dir, const std::string& name, const char* script,
                      const std::string& args) {
  const std::string path = dir / (name + ".py");
  WriteFile(path, script);
  std::string output;
  const int code = RunCommand("python3 " + ShellQuote(path) + " " + args, &output);
  INFO("python3 " << name << " " << args << "\n" << output);
  REQUIRE(code == 0);
  return output;
}

void ParseJson(const std::string& text, rapidjson::Document* doc) {
  doc->Parse(text.c_str(), text.size());
  INFO(text.substr(0, 2000));
  REQUIRE_FALSE(doc->HasParseError());
}

std::vector<Row> Rows(const rapidjson::Value& array) {
  std::vector<Row> rows;
  for (const auto& item : array.GetArray()) {
    Row row;
    for (const auto& cell : item.GetArray())
      row.emplace_back(cell.GetString(), cell.GetStringLength());
    rows.push_back(std::move(row));
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

// The label a reader must give back for each node: the name itself, except
// where the writers must remove characters (control) or repair bytes
// (invalid UTF-8).
std::string ExpectedName(const Node& n) {
  if (n.id == "control") return "Bell Null Esc DEL End";
  if (n.id == "badutf8") return "Bad \uFFFD\uFFFD UTF-8 \uFFFD";
  return n.name;
}

// What every reader should report for `g` (unfiltered).
void ExpectedRows(const GraphReader& g, std::vector<Row>* nodes, std::vector<Row>* edges,
                  bool one_line_names = false) {
  std::map<std::string, std::string> name;
  std::map<std::string, int> degree;
  REQUIRE(g.ForEachEdge("", [&](const Edge& e) {
             ++degree[e.source];
             ++degree[e.target];
             return true;
           }).ok());
  REQUIRE(g.ForEachNode([&](const Node& n) {
             std::string label = ExpectedName(n);
             if (one_line_names) label = exporting::CleanText(label, false);
             name[n.id] = label;
             nodes->push_back({label, n.kind, std::to_string(degree[n.id])});
             return true;
           }).ok());
  REQUIRE(g.ForEachEdge("", [&](const Edge& e) {
             edges->push_back(
                 {name[e.source], e.type, name[e.target], e.type, std::to_string(e.weight)});
             return true;
           }).ok());
  std::sort(nodes->begin(), nodes->end());
  std::sort(edges->begin(), edges->end());
}

void CheckReaderRows(const std::string& reader, const std::string& json, const GraphReader& g,
                     bool one_line_names = false) {
  rapidjson::Document doc;
  ParseJson(json, &doc);
  std::vector<Row> nodes, edges;
  ExpectedRows(g, &nodes, &edges, one_line_names);
  INFO(reader);
  REQUIRE(Rows(doc["nodes"]).size() == nodes.size());
  REQUIRE(Rows(doc["edges"]).size() == edges.size());
  CHECK(Rows(doc["nodes"]) == nodes);
  CHECK(Rows(doc["edges"]) == edges);
}

void Xmllint(const std::string& args, const std::string& file) {
  std::string output;
  const int code = RunCommand("xmllint --nonet --noout " + args + " " + ShellQuote(file), &output);
  INFO("xmllint " << args << " " << file << "\n" << output.substr(0, 4000));
  CHECK(code == 0);
}

// xmllint against GEXF 1.3 or (patched as tests/schemas/README.md says)
// 1.2draft RELAX NG.
void ValidateGexf(const TempDir& dir, const std::string& version, const std::string& file) {
  if (version == "1.3") {
    const std::string folder = SchemaFolder("gexf-1.3");
    REQUIRE_FALSE(folder.empty());  // shipped in tests/schemas
    Xmllint("--relaxng " + ShellQuote(folder + "/gexf.rng"), file);
    return;
  }
  const std::string folder = SchemaFolder("gexf-1.2draft");
  REQUIRE_FALSE(folder.empty());
  const std::filesystem::path patched = dir.path() / "gexf-1.2draft";
  std::filesystem::create_directories(patched);
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() == ".rng") {
      std::filesystem::copy_file(entry.path(), patched / entry.path().filename(),
                                 std::filesystem::copy_options::overwrite_existing);
    }
  }
  std::string grammar = ReadFile((patched / "gexf.rng").string());
  const std::string include = "<include href=\"viz.rng\"/>";
  const size_t at = grammar.find(include);
  REQUIRE(at != std::string::npos);
  grammar.replace(at, include.size(),
                  "<include href=\"viz.rng\" ns=\"http://www.gexf.net/1.2draft/viz\"/>");
  WriteFile((patched / "gexf.rng").string(), grammar);
  Xmllint("--relaxng " + ShellQuote((patched / "gexf.rng").string()), file);
}

void ValidateGraphmlWithCatalog(const std::string& file) {
  const std::string folder = SchemaFolder("graphml");
  if (folder.empty()) {
    WARN(
        "WARN: GraphML XSD not found (../shared/schemas/graphml); skipping only the xmllint "
        "--schema check of "
        << file);
    return;
  }
  std::string output;
  const std::string command = "XML_CATALOG_FILES=" + ShellQuote(folder + "/catalog.xml") +
                              " xmllint --nonet --noout --schema " +
                              ShellQuote(folder + "/graphml.xsd") + " " + ShellQuote(file);
  const int code = RunCommand(command, &output);
  INFO(command << "\n" << output.substr(0, 4000));
  CHECK(code == 0);
}

// Renders a DOT file with Graphviz and returns the SVG's texts.
std::string RenderDot(const TempDir& dir, const std::string& dot_file) {
  const std::string svg = dot_file + ".svg";
  std::string output;
  const int code =
      RunCommand("dot -Tsvg " + ShellQuote(dot_file) + " -o " + ShellQuote(svg), &output);
  INFO("dot -Tsvg " << dot_file << "\n" << output.substr(0, 4000));
  REQUIRE(code == 0);
  Xmllint("", svg);
  return RunPython(dir, "svg_texts", kSvgTexts, ShellQuote(svg));
}

void ExportAndReadAll(const MemoryGraph& g, const std::string& first_day,
                      const std::string& last_day) {
  TempDir dir("export");
  for (const std::string version : {"1.3", "1.2"}) {
    ExportOptions options;
    options.gexf_version = version;
    const std::string gexf = dir / ("graph-" + version + ".gexf");
    ExportToFile(g, "gexf", options, gexf);
    ValidateGexf(dir, version, gexf);
    CheckReaderRows("networkx read_gexf " + version,
                    RunPython(dir, "read_gexf", kReadGexf, ShellQuote(gexf)), g);
    const std::string timeline = RunPython(dir, "timeline", kCheckGexfTimeline,
                                           ShellQuote(gexf) + " " + first_day + " " + last_day);
    INFO(timeline);
    CHECK(timeline.rfind("timeline ok", 0) == 0);
  }
  const std::string graphml = dir / "graph.graphml";
  ExportToFile(g, "graphml", {}, graphml);
  ValidateGraphmlWithCatalog(graphml);
  CheckReaderRows("networkx read_graphml",
                  RunPython(dir, "read_graphml", kReadGraphml, ShellQuote(graphml)), g);

  const std::string json = dir / "graph.json";
  ExportToFile(g, "json", {}, json);
  CheckReaderRows("python json (Cytoscape elements)",
                  RunPython(dir, "read_json", kReadCytoscapeJson, ShellQuote(json)), g);

  const std::string csv = dir / "csv";
  ExportToFile(g, "csv", {}, csv);
  CheckReaderRows("python csv (Neo4j import)",
                  RunPython(dir, "read_csv", kReadNeo4jCsv, ShellQuote(csv)), g,
                  /*one_line_names=*/true);
}

}  // namespace

TEST_CASE("Kazakhstan graph exports are read back by xmllint, NetworkX, csv and json", "[export]") {
  const MemoryGraph g = KazakhstanGraph();
  ExportAndReadAll(g, "2022-01-05", "2022-01-10");

  // Spells follow the evidence days: runs of consecutive days.
  TempDir dir("export");
  const std::string gexf = dir / "kz.gexf";
  ExportToFile(g, "gexf", {}, gexf);
  rapidjson::Document doc;
  ParseJson(RunPython(dir, "read_gexf", kReadGexf, ShellQuote(gexf)), &doc);
  CHECK(std::string(doc["mode"].GetString()) == "dynamic");
  const auto spells = [&](const rapidjson::Value& v) {
    std::vector<std::string> out;
    for (const auto& s : v.GetArray()) {
      out.push_back(std::string(s[0].GetString()) + ".." + s[1].GetString());
    }
    return out;
  };
  CHECK(spells(doc["spells"]["Kassym-Jomart Tokaïev accuses terroristes"]) ==
        std::vector<std::string>{"2022-01-07..2022-01-07", "2022-01-10..2022-01-10"});
  CHECK(spells(doc["spells"]["Kassym-Jomart Tokaïev requests_aid OTSC"]) ==
        std::vector<std::string>{"2022-01-05..2022-01-06"});
  CHECK(spells(doc["node_spells"]["Kassym-Jomart Tokaïev"]) ==
        std::vector<std::string>{"2022-01-05..2022-01-07", "2022-01-09..2022-01-10"});
  // The isolated node spans the whole period.
  CHECK(spells(doc["node_spells"]["Kirghizistan"]) ==
        std::vector<std::string>{"2022-01-05..2022-01-10"});

  // Graphviz draws the DOT; every actor's label is in the picture.
  const std::string dot = dir / "kz.dot";
  ExportToFile(g, "dot", {}, dot);
  rapidjson::Document texts;
  ParseJson(RenderDot(dir, dot), &texts);
  std::vector<std::string> drawn;
  for (const auto& t : texts.GetArray()) drawn.emplace_back(t.GetString());
  for (const char* label :
       {"Kassym-Jomart Tokaïev", "OTSC", "Russie", "terroristes", "sends_troops", "Legend"}) {
    CHECK(std::find(drawn.begin(), drawn.end(), label) != drawn.end());
  }
}

TEST_CASE("Hostile names survive every export and reader", "[export]") {
  const MemoryGraph g = HostileGraph();
  ExportAndReadAll(g, "2022-01-05", "2022-01-08");

  TempDir dir("export");
  const std::string dot = dir / "hostile.dot";
  ExportToFile(g, "dot", {}, dot);
  const std::string source = ReadFile(dot);
  // Labels are shortened, the tooltip keeps the whole 10,000-character name.
  CHECK(source.find(exporting::DotString(LongName())) != std::string::npos);
  CHECK(source.find("label=\"" + exporting::TruncateChars(LongName(), 40) + "\"") !=
        std::string::npos);
  rapidjson::Document texts;
  ParseJson(RenderDot(dir, dot), &texts);
  std::vector<std::string> drawn;
  for (const auto& t : texts.GetArray()) drawn.emplace_back(t.GetString());
  // Graphviz shows the characters themselves: quotes, backslashes, markup,
  // one text per line of a multi-line name.
  for (const std::string& label : std::vector<std::string>{
           "Le \"Chef\" d'État", "C:\\Temp\\ \\\" \\n end\\",
           exporting::TruncateChars("<b>Bold</b> & <script>alert('x')</script> ]]> --", 40),
           "Line one", "Line two", "Line three Tabbed", "Bell Null Esc DEL End",
           "🦄 Unicorn Front 🇰🇿", "ACME", "Acme", "acme"}) {
    INFO(label);
    CHECK(std::find(drawn.begin(), drawn.end(), label) != drawn.end());
  }
}
