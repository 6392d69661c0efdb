// Precision of sends_troops: the implicit destination (the page's country)
// is never a state the same sentence says leads the sender ("Une alliance
// dominée par Moscou, l'OTSC, a envoyé des troupes" on a page that names
// only Russia). Beside a true use.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("the sender's leader is not the implicit destination", "[extract][troops][precision]") {
  const auto fr = Edges("Une alliance dominée par Moscou, l'OTSC, a envoyé des troupes.", "2022-01-07");
  CHECK(fr.count("Russia leads CSTO") == 1);
  CHECK(fr.count("CSTO sends_troops Russia") == 0);
  const auto en = Edges("An alliance dominated by Moscow, the CSTO, sent troops.", "2022-01-07");
  CHECK(en.count("CSTO sends_troops Russia") == 0);
  // the page's country stays the destination
  const auto kz = Edges(
      "Des émeutes ont éclaté au Kazakhstan. Une alliance dominée par Moscou, l'OTSC, a envoyé "
      "des troupes.",
      "2022-01-07");
  CHECK(kz.count("CSTO sends_troops Kazakhstan") == 1);
}
