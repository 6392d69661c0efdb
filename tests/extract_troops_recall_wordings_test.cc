// How news French and English state deployments:
// object relatives, "X-led" bodies as the troops' origin, ground troops,
// having troops in a place, and the planned, denied or withdrawn sendings
// that give no edge.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("troops as the antecedent of an object relative", "[extract]") {
  const std::string fr =
      "Crise en Haïti\n\n"
      "La mission que le Kenya a déployée en Haïti a perdu deux policiers.\n";
  CHECK(Edges(fr, "2024-09-01").count("Kenya sends_troops Haiti") == 1);
  const std::string en =
      "Crisis in Mozambique\n\n"
      "The contingent which Rwanda sent to Mozambique retook the port.\n";
  CHECK(Edges(en, "2021-09-01").count("Rwanda sends_troops Mozambique") == 1);
  // A relative whose verb sends nothing gives no edge.
  const std::string other =
      "Crise au Mali\n\n"
      "La mission que la France a confiée au Niger a échoué.\n";
  CHECK(Edges(other, "2022-09-01").count("France sends_troops Niger") == 0);
  // A person sending troops does not send them to the state he leads.
  const std::string own =
      "Crise au Mozambique\n\n"
      "À Pemba, le président rwandais Paul Kagame a salué les hommes qu'il y a déployés.\n";
  CHECK(Edges(own, "2021-09-27").count("Kagame sends_troops Rwanda") == 0);
}

TEST_CASE("troops from an X-led body", "[extract]") {
  const std::string en =
      "Sahel\n\n"
      "Troops from the French-led Takuba force arrived in Mali on Monday.\n";
  auto e = Edges(en, "2021-06-01");
  CHECK(e.count("France sends_troops Mali") == 0);  // the leader is not the origin
  const std::string csto =
      "Unrest in Kazakhstan\n\n"
      "Troops from the Russian-led CSTO landed in Kazakhstan on Thursday.\n";
  CHECK(Edges(csto, "2022-01-07").count("CSTO sends_troops Kazakhstan") == 1);
}

TEST_CASE("ground troops and troops a country has in a place", "[extract]") {
  const std::string en =
      "Middle East\n\n"
      "Israel sent ground troops into southern Lebanon overnight.\n";
  CHECK(Edges(en, "2024-10-01").count("Israel sends_troops Lebanon") == 1);
  const std::string fr =
      "Syrie\n\n"
      "Des troupes au sol turques sont entrées en Syrie.\n";
  CHECK(Edges(fr, "2019-10-10").count("Turkey sends_troops Syria") == 1);
  const std::string has =
      "Crisis in the Middle East\n\n"
      "The United States still has about 900 troops in Syria.\n";
  CHECK(Edges(has, "2024-12-10").count("United States sends_troops Syria") == 1);
  // Having troops names no destination by itself, and auxiliaries send nothing.
  const std::string bare =
      "Crisis in Syria\n\n"
      "Turkey has troops ready, its defence minister said.\n";
  CHECK(Edges(bare, "2024-12-10").count("Turkey sends_troops Syria") == 0);
  const std::string aux =
      "Crisis in Syria\n\n"
      "Iran has accused Israel of sending troops.\n";
  CHECK(Edges(aux, "2024-12-10").count("Iran sends_troops Syria") == 0);
}

TEST_CASE("planned, denied and refused sendings give no edge", "[extract]") {
  CHECK(Edges("Crise au Niger\n\nParis a proposé d'envoyer des soldats au Niger.\n", "2023-08-10")
            .count("France sends_troops Niger") == 0);
  CHECK(Edges("Crisis in Niger\n\nGhana is considering sending troops to Niger.\n", "2023-08-10")
            .count("Ghana sends_troops Niger") == 0);
  CHECK(Edges("Crisis in Niger\n\nECOWAS threatened to send troops to Niger.\n", "2023-08-10")
            .count("ECOWAS sends_troops Niger") == 0);
  CHECK(Edges("Crise en RDC\n\nLe Rwanda dément avoir déployé des soldats en RDC.\n", "2023-08-10")
            .count("Rwanda sends_troops DR Congo") == 0);
  CHECK(Edges("Crisis in Belarus\n\nRussia denied sending troops to Belarus.\n", "2023-08-10")
            .count("Russia sends_troops Belarus") == 0);
  // Troops put on alert are not deployed.
  CHECK(Edges("Crisis in Ukraine\n\nThe Pentagon put 8,500 troops on alert for possible "
              "deployment to Europe.\n",
              "2022-01-25")
            .count("United States sends_troops Ukraine") == 0);
}

TEST_CASE("troops from a bloc's members listed by name", "[extract]") {
  const std::string en =
      "Unrest in Kyrgyzstan\n\n"
      "Russian paratroopers landed in Bishkek. Contingents from fellow CSTO members Belarus, "
      "Armenia and Tajikistan are also being airlifted to the country.\n";
  auto e = Edges(en, "2022-01-07");
  CHECK(e.count("Belarus sends_troops Kyrgyzstan") == 1);
  CHECK(e.count("Armenia sends_troops Kyrgyzstan") == 1);
  CHECK(e.count("Tajikistan sends_troops Kyrgyzstan") == 1);
  const std::string fr =
      "Crise en Gambie\n\n"
      "Des soldats venus des pays membres de la Cedeao, le Sénégal et le Ghana, sont arrivés "
      "à Banjul.\n";
  auto f = Edges(fr, "2017-01-20");
  CHECK(f.count("Senegal sends_troops Gambia") == 1);
  CHECK(f.count("Ghana sends_troops Gambia") == 1);
  // Members not listed after the member noun: the bloc only, never a state
  // named in another clause.
  const std::string unnamed =
      "Crisis in Gambia\n\n"
      "Troops from ECOWAS members arrived in Banjul, where Senegal's envoy welcomed them.\n";
  auto u = Edges(unnamed, "2017-01-20");
  CHECK(u.count("Senegal sends_troops Gambia") == 0);
}

TEST_CASE("the troops' owner named between the verb and the troops", "[extract]") {
  CHECK(Edges("Sahel\n\nMoscow sent Wagner fighters to Mali.\n", "2022-01-10")
            .count("Russia sends_troops Mali") == 1);
  CHECK(Edges("Sahel\n\nParis dispatched Barkhane troops to Niger.\n", "2022-01-10")
            .count("France sends_troops Niger") == 1);
  // A person named after the verb is no owner of the troops.
  CHECK(Edges("Sahel\n\nMoscow sent Putin's envoy to Mali.\n", "2022-01-10")
            .count("Russia sends_troops Mali") == 0);
}

TEST_CASE("troops said to be in a place or serving in a mission", "[extract]") {
  CHECK(Edges("Bélarus\n\nDes dizaines de milliers de soldats russes se trouvent au Bélarus.\n",
              "2022-02-10")
            .count("Russia sends_troops Belarus") == 1);
  CHECK(Edges("Belarus\n\nRussia moved tens of thousands of troops into Belarus.\n", "2022-02-10")
            .count("Russia sends_troops Belarus") == 1);
  CHECK(Edges("Crisis in Mali\n\nChadian peacekeepers serving with the UN mission were killed "
              "in Mali.\n",
              "2022-02-10")
            .count("Chad sends_troops Mali") == 1);
  // Troops "in" a situation are in no place.
  CHECK(Edges("Crise au Mali\n\nLes soldats français se trouvent dans une impasse.\n", "2022-02-10")
            .count("France sends_troops Mali") == 0);
}

TEST_CASE("shares of a contingent and troops sent alongside", "[extract]") {
  const std::string fr =
      "Crise au Kirghizstan\n\n"
      "La Russie a fourni l'essentiel du contingent au Kirghizstan, aux côtés de soldats "
      "biélorusses et arméniens.\n";
  auto e = Edges(fr, "2022-01-10");
  CHECK(e.count("Russia sends_troops Kyrgyzstan") == 1);
  CHECK(e.count("Belarus sends_troops Kyrgyzstan") == 1);
  CHECK(e.count("Armenia sends_troops Kyrgyzstan") == 1);
  CHECK(e.count("Russia sends_troops Belarus") == 0);
  const std::string en =
      "Unrest in Kyrgyzstan\n\n"
      "Russia deployed most of the force. Belarus and Armenia have sent detachments "
      "to Kyrgyzstan.\n";
  auto f = Edges(en, "2022-01-10");
  CHECK(f.count("Belarus sends_troops Kyrgyzstan") == 1);
  CHECK(f.count("Armenia sends_troops Kyrgyzstan") == 1);
  // The local army the sent troops fight beside is helped, not a sender.
  const std::string local =
      "Crise au Mali\n\n"
      "La Russie a envoyé des instructeurs aux côtés des forces maliennes.\n";
  auto g = Edges(local, "2022-01-10");
  CHECK(g.count("Russia sends_troops Mali") == 1);
  CHECK(g.count("Mali sends_troops Mali") == 0);
  // A sending only charged (a gerund inside an accusation) or hypothetical
  // sends nobody beside it.
  const std::string charged =
      "War in the Caucasus\n\n"
      "Georgia has accused Iran of sending militiamen to fight alongside Armenian forces, "
      "a charge Tehran rejects.\n";
  auto h = Edges(charged, "2022-01-10");
  for (const auto& edge : h) CHECK(edge.find("sends_troops") == std::string::npos);
  const std::string hypothetical =
      "Crise au Tchad\n\n"
      "Le Niger enverrait des soldats au Tchad, aux côtés de soldats maliens.\n";
  auto k = Edges(hypothetical, "2022-01-10");
  CHECK(k.count("Mali sends_troops Chad") == 0);
}
