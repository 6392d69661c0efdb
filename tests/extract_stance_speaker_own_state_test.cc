// A stance that a speaker reports for the state he
// heads or serves is his own too ("« Le Sénégal condamne le Mali », a
// déclaré le président sénégalais"). Negatives: another state's stance in
// his words, a negated stance, an earlier act in the pluperfect, an agent
// phrase that is no subject of his words.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"

namespace {

const kzgraph::testing::EdgeCheck Says("2023-03-01");

}  // namespace

TEST_CASE("the speaker holds his own state's reported stance (English)", "[extract][stance]") {
  CHECK(Says("\"Kenya firmly condemns Ethiopia,\" Kenyan President William Ruto said on Monday.",
             "Ruto criticizes Ethiopia"));
  CHECK(
      Says("Kenyan President William Ruto said Kenya supports Somalia.", "Ruto supports Somalia"));
}

TEST_CASE("the speaker holds his own state's reported stance (French)", "[extract][stance]") {
  CHECK(
      Says("« Le Sénégal condamne fermement le Mali », a déclaré le président sénégalais "
           "Macky Sall.",
           "Macky Sall criticizes Mali"));
  CHECK(Says("Le président sénégalais Macky Sall a assuré que le Sénégal soutenait la Gambie.",
             "Macky Sall supports Gambia"));
}

TEST_CASE("reported stances the speaker does not hold", "[extract][stance]") {
  // Another state's stance.
  CHECK_FALSE(Says("Kenyan President William Ruto said Uganda condemns Ethiopia.",
                   "Ruto criticizes Ethiopia"));
  CHECK_FALSE(Says("Le président sénégalais Macky Sall a affirmé que la Guinée condamne le Mali.",
                   "Macky Sall criticizes Mali"));
  // Negation.
  CHECK_FALSE(Says("Kenyan President William Ruto said Kenya does not support Ethiopia.",
                   "Ruto supports Ethiopia"));
  CHECK_FALSE(
      Says("Le président sénégalais Macky Sall a déclaré que le Sénégal ne soutient pas "
           "le Mali.",
           "Macky Sall supports Mali"));
  // An earlier act, reported.
  CHECK_FALSE(Says("Kenyan President William Ruto said Kenya had warned Ethiopia last year.",
                   "Ruto warns Ethiopia"));
}
