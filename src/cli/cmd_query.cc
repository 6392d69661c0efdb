// Placeholder until its stage lands: registers nothing yet.
#include "cli/cli.h"

namespace kzgraph::cli {
void RegisterQueryCommands(CLI::App&, int*) {}
}  // namespace kzgraph::cli
