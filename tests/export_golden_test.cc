// Golden files: the exports of the Kazakhstan fixture, byte for byte.
// KZGRAPH_UPDATE_GOLDEN=1 rewrites them (review the diff before committing).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <sstream>

#include "export_util.h"

using namespace kzgraph;
using namespace kzgraph::export_test;
using namespace kzgraph::testing;

namespace {

std::string GoldenPath(const std::string& name) {
  return std::string(KZGRAPH_SOURCE_DIR) + "/tests/golden/export/" + name;
}

void CheckGolden(const std::string& name, const std::string& actual) {
  const char* update = std::getenv("KZGRAPH_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    WriteFile(GoldenPath(name), actual);
    WARN("rewrote golden file " << GoldenPath(name));
    return;
  }
  const std::string expected = ReadFile(GoldenPath(name));
  INFO("golden file " << GoldenPath(name) << " (KZGRAPH_UPDATE_GOLDEN=1 rewrites it)");
  REQUIRE_FALSE(expected.empty());
  if (expected != actual) {
    // Point at the first differing line rather than dumping both files.
    std::istringstream a(expected), b(actual);
    std::string la, lb;
    int line = 1;
    while (std::getline(a, la) && std::getline(b, lb) && la == lb) ++line;
    FAIL("differs at line " << line << "\n  golden: " << la << "\n  actual: " << lb);
  }
}

}  // namespace

TEST_CASE("Export of the Kazakhstan graph matches the golden files", "[export]") {
  const MemoryGraph g = KazakhstanGraph();
  CheckGolden("kz.dot", ExportToString(g, "dot"));
  CheckGolden("kz.gexf", ExportToString(g, "gexf"));
  ExportOptions v12;
  v12.gexf_version = "1.2";
  CheckGolden("kz.1.2draft.gexf", ExportToString(g, "gexf", v12));
  CheckGolden("kz.graphml", ExportToString(g, "graphml"));
  CheckGolden("kz.json", ExportToString(g, "json"));
  std::ostringstream nodes, relationships;
  REQUIRE(WriteNeo4jCsv(g, {}, nodes, relationships).ok());
  CheckGolden("kz.nodes.csv", nodes.str());
  CheckGolden("kz.relationships.csv", relationships.str());
  ExportOptions filtered;
  filtered.types = {"accuses", "criticizes"};
  CheckGolden("kz.accuses_criticizes.dot", ExportToString(g, "dot", filtered));
}

TEST_CASE("Export bytes do not depend on insertion order or repetition", "[export]") {
  const MemoryGraph g = KazakhstanGraph();
  // The same graph copied through another reader pass.
  MemoryGraph copy;
  REQUIRE(copy.CopyFrom(g).ok());
  for (const std::string& format : {"dot", "gexf", "graphml", "json"}) {
    INFO(format);
    const std::string first = ExportToString(g, format);
    CHECK(first == ExportToString(g, format));
    CHECK(first == ExportToString(copy, format));
  }
}
