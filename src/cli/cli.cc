#include "cli/cli.h"

#include <cstdlib>
#include <iostream>

#include "kzgraph/version.h"

namespace kzgraph::cli {

std::string DefaultDbPath() {
  if (const char* env = std::getenv("KZGRAPH_DB"); env != nullptr && *env != '\0') return env;
  return "kzgraph.db";
}

int Run(int argc, char** argv) {
  CLI::App app{"kzgraph: knowledge graphs of who does what to whom in news articles"};
  app.set_version_flag("--version", std::string("kzgraph ") + Version());
  app.require_subcommand(1);
  int exit_code = kExitOk;
  RegisterExtractCommands(app, &exit_code);
  RegisterEvalCommands(app, &exit_code);
  RegisterStoreCommands(app, &exit_code);
  RegisterQueryCommands(app, &exit_code);
  RegisterExportCommands(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  } catch (const std::exception& e) {
    // Nothing in the library throws; this guards against std::bad_alloc and
    // the like so the user gets a message instead of an abort.
    std::cerr << "kzgraph: " << e.what() << "\n";
    return kExitFailure;
  }
  return exit_code;
}

}  // namespace kzgraph::cli
