// Heads of government whose terms began in 2025 (schema/dict
// persons_heads_ministers_2008_2026.jsonl): named bare, they head their state
// on the article's date; before the term, not.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("Lithuania's prime minister from August 2025", "[extract][dict]") {
  const auto en = Edges(
      "Lithuania closed its border with Belarus. Ruginiene said Vilnius would not back down.",
      "2025-10-28");
  CHECK(en.count("Ruginiene leads Lithuania"));
  const auto fr = Edges(
      "La Lituanie a fermé sa frontière. Inga Ruginienė a dénoncé une attaque hybride.",
      "2025-10-28");
  CHECK(fr.count("Ruginiene leads Lithuania"));
  // near-miss: before her term
  const auto before = Edges(
      "Lithuania closed its border with Belarus. Ruginiene said Vilnius would not back down.",
      "2025-03-01");
  CHECK_FALSE(before.count("Ruginiene leads Lithuania"));
}
