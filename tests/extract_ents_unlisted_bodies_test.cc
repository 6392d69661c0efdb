// Bodies no dictionary knows - expert panels and
// inquiries of an organization, a state's forces named with their
// nationality, singular "Force" heads.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("an organization's experts are its expert body", "[extract]") {
  auto edges = Edges("UN experts accused Uganda of arming the militias in Ituri.");
  CHECK(edges.count("UN Group of Experts accuses Uganda"));
  CHECK_FALSE(edges.count("UN accuses Uganda"));
  edges = Edges("Les experts de l'ONU ont accusé le Burundi de soutenir les miliciens.");
  CHECK(edges.count("UN Group of Experts accuses Burundi"));
}

TEST_CASE("an expert group with the country it watches", "[extract]") {
  auto edges =
      Edges("Le groupe d'experts de l'ONU sur la Somalie a accusé l'Érythrée d'armer les shebab.");
  CHECK(edges.count("UN Group of Experts on Somalia accuses Eritrea"));
  edges = Edges("The Panel of Experts on Yemen accused Iran of supplying drones to the rebels.");
  CHECK(edges.count("Panel of Experts on Yemen accuses Iran"));
}

TEST_CASE("inquiry commissions and fact-finding missions", "[extract]") {
  auto edges = Edges("Une commission d'enquête de l'ONU a accusé l'Éthiopie de crimes de guerre.");
  CHECK(edges.count("UN Commission of Inquiry accuses Ethiopia"));
  edges = Edges("La mission d'établissement des faits de l'ONU a critiqué le Myanmar.");
  CHECK(edges.count("UN Fact-Finding Mission criticizes Myanmar"));
  CHECK(EntityIds("A UN fact-finding mission visited Myanmar.").count("UN Fact-Finding Mission"));
}

TEST_CASE("experts without an owner are no body", "[extract]") {
  // Persons: no organization named, no capitalised head, no watched country.
  const auto ids = EntityIds("Des experts ont accusé le Tchad de négligence.");
  for (const std::string& id : ids) CHECK(id.find("Experts") == std::string::npos);
  // A report of experts names its author as a complement: the owner stays.
  const auto report =
      EntityIds("Selon un rapport d'experts des Nations unies, le Rwanda soutient les rebelles.");
  CHECK(report.count("UN"));
  for (const std::string& id : report) CHECK(id.find("Experts") == std::string::npos);
}

TEST_CASE("a singular Force heads a body's name, no person's", "[extract]") {
  auto edges =
      Edges("The Ugandan People's Defence Force accused South Sudan of shelling border posts.");
  CHECK(edges.count("Ugandan People's Defence Force accuses South Sudan"));
  const auto ids = EntityIds("The Ethiopian Defence Force accused Eritrea of shelling villages.");
  CHECK(ids.count("Ethiopian Defence Force"));
  CHECK_FALSE(ids.count("Defence Force"));
  // An air force is its country's arm, as its army is.
  const auto air = EntityIds("A U.S. Air Force transport landed in Niamey on Monday.");
  CHECK_FALSE(air.count("Air Force"));
}

TEST_CASE("forces named with their nationality after a plural article", "[extract]") {
  auto edges = Edges(
      "Les Forces de défense ougandaises ont accusé le Soudan du Sud de soutenir les rebelles.");
  CHECK(edges.count("Forces de défense ougandaises accuses South Sudan"));
  // A plural common noun phrase without a nationality stays no body.
  const auto ids = EntityIds(
      "L'alliance a décidé d'envoyer les Forces collectives de maintien de la paix au "
      "Tadjikistan.");
  for (const std::string& id : ids) CHECK(id.find("Forces collectives") == std::string::npos);
}
