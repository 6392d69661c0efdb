// Issue 3 (ents4): an acronym defined once in the text names its body at each
// later bare use, also for discovered bodies and acronyms that are words.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("a discovered body's acronym at its later uses", "[extract][entities]") {
  // "libération" is no mention of the daily Libération: the name goes on.
  auto fr = Edges(
      "Le Mouvement pour la libération du peuple (MLP) a dénoncé le coup. Le MLP a accusé le "
      "Niger de répression.",
      "2023-08-10");
  CHECK(fr.count("MLP accuses Niger"));
  auto en = Edges(
      "The Alliance for Change and Progress (ACP) condemned the coup. The ACP accused Niger of "
      "repression.",
      "2023-08-10");
  CHECK(en.count("ACP accuses Niger"));
}

TEST_CASE("an acronym that is a common word needs its article", "[extract][entities]") {
  auto ids = Edges(
      "Le Mouvement patriotique pour la sauvegarde (PAS) a critiqué la France. Le PAS a accusé le "
      "Mali d'ingérence.",
      "2023-08-10");
  CHECK(ids.count("PAS accuses Mali"));
  auto word = EntityIds(
      "Le Mouvement patriotique pour la sauvegarde (PAS) a critiqué la France. Ce n'est PAS le "
      "cas, a dit Paris.",
      "2023-08-10");
  CHECK(word.count("PAS"));  // the definition itself
  // The capitalised negation "PAS" is no mention of the body.
  auto x = kzgraph::testing::ExtractText(
      "Le Mouvement patriotique pour la sauvegarde (PAS) a vu le jour. Ce n'est PAS le cas.",
      "2023-08-10");
  int mentions = 0;
  for (const auto& m : x.mentions) mentions += m.entity_id == "PAS";
  CHECK(mentions == 1);
}
