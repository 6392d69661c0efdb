// Speaker attribution. A present participle after a
// comma is no inverted attribution ("..., accusing X of": X is no speaker),
// and a counted group ("hundreds of protesters", "des centaines de
// manifestants") is its clause's subject. Negatives: a real inverted
// attribution still names its speaker; a negated participle gives nothing;
// a place in between is no subject.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("a participle after a comma names no speaker", "[extract][stance]") {
  const auto en =
      Edges("Hundreds of protesters gathered outside the parliament, accusing Ghana of treason.");
  CHECK(en.count("protesters accuses Ghana") == 1);
  CHECK(en.size() == 1);  // neither the parliament nor Ghana is a speaker
  CHECK(
      Says("Des centaines de manifestants se sont rassemblés devant le parlement, accusant le "
           "Togo de trahison.",
           "protesters accuses Togo"));
  CHECK(Says("Thousands of protesters marched in Nairobi, criticizing Kenya for the tax.",
             "protesters criticizes Kenya"));
}

TEST_CASE("inverted attributions and negated participles", "[extract][stance]") {
  // A finite verb after the quotation still names its speaker.
  CHECK(Says("\"Togo is a terrorist state,\" said Nana Akufo-Addo.",
             "Akufo-Addo accuses terrorists"));
  CHECK_FALSE(Says("Hundreds of protesters gathered in Accra, not accusing Togo of anything.",
                   "protesters accuses Togo"));
}

TEST_CASE("a state speaks a quotation after an inverted verb", "[extract][stance]") {
  CHECK(
      Says("« Le Togo doit cesser ses provocations », a affirmé le Ghana.", "Ghana accuses Togo"));
  CHECK(Says("\"Togo is a terrorist state,\" said Ghana.", "Ghana accuses terrorists"));
  // A place after the verb is no speaker; a nationality is no speaker.
  CHECK_FALSE(HasPredicate(
      Edges("« Le Togo doit cesser ses provocations », a-t-on déclaré à Accra."), "accuses"));
  CHECK_FALSE(
      Says("\"Togo must stop its provocations,\" said a Ghanaian farmer.", "Ghana accuses Togo"));
}
