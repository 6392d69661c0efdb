// National bodies and ministries: a dictionary body followed by a
// nationality is that country's own body; a foreign-ministry spokesperson
// speaks for the ministry; "West" inside a place name is not the West.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("ents: a dictionary body with a nationality is the national body",
          "[extract][entities]") {
  auto ids = EntityIds(
      "Il avait été écarté de la présidence du Conseil de sécurité kazakh, poste que M. "
      "Tokaïev occupe désormais.",
      "2022-01-19");
  CHECK(ids.count("Kazakh Security Council"));
  CHECK_FALSE(ids.count("UN Security Council"));
  // Without the nationality, the dictionary's body.
  auto un = EntityIds("Le Conseil de sécurité de l'ONU se réunira lundi.", "2022-01-19");
  CHECK(un.count("UN Security Council"));
}

TEST_CASE("ents: a foreign-ministry spokesperson is an official of the ministry",
          "[extract][entities]") {
  auto edges = Edges(
      "À Moscou, la porte-parole de la diplomatie russe, Maria Zakharova, a dénoncé une "
      "campagne de dénigrement.",
      "2021-06-10");
  CHECK(edges.count("Zakharova official_of Russian Foreign Ministry"));
  // The head of the diplomacy stays an official of the state.
  auto head = Edges("Le chef de la diplomatie russe, Sergueï Lavrov, a rencontré M. Blinken.",
                    "2022-01-10");
  CHECK(head.count("Lavrov official_of Russia"));
}

TEST_CASE("ents: West in a place name is not the West", "[extract][entities]") {
  auto ids = EntityIds(
      "The CFA franc is shared by eight West African states. The governor of West Darfur "
      "was killed.",
      "2023-06-15");
  CHECK_FALSE(ids.count("West"));
  auto west = EntityIds("Russia blamed the West for the unrest.", "2022-01-07");
  CHECK(west.count("West"));
}
