// Subjects given as a list between commas before the verb (src/extract/
// engine_args.cc FindSubject): a coordinator or comitative incise joins its
// actors to the name before it ("X, along with Y, sent", "X, ainsi que Y, a
// condamné", "X, aux côtés de Y, a averti"); a list word names the members
// of a plural noun ("Several states, including A and B, accused", "Plusieurs
// pays, dont A et B, ont"). And verbs joined by "puis", or a verb after
// "before"/"avant de", keep the clause's subject.
// Negatives: an incise that is no list of actors, a list after a verb.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
}  // namespace

TEST_CASE("a coordinated or comitative incise adds its actors to the subject", "[extract]") {
  const char* en = "Japan, together with Australia, condemned China over the drills.";
  CHECK(Says(en, "Japan criticizes China"));
  CHECK(Says(en, "Australia criticizes China"));
  const char* as_well = "Sweden, as well as Norway, warned Moscow on Friday.";
  CHECK(Says(as_well, "Sweden warns Russia"));
  CHECK(Says(as_well, "Norway warns Russia"));
  const char* fr = "Le Tchad, aux côtés du Niger, a dépêché des soldats au Mali.";
  CHECK(Says(fr, "Chad sends_troops Mali"));
  CHECK(Says(fr, "Niger sends_troops Mali"));
  const char* ainsi = "L'Espagne, ainsi que le Portugal, a critiqué Israël.";
  CHECK(Says(ainsi, "Spain criticizes Israel"));
  CHECK(Says(ainsi, "Portugal criticizes Israel"));
  const char* avec = "Le Rwanda, avec l'Ouganda, soutient le M23, selon Kinshasa.";
  CHECK(Says(avec, "Uganda supports M23"));
  // An incise that names no list of actors adds nobody.
  const char* support = "Japan, with Australia's backing, condemned China over the drills.";
  CHECK(Says(support, "Japan criticizes China"));
  CHECK_FALSE(Says(support, "Australia criticizes China"));
}

TEST_CASE("a list word names the actors of a plural subject", "[extract]") {
  const char* en = "Several Gulf states, including Kuwait and Oman, criticized Iran.";
  CHECK(Says(en, "Kuwait criticizes Iran"));
  CHECK(Says(en, "Oman criticizes Iran"));
  const char* fr =
      "Plusieurs pays européens, dont la Belgique et l'Autriche, ont condamné la Russie.";
  CHECK(Says(fr, "Belgium criticizes Russia"));
  CHECK(Says(fr, "Austria criticizes Russia"));
  // After a verb the list is its object's, not the subject.
  const char* object = "Iran criticized several Gulf states, including Kuwait and Oman, on Monday.";
  CHECK_FALSE(Says(object, "Kuwait criticizes Iran"));
}

TEST_CASE("verbs joined by puis or before keep the clause's subject", "[extract]") {
  const char* puis = "Le président Erdogan a reçu Aliev à Ankara puis a critiqué la France.";
  CHECK(Says(puis, "Erdogan criticizes France"));
  CHECK_FALSE(Says(puis, "Aliyev criticizes France"));
  const char* before = "Lavrov visited Ankara and Tehran before warning Washington.";
  CHECK(Says(before, "Lavrov warns United States"));
  CHECK_FALSE(Says(before, "Iran warns United States"));
}

TEST_CASE("an incise listing the subject's actors is no inverted speaker", "[extract]") {
  const char* en = "Several Nordic states, including Norway and Denmark, warned Russia.";
  CHECK(Says(en, "Norway warns Russia"));
  CHECK_FALSE(Says(en, "Russia warns Norway"));
  const char* names =
      "The Kenyan and Ugandan presidents, William Ruto and Yoweri Museveni, criticized Sudan.";
  CHECK(Says(names, "Ruto criticizes Sudan"));
  CHECK(Says(names, "Museveni criticizes Sudan"));
  CHECK_FALSE(Says(names, "Sudan criticizes Ruto"));
}

TEST_CASE("a plural title with coordinated nationalities names each holder", "[extract]") {
  // Holders on the article's date (2023-06-01): Erdogan, Aliyev; Baerbock, Colonna.
  const char* en = "The Turkish and Azerbaijani presidents criticized Armenia.";
  CHECK(Says(en, "Erdogan criticizes Armenia"));
  CHECK(Says(en, "Aliyev criticizes Armenia"));
  CHECK_FALSE(Says(en, "Erdogan leads Azerbaijan"));
  const char* fr = "Les présidents turc et azerbaïdjanais ont critiqué l'Arménie.";
  CHECK(Says(fr, "Erdogan criticizes Armenia"));
  CHECK(Says(fr, "Aliyev criticizes Armenia"));
  const char* ministers =
      "Les ministres allemand et français des Affaires étrangères ont averti Moscou.";
  CHECK(Says(ministers, "Baerbock warns Russia"));
  CHECK(Says(ministers, "Colonna warns Russia"));
  // A former holder is nobody's today.
  CHECK_FALSE(Says("The former Turkish and Azerbaijani presidents criticized Armenia.",
                   "Erdogan criticizes Armenia"));
}

TEST_CASE("a meeting in a time adjunct is the clause subject's", "[extract]") {
  const char* en = "Erdogan criticized Sweden during talks with Stoltenberg.";
  CHECK(Says(en, "Erdogan meets Stoltenberg"));
  CHECK_FALSE(Says(en, "Sweden meets Stoltenberg"));
  const char* fr = "Erdogan a critiqué la Suède lors d'un entretien avec Stoltenberg.";
  CHECK(Says(fr, "Erdogan meets Stoltenberg"));
  CHECK_FALSE(Says(fr, "Sweden meets Stoltenberg"));
}

TEST_CASE("a plural subject named by a list after a colon", "[extract]") {
  const char* en = "Two neighbours have sent troops to Mali: Chad and Niger.";
  CHECK(Says(en, "Chad sends_troops Mali"));
  CHECK(Says(en, "Niger sends_troops Mali"));
  const char* fr = "Deux pays ont condamné Israël : l'Irlande et la Norvège.";
  CHECK(Says(fr, "Ireland criticizes Israel"));
  CHECK(Says(fr, "Norway criticizes Israel"));
  // The list counts the object, not the subject.
  CHECK_FALSE(Says("The leaders condemned two countries: Iran and Syria.", "Iran criticizes Syria"));
  CHECK_FALSE(Says("Officials condemned two countries: Iran and Syria.", "Syria criticizes Iran"));
}

TEST_CASE("after a passive accusation, par/by names the accusers", "[extract]") {
  const char* fr = "La Serbie a été accusée de provocation par le Kosovo et l'Albanie.";
  CHECK(Says(fr, "Kosovo accuses Serbia"));
  CHECK(Says(fr, "Albania accuses Serbia"));
  CHECK_FALSE(Says(fr, "Serbia accuses Kosovo"));
  const char* en = "Serbia was accused of provocation by Kosovo and Albania.";
  CHECK(Says(en, "Kosovo accuses Serbia"));
  CHECK_FALSE(Says(en, "Serbia accuses Kosovo"));
}

TEST_CASE("a subject pronoun after a clause coordinator keeps the first subject", "[extract]") {
  const char* en = "Erdogan met Stoltenberg in Ankara, and he later criticized Sweden.";
  CHECK(Says(en, "Erdogan criticizes Sweden"));
  CHECK_FALSE(Says(en, "Stoltenberg criticizes Sweden"));
  const char* fr = "Erdogan a reçu Stoltenberg à Ankara, puis il a critiqué la Suède.";
  CHECK(Says(fr, "Erdogan criticizes Sweden"));
  CHECK_FALSE(Says(fr, "Stoltenberg criticizes Sweden"));
}

TEST_CASE("a coordinated verb keeps every conjunct of the clause's subject", "[extract]") {
  const char* en = "Jordan and Egypt welcomed the truce and warned Israel against new strikes.";
  CHECK(Says(en, "Jordan warns Israel"));
  CHECK(Says(en, "Egypt warns Israel"));
  const char* fr = "La Jordanie et l'Égypte ont salué la trêve et mis en garde Israël.";
  CHECK(Says(fr, "Jordan warns Israel"));
  CHECK(Says(fr, "Egypt warns Israel"));
}

TEST_CASE("a plural title before names gives each holder his own state", "[extract]") {
  const char* en = "Prime Ministers Meloni and Sanchez met in Rome.";
  CHECK(Says(en, "Meloni leads Italy"));
  CHECK(Says(en, "Sanchez leads Spain"));
  CHECK_FALSE(Says(en, "Sanchez leads Italy"));
  const char* fr = "Les présidents Erdogan et Aliev ont critiqué l'Arménie.";
  CHECK(Says(fr, "Erdogan leads Turkey"));
  CHECK(Says(fr, "Aliyev leads Azerbaijan"));
  CHECK(Says(fr, "Aliyev criticizes Armenia"));
  CHECK_FALSE(Says(fr, "Aliyev leads Turkey"));
}
