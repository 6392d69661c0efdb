// Offices said in appositions and complements that
// fresh news text writes ("X, now deputy head of Y", "head of the
// U.N.-recognised Y", "qui préside cette année le Conseil").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("an adverb between the apposition comma and the title", "[extract]") {
  auto e = Edges("Ivan Petrov, now deputy chairman of Russia's Security Council, warned Georgia.",
                 "2024-05-02");
  CHECK(e.count("Ivan Petrov official_of Russian Security Council"));
  e = Edges("Ivan Petrov, currently deputy chairman of Russia's Security Council, warned Georgia.",
            "2024-05-02");
  CHECK(e.count("Ivan Petrov official_of Russian Security Council"));
  // A former holder: no office.
  e = Edges("Ivan Petrov, the former deputy chairman of Russia's Security Council, warned Georgia.",
            "2024-05-02");
  CHECK_FALSE(e.count("Ivan Petrov official_of Russian Security Council"));
  // A verb after the adverb: not an apposition.
  e = Edges("Ivan Petrov, now a critic of the Russian Security Council, warned Georgia.",
            "2024-05-02");
  CHECK_FALSE(HasPredicate(e, "official_of"));
}

TEST_CASE("an actor in a compound modifier of the body", "[extract]") {
  auto e = Edges(
      "Fayez Karimi, head of the U.N.-recognised Government of National Accord (GNA) in Tripoli, "
      "met Erdogan.",
      "2020-01-20");
  CHECK(e.count("Fayez Karimi leads GNA"));
  CHECK_FALSE(e.count("Fayez Karimi leads UN"));
  e = Edges(
      "Ivan Petrov, head of the Moscow-backed Collective Security Treaty Organization, met "
      "Erdogan.",
      "2022-01-10");
  CHECK(e.count("Ivan Petrov leads CSTO"));
  CHECK_FALSE(e.count("Ivan Petrov leads Russia"));
}

TEST_CASE("a hyphenated modifier and a possessive relative before a body", "[extract]") {
  auto e = Edges(
      "Aguila Saleh, the warlord who commands the self-styled Libyan National Army, rejected "
      "the deal.",
      "2020-06-01");
  CHECK(e.count("Aguila Saleh leads LNA"));
  e = Edges("Aguila Saleh, whose Libyan National Army besieges the capital, rejected the deal.",
            "2020-06-01");
  CHECK(e.count("Aguila Saleh leads LNA"));
  // A hypothesis and a negation give no edge.
  e = Edges(
      "Aguila Saleh, who could command the self-styled Libyan National Army, rejected the deal.",
      "2020-06-01");
  CHECK_FALSE(e.count("Aguila Saleh leads LNA"));
  e = Edges(
      "Aguila Saleh, who no longer commands the self-styled Libyan National Army, rejected "
      "the deal.",
      "2020-06-01");
  CHECK_FALSE(e.count("Aguila Saleh leads LNA"));
}

TEST_CASE("a time phrase between the verb and its object", "[extract]") {
  // Macky Sall chaired the African Union from February 2022 to February 2023.
  auto e = Edges(
      "Le président sénégalais Macky Sall, qui préside cette année l'Union africaine, a rencontré Poutine.",
      "2022-05-10");
  CHECK(e.count("Macky Sall leads African Union"));
  e = Edges(
      "Le président sénégalais Macky Sall, qui préside depuis lors l'Union africaine, a rencontré Poutine.",
      "2022-05-10");
  CHECK(e.count("Macky Sall leads African Union"));
  // A hypothesis gives no edge (a year before his term: the dictionary says none).
  e = Edges(
      "Le président sénégalais Macky Sall, qui pourrait présider cette année l'Union africaine, a "
      "rencontré Poutine.",
      "2021-05-10");
  CHECK_FALSE(e.count("Macky Sall leads African Union"));
}

TEST_CASE("the head of a delimited group leads it", "[extract]") {
  auto e =
      Edges("The leader of the rebels, Ivan Petrov, said the fighting would go on.", "2023-05-02");
  CHECK(e.count("Ivan Petrov leads rebels"));
  e = Edges("Le chef des séparatistes, Ivan Petrov, a rejeté l'accord.", "2023-05-02");
  CHECK(e.count("Ivan Petrov leads separatists"));
  // A member, an adviser: no leadership.
  e = Edges("A spokesman for the rebels, Ivan Petrov, said the fighting would go on.",
            "2023-05-02");
  CHECK_FALSE(e.count("Ivan Petrov leads rebels"));
  e = Edges("Ivan Petrov, an adviser to the leader of the separatists, rejected the deal.",
            "2023-05-02");
  CHECK_FALSE(e.count("Ivan Petrov leads separatists"));
}
