// The vocabulary in schema/ is data that users extend; these tests keep it
// loadable and coherent with the gold annotation of the samples.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

TEST_CASE("Actor dictionaries validate against their format and the samples' gold", "[schema]") {
  const std::string dir = KZGRAPH_SOURCE_DIR;
  const std::string cmd = "python3 " + dir + "/schema/dict/check.py " + dir +
                          "/samples/seeds.gold.json > /dev/null";
  CHECK(std::system(cmd.c_str()) == 0);
}
