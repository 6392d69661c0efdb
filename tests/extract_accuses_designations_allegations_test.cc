// Stance wordings of news French and English, each a
// general construction with its negatives (negation, hypothesis, denial, a
// third actor, a neutral designation). Sentences are invented.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("designating a body as terrorist accuses it", "[extract][stance]") {
  CHECK(Says("Les États-Unis ont désigné le Hamas comme organisation terroriste.",
             "United States accuses Hamas"));
  CHECK(Says("Le Royaume-Uni a classé le Hamas comme une organisation terroriste.",
             "United Kingdom accuses Hamas"));
  CHECK(Says("Le Royaume-Uni a classé le Hamas organisation terroriste.",
             "United Kingdom accuses Hamas"));
  CHECK(Says("The United States designated Hamas a terrorist organization.",
             "United States accuses Hamas"));
  CHECK(Says("Britain proscribed Hamas as a terrorist group.", "United Kingdom accuses Hamas"));
  CHECK(Says("Chile branded Hamas terrorists.", "Chile accuses Hamas"));
}

TEST_CASE("a neutral or negated designation accuses no one", "[extract][stance]") {
  // A designation with no charge label.
  CHECK_FALSE(
      HasPredicate(Edges("Le Ghana a désigné le Togo comme médiateur de la crise."), "accuses"));
  CHECK_FALSE(HasPredicate(Edges("Chile designated Peru a strategic partner."), "accuses"));
  // Negation and hypothesis.
  CHECK_FALSE(Says("Les États-Unis n'ont pas classé le Hamas comme organisation terroriste.",
                   "United States accuses Hamas"));
  CHECK_FALSE(
      Says("Britain could proscribe Hamas as a terrorist group.", "United Kingdom accuses Hamas"));
  // The listed body is the subject's target, not a third actor in the sentence.
  CHECK_FALSE(Says("Britain, at the request of Israel, proscribed Hamas as a terrorist group.",
                   "United Kingdom accuses Israel"));
}

TEST_CASE("alleging that an actor did wrong accuses it", "[extract][stance]") {
  CHECK(Says("Ghana charged that Togo had armed the rebels.", "Ghana accuses Togo"));
  CHECK(Says("Kenya alleged on Monday that Ethiopia was shielding the militia.",
             "Kenya accuses Ethiopia"));
  // Negation, a hypothesis, and a clause about no actor.
  CHECK_FALSE(Says("Ghana did not allege that Togo had armed the rebels.", "Ghana accuses Togo"));
  CHECK_FALSE(Says("Ghana could allege that Togo had armed the rebels.", "Ghana accuses Togo"));
  CHECK_FALSE(
      HasPredicate(Edges("Ghana alleged that the rebels had been armed abroad."), "accuses"));
}

TEST_CASE("the blame laid for an act on an actor", "[extract][stance]") {
  CHECK(Says("Ghana laid the blame for the violence on Togo.", "Ghana accuses Togo"));
  CHECK(Says("Kenya pinned the blame for the attack squarely on Ethiopia.",
             "Kenya accuses Ethiopia"));
  CHECK_FALSE(Says("Ghana did not lay the blame for the violence on Togo.", "Ghana accuses Togo"));
  // The blamed ones are the rebels; their backer is a third actor.
  CHECK_FALSE(Says("Ghana laid the blame for the violence on rebels backed by Togo.",
                   "Ghana accuses Togo"));
}
