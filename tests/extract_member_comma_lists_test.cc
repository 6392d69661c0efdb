// Members listed after a comma behind a body's member noun ("the bloc's
// members, Russia, Belarus and Armenia,"; "ses États membres, la Russie et
// le Bélarus,"), checked against the dictionary's member lists.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("member comma lists: a possessive body's members after a comma", "[extract]") {
  auto e = Edges(
      "The CSTO met in Minsk on Monday. Its members, Russia, Belarus and Armenia, agreed on a "
      "joint plan.",
      "2022-11-23");
  CHECK(e.count("Belarus member_of CSTO"));
  CHECK(e.count("Armenia member_of CSTO"));
  auto n = Edges(
      "NATO's members, Poland and Lithuania among them, raised their spending.", "2024-06-01");
  CHECK(n.count("Poland member_of NATO"));
  CHECK(n.count("Lithuania member_of NATO"));
  auto f = Edges(
      "L'OTSC s'est réunie lundi à Minsk. Ses États membres, la Russie, le Bélarus et "
      "l'Arménie, ont adopté un plan commun.",
      "2022-11-23");
  CHECK(f.count("Belarus member_of CSTO"));
  CHECK(f.count("Armenia member_of CSTO"));
  // A state the dictionary does not list in the body is no member.
  auto x = Edges(
      "The CSTO met in Minsk on Monday. Its members, Georgia and Azerbaijan, were absent.",
      "2022-11-23");
  CHECK_FALSE(x.count("Georgia member_of CSTO"));
  CHECK_FALSE(x.count("Azerbaijan member_of CSTO"));
}

TEST_CASE("member ranks: a state that became the Nth member", "[extract]") {
  auto e = Edges("Sweden became the 32nd member of NATO on Thursday.", "2024-03-07");
  CHECK(e.count("Sweden member_of NATO"));
  auto f = Edges("La Finlande est devenue le 31e membre de l'OTAN mardi.", "2023-04-04");
  CHECK(f.count("Finland member_of NATO"));
  // A future or a wish is no membership.
  auto w = Edges("Ukraine could become the 33rd member of NATO one day.", "2024-03-07");
  CHECK_FALSE(w.count("Ukraine member_of NATO"));
  auto v = Edges("L'Ukraine veut devenir le 33e membre de l'OTAN.", "2024-03-07");
  CHECK_FALSE(v.count("Ukraine member_of NATO"));
}

TEST_CASE("member ranks: a body's newest member in apposition, fellow members", "[extract]") {
  auto e = Edges("NATO's newest member, Sweden, joined the drills in March.", "2024-03-20");
  CHECK(e.count("Sweden member_of NATO"));
  auto f = Edges(
      "Kazakhstan and Kyrgyzstan, fellow members of the CSTO, stayed silent.", "2022-10-20");
  CHECK(f.count("Kazakhstan member_of CSTO"));
  CHECK(f.count("Kyrgyzstan member_of CSTO"));
  auto g = Edges(
      "Le Kazakhstan et le Kirghizstan, autres membres de l'OTSC, se sont tus.", "2022-10-20");
  CHECK(g.count("Kyrgyzstan member_of CSTO"));
  // A rank with no name after it names no member.
  auto n = Edges("NATO's newest member will host the drills in March.", "2024-03-20");
  CHECK_FALSE(HasPredicate(n, "member_of"));
}

TEST_CASE("member partners: allies named after the partner noun", "[extract]") {
  auto e = Edges("Russia and its CSTO allies Belarus and Armenia approved the plan.", "2022-01-07");
  CHECK(e.count("Belarus member_of CSTO"));
  CHECK(e.count("Armenia member_of CSTO"));
  auto f = Edges(
      "La Russie et ses alliés de l'OTSC, le Bélarus et l'Arménie, ont approuvé le plan.",
      "2022-01-07");
  CHECK(f.count("Belarus member_of CSTO"));
  CHECK(f.count("Armenia member_of CSTO"));
  // A state the dictionary does not list in the body is no ally in it.
  auto x = Edges("Washington and its NATO allies, Russia said, are to blame.", "2022-01-07");
  CHECK_FALSE(x.count("Russia member_of NATO"));
}
