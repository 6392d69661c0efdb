// The kzgraph executable: the core library plus this thin entry point.
#include "cli/cli.h"

// jemalloc, linked into this executable only, reads its default options from
// this symbol (MALLOC_CONF still overrides them). Transparent huge pages for
// the heap: the extractor reads its word and phrase tables (some 12 MB) at
// random for every word, and with 4 KiB pages most of those reads also miss
// the TLB. Measured with tools/bench's extraction (corpus-2500, one core,
// alternating runs): about 6% less CPU time.
extern "C" {
const char* malloc_conf = "thp:always";
}

int main(int argc, char** argv) { return kzgraph::cli::Run(argc, argv); }
