// Cross-sentence references (engine_coref.cc): object pronouns.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("an English object pronoun is the one person of the sentence before", "[extract]") {
  auto e = Edges(
      "Alexander Lukashenko claimed victory in the disputed vote on Sunday. Russian President "
      "Vladimir Putin congratulated him on the result.");
  CHECK(e.count("Putin supports Lukashenko"));
  CHECK_FALSE(e.count("Putin supports Putin"));
  // "her" ending its phrase; a possessive "her" is no object.
  auto f = Edges(
      "Giorgia Meloni arrived in Kyiv on Tuesday. Volodymyr Zelensky praised her for the new "
      "aid package.");
  CHECK(f.count("Zelensky supports Meloni"));
}

TEST_CASE("an object pronoun with two candidates or a clash stays unresolved", "[extract]") {
  // Two men in the sentence before: which one is not said.
  auto e = Edges(
      "Lukashenko met Olaf Scholz in Minsk on Monday. Vladimir Putin congratulated him the "
      "next day.");
  CHECK_FALSE(e.count("Putin supports Lukashenko"));
  CHECK_FALSE(e.count("Putin supports Scholz"));
  // Only a woman before a masculine pronoun.
  auto f = Edges(
      "Annalena Baerbock arrived in Minsk on Monday. Vladimir Putin congratulated him the next "
      "day.");
  CHECK_FALSE(f.count("Putin supports Baerbock"));
  // A subject pronoun before it: whose "him" is not known.
  auto g = Edges("Lukashenko spoke on Sunday. He congratulated him on television.");
  CHECK_FALSE(g.count("Lukashenko supports Lukashenko"));
  // "her government": a possessive.
  auto h = Edges(
      "Giorgia Meloni arrived in Kyiv on Tuesday. Volodymyr Zelensky praised her government.");
  CHECK_FALSE(h.count("Zelensky supports Meloni"));
}

TEST_CASE("an object pronoun in a clause with another subject may be the main subject's",
          "[extract]") {
  // "X ..., after NATO asked him": X is not excluded, so no earlier person
  // may be taken instead.
  auto e = Edges(
      "Olaf Scholz visited Warsaw on Monday. Emmanuel Macron stayed in Paris after NATO "
      "criticized him for the delay.");
  CHECK_FALSE(e.count("NATO criticizes Scholz"));
}

TEST_CASE("French stressed pronoun after avec stands for the person before", "[extract]") {
  auto e = Edges(
      "Alexandre Loukachenko est arrivé lundi à Moscou. Vladimir Poutine s'est entretenu avec lui "
      "pendant trois heures.");
  CHECK(e.count("Putin meets Lukashenko"));
  // Two men named before: unresolved.
  auto f = Edges(
      "Alexandre Loukachenko et Olaf Scholz sont arrivés lundi à Moscou. Vladimir Poutine s'est "
      "entretenu avec lui pendant trois heures.");
  CHECK_FALSE(f.count("Putin meets Lukashenko"));
  CHECK_FALSE(f.count("Putin meets Scholz"));
}

TEST_CASE("a repeated subject pronoun keeps its referent over objects in between", "[extract]") {
  auto e = Edges(
      "Olaf Scholz a condamné l'offensive. Il s'est entretenu avec Volodymyr Zelensky dans la "
      "matinée, puis, à la demande du président ukrainien, il a rencontré Alexandre "
      "Loukachenko.");
  CHECK(e.count("Scholz meets Zelensky"));
  CHECK(e.count("Scholz meets Lukashenko"));
  CHECK_FALSE(e.count("Zelensky meets Lukashenko"));
  auto f = Edges(
      "Olaf Scholz landed in Kyiv on Monday. He met Volodymyr Zelensky in the morning, and "
      "then he met Alexander Lukashenko.");
  CHECK(f.count("Scholz meets Lukashenko"));
  CHECK_FALSE(f.count("Zelensky meets Lukashenko"));
  // A person subject of its own clause in between takes the pronoun.
  auto g = Edges(
      "Olaf Scholz landed in Kyiv on Monday. He said that Volodymyr Zelensky had warned that he "
      "would meet Alexander Lukashenko.");
  CHECK_FALSE(g.count("Scholz meets Lukashenko"));
}

TEST_CASE("consecutive opening subject pronouns stand for one person", "[extract]") {
  auto e = Edges(
      "Hemedti has been courting the region's capitals. In a tour that began in May he was "
      "received by President William Ruto. In Addis Ababa, he also met Abdalla Hamdok.");
  CHECK(e.count("Hemedti meets Hamdok"));
  CHECK_FALSE(e.count("Ruto meets Hamdok"));
  auto f = Edges(
      "Hemedti multiplie les visites dans la région. Lors d'une tournée entamée en mai, il a été "
      "reçu par le président kényan William Ruto. À Addis-Abeba, il a aussi rencontré Abdalla "
      "Hamdok.");
  CHECK(f.count("Hemedti meets Hamdok"));
  CHECK_FALSE(f.count("Ruto meets Hamdok"));
  // Another pronoun form: no chain.
  auto g = Edges(
      "Hemedti has been courting the region's capitals. In May he was received by President "
      "William Ruto. In Addis Ababa, she met Abdalla Hamdok.");
  CHECK_FALSE(g.count("Hemedti meets Hamdok"));
}
