// Precision traps on short sentences of our own: "respectivement" pairs in
// order, an English verb form after an article is a noun, a nationality
// adjective inside a prepositional phrase is no subject.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("precision: respectivement pairs lists in order", "[extract]") {
  auto f = Edges(
      "Les trois hommes forts, le capitaine Ibrahim Traoré, le colonel Assimi Goïta et "
      "le général Abdourahamane Tiani, respectivement à la tête du Burkina Faso, du "
      "Mali et du Niger, ont signé.",
      "2024-01-29");
  CHECK(f.count("Ibrahim Traore leads Burkina Faso"));
  CHECK(f.count("Goita leads Mali"));
  CHECK(f.count("Tiani leads Niger"));
  CHECK_FALSE(f.count("Ibrahim Traore leads Mali"));
  CHECK_FALSE(f.count("Tiani leads Burkina Faso"));
}

TEST_CASE("precision: nouns and adjectives in prepositional phrases", "[extract]") {
  auto f = Edges(
      "Armenia has accused Turkey of sending Syrian mercenaries to fight alongside "
      "Azerbaijani forces, a charge Ankara denies.",
      "2020-10-01");
  CHECK(f.count("Armenia accuses Turkey"));
  CHECK_FALSE(f.count("Azerbaijan accuses Turkey"));
}
