// Stance constructions from the stance battery (tests/battery/stance.tsv):
// - a reciprocal ("blamed each other", "se sont mutuellement accusés",
//   "s'accusent de") gives one edge each way between the conjuncts
//   (src/extract/engine_frames_clause.cc);
// - a French topic preposition ("au sujet de", "à propos de", "à l'adresse
//   de") leads from an inverted speaker to the target (recall layer,
//   src/extract/engine_rules.cc);
// - a French question inverted after a simple tense ("accusera-t-il X ?")
//   and a negated English infinitive ("urged X not to blame Y") report no act
//   (src/extract/engine_args.cc, Blocked).
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-10");
const kzgraph::testing::PredicateCheck AnyOf("2023-06-10");
}  // namespace

TEST_CASE("reciprocal stances give one edge each way", "[extract]") {
  const char* en = "Armenia and Azerbaijan blamed each other for the shelling near the border.";
  CHECK(Says(en, "Armenia accuses Azerbaijan"));
  CHECK(Says(en, "Azerbaijan accuses Armenia"));
  const char* fr = "L'Arménie et l'Azerbaïdjan se sont mutuellement accusés des tirs à la frontière.";
  CHECK(Says(fr, "Armenia accuses Azerbaijan"));
  CHECK(Says(fr, "Azerbaijan accuses Armenia"));
  const char* refl = "L'Inde et le Pakistan s'accusent de violer le cessez-le-feu.";
  CHECK(Says(refl, "India accuses Pakistan"));
  CHECK(Says(refl, "Pakistan accuses India"));
  // A third party named as the object: the conjuncts do not accuse each other.
  const char* third = "Armenia and Azerbaijan blamed Iran for the shelling.";
  CHECK(Says(third, "Armenia accuses Iran"));
  CHECK_FALSE(Says(third, "Armenia accuses Azerbaijan"));
  // A pronominal verb of its own sense ("se féliciter de") is no reciprocal.
  CHECK_FALSE(Says("La France et l'Allemagne se sont félicitées de l'accord.",
                   "France supports Germany"));
  // Negated: nobody blamed anybody.
  CHECK_FALSE(AnyOf("Armenia and Azerbaijan did not blame each other for the shelling.",
                    "accuses"));
}

TEST_CASE("a topic preposition after an inverted speaker leads to the target", "[extract]") {
  CHECK(Says("« Une honte », a dénoncé Zelensky au sujet de la position de la Hongrie.",
             "Zelensky criticizes Hungary"));
  CHECK(Says("« Ce n'est pas du bluff », a averti Poutine à l'adresse des Occidentaux.",
             "Putin warns West"));
  CHECK(Says("« C'est inacceptable », a dénoncé Erdogan à propos de la politique d'Israël.",
             "Erdogan criticizes Israel"));
  // Not a stance verb: a statement about a country criticizes nobody.
  CHECK_FALSE(AnyOf("« Nous verrons », a déclaré Zelensky au sujet de la Hongrie.", "criticizes"));
  // Negated stance verb.
  CHECK_FALSE(AnyOf("« Ce n'est pas une honte », n'a pas dénoncé Zelensky au sujet de la Hongrie.",
                    "criticizes"));
}

TEST_CASE("inverted French questions and negated English infinitives report no act",
          "[extract]") {
  CHECK_FALSE(Says("Washington accusera-t-il Moscou de la cyberattaque ?",
                   "United States accuses Russia"));
  CHECK_FALSE(Says("Scholz critiquera-t-il Pékin lors de sa visite ?", "Scholz criticizes China"));
  CHECK_FALSE(Says("La Chine soutient-elle la Russie ?", "China supports Russia"));
  // The same sentences as statements.
  CHECK(Says("Washington accusera Moscou de la cyberattaque.", "United States accuses Russia"));
  CHECK(Says("Scholz critiquera Pékin lors de sa visite.", "Scholz criticizes China"));
  // "not to blame": the infinitive is negated.
  CHECK_FALSE(Says("Zelensky urged the West not to blame Ukraine for the grain crisis.",
                   "West accuses Ukraine"));
  CHECK_FALSE(AnyOf("The EU chose not to condemn Hungary over the veto.", "criticizes"));
  CHECK(Says("Lavrov sought to blame the West for the food crisis.", "Lavrov accuses West"));
}
