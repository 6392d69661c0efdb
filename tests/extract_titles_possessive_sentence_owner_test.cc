// "X, the NLA's leader, and Y, its spokesman": a possessive title takes the
// organization of the nearest title just before it in the same sentence.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a possessive title takes the organization of the title before it", "[extract]") {
  auto en = Edges(
      "Tomas Varga, the Free Highlands Movement's leader, and Irina Soltan, its spokeswoman, "
      "were detained on Friday.");
  CHECK(en.count("Irina Soltan official_of Free Highlands Movement") == 1);
  auto fr = Edges(
      "Ahmed Belkacem, chef du Front populaire des oasis (FPO), et Samira Touati, sa "
      "porte-parole, ont été interpellés vendredi.");
  CHECK(fr.count("Samira Touati official_of FPO") == 1);
}

TEST_CASE("a possessive title with no organization before takes none", "[extract]") {
  auto en = Edges(
      "Tomas Varga, a local farmer, and Irina Soltan, its spokeswoman, were detained on Friday.");
  for (const std::string& e : en) CHECK(e.find("Irina Soltan official_of") == std::string::npos);
}
