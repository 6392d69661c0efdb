// Membership on short sentences of our own: relatives ("dont X est membre"),
// lists after "which groups"/"regroupe aujourd'hui", subjects far from "is a
// member of", "together with" lists, modifiers before the organization.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("membership: relative clauses name the organization before", "[extract]") {
  auto f = Edges(
      "Selon lui, l'Organisation du traité de sécurité collective (OTSC), dont "
      "l'Arménie est membre, s'est montrée incapable.",
      "2023-09-21");
  CHECK(f.count("Armenia member_of CSTO"));
  auto e = Edges("NATO, of which Poland is a member, met on Friday.", "2022-03-02");
  CHECK(e.count("Poland member_of NATO"));
  // no relative: no membership from "est membre" alone
  CHECK_FALSE(HasPredicate(Edges("La Russie est membre permanent.", "2022-03-02"), "member_of"));
}

TEST_CASE("membership: lists after grouping verbs and adverbs", "[extract]") {
  auto f = Edges(
      "Créée en 2002, l'OTSC regroupe aujourd'hui la Russie, l'Arménie et le "
      "Tadjikistan.",
      "2022-01-07");
  CHECK(f.count("Russia member_of CSTO"));
  CHECK(f.count("Tajikistan member_of CSTO"));
  auto e = Edges(
      "The CSTO said on Friday it would act. The alliance, which groups Russia, "
      "Belarus and Armenia, met in Moscow.",
      "2022-01-07");
  CHECK(e.count("Belarus member_of CSTO"));
  CHECK(e.count("Armenia member_of CSTO"));
}

TEST_CASE("membership: distant subject and 'together with' list", "[extract]") {
  auto e = Edges(
      "Kazakhstan, the world's largest uranium producer, is a member of the CSTO "
      "together with Russia, Armenia and Kyrgyzstan.",
      "2022-01-07");
  CHECK(e.count("Kazakhstan member_of CSTO"));
  CHECK(e.count("Russia member_of CSTO"));
  CHECK(e.count("Kyrgyzstan member_of CSTO"));
  auto f = Edges(
      "Brazil, Colombia and Canada, all members of the 14-nation Organization of "
      "American States, voted.",
      "2019-01-24");
  CHECK(f.count("Colombia member_of OAS"));
}
