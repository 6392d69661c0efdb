// The command-line layer: CLI11 subcommands over the public API. Each stage
// registers its own subcommands (cmd_*.cc); Run() parses and dispatches and
// catches every CLI11 exception, so none leaves the library.
#ifndef KZGRAPH_SRC_CLI_CLI_H_
#define KZGRAPH_SRC_CLI_CLI_H_

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>

namespace kzgraph::cli {

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // some input failed, or a runtime error
inline constexpr int kExitUsage = 2;    // bad arguments or a malformed query

// Runs the kzgraph command line; returns the process exit code.
int Run(int argc, char** argv);

// The database path: $KZGRAPH_DB if set, else ./kzgraph.db.
std::string DefaultDbPath();

// Each adds its subcommands to `app`; their callbacks store the exit code in
// *exit_code.
void RegisterExtractCommands(CLI::App& app, int* exit_code);
void RegisterEvalCommands(CLI::App& app, int* exit_code);
void RegisterStoreCommands(CLI::App& app, int* exit_code);
void RegisterQueryCommands(CLI::App& app, int* exit_code);
void RegisterExportCommands(CLI::App& app, int* exit_code);

}  // namespace kzgraph::cli

#endif  // KZGRAPH_SRC_CLI_CLI_H_
