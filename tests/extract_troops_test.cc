// Deployments on short sentences of our own: readiness and conditions,
// refusals and negated requests, troops without a deployment, quantities,
// coordinated destinations and the default destination.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("troops: readiness, conditions and refusals give no deployment", "[extract]") {
  CHECK_FALSE(HasPredicate(
      Edges("Le Sénégal et le Bénin se sont dits prêts à envoyer des soldats au Niger si la "
            "Cedeao le décidait.",
            "2023-08-10"),
      "sends_troops"));
  CHECK_FALSE(HasPredicate(
      Edges("Senegal said it was ready to send troops to Niger.", "2023-08-10"), "sends_troops"));
  CHECK_FALSE(HasPredicate(
      Edges("Joe Biden a exclu l'envoi de soldats américains en Ukraine.", "2022-03-02"),
      "sends_troops"));
  CHECK_FALSE(HasPredicate(
      Edges("Le Burkina Faso n'a pas demandé l'envoi de troupes russes au Burkina Faso.",
            "2023-07-29"),
      "sends_troops"));
  CHECK_FALSE(HasPredicate(
      Edges("Selon lui, les soldats russes « n'ont pas rempli leur mission » en Arménie.",
            "2023-09-21"),
      "sends_troops"));
  // "même si" concedes: the deployment holds
  CHECK(Edges("La Russie a envoyé des troupes au Kazakhstan, même si Moscou dément.", "2022-01-07")
            .count("Russia sends_troops Kazakhstan"));
}

TEST_CASE("troops: quantities and coordinated destinations", "[extract]") {
  auto f = Edges(
      "Les États-Unis ont déployé plusieurs milliers de soldats supplémentaires en Pologne et en "
      "Roumanie.",
      "2022-03-02");
  CHECK(f.count("United States sends_troops Poland"));
  CHECK(f.count("United States sends_troops Romania"));
  auto e = Edges("Russia flew paratroopers into Kazakhstan on Thursday.", "2022-01-07");
  CHECK(e.count("Russia sends_troops Kazakhstan"));
}

TEST_CASE("troops: the default destination is never a sender", "[extract]") {
  auto f = Edges(
      "RDC : Kinshasa accuse Kigali\n\nLe Rwanda a reproché à la RDC son soutien aux milices. "
      "Le Rwanda a dénoncé le déploiement de troupes étrangères dans l'est du Congo. La Tanzanie "
      "et le Malawi ont envoyé des contingents depuis décembre.",
      "2024-02-17");
  CHECK(f.count("Tanzania sends_troops DR Congo"));
  CHECK_FALSE(f.count("Tanzania sends_troops Rwanda"));
}
