// Evaluation against a gold file, with the matching rules of the shared
// scorer (../shared/eval/score.py): names compared without case, accents,
// punctuation or a leading title; optional gold items neither rewarded nor
// penalised; symmetric types compared unordered; micro-averaged.
#ifndef KZGRAPH_EVAL_H_
#define KZGRAPH_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "kzgraph/extraction.h"
#include "kzgraph/status.h"

namespace kzgraph {

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};

struct EvalReport {
  Counts entities;
  Counts relations;
  std::map<std::string, Counts> per_type;  // relation type -> counts
  std::vector<std::pair<std::string, std::pair<Counts, Counts>>>
      per_article;                   // file -> (entities, relations)
  std::vector<std::string> details;  // per article: misses and false positives, as printed by -v
};

// Scores `extractions` against the gold file at `gold_path`. Articles are
// matched by file name (Article::id or the base name of Article::source).
Status Evaluate(const std::string& gold_path, const std::vector<Extraction>& extractions,
                EvalReport* report);

// The report as score.py prints it (same table, same summary line).
std::string FormatReport(const EvalReport& report, bool verbose);

// Reads extraction records (the JSONL of `kzgraph extract`, see
// ../shared/eval/FORMAT.md) into one Extraction per "doc" file name, for
// scoring a prediction file without re-extracting. Lines that are not JSON
// are skipped with a warning "PATH:LINE: ..."; fails only if the file
// cannot be read.
Status ReadPredictions(const std::string& path, std::vector<Extraction>* out,
                       std::vector<std::string>* warnings);

}  // namespace kzgraph

#endif  // KZGRAPH_EVAL_H_
