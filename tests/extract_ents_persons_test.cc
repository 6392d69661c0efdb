// Persons no dictionary knows, named after compound ranks and titles, in
// French and English; and the tricky negatives next to them.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("ents: a compound rank is not part of the name", "[extract][ents]") {
  auto en = EntityIds(
      "The mission is commanded by Colonel General Pyotr Zaslavsky, the commander of the "
      "paratroopers.",
      "2022-01-07");
  CHECK(en.count("Pyotr Zaslavsky"));
  CHECK_FALSE(en.count("General Pyotr Zaslavsky"));
  auto title = EntityIds(
      "The Russian Defence Ministry says its bombers hit 50 targets; ministry spokesman Major "
      "General Oleg Tarasenko described the strikes as precise.",
      "2015-10-06");
  CHECK(title.count("Oleg Tarasenko"));
  CHECK_FALSE(title.count("Major General Oleg Tarasenko"));
  auto fr =
      EntityIds("L'opération est dirigée par le général de brigade Amadou Sissoko.", "2022-01-07");
  CHECK(fr.count("Amadou Sissoko"));
}
