// meets: places that "meet" are borders, not parties; a meeting cancelled
// with a time adverb between the verb and the noun, or planned by a
// participle after the noun, did not take place. True meetings stay.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("meets: states that meet after 'where' are borders", "[extract]") {
  {
    const auto e = Edges("The attack hit a base near the point where Mali, Niger and Burkina Faso meet.", "2023-01-10");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {  // persons who meet where something happens still meet
    const auto e = Edges("The summit in Ankara, where Erdogan and Putin meet each year, was held on Monday.", "2019-09-16");
    CHECK(e.count("Putin meets Erdogan") + e.count("Erdogan meets Putin") == 1);
  }
}

TEST_CASE("meets: cancelled or still planned meetings", "[extract]") {
  {
    const auto e = Edges("Le président Emmanuel Macron a annulé mardi la rencontre avec son homologue algérien Abdelmadjid Tebboune.", "2024-10-01");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {
    const auto e = Edges("Le président Emmanuel Macron a évoqué la rencontre prévue avec son homologue algérien Abdelmadjid Tebboune.", "2024-10-01");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {
    const auto e = Edges("The meeting scheduled with Vladimir Putin was called off by Joe Biden.", "2021-06-01");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {  // near-miss: a held meeting, a time adverb after the verb
    const auto e = Edges("Le président Emmanuel Macron a rencontré mardi son homologue algérien Abdelmadjid Tebboune.", "2024-10-01");
    CHECK(e.count("Macron meets Tebboune"));
  }
  {
    const auto e = Edges("Joe Biden held a meeting with Vladimir Putin in Geneva on Wednesday.", "2021-06-16");
    CHECK(e.count("Biden meets Putin"));
  }
}
