// Entities of the article's body only: lists of linked headlines after a
// teaser label ("Also read", "À lire aussi", "Dépêches précédentes") are page
// chrome, however many lines they hold; the body around them is kept.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::EntityIds;

TEST_CASE("ents: every headline of a teaser list is chrome", "[extract][entities]") {
  auto en = EntityIds(
      "Moscow sends paratroopers\n\n"
      "Russia sent paratroopers to Kazakhstan on Thursday, the Kremlin said.\n\n"
      "Also read\n"
      "Lavrov, Blinken to hold talks in Geneva\n"
      "Shoigu inspects combat readiness\n"
      "Kadyrov offers Chechen fighters \"for any task\"\n",
      "2022-01-07");
  CHECK(en.count("Russia"));
  CHECK(en.count("Kazakhstan"));
  CHECK_FALSE(en.count("Shoigu"));
  CHECK_FALSE(en.count("Kadyrov"));
  CHECK_FALSE(en.count("Blinken"));

  auto fr = EntityIds(
      "La mission kényane arrive en Haïti\n\n"
      "Le Kenya a envoyé 400 policiers en Haïti mardi.\n\n"
      "À lire aussi\n"
      "République dominicaine : Luis Abinader ferme la frontière\n"
      "Cuba : Miguel Díaz-Canel annonce des coupures\n",
      "2024-06-25");
  CHECK(fr.count("Kenya"));
  CHECK_FALSE(fr.count("Cuba"));
  CHECK_FALSE(fr.count("Dominican Republic"));
}

TEST_CASE("ents: a teaser list ends at a blank line", "[extract][entities]") {
  // The paragraph after the list, with no final period on its first line,
  // is body text again once a blank line separates it.
  auto ids = EntityIds(
      "L'OTAN se réunit à Vilnius\n\n"
      "Les alliés ont accueilli la Suède.\n\n"
      "Lire aussi\n"
      "Pologne : Mateusz Morawiecki promet de fermer la frontière\n\n"
      "La Turquie a levé son veto, a déclaré Jens Stoltenberg\n\n"
      "Dépêches précédentes :\n"
      "Kosovo : Albin Kurti rejette l'appel de l'UE\n",
      "2023-07-11");
  CHECK(ids.count("Turkey"));
  CHECK(ids.count("Stoltenberg"));
  CHECK_FALSE(ids.count("Poland"));
  CHECK_FALSE(ids.count("Kosovo"));
  CHECK_FALSE(ids.count("Kurti"));
}
