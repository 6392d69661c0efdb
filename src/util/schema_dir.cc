#include <cstdlib>
#include <filesystem>

#include "kzgraph/extractor.h"

namespace kzgraph {

std::string SchemaDir() {
  if (const char* env = std::getenv("KZGRAPH_SCHEMA"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  if (std::filesystem::is_directory(KZGRAPH_SCHEMA_DIR, ec)) return KZGRAPH_SCHEMA_DIR;
  return KZGRAPH_INSTALLED_SCHEMA_DIR;
}

}  // namespace kzgraph
