// kzgraph ingest, load, remove, stats, inspect: the store's subcommands.
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>

#include "cli/cli.h"
#include "cli/inputs.h"
#include "kzgraph/extractor.h"
#include "kzgraph/store.h"
#include "store/inspect.h"
#include "store/load.h"
#include "store/progress.h"

namespace kzgraph::cli {
namespace {

int Fail(const Status& s) {
  std::cerr << "kzgraph: " << s.message() << "\n";
  return kExitFailure;
}

uint64_t TotalBytes(const std::vector<std::string>& inputs) {
  std::vector<std::string> errors;  // reported later, by whoever reads them
  uint64_t total = 0;
  for (const std::string& file : ListInputs(inputs, &errors)) {
    std::error_code ec;
    if (file != "-") total += std::filesystem::file_size(file, ec), ec.clear();
  }
  return total;
}

std::string Summary(uint64_t articles, uint64_t added, uint64_t replaced, uint64_t unchanged) {
  return std::to_string(articles) + " articles: " + std::to_string(added) + " added, " +
         std::to_string(replaced) + " replaced, " + std::to_string(unchanged) + " unchanged";
}

struct IngestArgs {
  std::string db = DefaultDbPath();
  bool no_schema_cache = false;
  std::vector<std::string> inputs;
};

int RunIngest(const IngestArgs& args) {
  std::unique_ptr<Extractor> extractor;
  ExtractorOptions extractor_options;
  if (!args.no_schema_cache) extractor_options.schema_cache_dir = DefaultSchemaCacheDir();
  if (Status s = Extractor::Open(extractor_options, &extractor); !s.ok()) return Fail(s);
  // Bulk: no write-ahead log; a crash loses only the articles since the last
  // flush, whole, and running the same ingest again adds them back.
  StoreOptions options;
  options.bulk_ingest = true;
  std::unique_ptr<Store> store;
  if (Status s = Store::Open(args.db, options, &store); !s.ok()) return Fail(s);
  store::ProgressBar bar(TotalBytes(args.inputs));
  uint64_t articles = 0, added = 0, replaced = 0, unchanged = 0, rejected = 0, bytes = 0;
  Status store_error;
  const int failed_inputs = ForEachInputArticle(args.inputs, [&](const Article& article) {
    if (!store_error.ok()) return;  // the store failed: the rest would fail too
    Extraction x;
    extractor->Extract(article, &x);
    for (const std::string& w : x.warnings) std::cerr << "kzgraph: warning: " << w << "\n";
    IngestOutcome outcome;
    Status s = store->Ingest(x, &outcome);
    if (s.IsInvalidArgument()) {
      std::cerr << "kzgraph: " << article.source << ": " << s.message() << "\n";
      ++rejected;
    } else if (!s.ok()) {
      store_error = s;
    } else {
      ++articles;
      if (outcome == IngestOutcome::kAdded) ++added;
      if (outcome == IngestOutcome::kReplaced) ++replaced;
      if (outcome == IngestOutcome::kUnchanged) ++unchanged;
    }
    bytes += article.text.size();
    bar.Update(articles, bytes);
  });
  bar.Finish();
  // The process ends with this command: the OS takes back the extractor's
  // dictionaries and lexicon at once, where freeing them entry by entry costs
  // ~8M instructions. A static keeps them reachable for leak checkers.
  static const Extractor* const kKeptUntilExit = extractor.release();
  (void)kKeptUntilExit;
  if (store_error.ok()) store_error = store->Flush();  // the articles are durable from here
  if (!store_error.ok()) Fail(store_error);
  std::cout << Summary(articles, added, replaced, unchanged) << "; " << failed_inputs
            << " inputs failed";
  if (rejected > 0) std::cout << "; " << rejected << " articles rejected";
  std::cout << "\n";
  return failed_inputs == 0 && rejected == 0 && store_error.ok() ? kExitOk : kExitFailure;
}

struct LoadArgs {
  std::string db = DefaultDbPath();
  std::vector<std::string> inputs;
  bool no_bulk = false;
};

int RunLoad(const LoadArgs& args) {
  Ontology ontology;
  if (Status s = Ontology::LoadDefault(&ontology); !s.ok()) return Fail(s);
  StoreOptions options;
  options.ontology = &ontology;
  std::unique_ptr<Store> store;
  if (Status s = Store::Open(args.db, options, &store); !s.ok()) return Fail(s);
  store::ProgressBar bar(TotalBytes(args.inputs));
  store::LoadCounts counts;
  uint64_t done_bytes = 0;
  int failed_inputs = 0;
  auto report = [](const std::string& line) { std::cerr << line << "\n"; };
  for (const std::string& file : args.inputs) {
    std::ifstream in_file;
    if (file != "-") {
      in_file.open(file, std::ios::binary);
      if (!in_file) {
        std::cerr << "kzgraph: " << file << ": cannot open\n";
        ++failed_inputs;
        continue;
      }
    }
    if (!args.no_bulk && file != "-") {
      bool used = false;
      Status s = store::TryBulkLoadCurated(file, ontology, store.get(), &counts, &used);
      if (!s.ok()) {
        bar.Finish();
        return Fail(s);
      }
      if (used) {
        std::error_code ec;
        done_bytes += std::filesystem::file_size(file, ec);
        bar.Update(counts.articles, done_bytes);
        continue;
      }
    }
    std::istream& in = file == "-" ? std::cin : in_file;
    const uint64_t before = done_bytes;
    Status s = store::LoadJsonl(in, file, ontology, store.get(), &counts, report,
                                [&](uint64_t bytes, const store::LoadCounts& c) {
                                  done_bytes = before + bytes;
                                  bar.Update(c.articles, done_bytes);
                                });
    if (!s.ok()) {
      bar.Finish();
      return Fail(s);
    }
  }
  bar.Finish();
  std::cout << Summary(counts.articles, counts.added, counts.replaced, counts.unchanged) << "; "
            << counts.bad_lines << " bad lines; " << failed_inputs << " inputs failed\n";
  return counts.bad_lines == 0 && failed_inputs == 0 ? kExitOk : kExitFailure;
}

struct RemoveArgs {
  std::string db = DefaultDbPath();
  std::vector<std::string> ids;
};

int RunRemove(const RemoveArgs& args) {
  std::unique_ptr<Store> store;
  if (Status s = Store::Open(args.db, StoreOptions(), &store); !s.ok()) return Fail(s);
  int code = kExitOk;
  for (const std::string& id : args.ids) {
    Status s = store->Remove(id);
    if (s.ok()) {
      std::cout << "removed " << id << "\n";
    } else {
      code = Fail(s);
      if (!s.IsNotFound()) break;
    }
  }
  return code;
}

struct ReadArgs {
  std::string db = DefaultDbPath();
  bool check = false;
  std::string prefix, family;
  uint64_t limit = 0;
};

Status OpenReader(const ReadArgs& args, std::unique_ptr<Store>* store) {
  StoreOptions options;
  options.read_only = true;
  return Store::Open(args.db, options, store);
}

void PrintCounts(const std::string& title, const std::map<std::string, uint64_t>& counts,
                 size_t width) {
  std::cout << "\n" << title << "\n";
  for (const auto& [name, count] : counts) {
    std::cout << "  " << std::left << std::setw(static_cast<int>(width)) << name << std::right
              << std::setw(10) << count << "\n";
  }
}

int RunStats(const ReadArgs& args) {
  std::unique_ptr<Store> store;
  if (Status s = OpenReader(args, &store); !s.ok()) return Fail(s);
  StoreStats stats;
  if (Status s = store->GetStats(&stats); !s.ok()) return Fail(s);
  size_t width = 8;  // "evidence"
  for (const auto& m : {stats.nodes_by_kind, stats.edges_by_type}) {
    for (const auto& [name, count] : m) width = std::max(width, name.size());
  }
  const int total_width = static_cast<int>(width) + 2;
  for (const auto& [label, count] :
       {std::pair{"articles", stats.articles}, std::pair{"nodes", stats.nodes},
        std::pair{"edges", stats.edges}, std::pair{"evidence", stats.evidence}}) {
    std::cout << std::left << std::setw(total_width) << label << std::right << std::setw(10)
              << count << "\n";
  }
  PrintCounts("nodes by kind", stats.nodes_by_kind, width);
  PrintCounts("edges by type", stats.edges_by_type, width);
  if (args.check) {
    Status s = store->Check();
    if (!s.ok()) return Fail(s);
    std::cout << "\ncheck: every record agrees with the articles' contributions\n";
  }
  return kExitOk;
}

int RunInspect(const ReadArgs& args) {
  std::unique_ptr<Store> store;
  if (Status s = OpenReader(args, &store); !s.ok()) return Fail(s);
  Status s = store::Inspect(*store, args.family, args.prefix, args.limit, std::cout);
  if (!s.ok()) return Fail(s);
  return kExitOk;
}

CLI::Option* AddDb(CLI::App* cmd, std::string* db) {
  return cmd->add_option("--db", *db, "Store folder (default: $KZGRAPH_DB or ./kzgraph.db)");
}

}  // namespace

void RegisterStoreCommands(CLI::App& app, int* exit_code) {
  auto ingest = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand("ingest", "Extract articles and add them to the store");
  AddDb(cmd, &ingest->db);
  cmd->add_flag("--no-schema-cache", ingest->no_schema_cache,
                "Load the schema afresh, without reading or writing the schema cache");
  cmd->add_option("inputs", ingest->inputs, "Files or folders (text, HTML, JSONL); - for stdin")
      ->required();
  cmd->callback([ingest, exit_code] { *exit_code = RunIngest(*ingest); });

  auto load = std::make_shared<LoadArgs>();
  cmd = app.add_subcommand(
      "load", "Merge JSONL records (from `kzgraph extract`, or a curated graph) into the store");
  AddDb(cmd, &load->db);
  cmd->add_option("inputs", load->inputs, "JSONL files; - for stdin")->required();
  cmd->add_flag("--no-bulk", load->no_bulk,
                "Never use the fast path of a curated graph file into an empty store");
  cmd->callback([load, exit_code] { *exit_code = RunLoad(*load); });

  auto remove = std::make_shared<RemoveArgs>();
  cmd = app.add_subcommand("remove", "Take articles' contributions out of the store");
  AddDb(cmd, &remove->db);
  cmd->add_option("ids", remove->ids, "Article ids (see `kzgraph inspect --cf articles`)")
      ->required();
  cmd->callback([remove, exit_code] { *exit_code = RunRemove(*remove); });

  auto stats = std::make_shared<ReadArgs>();
  cmd = app.add_subcommand("stats", "Count articles, nodes, edges and evidence");
  AddDb(cmd, &stats->db);
  cmd->add_flag("--check", stats->check,
                "Also verify every record against the articles' contributions (reads everything)");
  cmd->callback([stats, exit_code] { *exit_code = RunStats(*stats); });

  auto inspect = std::make_shared<ReadArgs>();
  cmd = app.add_subcommand("inspect", "Dump raw keys and decoded values, for debugging");
  AddDb(cmd, &inspect->db);
  cmd->add_option("--prefix", inspect->prefix,
                  "Only keys starting with this (\\0 = key separator)");
  cmd->add_option("--cf", inspect->family,
                  "Column family: meta, nodes, names, out, in, edges, evidence, articles, contrib");
  cmd->add_option("--limit", inspect->limit, "At most this many keys per column family");
  cmd->callback([inspect, exit_code] { *exit_code = RunInspect(*inspect); });
}

}  // namespace kzgraph::cli
