// A body's chief of one field is an official of the
// body, not its head -- "the UN refugee chief, X", "le chef des affaires
// humanitaires des Nations unies, X" -- while the body's own chief still
// leads it; a state's secretary in French order ("le secrétaire indien aux
// Affaires étrangères, X") is an official of the adjective's state.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a body's chief of one field is its official", "[extract][titles]") {
  const auto en = Edges("The UN refugee chief, Filippo Grandi, visited camps in Chad on Monday.");
  CHECK(en.count("Grandi official_of UN") == 1);
  CHECK(en.count("Grandi leads UN") == 0);
  const auto en2 = Edges(
      "The United Nations human rights chief, Volker Türk, urged Ethiopia to free the detainees.");
  CHECK(en2.count("Volker Turk official_of UN") == 1);
  const auto fr = Edges(
      "Lundi, le chef des affaires politiques de l'Union africaine, Bankole Adeoye, est arrivé "
      "à Bangui.");
  CHECK(fr.count("Adeoye official_of African Union") == 1);
  CHECK(fr.count("Adeoye leads African Union") == 0);
}

TEST_CASE("the body's own chief still leads it, a state's army chief is no body's",
          "[extract][titles]") {
  CHECK(Edges("The UN chief, Antonio Guterres, called for a ceasefire in Gaza.")
            .count("Guterres leads UN") == 1);
  // A movement's political bureau: its head leads the movement (no plural field).
  const auto hamas =
      Edges("Le chef du bureau politique du Hamas, Ismaïl Haniyeh, a rejeté l'offre.");
  CHECK(hamas.count("Haniyeh official_of Hamas") == 0);
  // A nationality is no body: no official_of a body from "Kenyan army chief".
  for (const std::string& e : Edges("The Kenyan army chief, Charles Kahariri, visited Goma.")) {
    CHECK(e.find("official_of UN") == std::string::npos);
  }
}

TEST_CASE("a state's secretary in French order is its official", "[extract][titles]") {
  CHECK(Edges("Le secrétaire indien aux Affaires étrangères, Vikram Misri, a démenti.")
            .count("Misri official_of India") == 1);
  CHECK(Edges("La secrétaire américaine au Trésor, Janet Yellen, a annoncé des sanctions.")
                .count("Janet Yellen official_of United States") +
            Edges("La secrétaire américaine au Trésor, Janet Yellen, a annoncé des sanctions.")
                .count("Yellen official_of United States") ==
        1);
}
