// Worry nouns quoted or graded apart from their preposition ('expressed
// "grave concern" about X's refusal') still criticize the preposition's
// actor; a negated or actorless worry gives no edge.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("a quoted or graded worry noun criticizes the actor after its preposition", "[extract]") {
  SECTION("English quoted noun with its grade") {
    const auto edges = Edges(
        "Pact\n\nJapan expressed \"grave concern\" about Russia's refusal to rule out "
        "military cooperation.");
    CHECK(edges.count("Japan criticizes Russia") > 0);
  }
  SECTION("English graded noun") {
    const auto edges = Edges("Pact\n\nJapan voiced deep concern over Russia's decision.");
    CHECK(edges.count("Japan criticizes Russia") > 0);
  }
  SECTION("a negated worry gives no edge") {
    const auto edges =
        Edges("Pact\n\nJapan did not express \"grave concern\" about Russia's decision.");
    CHECK(edges.count("Japan criticizes Russia") == 0);
  }
  SECTION("French quoted noun with its target") {
    const auto edges =
        Edges("Pacte\n\nLe Japon a exprimé sa « vive inquiétude » face à la Russie.");
    CHECK(edges.count("Japan criticizes Russia") > 0);
  }
  SECTION("a worry of one's own about a topic names no target") {
    const auto edges = Edges("Pact\n\nRussia's concerns about security were discussed.");
    CHECK(edges.count("Russia criticizes Russia") == 0);
    CHECK(edges.size() == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
