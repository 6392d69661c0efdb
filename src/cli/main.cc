// The kzgraph executable: the core library plus this thin entry point.
#include "cli/cli.h"

int main(int argc, char** argv) { return kzgraph::cli::Run(argc, argv); }
