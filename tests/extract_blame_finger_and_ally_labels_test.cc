// Blame and backing wording found missing on fresh pages: "pointed a finger
// at X" (every article and number of "finger"), and calling an actor an ally
// ("qualifier X d'allié", "called X an ally"), praise that supports X
// (qualify-praise). Negatives: negation, no actor after "at", a request to
// allies that labels nobody.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
const kzgraph::testing::PredicateCheck AnyOf("2023-06-01");
}  // namespace

TEST_CASE("pointing a finger at an actor accuses it", "[extract]") {
  CHECK(Says("Kyiv pointed an accusing finger at Moscow over the blast.", "Ukraine accuses Russia"));
  CHECK(Says("Ramaphosa pointed a finger at Hichilema.", "Ramaphosa accuses Hakainde Hichilema"));
  CHECK_FALSE(AnyOf("Ramaphosa did not point a finger at Hichilema.", "accuses"));
  CHECK_FALSE(AnyOf("Ramaphosa pointed a finger at the map.", "accuses"));
}

TEST_CASE("calling an actor an ally supports it", "[extract]") {
  CHECK(Says("Erdogan a qualifié le Qatar d'« allié fiable ».", "Erdogan supports Qatar"));
  CHECK(Says("Poutine a qualifié la Chine de proche allié.", "Putin supports China"));
  CHECK(Says("Erdogan described Qatar as a reliable ally.", "Erdogan supports Qatar"));
  CHECK(Says("Putin called China an ally.", "Putin supports China"));
  CHECK_FALSE(AnyOf("Putin called on allies to help Syria.", "supports"));
  CHECK_FALSE(AnyOf("Putin did not call China an ally.", "supports"));
}

TEST_CASE("a passive blame names the accuser after by and the blamed after on", "[extract]") {
  CHECK(Says("The unrest was blamed by Putin on Ukraine.", "Putin accuses Ukraine"));
  CHECK(Says("The blast was quickly blamed on Ukraine by Putin.", "Putin accuses Ukraine"));
  CHECK(Says("Les violences ont été imputées par Moscou à l'Ukraine.", "Russia accuses Ukraine"));
  CHECK_FALSE(AnyOf("The unrest was not blamed by Putin on Ukraine.", "accuses"));
  // No accuser named: no edge.
  CHECK_FALSE(AnyOf("The attack was blamed on Ukraine.", "accuses"));
}

TEST_CASE("a relative clause on the deed blamed is skipped", "[extract]") {
  CHECK(Says("Poutine a imputé les violences, qui ont fait cent morts, aux terroristes.",
             "Putin accuses terrorists"));
  CHECK(Says("Putin blamed the blast, which killed ten people, on Ukraine.",
             "Putin accuses Ukraine"));
  CHECK_FALSE(AnyOf("Putin did not blame the blast, which killed ten people, on Ukraine.",
                    "accuses"));
}

// "with Turkish backing", "avec le soutien russe": a nationality adjective on
// a support noun after with/avec backs the sentence's opening actor or a
// relative's antecedent (src/extract/engine_frames.cc, Frame).
TEST_CASE("backing named by a nationality adjective", "[extract]") {
  CHECK(Says("Le gouvernement malien, avec le soutien russe, a repris Kidal.", "Russia supports Mali"));
  CHECK(Says("The Malian government retook Kidal with Russian backing.", "Russia supports Mali"));
  CHECK(Says("Strikes hit Mali, which, with Russian backing, had retaken Kidal.",
             "Russia supports Mali"));
  CHECK_FALSE(AnyOf("The Malian government retook Kidal without Russian backing.", "supports"));
  CHECK_FALSE(AnyOf("Le gouvernement malien n'a pas repris Kidal avec le soutien russe.", "supports"));
  // An actor named later in the clause is not the one backed.
  CHECK_FALSE(Says("Tuareg fighters, who battled Malian forces with Russian support, withdrew.",
                   "Russia supports Mali"));
}

// The recall layer (engine_rules.cc): an accusation lodged "with" a body
// names the venue, not the one accused.
TEST_CASE("a complaint lodged with a body does not accuse it", "[extract]") {
  CHECK_FALSE(Says("Iraq lodged a complaint with the United Nations Security Council after "
                   "Iran's Revolutionary Guards fired missiles at Erbil.",
                   "Iraq accuses UN Security Council"));
  CHECK_FALSE(Says("Le Mali a porté plainte avec fracas auprès de la CEDEAO.", "Mali accuses ECOWAS"));
  CHECK(Says("Iraq lodged a complaint against Iran.", "Iraq accuses Iran"));
}

// A terror list named with "de"/"of" before its label is the list's, not a
// label by the speaker (engine_rules.cc, label rule).
TEST_CASE("the list of terrorist organisations labels no one for the speaker", "[extract]") {
  CHECK_FALSE(AnyOf("Les ravisseurs exigent d'être retirés de la liste des organisations "
                    "terroristes de l'ONU, selon l'armée française.",
                    "accuses"));
  CHECK_FALSE(AnyOf("The kidnappers want to be removed from the list of terrorist organisations, "
                    "the French army said.",
                    "accuses"));
  CHECK(Says("Selon l'armée française, les ravisseurs sont des terroristes.",
             "French army accuses terrorists"));
}

// A mediation names its mediator: supporting or rejecting it is said of him
// ("act" class, triggers_stance_criticism_support_inventory.tsv).
TEST_CASE("backing a mediation supports the mediator", "[extract]") {
  CHECK(Says("La France a soutenu la médiation de Kofi Annan.", "France supports Annan"));
  CHECK(Says("France backed the mediation of Kofi Annan.", "France supports Annan"));
  CHECK(Says("La France a salué les bons offices du Qatar.", "France supports Qatar"));
  CHECK_FALSE(AnyOf("La France n'a pas soutenu la médiation de Kofi Annan.", "supports"));
  CHECK_FALSE(AnyOf("Le Tchad a rejeté la médiation du Qatar.", "supports"));
}

// A right to defend itself granted to an actor in reported speech justifies
// it (stance_word role=entitled, SpokenLabelRule).
TEST_CASE("a right to defend itself granted in speech supports the actor", "[extract]") {
  CHECK(Says("Obama said Turkey had a right to defend its territory.", "Obama supports Turkey"));
  CHECK(Says("Macron a affirmé qu'Israël avait le droit de se défendre.", "Macron supports Israel"));
  CHECK(Says("« Israël a le droit de se défendre », a déclaré Macron.", "Macron supports Israel"));
  CHECK_FALSE(AnyOf("Obama said Turkey had no right to defend its territory.", "supports"));
  CHECK_FALSE(AnyOf("Macron a affirmé qu'Israël n'avait pas le droit de bombarder Gaza.", "supports"));
  CHECK_FALSE(AnyOf("Obama did not say Turkey had a right to defend its territory.", "supports"));
}
