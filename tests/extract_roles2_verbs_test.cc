// Offices given by a verb: "X, who heads the ruling Sovereign Council",
// "X, qui dirige le Conseil souverain"; leading a delegation heads no state.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a relative clause gives the office through a modifier", "[extract]") {
  auto e = Edges(
      "The army chief, General Abdel Fattah al-Burhan, who also heads the ruling Sovereign "
      "Council, moved on Friday.",
      "2023-05-20");
  CHECK(e.count("Burhan leads Sovereign Council"));
  auto f = Edges("Abdel Fattah al-Burhan, qui dirige le Conseil souverain, a agi vendredi.",
                 "2023-05-20");
  CHECK(f.count("Burhan leads Sovereign Council"));
}

TEST_CASE("leading a delegation heads no country", "[extract]") {
  auto e = Edges("Sergei Lavrov, leading a Russian delegation, arrived in Ankara on Monday.",
                 "2022-03-10");
  CHECK_FALSE(e.count("Lavrov leads Russia"));
  auto f = Edges("Une délégation russe conduite par Vladimir Medinski est arrivée à Istanbul.",
                 "2022-03-29");
  CHECK_FALSE(f.count("Vladimir Medinski leads Russia"));
}
