// References by title: a head named by the seat of power he occupies, and a
// foreign ministry's spokesperson named by "la diplomatie" of a state.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a head named by his seat of power is the state's head on the date", "[extract]") {
  auto fr = Edges(
      "Le maître du Kremlin a dépêché des parachutistes au Kazakhstan jeudi.", "2022-01-07");
  CHECK(fr.count("Putin leads Russia") == 1);
  CHECK(fr.count("Putin sends_troops Kazakhstan") == 1);
  auto elysee = Edges("Le locataire de l'Élysée a condamné l'offensive russe.", "2022-03-01");
  CHECK(elysee.count("Macron criticizes Russia") == 1);
  auto en = Edges("The master of the Kremlin warned NATO against expanding east.", "2021-12-07");
  CHECK(en.count("Putin warns NATO") == 1);
  // The title resolves on the date: in 2009 the Élysée was Sarkozy's.
  auto earlier = Edges("Le locataire de l'Élysée a critiqué la Russie.", "2009-06-01");
  CHECK(earlier.count("Macron criticizes Russia") == 0);
  // "maître" without a seat of power gives no head.
  auto other = Edges("Le maître d'œuvre du chantier a critiqué la Russie.", "2022-03-01");
  CHECK(other.count("Putin criticizes Russia") == 0);
}

TEST_CASE("the spokesperson of a state's diplomacy is the foreign ministry's spokesperson",
          "[extract]") {
  auto fr = Edges(
      "La porte-parole de la diplomatie russe a critiqué l'Otan vendredi.", "2022-01-07");
  CHECK(fr.count("Zakharova official_of Russian Foreign Ministry") == 1);
  CHECK(fr.count("Zakharova criticizes NATO") == 1);
  // Not the minister: "porte-parole de la diplomatie" is no foreign minister's title.
  CHECK(fr.count("Lavrov criticizes NATO") == 0);
  auto en = Edges("The Russian foreign ministry spokeswoman criticized NATO on Friday.",
                  "2022-01-07");
  CHECK(en.count("Zakharova criticizes NATO") == 1);
}
