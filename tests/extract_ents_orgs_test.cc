// Organizations no dictionary knows: more head words in both languages, a
// head alone before its capitalised complement, a bracketed acronym a few
// words after the head, compound modifiers before the name; and the
// nationality + generic military head that stays the country's.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("ents: English bodies named by their head word", "[extract][entities]") {
  auto ids = EntityIds(
      "Olga Petrenko, director of the Centre for Baltic Security Studies in Riga, praised NATO.",
      "2022-02-01");
  CHECK(ids.count("Centre for Baltic Security Studies"));
  CHECK(ids.count("NATO"));
  const std::string office =
      "Amir Haddad, head of the Beirut-based Lebanese Refugee Coordination Office, accused "
      "Israel of shelling villages.";
  auto office_ids = EntityIds(office, "2024-01-10");
  CHECK(office_ids.count("Lebanese Refugee Coordination Office"));
  CHECK_FALSE(office_ids.count("Beirut-based Lebanese Refugee Coordination Office"));
  auto edges = Edges(office, "2024-01-10");
  CHECK(edges.count("Amir Haddad accuses Israel"));
  CHECK_FALSE(edges.count("Lebanese Refugee Coordination Office accuses Israel"));
  auto forces = EntityIds("Transport aircraft of the Russian Aerospace Forces landed in Minsk.",
                          "2022-01-07");
  CHECK(forces.count("Russian Aerospace Forces"));
}

TEST_CASE("ents: a nationality and a generic army stay the country", "[extract][entities]") {
  auto ids = EntityIds("The Syrian Army shelled the town on Monday.", "2015-10-06");
  CHECK_FALSE(ids.count("Syrian Army"));
  CHECK(ids.count("Syria"));
}

TEST_CASE("ents: French bodies with a late acronym or a purpose complement",
          "[extract][entities]") {
  auto faga = EntityIds(
      "Des exactions commises aux côtés des Forces armées gabonaises (FAGA) ont été dénoncées.",
      "2023-09-01");
  CHECK(faga.count("FAGA"));
  auto mission = EntityIds(
      "Quelque 300 policiers, premier contingent de la Mission multinationale d'appui à la paix "
      "(MMAP), sont arrivés.",
      "2024-06-25");
  CHECK(mission.count("MMAP"));
  CHECK_FALSE(mission.count("Mission multinationale"));
  auto minusca =
      EntityIds("La Mission des Nations unies en Centrafrique (Minusca) se retrouve prise en étau.",
                "2021-01-05");
  CHECK(minusca.count("MINUSCA"));
  CHECK_FALSE(minusca.count("Mission des Nations unies"));
  auto purpose = EntityIds(
      "Paul Mba, président de l'Union gabonaise pour la transition démocratique, a dénoncé le "
      "report du scrutin.",
      "2023-09-01");
  CHECK(purpose.count("Union gabonaise pour la transition démocratique"));
  auto court = EntityIds("Le gouvernement est passé outre un arrêt de la Haute Cour du Gabon.",
                         "2023-09-01");
  CHECK(court.count("Haute Cour du Gabon"));
  CHECK_FALSE(court.count("Cour du Gabon"));
}

TEST_CASE("ents: a bare 'the army' needs its country said first", "[extract][entities]") {
  // The page is about Russia; the army put on alert is Kyiv's.
  auto ids = EntityIds(
      "Russia moved troops into Crimea. Russia said its troops would stay. In Kiev, the "
      "interim president put the army on full combat alert.",
      "2014-03-02");
  CHECK_FALSE(ids.count("Russian army"));
  auto fr = EntityIds(
      "Le maréchal Khalifa Haftar, dont l'Armée nationale tchadienne (ANT) contrôle le nord, "
      "a rencontré des diplomates.",
      "2020-06-10");
  CHECK(fr.count("ANT"));
  CHECK_FALSE(fr.count("Chadian army"));
  // Named once with its country, "the army" is that institution again.
  auto sudan = EntityIds("Sudan's army took control of Khartoum. The army then closed the airport.",
                         "2023-04-20");
  CHECK(sudan.count("Sudanese Armed Forces"));
}

TEST_CASE("ents: a dictionary name then a common noun is not a longer name",
          "[extract][entities]") {
  auto ids =
      EntityIds("Son gouvernement a réclamé à l'Union européenne des sanctions contre Belgrade.",
                "2023-09-26");
  CHECK(ids.count("EU"));
  CHECK_FALSE(ids.count("Union européenne des sanctions"));
}
