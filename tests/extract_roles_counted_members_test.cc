// Membership written with a count: "l'un des six membres de O", "regroupant
// leurs trois pays" (the countries the page just listed).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("one of the N members of an organization", "[extract]") {
  auto f = Edges("L'Arménie, l'un des six membres de l'OTSC, a protesté.", "2022-11-23");
  CHECK(f.count("Armenia member_of CSTO"));
  auto e = Edges("Armenia, one of the six members of the CSTO, protested.", "2022-11-23");
  CHECK(e.count("Armenia member_of CSTO"));
  // Not a member any more.
  auto n = Edges("L'Arménie n'est plus l'un des six membres de l'OTSC.", "2024-11-23");
  CHECK_FALSE(n.count("Armenia member_of CSTO"));
}

TEST_CASE("a counted group of countries the page listed before", "[extract]") {
  auto f = Edges(
      "Le Tchad, le Cameroun et le Nigeria ont signé. Ils ont créé la Force multinationale "
      "mixte, une force regroupant leurs trois pays.",
      "2015-02-07");
  CHECK(f.count("Chad member_of MNJTF"));
  CHECK(f.count("Cameroon member_of MNJTF"));
  CHECK(f.count("Nigeria member_of MNJTF"));
  // The count must match the list: no members guessed.
  auto c = Edges(
      "Le Tchad, le Cameroun et le Nigeria ont signé. Ils ont créé la Force multinationale "
      "mixte, une force regroupant leurs deux pays.",
      "2015-02-07");
  CHECK_FALSE(HasPredicate(c, "member_of"));
  auto e = Edges(
      "Mali, Burkina Faso and Niger left ECOWAS. The Alliance of Sahel States, a pact grouping "
      "the three countries, was signed in 2023.",
      "2024-01-29");
  CHECK(e.count("Niger member_of AES"));
  CHECK(e.count("Mali member_of AES"));
}
