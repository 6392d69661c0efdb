// Not understanding why an actor acted questions the act ("a dit ne pas
// comprendre pourquoi le gouvernement kazakh avait eu besoin ...", "said he
// did not understand why Kazakhstan needed ..."): the actor of the why
// clause is criticized. Understanding, not understanding a thing, and a
// hypothesis give no edge.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("not understanding why an actor acted criticizes it", "[extract]") {
  SECTION("French infinitive after a speech verb") {
    const auto edges = Edges(
        "Kazakhstan\n\nÀ Washington, le secrétaire d'État Antony Blinken a dit ne pas "
        "comprendre pourquoi le gouvernement kazakh avait eu besoin de faire appel à "
        "l'alliance.");
    CHECK(edges.count("Blinken criticizes Kazakhstan") > 0);
  }
  SECTION("English finite") {
    const auto edges = Edges(
        "Kazakhstan\n\nAntony Blinken said he did not understand why Kazakhstan needed outside "
        "help.");
    CHECK(edges.count("Blinken criticizes Kazakhstan") > 0);
  }
  SECTION("understanding is no criticism") {
    CHECK(Edges("Kazakhstan\n\nAntony Blinken said he understood why Kazakhstan needed "
                "outside help.")
              .count("Blinken criticizes Kazakhstan") == 0);
    CHECK(Edges("Kazakhstan\n\nAntony Blinken a dit comprendre pourquoi le Kazakhstan avait "
                "eu besoin d'aide.")
              .count("Blinken criticizes Kazakhstan") == 0);
  }
  SECTION("not understanding a situation is no criticism") {
    CHECK(Edges("Kazakhstan\n\nAntony Blinken said he did not understand the situation in "
                "Kazakhstan.")
              .count("Blinken criticizes Kazakhstan") == 0);
  }
  SECTION("a hypothesis gives no edge") {
    CHECK(Edges("Kazakhstan\n\nAntony Blinken would not understand why Kazakhstan needed "
                "outside help if it asked.")
              .count("Blinken criticizes Kazakhstan") == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
