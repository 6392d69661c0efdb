// "X-led" before a body the compound does not name: in an apposition it
// qualifies the name before the comma ("KFOR, the NATO-led mission"); before
// a bare "mission" or "operation" it is the only such body the article
// names. Sentences of our own.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("an X-led apposition qualifies the body named before it", "[extract]") {
  auto en = Edges("Britain will send 200 soldiers to KFOR, the NATO-led mission in Kosovo.",
                  "2022-10-01");
  CHECK(en.count("NATO leads KFOR"));
}

TEST_CASE("an X-led mission is the one mission the article names", "[extract]") {
  auto en = Edges(
      "The first contingent of a Kenyan-led multinational mission landed in Port-au-Prince on "
      "Tuesday. The Multinational Security Support Mission was approved by the UN Security "
      "Council last year.",
      "2024-06-25");
  CHECK(en.count("Kenya leads MMAS"));
}

TEST_CASE("a bare mission led by X is the one mission the article names", "[extract]") {
  auto fr = Edges(
      "Le premier contingent de la mission multinationale dirigée par le Kenya est arrivé "
      "mardi. La Mission multinationale d'appui à la sécurité a été approuvée par le Conseil "
      "de sécurité.",
      "2024-06-25");
  CHECK(fr.count("Kenya leads MMAS"));
  auto en = Edges(
      "The Council authorized a multinational security mission led by Kenya. The Multinational "
      "Security Support Mission will start in July.",
      "2023-10-02");
  CHECK(en.count("Kenya leads MMAS"));
  // A delegation led by X is no mission.
  auto deleg = Edges(
      "A delegation led by Kenya arrived. The Multinational Security Support Mission will start "
      "in July.",
      "2023-10-02");
  CHECK_FALSE(deleg.count("Kenya leads MMAS"));
}

TEST_CASE("an X-led force or an unnamed mission: no body guessed", "[extract]") {
  // "force" is no named unit: the article's "Russian Airborne Forces" are not led by Russia so.
  auto force = Edges(
      "A Russia-led force landed in Almaty. Units of the Russian Airborne Forces guarded the "
      "airport.",
      "2022-01-08");
  CHECK_FALSE(force.count("Russia leads Russian Airborne Forces"));
  // No mission named anywhere.
  auto none = Edges("A Kenyan-led mission landed in Port-au-Prince on Tuesday.", "2024-06-25");
  CHECK_FALSE(none.count("Kenya leads MMAS"));
}
