// "warned that any intervention by X would ...",
// "préviennent qu'une intervention de X serait ...": the warned actor is the
// author of the act the that-clause is about. And a place joined by a comma
// alone before a coordinated subject ("After the coup in Accra, X and Y
// warned") is not one of the subjects. Negatives: the act's victim, a
// seizure noun's complement, negation, hypothesis.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("a warning about an actor's act warns the actor (English)", "[extract][stance]") {
  const std::string text =
      "Ghana and Togo warned that any military intervention by Nigeria would be treated as an act "
      "of war.";
  CHECK(Says(text, "Ghana warns Nigeria"));
  CHECK(Says(text, "Togo warns Nigeria"));
  // The place of an introductory phrase is no subject.
  const std::string place =
      "After the coup in Accra, Togo and Benin warned that any attack by Burkina Faso would be "
      "answered.";
  CHECK(Says(place, "Togo warns Burkina Faso"));
  CHECK_FALSE(Says(place, "Ghana warns Burkina Faso"));
}

TEST_CASE("a warning about an actor's act warns the actor (French)", "[extract][stance]") {
  const std::string text =
      "Le Mali et le Niger préviennent qu'une intervention militaire du Nigeria serait une "
      "déclaration de guerre.";
  CHECK(Says(text, "Mali warns Nigeria"));
  CHECK(Says(text, "Niger warns Nigeria"));
}

TEST_CASE("warnings about acts that warn no author", "[extract][stance]") {
  // The act's victim (a seizure noun's complement), not its author.
  CHECK_FALSE(
      Says("Chile warned that the invasion of Peru would ruin the region.", "Chile warns Peru"));
  CHECK_FALSE(Says("Le Tchad a averti que l'invasion du Soudan serait une catastrophe.",
                   "Chad warns Sudan"));
  // Negation and hypothesis.
  CHECK_FALSE(Says("Ghana did not warn that an intervention by Nigeria would be an act of war.",
                   "Ghana warns Nigeria"));
  CHECK_FALSE(HasPredicate(
      Edges("Le Mali pourrait prévenir qu'une intervention du Nigeria serait une agression."),
      "warns"));
}
