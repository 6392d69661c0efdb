// A seeded synthetic knowledge graph for the benchmarks: actors of the four
// kinds, directed edges of the ten relation types, out- and in-degrees drawn
// from Zipf laws so a few hubs ("Russia") carry most edges, as in news.
#ifndef KZGRAPH_TOOLS_BENCH_SYNTHETIC_GRAPH_H_
#define KZGRAPH_TOOLS_BENCH_SYNTHETIC_GRAPH_H_

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace kzbench {

struct GraphSpec {
  uint64_t edges = 1'000'000;
  uint64_t seed = 42;
  double zipf_exponent = 0.9;            // 1.0 makes the top node touch ~8% of the edges
  uint32_t nodes_per_edge_inverse = 10;  // 1M edges -> 100k nodes
};

struct SynthNode {
  std::string id;    // "person_000123"
  std::string kind;  // person, organization, country, group
  std::string name;  // "Person 123"
};

struct SynthEdge {
  uint32_t source = 0;  // index into nodes
  uint32_t type = 0;    // index into RelationTypes()
  uint32_t target = 0;
  uint32_t weight = 1;
  std::string first_seen;
  std::string last_seen;
};

struct SynthGraph {
  std::vector<SynthNode> nodes;
  std::vector<SynthEdge> edges;  // distinct (source, type, target), no self-loop
};

// The ten relation types of schema/ontology.json, in its order.
const std::vector<std::string>& RelationTypes();

// Builds the whole graph in memory; same spec, same graph.
SynthGraph MakeGraph(const GraphSpec& spec);

// The sentence stored as evidence of an edge ("person_1 accuses country_2.").
std::string EvidenceSentence(const SynthGraph& g, const SynthEdge& e);

}  // namespace kzbench

#endif  // KZGRAPH_TOOLS_BENCH_SYNTHETIC_GRAPH_H_
