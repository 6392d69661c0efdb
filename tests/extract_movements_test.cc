// Troop movements beyond "send": arrivals, landings, entries, stationing,
// contributions, numbers with separators, "troops from X", mercenaries of a
// group, agentless passives; requested deployments give no edge.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("movements: arrivals, landings and entries of national troops", "[extract]") {
  CHECK(Edges("Belarusian troops arrived in Kazakhstan on Friday.")
            .count("Belarus sends_troops Kazakhstan"));
  CHECK(Edges("Des parachutistes russes ont débarqué au Kazakhstan jeudi.")
            .count("Russia sends_troops Kazakhstan"));
  CHECK(Edges("L'arrivée de troupes biélorusses au Kazakhstan a été confirmée.")
            .count("Belarus sends_troops Kazakhstan"));
  CHECK(Edges("Les troupes russes sont entrées en Géorgie vendredi.", "2008-08-09")
            .count("Russia sends_troops Georgia"));
  CHECK(Edges("Russian forces entered Georgia on Friday.", "2008-08-09")
            .count("Russia sends_troops Georgia"));
  CHECK(Edges("Armenian peacekeepers took off for Kazakhstan on Friday.")
            .count("Armenia sends_troops Kazakhstan"));
  CHECK(
      Edges("Troops from Belarus landed in Kazakhstan.").count("Belarus sends_troops Kazakhstan"));
}

TEST_CASE("movements: verbs of stationing and contributing, numbers", "[extract]") {
  CHECK(Edges("Russia deployed 3,000 paratroopers to Kazakhstan on Thursday.")
            .count("Russia sends_troops Kazakhstan"));
  CHECK(Edges("Kenya contributed troops to the mission in Haiti.", "2024-07-01")
            .count("Kenya sends_troops Haiti"));
  CHECK(Edges("Russia has stationed troops in Armenia.").count("Russia sends_troops Armenia"));
  CHECK(
      Edges("La Russie a stationné des troupes en Arménie.").count("Russia sends_troops Armenia"));
  CHECK(Edges("Des mercenaires de Wagner ont été envoyés au Mali.", "2022-01-07")
            .count("Wagner sends_troops Mali"));
  CHECK(Edges("Des soldats russes ont été déployés en Syrie.", "2016-01-07")
            .count("Russia sends_troops Syria"));
}

TEST_CASE("movements: requested and outgoing troops are not sent", "[extract]") {
  CHECK_FALSE(
      HasPredicate(Edges("Mali asked Russia to send troops.", "2022-01-07"), "sends_troops"));
  CHECK_FALSE(
      HasPredicate(Edges("Le Mali a demandé à Moscou d'envoyer des troupes russes.", "2022-01-07"),
                   "sends_troops"));
  auto e =
      Edges("Russia began to pull troops from Syria after the troops arrived home.", "2016-03-15");
  CHECK_FALSE(e.count("Syria sends_troops Russia"));
}
