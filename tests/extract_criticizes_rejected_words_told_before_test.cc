// Words told in the sentences before, rejected with a definite or
// demonstrative article and no holder ("rejected the accusations", "a rejeté
// ces reproches"): the one who rejects criticizes their speaker. Words not
// told before (an indefinite article) or rejected by the speaker's own side
// give no edge.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("a rejection of words told before criticizes their speaker", "[extract]") {
  SECTION("English definite article") {
    const auto edges = Edges(
        "Border\n\nPeru accused Bolivia of arming smugglers along the shared border.\n\nBolivia "
        "firmly rejected the accusations on Tuesday.");
    CHECK(edges.count("Bolivia criticizes Peru") > 0);
  }
  SECTION("French demonstrative") {
    const auto edges = Edges(
        "Frontière\n\nLe Pérou a affirmé que la Bolivie armait des contrebandiers.\n\nLa Bolivie "
        "a rejeté ces accusations mardi.");
    CHECK(edges.count("Bolivia criticizes Peru") > 0);
  }
  SECTION("words not told before give no edge") {
    const auto edges = Edges(
        "Border\n\nPeru accused Bolivia of arming smugglers along the shared border.\n\nBolivia "
        "rejected some claims about its budget on Tuesday.");
    CHECK(edges.count("Bolivia criticizes Peru") == 0);
  }
  SECTION("a speaker too far back gives no edge") {
    const auto edges = Edges(
        "Frontière\n\nLe Pérou a affirmé que la Bolivie armait des contrebandiers.\n\nLe "
        "commerce a chuté de moitié.\n\nLes routes restent fermées.\n\nLes marchés sont "
        "vides.\n\nLa Bolivie a rejeté ces accusations mardi.");
    CHECK(edges.count("Bolivia criticizes Peru") == 0);
  }
}

TEST_CASE("a that-clause labelling words told before criticizes their speaker", "[extract]") {
  SECTION("English definite article") {
    const auto edges = Edges(
        "Border\n\nPeru's president said Bolivia was arming smugglers.\n\nBolivia's foreign "
        "ministry retorted that the remarks were \"offensive\".");
    CHECK(edges.count("Bolivian Foreign Ministry criticizes Peru") +
              edges.count("Bolivia criticizes Peru") >
          0);
  }
  SECTION("French demonstrative") {
    const auto edges = Edges(
        "Frontière\n\nLe Pérou a affirmé que la Bolivie armait des contrebandiers.\n\nLa "
        "Bolivie a répliqué que ces propos étaient « inacceptables ».");
    CHECK(edges.count("Bolivia criticizes Peru") > 0);
  }
  SECTION("a label that is no pejorative gives no edge") {
    const auto edges = Edges(
        "Border\n\nPeru said Bolivia was arming smugglers.\n\nBolivia retorted that the "
        "remarks were \"interesting\".");
    CHECK(edges.count("Bolivia criticizes Peru") == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
