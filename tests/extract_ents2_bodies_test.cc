// Issue 3 (ents2): a state's own bodies named without their state ("the
// parliament", "la tête du Conseil de sécurité") take the state the sentence
// or the holder gives, not the page's focus nor the UN's council.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("a bare parliament is the one state the sentence named", "[extract][entities]") {
  auto en = EntityIds(
      "Russia sent most of the troops. In Kyrgyzstan, deputies questioned whether Kyrgyz "
      "soldiers should go; the parliament eventually approved the mission. Russia said the "
      "mission was over.",
      "2022-01-14");
  CHECK(en.count("Kyrgyz parliament"));
  CHECK_FALSE(en.count("Russian parliament"));
  // Two states before it: the page's state decides, as before.
  auto two = EntityIds(
      "Russia and Belarus talked. Russia and Kyrgyzstan met; the parliament approved. Russia "
      "agreed.",
      "2022-01-14");
  CHECK_FALSE(two.count("Kyrgyz parliament"));
}

TEST_CASE("a council a person heads is a state's, not the UN's", "[extract][entities]") {
  auto fr = EntityIds(
      "Mercredi, Kassym-Jomart Tokaïev a pris lui-même la tête du Conseil de sécurité, fonction "
      "jusque-là occupée par Noursoultan Nazarbaïev.",
      "2022-01-07");
  CHECK(fr.count("Kazakh Security Council"));
  CHECK_FALSE(fr.count("UN Security Council"));
  auto en = EntityIds(
      "Former president Nursultan Nazarbayev lost his chairmanship of the powerful Security "
      "Council.",
      "2022-01-14");
  CHECK(en.count("Kazakh Security Council"));
  auto medvedev = Edges(
      "L'ancien président russe Dmitri Medvedev, vice-président du Conseil de sécurité, a évoqué "
      "un scénario à l'ukrainienne.",
      "2024-12-02");
  CHECK(medvedev.count("Medvedev official_of Russian Security Council"));
  CHECK_FALSE(medvedev.count("Medvedev official_of UN Security Council"));
  // A meeting or a rotating presidency stays the UN's council.
  auto un = EntityIds(
      "Réuni à huis clos, le Conseil de sécurité n'est pas parvenu à un accord. La France assure "
      "la présidence du Conseil de sécurité.",
      "2021-02-03");
  CHECK(un.count("UN Security Council"));
  CHECK_FALSE(un.count("French Security Council"));
  // "Conseil de sécurité collective de l'organisation": the alliance's own council.
  auto csto = EntityIds(
      "L'OTSC a décidé d'agir. La décision a été prise par le Conseil de sécurité collective de "
      "l'organisation.",
      "2022-01-07");
  CHECK_FALSE(csto.count("UN Security Council"));
}

TEST_CASE("a parliament named with its nationality, not inside a house's name",
          "[extract][entities]") {
  auto en = EntityIds(
      "The congress in Tiraspol asked the Russian parliament to take measures to protect the "
      "territory.",
      "2024-02-28");
  CHECK(en.count("Russian parliament"));
  auto fr = EntityIds("Le Sénat nigérian a approuvé le budget.", "2024-02-28");
  CHECK(fr.count("Nigerian Senate"));
  // "the upper house of the Russian parliament" names the house only.
  auto house = EntityIds(
      "The Federation Council, the upper house of the Russian parliament, authorised the use of "
      "the armed forces. A day after the upper house of Russia's parliament voted, troops moved.",
      "2015-09-30");
  CHECK_FALSE(house.count("Russian parliament"));
  // "the Russian army" stays with the army rules.
  auto army = EntityIds("The Russian army shelled the town.", "2022-03-01");
  CHECK_FALSE(army.count("Russian parliament"));
}
