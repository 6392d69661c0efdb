// kzgraph eval: extract the inputs (or read a prediction file) and score
// them against a gold file with the shared scorer's rules and output.
#include <iostream>

#include "cli/cli.h"
#include "cli/inputs.h"
#include "kzgraph/eval.h"
#include "kzgraph/extractor.h"

namespace kzgraph::cli {
namespace {

struct EvalArgs {
  std::string gold;
  std::string pred;
  bool verbose = false;
  bool no_schema_cache = false;
  std::vector<std::string> inputs;
};

int RunEval(const EvalArgs& args) {
  if (args.inputs.empty() && args.pred.empty()) {
    std::cerr << "kzgraph eval: give input files or folders, or --pred PRED.jsonl\n";
    return kExitUsage;
  }
  std::vector<Extraction> extractions;
  int failures = 0;
  if (!args.pred.empty()) {
    std::vector<std::string> warnings;
    Status s = ReadPredictions(args.pred, &extractions, &warnings);
    for (const std::string& w : warnings) std::cerr << "kzgraph: warning: " << w << "\n";
    if (!s.ok()) {
      std::cerr << "kzgraph: " << s.message() << "\n";
      return kExitFailure;
    }
  }
  if (!args.inputs.empty()) {
    std::unique_ptr<Extractor> extractor;
    ExtractorOptions options;
    if (!args.no_schema_cache) options.schema_cache_dir = DefaultSchemaCacheDir();
    if (Status s = Extractor::Open(options, &extractor); !s.ok()) {
      std::cerr << "kzgraph: " << s.ToString() << "\n";
      return kExitFailure;
    }
    failures = ForEachInputArticle(args.inputs, [&](const Article& article) {
      Extraction x;
      extractor->Extract(article, &x);
      for (const std::string& w : x.warnings) std::cerr << "kzgraph: warning: " << w << "\n";
      // Only the graph is scored: drop the text and the per-sentence detail.
      x.article.text.clear();
      x.article.text.shrink_to_fit();
      x.blocks.clear();
      x.sentences.clear();
      x.mentions.clear();
      extractions.push_back(std::move(x));
    });
  }
  EvalReport report;
  if (Status s = Evaluate(args.gold, extractions, &report); !s.ok()) {
    std::cerr << "kzgraph: " << s.message() << "\n";
    return kExitFailure;
  }
  std::cout << FormatReport(report, args.verbose);
  std::cout.flush();
  return failures == 0 ? kExitOk : kExitFailure;
}

}  // namespace

void RegisterEvalCommands(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Extract the inputs and score them against a gold file (precision, recall, F1)");
  cmd->add_option("--gold", args->gold, "Gold file (JSON, see samples/seeds.gold.json)")
      ->required();
  cmd->add_flag("-v,--verbose", args->verbose, "List each article's misses and false positives");
  cmd->add_option("--pred", args->pred,
                  "Score this prediction file (JSONL records of kzgraph extract) as well");
  cmd->add_flag("--no-schema-cache", args->no_schema_cache,
                "Load the schema afresh, without reading or writing the schema cache");
  cmd->add_option("inputs", args->inputs, "Files or folders (text, HTML, JSONL); - for stdin");
  cmd->callback([args, exit_code] { *exit_code = RunEval(*args); });
}

}  // namespace kzgraph::cli
