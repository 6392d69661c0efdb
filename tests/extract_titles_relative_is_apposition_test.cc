// "X, who is also SNS leader,", "X, qui est aussi le chef du parti,": a
// present relative stands for the apposition's comma (engine_mentions.cc);
// "who was" names a past office.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a title after 'who is' is the name's", "[extract][titles]") {
  const auto en = Edges(
      "Marko Petrovic, who is also the leader of the Serbian Progressive Party, resigned.",
      "2025-01-28");
  bool led = false;
  for (const auto& e : en) led |= e.rfind("Marko Petrovic leads ", 0) == 0;
  CHECK(led);
  const auto fr = Edges(
      "Jean Lemaire, qui est aussi le chef du Parti socialiste, a démissionné mardi.",
      "2025-01-28");
  led = false;
  for (const auto& e : fr) led |= e.rfind("Jean Lemaire leads ", 0) == 0;
  CHECK(led);
  // near-miss: a past office
  const auto past = Edges(
      "Marko Petrovic, who was the leader of the Serbian Progressive Party, resigned.",
      "2025-01-28");
  for (const auto& e : past) CHECK(e.rfind("Marko Petrovic leads ", 0) != 0);
}
