// Clause-level rules on short sentences of our own: verbs that inherit the
// main clause's subject, purpose clauses with a possessive aid noun, object
// relatives with an inverted subject.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("clauses: a coordinated verb takes the main subject, not the que-clause's", "[extract]") {
  auto f = Edges(
      "Le président Emmanuel Macron a jugé que le Mali « devait voter » et a critiqué la "
      "présence des soldats russes.",
      "2022-01-20");
  CHECK(f.count("Macron criticizes Russia"));
  CHECK_FALSE(f.count("Mali criticizes Russia"));
  auto e = Edges(
      "Antony Blinken said that Kazakhstan could restore order and criticized the presence of "
      "Russian troops.",
      "2022-01-20");
  CHECK(e.count("Blinken criticizes Russia"));
  CHECK_FALSE(e.count("Kazakhstan criticizes Russia"));
}

TEST_CASE("clauses: gerunds take the main subject", "[extract]") {
  auto f = Edges(
      "Vladimir Poutine a rejeté ces critiques, en reprochant à la France son "
      "ingérence.",
      "2022-01-20");
  CHECK(f.count("Putin accuses France"));
  auto f2 =
      Edges("Vladimir Poutine a salué l'accord tout en accusant l'OTAN de mentir.", "2022-01-20");
  CHECK(f2.count("Putin accuses NATO"));
  auto e = Edges(
      "Vladimir Putin dismissed Antony Blinken's remarks, calling them false and accusing "
      "Washington of hypocrisy.",
      "2022-01-20");
  CHECK(e.count("Putin accuses United States"));
  CHECK_FALSE(e.count("Blinken accuses United States"));
}

TEST_CASE("clauses: a purpose clause asks the actor named after vers/to for 'its' help",
          "[extract]") {
  auto f = Edges(
      "Le président Kassym-Jomart Tokaïev s'est tourné vers l'OTSC, une alliance que domine "
      "la Russie, pour solliciter son aide.",
      "2022-01-07");
  CHECK(f.count("Tokayev requests_aid CSTO"));
  CHECK_FALSE(f.count("Russia requests_aid CSTO"));
  CHECK(f.count("Russia leads CSTO"));
}

TEST_CASE("clauses: a possessive title belongs to the acting organization", "[extract]") {
  auto f = Edges(
      "La diplomatie russe a réagi. Sa porte-parole, Maria Zakharova, a dénoncé l'ingérence "
      "de l'OTAN.",
      "2022-01-07");
  CHECK(f.count("Zakharova official_of Russian Foreign Ministry"));
  auto f2 = Edges(
      "Le Conseil national pour la sauvegarde de la patrie (CNSP) a répondu par la voix de son "
      "porte-parole, le colonel Jean Dupontel.",
      "2023-08-10");
  CHECK(f2.count("Jean Dupontel official_of CNSP"));
}

TEST_CASE("clauses: 'celui-ci' is the person named last", "[extract]") {
  auto f = Edges("Le colonel Jean Dupontel a pris la parole. Celui-ci a accusé la France.",
                 "2023-08-10");
  CHECK(f.count("Jean Dupontel accuses France"));
  // a complement "de celle-ci" is no subject
  auto g =
      Edges("Vladimir Poutine a parlé de l'OTSC lors d'une session de celle-ci.", "2022-01-10");
  CHECK_FALSE(g.count("Putin accuses OTSC"));
}

TEST_CASE("clauses: criticism with adverbs, labels and acts", "[extract]") {
  CHECK(Edges("Nikol Pachinian s'en est surtout pris à la Russie.", "2023-09-21")
            .count("Pashinyan criticizes Russia"));
  CHECK_FALSE(Edges("Nikol Pachinian a pris à la Russie deux villages.", "2023-09-21")
                  .count("Pashinyan criticizes Russia"));
  CHECK(Edges("Le président Emmanuel Macron a jugé inacceptable la présence des soldats russes.",
              "2022-01-20")
            .count("Macron criticizes Russia"));
  CHECK(Edges("Josep Borrell a condamné le recours à la force par l'Azerbaïdjan.", "2023-09-21")
            .count("Borrell criticizes Azerbaijan"));
  CHECK(Edges("Emmanuel Macron a qualifié les autorités maliennes d'« illégitimes ».", "2022-01-20")
            .count("Macron criticizes Mali"));
}

TEST_CASE("clauses: support nouns, warnings, dative meetings", "[extract]") {
  CHECK(Edges("Catherine Colonna a réaffirmé le soutien de la France aux efforts de la Cedeao.",
              "2023-08-10")
            .count("France supports ECOWAS"));
  CHECK(Edges("Le Mali a prévenu la Cedeao que toute intervention serait une déclaration de "
              "guerre.",
              "2023-08-10")
            .count("Mali warns ECOWAS"));
  CHECK(Edges("Le Mali et le Burkina Faso ont pris fait et cause pour le Niger.", "2023-08-10")
            .count("Burkina Faso supports Niger"));
  CHECK(Edges("Emmanuel Macron a assuré à Nikol Pachinian, lors d'un entretien téléphonique, "
              "que la France restait mobilisée.",
              "2023-09-21")
            .count("Macron meets Pashinyan"));
}

TEST_CASE("clauses: a country's institutions are named after the country", "[extract]") {
  CHECK(Edges("Nigeria's Senate urged President Bola Tinubu to favour diplomacy.", "2023-08-10")
            .count("Nigerian Senate requests_aid Tinubu") == 0);  // no aid noun: no request
  auto ids = kzgraph::testing::EntityIds(
      "Le Sénat nigérian a invité M. Tinubu à la prudence. Kyrgyzstan's parliament voted.",
      "2023-08-10");
  CHECK(ids.count("Nigerian Senate"));
  CHECK(ids.count("Kyrgyz parliament"));
  // a dictionary alias wins: "Sudanese army" is the Sudanese Armed Forces
  auto e =
      Edges("Sudan's army accused the RSF of looting. The army also accused Kenya.", "2023-06-15");
  CHECK(e.count("Sudanese Armed Forces accuses RSF"));
  CHECK(e.count("Sudanese Armed Forces accuses Kenya"));
  // an institution's vote sends its country's troops
  CHECK(Edges("Kyrgyzstan's parliament voted to approve sending its soldiers to Kazakhstan.",
              "2022-01-07")
            .count("Kyrgyzstan sends_troops Kazakhstan"));
}

TEST_CASE("clauses: a former office gives no edge", "[extract]") {
  auto f = Edges("L'ancien chef du KNB, Karim Massimov, a été arrêté.", "2022-01-08");
  CHECK_FALSE(f.count("Massimov leads KNB"));
  CHECK(Edges("Le chef du groupe Wagner, Evgueni Prigojine, a salué le coup d'État.", "2023-07-29")
            .count("Prigozhin leads Wagner"));
}
