// Thanks for support given to several parties: "thanked X, as well as the
// leaders of A, B and C, for their support" (engine_frames_clause.cc,
// frame thank). Invented sentences.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("every party thanked for its support backs the thanker", "[extract]") {
  auto e = Edges("Ruto thanked Cyril Ramaphosa, as well as the leaders of Ghana, Chile and Peru, "
                 "for their support.");
  CHECK(e.count("Ramaphosa supports Ruto") > 0);
  CHECK(e.count("Ghana supports Ruto") > 0);
  CHECK(e.count("Chile supports Ruto") > 0);
  CHECK(e.count("Peru supports Ruto") > 0);
  e = Edges("Ruto thanked Ramaphosa as well as the leaders of Ghana and Peru for their support.");
  CHECK(e.count("Ghana supports Ruto") > 0);
  CHECK(e.count("Peru supports Ruto") > 0);
  // The support named after another verb is not what was thanked for.
  e = Edges("Ruto thanked Ramaphosa, but criticized Ghana for its support of the rebels.");
  CHECK(e.count("Ramaphosa supports Ruto") == 0);
  CHECK(e.count("Ghana supports Ruto") == 0);
  // An apposition's owner is not thanked.
  e = Edges("Ruto thanked Ramaphosa, South Africa's president, for his support.");
  CHECK(e.count("Ramaphosa supports Ruto") > 0);
  CHECK(e.count("South Africa supports Ruto") == 0);
}

}  // namespace
}  // namespace kzgraph::testing
