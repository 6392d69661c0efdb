// The streaming adjacency of GraphReader (ForEachOutEdge, ForEachInEdge,
// ForEachOutNeighbor, ForEachInNeighbor, ForEachEdgeKey) gives what the
// vector methods give, on the RocksDB store, on MemoryGraph and through the
// defaults of graph.h; early stops are honoured.
#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "kzgraph/graph.h"
#include "kzgraph/memory_graph.h"
#include "kzgraph/store.h"
#include "test_util.h"

namespace kzgraph {
namespace {

using testing::TempDir;

Node Person(const std::string& id) {
  Node n;
  n.id = id;
  n.kind = "person";
  n.name = id;
  return n;
}

Edge MakeEdge(const std::string& source, const std::string& type, const std::string& target) {
  Edge e;
  e.source = source;
  e.type = type;
  e.target = target;
  return e;
}

// Five people; X has no edge. A has out-edges of three types, in-edges from
// C and D.
std::vector<Node> FixtureNodes() {
  return {Person("A"), Person("B"), Person("C"), Person("D"), Person("X")};
}
std::vector<Edge> FixtureEdges() {
  return {MakeEdge("A", "accuses", "B"),  MakeEdge("A", "accuses", "C"),
          MakeEdge("A", "supports", "B"), MakeEdge("A", "criticizes", "D"),
          MakeEdge("B", "accuses", "C"),  MakeEdge("C", "warns", "A"),
          MakeEdge("D", "accuses", "A"),  MakeEdge("D", "criticizes", "C")};
}

std::string Describe(const Edge& e) {
  std::string s = e.source + " -" + e.type + "-> " + e.target + " w=" + std::to_string(e.weight) +
                  " " + e.first_seen + ".." + e.last_seen;
  for (const auto& [k, v] : e.properties) s += " " + k + "=" + v;
  return s;
}

using Pair = std::pair<std::string, std::string>;
using Triple = std::tuple<std::string, std::string, std::string>;

// Compares every streaming method of `g` with its vector or whole-edge
// counterpart, for nodes with and without edges, each type filter and an
// unknown type.
void CheckStreamingMatchesVectors(const GraphReader& g) {
  for (const std::string id : {"A", "B", "C", "D", "X", "nobody"}) {
    for (const std::string type : {"", "accuses", "criticizes", "no_such_type"}) {
      INFO("node " << id << " type '" << type << "'");
      for (bool out : {true, false}) {
        INFO(std::string(out ? "out" : "in"));
        std::vector<Edge> edges;
        REQUIRE((out ? g.OutEdges(id, type, &edges) : g.InEdges(id, type, &edges)).ok());
        std::vector<std::string> want_edges, got_edges;
        std::vector<Pair> want_neighbors, got_neighbors;
        for (const Edge& e : edges) {
          want_edges.push_back(Describe(e));
          want_neighbors.emplace_back(e.type, out ? e.target : e.source);
        }
        auto on_edge = [&](const Edge& e) {
          got_edges.push_back(Describe(e));
          return true;
        };
        auto on_neighbor = [&](std::string_view t, std::string_view other) {
          got_neighbors.emplace_back(std::string(t), std::string(other));
          return true;
        };
        REQUIRE(
            (out ? g.ForEachOutEdge(id, type, on_edge) : g.ForEachInEdge(id, type, on_edge)).ok());
        REQUIRE((out ? g.ForEachOutNeighbor(id, type, on_neighbor)
                     : g.ForEachInNeighbor(id, type, on_neighbor))
                    .ok());
        CHECK(got_edges == want_edges);
        CHECK(got_neighbors == want_neighbors);
      }
    }
  }
  for (const std::string type : {"", "accuses", "warns", "no_such_type"}) {
    INFO("type '" << type << "'");
    std::vector<Triple> want, got;
    REQUIRE(g.ForEachEdge(type, [&](const Edge& e) {
               want.emplace_back(e.source, e.type, e.target);
               return true;
             }).ok());
    REQUIRE(g.ForEachEdgeKey(type, [&](std::string_view s, std::string_view t, std::string_view o) {
               got.emplace_back(std::string(s), std::string(t), std::string(o));
               return true;
             }).ok());
    CHECK(got == want);
  }
}

// The fixture's facts themselves, so that equal-but-empty answers fail.
void CheckFixtureFacts(const GraphReader& g) {
  std::vector<Pair> out_a;
  REQUIRE(g.ForEachOutNeighbor("A", "", [&](std::string_view t, std::string_view o) {
             out_a.emplace_back(std::string(t), std::string(o));
             return true;
           }).ok());
  std::sort(out_a.begin(), out_a.end());
  CHECK(out_a == std::vector<Pair>{
                     {"accuses", "B"}, {"accuses", "C"}, {"criticizes", "D"}, {"supports", "B"}});
  std::vector<Pair> in_a;
  REQUIRE(g.ForEachInNeighbor("A", "", [&](std::string_view t, std::string_view o) {
             in_a.emplace_back(std::string(t), std::string(o));
             return true;
           }).ok());
  std::sort(in_a.begin(), in_a.end());
  CHECK(in_a == std::vector<Pair>{{"accuses", "D"}, {"warns", "C"}});
  std::vector<std::string> in_c_accuses;
  REQUIRE(g.ForEachInEdge("C", "accuses", [&](const Edge& e) {
             CHECK(e.target == "C");
             CHECK(e.type == "accuses");
             in_c_accuses.push_back(e.source);
             return true;
           }).ok());
  std::sort(in_c_accuses.begin(), in_c_accuses.end());
  CHECK(in_c_accuses == std::vector<std::string>{"A", "B"});
  size_t accusations = 0;
  REQUIRE(g.ForEachEdgeKey("accuses", [&](std::string_view, std::string_view t, std::string_view) {
             CHECK(t == "accuses");
             ++accusations;
             return true;
           }).ok());
  CHECK(accusations == 4);
  int calls = 0;
  auto never = [&](auto&&...) { return ++calls, true; };
  REQUIRE(g.ForEachOutNeighbor("X", "", never).ok());
  REQUIRE(g.ForEachInEdge("X", "", never).ok());
  REQUIRE(g.ForEachOutEdge("nobody", "accuses", never).ok());
  REQUIRE(g.ForEachEdgeKey("no_such_type", never).ok());
  CHECK(calls == 0);
}

// Each method stops after the call that returned false.
void CheckEarlyStop(const GraphReader& g) {
  int calls = 0;
  auto stop = [&](auto&&...) { return ++calls, false; };
  REQUIRE(g.ForEachOutEdge("A", "", stop).ok());
  CHECK(calls == 1);
  REQUIRE(g.ForEachInEdge("A", "", stop).ok());
  CHECK(calls == 2);
  REQUIRE(g.ForEachOutNeighbor("A", "accuses", stop).ok());
  CHECK(calls == 3);
  REQUIRE(g.ForEachInNeighbor("C", "", stop).ok());
  CHECK(calls == 4);
  REQUIRE(g.ForEachEdgeKey("", stop).ok());
  CHECK(calls == 5);
  // Stopping after two of A's four out-edges.
  int seen = 0;
  REQUIRE(g.ForEachOutNeighbor("A", "", [&](std::string_view, std::string_view) {
             return ++seen < 2;
           }).ok());
  CHECK(seen == 2);
}

// GetEdge finds each edge as OutEdges gives it, and nothing else.
void CheckGetEdge(const GraphReader& g) {
  for (const Edge& want : FixtureEdges()) {
    std::vector<Edge> edges;
    REQUIRE(g.OutEdges(want.source, want.type, &edges).ok());
    auto it = std::find_if(edges.begin(), edges.end(),
                           [&](const Edge& e) { return e.target == want.target; });
    REQUIRE(it != edges.end());
    Edge got;
    REQUIRE(g.GetEdge(want.source, want.type, want.target, &got).ok());
    CHECK(Describe(got) == Describe(*it));
  }
  Edge e;
  CHECK(g.GetEdge("A", "accuses", "D", &e).IsNotFound());
  CHECK(g.GetEdge("C", "warns", "A", &e).ok());
  CHECK(g.GetEdge("A", "warns", "C", &e).IsNotFound());  // the reverse direction
  CHECK(g.GetEdge("nobody", "", "", &e).IsNotFound());
}

void CheckReader(const GraphReader& g) {
  CheckGetEdge(g);
  CheckStreamingMatchesVectors(g);
  CheckFixtureFacts(g);
  CheckEarlyStop(g);
}

MemoryGraph FixtureMemoryGraph() {
  MemoryGraph g;
  for (Node& n : FixtureNodes()) g.AddNode(std::move(n));
  for (Edge& e : FixtureEdges()) {
    e.weight = 1;
    e.first_seen = e.last_seen = "2022-01-05";
    if (e.type == "supports") e.properties["note"] = "public";
    g.AddEdge(std::move(e));
  }
  return g;
}

// A reader that implements only the pure virtual methods (by forwarding to
// a MemoryGraph): the streaming calls go through graph.h's defaults.
class VectorOnlyReader : public GraphReader {
 public:
  explicit VectorOnlyReader(const GraphReader& inner) : inner_(inner) {}
  Status GetNode(std::string_view id, Node* out) const override { return inner_.GetNode(id, out); }
  Status FindNodes(std::string_view name, std::vector<std::string>* ids) const override {
    return inner_.FindNodes(name, ids);
  }
  Status OutEdges(std::string_view id, std::string_view type,
                  std::vector<Edge>* out) const override {
    return inner_.OutEdges(id, type, out);
  }
  Status InEdges(std::string_view id, std::string_view type,
                 std::vector<Edge>* out) const override {
    return inner_.InEdges(id, type, out);
  }
  Status ForEachNode(const std::function<bool(const Node&)>& fn) const override {
    return inner_.ForEachNode(fn);
  }
  Status ForEachEdge(std::string_view type,
                     const std::function<bool(const Edge&)>& fn) const override {
    return inner_.ForEachEdge(type, fn);
  }
  Status GetEvidence(std::string_view source, std::string_view type, std::string_view target,
                     std::vector<Evidence>* out) const override {
    return inner_.GetEvidence(source, type, target, out);
  }
  Status ForEachArticle(const std::function<bool(const ArticleInfo&)>& fn) const override {
    return inner_.ForEachArticle(fn);
  }

 private:
  const GraphReader& inner_;
};

}  // namespace

TEST_CASE("MemoryGraph streams adjacency as its vector methods give it", "[graph]") {
  const MemoryGraph g = FixtureMemoryGraph();
  CheckReader(g);
  // Decoded edges carry their values, not only their ends.
  std::vector<std::string> supports;
  REQUIRE(g.ForEachOutEdge("A", "supports", [&](const Edge& e) {
             supports.push_back(Describe(e));
             return true;
           }).ok());
  CHECK(supports == std::vector<std::string>{"A -supports-> B w=1 2022-01-05..2022-01-05 "
                                             "note=public"});
}

TEST_CASE("GraphReader's default streaming adjacency forwards to the vector methods", "[graph]") {
  const MemoryGraph inner = FixtureMemoryGraph();
  const VectorOnlyReader g(inner);
  CheckReader(g);
}

TEST_CASE("RocksDB store streams adjacency as its vector methods give it", "[store]") {
  TempDir dir("store-reader");
  const std::string db = dir / "kz.db";
  {
    std::unique_ptr<Store> store;
    REQUIRE(Store::Open(db, StoreOptions(), &store).ok());
    ArticleInfo first{"curated:one", "", "", "2022-01-05", "one", "fr"};
    ArticleInfo second{"curated:two", "", "", "2022-01-07", "two", "fr"};
    std::vector<Edge> edges = FixtureEdges();
    edges[0].properties["note"] = "public";  // A accuses B, the first of A's out-edges
    IngestOutcome outcome;
    Status s = store->IngestCurated(first, FixtureNodes(), edges, &outcome);
    INFO(s.ToString());
    REQUIRE(s.ok());
    // A second article backs two of the edges: weights and dates differ.
    s = store->IngestCurated(second, {Person("A"), Person("B"), Person("D")},
                             {MakeEdge("A", "accuses", "B"), MakeEdge("D", "accuses", "A")},
                             &outcome);
    INFO(s.ToString());
    REQUIRE(s.ok());
  }
  for (bool read_only : {false, true}) {
    INFO(std::string(read_only ? "read-only" : "writer"));
    StoreOptions options;
    options.read_only = read_only;
    std::unique_ptr<Store> store;
    REQUIRE(Store::Open(db, options, &store).ok());
    CheckReader(*store);
    std::vector<std::string> a_out;
    REQUIRE(store
                ->ForEachOutEdge("A", "",
                                 [&](const Edge& e) {
                                   a_out.push_back(Describe(e));
                                   return true;
                                 })
                .ok());
    // One Edge object is reused per scan: no value of one record may leak
    // into the next (the property of the first must not follow it).
    CHECK(a_out == std::vector<std::string>{
                       "A -accuses-> B w=2 2022-01-05..2022-01-07 note=public",
                       "A -accuses-> C w=1 2022-01-05..2022-01-05",
                       "A -criticizes-> D w=1 2022-01-05..2022-01-05",
                       "A -supports-> B w=1 2022-01-05..2022-01-05",
                   });
  }
}

}  // namespace kzgraph
