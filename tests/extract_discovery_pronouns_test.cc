// Personal pronouns across and inside sentences (engine_coref.cc
// ResolvePronoun): not a person named inside the quotation the pronoun
// attributes, not a person of the other gender, not the antecedent of the
// relative clause whose subject the pronoun is.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("the incise pronoun of a quotation is not a person quoted in it",
          "[extract][discovery]") {
  const auto fr = Edges(
      "Le chancelier allemand Olaf Scholz s'est rendu lundi à Kiev.\n\n"
      "« Nous soutenons pleinement le président Volodymyr Zelensky », a-t-il déclaré.",
      "2023-02-20");
  CHECK(fr.count("Scholz supports Zelensky"));
  CHECK_FALSE(fr.count("Zelensky supports Zelensky"));
  // The quotation names nobody: the speaker before still speaks.
  const auto en = Edges(
      "Polish Prime Minister Donald Tusk arrived in Kyiv on Monday.\n\n"
      "\"We stand with President Volodymyr Zelensky,\" he said.",
      "2024-02-20");
  CHECK_FALSE(en.count("Zelensky supports Zelensky"));
}

TEST_CASE("a feminine pronoun skips the man named last", "[extract][discovery]") {
  const auto en = Edges(
      "Sergei Lavrov met Annalena Baerbock in Moscow on Tuesday.\n\n"
      "She accused Russia of blackmail over gas supplies.",
      "2022-01-18");
  CHECK(en.count("Baerbock accuses Russia"));
  CHECK_FALSE(en.count("Lavrov accuses Russia"));
  // A masculine pronoun keeps the man named last.
  const auto he = Edges(
      "Sergei Lavrov met Annalena Baerbock in Moscow on Tuesday.\n\n"
      "He accused Germany of hostility over gas supplies.",
      "2022-01-18");
  CHECK(he.count("Lavrov accuses Germany"));
  CHECK_FALSE(he.count("Baerbock accuses Germany"));
}

TEST_CASE("the subject of a relative clause is not its antecedent", "[extract][discovery]") {
  const auto fr = Edges(
      "Le chancelier allemand Olaf Scholz a reçu jeudi le président turc Recep Tayyip "
      "Erdogan, avec qui il a condamné l'Iran pour ses livraisons de drones.",
      "2023-01-12");
  CHECK(fr.count("Scholz criticizes Iran"));
  CHECK_FALSE(fr.count("Erdogan criticizes Iran"));
  const auto en = Edges(
      "British Prime Minister Rishi Sunak hosted Turkish President Recep Tayyip Erdogan, with "
      "whom he condemned Iran for its drone deliveries.",
      "2023-01-12");
  CHECK(en.count("Sunak criticizes Iran"));
  CHECK_FALSE(en.count("Erdogan criticizes Iran"));
}

TEST_CASE("it after a fronted adjunct takes up the subject before, in both clauses",
          "[extract][discovery]") {
  const auto e = Edges(
      "NATO held an emergency meeting in Brussels on Monday.\n\n"
      "On Tuesday it accused Russia of violating Polish airspace, and it warned Moscow "
      "against any further incursion.",
      "2023-09-12");
  CHECK(e.count("NATO accuses Russia"));
  CHECK(e.count("NATO warns Russia"));
  // An impersonal "it is" after the adjunct stands for nobody.
  const auto imp = Edges(
      "Poland summoned the Russian ambassador on Monday.\n\n"
      "On Tuesday it is unclear whether Warsaw will accuse Moscow of sabotage.",
      "2023-09-12");
  CHECK_FALSE(imp.count("Poland accuses Poland"));
}

TEST_CASE("the two leaders are the two named together, not one of three", "[extract][discovery]") {
  const auto two = Edges(
      "Emmanuel Macron et Olaf Scholz étaient à Bruxelles lundi.\n\n"
      "Les deux dirigeants se sont entretenus en marge du sommet.",
      "2022-02-07");
  CHECK(two.count("Macron meets Scholz"));
  const auto three = Edges(
      "Joe Biden phoned Xi Jinping on Monday, then called Fumio Kishida.\n\n"
      "The two leaders condemned North Korea's missile launch.",
      "2022-02-07");
  CHECK_FALSE(three.count("Xi Jinping criticizes North Korea"));
  CHECK_FALSE(three.count("Kishida criticizes North Korea"));
}

TEST_CASE("with X V-ing has X as its subject", "[extract][discovery]") {
  const auto e = Edges(
      "Talks in Jeddah, hosted by Saudi Arabia, stalled on Monday, with Washington blaming "
      "Russia for the delay.",
      "2023-06-05");
  CHECK(e.count("United States accuses Russia"));
  CHECK_FALSE(e.count("Saudi Arabia accuses Russia"));
}
