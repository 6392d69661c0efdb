// Filters, option errors, escaping helpers, Graphviz failures and the
// large-graph layout switch.
#include <catch2/catch.hpp>
#include <sstream>

#include "export/escape.h"
#include "export/export_graph.h"
#include "export/writers.h"
#include "export_util.h"

using namespace kzgraph;
using namespace kzgraph::export_test;

namespace {

exporting::ExportGraph Build(const GraphReader& g, const ExportOptions& options) {
  exporting::ExportGraph out;
  const Status s = exporting::BuildExportGraph(g, options, &out);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return out;
}

std::vector<std::string> EdgeKeys(const exporting::ExportGraph& g) {
  std::vector<std::string> keys;
  for (const auto& e : g.edges) {
    keys.push_back(e.edge.source + " " + e.type + " " + e.edge.target);
  }
  return keys;
}

}  // namespace

TEST_CASE("Export filters keep matching edges and drop the nodes they strand", "[export]") {
  const MemoryGraph g = KazakhstanGraph();
  SECTION("no filter keeps isolated nodes") {
    const auto x = Build(g, {});
    CHECK(x.nodes.size() == 15);
    CHECK(x.edges.size() == 15);
    CHECK(x.first_day == "2022-01-05");
    CHECK(x.last_day == "2022-01-10");
  }
  SECTION("types") {
    ExportOptions o;
    o.types = {"Accuses", "criticizes"};  // case-insensitive
    const auto x = Build(g, o);
    CHECK(EdgeKeys(x) ==
          std::vector<std::string>{"Blinken criticizes Tokayev", "Tokayev accuses terrorists"});
    CHECK(x.nodes.size() == 3);  // Blinken, Tokayev, terrorists
    CHECK(x.nodes[2].node.id == "terrorists");
    CHECK(x.nodes[1].degree == 2);
  }
  SECTION("since and until overlap the edge's seen range") {
    ExportOptions o;
    o.since = "2022-01-09";
    const auto late = Build(g, o);
    CHECK(EdgeKeys(late) == std::vector<std::string>{"Blinken criticizes Tokayev",
                                                     "Lukashenko meets Putin", "Putin leads Russia",
                                                     "Putin supports Tokayev",
                                                     "Tokayev accuses terrorists"});
    o.since.clear();
    o.until = "2022-01-05";
    const auto early = Build(g, o);
    CHECK(EdgeKeys(early) ==
          std::vector<std::string>{"Tokayev leads Kazakhstan", "Tokayev requests_aid CSTO"});
    o.since = o.until = "2022-01-08";  // a day without articles
    const auto none = Build(g, o);
    // Edges seen before and after the 8th overlap it; single-day ones do not.
    CHECK(EdgeKeys(none) ==
          std::vector<std::string>{"Putin leads Russia", "Tokayev accuses terrorists"});
  }
  SECTION("min weight") {
    ExportOptions o;
    o.min_weight = 2;
    const auto x = Build(g, o);
    CHECK(x.edges.size() == 4);
    for (const auto& e : x.edges) CHECK(e.edge.weight >= 2);
  }
  SECTION("filtered exports stay valid GEXF with dates inside the window") {
    ExportOptions o;
    o.types = {"accuses"};
    const std::string gexf = ExportToString(g, "gexf", o);
    CHECK(gexf.find("<nodes count=\"2\">") != std::string::npos);
    CHECK(gexf.find("<edges count=\"1\">") != std::string::npos);
    CHECK(gexf.find("start=\"2022-01-07\" end=\"2022-01-10\"") != std::string::npos);
  }
}

TEST_CASE("Export options are checked with messages naming the problem", "[export]") {
  const MemoryGraph g = KazakhstanGraph();
  exporting::ExportGraph x;
  ExportOptions o;
  o.types = {"acuses"};
  Status s = exporting::BuildExportGraph(g, o, &x);
  CHECK(s.IsInvalidArgument());
  CHECK(s.message().find("did you mean 'accuses'") != std::string::npos);
  o = {};
  o.since = "2022-13-01";
  s = exporting::BuildExportGraph(g, o, &x);
  CHECK(s.IsInvalidArgument());
  CHECK(s.message().find("--since: '2022-13-01'") != std::string::npos);
  o = {};
  o.since = "2022-01-10";
  o.until = "2022-01-01";
  CHECK(exporting::BuildExportGraph(g, o, &x).IsInvalidArgument());
  o = {};
  o.gexf_version = "1.1";
  CHECK(exporting::BuildExportGraph(g, o, &x).IsInvalidArgument());

  std::unique_ptr<Exporter> exporter;
  s = MakeExporter("pdf", &exporter);
  CHECK(s.IsInvalidArgument());
  CHECK(s.message().find("dot, gexf, graphml, csv, json, svg, png") != std::string::npos);
  REQUIRE(MakeExporter("csv", &exporter).ok());
  CHECK(exporter->writes_directory());
  std::ostringstream out;
  CHECK(exporter->Write(g, {}, out).IsInvalidArgument());
  REQUIRE(MakeExporter("gexf", &exporter).ok());
  CHECK(exporter->WriteToPath(g, {}, "/nonexistent-dir/x.gexf").IsIOError());
}

TEST_CASE("Export escaping helpers", "[export]") {
  using namespace kzgraph::exporting;
  CHECK(CleanText("a\x01"
                  "b\x7f"
                  "c\xc2\x85"
                  "d",
                  true) == "abcd");  // C0, DEL, C1
  CHECK(CleanText("x\ty\nz", false) == "x y z");
  CHECK(CleanText("x\ty\nz", true) == "x\ty\nz");
  CHECK(CleanText("\xff", true) == "\uFFFD");
  CHECK(CleanText("\xc0\xaf", true) == "\uFFFD\uFFFD");            // overlong '/'
  CHECK(CleanText("\xed\xa0\x80", true) == "\uFFFD\uFFFD\uFFFD");  // surrogate
  CHECK(CleanText("\xef\xbf\xbe", true) == "");                    // U+FFFE
  CHECK(CleanText("🦄", true) == "🦄");
  CHECK(XmlAttr("<a href=\"x\">&'\n") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#10;");
  CHECK(DotString("say \"hi\"\\n\r\nnext") == "say \\\"hi\\\"\\\\n\\nnext");
  CHECK(CsvField("plain") == "plain");
  CHECK(CsvField("a,\"b\"") == "\"a,\"\"b\"\"\"");
  CHECK(TruncateChars("Tokaïev", 5) == "Tokaï…");
  CHECK(TruncateChars("Tokaïev", 7) == "Tokaïev");
  CHECK(exporting::IsoDay("2022-01-06T10:00:00Z") == "2022-01-06");
  CHECK(exporting::IsoDay("2022-02-30") == "");
  CHECK(exporting::IsoDay("06/01/2022") == "");
}

TEST_CASE("Graphviz failures come back as IOError with its message", "[export]") {
  std::string rendered;
  Status s = exporting::RenderWithGraphviz("dot", "svg", "digraph { a -> }\n", &rendered);
  CHECK(s.IsIOError());
  CHECK(s.message().find("syntax error") != std::string::npos);
  s = exporting::RenderWithGraphviz("kzgraph-no-such-program", "svg", "digraph {}\n", &rendered);
  CHECK(s.IsIOError());
  CHECK(s.message().find("kzgraph-no-such-program") != std::string::npos);
}

TEST_CASE("Large graphs get sfdp layout hints and render with sfdp", "[export]") {
  // 400 actors in a ring with chords: above the 300-node threshold.
  MemoryGraph g;
  for (int i = 0; i < 400; ++i) {
    g.AddNode({"actor" + std::to_string(i),
               i % 3 == 0 ? "person" : "organization",
               "Actor " + std::to_string(i),
               {},
               {}});
  }
  for (int i = 0; i < 400; ++i) {
    g.AddEdge({"actor" + std::to_string(i),
               "supports",
               "actor" + std::to_string((i + 1) % 400),
               1,
               "2022-01-06",
               "2022-01-06",
               {}});
    g.AddEdge({"actor" + std::to_string(i),
               "criticizes",
               "actor" + std::to_string((i * 7 + 3) % 400),
               2,
               "2022-01-07",
               "2022-01-08",
               {}});
  }
  const std::string dot = ExportToString(g, "dot");
  CHECK(dot.find("layout=sfdp") != std::string::npos);
  CHECK(dot.find("overlap=prism") != std::string::npos);
  CHECK(dot.find("outputorder=edgesfirst") != std::string::npos);
  ExportOptions small;
  small.large_graph_nodes = 1000;
  CHECK(ExportToString(g, "dot", small).find("layout=dot") != std::string::npos);
  const std::string svg = ExportToString(g, "svg");
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("Actor 399") != std::string::npos);
}
