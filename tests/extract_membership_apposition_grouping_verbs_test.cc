// Membership said by apposition ("fellow NATO members
// Poland and Latvia") or by a verb of many senses with the organization as
// its own subject ("ECOWAS groups Nigeria, Ghana and Senegal").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("members named in apposition to the member noun", "[extract]") {
  auto e =
      Edges("Soldiers from fellow NATO members Poland and Latvia arrived in Vilnius on Monday.");
  CHECK(e.count("Poland member_of NATO"));
  CHECK(e.count("Latvia member_of NATO"));
  e = Edges("ECOWAS member states Ghana, Senegal and Nigeria met in Abuja.", "2023-08-10");
  CHECK(e.count("Ghana member_of ECOWAS"));
  CHECK(e.count("Senegal member_of ECOWAS"));
}

TEST_CASE("a member noun without names after it gives no membership", "[extract]") {
  // no name right after the noun; a nationality is no member
  auto e = Edges("NATO members have agreed to send more air defence systems to Kyiv.");
  CHECK_FALSE(HasPredicate(e, "member_of"));
  e = Edges("The alliance treats an attack on one member as an attack on all, Poland said.");
  CHECK_FALSE(HasPredicate(e, "member_of"));
}

TEST_CASE("an organization that groups the countries listed", "[extract]") {
  auto e = Edges("The Alliance of Sahel States groups Mali, Burkina Faso and Niger.", "2024-01-29");
  CHECK(e.count("Mali member_of AES"));
  CHECK(e.count("Niger member_of AES"));
  e = Edges("ECOWAS now groups twelve states after the departure of three juntas.", "2024-01-29");
  CHECK_FALSE(HasPredicate(e, "member_of"));
  // "groups" as a noun: armed groups are no members of anything
  e = Edges("The African Union said armed groups Mali and Niger could not control were spreading.",
            "2024-01-29");
  CHECK_FALSE(HasPredicate(e, "member_of"));
}

TEST_CASE("French membership lists still read", "[extract]") {
  auto e = Edges("L'AES regroupe le Mali, le Burkina Faso et le Niger.", "2024-01-29");
  CHECK(e.count("Mali member_of AES"));
  e = Edges("Les pays membres de l'OTAN n'ont pas encore répondu à la Pologne.");
  CHECK_FALSE(e.count("Poland member_of NATO"));
}
