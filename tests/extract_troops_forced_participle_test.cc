// "forcé(e)s" folds to the troop noun "forces": with its accent it is the
// participle ("les départs forcés du Mali"), whose complement sends no
// troops; on sentences of our own.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("forced departures name no troop senders", "[extract]") {
  auto e = Edges(
      "Des centaines de soldats tchadiens sont déployés au Niger depuis les retraits forcés du "
      "Mali et du Burkina Faso.",
      "2024-12-02");
  CHECK(e.count("Chad sends_troops Niger"));
  CHECK_FALSE(e.count("Mali sends_troops Niger"));
  CHECK_FALSE(e.count("Burkina Faso sends_troops Niger"));
  auto f = Edges(
      "Hundreds of Chadian troops are deployed in Niger, after forced withdrawals from Mali and "
      "Burkina Faso.",
      "2024-12-02");
  CHECK(f.count("Chad sends_troops Niger"));
  CHECK_FALSE(f.count("Mali sends_troops Niger"));
}

TEST_CASE("the troop noun forces still names its sender", "[extract]") {
  auto e = Edges("Les forces nigériennes ont été déployées au Mali.", "2024-12-02");
  CHECK(e.count("Niger sends_troops Mali"));
  auto f = Edges("Les forces du Tchad ont été déployées au Niger.", "2024-12-02");
  CHECK(f.count("Chad sends_troops Niger"));
}
