// In the clause of a past statement the conditional
// ("a promis que le Sénégal soutiendrait", "said that Kenya would support")
// is the future of the past: the stance is held, not supposed. Negatives:
// the journalistic conditional without a statement, a condition, a negation,
// a present statement.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"

namespace {

const kzgraph::testing::EdgeCheck Says("2023-03-01");

}  // namespace

TEST_CASE("a stance promised in a past statement holds (English)", "[extract][stance]") {
  CHECK(Says("Kenyan President William Ruto said on Friday that Kenya would support Somalia.",
             "Kenya supports Somalia"));
  // A promise is a statement: its speaker holds his own state's stance.
  const std::string pledge =
      "Kenyan President William Ruto pledged that Kenya would support Somalia.";
  CHECK(Says(pledge, "Kenya supports Somalia"));
  CHECK(Says(pledge, "Ruto supports Somalia"));
}

TEST_CASE("a stance promised in a past statement holds (French)", "[extract][stance]") {
  const std::string text =
      "Le président sénégalais Macky Sall a promis que le Sénégal soutiendrait la Gambie.";
  CHECK(Says(text, "Senegal supports Gambia"));
  CHECK(Says(text, "Macky Sall supports Gambia"));
  CHECK(Says("Le Ghana a affirmé que le Togo condamnerait le Bénin.", "Togo criticizes Benin"));
}

TEST_CASE("conditionals that stay hypotheses", "[extract][stance]") {
  // The journalistic conditional, with no statement.
  CHECK_FALSE(
      Says("Le Sénégal soutiendrait la Gambie, selon la presse.", "Senegal supports Gambia"));
  // A condition.
  CHECK_FALSE(Says("Ruto said that Kenya would support Somalia if the talks failed.",
                   "Kenya supports Somalia"));
  CHECK_FALSE(Says("Le Ghana a affirmé que le Togo condamnerait le Bénin si la frontière fermait.",
                   "Togo criticizes Benin"));
  // A negation.
  CHECK_FALSE(
      Says("Ruto said on Friday that Kenya would not support Somalia.", "Kenya supports Somalia"));
  CHECK_FALSE(Says("Le Ghana a affirmé que le Togo ne condamnerait pas le Bénin.",
                   "Togo criticizes Benin"));
  // A present statement about a possibility.
  CHECK_FALSE(Says("Le Ghana estime que le Togo condamnerait le Bénin.", "Togo criticizes Benin"));
}
