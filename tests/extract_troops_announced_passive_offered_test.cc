// Deployments on short sentences of our own: announced deployments, troops
// as passive subjects, unit nouns, offers that send nobody, and a comma
// before French "et" that starts a new clause.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("an announced deployment is sent by the announcer", "[extract]") {
  CHECK(
      Edges("La Belgique a annoncé le déploiement d'environ 150 soldats en Lituanie.", "2023-05-02")
          .count("Belgium sends_troops Lithuania"));
  CHECK(Edges("Canada ordered the deployment of 300 troops to Latvia.", "2023-05-02")
            .count("Canada sends_troops Latvia"));
  // A critic of a deployment sends nobody.
  CHECK_FALSE(HasPredicate(
      Edges("Le Rwanda a dénoncé le déploiement de 300 soldats au Congo.", "2023-05-02"),
      "sends_troops"));
}

TEST_CASE("troops as passive subject and unit nouns", "[extract]") {
  CHECK(Edges("Three hundred soldiers were deployed to Estonia by Denmark.", "2023-05-02")
            .count("Denmark sends_troops Estonia"));
  CHECK(Edges("Cent soldats ont été déployés en Estonie par le Danemark.", "2023-05-02")
            .count("Denmark sends_troops Estonia"));
  CHECK(Edges("Some 1,500 US Marines were deployed to Djibouti.", "2023-05-02")
            .count("United States sends_troops Djibouti"));
  CHECK(Edges("La Pologne va dépêcher une brigade supplémentaire en Lituanie.", "2023-05-02")
            .count("Poland sends_troops Lithuania"));
  CHECK_FALSE(
      HasPredicate(Edges("Aucun soldat n'a été envoyé en Estonie par le Danemark.", "2023-05-02"),
                   "sends_troops"));
}

TEST_CASE("an offer to send troops is no deployment", "[extract]") {
  CHECK_FALSE(HasPredicate(
      Edges("Kenya has offered to contribute soldiers to the mission in Haiti.", "2023-05-02"),
      "sends_troops"));
  CHECK_FALSE(HasPredicate(Edges("Le Tchad a proposé d'envoyer des soldats au Mali.", "2023-05-02"),
                           "sends_troops"));
}

TEST_CASE("a comma before French 'et' starts a new clause, not a list", "[extract]") {
  auto e = Edges(
      "La Belgique a annoncé le déploiement de 200 soldats auprès de la FORSUD, et la Suède doit "
      "dépêcher une compagnie au Mali.",
      "2023-05-02");
  CHECK(e.count("Sweden sends_troops Mali"));
  CHECK_FALSE(e.count("FORSUD sends_troops Mali"));
}
