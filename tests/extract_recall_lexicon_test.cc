// Recall phrasings that are vocabulary only (schema/lexicon): support one
// benefits from, talks "discussed with", calls for help and weapons, new
// troop nouns, labels given with "describe ... as". Each positive has its
// negated or unrelated twin.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
const kzgraph::testing::PredicateCheck AnyOf("2023-06-01");
}  // namespace

TEST_CASE("recall: support one benefits from goes to the beneficiary", "[extract]") {
  const char* fr = "Le maréchal Khalifa Haftar bénéficie du soutien du Caire et de Moscou.";
  CHECK(Says(fr, "Egypt supports Haftar"));
  CHECK(Says(fr, "Russia supports Haftar"));
  CHECK_FALSE(Says(fr, "Haftar supports Russia"));
  CHECK(Says("Haftar enjoys the backing of Egypt and Russia.", "Russia supports Haftar"));
  CHECK_FALSE(AnyOf("Khalifa Haftar ne bénéficie plus du soutien de Moscou.", "supports"));
}

TEST_CASE("recall: discussing with someone is a meeting", "[extract]") {
  CHECK(Says("Erdogan had discussed the proposal with Russian President Vladimir Putin.",
             "Erdogan meets Putin"));
  CHECK_FALSE(AnyOf("Erdogan did not discuss the matter with Putin.", "meets"));
}

TEST_CASE("recall: calling someone to help, asking for weapons", "[extract]") {
  CHECK(Says("Mikheïl Saakachvili a appelé l'Occident à l'aide.", "Saakashvili requests_aid West"));
  CHECK_FALSE(AnyOf("Le Mali a appelé la Russie à cesser les combats.", "requests_aid"));
  CHECK(Says("Volodymyr Zelensky appealed to Western partners for more long-range weapons.",
             "Zelensky requests_aid West"));
  CHECK(Says("Le Mali a demandé à la Russie des armes.", "Mali requests_aid Russia"));
  CHECK_FALSE(AnyOf("Russia asked Ukraine to hand over its weapons.", "requests_aid"));
}

TEST_CASE("recall: instructors and servicemen are troops", "[extract]") {
  CHECK(Says("Russia sent military instructors to the Central African Republic.",
             "Russia sends_troops Central African Republic"));
  CHECK(Says("La Russie a envoyé des instructeurs militaires en Centrafrique.",
             "Russia sends_troops Central African Republic"));
  CHECK_FALSE(
      AnyOf("Russia did not send instructors to the Central African Republic.", "sends_troops"));
}

TEST_CASE("recall: describing an act as a mistake criticizes its author", "[extract]") {
  CHECK(Says("Germany described Russia's move as a mistake.", "Germany criticizes Russia"));
  CHECK_FALSE(AnyOf("Germany described Russia's move as historic.", "criticizes"));
}
