// Summoning another state's envoy is a formal protest against that state:
// "convoquer l'ambassadeur du X", "summoned the ambassador of X".
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace {

using kzgraph::testing::Edges;

TEST_CASE("summoning the ambassador of a state criticizes the state", "[extract]") {
  CHECK(Edges("Le Bénin a convoqué l'ambassadeur du Niger.").count("Benin criticizes Niger") == 1);
  CHECK(
      Edges("Le Pérou a convoqué l'ambassadeur de France lundi.").count("Peru criticizes France") ==
      1);
  CHECK(
      Edges("Benin summoned the ambassador of Niger on Monday.").count("Benin criticizes Niger") ==
      1);
  // Negated, or a meeting convened, or a court summons: no protest.
  CHECK(
      Edges("Le Bénin n'a pas convoqué l'ambassadeur du Niger.").count("Benin criticizes Niger") ==
      0);
  CHECK(Edges("Le Bénin a convoqué une réunion avec le Niger.").count("Benin criticizes Niger") ==
        0);
  CHECK(!kzgraph::testing::HasPredicate(
      Edges("Le ministre béninois a été convoqué par la justice du Niger."), "criticizes"));
}

}  // namespace
