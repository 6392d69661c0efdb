// kzgraph query: a plain-word question or a Cypher query against the store.
#include <iostream>
#include <memory>

#include "cli/cli.h"
#include "kzgraph/query.h"
#include "kzgraph/store.h"
#include "query/format.h"

namespace kzgraph::cli {
namespace {

struct QueryArgs {
  std::string db;
  std::string format = "table";
  bool explain = false;
  bool evidence = false;
  size_t limit = 0;
  std::vector<std::string> words;  // the question may come unquoted
};

int RunQueryCommand(const QueryArgs& args) {
  std::string text;
  for (const std::string& w : args.words) text += (text.empty() ? "" : " ") + w;
  QueryOptions options;
  options.evidence = args.evidence;
  options.limit = args.limit;
  options.explain = args.explain;
  const std::string db = args.db.empty() ? DefaultDbPath() : args.db;
  StoreOptions store_options;
  store_options.read_only = true;
  std::unique_ptr<Store> store;
  if (Status s = Store::Open(db, store_options, &store); !s.ok()) {
    std::cerr << "kzgraph: " << db << ": " << s.ToString() << "\n";
    return kExitFailure;
  }
  QueryResult result;
  Status s = RunQuery(*store, text, options, &result);
  if (!s.ok()) {
    std::cerr << "kzgraph: " << s.message() << "\n";
    return s.IsInvalidArgument() ? kExitUsage : kExitFailure;
  }
  if (args.explain) {
    std::cout << "Cypher:\n  " << result.cypher << "\nPlan:\n";
    std::string plan = result.plan;
    size_t start = 0;
    while (start < plan.size()) {
      size_t end = plan.find('\n', start);
      if (end == std::string::npos) end = plan.size();
      std::cout << "  " << plan.substr(start, end - start) << "\n";
      start = end + 1;
    }
    return kExitOk;
  }
  std::string out;
  if (Status f = query::FormatResult(result, args.format, &out); !f.ok()) {
    std::cerr << "kzgraph: " << f.message() << "\n";
    return kExitUsage;
  }
  std::cout << out;
  std::cout.flush();
  return kExitOk;
}

}  // namespace

void RegisterQueryCommands(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand(
      "query", "Ask a plain-word question (English or French) or run a Cypher query");
  cmd->add_option("--db", args->db, "Graph store (default: $KZGRAPH_DB or ./kzgraph.db)");
  cmd->add_option("--format", args->format, "Output: table, json, csv or tsv")
      ->check(CLI::IsMember({"table", "json", "csv", "tsv"}));
  cmd->add_flag("--explain", args->explain, "Print the Cypher and the plan instead of running it");
  cmd->add_flag("--evidence", args->evidence,
                "Add the supporting sentences (article, date) of each returned edge");
  cmd->add_option("--limit", args->limit, "Return at most N rows");
  cmd->add_option("question", args->words,
                  "\"who accuses whom\", \"qui Poutine accuse-t-il\", or Cypher: "
                  "\"MATCH (a)-[r:accuses]->(b) RETURN a.name, b.name\"")
      ->required();
  cmd->callback([args, exit_code] { *exit_code = RunQueryCommand(*args); });
}

}  // namespace kzgraph::cli
