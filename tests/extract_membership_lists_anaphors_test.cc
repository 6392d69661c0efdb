// Membership constructions of news writing, on sentences of our
// own: a member list after a class noun and a colon, a counted anaphor as the
// subject of "membres de", and "the bloc to which X belongs alongside Y".
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("members listed after a class noun and a colon", "[extract]") {
  auto e = Edges(
      "The Shanghai Cooperation Organisation held a summit. The bloc groups nine countries: "
      "China, India, Pakistan and Iran among them.",
      "2024-07-04");
  CHECK(e.count("India member_of SCO"));
  CHECK(e.count("Iran member_of SCO"));
  auto f = Edges(
      "L'Union économique et monétaire ouest-africaine regroupe huit pays : le Bénin, le "
      "Sénégal, la Guinée-Bissau et le Togo.",
      "2024-07-04");
  CHECK(f.count("Benin member_of UEMOA"));
  CHECK(f.count("Togo member_of UEMOA"));
  // a colon after a name, not after a class noun: no list of members
  auto n = Edges("The alliance groups Kenya's neighbours: Uganda and Tanzania protested on Monday.",
                 "2024-07-04");
  CHECK_FALSE(n.count("Uganda member_of SCO"));
}

TEST_CASE("a counted anaphor is the subject of a member noun", "[extract]") {
  auto f = Edges(
      "Le Sénégal, le Togo et le Bénin ont signé l'accord. Les trois pays restent membres de "
      "l'UEMOA.",
      "2024-07-04");
  CHECK(f.count("Senegal member_of UEMOA"));
  CHECK(f.count("Benin member_of UEMOA"));
  auto e = Edges(
      "Saudi Arabia, Qatar and Bahrain signed the deal. The three countries remain members of "
      "the Arab League.",
      "2023-05-02");
  CHECK(e.count("Qatar member_of Arab League"));
  // the count does not match the latest list: no edge
  auto m = Edges(
      "Saudi Arabia, Qatar and Bahrain signed the deal, and Egypt and Jordan welcomed it. The "
      "three countries remain members of the Arab League.",
      "2023-05-02");
  CHECK_FALSE(m.count("Qatar member_of Arab League"));
  // no definite anaphor: "deux pays membres" names new countries
  auto d = Edges("Le Mali et le Niger ont réagi. Deux pays membres de l'UEMOA ont protesté.",
                 "2024-07-04");
  CHECK_FALSE(d.count("Mali member_of UEMOA"));
}

TEST_CASE("the bloc to which a state belongs, with the states beside it", "[extract]") {
  auto e = Edges(
      "The Shanghai Cooperation Organisation, the Beijing-led bloc to which Pakistan belongs "
      "alongside India and Iran, issued a statement.",
      "2024-07-04");
  CHECK(e.count("Pakistan member_of SCO"));
  CHECK(e.count("India member_of SCO"));
  CHECK(e.count("Iran member_of SCO"));
  auto f = Edges(
      "La Cédéao, l'organisation régionale à laquelle le Sénégal appartient aux côtés du Ghana, "
      "a réagi.",
      "2024-07-04");
  CHECK(f.count("Senegal member_of ECOWAS"));
  CHECK(f.count("Ghana member_of ECOWAS"));
  // a bloc the state only wants to join
  auto w = Edges("NATO, the alliance to which Ukraine wants to belong, issued a statement.",
                 "2024-07-04");
  CHECK_FALSE(w.count("Ukraine member_of NATO"));
}
