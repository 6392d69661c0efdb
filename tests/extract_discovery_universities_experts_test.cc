// Universities and academies no dictionary knows (schema/lexicon/words.tsv
// org_head_en, org_head_fr, org_intro): a capitalised name with the head
// word, or the class noun "université"/"university" before a name, is an
// organization; the bare common noun is none. Scholars and counterparts
// (engine_discovery.cc IsPersonNoun): a name in apposition to, or right
// after, "spécialiste", "l'universitaire", "a senior fellow", "lecturer" is
// a person.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::EntityIds;

TEST_CASE("a university named with its head word is an organization", "[extract][discovery]") {
  const auto en = EntityIds(
      "\"There is no plan,\" said Tom Walsh, a lecturer at Nairobi State University.\n\n"
      "Anna Berg, a historian at the University of Bergen, said the talks had failed.",
      "2023-05-02");
  CHECK(en.count("Nairobi State University"));
  CHECK(en.count("University of Bergen"));
  CHECK(en.count("Tom Walsh"));
  const auto fr = EntityIds(
      "Selon Paul Mensah, chercheur à l'Université de Kisangani, les pourparlers ont échoué.\n\n"
      "« La junte n'a pas de plan », estime Awa Kone, sociologue à l'université "
      "Marien-Ngouabi de Brazzaville.",
      "2023-05-02");
  CHECK(fr.count("Université de Kisangani"));
  CHECK(fr.count("Marien-Ngouabi"));
  CHECK(fr.count("Awa Kone"));
}

TEST_CASE("the bare noun university names no organization", "[extract][discovery]") {
  const auto en = EntityIds(
      "The university remained closed on Monday, and the college said students went home.",
      "2023-05-02");
  CHECK(en.empty());
  const auto fr = EntityIds(
      "Les étudiants de l'université ont manifesté lundi devant le rectorat.", "2023-05-02");
  CHECK(fr.empty());
}

TEST_CASE("a name described as a scholar or a counterpart is a person", "[extract][discovery]") {
  const auto fr = EntityIds(
      "Lucien Marchetti, spécialiste du Sahel, était à Paris lundi.\n\n"
      "L'universitaire Fanta Bagayoko était à Bamako lundi.",
      "2023-05-02");
  CHECK(fr.count("Lucien Marchetti"));
  CHECK(fr.count("Fanta Bagayoko"));
  const auto en = EntityIds(
      "Derek Holloway, a senior fellow at a think tank, was in London on Monday.\n\n"
      "Lecturer Mary Okafor was in Lagos.",
      "2023-05-02");
  CHECK(en.count("Derek Holloway"));
  CHECK(en.count("Mary Okafor"));
}

TEST_CASE("the scholar nouns alone name no person", "[extract][discovery]") {
  const auto en = EntityIds("The specialist clinic in Paris said it was closed.", "2023-05-02");
  CHECK(en.empty());
  const auto fr = EntityIds(
      "Spécialiste de la région, le chercheur était à Genève lundi.", "2023-05-02");
  CHECK(fr.empty());
}

// A capitalised name ending with "Command" or "Consortium" is a body, not a
// person the speech verb after it would otherwise make of it.
TEST_CASE("commands and consortia are organizations", "[extract][discovery]") {
  const auto x = kzgraph::testing::ExtractText(
      "The Western Theater Command said on Monday that drills had ended.\n\n"
      "Le Consortium gazier de la Baltique a annoncé l'arrêt des exportations.",
      "2023-05-02");
  int bodies = 0;
  for (const auto& e : x.entities) {
    if (e.id == "Western Theater Command" || e.id == "Consortium gazier de la Baltique") {
      CHECK(e.kind == "organization");
      ++bodies;
    }
  }
  CHECK(bodies == 2);
  // the lower-case noun names nothing
  CHECK(EntityIds("The command post was moved on Monday.", "2023-05-02").empty());
}

// engine_discovery.cc TryDiscoverPerson: a name given as one of a plural of
// persons just named ("leaders, including X", "des opposants, dont X").
TEST_CASE("a name listed after a plural of persons is a person", "[extract][discovery]") {
  const auto en = EntityIds(
      "Several opposition leaders, including Tamar Kvirikashvili, were detained in Tbilisi.",
      "2023-05-02");
  CHECK(en.count("Tamar Kvirikashvili"));
  const auto fr = EntityIds(
      "Plusieurs opposants, dont Ousseini Diallo Kanté, ont été arrêtés à Niamey.",
      "2023-05-02");
  CHECK(fr.count("Ousseini Diallo Kanté"));
}

TEST_CASE("a name listed after a plural of places or bodies is no person",
          "[extract][discovery]") {
  const auto en = EntityIds(
      "Several coastal towns, including Port Kembla, were evacuated on Monday.", "2023-05-02");
  CHECK_FALSE(en.count("Port Kembla"));
}

// engine_discovery.cc TryDiscoverOrg: a lower-case "université de"/"university
// of" before a capitalised place is that university, with its number.
TEST_CASE("a lower-case university head names the university of a place",
          "[extract][discovery]") {
  const auto fr = EntityIds(
      "« Rien n'est réglé », estime Claire Dubois, professeure à l'université de Strasbourg.\n\n"
      "Koffi Mensah, de l'université de Yaoundé II, partage cet avis.",
      "2023-05-02");
  CHECK(fr.count("Université de Strasbourg"));
  CHECK(fr.count("Université de Yaoundé II"));
  CHECK_FALSE(fr.count("France"));  // Strasbourg names the university here
  const auto en = EntityIds("Tom Reed, a lecturer at the university of Lagos, said talks had failed.",
                            "2023-05-02");
  CHECK(en.count("University of Lagos"));
  // the bare noun, then a place of its own: no university
  const auto near = EntityIds("Les étudiants de l'université ont manifesté à Dakar.", "2023-05-02");
  CHECK_FALSE(near.count("Université de Dakar"));
}

TEST_CASE("a French research body's name goes on with its topic and region", "[extract][discovery]") {
  const auto ids = EntityIds(
      "« Rien ne change », estime Awa Keita, chercheuse au Centre d'études sur les armées "
      "africaines. Marie Sow, de l'Observatoire des politiques de sécurité au Sahel, a critiqué "
      "la France. Selon Ali Omar, chercheur à l'Institut pour la paix de la Corne, rien n'est "
      "joué.");
  CHECK(ids.count("Centre d'études sur les armées africaines") == 1);
  CHECK(ids.count("Observatoire des politiques de sécurité au Sahel") == 1);
  CHECK(ids.count("Institut pour la paix de la Corne") == 1);
  CHECK(EntityIds("Selon Paul Mba, politologue à l'Université Cheikh-Anta-Diop, la junte durera.")
            .count("Université Cheikh-Anta-Diop") == 1);
  // near misses: a report on a country is no part of the name; a body's
  // name stops at its verb
  const auto near = EntityIds("Le Centre Carter a publié un rapport sur la Russie.");
  CHECK(near.count("Russia") == 1);
  CHECK(EntityIds("L'Institut Montaigne a critiqué la loi.").count("Institut Montaigne") == 1);
}

TEST_CASE("artists and other trades in apposition name a person", "[extract][discovery]") {
  CHECK(EntityIds("Tomas Varga, a jazz pianist who had toured Almaty, said he was paid.")
            .count("Tomas Varga") == 1);
  CHECK(EntityIds("Le pianiste Igor Lenski a été libéré lundi par les autorités.")
            .count("Igor Lenski") == 1);
  // near miss: a byline's correspondent is no person of the article
  CHECK(EntityIds("Talks resumed in Doha on Monday.\n\nAnna Berg, Gulf correspondent")
            .count("Anna Berg") == 0);
}
