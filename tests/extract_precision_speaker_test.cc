// Precision fixes: who speaks.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("'according to the <nationality> leader' is the leader, not the country", "[extract]") {
  auto en = Edges(
      "Chad's President Mahamat Deby met his ministers on Monday.\n"
      "According to the Chadian president, some 300 \"terrorists\" had attacked the army base.");
  CHECK(en.count("Mahamat Deby accuses terrorists") == 1);
  CHECK(en.count("Chad accuses terrorists") == 0);
  // A country named alone still speaks.
  auto country = Edges("According to Chad, some 300 \"terrorists\" had attacked the army base.");
  CHECK(country.count("Chad accuses terrorists") == 1);
}

TEST_CASE("a pronoun in a relative clause after a comma speaks for the main subject", "[extract]") {
  const std::string lead = "Le président rwandais Paul Kagame s'est exprimé lundi à Kigali.\n";
  auto fr = Edges(lead +
                  "Bujumbura refuse toute négociation avec le RED-Tabara, qu'il qualifie de « "
                  "groupe terroriste ».");
  CHECK(fr.count("Burundi accuses terrorists") == 1);
  CHECK(fr.count("Kagame accuses terrorists") == 0);
  // Without the relative clause the pronoun still finds the person before.
  auto plain = Edges(lead + "Il a qualifié les assaillants de « terroristes ».");
  CHECK(plain.count("Kagame accuses terrorists") == 1);
}
