// Sendings, on sentences of our own: a bound on the number of
// troops ("plus de", "more than", "au total") and fighters as the object of
// a sending verb.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a bound on the number of troops sent", "[extract]") {
  auto e = Edges("En deux jours, le Tchad a déployé au Niger plus de 1 200 soldats.", "2023-08-02");
  CHECK(e.count("Chad sends_troops Niger"));
  auto f = Edges("Le Ghana et le Sénégal ont envoyé au total quelque 900 hommes en Gambie.",
                 "2023-08-02");
  CHECK(f.count("Ghana sends_troops Gambia"));
  CHECK(f.count("Senegal sends_troops Gambia"));
  auto g = Edges("Kenya sent more than 400 police officers to Haiti on Tuesday.", "2024-06-26");
  CHECK(g.count("Kenya sends_troops Haiti"));
  auto h = Edges("Rwanda deployed at least 1,000 soldiers to Mozambique.", "2021-08-02");
  CHECK(h.count("Rwanda sends_troops Mozambique"));
  // negated, and a conditional: no sending
  auto n = Edges("Le Tchad n'a pas déployé plus de 1 200 soldats au Niger.", "2023-08-02");
  CHECK_FALSE(n.count("Chad sends_troops Niger"));
  auto c = Edges("Kenya would send more than 400 police officers to Haiti.", "2024-06-26");
  CHECK_FALSE(c.count("Kenya sends_troops Haiti"));
  // "over" before a place is no bound: nothing is sent over a border
  auto o = Edges("Rwanda moved over the border into Uganda.", "2021-08-02");
  CHECK_FALSE(o.count("Rwanda sends_troops Uganda"));
}

TEST_CASE("fighters sent, and a movement's own fighters", "[extract]") {
  auto e = Edges("Wagner deployed fighters in the Central African Republic in 2018.", "2023-02-02");
  CHECK(e.count("Wagner sends_troops Central African Republic"));
  auto f = Edges("L'Iran a dépêché des combattants en Syrie dès 2013.", "2023-02-02");
  CHECK(f.count("Iran sends_troops Syria"));
  // a movement's fighters who must leave a region send nothing
  auto g = Edges(
      "L'accord prévoit le déploiement de soldats libanais au sud du fleuve, d'où les "
      "combattants du Hezbollah devront se retirer.",
      "2024-11-27");
  CHECK_FALSE(g.count("Hezbollah sends_troops Lebanon"));
  // a nationality of fighters names no sender
  auto h = Edges("Des combattants syriens ont été envoyés en Libye, selon l'ONU.", "2020-06-02");
  CHECK_FALSE(h.count("Syria sends_troops Libya"));
}

TEST_CASE("forces kept or stationed abroad", "[extract]") {
  auto e = Edges(
      "Les États-Unis, qui comptent environ 1 100 militaires déployés au Niger, ont suspendu "
      "leur coopération.",
      "2023-08-02");
  CHECK(e.count("United States sends_troops Niger"));
  auto f = Edges("The United Kingdom keeps about 900 troops in Estonia.", "2023-08-02");
  CHECK(f.count("United Kingdom sends_troops Estonia"));
  auto g = Edges("La Russie maintient 3 000 soldats en Arménie.", "2023-08-02");
  CHECK(g.count("Russia sends_troops Armenia"));
  auto h = Edges("Les soldats russes stationnés en Arménie n'ont pas bougé.", "2023-08-02");
  CHECK(h.count("Russia sends_troops Armenia"));
  auto i = Edges("Some 3,000 Russian troops are stationed in Armenia.", "2023-08-02");
  CHECK(i.count("Russia sends_troops Armenia"));
  // an army's own size, with no place named: nobody is sent
  auto n = Edges("Le Niger s'inquiète. L'armée française compte 200 000 militaires.", "2023-08-02");
  CHECK_FALSE(n.count("France sends_troops Niger"));
  auto m = Edges("Niger is worried. France keeps 200,000 troops.", "2023-08-02");
  CHECK_FALSE(m.count("France sends_troops Niger"));
  // negated and conditional
  auto o = Edges("La Russie ne maintient plus de soldats en Arménie.", "2023-08-02");
  CHECK_FALSE(o.count("Russia sends_troops Armenia"));
  auto p = Edges("The United Kingdom would keep 900 troops in Estonia.", "2023-08-02");
  CHECK_FALSE(p.count("United Kingdom sends_troops Estonia"));
}
