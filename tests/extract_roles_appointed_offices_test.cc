// Offices given by a verb or "as" ("installed as Crimea's prime minister",
// "X, as chair of Y", "élu président de"), and which holder a bare title
// names ("le chef de l'État" before a prime minister named later).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("an office given by an appointment verb or 'as'", "[extract]") {
  auto e = Edges(
      "The vote followed an appeal from Sergei Aksyonov, the pro-Russian politician installed "
      "as Crimea's prime minister by the regional parliament.",
      "2014-03-01");
  CHECK(e.count("Aksyonov leads Crimea"));
  auto c = Edges(
      "The talks were hosted by Ralph Gonsalves, as chair of the regional bloc CELAC, and by "
      "Brazil.",
      "2023-12-14");
  CHECK(c.count("Ralph Gonsalves leads CELAC"));
  auto t = Edges("Ahmed Bello took over as head of the African Union Commission on Monday.",
                 "2023-12-14");
  CHECK(t.count("Ahmed Bello leads African Union Commission"));
  auto f = Edges("Mercredi, Omar Touray a été élu président de la Commission de la Cedeao.",
                 "2022-07-04");
  CHECK(f.count("Touray leads ECOWAS Commission"));
  // A removal, a candidacy and a resignation give no office.
  auto r = Edges(
      "Ahmed Bello was removed as head of the African Union Commission. Mercredi, Ali Diarra a "
      "démissionné comme président de l'association Berry-Eurasie. Ali Musa ran as candidate "
      "for head of the African Union Commission.",
      "2023-12-14");
  CHECK_FALSE(r.count("Ahmed Bello leads African Union Commission"));
  CHECK_FALSE(r.count("Ali Diarra leads Berry-Eurasie"));
  CHECK_FALSE(r.count("Ali Musa leads African Union Commission"));
}

TEST_CASE("a bare head-of-state title is the president before a prime minister", "[extract]") {
  auto f = Edges(
      "Le chef de l'État kazakh a assuré que la mission prendrait fin. Mardi, il a fait "
      "approuver la nomination d'Alikhan Smaïlov au poste de Premier ministre.",
      "2022-01-11");
  CHECK(f.count("Tokayev leads Kazakhstan"));
  CHECK(f.count("Smailov leads Kazakhstan"));
}

TEST_CASE("a presidency held by a person, a country or a body", "[extract]") {
  auto f =
      Edges("Le Brunei, qui assure cette année la présidence de l'ASEAN, a évoqué un dialogue.",
            "2021-02-02");
  CHECK(f.count("Brunei leads ASEAN"));
  auto e = Edges("Nigeria, which holds the rotating chairmanship of ECOWAS, said it would act.",
                 "2023-08-02");
  CHECK(e.count("Nigeria leads ECOWAS"));
  // "en" stands for the organization named before.
  auto en = Edges(
      "Les dirigeants de l'OTSC se sont réunis. Le sommet était présidé en ligne par Nikol "
      "Pachinian, qui en assure la présidence tournante.",
      "2022-01-10");
  CHECK(en.count("Pashinyan leads CSTO"));
  // Negation, a body named with no holder, and no body named before "en".
  auto n = Edges("Le Mali n'assure plus la présidence de la Cedeao.", "2023-08-02");
  CHECK_FALSE(n.count("Mali leads ECOWAS"));
  auto b = Edges("La présidence de l'Union africaine a réagi.", "2023-08-02");
  CHECK_FALSE(HasPredicate(b, "leads"));
  auto none = Edges(
      "Lors d'un sommet convoqué par Nikol Pachinian, qui en assure la présidence tournante, "
      "les dirigeants ont parlé.",
      "2022-01-10");
  CHECK_FALSE(HasPredicate(none, "leads"));
}

TEST_CASE("a class noun with its adjective stands for the body named before", "[extract]") {
  auto f = Edges(
      "La Cedeao a menacé d'intervenir. Le président nigérian Bola Tinubu, qui assure la "
      "présidence en exercice de l'organisation régionale, a parlé.",
      "2023-08-02");
  CHECK(f.count("Tinubu leads ECOWAS"));
  auto e = Edges(
      "Leaders of the CSTO met on Monday. Nikol Pashinyan holds the rotating presidency of the "
      "military alliance.",
      "2022-01-10");
  CHECK(e.count("Pashinyan leads CSTO"));
}

TEST_CASE("'l'organisation' after an organ stands for the organization", "[extract]") {
  auto f = Edges(
      "La Commission de la Cedeao a publié un communiqué. Bola Tinubu, qui assure depuis juillet "
      "la présidence de l'organisation, a ouvert le sommet.",
      "2023-08-10");
  CHECK(f.count("Tinubu leads ECOWAS"));
  CHECK_FALSE(f.count("Tinubu leads ECOWAS Commission"));
}

TEST_CASE("'la mission' and 'the force' stand for the body named so", "[extract]") {
  auto f = Edges(
      "Quelque 400 policiers kényans, premier contingent de la Mission multinationale d'appui à "
      "la sécurité (MMAS), sont arrivés. « Nous sommes ici pour la paix », a déclaré le "
      "commandant kényan Godfrey Otunge, qui prend la tête de la mission.",
      "2024-06-25");
  CHECK(f.count("Godfrey Otunge leads MMAS"));
  // "Commission" is no mission; "the new mission" is not the one named before.
  auto c =
      Edges("The African Union Commission met on Monday. Kenya said it backed the new mission.",
            "2024-06-25");
  CHECK_FALSE(c.count("Kenya supports African Union Commission"));
}
