// Criticism through a label on an act or on words told before:
// - a speaker in apposition ("X, its prime minister, accused France of ...")
//   stays the speaker: the actor after the verb is its object, so a later
//   "ces propos" / "the remarks" are X's;
// - a label on a decision or a demonstrative act ("called the measure
//   \"unjustified\"", "a jugé cette mesure « injustifiée »") blames the one
//   author of the act told just before.
// Negated and hypothetical labels, and praise, give no edge.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("a speaker in apposition keeps the words he said", "[extract]") {
  SECTION("French: labelled remarks of an apposed accuser") {
    const auto edges = Edges(
        "Crise\n\nLe Premier ministre malien, Choguel Kokalla Maïga, a accusé la France "
        "d'un abandon en plein vol.\n\nLe président français Emmanuel Macron a jugé ces "
        "propos « inadmissibles ».");
    CHECK(edges.count("Macron criticizes Choguel Maiga") > 0);
    CHECK(edges.count("Macron criticizes France") == 0);
  }
  SECTION("English: labelled remarks of an apposed accuser") {
    const auto edges = Edges(
        "Crisis\n\nMali's prime minister, Choguel Kokalla Maiga, accused France of "
        "abandoning Mali.\n\nFrench President Emmanuel Macron called the remarks "
        "\"unacceptable\".");
    CHECK(edges.count("Macron criticizes Choguel Maiga") > 0);
  }
  SECTION("English: the one warned is no speaker") {
    const auto edges = Edges(
        "Crisis\n\nThe ministry's spokesman, Dmitry Peskov, warned Latvia against any "
        "provocation.\n\nLatvia called the remarks \"unacceptable\".");
    CHECK(edges.count("Latvia criticizes Peskov") > 0);
  }
  SECTION("a postposed speaker is still the speaker") {
    const auto edges = Edges(
        "Crisis\n\nRussia will stay in Kazakhstan as long as needed, said Dmitry Peskov on "
        "Tuesday.\n\nLatvia called the remarks \"unacceptable\".");
    CHECK(edges.count("Latvia criticizes Peskov") > 0);
  }
  SECTION("a postposed title and name are the speaker") {
    const auto edges = Edges(
        "Crise\n\n« Le Sénégal condamne fermement le Mali », a déclaré le président "
        "sénégalais Macky Sall.");
    CHECK(edges.count("Macky Sall criticizes Mali") > 0);
  }
  SECTION("a negated label gives no edge") {
    const auto edges = Edges(
        "Crisis\n\nMali's prime minister, Choguel Kokalla Maiga, accused France of "
        "abandoning Mali.\n\nFrench President Emmanuel Macron did not call the remarks "
        "\"unacceptable\".");
    CHECK(edges.count("Macron criticizes Choguel Maiga") == 0);
  }
}

TEST_CASE("a label on a decision blames the author of the act told before", "[extract]") {
  SECTION("English definite decision noun") {
    const auto edges = Edges(
        "Sanctions\n\nThe U.S. Treasury on Monday sanctioned James Kabarebe, a Rwandan "
        "minister.\n\nKigali called the measure \"unjustified\".");
    CHECK(edges.count("Rwanda criticizes US Treasury") > 0);
  }
  SECTION("French demonstrative") {
    const auto edges = Edges(
        "Sanctions\n\nLe Trésor américain a sanctionné lundi James Kabarebe, ministre "
        "rwandais.\n\nKigali a jugé cette mesure « injustifiée ».");
    CHECK(edges.count("Rwanda criticizes US Treasury") > 0);
  }
  SECTION("the coordinated subjects of one act are its authors together") {
    const auto edges = Edges(
        "Georgia\n\nLithuania, Latvia and Estonia went further on Monday, announcing entry "
        "bans on Georgian officials.\n\nThe Georgian foreign ministry called the move "
        "\"regrettable\".");
    CHECK(edges.count("Georgian Foreign Ministry criticizes Lithuania") > 0);
    CHECK(edges.count("Georgian Foreign Ministry criticizes Estonia") > 0);
    const auto fr = Edges(
        "Géorgie\n\nLa Lituanie, la Lettonie et l'Estonie ont annoncé lundi des interdictions "
        "d'entrée visant des responsables géorgiens.\n\nLe ministère géorgien des Affaires "
        "étrangères a jugé cette décision « regrettable ».");
    CHECK(fr.count("Georgian Foreign Ministry criticizes Latvia") > 0);
  }
  SECTION("two acts of different authors leave the move unknown") {
    const auto edges = Edges(
        "Georgia\n\nLithuania announced entry bans on Georgian officials on Monday, and Poland "
        "decided to recall its envoy.\n\nThe Georgian foreign ministry called the move "
        "\"regrettable\".");
    CHECK(edges.count("Georgian Foreign Ministry criticizes Lithuania") == 0);
    CHECK(edges.count("Georgian Foreign Ministry criticizes Poland") == 0);
  }
  SECTION("a hypothetical label gives no edge") {
    const auto edges = Edges(
        "Sanctions\n\nThe U.S. Treasury on Monday sanctioned James Kabarebe, a Rwandan "
        "minister.\n\nKigali would call the measure \"unjustified\" if it were confirmed.");
    CHECK(edges.count("Rwanda criticizes US Treasury") == 0);
  }
  SECTION("a positive label is no criticism") {
    const auto edges = Edges(
        "Sanctions\n\nThe U.S. Treasury on Monday sanctioned James Kabarebe, a Rwandan "
        "minister.\n\nKigali called the measure \"justified\".");
    CHECK(edges.count("Rwanda criticizes US Treasury") == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
