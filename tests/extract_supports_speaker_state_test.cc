// Support, requests for help and warnings on wordings found missing on the
// tuning sets: the speaker holds the stance of the state he serves (a
// dictionary office on the article's day, or the holder of the stance noun
// his speech verb governs: "a réaffirmé le soutien de X"); urgent meetings
// asked of a body; troops sent at a fronted request; bare appeals ending at a
// gerund; threats against a state's ships or bases; warning nouns in
// apposition. Each with near-misses (negation, hypothesis, another's state,
// refused requests) that give no edge.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("support: a speaker holds the support his own state gives in his words",
          "[extract][support]") {
  CHECK(Says("Xi Jinping a déclaré que Pékin soutenait pleinement le Kazakhstan.",
             "Xi Jinping supports Kazakhstan"));
  CHECK(Says("Xi Jinping said Beijing firmly supports Kazakhstan.",
             "Xi Jinping supports Kazakhstan"));
  // Another state's support is not his.
  CHECK_FALSE(Says("Xi Jinping a déclaré que Moscou soutenait le Kazakhstan.",
                   "Xi Jinping supports Kazakhstan"));
  CHECK_FALSE(
      Says("Xi Jinping said Moscow supports Kazakhstan.", "Xi Jinping supports Kazakhstan"));
  // Negated or hypothetical: nobody's.
  CHECK_FALSE(Says("Xi Jinping a déclaré que Pékin ne soutenait pas le Kazakhstan.",
                   "Xi Jinping supports Kazakhstan"));
  CHECK_FALSE(Says("Xi Jinping said Beijing would never support Kazakhstan.",
                   "Xi Jinping supports Kazakhstan"));
}

TEST_CASE("support: reaffirming the support of one's state", "[extract][support]") {
  CHECK(Says("Antony Blinken a réaffirmé le « soutien total » des États-Unis à l'Ukraine.",
             "Blinken supports Ukraine"));
  CHECK(Says("Antony Blinken a réaffirmé le soutien de Washington à l'Ukraine.",
             "Blinken supports Ukraine"));
  CHECK(Says("Antony Blinken reaffirmed Washington's support for Ukraine.",
             "Blinken supports Ukraine"));
  CHECK_FALSE(Says("Antony Blinken a réaffirmé le soutien de la Russie à la Biélorussie.",
                   "Blinken supports Belarus"));
}

TEST_CASE("requests_aid: an urgent meeting asked of a body asks its help", "[extract][support]") {
  CHECK(Says("Le Mali a demandé une réunion extraordinaire du Conseil de sécurité.",
             "Mali requests_aid UN Security Council"));
  CHECK(Says("Russia requested an emergency meeting of the UN Security Council.",
             "Russia requests_aid UN Security Council"));
  CHECK(Says("China called for an emergency session of the Security Council on Monday.",
             "China requests_aid UN Security Council"));
  CHECK_FALSE(Says("Le Mali n'a pas demandé de réunion d'urgence du Conseil de sécurité.",
                   "Mali requests_aid UN Security Council"));
  CHECK_FALSE(Says("Russia did not request an emergency meeting of the Security Council.",
                   "Russia requests_aid UN Security Council"));
}

TEST_CASE("warns: a state's ships or bases called legitimate targets", "[extract][support]") {
  CHECK(Says("Yahya Saree warned that British ships would remain \"legitimate targets\".",
             "Saree warns United Kingdom"));
  CHECK(
      Says("Le porte-parole Yahya Saree a averti que les navires britanniques seraient des "
           "cibles légitimes.",
           "Saree warns United Kingdom"));
  CHECK_FALSE(Says("Yahya Saree said British ships would not be legitimate targets.",
                   "Saree warns United Kingdom"));
  CHECK_FALSE(
      Says("Yahya Saree said British ships remain in the Red Sea.", "Saree warns United Kingdom"));
  CHECK_FALSE(
      Says("Le porte-parole Yahya Saree a dit que les navires britanniques resteraient au "
           "port.",
           "Saree warns United Kingdom"));
}

TEST_CASE("requests_aid: troops of one nationality sent at a fronted request",
          "[extract][support]") {
  CHECK(
      Says("Déployé depuis juillet, à la demande de Maputo, un contingent de soldats rwandais a "
           "repris la ville.",
           "Mozambique requests_aid Rwanda"));
  CHECK(Says("À la demande du Mali, des soldats russes sont arrivés à Bamako.",
             "Mali requests_aid Russia"));
  CHECK(
      Says("At the request of the Haitian government, Kenyan police officers arrived in "
           "Port-au-Prince on Tuesday.",
           "Haiti requests_aid Kenya"));
  // A request refused, or no troops: nobody asked.
  CHECK_FALSE(Says("Le Mali a refusé la demande de la France, et des soldats russes sont arrivés.",
                   "France requests_aid Russia"));
  CHECK_FALSE(Says("À la demande du Mali, le Conseil a voté une résolution lundi.",
                   "Mali requests_aid Russia"));
}

TEST_CASE("requests_aid: a bare appeal ends at a gerund or a coordinated verb",
          "[extract][support]") {
  CHECK(
      Says("Le président Kassym-Jomart Tokaïev a justifié son appel à l'OTSC en affirmant que "
           "des bandits avaient attaqué.",
           "Tokayev requests_aid CSTO"));
  CHECK(
      Says("Le président Kassym-Jomart Tokaïev a défendu son appel à l'OTSC et a ordonné aux "
           "forces de tirer.",
           "Tokayev requests_aid CSTO"));
  // A purpose after the addressee is no help asked.
  CHECK_FALSE(Says("La France a lancé un appel à la Russie et à la Chine à la retenue.",
                   "France requests_aid Russia"));
}

TEST_CASE("supports: welcoming the arrival of an actor's troops", "[extract][support]") {
  CHECK(Says("Le gouvernement congolais salue l'arrivée des militaires kényans.",
             "DR Congo supports Kenya"));
  CHECK(Says("The Congolese government welcomed the arrival of Kenyan troops.",
             "DR Congo supports Kenya"));
  CHECK_FALSE(Says("Le gouvernement congolais ne salue pas l'arrivée des militaires kényans.",
                   "DR Congo supports Kenya"));
}

TEST_CASE("warns: an indefinite warning noun in apposition sums up the speaker's words",
          "[extract][support]") {
  CHECK(
      Says("Michelle Bachelet a dit que la situation était grave, une mise en garde à peine "
           "voilée contre la Russie.",
           "Bachelet warns Russia"));
  CHECK(
      Says("Michelle Bachelet a dit que la force devait rester un dernier recours, un "
           "avertissement adressé au Kazakhstan.",
           "Bachelet warns Kazakhstan"));
  CHECK(
      Says("Michelle Bachelet said force could only be a last resort, a thinly veiled warning "
           "to Astana.",
           "Bachelet warns Kazakhstan"));
  // The noun's target is the speaker's only: no other actor of the sentence warns.
  CHECK_FALSE(
      Says("Michelle Bachelet a dit que la situation était grave, une mise en garde contre "
           "la Russie.",
           "Russia warns Russia"));
}

TEST_CASE("supports: fighting alongside an actor backs it", "[extract][support]") {
  CHECK(Says("Les miliciens wazalendo combattent aux côtés des FARDC dans le Nord-Kivu.",
             "Wazalendo supports FARDC"));
  CHECK(Says("North Korean soldiers fought alongside Russian troops in Kursk.",
             "North Korea supports Russia"));
  CHECK_FALSE(Says("Les miliciens wazalendo ne combattent pas aux côtés des FARDC.",
                   "Wazalendo supports FARDC"));
  CHECK_FALSE(Says("Les soldats burundais pourraient combattre aux côtés des FARDC.",
                   "Burundi supports FARDC"));
  CHECK_FALSE(Says("North Korean soldiers fought against Ukrainian troops in Kursk.",
                   "North Korea supports Ukraine"));
}
