// Acts of war whose subject is weapons or troops of a nationality ("Russian
// warplanes struck", "des drones russes ont frappé"): the nationality is the
// author a later "the strikes" / "ces frappes" refers to.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {
const kzgraph::testing::EdgeCheck Says("2024-03-01");
const kzgraph::testing::PredicateCheck AnyOf("2024-03-01");
}  // namespace

TEST_CASE("the nationality of striking weapons is the act's author", "[extract][acts]") {
  CHECK(
      Says("Russian warplanes struck several villages near Idlib on Tuesday. "
           "The Turkish government denounced the strikes.",
           "Turkey criticizes Russia"));
  // Every nationality of a coordination.
  const auto both = Edges(
      "American and British jets bombed rebel positions in Yemen overnight. "
      "Iran condemned the raids.",
      "2024-03-01");
  CHECK(both.count("Iran criticizes United States") == 1);
  CHECK(both.count("Iran criticizes United Kingdom") == 1);
  CHECK(
      Says("Des drones russes ont frappé la ville de Kharkiv dans la nuit. "
           "L'Ukraine a condamné ces frappes.",
           "Ukraine criticizes Russia"));
  CHECK(
      Says("Des missiles iraniens ont visé une base militaire au nord du pays. "
           "Israël a dénoncé ces attaques.",
           "Israel criticizes Iran"));
}

TEST_CASE("no author for unnamed, negated or foreign-made weapons", "[extract][acts]") {
  // No nationality: no author.
  CHECK_FALSE(AnyOf("Drones struck a market in Kharkiv overnight. Kyiv condemned the strikes.",
                    "criticizes"));
  // A negated strike has no author to blame.
  CHECK_FALSE(
      AnyOf("Russian warplanes did not strike the town, the ministry said. "
            "Kyiv condemned the strikes.",
            "criticizes"));
  // The nationality of a complement is not the subject's.
  CHECK_FALSE(
      AnyOf("Drones bought from Iranian suppliers struck the port of Odesa. "
            "Kyiv condemned the strikes.",
            "criticizes"));
  // The critic's own country is never the target.
  CHECK_FALSE(
      AnyOf("Ukrainian drones struck an oil depot in Crimea on Sunday. "
            "Ukraine's president Volodymyr Zelensky condemned the strikes.",
            "criticizes"));
}
