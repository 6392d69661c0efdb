// A possessive title after a head named only by his title ("le président
// russe ... son ministre"): the office is in that head's state, unless a
// state or body is named in between (engine_coref.cc
// OfficeCountryOfPersonBefore).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a possessive title after a head named by his title is in his state", "[extract]") {
  auto fr = Edges(
      "L'Azerbaïdjan a accueilli les pourparlers. « Nous voulons la paix », a déclaré le "
      "président turc en présence de son ministre des Affaires étrangères, Mevlüt Çavuşoğlu.",
      "2021-11-26");
  CHECK(fr.count("Cavusoglu official_of Turkey"));
  CHECK_FALSE(fr.count("Cavusoglu official_of Azerbaijan"));
  auto en = Edges(
      "Azerbaijan hosted the talks. \"We want peace,\" the Turkish president said in the presence "
      "of his foreign minister, Mevlut Cavusoglu.",
      "2021-11-26");
  CHECK(en.count("Cavusoglu official_of Turkey"));
  CHECK_FALSE(en.count("Cavusoglu official_of Azerbaijan"));
  // A body named in between owns the possessive: "son porte-parole" is the Kremlin's.
  auto kremlin = Edges(
      "« Le Premier ministre arménien a été clair : le Kremlin a répondu par la voix de son "
      "porte-parole, Dmitri Peskov. »",
      "2023-10-05");
  CHECK_FALSE(kremlin.count("Peskov official_of Armenia"));
}

TEST_CASE("a possessive after a semicolon is its own clause's subject's", "[extract]") {
  auto fr = Edges(
      "Le Sénégal avait dépêché son président au sommet ; le Mali y était représenté par son "
      "ministre des Affaires étrangères, Modibo Kanouté.",
      "2023-07-09");
  CHECK(fr.count("Modibo Kanouté official_of Mali"));
  CHECK_FALSE(fr.count("Modibo Kanouté official_of Senegal"));
  auto en = Edges(
      "Senegal sent its president to the summit; Mali was represented by its foreign minister, "
      "Modibo Kanoute.",
      "2023-07-09");
  CHECK(en.count("Modibo Kanoute official_of Mali"));
  // A clause opening on the possessive is the first clause's subject's.
  auto open = Edges(
      "Le Sénégal a publié un communiqué ; son porte-parole, Ousmane Ndiaye, a dénoncé l'attaque.",
      "2023-07-09");
  CHECK(open.count("Ousmane Ndiaye official_of Senegal"));
}
