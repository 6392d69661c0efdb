#include "kzgraph/version.h"

namespace kzgraph {
const char* Version() { return KZGRAPH_VERSION; }
}  // namespace kzgraph
