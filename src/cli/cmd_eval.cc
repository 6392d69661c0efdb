// Placeholder until its stage lands: registers nothing yet.
#include "cli/cli.h"

namespace kzgraph::cli {
void RegisterEvalCommands(CLI::App&, int*) {}
}  // namespace kzgraph::cli
