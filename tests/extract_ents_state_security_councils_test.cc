// Bodies: a state's own security council, named with its
// state, beside the UN's Security Council of the dictionary.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("le Conseil de sécurité d'un État n'est pas celui de l'ONU (fr)", "[extract]") {
  const auto ids = EntityIds(
      "Tensions au Caucase\n\n"
      "Le Conseil de sécurité arménien s'est réuni mardi à Erevan. Le Conseil de sécurité "
      "de l'ONU a appelé au calme.");
  CHECK(ids.count("Armenian Security Council"));
  CHECK(ids.count("UN Security Council"));
  const auto head = Edges(
      "Tensions au Caucase\n\n"
      "Nikol Pachinian, président du Conseil de sécurité arménien, a accusé l'Azerbaïdjan.");
  CHECK(head.count("Pashinyan leads Armenian Security Council"));
  CHECK_FALSE(head.count("Pashinyan leads UN Security Council"));
}

TEST_CASE("a state's security council by its adjective or possessive (en)", "[extract]") {
  const auto ids = EntityIds(
      "Caucasus tensions\n\n"
      "Georgia's Security Council met on Tuesday. The Azerbaijani Security Council said it "
      "was ready. The Security Council will meet in New York on Friday.");
  CHECK(ids.count("Georgian Security Council"));
  CHECK(ids.count("Azerbaijani Security Council"));
  CHECK(ids.count("UN Security Council"));
  const auto head = Edges(
      "Caucasus tensions\n\n"
      "Ilham Aliyev, chairman of Azerbaijan's Security Council, accused Armenia on Monday.");
  CHECK(head.count("Aliyev leads Azerbaijani Security Council"));
  // Chairing the UN body in turn makes no state's council.
  const auto un = Edges(
      "Caucasus tensions\n\n"
      "France holds the presidency of the Security Council this month and accused Russia.");
  CHECK_FALSE(un.count("France leads French Security Council"));
}

TEST_CASE("a central electoral commission is its state's body", "[extract]") {
  const auto ids = EntityIds(
      "Vote in the Caucasus\n\n"
      "Observers from Armenia spent the day at the Central Election Commission in Tbilisi, "
      "where the count was slow.");
  CHECK(ids.count("Georgian CEC"));
  CHECK_FALSE(ids.count("Armenian CEC"));
  const auto fr = Edges(
      "Élections en Géorgie\n\n"
      "Irakli Kobakhidze, président de la commission électorale centrale géorgienne, a "
      "accusé l'opposition de fraude.");
  CHECK(fr.count("Kobakhidze leads Georgian CEC"));
  // A former chairman holds no office.
  const auto former = Edges(
      "Élections en Géorgie\n\n"
      "Irakli Kobakhidze, ancien président de la commission électorale centrale géorgienne, "
      "a quitté Tbilissi.");
  CHECK_FALSE(former.count("Kobakhidze leads Georgian CEC"));
}

TEST_CASE("a deputy head holds an office in the body, not its lead", "[extract]") {
  const auto fr = Edges(
      "Tensions au Caucase\n\n"
      "Ilham Aliyev, chef adjoint du Conseil de sécurité azerbaïdjanais, a accusé l'Arménie.");
  CHECK(fr.count("Aliyev official_of Azerbaijani Security Council"));
  CHECK_FALSE(fr.count("Aliyev leads Azerbaijani Security Council"));
  const auto en = Edges(
      "Caucasus tensions\n\n"
      "Nikol Pashinyan, the deputy commander of the Russian peacekeepers, met Ilham Aliyev.");
  CHECK(en.count("Pashinyan official_of Russian peacekeepers"));
  CHECK_FALSE(en.count("Pashinyan leads Russian peacekeepers"));
}
