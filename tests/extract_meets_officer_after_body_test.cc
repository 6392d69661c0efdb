// meets: a body named before its officer's title qualifies him ("spoke to
// UN Secretary-General Antonio Guterres", "NATO chief Jens Stoltenberg"):
// the person is the party met, not the body.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

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
