// requests_aid and sends_troops on wordings of other conflicts
// (Haiti, Somalia, Sahel, Central Africa, Baltic). Own sentences, positives
// and negatives for each general construction.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

// The requests_aid and sends_troops edges only.
std::set<std::string> EventEdges(const std::string& text) {
  std::set<std::string> out;
  for (const std::string& e : Edges(text)) {
    if (e.find(" requests_aid ") != std::string::npos ||
        e.find(" sends_troops ") != std::string::npos)
      out.insert(e);
  }
  return out;
}

}  // namespace

TEST_CASE("promise of troops", "[extract]") {
  CHECK(EventEdges("Uganda pledged to deploy 500 soldiers to South Sudan.") ==
        std::set<std::string>{});
  CHECK(EventEdges("Le Sénégal s'est engagé à envoyer des soldats en Gambie.") ==
        std::set<std::string>{});
  CHECK(EventEdges("Uganda deployed 500 soldiers to South Sudan.") ==
        std::set<std::string>{"Uganda sends_troops South Sudan"});
}

TEST_CASE("a promise puts off meetings and requests, not stances", "[extract]") {
  // A pledge to meet or to ask is no meeting or request yet.
  CHECK_FALSE(HasPredicate(Edges("Le président ghanéen Nana Akufo-Addo s'est engagé à rencontrer "
                                 "Paul Kagame."),
                           "meets"));
  CHECK_FALSE(HasPredicate(Edges("Le Togo a promis de demander l'aide de la Cédéao."),
                           "requests_aid"));
  // The same verbs without the promise do give the edges.
  CHECK(HasPredicate(Edges("Le président ghanéen Nana Akufo-Addo a rencontré Paul Kagame."),
                     "meets"));
  CHECK(HasPredicate(Edges("Le Togo a demandé l'aide de la Cédéao."), "requests_aid"));
  // A pledge of a stance is the stance.
  CHECK(Edges("Le Togo a promis son soutien au Bénin.").count("Togo supports Benin") == 1);
}

TEST_CASE("authorized deployment", "[extract]") {
  CHECK(EventEdges("The UN Security Council authorized the deployment of a multinational force to "
                   "Somalia.") == std::set<std::string>{});
  CHECK(
      EventEdges(
          "Le Conseil de sécurité de l'ONU a approuvé l'envoi d'une mission de police en Haïti.") ==
      std::set<std::string>{});
  CHECK(EventEdges("ECOWAS approved the deployment of its standby force to Gambia.") ==
        std::set<std::string>{"ECOWAS sends_troops Gambia"});
  CHECK(EventEdges("Le Tchad a autorisé le déploiement de 1 000 soldats au Niger.") ==
        std::set<std::string>{"Chad sends_troops Niger"});
}

TEST_CASE("at the request of, troops' nationality", "[extract]") {
  CHECK(EventEdges("Rwandan soldiers arrived in the Central African Republic at the invitation of "
                   "President Touadera.") ==
        std::set<std::string>{"Touadera requests_aid Rwanda",
                              "Rwanda sends_troops Central African Republic"});
  CHECK(EventEdges("Des soldats tanzaniens sont arrivés au Mozambique à la demande de Maputo.") ==
        std::set<std::string>{"Mozambique requests_aid Tanzania",
                              "Tanzania sends_troops Mozambique"});
}

TEST_CASE("request phrases", "[extract]") {
  CHECK(EventEdges("À la demande de Bangui, le Rwanda a dépêché des soldats en Centrafrique.") ==
        std::set<std::string>{"Central African Republic requests_aid Rwanda",
                              "Rwanda sends_troops Central African Republic"});
  CHECK(EventEdges("At the invitation of Libya, Turkey deployed troops to Tripoli.") ==
        std::set<std::string>{"Libya requests_aid Turkey", "Turkey sends_troops Libya"});
  CHECK(EventEdges(
            "À l'appel de l'opposition, des milliers de manifestants ont défilé à Tbilissi.") ==
        std::set<std::string>{});
  CHECK(
      EventEdges("Le Sénégal a envoyé des troupes en Gambie en réponse à une demande de Banjul.") ==
      std::set<std::string>{"Gambia requests_aid Senegal", "Senegal sends_troops Gambia"});
  CHECK(EventEdges("Uganda sent troops to Somalia following a request from Mogadishu.") ==
        std::set<std::string>{"Somalia requests_aid Uganda", "Uganda sends_troops Somalia"});
}

TEST_CASE("request noun agent", "[extract]") {
  CHECK(
      EventEdges("La demande d'aide présentée par le Liban auprès de la France a été entendue.") ==
      std::set<std::string>{"Lebanon requests_aid France"});
  CHECK(EventEdges("The request for help made by Kenya to the African Union was answered.") ==
        std::set<std::string>{"Kenya requests_aid African Union"});
  CHECK(EventEdges("La demande d'aide, rejetée par la France, reste en suspens.") ==
        std::set<std::string>{});
}

TEST_CASE("aid nationality and removal", "[extract]") {
  CHECK(EventEdges("Le Burkina Faso a sollicité l'aide militaire turque.") ==
        std::set<std::string>{"Burkina Faso requests_aid Turkey"});
  CHECK(EventEdges("Le Niger a exigé le départ des soldats américains.") ==
        std::set<std::string>{});
  CHECK(EventEdges("Ouagadougou a demandé le retrait des forces spéciales françaises.") ==
        std::set<std::string>{});
  CHECK(EventEdges("Mali called for the withdrawal of French troops.") == std::set<std::string>{});
}

TEST_CASE("invoked treaty clause", "[extract]") {
  CHECK(EventEdges("Estonia invoked Article 4 of the NATO treaty.") ==
        std::set<std::string>{"Estonia requests_aid NATO"});
  CHECK(EventEdges("La Lituanie a activé l'article 4 du traité de l'Otan.") ==
        std::set<std::string>{"Lithuania requests_aid NATO"});
  CHECK(EventEdges("Poland did not invoke Article 4 of the NATO treaty.") ==
        std::set<std::string>{});
  CHECK(EventEdges("Turkey invoked its right to self-defence against NATO critics.") ==
        std::set<std::string>{});
  CHECK(EventEdges("Le gouvernement malien a invoqué l'article 16 de la Constitution.") ==
        std::set<std::string>{});
}

TEST_CASE("hired fighters of a body", "[extract]") {
  CHECK(EventEdges("Wagner mercenaries were deployed to Libya in 2019.") ==
        std::set<std::string>{"Wagner sends_troops Libya"});
  CHECK(EventEdges("Syrian mercenaries were deployed to Libya in 2019.") ==
        std::set<std::string>{});
}

TEST_CASE("intervening troops", "[extract]") {
  CHECK(EventEdges("Les forces françaises sont intervenues en Côte d'Ivoire en 2011.") ==
        std::set<std::string>{"France sends_troops Ivory Coast"});
  CHECK(EventEdges(
            "Les forces kényanes sont intervenues pour disperser les manifestants à Nairobi.") ==
        std::set<std::string>{});
}

TEST_CASE("missions as troops", "[extract]") {
  CHECK(EventEdges("L'ONU a déployé une mission de maintien de la paix au Soudan du Sud.") ==
        std::set<std::string>{"UN sends_troops South Sudan"});
  CHECK(EventEdges("A diplomatic mission from Qatar arrived in Kigali on Monday.") ==
        std::set<std::string>{});
  CHECK(EventEdges("Uganda sent a peacekeeping mission to Congo.") ==
        std::set<std::string>{"Uganda sends_troops DR Congo"});
}

TEST_CASE("troops asked for", "[extract]") {
  CHECK(EventEdges("Somalia asked the African Union for more peacekeepers.") ==
        std::set<std::string>{"Somalia requests_aid African Union"});
  CHECK(EventEdges("Mali asked the UN to withdraw its peacekeepers.") == std::set<std::string>{});
}

TEST_CASE("troops from a body, listed contingents", "[extract]") {
  // The article before the body, the contingents listed after "but also",
  // and the nationalities of the list kept out of the destination.
  CHECK(EventEdges("Some 18,000 troops from the African Union, mostly Ugandan soldiers but also "
                   "soldiers from Burundi and Ethiopia, have been deployed to Somalia.") ==
        std::set<std::string>{"African Union sends_troops Somalia", "Uganda sends_troops Somalia",
                              "Burundi sends_troops Somalia", "Ethiopia sends_troops Somalia"});
  CHECK(EventEdges("Around 3,000 troops from the SADC have arrived in eastern Congo.") ==
        std::set<std::string>{"SADC sends_troops DR Congo"});
  CHECK(EventEdges("Kenya withdrew troops from Somalia last year.") == std::set<std::string>{});
}
