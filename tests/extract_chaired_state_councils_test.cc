// A state's own council named bare after a chairing verb or a person's
// pronoun (engine_mentions.cc ChairedNationalBody, roles.tsv office_chair):
// "who chaired the powerful Security Council", "qui préside le Conseil de
// sécurité", "il a perdu la présidence du Conseil de sécurité".
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::EntityIds;

TEST_CASE("a council chaired by a person is his state's", "[extract][entities]") {
  const auto en = EntityIds(
      "Lukashenko, who chaired the powerful Security Council for years, kept his post.", "2021-05-01");
  CHECK(en.count("Belarusian Security Council") == 1);
  CHECK(en.count("UN Security Council") == 0);
  const auto fr =
      EntityIds("Loukachenko, qui préside le Conseil de sécurité, a limogé son ministre.", "2021-05-01");
  CHECK(fr.count("Belarusian Security Council") == 1);
  CHECK(fr.count("UN Security Council") == 0);
}

TEST_CASE("a state holding the council's presidency keeps the UN's", "[extract][entities]") {
  // near misses: a state, or "elle", holds the UN council's rotating presidency
  CHECK(EntityIds("Le Mozambique assure la présidence du Conseil de sécurité en mars.")
            .count("UN Security Council") == 1);
  CHECK(EntityIds("Elle assure la présidence du Conseil de sécurité depuis mars.")
            .count("UN Security Council") == 1);
  // the alliance's council names its owner: not a state's
  CHECK(EntityIds("Pachinian, qui préside le Conseil de sécurité collective de l'alliance, a parlé.")
            .count("CSTO Collective Security Council") == 1);
}
