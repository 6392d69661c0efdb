// Troop deployments and calls for help: troops of a
// bloc of states, the agent of a sending participle, the place a locative
// relative refers back to, troops taking up positions, calls to the rescue.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("troops of a bloc of states taking up positions", "[extract]") {
  const std::string fr =
      "La Cedeao en Gambie\n\n"
      "Les premiers soldats sénégalais de la Cedeao prennent position à Banjul.\n";
  auto fedges = Edges(fr);
  CHECK(fedges.count("Senegal sends_troops Gambia") == 1);
  CHECK(fedges.count("ECOWAS sends_troops Gambia") == 1);
  const std::string en =
      "ECOWAS in the Gambia\n\n"
      "ECOWAS troops took up positions in Banjul on Thursday.\n";
  CHECK(Edges(en).count("ECOWAS sends_troops Gambia") == 1);
  // A rebel group before its fighters is no bloc of states.
  const std::string rebels =
      "Crisis in Mali\n\n"
      "M23 troops took up positions in Bamako on Thursday.\n";
  CHECK(Edges(rebels).count("M23 sends_troops Mali") == 0);
  // Troops named as absent take up no position.
  const std::string none =
      "La Cedeao et la Gambie\n\n"
      "Aucun soldat sénégalais de la Cedeao ne prend position à Banjul.\n";
  CHECK(Edges(none).count("ECOWAS sends_troops Gambia") == 0);
}

TEST_CASE("the agent of a sending participle past the destination", "[extract]") {
  const std::string fr =
      "Le Tchad\n\n"
      "Les soldats de la force envoyée au Tchad par la France ont quitté le pays.\n";
  CHECK(Edges(fr).count("France sends_troops Chad") == 1);
  const std::string en =
      "Somalia\n\n"
      "The force sent to Somalia by Kenya arrived on Friday.\n";
  CHECK(Edges(en).count("Kenya sends_troops Somalia") == 1);
  // "par" in another clause past a comma is not the agent.
  const std::string other =
      "Le Tchad\n\n"
      "La force envoyée au Tchad, selon un rapport publié par la France, compte mille hommes.\n";
  CHECK(Edges(other).count("France sends_troops Chad") == 0);
}

TEST_CASE("a locative relative names the destination", "[extract]") {
  const std::string en =
      "War in Ukraine\n\n"
      "Ukraine was attacked from Belarus, where Russia had deployed some 20,000 troops.\n";
  auto edges = Edges(en);
  CHECK(edges.count("Russia sends_troops Belarus") == 1);
  CHECK(edges.count("Russia sends_troops Ukraine") == 0);
  const std::string fr =
      "La guerre au Soudan\n\n"
      "Le conflit s'étend au Tchad, où la France a déployé un millier de soldats.\n";
  auto fedges = Edges(fr);
  CHECK(fedges.count("France sends_troops Chad") == 1);
  CHECK(fedges.count("France sends_troops Sudan") == 0);
  // "ou" without its accent is the conjunction, not a place.
  const std::string conj =
      "La guerre au Soudan\n\n"
      "Il ira au Tchad ou la France a déployé un millier de soldats au Niger.\n";
  CHECK(Edges(conj).count("France sends_troops Chad") == 0);
}

TEST_CASE("calling an actor to the rescue asks it for help", "[extract]") {
  const std::string fr =
      "La crise en Haïti\n\n"
      "Le gouvernement haïtien appelle le Kenya à la rescousse.\n";
  CHECK(Edges(fr).count("Haiti requests_aid Kenya") == 1);
  // Refused: a negated call asks nothing.
  const std::string neg =
      "La crise en Haïti\n\n"
      "Le gouvernement haïtien n'appelle pas le Kenya à la rescousse.\n";
  CHECK(Edges(neg).count("Haiti requests_aid Kenya") == 0);
}

TEST_CASE("the actor named after a call for help is the one asked", "[extract]") {
  const std::string fr =
      "La crise au Mozambique\n\n"
      "Le président Tembo, qui a appelé à l'aide le Rwanda, a remercié ses alliés.\n";
  CHECK(Edges(fr).count("Tembo requests_aid Rwanda") == 1);
  // "l'alliance de Moscou" is the alliance the page names, not Russia.
  const std::string alliance =
      "L'OTSC au Tadjikistan\n\n"
      "L'Organisation du traité de sécurité collective se réunit.\n"
      "Le Tadjikistan appelle à l'aide l'alliance militaire de Moscou.\n";
  auto aedges = Edges(alliance);
  CHECK(aedges.count("Tajikistan requests_aid CSTO") == 1);
  CHECK(aedges.count("Tajikistan requests_aid Russia") == 0);
}

TEST_CASE("arms laid down or sent on are no help asked", "[extract]") {
  const std::string fr =
      "La guerre au Soudan\n\n"
      "Le Kenya a appelé le M23 à déposer les armes.\n";
  CHECK_FALSE(kzgraph::testing::HasPredicate(Edges(fr), "requests_aid"));
  const std::string en =
      "War in Ukraine\n\n"
      "The NATO chief urged allies to keep weapons flowing to Ukraine.\n";
  CHECK(Edges(en).count("NATO requests_aid Ukraine") == 0);
  // Help asked of an actor named before it still counts.
  const std::string asked =
      "War in Ukraine\n\n"
      "Ukraine urged Germany to send more weapons.\n";
  CHECK(Edges(asked).count("Ukraine requests_aid Germany") == 1);
}

TEST_CASE("contingents a force was deployed with are sent", "[extract]") {
  const std::string fr =
      "La force régionale en Somalie\n\n"
      "Déployée depuis mars 2021, avec des contingents kényan et ougandais, cette force "
      "n'a jamais convaincu Mogadiscio.\n";
  auto fedges = Edges(fr);
  CHECK(fedges.count("Kenya sends_troops Somalia") == 1);
  CHECK(fedges.count("Uganda sends_troops Somalia") == 1);
  // Troops fought alongside are partners, not a deployment's make-up.
  const std::string partner =
      "La guerre en Somalie\n\n"
      "Les soldats somaliens ont combattu avec des soldats kényans près de Kismayo.\n";
  CHECK(Edges(partner).count("Kenya sends_troops Somalia") == 0);
}

TEST_CASE("a speaker's own bloc in a that-clause is not warned", "[extract]") {
  const std::string fr =
      "Crise en Arménie\n\n"
      "Le président russe Vladimir Poutine a prévenu que l'OTSC ne permettrait pas de "
      "révolution.\n";
  CHECK(Edges(fr).count("Putin warns CSTO") == 0);
  // A bloc the speaker's state is not in still is.
  const std::string other =
      "Crise en Arménie\n\n"
      "Le président français Emmanuel Macron a prévenu que l'OTSC paierait le prix.\n";
  CHECK(Edges(other).count("Macron warns CSTO") == 1);
}

TEST_CASE("troops arriving at a city's airport go to its country", "[extract]") {
  const std::string fr =
      "Le Rwanda et la RDC\n\n"
      "Le Rwanda dément. Le Rwanda accuse.\n"
      "Des soldats kényans de la force régionale sont arrivés à l'aéroport de Goma.\n";
  auto edges = Edges(fr);
  CHECK(edges.count("Kenya sends_troops DR Congo") == 1);
  CHECK(edges.count("Kenya sends_troops Rwanda") == 0);
}

TEST_CASE("the actor of a warning's condition is the one warned", "[extract]") {
  const std::string fr =
      "Tensions entre le Niger et le Bénin\n\n"
      "Le Niger a averti que si le Bénin ouvrait sa frontière aux troupes étrangères, il "
      "fermerait l'oléoduc.\n";
  CHECK(Edges(fr).count("Niger warns Benin") == 1);
  const std::string quote =
      "Tensions entre le Niger et le Bénin\n\n"
      "Le Niger prévient : « Si le Bénin préfère la confrontation, nous répondrons. »\n";
  CHECK(Edges(quote).count("Niger warns Benin") == 1);
  const std::string en =
      "Guyana and Venezuela\n\n"
      "Guyana warned that if Venezuela moved troops to the border, it would seek help.\n";
  CHECK(Edges(en).count("Guyana warns Venezuela") == 1);
  // No condition: a plain forecast warns no one named in it.
  const std::string forecast =
      "Tensions entre le Niger et le Bénin\n\n"
      "Le Niger a averti que la situation pourrait dégénérer au Bénin.\n";
  CHECK(Edges(forecast).count("Niger warns Benin") == 0);
  // The speaker's own side in the condition is no one warned.
  const std::string own =
      "Tensions entre le Niger et le Bénin\n\n"
      "Le Niger a averti que si le Niger était attaqué, il répondrait.\n";
  CHECK(Edges(own).count("Niger warns Niger") == 0);
}

TEST_CASE("troops committed to a named place are sent there", "[extract]") {
  const std::string fr =
      "Le Tchad et la Centrafrique\n\n"
      "Le Tchad, qui a engagé ses soldats en Centrafrique depuis 2013, hésite.\n";
  CHECK(Edges(fr).count("Chad sends_troops Central African Republic") == 1);
  // No place after the troops: hired, not sent (no default destination).
  const std::string hired =
      "Le Tchad et la Centrafrique\n\n"
      "Le Tchad a engagé des mercenaires.\n";
  CHECK_FALSE(kzgraph::testing::HasPredicate(Edges(hired), "sends_troops"));
  const std::string neg =
      "Le Tchad et la Centrafrique\n\n"
      "Le Tchad n'a pas engagé de soldats en Centrafrique.\n";
  CHECK_FALSE(kzgraph::testing::HasPredicate(Edges(neg), "sends_troops"));
}
