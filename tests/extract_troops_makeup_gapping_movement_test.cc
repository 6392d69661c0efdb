// Troop deployments told through a force's make-up ("the force is made up of
// units from A and B"), a possessive relative ("A, whose troops were
// deployed"), counted troops shared by gapping ("A sent 500 soldiers, B
// 200"), troops closing a list of equipment ("deployed warplanes and
// troops"), troops moving into a place; and the allies of an alliance as its
// members ("les alliés de l'OTAN, dont X").
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2022-01-10");
const kzgraph::testing::PredicateCheck AnyOf("2022-01-10");
}  // namespace

TEST_CASE("troops make-up: the states whose units form a force send them",
          "[extract][troops_makeup]") {
  const char* fr =
      "La force envoyée au Tchad sera formée d'unités du Niger, du Bénin et du Togo.";
  CHECK(Says(fr, "Niger sends_troops Chad"));
  CHECK(Says(fr, "Benin sends_troops Chad"));
  CHECK(Says(fr, "Togo sends_troops Chad"));
  const char* en = "The force sent to Chad is made up of units from Niger, Benin and Togo.";
  CHECK(Says(en, "Niger sends_troops Chad"));
  CHECK(Says(en, "Togo sends_troops Chad"));
  // Negated make-up, and a body of ministers rather than troops.
  CHECK(Says("Au Tchad, la force sera composée d'unités du Niger.", "Niger sends_troops Chad"));
  CHECK_FALSE(AnyOf("Au Tchad, la force ne sera pas composée d'unités du Niger.", "sends_troops"));
  CHECK_FALSE(AnyOf("The force in Chad will not be made up of units from Niger.", "sends_troops"));
  CHECK_FALSE(AnyOf("Le gouvernement tchadien est composé de ministres du Niger.",
                    "sends_troops"));
  // A withdrawal cue still names the place left, not an origin.
  CHECK_FALSE(Says("France pulled out troops from Chad last year.", "Chad sends_troops France"));
}

TEST_CASE("troops make-up: a possessive relative owns the troops deployed",
          "[extract][troops_makeup]") {
  CHECK(Says("Le Tchad a remercié le Niger et le Bénin, dont les soldats ont été déployés au "
             "Tchad en mars.",
             "Benin sends_troops Chad"));
  CHECK(Says("Chad thanked Niger, whose troops were deployed to Chad in March.",
             "Niger sends_troops Chad"));
  CHECK_FALSE(AnyOf("Chad thanked Niger, whose troops were not deployed to Chad.",
                    "sends_troops"));
}

TEST_CASE("troops gapping: counted troops shared by later states", "[extract][troops_makeup]") {
  const char* en = "Niger has sent around 500 soldiers to Chad, Benin about 200 and Togo 150.";
  CHECK(Says(en, "Niger sends_troops Chad"));
  CHECK(Says(en, "Benin sends_troops Chad"));
  CHECK(Says(en, "Togo sends_troops Chad"));
  const char* fr = "Le Niger a envoyé 500 soldats au Tchad, le Bénin 200 et le Togo 150.";
  CHECK(Says(fr, "Benin sends_troops Chad"));
  CHECK(Says(fr, "Togo sends_troops Chad"));
  // A later state with a verb of its own, or with no number, is not a sender.
  CHECK_FALSE(Says("Niger has sent 500 soldiers to Chad, Benin said on Monday.",
                   "Benin sends_troops Chad"));
  CHECK_FALSE(Says("Niger has sent 500 soldiers to Chad, Benin and Togo.",
                   "Togo sends_troops Chad"));
  CHECK_FALSE(AnyOf("Niger has not sent 500 soldiers to Chad, Benin 200 and Togo 150.",
                    "sends_troops"));
}

TEST_CASE("troops equipment lists: troops closing a list are sent", "[extract][troops_makeup]") {
  CHECK(Says("Russia intervened in Syria in 2015, deploying warplanes and troops.",
             "Russia sends_troops Syria"));
  CHECK(Says("La Russie a déployé en Syrie des avions, des hélicoptères et 300 soldats.",
             "Russia sends_troops Syria"));
  CHECK_FALSE(AnyOf("Russia deployed warplanes and air defences to Syria.", "sends_troops"));
  CHECK_FALSE(AnyOf("Russia will not deploy warplanes and troops to Syria.", "sends_troops"));
}

TEST_CASE("troops moving into a place were sent there", "[extract][troops_makeup]") {
  CHECK(Says("Israeli troops moved into southern Syria on Sunday.", "Israel sends_troops Syria"));
  CHECK(Says("Les troupes israéliennes ont pénétré en Syrie dimanche.",
             "Israel sends_troops Syria"));
  CHECK(Says("Poland has sent a small commando unit to Iraq.", "Poland sends_troops Iraq"));
  CHECK_FALSE(AnyOf("Israeli troops did not move into Syria.", "sends_troops"));
  CHECK_FALSE(AnyOf("Les soldats israéliens n'ont pas pénétré en Syrie.", "sends_troops"));
  CHECK_FALSE(AnyOf("Le Premier ministre a appelé à l'unité nationale en Syrie.", "sends_troops"));
}

TEST_CASE("membership: the allies of an alliance listed after it", "[extract][troops_makeup]") {
  CHECK(Says("Les alliés de l'OTAN, dont la Pologne et la Lituanie, ont protesté.",
             "Poland member_of NATO"));
  CHECK(Says("The allies of NATO, including Poland and Lithuania, protested.",
             "Lithuania member_of NATO"));
  // A state's allies are no members of it; an ally named alone says no more.
  CHECK_FALSE(AnyOf("Les alliés de la France, dont l'Allemagne, ont protesté.", "member_of"));
  CHECK_FALSE(AnyOf("The allies of the United States, including Japan, protested.", "member_of"));
}

TEST_CASE("troops: training missions, trainers and naval forces are troops",
          "[extract][troops_makeup]") {
  CHECK(Says("The EU sent a training mission to Mali in 2013.", "EU sends_troops Mali"));
  CHECK(Says("L'Union européenne a envoyé une mission de formation au Mali en 2013.",
             "EU sends_troops Mali"));
  CHECK(Says("La France a dépêché des formateurs militaires au Niger.",
             "France sends_troops Niger"));
  CHECK_FALSE(AnyOf("The EU will not send a training mission to Mali.", "sends_troops"));
  CHECK_FALSE(AnyOf("La France n'a pas envoyé de porte-avions en Libye.", "sends_troops"));
  CHECK_FALSE(AnyOf("The task force on reforms sent its report to Mali.", "sends_troops"));
}

TEST_CASE("troops destinations: a place joined by a comma alone ends the list",
          "[extract][troops_makeup]") {
  // The speaker after the comma is no second destination.
  const char* en = "Niger has sent 500 soldiers to Chad, Benin said on Monday.";
  CHECK(Says(en, "Niger sends_troops Chad"));
  CHECK_FALSE(Says(en, "Niger sends_troops Benin"));
  const char* fr = "Le Niger a envoyé 500 soldats au Tchad, le Bénin a confirmé l'information.";
  CHECK(Says(fr, "Niger sends_troops Chad"));
  CHECK_FALSE(Says(fr, "Niger sends_troops Benin"));
  // A list closed by a coordinator keeps every place, commas included.
  const char* list_en = "Russia deployed troops to Poland, Romania and Bulgaria.";
  CHECK(Says(list_en, "Russia sends_troops Romania"));
  CHECK(Says(list_en, "Russia sends_troops Bulgaria"));
  const char* list_fr = "La France a déployé des soldats en Pologne, en Roumanie et en Estonie.";
  CHECK(Says(list_fr, "France sends_troops Romania"));
  CHECK(Says(list_fr, "France sends_troops Estonia"));
}
