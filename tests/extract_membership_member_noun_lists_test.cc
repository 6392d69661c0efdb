// Members listed after a member noun whose body is
// described ("the bloc's member states - X, Y"), possessive ("ses États
// membres (X, Y)") or named before a dash ("les pays membres de la SADC -
// X et Y"); without an opened list, or with a state the dictionary does not
// list as a member, no edge.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a list opened by a dash, colon or bracket after a member noun", "[extract][titles]") {
  const auto en = Edges(
      "NATO leaders met in Vilnius. The alliance's member states - Poland, Latvia and Estonia - "
      "pledged more troops.");
  CHECK(en.count("Poland member_of NATO") == 1);
  CHECK(en.count("Latvia member_of NATO") == 1);
  CHECK(en.count("Estonia member_of NATO") == 1);
  const auto fr = Edges(
      "L'ASEAN a tenu un sommet à Jakarta. Ses États membres (le Vietnam, le Laos et la "
      "Thaïlande) ont signé la déclaration.");
  CHECK(fr.count("Vietnam member_of ASEAN") == 1);
  CHECK(fr.count("Laos member_of ASEAN") == 1);
  CHECK(fr.count("Thailand member_of ASEAN") == 1);
  const auto dash =
      Edges("Les pays membres de la SADC – la Zambie et le Malawi – ont envoyé des observateurs.");
  CHECK(dash.count("Zambia member_of SADC") == 1);
  CHECK(dash.count("Malawi member_of SADC") == 1);
}

TEST_CASE("no member list, no membership", "[extract][titles]") {
  // Member states named with no list after them.
  CHECK_FALSE(HasPredicate(
      Edges("NATO met in Vilnius. The alliance's member states pledged more troops to Poland."),
      "member_of"));
  // A state the dictionary does not list among the body's members.
  const auto veto = Edges(
      "NATO leaders met in Vilnius. The alliance's member states - Poland and Ukraine - "
      "disagreed.");
  CHECK(veto.count("Poland member_of NATO") == 1);
  CHECK(veto.count("Ukraine member_of NATO") == 0);
}

TEST_CASE("states gathered within a body are its members", "[extract][titles]") {
  const auto fr = Edges(
      "Lundi, le Kenya, l'Ouganda et la Tanzanie, réunis au sein de la Communauté d'Afrique de "
      "l'Est, ont appelé au calme.");
  CHECK(fr.count("Kenya member_of EAC") == 1);
  CHECK(fr.count("Uganda member_of EAC") == 1);
  CHECK(fr.count("Tanzania member_of EAC") == 1);
  const auto en =
      Edges("On Monday Kenya and Uganda, grouped within the EAC, called for a ceasefire.");
  CHECK(en.count("Kenya member_of EAC") == 1);
  CHECK(en.count("Uganda member_of EAC") == 1);
  // Gathered in a city, not in a body: no membership.
  CHECK_FALSE(HasPredicate(
      Edges("Lundi, le Kenya et l'Ouganda, réunis à Nairobi, ont appelé au calme."), "member_of"));
}
