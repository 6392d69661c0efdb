// Issue 3 (ents2): a state's name or capital that only places an event or
// names a document ("golfe de Guinée", "statut de Rome", "(London)") is no
// actor of the article; acting, it still is.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("a name inside a place or document name is no actor", "[extract][entities]") {
  auto fr = EntityIds(
      "Le Parlement arménien a ratifié le statut de Rome. La France patrouille dans le golfe de "
      "Guinée.",
      "2023-10-04");
  CHECK_FALSE(fr.count("Italy"));
  CHECK_FALSE(fr.count("Guinea"));
  CHECK(fr.count("France"));
  auto en = EntityIds(
      "Ethiopia wants a naval base on the Gulf of Aden. Kyiv says the Minsk agreements are dead.",
      "2024-01-05");
  CHECK_FALSE(en.count("Yemen"));
  CHECK_FALSE(en.count("Belarus"));
  CHECK(en.count("Ethiopia"));
  // Acting, the capital is its state.
  auto acting = EntityIds("Rome a condamné l'attaque. Minsk a envoyé des troupes.", "2023-10-04");
  CHECK(acting.count("Italy"));
  CHECK(acting.count("Belarus"));
}

TEST_CASE("a capital in a dateline or after in only places", "[extract][entities]") {
  auto byline = EntityIds(
      "Live coverage by Tamar Beridze (Tbilisi) and Alex Moreau (London). Azerbaijan launched an "
      "offensive.",
      "2023-09-20");
  CHECK_FALSE(byline.count("Georgia"));
  CHECK_FALSE(byline.count("United Kingdom"));
  CHECK(byline.count("Azerbaijan"));
  auto in = EntityIds("Talks between Baku and Yerevan opened in Prague.", "2023-09-20");
  CHECK_FALSE(in.count("Czech Republic"));
  // The same capital acting in the same page is its state.
  auto edges = Edges("Talks opened in Prague. Prague condemned Russia.", "2023-09-20");
  CHECK(edges.count("Czech Republic criticizes Russia"));
}
