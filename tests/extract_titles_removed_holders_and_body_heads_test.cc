// Titles whose holder is not the state's head, or no longer holds them:
// a head word with a body complement ("the Russian chief of the general
// staff") heads that body, not the state (engine_coref.cc ResolveRoles); a
// French removal after the title ("le président déchu, X") ends the office
// as "ousted" before it does (engine_mentions.cc); a minister of a
// portfolio named in English ("Communication Minister X") is the state's.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a head word with a body complement is not the head of state",
          "[extract][titles]") {
  const auto en = Edges(
      "Russia warned Norway on Friday. The Russian chief of the naval staff spoke to reporters "
      "in Murmansk.",
      "2023-05-02");
  CHECK_FALSE(en.count("Putin leads Russia"));
  const auto fr = Edges(
      "La Russie a averti la Norvège vendredi. Le chef russe des services secrets a parlé "
      "à la presse.",
      "2023-05-02");
  CHECK_FALSE(fr.count("Putin leads Russia"));
  // near-miss: the bare head word of a state still names its head
  const auto bare = Edges(
      "Russia warned Norway on Friday. The Kremlin chief accused Oslo of provocations.",
      "2023-05-02");
  CHECK(bare.count("Putin accuses Norway"));
}

TEST_CASE("a removal after a French title ends the office", "[extract][titles]") {
  const auto fr = Edges(
      "Le Gabon est dirigé par une junte. Le Gabon a fermé ses frontières. Le Gabon attend. "
      "Le Gabon se tait.\n\nLe président déchu, Marc Ondossa, est en résidence surveillée. "
      "La Première ministre destituée, Aline Koumba, a quitté le pays.",
      "2023-09-10");
  for (const auto& e : fr) {
    CHECK(e.find("Marc Ondossa leads") == std::string::npos);
    CHECK(e.find("Aline Koumba leads") == std::string::npos);
  }
  // near-miss: the title alone still gives the edge
  const auto now = Edges(
      "Le Gabon est dirigé par une junte. Le Gabon a fermé ses frontières. Le Gabon attend. "
      "Le Gabon se tait.\n\nLe président, Marc Ondossa, a nommé un gouvernement.",
      "2023-09-10");
  CHECK(now.count("Marc Ondossa leads Gabon"));
}

TEST_CASE("an English portfolio minister is an official of the state",
          "[extract][titles]") {
  const auto en = Edges(
      "Cameroonian Communication Minister Paul Ndongo said the talks had failed.",
      "2021-05-02");
  CHECK(en.count("Paul Ndongo official_of Cameroon"));
  const auto fr = Edges(
      "Le ministre camerounais de la Communication, Paul Ndongo, a démenti.", "2021-05-02");
  CHECK(fr.count("Paul Ndongo official_of Cameroon"));
}
