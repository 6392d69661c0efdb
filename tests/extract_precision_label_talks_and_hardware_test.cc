// Precision: talks with a labelled group name it as the other party, not
// a label (label_combat vocabulary); a troop word inside a weapon phrase
// names hardware. Sentences invented for the tests.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {
// A neutral first sentence: the first line of a text may be read as a title.
std::string Text(const std::string& sentence) { return "Regional news.\n\nIt rained. " + sentence; }
}  // namespace

TEST_CASE("talks with armed groups give no terrorist label", "[extract]") {
  CHECK_FALSE(Edges(Text("Ruto said he would open talks with armed groups in Nairobi next week."))
                  .count("Ruto accuses terrorists"));
  CHECK_FALSE(Edges(Text("Kagame said the government was ready for dialogue with armed groups."))
                  .count("Kagame accuses terrorists"));
  CHECK_FALSE(Edges(Text("Le président Tshisekedi a annoncé des négociations avec les groupes "
                         "armés à Luanda."))
                  .count("Tshisekedi accuses terrorists"));
  // the speaker's own label still counts
  CHECK(Edges(Text("Tinubu said the attack had been carried out by terrorists."))
            .count("Tinubu accuses terrorists"));
  CHECK(Edges(Text("Le président Goïta a dénoncé les terroristes qui refusent le dialogue avec "
                   "l'Etat."))
            .count("Goita accuses terrorists"));
}

// Weapon phrases (stance.tsv role=weapon) that contain a troop word name
// hardware: "avions militaires", "military equipment".
TEST_CASE("a troop word inside a weapon phrase sends no troops", "[extract]") {
  CHECK_FALSE(Edges(Text("L'arrivée de deux avions militaires égyptiens à Mogadiscio a ravivé "
                         "les tensions."))
                  .count("Egypt sends_troops Somalia"));
  CHECK(Edges(Text("L'arrivée de 300 militaires égyptiens à Mogadiscio a ravivé les tensions."))
            .count("Egypt sends_troops Somalia"));
  CHECK(Edges(Text("The arrival of 300 Turkish military personnel in Tripoli angered Haftar."))
            .count("Turkey sends_troops Libya"));
  CHECK(Edges(Text("Deux navires de guerre russes ont été déployés en Syrie."))
            .count("Russia sends_troops Syria"));
}
