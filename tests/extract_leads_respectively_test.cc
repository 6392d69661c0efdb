// "X et Y, dirigés respectivement par A et B", "X and
// Y, led respectively by A and B": each leader goes with the state in the
// same place; lists of unequal length give no pair at all.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("'led respectively by' pairs leaders and states in order", "[extract][titles]") {
  const auto fr = Edges(
      "Le Tchad et le Soudan, dirigés respectivement par le général Mahamat Déby et le général "
      "Abdel Fattah al-Burhane, ont signé un accord.");
  CHECK(fr.count("Mahamat Deby leads Chad") == 1);
  CHECK(fr.count("Burhan leads Sudan") == 1);
  CHECK(fr.count("Mahamat Deby leads Sudan") == 0);
  CHECK(fr.count("Burhan leads Chad") == 0);
  const auto en = Edges(
      "Chad and Sudan, respectively led by General Mahamat Deby and General Abdel Fattah "
      "al-Burhan, signed a deal.");
  CHECK(en.count("Mahamat Deby leads Chad") == 1);
  CHECK(en.count("Burhan leads Sudan") == 1);
  CHECK(en.count("Mahamat Deby leads Sudan") == 0);
}

TEST_CASE("'respectively' with unequal lists gives no wrong pair", "[extract][titles]") {
  const auto e = Edges(
      "Le Tchad, le Niger et le Soudan, dirigés respectivement par le général Mahamat Déby et le "
      "général Abdel Fattah al-Burhane, ont signé un accord.");
  CHECK(e.count("Mahamat Deby leads Niger") == 0);
  CHECK(e.count("Mahamat Deby leads Sudan") == 0);
  CHECK(e.count("Burhan leads Niger") == 0);
}
