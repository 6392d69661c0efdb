// A pejorative label on an act labels the act's
// owners ("called the cooperation between X and Y a provocation",
// "a qualifié la politique du Togo d'« irresponsable »"). Negatives: a
// label that is no criticism, negation, an act with no named owner.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("a pejorative label on an act criticizes its owners", "[extract][stance]") {
  const std::string text = "Chile called the cooperation between Peru and Bolivia a provocation.";
  CHECK(Says(text, "Chile criticizes Peru"));
  CHECK(Says(text, "Chile criticizes Bolivia"));
  CHECK(Says("Le Ghana a qualifié la politique du Togo d'« irresponsable ».",
             "Ghana criticizes Togo"));
}

TEST_CASE("labels on acts that criticize no one", "[extract][stance]") {
  CHECK_FALSE(HasPredicate(
      Edges("Chile called the cooperation between Peru and Bolivia a success."), "criticizes"));
  CHECK_FALSE(Says("Chile did not call the cooperation between Peru and Bolivia a provocation.",
                   "Chile criticizes Peru"));
  CHECK_FALSE(HasPredicate(Edges("Chile called the cooperation a provocation."), "criticizes"));
}
