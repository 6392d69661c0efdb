// Page chrome and compounds, on pages of our own: a comment
// counter on a share bar does not end the article; "X-led" with X no actor
// names no leader.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a comment counter on a share bar keeps the body", "[extract]") {
  const std::string page =
      "THE MORNING LEDGER\n\n"
      "Kenya sends police to Haiti\n\n"
      "Published 3 July 2024\n\n"
      "87 comments · Share: Facebook | X | Email\n\n"
      "Kenya deployed 400 police officers to Haiti on Tuesday, the first contingent of a "
      "multinational mission.\n";
  CHECK(Edges(page, "2024-07-03").count("Kenya sends_troops Haiti"));
  const std::string fr =
      "LE JOURNAL DU MATIN\n\n"
      "Le Kenya envoie des policiers en Haïti\n\n"
      "12 commentaires · Partager : Facebook | X\n\n"
      "Le Kenya a déployé mardi 400 policiers en Haïti, premier contingent d'une mission "
      "multinationale.\n";
  CHECK(Edges(fr, "2024-07-03").count("Kenya sends_troops Haiti"));
  // the comments heading at the end still ends the article
  const std::string tail =
      "THE MORNING LEDGER\n\n"
      "Kenya sends police to Haiti\n\n"
      "Kenya deployed 400 police officers to Haiti on Tuesday, the first contingent of a "
      "multinational mission.\n\n"
      "87 comments\n\n"
      "reader1: Uganda sent troops to Haiti too.\n";
  CHECK_FALSE(Edges(tail, "2024-07-03").count("Uganda sends_troops Haiti"));
}

TEST_CASE("an X-led compound with X no actor names no leader", "[extract]") {
  auto e = Edges(
      "The towns the UN handed back were contested by the army and the Tuareg-led rebels of the "
      "north.",
      "2024-08-08");
  CHECK_FALSE(e.count("UN leads rebels"));
  auto r = Edges("The Russian-led CSTO sent troops to Kazakhstan.", "2022-01-07");
  CHECK(r.count("Russia leads CSTO"));
}
