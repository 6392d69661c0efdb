// Session 10 (s10prec): an infinitive trigger governed by an expectation,
// wish or ability word across its own agent states no act; the act asserted
// keeps its edge.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace {

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("s10prec: an expected act past its agent gives no edge", "[extract]") {
  const auto en_expect = Edges(
      "Few diplomats expect Turkey to recognise the vote or to send more troops to Azerbaijan.");
  CHECK_FALSE(en_expect.count("Turkey sends_troops Azerbaijan"));
  const auto en_pos = Edges("Turkey sent more troops to Azerbaijan on Monday.");
  CHECK(en_pos.count("Turkey sends_troops Azerbaijan") == 1);
}

TEST_CASE("s10prec: an ability to act is not the act", "[extract]") {
  const auto en_ability = Edges(
      "The sanctions could limit the ability of the European Union to support Armenia, "
      "officials said.");
  CHECK_FALSE(en_ability.count("EU supports Armenia"));
  const auto en_pos = Edges("The European Union supports Armenia, officials said.");
  CHECK(en_pos.count("EU supports Armenia") == 1);
}

TEST_CASE("s10prec: an urged act past its agent is a call, not a deployment", "[extract]") {
  const auto fr_urge = Edges("Le Mali exhorte la Russie à envoyer des soldats au Burkina Faso.");
  CHECK_FALSE(fr_urge.count("Russia sends_troops Burkina Faso"));
  const auto fr_pos = Edges("La Russie a envoyé des soldats au Burkina Faso.");
  CHECK(fr_pos.count("Russia sends_troops Burkina Faso") == 1);
}

}  // namespace
