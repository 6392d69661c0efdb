// Troops of other origins deployed alongside a force ("alongside
// units from A and B") and troops that leave a country were sent there.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("units from other states alongside a force were sent too", "[extract]") {
  auto edges = Edges(
      "Hundreds of peacekeepers were deployed in Mozambique: most of them Rwandan soldiers, "
      "alongside smaller units from Botswana and Angola.");
  CHECK(edges.count("Rwanda sends_troops Mozambique") > 0);
  CHECK(edges.count("Botswana sends_troops Mozambique") > 0);
  CHECK(edges.count("Angola sends_troops Mozambique") > 0);
}

TEST_CASE("fighting alongside a country's troops sends none of them", "[extract]") {
  // No force named before "alongside": the troops are the partner.
  auto edges = Edges("The M23 rebels were deployed near Goma, alongside troops from Rwanda.");
  CHECK(edges.count("Rwanda sends_troops DR Congo") == 0);
}

TEST_CASE("troops that leave a country were sent there", "[extract]") {
  auto edges = Edges("Les derniers soldats allemands ont quitté le Mali mardi.", "2023-12-12");
  CHECK(edges.count("Germany sends_troops Mali") > 0);
  edges = Edges("British troops began pulling out of Afghanistan on Monday.", "2021-07-05");
  CHECK(edges.count("United Kingdom sends_troops Afghanistan") > 0);
}

TEST_CASE("a negated departure of troops sends none", "[extract]") {
  // Troops that never left: negated.
  auto edges = Edges("Aucun soldat russe n'a quitté la Syrie.", "2024-12-12");
  CHECK(edges.count("Russia sends_troops Syria") == 0);
}

TEST_CASE("states listed among the countries that sent troops sent them", "[extract]") {
  auto edges = Edges(
      "Kenya, Chad and Benin are among the countries that have sent troops to the mission in "
      "Haiti.",
      "2024-09-01");
  CHECK(edges.count("Kenya sends_troops Haiti") > 0);
  CHECK(edges.count("Chad sends_troops Haiti") > 0);
  CHECK(edges.count("Benin sends_troops Haiti") > 0);
  edges = Edges("Le Tchad et le Niger font partie des pays qui ont envoyé des soldats au Mali.",
                "2013-03-01");
  CHECK(edges.count("Chad sends_troops Mali") > 0);
  CHECK(edges.count("Niger sends_troops Mali") > 0);
}

TEST_CASE("states among those refusing or able to send troops send none", "[extract]") {
  auto edges =
      Edges("Kenya and Chad are among the countries that have refused to send troops to Haiti.",
            "2024-09-01");
  CHECK(edges.count("Kenya sends_troops Haiti") == 0);
  CHECK(edges.count("Chad sends_troops Haiti") == 0);
  edges = Edges("Kenya is among the countries that could send troops to Haiti.", "2024-09-01");
  CHECK(edges.count("Kenya sends_troops Haiti") == 0);
}
