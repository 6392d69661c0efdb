// Membership in an organization's relative or participle clause.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a body that gathers states lists members, no meeting", "[extract]") {
  auto e = Edges(
      "La SADC, qui réunit l'Afrique du Sud, le Zimbabwe et la Zambie, a condamné le putsch.");
  CHECK(e.count("South Africa member_of SADC"));
  CHECK(e.count("Zimbabwe member_of SADC"));
  CHECK(e.count("Zambia member_of SADC"));
  CHECK_FALSE(HasPredicate(e, "meets"));
}

TEST_CASE("a person who gathers leaders still hosts a meeting", "[extract]") {
  auto e = Edges("Macron a réuni Scholz et Zelensky à l'Élysée.");
  CHECK(e.count("Macron meets Scholz"));
  CHECK_FALSE(HasPredicate(e, "member_of"));
}

TEST_CASE("qui compte lists members only after a named body", "[extract]") {
  auto e = Edges("L'Otan, qui compte la Turquie, la Pologne et la Norvège, a réagi lundi.");
  CHECK(e.count("Turkey member_of NATO"));
  CHECK(e.count("Poland member_of NATO"));
  CHECK(e.count("Norway member_of NATO"));
  // relying on a state, or a state counting allies: no membership
  CHECK_FALSE(
      HasPredicate(Edges("L'Otan, qui compte sur la Turquie, a réagi lundi."), "member_of"));
  CHECK_FALSE(HasPredicate(
      Edges("La Russie, qui compte le Belarus parmi ses alliés, a réagi lundi."), "member_of"));
}

TEST_CASE("English relative and participle lists of members", "[extract]") {
  auto e = Edges("ECOWAS, which brings together Nigeria, Ghana and Senegal, condemned the coup.");
  CHECK(e.count("Nigeria member_of ECOWAS"));
  CHECK(e.count("Senegal member_of ECOWAS"));
  CHECK_FALSE(HasPredicate(e, "meets"));
  auto m = Edges("SADC, made up of South Africa and Zimbabwe, condemned the coup.");
  CHECK(m.count("South Africa member_of SADC"));
  CHECK(m.count("Zimbabwe member_of SADC"));
}
