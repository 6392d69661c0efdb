// Stance said without a stance verb -- worry nouns after
// any light verb, states of the subject, disavowal and scorn idioms, insult
// labels, rejections with a label -- and their negatives (negation,
// hypothesis, denial, a place that is no actor, a third party).
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

bool AnyStance(const std::string& text) {
  const auto e = Edges(text);
  return HasPredicate(e, "criticizes") || HasPredicate(e, "accuses") ||
         HasPredicate(e, "supports") || HasPredicate(e, "warns");
}

}  // namespace

TEST_CASE("worry nouns after a light verb criticize", "[extract][lexicon]") {
  CHECK(Says("Chile voiced concern over Peru's decision to close the border.",
             "Chile criticizes Peru"));
  CHECK(Says("Chile expressed alarm at Peru's troop movements.", "Chile criticizes Peru"));
  CHECK(Says("Chile expressed reservations about Peru's plan.", "Chile criticizes Peru"));
  CHECK(Says("Chile lodged a formal protest with Peru on Monday.", "Chile criticizes Peru"));
  CHECK(Says("Chile raised doubts about Peru's commitment to the ceasefire.",
             "Chile criticizes Peru"));
  CHECK(Says("Le Chili a exprimé sa préoccupation face aux manœuvres du Pérou.",
             "Chile criticizes Peru"));
  CHECK(Says("Le Chili a exprimé son inquiétude quant à la décision du Pérou.",
             "Chile criticizes Peru"));
  CHECK(
      Says("Le Chili a fait part de son mécontentement envers le Pérou.", "Chile criticizes Peru"));
  CHECK(Says("Le Chili a manifesté son indignation face à l'attitude du Pérou.",
             "Chile criticizes Peru"));
}

TEST_CASE("worry nouns need an actor and an asserted clause", "[extract][lexicon]") {
  CHECK_FALSE(AnyStance("Chile did not voice concern over Peru's plan."));
  CHECK_FALSE(AnyStance("If Chile voiced concern over Peru's plan, talks would stall."));
  CHECK_FALSE(AnyStance("Chile expressed concern over the floods in Peru."));
  CHECK_FALSE(AnyStance("Chile raised doubts about the harvest in Peru."));
  CHECK_FALSE(AnyStance("Le Chili n'a pas exprimé d'inquiétude face aux manœuvres du Pérou."));
  CHECK_FALSE(AnyStance("Le Chili a exprimé son inquiétude face aux inondations au Pérou."));
}

TEST_CASE("a worried or angered subject criticizes", "[extract][lexicon]") {
  CHECK(Says("Chile is deeply concerned about Peru's ambitions.", "Chile criticizes Peru"));
  CHECK(Says("Ghana was angered by Togo's decision.", "Ghana criticizes Togo"));
  CHECK(Says("Le Chili est préoccupé par les manœuvres du Pérou.", "Chile criticizes Peru"));
  CHECK_FALSE(AnyStance("Chile is not concerned about Peru's ambitions."));
  CHECK_FALSE(AnyStance("Le Chili n'est pas préoccupé par les manœuvres du Pérou."));
}

TEST_CASE("disavowal and scorn idioms criticize", "[extract][lexicon]") {
  CHECK(Says("Le Ghana s'est désolidarisé du Togo.", "Ghana criticizes Togo"));
  CHECK(Says("La Finlande s'est démarquée de la Russie.", "Finland criticizes Russia"));
  CHECK(Says("Finland poured scorn on Russia.", "Finland criticizes Russia"));
  CHECK(Says("Protesters turned their anger on Russia.", "protesters criticizes Russia"));
  CHECK_FALSE(AnyStance("La Finlande ne s'est pas désolidarisée de la Russie."));
  CHECK_FALSE(AnyStance("Le Ghana pourrait se désolidariser du Togo."));
  // the subject of the idiom is Ghana; Benin only backs Togo
  CHECK_FALSE(Says("Ghana poured scorn on the proposal, said Benin, which backs Togo.",
                   "Ghana criticizes Togo"));
}

TEST_CASE("insult labels criticize, charge labels accuse", "[extract][lexicon]") {
  CHECK(Says("Chile branded Peru a dictatorship.", "Chile criticizes Peru"));
  CHECK(Says("Chile dubbed Peru a pariah.", "Chile criticizes Peru"));
  CHECK(Says("Chile labelled Peru a rogue state.", "Chile criticizes Peru"));
  CHECK(Says("Le Chili a qualifié le Pérou d'agresseur.", "Chile accuses Peru"));
  CHECK(Says("Chile described Peru as a terrorist state.", "Chile accuses Peru"));
  CHECK_FALSE(AnyStance("Chile did not brand Peru a dictatorship."));
  CHECK_FALSE(AnyStance("Chile described Peru as a partner."));
}

TEST_CASE("a rejection with a negative label criticizes, a denial does not", "[extract][lexicon]") {
  CHECK(Says("Finland dismissed Russia's claims as lies.", "Finland criticizes Russia"));
  CHECK(Says("Finland rejected Russia's claims as baseless.", "Finland criticizes Russia"));
  CHECK(Says("La Finlande a rejeté les affirmations de la Russie comme mensongères.",
             "Finland criticizes Russia"));
  CHECK(Says("Le Chili a rejeté comme illégitime le gouvernement du Pérou.",
             "Chile criticizes Peru"));
  CHECK_FALSE(AnyStance("Finland dismissed the report."));
  CHECK_FALSE(AnyStance("Finland rejected the offer from Russia."));
  CHECK_FALSE(AnyStance("La Finlande a rejeté l'offre de la Russie."));
  // A denial criticizes no one; the accusation denied is Russia's.
  CHECK_FALSE(
      Says("La Finlande a démenti les accusations de la Russie.", "Finland criticizes Russia"));
  CHECK(Says("La Finlande a démenti les accusations de la Russie.", "Russia accuses Finland"));
  CHECK_FALSE(AnyStance("Finland dismissed claims that it had attacked Russia."));
}

TEST_CASE("solidarity and praise nouns support", "[extract][lexicon]") {
  CHECK(Says("Le Ghana a réaffirmé sa solidarité au Togo.", "Ghana supports Togo"));
  CHECK(Says("Ghana lavished praise on Togo.", "Ghana supports Togo"));
  CHECK(Says("Ghana pledged support to Togo.", "Ghana supports Togo"));
  CHECK_FALSE(AnyStance("Le Ghana n'a pas réaffirmé sa solidarité au Togo."));
}
