// A negated verb governing an infinitive denies the act ("did not want to
// criticize"), unless its negation asserts it: litotes such as "did not
// forget to", "never failed to", "n'a pas manqué de" (stance_word
// role=negation_asserts). One check, one list, both languages.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace {

using kzgraph::testing::Edges;

TEST_CASE("an affirming litotes keeps the governed act's edge", "[extract]") {
  const auto en_forget = Edges(
      "At the summit, the Armenian prime minister Nikol Pashinyan did not forget to thank "
      "France for its help.");
  CHECK(en_forget.count("France supports Pashinyan") == 1);
  const auto en_fail =
      Edges("Chancellor Olaf Scholz did not fail to criticize Hungary over the veto on Friday.");
  CHECK(en_fail.count("Scholz criticizes Hungary") == 1);
  const auto en_never =
      Edges("Chancellor Olaf Scholz never failed to criticize Hungary over its vetoes.");
  CHECK(en_never.count("Scholz criticizes Hungary") == 1);
  const auto fr_forget = Edges(
      "Lors du sommet, le Premier ministre arménien Nikol Pachinian n'a pas oublié de "
      "remercier la France pour son aide.");
  CHECK(fr_forget.count("France supports Pashinyan") == 1);
  const auto fr_miss = Edges(
      "Le chancelier Olaf Scholz n'a pas manqué de critiquer la Hongrie vendredi.");
  CHECK(fr_miss.count("Scholz criticizes Hungary") == 1);
}

TEST_CASE("a plain negated governing verb still blocks the act", "[extract]") {
  const auto en_want =
      Edges("Chancellor Olaf Scholz did not want to criticize Hungary over the veto on Friday.");
  CHECK_FALSE(en_want.count("Scholz criticizes Hungary"));
  const auto en_contracted =
      Edges("Chancellor Olaf Scholz didn't intend to criticize Hungary over the veto on Friday.");
  CHECK_FALSE(en_contracted.count("Scholz criticizes Hungary"));
  const auto fr_plan = Edges(
      "Le chancelier Olaf Scholz ne prévoit pas de critiquer la Hongrie vendredi.");
  CHECK_FALSE(fr_plan.count("Scholz criticizes Hungary"));
  const auto fr_intention = Edges(
      "Le chancelier Olaf Scholz n'a pas l'intention de critiquer la Hongrie vendredi.");
  CHECK_FALSE(fr_intention.count("Scholz criticizes Hungary"));
}

}  // namespace
