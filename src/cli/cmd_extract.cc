// kzgraph extract: the stateless mapper, files (or stdin) in, records out.
#include <unistd.h>

#include <cerrno>
#include <iostream>
#include <string_view>

#include "cli/cli.h"
#include "cli/inputs.h"
#include "extract/records.h"
#include "kzgraph/extractor.h"

namespace kzgraph::cli {
namespace {

struct ExtractArgs {
  std::string format = "jsonl";
  bool explain = false;
  std::vector<std::string> dicts;
  bool no_schema_cache = false;
  std::vector<std::string> inputs;
};

void PrintTable(const Extraction& x) {
  std::cout << "# " << (x.article.source.empty() ? x.article.id : x.article.source);
  if (!x.article.date.empty()) std::cout << "  (" << x.article.date << ")";
  std::cout << "\n";
  for (const Entity& e : x.entities) {
    std::cout << "  entity    " << e.kind << "\t" << e.id << "\n";
  }
  for (const Relation& r : x.relations) {
    std::cout << "  relation  " << r.subject << " -" << r.predicate << "-> " << r.object << "\t["
              << r.rule << "]\n";
  }
}

// Standard output for the JSONL records: each article's records go out in
// one write(2) straight from WriteRecords' buffer, with no copy into the
// stream's buffer and a system call per article rather than per 4 KB. After
// a failed write nothing more is written, as a stream stops after a failure.
class RecordOutput {
 public:
  void Write(std::string_view bytes) {
    while (ok_ && !bytes.empty()) {
      const ssize_t n = ::write(STDOUT_FILENO, bytes.data(), bytes.size());
      if (n < 0 && errno == EINTR) continue;
      ok_ = n > 0;
      if (ok_) bytes.remove_prefix(static_cast<size_t>(n));
    }
  }

 private:
  bool ok_ = true;
};

int RunExtract(const ExtractArgs& args) {
  ExtractorOptions options;
  options.extra_dicts = args.dicts;
  options.keep_mentions = false;  // neither output lists mentions
  if (!args.no_schema_cache) options.schema_cache_dir = DefaultSchemaCacheDir();
  std::unique_ptr<Extractor> extractor;
  if (Status s = Extractor::Open(options, &extractor); !s.ok()) {
    std::cerr << "kzgraph: " << s.ToString() << "\n";
    return kExitFailure;
  }
  std::cout.flush();  // nothing is waiting there; the records bypass it
  RecordOutput records;
  int failures = ForEachInputArticle(args.inputs, [&](Article& article) {
    if (args.explain) {
      std::string report;
      extractor->Explain(article, &report);
      std::cout << report;
      return;
    }
    Extraction x;
    extractor->Extract(std::move(article), &x);  // no copy of a long text
    for (const std::string& w : x.warnings) std::cerr << "kzgraph: warning: " << w << "\n";
    if (args.format == "table") {
      PrintTable(x);
    } else {
      records.Write(WriteRecords(x));
    }
  });
  std::cout.flush();
  // The process ends with this command: the OS takes back the extractor's
  // dictionaries and lexicon at once, where freeing them entry by entry costs
  // ~8M instructions. A static keeps them reachable for leak checkers.
  static const Extractor* const kKeptUntilExit = extractor.release();
  (void)kKeptUntilExit;
  return failures == 0 ? kExitOk : kExitFailure;
}

}  // namespace

void RegisterExtractCommands(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand("extract", "Extract actors and typed edges from articles");
  cmd->add_option("--format", args->format, "Output: jsonl (one record per line) or table")
      ->check(CLI::IsMember({"jsonl", "table"}));
  cmd->add_flag(
      "--explain", args->explain,
      "Show, sentence by sentence, the mentions and the rules that fired or were blocked");
  cmd->add_option("--dict", args->dicts, "Extra actor dictionary (JSONL, see schema/dict)");
  cmd->add_flag("--no-schema-cache", args->no_schema_cache,
                "Load the schema afresh, without reading or writing the schema cache");
  cmd->add_option("inputs", args->inputs, "Files or folders (text, HTML, JSONL); - for stdin")
      ->required();
  cmd->callback([args, exit_code] { *exit_code = RunExtract(*args); });
}

}  // namespace kzgraph::cli
