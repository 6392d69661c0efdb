// Companies and state bodies named by a head noun or their own short names
// (schema/lexicon/words.tsv org_intro, schema/dict/organizations.jsonl): "le
// fonds souverain X", "la compagnie gazière X", "l'opérateur d'oléoducs X",
// "the state oil company X", "X, the state oil company"; "military" before
// a noun is no army.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::EntityIds;

TEST_CASE("a company introduced by its head noun is an organization", "[extract][entities]") {
  CHECK(EntityIds("Le fonds souverain Vostrana a annoncé mardi le départ de son directeur.")
            .count("Vostrana") == 1);
  CHECK(EntityIds("Le gendre dirigeait la compagnie gazière Petrolvia jusqu'en janvier.")
            .count("Petrolvia") == 1);
  CHECK(EntityIds("Il était à la tête de l'opérateur d'oléoducs Transkarta depuis 2019.")
            .count("Transkarta") == 1);
  CHECK(EntityIds("The state oil company Ardanneft said output had fallen by a third.")
            .count("Ardanneft") == 1);
  CHECK(EntityIds("Bonds of Ardanneft, the state oil company, recovered on Friday.")
            .count("Ardanneft") == 1);
  CHECK(EntityIds("Lena Ortiz, a partner at the advisory firm Kestrel Capital, said so.")
            .count("Kestrel Capital") == 1);
}

TEST_CASE("a head noun alone names no company", "[extract][entities]") {
  // near misses: the noun with no name after it, or a plain noun after it
  const auto fr = EntityIds("La compagnie gazière a annoncé une hausse des prix.");
  CHECK(fr.count("compagnie") == 0);
  CHECK(fr.count("compagnie gazière") == 0);
  const auto en = EntityIds("The company said the fund would pay its debts in March.");
  CHECK(en.count("company") == 0);
  CHECK(en.count("fund") == 0);
  CHECK(en.size() == 0);
  // "giant" is an adjective: a dam, not a company
  CHECK(EntityIds("Egypt is at odds with Ethiopia over its giant Nile dam.").count("Nile") == 0);
}

TEST_CASE("'military' before a noun is no army", "[extract][entities]") {
  // the adjective: "its military operations", "their military presence"
  CHECK(EntityIds("Nairobi asked Kampala to suspend its military operations in the north.")
            .count("Ugandan army") == 0);
  CHECK(EntityIds("Moscow keeps strengthening its military presence in Libya.")
            .count("Russian army") == 0);
  // near miss: the noun, with a verb after it, is the army
  CHECK(EntityIds("The Kenyan government said its military launched strikes on the camp.")
            .count("Kenyan army") == 1);
}
