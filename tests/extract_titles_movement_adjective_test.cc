// A movement's lower-case name after a title is its owner, as a country's
// adjective is ("le chef de la diplomatie talibane, X", "le porte-parole
// houthiste, X"): engine_mentions.cc title complements.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a movement's name as a title's adjective owns the title", "[extract][titles]") {
  const auto fr = Edges(
      "Le porte-parole houthiste, Karim al-Wazir, a menacé les navires. Le chef de la "
      "diplomatie talibane, Omar Rahimi, a reçu l'envoyé.",
      "2023-05-02");
  CHECK(fr.count("Karim al-Wazir official_of Houthis"));
  CHECK(fr.count("Omar Rahimi official_of Taliban"));
  // near-miss: a group word (not a body) gives no office
  const auto grp = Edges("Le chef djihadiste, Moussa Diallo, a revendiqué l'attaque.",
                         "2023-05-02");
  for (const auto& e : grp) CHECK(e.find("Moussa Diallo leads") == std::string::npos);
}
