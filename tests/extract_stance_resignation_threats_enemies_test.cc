// Stance wording families of schema/lexicon/triggers_stance_resignation_threats_enemies.tsv
// -- demanding a resignation criticizes, threatening force warns, enemy and
// co-belligerent labels. (Allies as supporters was left out: one tuning
// gold counts it, another does not.) Negatives: negation,
// hypothesis (conditional, "if"/"si"), a label denied, neutral uses of the words.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("demanding a resignation criticizes the official", "[extract][lexicon]") {
  CHECK(Says("Les manifestants réclament la démission du président Alexandre Loukachenko.",
             "protesters criticizes Lukashenko"));
  CHECK(Says("Protesters called for the resignation of President Alexander Lukashenko.",
             "protesters criticizes Lukashenko"));
  // Negation and hypothesis give nothing.
  CHECK_FALSE(HasPredicate(Edges("Le Sénégal n'a pas réclamé la démission du président Paul Biya."),
                           "criticizes"));
  CHECK_FALSE(HasPredicate(
      Edges("If Kenya called for the resignation of President Yoweri Museveni, talks would "
            "stall."),
      "criticizes"));
}

TEST_CASE("threatening the use of force warns the target", "[extract][lexicon]") {
  CHECK(
      Says("The Economic Community of West African States has threatened military action "
           "against Togo.",
           "ECOWAS warns Togo"));
  CHECK(Says("La Cédéao a menacé d'intervenir militairement au Togo.", "ECOWAS warns Togo"));
  CHECK(Says("La Russie menace de recourir à la force contre la Géorgie.", "Russia warns Georgia"));
  CHECK_FALSE(
      HasPredicate(Edges("Chile has not threatened military action against Bolivia."), "warns"));
  CHECK_FALSE(HasPredicate(
      Edges("La Russie ne menace pas de recourir à la force contre la Géorgie."), "warns"));
  CHECK_FALSE(Says("Si la Cédéao menaçait d'intervenir au Togo, le Ghana protesterait.",
                   "ECOWAS warns Togo"));
}

TEST_CASE("enemy and co-belligerent labels", "[extract][lexicon]") {
  CHECK(Says("La Russie a qualifié l'Ukraine d'ennemi.", "Russia criticizes Ukraine"));
  CHECK(Says("Moscow called Poland an enemy of the people.", "Russia criticizes Poland"));
  CHECK(Says("Seoul described North Korea as co-belligerents of Russia.",
             "South Korea accuses North Korea"));
  // "the enemy" of a battle report and a denied label are no stance.
  CHECK(Edges("L'armée malienne a repoussé l'ennemi près de Gao.").empty());
  CHECK_FALSE(HasPredicate(Edges("Moscow said Poland was not an enemy."), "criticizes"));
}

