// kzbench_graph: writes the synthetic benchmark graph (synthetic_graph.h) as
// the JSONL records `kzgraph load` reads, as CSV files for a peer's bulk
// loader, plus the query anchors; or loads it straight through the Store API.
//
//   kzbench_graph --edges N [--seed S] --out DIR    (files; DIR is created)
//   kzbench_graph --edges N [--seed S] --store DB   (Store::Ingest, timed)
//
// Prints one JSON object on stdout: counts and seconds.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <unordered_map>

#include "kzgraph/store.h"
#include "synthetic_graph.h"

namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// JSON string body escaping; ids and names are ASCII but stay safe anyway.
void AppendJsonString(std::string* out, const std::string& s) {
  out->push_back('"');
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(c);
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out->append(buf);
    } else {
      out->push_back(c);
    }
  }
  out->push_back('"');
}

// The curated graph records of `kzgraph load` (src/store/load.h): nodes, then
// edges; the store counts the file as one pseudo-article.
void WriteGraphJsonl(const kzbench::SynthGraph& g, const std::filesystem::path& path) {
  std::ofstream out(path, std::ios::binary);
  std::string line;
  for (const kzbench::SynthNode& n : g.nodes) {
    line = "{\"type\":\"node\",\"id\":";
    AppendJsonString(&line, n.id);
    line += ",\"kind\":";
    AppendJsonString(&line, n.kind);
    line += ",\"name\":";
    AppendJsonString(&line, n.name);
    line += "}\n";
    out << line;
  }
  for (const kzbench::SynthEdge& e : g.edges) {
    line = "{\"type\":\"edge\",\"source\":";
    AppendJsonString(&line, g.nodes[e.source].id);
    line += ",\"relation\":";
    AppendJsonString(&line, kzbench::RelationTypes()[e.type]);
    line += ",\"target\":";
    AppendJsonString(&line, g.nodes[e.target].id);
    line += "}\n";
    out << line;
  }
}

// One node CSV and one CSV per relation type, with headers, for COPY FROM.
void WriteCsv(const kzbench::SynthGraph& g, const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  {
    std::ofstream out(dir / "nodes.csv", std::ios::binary);
    out << "id,kind,name\n";
    for (const kzbench::SynthNode& n : g.nodes)
      out << n.id << ',' << n.kind << ',' << n.name << '\n';
  }
  std::vector<std::ofstream> by_type;
  for (const std::string& t : kzbench::RelationTypes()) {
    by_type.emplace_back(dir / (t + ".csv"), std::ios::binary);
    by_type.back() << "from,to,weight,first_seen,last_seen\n";
  }
  for (const kzbench::SynthEdge& e : g.edges) {
    by_type[e.type] << g.nodes[e.source].id << ',' << g.nodes[e.target].id << ',' << e.weight << ','
                    << e.first_seen << ',' << e.last_seen << '\n';
  }
}

// Anchors shared by every engine so they answer the same questions:
//   node <id>            a source of 1-hop and 2-hop queries (out-degree >= 1)
//   pair <id> <id>       a shortest-path query; the second is 2..4 steps away
void WriteAnchors(const kzbench::SynthGraph& g, uint64_t seed, const std::filesystem::path& path,
                  int node_anchors, int pair_anchors) {
  std::vector<std::vector<uint32_t>> out_edges(g.nodes.size());
  for (const kzbench::SynthEdge& e : g.edges) out_edges[e.source].push_back(e.target);
  std::vector<uint32_t> sources;
  for (uint32_t i = 0; i < out_edges.size(); ++i) {
    if (!out_edges[i].empty()) sources.push_back(i);
  }
  std::mt19937_64 rng(seed ^ 0xA5A5A5A5ULL);
  std::uniform_int_distribution<size_t> pick(0, sources.size() - 1);
  std::ofstream out(path);
  for (int i = 0; i < node_anchors; ++i) out << "node " << g.nodes[sources[pick(rng)]].id << '\n';
  int written = 0;
  for (int tries = 0; written < pair_anchors && tries < pair_anchors * 50; ++tries) {
    uint32_t start = sources[pick(rng)];
    int steps = std::uniform_int_distribution<int>(2, 4)(rng);
    uint32_t at = start;
    for (int s = 0; s < steps && !out_edges[at].empty(); ++s) {
      at = out_edges[at][std::uniform_int_distribution<size_t>(0, out_edges[at].size() - 1)(rng)];
    }
    if (at == start) continue;
    out << "pair " << g.nodes[start].id << ' ' << g.nodes[at].id << '\n';
    ++written;
  }
}

// Loads the graph through Store::Ingest, `batch` edges per synthetic article.
kzgraph::Status LoadThroughStore(const kzbench::SynthGraph& g, const std::string& db,
                                 size_t batch) {
  std::unique_ptr<kzgraph::Store> store;
  kzgraph::StoreOptions options;
  if (kzgraph::Status s = kzgraph::Store::Open(db, options, &store); !s.ok()) return s;
  std::unordered_map<uint32_t, bool> in_batch;
  for (size_t begin = 0, article = 0; begin < g.edges.size(); begin += batch, ++article) {
    size_t end = std::min(g.edges.size(), begin + batch);
    kzgraph::Extraction x;
    char id[32];
    std::snprintf(id, sizeof id, "bench_%08zu", article);
    x.article.id = id;
    x.article.source = std::string("bench://") + id;
    x.article.title = id;
    x.article.date = g.edges[begin].first_seen;
    x.article.lang = "en";
    x.article.content_hash = std::to_string(std::hash<std::string>{}(id));
    in_batch.clear();
    for (size_t i = begin; i < end; ++i) {
      const kzbench::SynthEdge& e = g.edges[i];
      for (uint32_t n : {e.source, e.target}) {
        if (in_batch.emplace(n, true).second) {
          const kzbench::SynthNode& node = g.nodes[n];
          x.entities.push_back({node.id, node.name, node.kind, {node.name}});
        }
      }
      kzgraph::Relation r;
      r.subject = g.nodes[e.source].id;
      r.predicate = kzbench::RelationTypes()[e.type];
      r.object = g.nodes[e.target].id;
      r.sentence = kzbench::EvidenceSentence(g, e);
      r.span = {0, static_cast<uint32_t>(r.sentence.size())};
      r.rule = "bench";
      r.confidence = 1.0;
      x.relations.push_back(std::move(r));
    }
    kzgraph::IngestOutcome outcome;
    if (kzgraph::Status s = store->Ingest(x, &outcome); !s.ok()) return s;
  }
  return kzgraph::Status::OK();
}

int Usage() {
  std::cerr << "usage: kzbench_graph --edges N [--seed S] [--zipf X] [--anchors N]\n"
               "                     (--out DIR | --store DB [--batch N])\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  kzbench::GraphSpec spec;
  std::string out_dir, store_path;
  size_t batch = 1000;
  int anchors = 200;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "kzbench_graph: " << arg << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--edges")
      spec.edges = std::stoull(value());
    else if (arg == "--seed")
      spec.seed = std::stoull(value());
    else if (arg == "--zipf")
      spec.zipf_exponent = std::stod(value());
    else if (arg == "--anchors")
      anchors = std::stoi(value());
    else if (arg == "--out")
      out_dir = value();
    else if (arg == "--store")
      store_path = value();
    else if (arg == "--batch")
      batch = std::stoull(value());
    else
      return Usage();
  }
  if (out_dir.empty() == store_path.empty() || batch == 0) return Usage();

  Clock::time_point start = Clock::now();
  kzbench::SynthGraph g = kzbench::MakeGraph(spec);
  double generate_s = SecondsSince(start);
  if (g.edges.size() < spec.edges) {
    std::cerr << "kzbench_graph: only " << g.edges.size() << " distinct edges could be drawn\n";
    return 1;
  }
  std::cout.precision(6);
  if (!out_dir.empty()) {
    std::filesystem::path dir(out_dir);
    std::filesystem::create_directories(dir);
    start = Clock::now();
    WriteGraphJsonl(g, dir / "graph.jsonl");
    WriteCsv(g, dir / "csv");
    WriteAnchors(g, spec.seed, dir / "anchors.txt", anchors, anchors / 2);
    std::cout << "{\"nodes\":" << g.nodes.size() << ",\"edges\":" << g.edges.size()
              << ",\"generate_s\":" << generate_s << ",\"write_s\":" << SecondsSince(start)
              << "}\n";
    return 0;
  }
  start = Clock::now();
  if (kzgraph::Status s = LoadThroughStore(g, store_path, batch); !s.ok()) {
    std::cerr << "kzbench_graph: " << store_path << ": " << s.ToString() << "\n";
    return 1;
  }
  std::cout << "{\"nodes\":" << g.nodes.size() << ",\"edges\":" << g.edges.size()
            << ",\"generate_s\":" << generate_s << ",\"load_s\":" << SecondsSince(start) << "}\n";
  return 0;
}
