// A list whose last conjunct is an indefinite quantity ("and several smaller
// groups", "et de plusieurs milices") still joins its comma-separated names:
// the list ends there, and every named conjunct is kept.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a list closed by an indefinite quantity keeps its named conjuncts", "[extract]") {
  auto en = Edges(
      "The Northern Alliance Front (NAF), which comprises the Union of Free Villages (UFV), "
      "the River Guard Brigade (RGB) and various local militias, signed the truce.");
  CHECK(en.count("UFV member_of NAF") == 1);
  CHECK(en.count("RGB member_of NAF") == 1);
  auto fr = Edges(
      "Le Front uni des collines (FUC), composé de l'Union des villages libres (UVL), de la "
      "Brigade de la rivière (BDR) et de plusieurs groupes locaux, a signé la trêve.");
  CHECK(fr.count("UVL member_of FUC") == 1);
  CHECK(fr.count("BDR member_of FUC") == 1);
  auto states = Edges("Moscow accused Poland, Lithuania and several other NATO states of provocations.");
  CHECK(states.count("Russia accuses Poland") == 1);
  CHECK(states.count("Russia accuses Lithuania") == 1);
}

TEST_CASE("a comma-joined name before a new clause is no conjunct", "[extract]") {
  // No closing conjunct: the name after the comma starts another clause.
  auto en = Edges("Moscow accused Warsaw, Lithuania then recalled its ambassador.");
  CHECK(en.count("Russia accuses Lithuania") == 0);
}
