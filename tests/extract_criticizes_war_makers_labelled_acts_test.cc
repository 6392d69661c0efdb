// Criticism of an act told earlier on the page: states that send troops to
// a war others made do not become its makers, and a pejorative label on an
// act told without its author blames that act's author, and so does a
// criticism verb whose that-clause labels an actor's act.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("troops sent to a war made by others do not make their sender its author", "[extract]") {
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

TEST_CASE("a criticism verb whose that-clause labels an actor's act blames the actor",
          "[extract]") {
  SECTION("English possessive act labelled after the copula") {
    const auto edges = Edges(
        "Talks\n\nThe Russian foreign ministry hit back on Monday that Sweden's remarks "
        "were \"offensive\".");
    CHECK(edges.count("Russian Foreign Ministry criticizes Sweden") > 0);
  }
  SECTION("French act of an actor labelled in the que-clause") {
    const auto edges = Edges(
        "Crise\n\nLa diplomatie russe a déploré que la décision de la Suède soit « "
        "irresponsable ».");
    CHECK(edges.count("Russian Foreign Ministry criticizes Sweden") > 0);
  }
  SECTION("English act owned by a nationality adjective") {
    const auto edges =
        Edges("Talks\n\nEstonia hit back that the Russian remarks were \"offensive\".");
    CHECK(edges.count("Estonia criticizes Russia") > 0);
  }
  SECTION("a said label on an act owned by a nationality adjective") {
    const auto edges = Edges("Talks\n\nFinland said the Russian decision was \"unacceptable\".");
    CHECK(edges.count("Finland criticizes Russia") > 0);
  }
  SECTION("French negated praise after the copula is a pejorative") {
    const auto edges =
        Edges("Crise\n\nLa Belgique a déploré que la décision russe ne soit pas acceptable.");
    CHECK(edges.count("Belgium criticizes Russia") > 0);
  }
  SECTION("French negated pejorative gives no edge") {
    const auto edges =
        Edges("Crise\n\nLa Belgique a déploré que la décision russe ne soit pas irresponsable.");
    CHECK(edges.count("Belgium criticizes Russia") == 0);
  }
  SECTION("a negated label gives no edge") {
    const auto edges = Edges(
        "Talks\n\nThe Russian foreign ministry hit back that Sweden's remarks were not "
        "offensive.");
    CHECK(edges.count("Russian Foreign Ministry criticizes Sweden") == 0);
  }
  SECTION("an act with no owner named gives no edge") {
    const auto edges = Edges(
        "Talks\n\nSweden's minister spoke on Monday.\n\nThe Russian foreign ministry hit "
        "back that the weather was \"offensive\".");
    CHECK(edges.count("Russian Foreign Ministry criticizes Sweden") == 0);
  }
}

TEST_CASE("a military operation or intervention told earlier is its author's act", "[extract]") {
  SECTION("English military operation") {
    const auto edges = Edges(
        "War\n\nRussia launched a military operation in Georgia on Friday.\n\nSweden "
        "condemned the military operation.");
    CHECK(edges.count("Sweden criticizes Russia") > 0);
  }
  SECTION("French intervention militaire") {
    const auto edges = Edges(
        "Guerre\n\nLa Russie a lancé une intervention militaire en Géorgie vendredi.\n\nLa "
        "Suède a condamné l'intervention militaire.");
    CHECK(edges.count("Sweden criticizes Russia") > 0);
  }
  SECTION("a hypothetical condemnation gives no edge") {
    const auto edges = Edges(
        "War\n\nRussia launched a military operation in Georgia on Friday.\n\nSweden "
        "could condemn the military operation if it goes on.");
    CHECK(edges.count("Sweden criticizes Russia") == 0);
  }
}

TEST_CASE("a genitive author before a place-named act noun is the act's author", "[extract]") {
  SECTION("English 'X's Georgia offensive' condemned later") {
    const auto edges = Edges(
        "Russia's Georgia offensive enters its fifth day\n\nThe fighting went on near the "
        "border on Friday.\n\nSweden condemned the offensive.");
    CHECK(edges.count("Sweden criticizes Russia") > 0);
    CHECK(edges.count("Sweden criticizes Georgia") == 0);
  }
  SECTION("the place alone owns no act") {
    const auto edges = Edges(
        "The Georgia offensive enters its fifth day\n\nThe fighting went on near the border "
        "on Friday.\n\nSweden condemned the offensive.");
    CHECK(edges.count("Sweden criticizes Georgia") == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
