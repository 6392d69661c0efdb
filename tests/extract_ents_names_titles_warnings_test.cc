// Entity names, titles and warnings, checked on short sentences of our own
// (moved out of the round-7 file): a national council that is not the UN's,
// a purpose complement inside a French organization name, "l'Alliance" for
// the alliance named before, a ministry's spokesperson, a title separated
// from its name, unknown acronyms, warnings to the person just met.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a national council is not the UN Security Council", "[extract]") {
  auto e = Edges("Le Conseil de sécurité nationale a accusé la Chine.", "2023-05-02");
  CHECK_FALSE(e.count("UN Security Council accuses China"));
  CHECK(Edges("Le Conseil de sécurité de l'ONU a condamné la Russie.", "2023-05-02")
            .count("UN Security Council criticizes Russia"));
}

TEST_CASE("a purpose complement belongs to a French organization name", "[extract]") {
  auto x = kzgraph::testing::ExtractText(
      "Les militaires accusent la Ligue nationale pour la justice de fraude.", "2023-05-02");
  bool whole = false;  // (a name the dictionary does not list)
  for (const auto& ent : x.entities) whole |= ent.name == "Ligue nationale pour la justice";
  CHECK(whole);
}

TEST_CASE("'l'Alliance' is the treaty alliance the article named", "[extract]") {
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

TEST_CASE("a spokesperson of a ministry is an official of the ministry", "[extract]") {
  CHECK(Edges("The Kremlin's response came quickly. Foreign Ministry spokeswoman Maria Zakharova "
              "accused Azerbaijan.",
              "2025-07-01")
            .count("Zakharova official_of Russian Foreign Ministry"));
  CHECK(Edges("La porte-parole du ministère russe des Affaires étrangères, Maria Zakharova, a "
              "accusé l'Azerbaïdjan.",
              "2025-07-01")
            .count("Zakharova official_of Russian Foreign Ministry"));
}

TEST_CASE("warnings to the person just met and about a that-clause actor", "[extract]") {
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

TEST_CASE("a title separated from its name", "[extract]") {
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

TEST_CASE("unknown acronyms after an article and 'the ruling X party'", "[extract]") {
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
