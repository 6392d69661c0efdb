// Placeholder until its stage lands: registers nothing yet.
#include "cli/cli.h"

namespace kzgraph::cli {
void RegisterExportCommands(CLI::App&, int*) {}
}  // namespace kzgraph::cli
