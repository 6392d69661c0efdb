// Input handling shared by the subcommands that read articles (extract,
// ingest, eval): expands FILE|DIR arguments, reads each file, reports a bad
// one on stderr in one line naming it, and goes on with the others.
#ifndef KZGRAPH_SRC_CLI_INPUTS_H_
#define KZGRAPH_SRC_CLI_INPUTS_H_

#include <functional>
#include <string>
#include <vector>

#include "kzgraph/extraction.h"

namespace kzgraph::cli {

// Calls `fn` for every article of every input, in argument order; `fn` may
// take the article over (move from it). Returns the number of inputs that
// failed (missing, unreadable, empty, binary).
int ForEachInputArticle(const std::vector<std::string>& args,
                        const std::function<void(Article&)>& fn);

}  // namespace kzgraph::cli

#endif  // KZGRAPH_SRC_CLI_INPUTS_H_
