// Troop deployments: troops sent at a country's
// request go to that country; troops sent with "aucun"/"no" are not sent.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a fronted at-request phrase gives the troops' destination", "[extract]") {
  // The page names the sender most; the country that asked is the
  // destination, even with the host country's own forces in the sentence.
  const std::string fr =
      "Le Sénégal au Mali\n\n"
      "Le Sénégal a salué ses alliés. Le Sénégal a remercié la Mauritanie.\n"
      "Stationné depuis février, à la demande de Bamako, un bataillon de soldats "
      "sénégalais a repris deux villes avec les forces armées maliennes.\n";
  auto fedges = Edges(fr);
  CHECK(fedges.count("Senegal sends_troops Mali") == 1);
  CHECK(fedges.count("Senegal sends_troops Senegal") == 0);
  const std::string en =
      "Kenya in Somalia\n\n"
      "Kenya thanked its allies. Kenya praised Uganda.\n"
      "Deployed since March at the request of Mogadishu, a battalion of Kenyan soldiers "
      "retook two towns with the Somali army.\n";
  auto edges = Edges(en);
  CHECK(edges.count("Kenya sends_troops Somalia") == 1);
}

TEST_CASE("a request turned down gives no destination", "[extract]") {
  // No at-request phrase: the bare noun "request" of a refused demand.
  const std::string en =
      "Chad and Niger\n\n"
      "Niger rejected a request from Chad. Nigerien soldiers stayed at home.\n";
  auto edges = Edges(en);
  CHECK(edges.count("Niger sends_troops Chad") == 0);
}

TEST_CASE("troops sent with a negative determiner are not sent", "[extract]") {
  const std::string fr =
      "Le Ghana et le Togo\n\n"
      "Le Ghana, qui a quitté l'alliance, n'envoie aucun soldat au Togo.\n"
      "Le Bénin a envoyé des soldats au Togo.\n";
  auto fedges = Edges(fr);
  CHECK(fedges.count("Ghana sends_troops Togo") == 0);
  CHECK(fedges.count("Benin sends_troops Togo") == 1);
  const std::string en =
      "Ghana and Togo\n\n"
      "Ghana, which left the alliance, sends no troops to Togo.\n"
      "Benin sent troops to Togo.\n";
  auto edges = Edges(en);
  CHECK(edges.count("Ghana sends_troops Togo") == 0);
  CHECK(edges.count("Benin sends_troops Togo") == 1);
}
