// kzgraph export: the store (or a query's subgraph) as DOT, GEXF, GraphML,
// Neo4j CSV, Cytoscape JSON, SVG or PNG.
#include <iostream>
#include <sstream>

#include "cli/cli.h"
#include "kzgraph/exporter.h"
#include "kzgraph/memory_graph.h"
#include "kzgraph/query.h"
#include "kzgraph/store.h"

namespace kzgraph::cli {
namespace {

struct ExportArgs {
  std::string db = DefaultDbPath();
  std::string format;
  std::string output;  // empty or "-": stdout
  std::string types;   // comma-separated
  std::string query;   // export only the subgraph this query returns
  ExportOptions options;
};

int Fail(const Status& s) {
  std::cerr << "kzgraph export: " << s.message() << "\n";
  return s.IsInvalidArgument() ? kExitUsage : kExitFailure;
}

std::vector<std::string> SplitComma(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    const size_t begin = item.find_first_not_of(" \t");
    const size_t end = item.find_last_not_of(" \t");
    if (begin != std::string::npos) out.push_back(item.substr(begin, end - begin + 1));
  }
  return out;
}

int RunExport(ExportArgs& args) {
  std::unique_ptr<Exporter> exporter;
  if (Status s = MakeExporter(args.format, &exporter); !s.ok()) return Fail(s);
  args.options.types = SplitComma(args.types);
  const bool to_stdout = args.output.empty() || args.output == "-";
  if (exporter->writes_directory() && to_stdout) {
    return Fail(Status::InvalidArgument(
        "--format csv writes nodes.csv and relationships.csv: give a folder with -o"));
  }
  StoreOptions store_options;
  store_options.read_only = true;
  std::unique_ptr<Store> store;
  if (Status s = Store::Open(args.db, store_options, &store); !s.ok()) {
    std::cerr << "kzgraph export: " << args.db << ": " << s.message() << "\n";
    return kExitFailure;
  }
  MemoryGraph subgraph;
  if (!args.query.empty()) {
    if (Status s = QuerySubgraph(*store, args.query, &subgraph); !s.ok()) return Fail(s);
  }
  const GraphReader& graph =
      args.query.empty() ? static_cast<const GraphReader&>(*store) : subgraph;
  Status s = to_stdout ? exporter->Write(graph, args.options, std::cout)
                       : exporter->WriteToPath(graph, args.options, args.output);
  if (!s.ok()) return Fail(s);
  return kExitOk;
}

}  // namespace

void RegisterExportCommands(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Write the graph for Gephi, GraphViz, yEd, Cytoscape, NetworkX or Neo4j");
  cmd->footer(
      "Filters keep the edges that match all of them (--types, --since/--until on the edge's\n"
      "first/last seen dates, --min-weight); nodes left without edges by a filter are dropped.\n"
      "Without filters every node is exported, isolated ones included.\n"
      "Formats: dot (GraphViz), gexf (Gephi; dynamic, with the evidence dates as spells),\n"
      "graphml (yEd, Gephi, NetworkX), csv (neo4j-admin database import: -o names a folder\n"
      "that receives nodes.csv and relationships.csv), json (Cytoscape.js elements),\n"
      "svg and png (drawn by Graphviz's dot, or sfdp for large graphs).");
  cmd->add_option("--db", args->db, "Store folder (default: $KZGRAPH_DB or ./kzgraph.db)");
  std::string formats;
  for (const std::string& f : ExportFormats()) formats += (formats.empty() ? "" : "|") + f;
  cmd->add_option("--format", args->format, "Output format: " + formats)
      ->required()
      ->check(CLI::IsMember(ExportFormats()));
  cmd->add_option("-o,--output", args->output, "Output file (default: stdout); a folder for csv");
  cmd->add_option("--query", args->query,
                  "Export only the subgraph this question or Cypher query returns");
  cmd->add_option("--types", args->types,
                  "Keep only edges of these relation types, comma-separated (accuses,criticizes)");
  cmd->add_option("--since", args->options.since,
                  "Keep edges last seen on or after this date (YYYY-MM-DD)");
  cmd->add_option("--until", args->options.until,
                  "Keep edges first seen on or before this date (YYYY-MM-DD)");
  cmd->add_option("--min-weight", args->options.min_weight,
                  "Keep edges supported by at least N articles");
  cmd->add_option("--gexf-version", args->options.gexf_version,
                  "GEXF version: 1.3 (default) or 1.2 (1.2draft, for older readers)")
      ->check(CLI::IsMember({"1.3", "1.2"}));
  cmd->callback([args, exit_code] { *exit_code = RunExport(*args); });
}

}  // namespace kzgraph::cli
