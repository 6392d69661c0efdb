// Troops "from" countries joining a deployment, on sentences of
// our own.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("later units from listed countries are sent too", "[extract]") {
  auto e = Edges(
      "Somalia faces a new offensive. Kenyan soldiers were landing in Mogadishu on Monday, "
      "followed by smaller units from Uganda and Burundi.",
      "2023-05-02");
  CHECK(e.count("Kenya sends_troops Somalia"));
  CHECK(e.count("Uganda sends_troops Somalia"));
  CHECK(e.count("Burundi sends_troops Somalia"));
  auto f = Edges(
      "La Somalie fait face à une offensive. Des parachutistes éthiopiens ont débarqué à "
      "Mogadiscio lundi, suivis d'autres soldats venus d'Ouganda et du Burundi.",
      "2023-05-02");
  CHECK(f.count("Ethiopia sends_troops Somalia"));
  CHECK(f.count("Uganda sends_troops Somalia"));
  CHECK(f.count("Burundi sends_troops Somalia"));
  // a negated arrival gives no edge
  auto n = Edges(
      "La Somalie fait face à une offensive. Aucun soldat venu d'Ouganda n'est arrivé à "
      "Mogadiscio.",
      "2023-05-02");
  CHECK_FALSE(n.count("Uganda sends_troops Somalia"));
  // troops leaving a country name where they come from, not who sends them
  auto g = Edges("Somalia faces a new offensive. Kenya withdrew troops from Uganda on Monday.",
                 "2023-05-02");
  CHECK_FALSE(g.count("Uganda sends_troops Somalia"));
}
