// Criticism of an act told earlier on the page: states that send troops to
// a war others made do not become its makers, and a pejorative label on an
// act told without its author blames that act's author.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("troops sent to a war made by others do not make their sender its author",
          "[extract]") {
  SECTION("English: a condemned attack is its makers', not the contributors'") {
    const auto edges = Edges(
        "War\n\nRussian forces attacked Georgia on Friday.\n\nBelarus has sent 500 soldiers "
        "to Georgia.\n\nSweden condemned the attack.");
    CHECK(edges.count("Sweden criticizes Belarus") == 0);
  }
  SECTION("French: une offensive condamnée est celle de ses auteurs") {
    const auto edges = Edges(
        "Guerre\n\nLes forces russes ont attaqué la Géorgie vendredi.\n\nLa Biélorussie a "
        "envoyé 500 soldats en Géorgie.\n\nLa Suède a condamné l'attaque.");
    CHECK(edges.count("Sweden criticizes Belarus") == 0);
  }
  SECTION("a sending told with no earlier act is still the deployment's author") {
    const auto edges = Edges(
        "Troops\n\nBelarus has sent 500 soldiers to Georgia.\n\nSweden condemned the "
        "deployment.");
    CHECK(edges.count("Sweden criticizes Belarus") > 0);
  }
}

TEST_CASE("a pejorative label on an act told earlier blames its author", "[extract]") {
  SECTION("English called the attack shameful") {
    const auto edges = Edges(
        "Strikes\n\nRussian jets bombed Georgia on Friday.\n\nThe Swedish government reacted "
        "on Saturday, calling the attack \"shameful\".");
    CHECK(edges.count("Sweden criticizes Russia") > 0);
  }
  SECTION("French a qualifié l'offensive d'inacceptable") {
    const auto edges = Edges(
        "Frappes\n\nL'aviation russe a bombardé la Géorgie vendredi.\n\nLa Suède a qualifié "
        "l'attaque d'« inacceptable ».");
    CHECK(edges.count("Sweden criticizes Russia") > 0);
  }
  SECTION("a praised act gives no criticism") {
    const auto edges = Edges(
        "Strikes\n\nRussian jets bombed Georgia on Friday.\n\nSweden called the attack "
        "\"justified\".");
    CHECK(edges.count("Sweden criticizes Russia") == 0);
  }
  SECTION("a label on the critic's own side's act blames no one") {
    const auto edges = Edges(
        "Strikes\n\nRussian jets bombed Georgia on Friday.\n\nPutin called the attack "
        "\"regrettable\".");
    CHECK(edges.count("Putin criticizes Russia") == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
