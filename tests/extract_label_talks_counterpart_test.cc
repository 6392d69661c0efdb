// Talks with a labelled group name it as the other party of the talks, not
// as a label the speaker gives (label_combat vocabulary in
// triggers_vetoes_combat_time_to_come.tsv). Sentences invented for the tests.
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
