// Precision fixes: readings that recur on any text.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("reader comments under a readers' heading are no article text", "[extract]") {
  const std::string body =
      "Le Kenya a envoyé des troupes en Haïti mardi pour soutenir la police locale, a annoncé "
      "le gouvernement kényan dans un communiqué publié à Nairobi.\n\n"
      "La mission doit durer un an et sera financée par plusieurs pays, selon le texte adopté "
      "par le Conseil de sécurité des Nations unies la semaine dernière.\n\n";
  for (const char* heading :
       {"RÉACTIONS DES LECTEURS (12)", "TOP COMMENTS", "Readers' comments (3)"}) {
    auto edges =
        Edges(body + heading + "\nPaul R. : Le Sénégal doit envoyer des soldats au Mali.\n");
    CHECK(edges.count("Senegal sends_troops Mali") == 0);
    CHECK(edges.count("Kenya sends_troops Haiti") == 1);
  }
}

TEST_CASE("a coordinated meeting clause keeps the first clause's subject", "[extract]") {
  const std::string lead = "Chinese Foreign Minister Wang Yi began a regional tour on Tuesday.\n";
  auto edges = Edges(lead +
                     "He travelled to Amman to meet King Abdullah II of Jordan, and on Friday held "
                     "talks in Ankara with Turkish President Recep Tayyip Erdogan.");
  CHECK(edges.count("Abdullah II meets Erdogan") == 0);
  CHECK(edges.count("Erdogan meets Abdullah II") == 0);
  CHECK(edges.count("Wang Yi meets Erdogan") == 1);
  CHECK(edges.count("Wang Yi meets Abdullah II") == 1);
  // Two subjects who held talks still met each other.
  auto both = Edges("Kenya and Rwanda held talks in Nairobi on Monday.");
  CHECK((both.count("Rwanda meets Kenya") + both.count("Kenya meets Rwanda")) == 1);
  // The actor before "held talks" that is the subject does meet the party.
  auto plain = Edges("Turkish President Recep Tayyip Erdogan held talks with Wang Yi on Friday.");
  CHECK(plain.count("Erdogan meets Wang Yi") == 1);
}

TEST_CASE("no actor leads a person (causative lead, noun read as verb)", "[extract]") {
  auto causative = Edges(
      "Diplomatie\n\nThe burning of a flag outside the Hungarian embassy in Oslo led Viktor Orban "
      "to warn Norway.");
  CHECK(causative.count("Hungary leads Orban") == 0);
  auto noun = Edges(
      "Politique\n\nLes manifestants, venus de province pour dénoncer la hausse des prix, s'en "
      "sont rapidement pris au vieux dirigeant Alexandre Loukachenko, 70 ans, qui gouverne le "
      "pays.");
  CHECK(noun.count("protesters criticizes Lukashenko") == 1);
  CHECK(noun.count("protesters leads Lukashenko") == 0);
  // A state or body is still led by a person.
  auto led = Edges("Politique\n\nLe président Emmanuel Macron dirige la France depuis 2017.");
  CHECK(led.count("Macron leads France") == 1);
}

TEST_CASE("a gerund takes the clause's government subject, not the accused", "[extract]") {
  auto edges = Edges(
      "Sahel\n\nLe gouvernement malien, par la voix de son ministre Abdoulaye Diop, a accusé les "
      "rebelles de violer la trêve dans le nord, tout en saluant « l'engagement de l'Algérie ».");
  CHECK(edges.count("Mali supports Algeria") == 1);
  CHECK(edges.count("rebels supports Algeria") == 0);
  // A government noun that is a complement opens no subject.
  auto complement =
      Edges("Sahel\n\nLa porte-parole du gouvernement malien a salué la médiation de l'Algérie.");
  CHECK_FALSE(kzgraph::testing::HasPredicate(complement, "accuses"));
}

TEST_CASE("a French verb form after a determiner is a noun", "[extract]") {
  auto noun = Edges(
      "Sahel\n\nLe président nigérien a demandé l'aide du Tchad pour vaincre cette menace "
      "terroriste.");
  CHECK_FALSE(kzgraph::testing::HasPredicate(noun, "warns"));
  CHECK(noun.count("Chad warns terrorists") == 0);
  // The verb itself still warns.
  auto verb = Edges("Sahel\n\nLe Tchad menace les terroristes de représailles.");
  CHECK(verb.count("Chad warns terrorists") == 1);
}
