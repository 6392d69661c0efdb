// Troop contributions written without a "S sends troops to O" frame, the
// destination of troops sent to help a country's forces, and deployments
// that a negated or hypothetical noun phrase denies (sentences of our own).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("nationality lists on troop nouns name each sender", "[extract]") {
  auto f = Edges(
      "Soldats russes, biélorusses, arméniens, tadjiks et kirghizes ont été dépêchés au "
      "Kazakhstan.",
      "2022-01-12");
  for (const char* c : {"Russia", "Belarus", "Armenia", "Tajikistan", "Kyrgyzstan"})
    CHECK(f.count(std::string(c) + " sends_troops Kazakhstan"));
  auto g =
      Edges("Des unités biélorusses et arméniennes sont attendues au Kazakhstan.", "2022-01-07");
  CHECK(g.count("Belarus sends_troops Kazakhstan"));
  CHECK(g.count("Armenia sends_troops Kazakhstan"));
  auto h = Edges(
      "The force deployed in Kazakhstan comprises military personnel from Belarus and "
      "Armenia.",
      "2022-01-08");
  CHECK(h.count("Belarus sends_troops Kazakhstan"));
  CHECK(h.count("Armenia sends_troops Kazakhstan"));
}

TEST_CASE("troops sent to help a country's forces go to that country", "[extract]") {
  auto f = Edges(
      "The SADC mission, which had deployed troops from South Africa and Tanzania to help the "
      "Congolese army, is leaving Congo.",
      "2025-03-18");
  CHECK(f.count("South Africa sends_troops DR Congo"));
  CHECK(f.count("Tanzania sends_troops DR Congo"));
  auto g =
      Edges("Burundian soldiers, who fought alongside Congolese troops, left Congo.", "2025-03-18");
  CHECK(g.count("Burundi sends_troops DR Congo"));
  // the partner's troops are not sent anywhere
  CHECK(Edges("Congolese troops fought alongside Burundian soldiers in Congo.", "2025-03-18")
            .count("DR Congo sends_troops DR Congo") == 0);
}

TEST_CASE("negated and hypothetical troop phrases give no edge", "[extract]") {
  CHECK_FALSE(HasPredicate(
      Edges("Il n'y a pas eu d'annonce d'envoi de soldats français en Ukraine.", "2024-02-27"),
      "sends_troops"));
  CHECK_FALSE(HasPredicate(
      Edges("There is no sign that any U.S. troops have been deployed to Guyana.", "2023-12-15"),
      "sends_troops"));
  CHECK_FALSE(HasPredicate(
      Edges("Deputies questioned whether Kyrgyz soldiers should be deployed to Kazakhstan.",
            "2022-01-08"),
      "sends_troops"));
  CHECK_FALSE(HasPredicate(
      Edges("\"This is a pause. If Venezuela were to send troops to Guyana, the order would be "
            "meaningless,\" she said.",
            "2023-12-15"),
      "sends_troops"));
  // hired fighters: their nationality sends nobody
  CHECK_FALSE(HasPredicate(
      Edges("Des mercenaires syriens ont été déployés en Libye.", "2020-06-21"), "sends_troops"));
  // an army deployed in its own country is not sent
  CHECK_FALSE(HasPredicate(
      Edges("L'armée libanaise a déployé 5 000 soldats au Liban.", "2024-11-27"), "sends_troops"));
  // the affirmative counterparts fire
  CHECK(Edges("Il y a eu l'envoi de soldats français en Ukraine.", "2024-02-27")
            .count("France sends_troops Ukraine"));
  CHECK(Edges("Kyrgyz soldiers were deployed to Kazakhstan.", "2022-01-08")
            .count("Kyrgyzstan sends_troops Kazakhstan"));
}

TEST_CASE("a particle between the motion verb and the troops", "[extract]") {
  auto f =
      Edges("Tajikistan and Belarus flew in a few hundred troops to Kazakhstan.", "2022-01-14");
  CHECK(f.count("Tajikistan sends_troops Kazakhstan"));
  CHECK(f.count("Belarus sends_troops Kazakhstan"));
}

TEST_CASE("help to be stopped is not asked for", "[extract]") {
  CHECK_FALSE(HasPredicate(
      Edges("Le secrétaire général de l'ONU, António Guterres, a appelé les forces rwandaises à "
            "cesser leur soutien au M23.",
            "2025-01-27"),
      "requests_aid"));
  CHECK(Edges("Le Mali a demandé l'aide de la Russie.", "2021-09-25")
            .count("Mali requests_aid Russia"));
}
