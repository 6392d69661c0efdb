// `kzgraph export` end to end: a RocksDB store built from the Kazakhstan
// fixture, exported by the real binary (read-only open), drawn by Graphviz.
#include <catch2/catch.hpp>
#include <set>

#include "export_util.h"
#include "kzgraph/store.h"

using namespace kzgraph;
using namespace kzgraph::export_test;
using namespace kzgraph::testing;

namespace {

// Stores `g` article by article: each article brings the edges it supports
// (and their endpoints); the first one also brings every node, so isolated
// actors are stored too.
void FillStore(const MemoryGraph& g, const std::string& db) {
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open(db, StoreOptions(), &store).ok());
  std::vector<Node> all_nodes;
  REQUIRE(g.ForEachNode([&](const Node& n) {
             all_nodes.push_back(n);
             return true;
           }).ok());
  std::vector<ArticleInfo> articles;
  REQUIRE(g.ForEachArticle([&](const ArticleInfo& a) {
             articles.push_back(a);
             return true;
           }).ok());
  for (size_t i = 0; i < articles.size(); ++i) {
    std::vector<Edge> edges;
    std::set<std::string> ends;
    REQUIRE(g.ForEachEdge("", [&](const Edge& e) {
               std::vector<Evidence> evidence;
               REQUIRE(g.GetEvidence(e.source, e.type, e.target, &evidence).ok());
               for (const Evidence& ev : evidence) {
                 if (ev.article_id == articles[i].id) {
                   edges.push_back(e);
                   ends.insert(e.source);
                   ends.insert(e.target);
                 }
               }
               return true;
             }).ok());
    std::vector<Node> nodes;
    for (const Node& n : all_nodes) {
      if (i == 0 || ends.count(n.id)) nodes.push_back(n);
    }
    IngestOutcome outcome;
    const Status s = store->IngestCurated(articles[i], nodes, edges, &outcome);
    INFO(s.ToString());
    REQUIRE(s.ok());
  }
}

std::string Kzgraph(const std::string& args, int* code) {
  std::string output;
  *code = RunCommand(std::string(KZGRAPH_BINARY) + " " + args, &output);
  return output;
}

}  // namespace

TEST_CASE("kzgraph export reads the store and renders SVG and PNG", "[export]") {
  TempDir dir("export");
  const std::string db = dir / "kz.db";
  FillStore(KazakhstanGraph(), db);
  int code = 0;

  // Same graph, same bytes: the store's export equals the in-memory one.
  std::string out = Kzgraph(
      "export --db " + ShellQuote(db) + " --format gexf -o " + ShellQuote(dir / "store.gexf"),
      &code);
  INFO(out);
  REQUIRE(code == 0);
  CHECK(ReadFile(dir / "store.gexf") == ExportToString(KazakhstanGraph(), "gexf"));

  out = Kzgraph("export --db " + ShellQuote(db) + " --format svg -o " + ShellQuote(dir / "kz.svg"),
                &code);
  INFO(out);
  REQUIRE(code == 0);
  std::string lint;
  CHECK(RunCommand("xmllint --nonet --noout " + ShellQuote(dir / "kz.svg"), &lint) == 0);
  CHECK(ReadFile(dir / "kz.svg").find("Tokaïev") != std::string::npos);

  out = Kzgraph("export --db " + ShellQuote(db) + " --format png -o " + ShellQuote(dir / "kz.png"),
                &code);
  INFO(out);
  REQUIRE(code == 0);
  const std::string png = ReadFile(dir / "kz.png");
  REQUIRE(png.size() > 1000);
  CHECK(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);

  // Filters through the command line; stdout when no -o.
  out =
      Kzgraph("export --db " + ShellQuote(db) + " --format json --types accuses,criticizes", &code);
  REQUIRE(code == 0);
  CHECK(out.find("\"accuses\"") != std::string::npos);
  CHECK(out.find("\"criticizes\"") != std::string::npos);
  CHECK(out.find("\"leads\"") == std::string::npos);
  CHECK(out.find("Kirghizistan") == std::string::npos);  // isolated: dropped by the filter

  out = Kzgraph("export --db " + ShellQuote(db) + " --format csv -o " + ShellQuote(dir / "neo4j"),
                &code);
  REQUIRE(code == 0);
  CHECK(ReadFile(dir / "neo4j/nodes.csv").rfind("id:ID,name,kind,aliases:string[],:LABEL\n", 0) ==
        0);
  CHECK(ReadFile(dir / "neo4j/relationships.csv").find(",SENDS_TROOPS,2,") != std::string::npos);

  // Bad arguments: usage errors with a message naming the problem.
  out = Kzgraph("export --db " + ShellQuote(db) + " --format dot --types acuses", &code);
  CHECK(code == 2);
  CHECK(out.find("did you mean 'accuses'") != std::string::npos);
  out = Kzgraph("export --db " + ShellQuote(db) + " --format dot --since 2022-02-30", &code);
  CHECK(code == 2);
  CHECK(out.find("--since") != std::string::npos);
  out = Kzgraph("export --db " + ShellQuote(db) + " --format csv", &code);
  CHECK(code == 2);
  out = Kzgraph("export --db " + ShellQuote(dir / "missing.db") + " --format dot", &code);
  CHECK(code == 1);
  CHECK(out.find("missing.db") != std::string::npos);
}

TEST_CASE("kzgraph export --query writes only the subgraph the query returns", "[export]") {
  TempDir dir("export");
  const std::string db = dir / "kz.db";
  FillStore(KazakhstanGraph(), db);
  int code = 0;
  const std::string gexf = dir / "accuses.gexf";
  std::string out = Kzgraph("export --db " + ShellQuote(db) + " --format gexf --query " +
                                ShellQuote("who accuses whom") + " -o " + ShellQuote(gexf),
                            &code);
  INFO(out);
  REQUIRE(code == 0);
  // NetworkX reads it back: only accuses edges, between the accusers and the accused.
  std::string counts;
  REQUIRE(RunCommand("python3 -c " +
                         ShellQuote("import networkx as nx, sys\n"
                                    "g = nx.read_gexf(sys.argv[1])\n"
                                    "kinds = {d.get('label') for _, _, d in g.edges(data=True)}\n"
                                    "print(g.number_of_edges(), sorted(kinds))\n") +
                         " " + ShellQuote(gexf),
                     &counts) == 0);
  size_t accuses = 0;
  KazakhstanGraph().ForEachEdge("accuses", [&](const Edge&) { return ++accuses, true; });
  REQUIRE(accuses > 0);
  CHECK(counts == std::to_string(accuses) + " ['accuses']\n");

  out = Kzgraph("export --db " + ShellQuote(db) + " --format dot --query " + ShellQuote("MATCH (a"),
                &code);
  CHECK(code == 2);
  CHECK(out.find("line 1, column 9") != std::string::npos);
}
