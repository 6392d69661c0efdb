// Persons and organizations no dictionary knows (engine_discovery.cc): a name
// before ", qui", ", à la tête de" or a verb of taking office; a name spelled
// out by its bracketed acronym across "et"/"and"; titles of movement officers
// (roles_movement_officers.tsv), member nouns of militants and fighters
// (triggers_membership_militants_fighters.tsv) and clerical honorifics.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("an unlisted person heads a body through qui dirige, à la tête de, elected",
          "[extract][discovery]") {
  const auto qui = Edges(
      "Boubacar Tiendrébéogo, qui dirige le Front populaire de libération du Kouilou (FPLK), a refusé "
      "de signer.",
      "2023-04-12");
  CHECK(qui.count("Boubacar Tiendrébéogo leads FPLK"));
  const auto tete = Edges(
      "Boubacar Tiendrébéogo, à la tête du Front populaire de libération du Kouilou (FPLK) depuis 2020, "
      "a refusé de signer.",
      "2023-04-12");
  CHECK(tete.count("Boubacar Tiendrébéogo leads FPLK"));
  const auto fr_elu = Edges(
      "Aminata Kouyatéba a été élue présidente de la Ligue des cultivateurs du Sahel (LCS) "
      "samedi.",
      "2023-04-12");
  CHECK(fr_elu.count("Aminata Kouyatéba leads LCS"));
  const auto en = Edges(
      "Darius Okonkwo-Bale was appointed head of the Western Farmers Union (WFU) on Friday.",
      "2023-04-12");
  CHECK(en.count("Darius Okonkwo-Bale leads WFU"));
}

TEST_CASE("a place before qui is no person", "[extract][discovery]") {
  // After "de": the name of a place the text locates, not a person.
  const auto ids = EntityIds(
      "Les habitants de Haute Tiribé, qui ont fui les combats, accusent le Front populaire "
      "de résistance (FPR) de pillages.",
      "2023-04-12");
  CHECK_FALSE(ids.count("Haute Tiribé"));
}

TEST_CASE("a name spelled out by its acronym runs past et and and", "[extract][discovery]") {
  const auto fr = Edges(
      "Le colonel Issa Wendpouiré, porte-parole du Rassemblement pour la paix et la "
      "réconciliation (RPR), a démenti l'attaque.",
      "2023-04-12");
  CHECK(fr.count("Issa Wendpouiré official_of RPR"));
  // "de l'Est": a capitalised Est is part of the name, not the verb.
  const auto est = Edges(
      "Issa Wendpouiré, membre de la Ligue de défense de l'Est (LDE), a été arrêté.",
      "2023-04-12");
  CHECK(est.count("Issa Wendpouiré member_of LDE"));
}

TEST_CASE("officers and members of an unlisted movement", "[extract][discovery]") {
  const auto fr = Edges(
      "Issa Wendpouiré, chargé de communication du Rassemblement des patriotes (RDP), a "
      "confirmé la libération des otages.",
      "2023-04-12");
  CHECK(fr.count("Issa Wendpouiré official_of RDP"));
  const auto senior = Edges(
      "Brig. Gen. Tomas Ferreyrola, a senior commander of the Coastal Defence Front (CDF), "
      "said the port had fallen.",
      "2023-04-12");
  CHECK(senior.count("Tomas Ferreyrola official_of CDF"));
  CHECK_FALSE(senior.count("Tomas Ferreyrola leads CDF"));
  const auto militant = Edges(
      "Aïssata Dembelé, militante du Rassemblement des patriotes (RDP), a été libérée.",
      "2023-04-12");
  CHECK(militant.count("Aïssata Dembelé member_of RDP"));
  const auto fighter = Edges(
      "Yusuf Abdikarimov, a fighter with the Coastal Defence Front (CDF), was killed on "
      "Sunday.",
      "2023-04-12");
  CHECK(fighter.count("Yusuf Abdikarimov member_of CDF"));
  // "deployed as part of an operation" is no membership.
  const auto part = Edges(
      "Some 300 Kenyan police officers were deployed to Haiti as part of the Multinational "
      "Security Support Mission (MSSM).",
      "2024-07-01");
  CHECK_FALSE(part.count("Kenya member_of MSSM"));
}

TEST_CASE("clerical honorifics open a name without joining it", "[extract][discovery]") {
  const auto fr = Edges(
      "Mgr Édouard Kabasele-Tshimanga a dénoncé le Rassemblement des patriotes (RDP).",
      "2023-04-12");
  CHECK(fr.count("Édouard Kabasele-Tshimanga criticizes RDP"));
}
