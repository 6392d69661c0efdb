// Meetings in long coordinated sentences and receptions with adjuncts
// (src/extract/engine_args.cc Expand and Object):
// - a name after ", and" / ", et" followed (past an apposition) by its own
//   verb opens a new clause: it is no conjunct of the object before it, and
//   the object before it is no conjunct of its subject;
// - a reception's guest comes after its ceremony ("avec les honneurs",
//   "with full honours") and its setting ("à Nairobi", "in the Oval Office").
// Negatives: serial-comma lists of objects and subjects stay lists; a thing
// received is no guest.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
}  // namespace

TEST_CASE("a coordinated clause's subject is no object of the clause before", "[extract]") {
  const char* en =
      "On Tuesday, Antony Blinken held a phone call with Wang Yi, and Jake Sullivan, the "
      "national security adviser, spoke with Sergei Lavrov.";
  CHECK(Says(en, "Blinken meets Wang Yi"));
  CHECK(Says(en, "Sullivan meets Lavrov"));
  CHECK_FALSE(Says(en, "Blinken meets Sullivan"));
  CHECK_FALSE(Says(en, "Wang Yi meets Lavrov"));
  const char* bare = "Blinken held talks with Wang Yi, and Sullivan met Lavrov in Geneva.";
  CHECK(Says(bare, "Sullivan meets Lavrov"));
  CHECK_FALSE(Says(bare, "Blinken meets Sullivan"));
  CHECK_FALSE(Says(bare, "Wang Yi meets Lavrov"));
  const char* fr =
      "Sergueï Lavrov s'est entretenu jeudi avec Antony Blinken, et Emmanuel Macron a reçu Olaf "
      "Scholz à l'Élysée.";
  CHECK(Says(fr, "Lavrov meets Blinken"));
  CHECK(Says(fr, "Macron meets Scholz"));
  CHECK_FALSE(Says(fr, "Lavrov meets Macron"));
  CHECK_FALSE(Says(fr, "Blinken meets Scholz"));
}

TEST_CASE("serial-comma lists stay lists", "[extract]") {
  const char* objects = "Blinken met with Macron, Scholz, and Sunak in Brussels on Tuesday.";
  CHECK(Says(objects, "Blinken meets Macron"));
  CHECK(Says(objects, "Blinken meets Sunak"));
  const char* subjects = "Russia, Belarus, and Armenia sent troops to Kazakhstan on Friday.";
  CHECK(Says(subjects, "Russia sends_troops Kazakhstan"));
  CHECK(Says(subjects, "Armenia sends_troops Kazakhstan"));
  const char* fr = "Sergueï Lavrov s'est entretenu avec Antony Blinken, Olaf Scholz et Emmanuel Macron.";
  CHECK(Says(fr, "Lavrov meets Scholz"));
  CHECK(Says(fr, "Lavrov meets Macron"));
}

TEST_CASE("a reception's guest after its ceremony and setting", "[extract]") {
  const char* fr = "Mardi, William Ruto recevait avec les honneurs à Nairobi Yoweri Museveni.";
  CHECK(Says(fr, "Ruto meets Museveni"));
  const char* en = "William Ruto received with full honours Yoweri Museveni in Nairobi.";
  CHECK(Says(en, "Ruto meets Museveni"));
  const char* room = "On Monday, Joe Biden received in the Oval Office Volodymyr Zelensky.";
  CHECK(Says(room, "Biden meets Zelensky"));
  // A thing received in the room is no guest.
  const char* letter = "Joe Biden received in the Oval Office a letter from Volodymyr Zelensky.";
  CHECK_FALSE(Says(letter, "Biden meets Zelensky"));
}

// (engine_args.cc Destination) Troops sent "aux côtés des forces maliennes"
// help the local army; beside the troops of a named operation or mission
// they help another expeditionary force, whose country is no destination.
TEST_CASE("troops beside a named operation's troops go to no country of theirs", "[extract]") {
  const char* local = "Le Niger a envoyé 500 soldats aux côtés des forces burkinabè.";
  CHECK(Says(local, "Niger sends_troops Burkina Faso"));
  const char* operation =
      "Au Mali, la situation reste tendue. Le Niger a envoyé 500 soldats aux côtés des "
      "militaires français de l'opération Barkhane.";
  CHECK(Says(operation, "Niger sends_troops Mali"));
  CHECK_FALSE(Says(operation, "Niger sends_troops France"));
  const char* mission =
      "Au Mali, la situation reste tendue. Le Niger a déployé 500 soldats aux côtés des "
      "militaires allemands de la mission Minusma.";
  CHECK_FALSE(Says(mission, "Niger sends_troops Germany"));
}

// (engine_frames_clause.cc) A warning with only a that-clause, joined to the
// same speaker's earlier verb of blame or reproach, addresses its object.
TEST_CASE("a coordinated warning addresses the object of the blame before it", "[extract]") {
  const char* en =
      "Gabriel Boric accused Venezuela of \"deliberately\" stalling the talks and warned that it "
      "would face consequences.";
  CHECK(Says(en, "Boric warns Venezuela"));
  const char* implicit =
      "Sergei Lavrov accused the United States of hostile flights and warned that Russia would "
      "respond to any provocation.";
  CHECK(Says(implicit, "Lavrov warns United States"));
  const char* fr =
      "Annalena Baerbock a accusé la Hongrie de bloquer l'aide, et a averti que l'Allemagne ne "
      "céderait pas.";
  CHECK(Says(fr, "Baerbock warns Hungary"));
  const char* gerund =
      "Annalena Baerbock a appelé Budapest à revenir sur sa décision, en avertissant que "
      "l'Allemagne réagirait fermement.";
  CHECK(Says(gerund, "Baerbock warns Hungary"));
  // A meeting before the warning addresses nobody.
  const char* met =
      "Sergei Lavrov met Antony Blinken in Geneva and warned that Russia would respond to any "
      "provocation.";
  CHECK_FALSE(Says(met, "Lavrov warns Blinken"));
}

// (engine_args.cc Expand) In a list of persons, an organization right before
// a person's title or name is the person's own: the conjunct is the person.
TEST_CASE("a companion named after his organization in a list of persons", "[extract]") {
  const char* title =
      "Antony Blinken met Olaf Scholz and Hamas leader Ismail Haniyeh in Doha on Monday.";
  CHECK(Says(title, "Blinken meets Scholz"));
  CHECK(Says(title, "Blinken meets Haniyeh"));
  const char* along =
      "Cyril Ramaphosa met William Ruto in Nairobi along with African Union chairman Moussa "
      "Faki Mahamat.";
  CHECK(Says(along, "Moussa Faki meets Ruto"));
  // A list of bodies stays a list of bodies.
  const char* bodies = "Kenya criticized Ethiopia and the African Union over the deal.";
  CHECK(Says(bodies, "Kenya criticizes African Union"));
}
