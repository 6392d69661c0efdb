// meets: a body named before its officer's title qualifies him ("spoke to
// UN Secretary-General Antonio Guterres", "NATO chief Jens Stoltenberg"):
// the person is the party met, not the body. Persons who came with the
// subject ("along with", "accompagné de", "aux côtés de") meet its object.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("meets: the officer, not the body before his title", "[extract]") {
  {
    const auto e = Edges("Antony Blinken said he had spoken to UN Secretary-General Antonio Guterres.", "2023-10-20");
    CHECK(e.count("Blinken meets Guterres"));
    CHECK_FALSE(e.count("Blinken meets UN"));
  }
  {
    const auto e = Edges("Antony Blinken spoke to NATO chief Jens Stoltenberg on Monday.", "2023-10-20");
    CHECK(e.count("Blinken meets Stoltenberg"));
    CHECK_FALSE(e.count("Blinken meets NATO"));
  }
  {  // near-miss: the body alone stays the party
    const auto e = Edges("Antony Blinken met NATO ambassadors in Brussels on Monday.", "2023-10-20");
    CHECK_FALSE(e.count("Blinken meets Stoltenberg"));
  }
}

TEST_CASE("meets: companions of the subject meet its object", "[extract]") {
  {
    const auto e = Edges("Emmanuel Macron met President Joe Biden in Washington along with his foreign minister, Catherine Colonna.", "2022-12-01");
    CHECK(e.count("Macron meets Biden"));
    CHECK(e.count("Colonna meets Biden"));
  }
  {
    const auto e = Edges("Emmanuel Macron a rencontré Joe Biden à Washington aux côtés d'Olaf Scholz.", "2022-12-01");
    CHECK(e.count("Scholz meets Biden"));
  }
  {  // near-miss: a companion of no meeting
    const auto e = Edges("Emmanuel Macron arrived in Washington along with his foreign minister, Catherine Colonna.", "2022-12-01");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
}
