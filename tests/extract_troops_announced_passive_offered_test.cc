// Round 7 phrasings on short sentences of our own: announced deployments,
// troops as passive subjects, unit nouns, offers that send nobody.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("round7: an announced deployment is sent by the announcer", "[extract]") {
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

TEST_CASE("round7: troops as passive subject and unit nouns", "[extract]") {
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

TEST_CASE("round7: an offer to send troops is no deployment", "[extract]") {
  CHECK_FALSE(HasPredicate(
      Edges("Kenya has offered to contribute soldiers to the mission in Haiti.", "2023-05-02"),
      "sends_troops"));
  CHECK_FALSE(HasPredicate(Edges("Le Tchad a proposé d'envoyer des soldats au Mali.", "2023-05-02"),
                           "sends_troops"));
}

TEST_CASE("round7: a national council is not the UN Security Council", "[extract]") {
  auto e = Edges("Le Conseil de sécurité nationale a accusé la Chine.", "2023-05-02");
  CHECK_FALSE(e.count("UN Security Council accuses China"));
  CHECK(Edges("Le Conseil de sécurité de l'ONU a condamné la Russie.", "2023-05-02")
            .count("UN Security Council criticizes Russia"));
}

TEST_CASE("round7: a purpose complement belongs to a French organization name", "[extract]") {
  auto x = kzgraph::testing::ExtractText(
      "Les militaires accusent la Ligue nationale pour la démocratie de fraude.", "2023-05-02");
  bool whole = false;
  for (const auto& ent : x.entities) whole |= ent.name == "Ligue nationale pour la démocratie";
  CHECK(whole);
}

TEST_CASE("round7: 'l'Alliance' is the treaty alliance the article named", "[extract]") {
  auto e = Edges(
      "L'OTAN a tenu un sommet à Vilnius. L'Union européenne a salué la réunion. L'Alliance a "
      "ensuite accusé la Russie.",
      "2023-07-12");
  CHECK(e.count("NATO accuses Russia"));
  CHECK_FALSE(e.count("EU accuses Russia"));
  auto f =
      Edges("NATO met in Vilnius. The EU welcomed the talks. The Alliance then accused Russia.",
            "2023-07-12");
  CHECK(f.count("NATO accuses Russia"));
}

TEST_CASE("round7: a spokesperson of a ministry is an official of the ministry", "[extract]") {
  CHECK(Edges("The Kremlin's response came quickly. Foreign Ministry spokeswoman Maria Zakharova "
              "accused Azerbaijan.",
              "2025-07-01")
            .count("Zakharova official_of Russian Foreign Ministry"));
  CHECK(Edges("La porte-parole du ministère russe des Affaires étrangères, Maria Zakharova, a "
              "accusé l'Azerbaïdjan.",
              "2025-07-01")
            .count("Zakharova official_of Russian Foreign Ministry"));
}

TEST_CASE("round7: warnings to the person just met and about a that-clause actor", "[extract]") {
  auto e = Edges(
      "Emmanuel Macron a reçu Olaf Scholz à Paris. Il a aussi prévenu son interlocuteur que la "
      "patience de la France avait des limites.",
      "2023-05-02");
  CHECK(e.count("Macron warns Scholz"));
  CHECK(Edges("Japan has warned that any Chinese attempt to land troops would be met with force.",
              "2023-05-02")
            .count("Japan warns China"));
  CHECK(Edges("Le Japon a averti que la Chine s'exposait à des sanctions.", "2023-05-02")
            .count("Japan warns China"));
  // Not the speaker's own country.
  CHECK_FALSE(HasPredicate(
      Edges(
          "Emmanuel Macron a été élu président de la France en 2017. Emmanuel Macron a averti que "
          "la France ne reculerait pas.",
          "2023-05-02"),
      "warns"));
  // No name-less counterpart without an earlier meeting.
  CHECK_FALSE(HasPredicate(
      Edges("Il a prévenu son interlocuteur que la patience avait des limites.", "2023-05-02"),
      "warns"));
}

TEST_CASE("round7: a title separated from its name", "[extract]") {
  CHECK(Edges("Le haut représentant de l'ONU pour les droits humains, Karel Novotny, a "
              "critiqué la Russie.",
              "2023-05-02")
            .count("Karel Novotny official_of UN"));
  auto e = Edges("Le Premier ministre arménien ne cède pas. Nikol Pachinian accuse Bakou.",
                 "2023-05-02");
  CHECK(e.count("Pashinyan leads Armenia"));
  // The next sentence's first name holds another office: no binding.
  auto f =
      Edges("Le Premier ministre arménien ne cède pas. Ilham Aliyev accuse Erevan.", "2023-05-02");
  CHECK_FALSE(f.count("Aliyev leads Armenia"));
}

TEST_CASE("round7: unknown acronyms after an article and 'the ruling X party'", "[extract]") {
  auto e =
      Edges("La FORNAV a renforcé ses patrouilles. Le Rwanda a soutenu la FORNAV.", "2023-05-02");
  CHECK(e.count("Rwanda supports FORNAV"));
  // A common noun in capitals is no organization.
  auto x = kzgraph::testing::ExtractText("Le PIB a reculé de 3 % en Russie.", "2023-05-02");
  for (const auto& ent : x.entities) CHECK(ent.name != "PIB");
  // The party in an apposition is not the subject.
  auto f = Edges(
      "Peter Magyar, the leader of the opposition Tisza party, accused Hungary's "
      "government of corruption.",
      "2024-06-02");
  CHECK_FALSE(f.count("Tisza accuses Hungary"));
  bool party = false;
  for (const auto& ent :
       kzgraph::testing::ExtractText(
           "Peter Magyar, the leader of the opposition Tisza party, spoke.", "2024-06-02")
           .entities)
    party |= ent.name == "Tisza";
  CHECK(party);
}

TEST_CASE("round7: a comma before French 'et' starts a new clause, not a list", "[extract]") {
  auto e = Edges(
      "La Belgique a annoncé le déploiement de 200 soldats auprès de la FORSUD, et la Suède doit "
      "dépêcher une compagnie au Mali.",
      "2023-05-02");
  CHECK(e.count("Sweden sends_troops Mali"));
  CHECK_FALSE(e.count("FORSUD sends_troops Mali"));
}
