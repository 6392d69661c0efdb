// Recall of criticizes and warns through clauses other
// than the stance verb's own object. Each construction on actors and
// conflicts of its own, with negative cases.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("an objectless criticism takes the actor of a coordinated clause", "[extract]") {
  SECTION("French: condemned an act and accused an actor") {
    const auto edges = Edges(
        "Le Kenya a dénoncé une « agression » et accusé Kigali de soutenir "
        "les rebelles.");
    CHECK(edges.count("Kenya criticizes Rwanda") > 0);
  }
  SECTION("English: condemned an act and warned about a government's conduct") {
    const auto edges = Edges(
        "Japan condemned the shelling of civilians and warned that the "
        "Russian government's conduct would have consequences.");
    CHECK(edges.count("Japan criticizes Russia") > 0);
  }
  SECTION("English: a participle of speech after a comma") {
    const auto edges = Edges(
        "Canada denounced the crackdown, saying Tehran must release the "
        "detainees.");
    CHECK(edges.count("Canada criticizes Iran") > 0);
  }
  SECTION("a negated second predicate gives nothing") {
    const auto edges = Edges("Le Kenya a dénoncé une « agression » et n'a pas accusé Kigali.");
    CHECK(edges.count("Kenya criticizes Rwanda") == 0);
  }
  SECTION("a third actor's own clause is not the subject's") {
    const auto edges =
        Edges("Japan condemned the shelling and Russia accused Ukraine of provocations.");
    CHECK(edges.count("Japan criticizes Ukraine") == 0);
    CHECK(edges.count("Japan criticizes Russia") == 0);
  }
  SECTION("the one called on to act is no target") {
    const auto edges = Edges("Le Sénégal a condamné l'attaque et appelé l'ONU à enquêter.");
    CHECK(edges.count("Senegal criticizes UN") == 0);
  }
  SECTION("the subject's own state in the clause is no target") {
    const auto edges =
        Edges("Sergueï Lavrov a condamné l'attaque et affirmé que la Russie riposterait.");
    CHECK(!HasPredicate(edges, "criticizes"));
  }
  SECTION("a place that is no actor") {
    const auto edges = Edges("Japan condemned the shelling and said Kharkiv was in ruins.");
    CHECK(!HasPredicate(edges, "criticizes"));
  }
}

TEST_CASE("a warning that a person could be struck warns the person", "[extract]") {
  SECTION("French passive after lui-même") {
    const auto edges =
        Edges("Washington a averti que Nicolas Maduro lui-même pourrait être poursuivi.");
    CHECK(edges.count("United States warns Maduro") > 0);
  }
  SECTION("English passive") {
    const auto edges = Edges(
        "The European Union warned that Alexander Lukashenko could be "
        "sanctioned personally.");
    CHECK(edges.count("EU warns Lukashenko") > 0);
  }
  SECTION("a forecast about a person is no warning to him") {
    const auto edges = Edges("Germany cautioned that Vladimir Putin could win the election.");
    CHECK(edges.count("Germany warns Putin") == 0);
  }
  SECTION("the subject's own leader is never warned") {
    const auto edges =
        Edges("Le Kremlin a prévenu que Vladimir Poutine pourrait être reçu à Pékin.");
    CHECK(!HasPredicate(edges, "warns"));
  }
  SECTION("negation") {
    const auto edges =
        Edges("Josep Borrell n'a pas averti que Nicolas Maduro pourrait être sanctionné.");
    CHECK(!HasPredicate(edges, "warns"));
  }
}

TEST_CASE("rejecting a claim in its relative criticizes the claim's author", "[extract]") {
  SECTION("English: an accusation that X dismissed") {
    const auto edges = Edges(
        "Secretary of State Antony Blinken said Russia had committed war crimes in Bucha, an "
        "accusation that Moscow dismissed as absurd.");
    CHECK(edges.count("Russia criticizes Blinken") > 0);
  }
  SECTION("French: une accusation qu'X a rejetée") {
    const auto edges = Edges(
        "Le président Emmanuel Macron a qualifié de « génocide » les "
        "massacres, une accusation qu'Ankara a rejetée.");
    CHECK(edges.count("Turkey criticizes Macron") > 0);
  }
  SECTION("a rejection negated gives nothing") {
    const auto edges = Edges(
        "Le président Emmanuel Macron a qualifié de « génocide » les "
        "massacres, une accusation que Moscou n'a pas rejetée.");
    CHECK(edges.count("Russia criticizes Macron") == 0);
  }
  SECTION("a denial is no rejection") {
    const auto edges = Edges(
        "Secretary of State Antony Blinken said Russia had committed war crimes in Bucha, an "
        "accusation that Moscow denied.");
    CHECK(edges.count("Russia criticizes Blinken") == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing

namespace kzgraph::testing {
namespace {

TEST_CASE("criticizing 'the remarks' targets the speaker named just before", "[extract]") {
  SECTION("French demonstrative after a speaker's sentence") {
    const auto edges = Edges(
        "Crise\n\nLe président Emmanuel Macron a déclaré que l'Afrique avait oublié de dire "
        "merci.\n\nLe gouvernement tchadien a dénoncé ces propos.");
    CHECK(edges.count("Chad criticizes Macron") > 0);
  }
  SECTION("English label on the comment") {
    const auto edges = Edges(
        "Tension\n\nPresident Joe Biden said that Xi Jinping was a dictator.\n\nChina's foreign "
        "ministry called the comment \"absurd\".");
    CHECK(edges.count("Chinese Foreign Ministry criticizes Biden") > 0);
  }
  SECTION("praise of the remarks is no criticism") {
    const auto edges = Edges(
        "Crise\n\nLe président Emmanuel Macron a déclaré que l'Afrique avait oublié de dire "
        "merci.\n\nLe gouvernement tchadien a salué ces propos.");
    CHECK(edges.count("Chad criticizes Macron") == 0);
  }
  SECTION("the subject's own leader's words") {
    const auto edges = Edges(
        "Crise\n\nSergueï Lavrov a déclaré que la Russie resterait.\n\nLe Kremlin a dénoncé ces "
        "propos.");
    CHECK(!HasPredicate(edges, "criticizes"));
  }
  SECTION("indefinite words are not the speaker's") {
    const auto edges = Edges(
        "Crise\n\nLe président Emmanuel Macron a déclaré que l'Afrique avait oublié de dire "
        "merci.\n\nLe gouvernement tchadien a dénoncé des allégations mensongères.");
    CHECK(edges.count("Chad criticizes Macron") == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing

namespace kzgraph::testing {
namespace {

TEST_CASE("judgements such as 'unpleasant' label a state's government", "[extract]") {
  SECTION("English possessive government") {
    const auto edges = Edges("Lula called Nicaragua's government \"very unpleasant\" on Monday.");
    CHECK(edges.count("Lula criticizes Nicaragua") > 0);
  }
  SECTION("a negated judgement gives nothing") {
    const auto edges = Edges("Lula did not call Nicaragua's government \"unfair\" on Monday.");
    CHECK(edges.count("Lula criticizes Nicaragua") == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
