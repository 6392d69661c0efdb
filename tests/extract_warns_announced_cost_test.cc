// A cost announced for another actor is the speaker's
// warning to it ("X will pay a heavy price", "X would face consequences",
// "le Togo en paierait le prix"). Negatives: negation, denial, the speaker's
// own cost, a cost for people who are no actor, a hypothetical speaker.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("a cost announced for an actor warns it", "[extract][stance]") {
  CHECK(Says("Kenya said Ethiopia would face consequences if it crossed the border.",
             "Kenya warns Ethiopia"));
  CHECK(Says("Ghana will pay a heavy price, Togo said.", "Togo warns Ghana"));
  CHECK(Says("Le Sénégal a déclaré que le Mali en paierait le prix.", "Senegal warns Mali"));
  CHECK(Says("Le Togo subira les conséquences de ses choix, selon le Ghana.", "Ghana warns Togo"));
}

TEST_CASE("no warning from a denied, negated or own cost", "[extract][stance]") {
  CHECK_FALSE(Says("Kenya said Ethiopia would not face consequences.", "Kenya warns Ethiopia"));
  CHECK_FALSE(Says("Kenya denied that Ethiopia would face consequences.", "Kenya warns Ethiopia"));
  CHECK_FALSE(
      Says("Kenya could say that Ethiopia would face consequences.", "Kenya warns Ethiopia"));
  CHECK_FALSE(
      HasPredicate(Edges("Kenya said it would pay a heavy price for its choices."), "warns"));
  CHECK_FALSE(HasPredicate(Edges("Farmers will pay the price, Kenya said."), "warns"));
  CHECK_FALSE(
      Says("Kenya said Ethiopia's allies would pay a heavy price.", "Kenya warns Ethiopia"));
}
