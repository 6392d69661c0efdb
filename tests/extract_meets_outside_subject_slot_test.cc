// Meetings whose parties stand outside the meeting verb's subject
// slot: a time adjunct after the main clause, a verb coordinated after
// another (also in a relative clause), "les deux hommes" in the same
// sentence after a semicolon.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {
bool Met(const std::set<std::string>& edges, const std::string& a, const std::string& b) {
  return edges.count(a + " meets " + b) > 0 || edges.count(b + " meets " + a) > 0;
}
}  // namespace

TEST_CASE("a meeting adjunct after the main clause takes its subject", "[extract]") {
  auto edges = Edges(
      "Ruto and Museveni, who disagree on the border, had jointly called for calm on Monday "
      "after meeting in Nairobi.");
  CHECK(Met(edges, "Ruto", "Museveni"));
  edges = Edges(
      "Le président Erdogan a salué jeudi un accord sur les céréales après s'être entretenu "
      "avec Vladimir Poutine.");
  CHECK(Met(edges, "Erdogan", "Putin"));
  edges = Edges("Pashinyan announced a new border commission after talks with Aliyev in Prague.");
  CHECK(Met(edges, "Pashinyan", "Aliyev"));
}

TEST_CASE("an adjunct meeting that was refused or merely planned gives no edge", "[extract]") {
  auto edges = Edges("Pashinyan announced a new border commission after refusing to meet Aliyev.");
  CHECK_FALSE(Met(edges, "Pashinyan", "Aliyev"));
  edges = Edges("Pashinyan said he would sign the treaty after a planned meeting with Aliyev.");
  CHECK_FALSE(Met(edges, "Pashinyan", "Aliyev"));
}

TEST_CASE("a coordinated meeting verb shares the first verb's subject", "[extract]") {
  auto edges =
      Edges("The ceasefire held only after Blinken flew to Yerevan on 3 May and met Pashinyan.");
  CHECK(Met(edges, "Blinken", "Pashinyan"));
  edges = Edges(
      "The text was drafted by the US envoy Amos Hochstein, who travelled between Beirut and "
      "Jerusalem for weeks and held talks with Nabih Berri.");
  CHECK(Met(edges, "Hochstein", "Berri"));
  // A place named between the verbs is no party.
  CHECK_FALSE(Met(edges, "Israel", "Berri"));
  CHECK_FALSE(Met(edges, "Lebanon", "Berri"));
}

TEST_CASE("a coordinated verb that is negated gives no meeting", "[extract]") {
  auto edges = Edges(
      "The talks collapsed after Blinken flew to Yerevan on 3 May and did not meet Pashinyan.");
  CHECK_FALSE(Met(edges, "Blinken", "Pashinyan"));
}

TEST_CASE("the two men of the same sentence met each other", "[extract]") {
  auto edges = Edges(
      "Le président Emmanuel Macron a ensuite envoyé le ministre Jean-Yves Le Drian auprès de "
      "Paul Kagame ; les deux hommes se sont rencontrés mardi à Kigali.");
  CHECK(Met(edges, "Kagame", "Le Drian"));
  CHECK_FALSE(Met(edges, "Macron", "Kagame"));
  // "ne se sont pas rencontrés": negated.
  edges = Edges(
      "Le président Emmanuel Macron a ensuite envoyé le ministre Jean-Yves Le Drian auprès de "
      "Paul Kagame ; les deux hommes ne se sont pas rencontrés.");
  CHECK_FALSE(Met(edges, "Kagame", "Le Drian"));
}

TEST_CASE("a host gathering two persons makes them meet", "[extract]") {
  auto edges = Edges(
      "Le président angolais a créé la surprise en réunissant à Luanda Félix Tshisekedi et "
      "Paul Kagame.");
  CHECK(Met(edges, "Tshisekedi", "Kagame"));
  // Negated: no meeting.
  edges = Edges("Le président angolais n'a pas réuni Félix Tshisekedi et Paul Kagame.");
  CHECK_FALSE(Met(edges, "Tshisekedi", "Kagame"));
  // States gathered by a body are its members, not a meeting.
  edges = Edges("L'Alliance des États du Sahel réunit le Mali, le Burkina Faso et le Niger.");
  CHECK_FALSE(Met(edges, "Mali", "Niger"));
  CHECK_FALSE(Met(edges, "Mali", "Burkina Faso"));
}
