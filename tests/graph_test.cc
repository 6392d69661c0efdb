#include "kzgraph/graph.h"

#include <catch2/catch.hpp>

#include "graph/snapshot.h"
#include "kzgraph/memory_graph.h"
#include "kzgraph/ontology.h"

using namespace kzgraph;

TEST_CASE("FoldName folds case, accents and punctuation", "[graph]") {
  CHECK(FoldName("Poutine") == "poutine");
  CHECK(FoldName("États-Unis") == "etats unis");
  CHECK(FoldName("l’Occident") == "l occident");
  CHECK(FoldName("  Tokaïev ") == "tokaiev");
  CHECK(FoldName("BIÉLORUSSIE") == "bielorussie");
  CHECK(FoldName("«Kremlin»") == "kremlin");
  CHECK(FoldName("") == "");
}

TEST_CASE("MemoryGraph answers lookups and adjacency", "[graph]") {
  MemoryGraph g;
  g.AddNode({"Putin", "person", "Vladimir Putin", {"Poutine"}, {}});
  g.AddNode({"Russia", "country", "Russia", {"Russie", "Moscou"}, {}});
  g.AddEdge({"Putin", "leads", "Russia", 2, "2022-01-06", "2022-01-10", {}});
  g.AddEdge({"Putin", "accuses", "terrorists", 1, "2022-01-10", "2022-01-10", {}});
  std::vector<std::string> ids;
  REQUIRE(g.FindNodes("poutine", &ids).ok());
  REQUIRE(ids == std::vector<std::string>{"Putin"});
  std::vector<Edge> out;
  REQUIRE(g.OutEdges("Putin", "leads", &out).ok());
  REQUIRE(out.size() == 1);
  CHECK(out[0].target == "Russia");
  out.clear();
  REQUIRE(g.InEdges("terrorists", "", &out).ok());
  REQUIRE(out.size() == 1);
  Node n;
  CHECK(g.GetNode("terrorists", &n).ok());  // created as an endpoint
  CHECK(n.kind == "unknown");
  CHECK(g.GetNode("Nobody", &n).IsNotFound());
}

TEST_CASE("Ontology loads the schema and suggests near types", "[graph]") {
  Ontology o;
  REQUIRE(Ontology::LoadDefault(&o).ok());
  CHECK(o.relation_types().size() == 10);
  REQUIRE(o.FindType("ACCUSES") != nullptr);
  CHECK(o.FindType("meets")->symmetric);
  CHECK(o.FindType("hugs") == nullptr);
  CHECK(o.SuggestType("acuses") == std::vector<std::string>{"accuses"});
  CHECK(o.SuggestType("zzzzzzzzzz").empty());
  CHECK(o.FindKind("Person") != nullptr);
  Ontology bad;
  CHECK(Ontology::Load("/nonexistent/ontology.json", &bad).IsIOError());
}

TEST_CASE("Betweenness from pivot sources equals the exact score when every vertex is a pivot",
          "[graph]") {
  // 16 vertices: a small budget forces the pivot path with all 16 as pivots.
  MemoryGraph g;
  for (int i = 0; i < 16; ++i) g.AddNode({"v" + std::to_string(i), "person", "", {}, {}});
  for (int i = 0; i < 16; ++i) {
    g.AddEdge(
        {"v" + std::to_string(i), "meets", "v" + std::to_string((i * 5 + 3) % 16), 1, "", "", {}});
    g.AddEdge(
        {"v" + std::to_string(i), "warns", "v" + std::to_string((i + 1) % 16), 1, "", "", {}});
  }
  kzgraph::GraphSnapshot snap;
  REQUIRE(kzgraph::GraphSnapshot::Build(g, {}, &snap).ok());
  const std::vector<double> exact = snap.Betweenness();
  const std::vector<double> pivots = snap.Betweenness(/*exact_budget=*/1);
  REQUIRE(exact.size() == 16);
  REQUIRE(pivots.size() == 16);
  double total = 0;
  for (size_t i = 0; i < exact.size(); ++i) {
    CHECK(pivots[i] == Approx(exact[i]));
    total += exact[i];
  }
  CHECK(total > 0);
}
