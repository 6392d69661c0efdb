// A retort whose that-clause labels words told before ("retorted that the
// remarks were \"offensive\"", "a rétorqué que ces propos étaient
// « inacceptables »") criticizes their speaker; a label that is no
// pejorative gives nothing. A rejected criticism or reproach ("dismissed
// Peruvian criticism", "a balayé les reproches du Pérou") criticizes its
// holder, but "criticism of X" names X as the target.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("a rejected criticism or reproach criticizes its holder", "[extract]") {
  SECTION("English nationality before criticism") {
    const auto edges =
        Edges("Border\n\nBolivia dismissed Peruvian criticism of the new checkpoints on Tuesday.");
    CHECK(edges.count("Bolivia criticizes Peru") > 0);
  }
  SECTION("French holder after reproches") {
    const auto edges = Edges(
        "Frontière\n\nLa Bolivie a balayé mardi les reproches du Pérou sur les postes de "
        "contrôle.");
    CHECK(edges.count("Bolivia criticizes Peru") > 0);
  }
  SECTION("the complement of a criticism is its target, not its holder") {
    const auto edges = Edges("Border\n\nBolivia rejected criticism of Peru on Tuesday.");
    CHECK(edges.count("Bolivia criticizes Peru") == 0);
  }
}

TEST_CASE("a that-clause labelling words told before criticizes their speaker", "[extract]") {
  SECTION("English definite article") {
    const auto edges = Edges(
        "Border\n\nPeru said Bolivia was arming smugglers.\n\nBolivia retorted that the "
        "remarks were \"offensive\".");
    CHECK(edges.count("Bolivia criticizes Peru") > 0);
  }
  SECTION("French demonstrative") {
    const auto edges = Edges(
        "Frontière\n\nLe Pérou a affirmé que la Bolivie armait des contrebandiers.\n\nLa "
        "Bolivie a rétorqué que ces propos étaient « inacceptables ».");
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
