// "the leader of Georgia's breakaway region of Abkhazia": the office is the
// region's, not the owning state's (engine_mentions.cc ComplementStart).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a head of a state's region named with a possessive leads the region",
          "[extract][titles]") {
  const auto en = Edges(
      "Anri Tsvizba, the leader of Georgia's breakaway region of South Ossetia, met the envoy.",
      "2019-05-02");
  CHECK(en.count("Anri Tsvizba leads South Ossetia"));
  CHECK_FALSE(en.count("Anri Tsvizba official_of Georgia"));
  // near-miss: a possessive state with no region after it keeps its office
  const auto st = Edges("Anri Tsvizba, the head of Georgia's security service, met the envoy.",
                        "2019-05-02");
  CHECK_FALSE(st.count("Anri Tsvizba leads South Ossetia"));
}

// "the deputy chairman of Machar's SPLM-IO": the body a person owns is the
// office's (engine_mentions.cc ComplementStart).
TEST_CASE("an office of a body owned by a person is the body's", "[extract][titles]") {
  const auto en = Edges(
      "Ali Hassan, the deputy chairman of Machar's SPLM-IO, said the deal was dead.",
      "2025-03-28");
  CHECK(en.count("Ali Hassan official_of SPLM-IO"));
  CHECK_FALSE(en.count("Ali Hassan official_of Machar"));
  // near-miss: a person's possession that is no body gives no office
  const auto none = Edges("Ali Hassan, the deputy chairman of Machar's campaign, said no.",
                          "2025-03-28");
  CHECK_FALSE(none.count("Ali Hassan official_of SPLM-IO"));
}
