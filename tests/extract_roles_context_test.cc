// Offices named away from "title + name": counterparts, possessives, the
// dictionary's office holders with their office or country next to the name,
// country adjectives before English titles, fronted "À la tête de".
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("roles: a counterpart holds the office of the person met", "[extract]") {
  auto f = Edges(
      "Le ministre turc des Affaires étrangères s'est entretenu avec son homologue russe Sergueï "
      "Lavrov.",
      "2022-03-10");
  CHECK(f.count("Lavrov official_of Russia"));
  auto e = Edges("Kassym-Jomart Tokayev met his Russian counterpart Vladimir Putin on Monday.",
                 "2022-01-10");
  CHECK(e.count("Putin leads Russia"));
  CHECK(e.count("Tokayev meets Putin"));
  CHECK_FALSE(e.count("Tokayev meets Russia"));
  // Without a name, the dictionary's holder of the same office.
  auto g = Edges("Antony Blinken spoke with his Russian counterpart on Monday.", "2022-01-10");
  CHECK(g.count("Blinken meets Lavrov"));
}

TEST_CASE("roles: country adjectives before English titles", "[extract]") {
  auto e = Edges("The German chancellor and the Russian leader agreed on a contact group.",
                 "2014-03-02");
  CHECK(e.count("Merkel leads Germany"));
  CHECK(e.count("Putin leads Russia"));
}

TEST_CASE("roles: a possessive office belongs to the person of that gender", "[extract]") {
  auto e = Edges(
      "Angela Merkel, who also spoke to Putin on Sunday, told him the operation was a breach of "
      "law, her spokesman Steffen Seibert said.",
      "2014-03-02");
  CHECK(e.count("Steffen Seibert official_of Germany"));
  CHECK_FALSE(e.count("Steffen Seibert official_of Russia"));
}

TEST_CASE("roles: the office's place is not its body", "[extract]") {
  auto f = Edges("L'envoyé spécial de l'ONU au Soudan, Jonas Hartmann, a quitté Khartoum.",
                 "2023-04-20");
  CHECK(f.count("Jonas Hartmann official_of UN"));
  auto g = Edges(
      "L'ambassadeur israélien auprès des Nations unies, Avner Levin, a réclamé sa démission.",
      "2023-11-22");
  CHECK(g.count("Avner Levin official_of Israel"));
}

TEST_CASE("roles: fronted head-of phrase", "[extract]") {
  auto f = Edges("À la tête du Kazakhstan depuis 2019, Kassym-Jomart Tokaïev a parlé lundi.",
                 "2022-01-10");
  CHECK(f.count("Tokayev leads Kazakhstan"));
}

TEST_CASE("roles: dictionary office holders with their office or country nearby", "[extract]") {
  CHECK(Edges("Emmanuel Macron's government said it would stay.", "2022-01-10")
            .count("Macron leads France"));
  CHECK(Edges("Le gouvernement de Macron a annoncé des mesures.", "2022-01-10")
            .count("Macron leads France"));
  CHECK(
      Edges("Russia's Putin warned the West on Monday.", "2022-01-10").count("Putin leads Russia"));
  CHECK(Edges("Kassym-Jomart Tokaïev, qui est président depuis 2019, a parlé.", "2022-01-10")
            .count("Tokayev leads Kazakhstan"));
  CHECK(Edges("Le porte-parole de la présidence russe, Dmitri Peskov, a démenti.", "2022-01-10")
            .count("Peskov official_of Russia"));
  CHECK(Edges("Yevgeny Prigozhin, Wagner's founder, praised the coup.", "2023-08-01")
            .count("Prigozhin leads Wagner"));
  // A mere mention of a leader gives no office edge.
  auto bare = Edges("Vladimir Putin visited a factory on Monday.", "2022-01-10");
  CHECK_FALSE(HasPredicate(bare, "leads"));
  auto fr = Edges("Vladimir Poutine a visité une usine lundi.", "2022-01-10");
  CHECK_FALSE(HasPredicate(fr, "leads"));
  // Another person's title is not his office; nor an office out of its dates.
  auto other = Edges("Vladimir Poutine a reçu le président kazakh.", "2022-01-10");
  CHECK_FALSE(other.count("Putin leads Kazakhstan"));
  CHECK_FALSE(Edges("Emmanuel Macron's government said it would stay.", "2015-01-10")
                  .count("Macron leads France"));
  // A title whose complement names another body.
  CHECK_FALSE(HasPredicate(
      Edges("Le chef des renseignements égyptiens, Abbas Kamel, a servi de canal.", "2023-11-22"),
      "leads"));
}
