// Troops, support and aid requests: support received under its giver's
// genitive or "from"; troops received or hosted; infinitives under a negated
// governing verb and acts ruled out or made hypothetical by their own
// predicate -- each with a near-miss.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("support received under its giver's genitive or 'from'", "[extract][lexicon]") {
  CHECK(Says("Serbia can count on China's support, Vucic said.", "China supports Serbia"));
  CHECK(Says("Moldova won Romania's backing for the plan.", "Romania supports Moldova"));
  CHECK(Says("Armenia secured backing from France for its bid.", "France supports Armenia"));
  CHECK(Says("Le Niger peut compter sur le soutien de l'Algérie.", "Algeria supports Niger"));
  CHECK(Says("La Serbie bénéficie de l'appui de la Chine.", "China supports Serbia"));
  // Negated or hoped for: no support yet.
  CHECK_FALSE(Says("Moldova did not win Romania's backing for the plan.",
                   "Romania supports Moldova"));
  CHECK_FALSE(Says("Serbia hopes to win China's backing.", "China supports Serbia"));
  CHECK_FALSE(Says("Le Niger ne peut pas compter sur le soutien de l'Algérie.",
                   "Algeria supports Niger"));
}

TEST_CASE("troops received or hosted come from their origin to the receiver",
          "[extract][lexicon]") {
  CHECK(Says("Mali received troops from Chad on Monday.", "Chad sends_troops Mali"));
  CHECK(Says("Le Niger a reçu des soldats du Tchad lundi.", "Chad sends_troops Niger"));
  CHECK(Says("Lithuania welcomed a new battalion of German soldiers.",
             "Germany sends_troops Lithuania"));
  CHECK(Says("La Roumanie accueille des soldats français.", "France sends_troops Romania"));
  // The origin is no destination; a denied reception gives nothing.
  CHECK_FALSE(Says("Mali received troops from Chad on Monday.", "Mali sends_troops Chad"));
  CHECK_FALSE(Says("Mali has not received troops from Chad.", "Chad sends_troops Mali"));
  // A host of talks far from the troops it trains receives none.
  CHECK_FALSE(Says("Egypt, which trains Sudanese forces, hosted talks in Cairo.",
                   "Sudan sends_troops Egypt"));
}

TEST_CASE("an infinitive under a negated governing verb is not asserted", "[extract][lexicon]") {
  CHECK_FALSE(Says("Turkey does not plan to send troops to Libya.", "Turkey sends_troops Libya"));
  CHECK_FALSE(Says("L'Algérie n'envisage pas d'envoyer des soldats au Mali.",
                   "Algeria sends_troops Mali"));
  CHECK_FALSE(Says("Georgia has no intention of asking Turkey for help.",
                   "Georgia requests_aid Turkey"));
  // A negation that asserts the act.
  CHECK(Says("Turkey did not hesitate to send troops to Libya.", "Turkey sends_troops Libya"));
  CHECK(Says("L'Algérie n'a pas tardé à envoyer des soldats au Mali.",
             "Algeria sends_troops Mali"));
}

TEST_CASE("an act ruled out or made hypothetical by its own predicate", "[extract][lexicon]") {
  CHECK_FALSE(Says("Norway said sending troops to Ukraine was out of the question.",
                   "Norway sends_troops Ukraine"));
  CHECK_FALSE(Says("Un envoi de soldats turcs en Syrie serait une erreur, a averti Téhéran.",
                   "Turkey sends_troops Syria"));
  CHECK_FALSE(Says("Deploying troops to Niger would be a mistake, Algeria said.",
                   "Algeria sends_troops Niger"));
  // The act stated as done.
  CHECK(Says("Turkey sent troops to Libya, which would be a first for Ankara.",
             "Turkey sends_troops Libya"));
  CHECK(Says("The deployment of Turkish troops to Libya was swift.", "Turkey sends_troops Libya"));
}

TEST_CASE("a person ordering a deployment sends the troops of the state in office",
          "[extract][lexicon]") {
  CHECK(Says("Erdogan ordered the deployment of troops to Libya.", "Turkey sends_troops Libya"));
  CHECK(Says("Recep Tayyip Erdogan a autorisé l'envoi de soldats en Libye.",
             "Turkey sends_troops Libya"));
  // Announcing is not ordering; a denied order gives nothing.
  CHECK_FALSE(Says("Erdogan announced the deployment of troops to Libya.",
                   "Turkey sends_troops Libya"));
  CHECK_FALSE(Says("Erdogan did not order the deployment of troops to Libya.",
                   "Turkey sends_troops Libya"));
}

TEST_CASE("the owner of what a list includes is no member", "[extract][lexicon]") {
  CHECK(Says("ECOWAS includes Ghana and Togo.", "Ghana member_of ECOWAS"));
  CHECK_FALSE(Says("The African Union's blacklist includes Sudan's army and two militias.",
                   "Sudan member_of African Union"));
}
