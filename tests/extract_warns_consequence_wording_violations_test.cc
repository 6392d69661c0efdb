// The class of announced costs in other words ("X will bear the
// consequences", "X would face retaliation", "la Grèce s'exposerait à des
// représailles", "le Mali payera le prix"), and a violation (of sovereignty,
// airspace, a truce) as an act whose author was told before: "France
// denounced the violation of Iraqi sovereignty" after Iran's strikes is
// criticism of Iran. Negatives: negation, the speaker's own cost, a
// hypothetical, a violation with no author told.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("consequences borne, retaliation faced, reprisals incurred warn", "[extract][stance]") {
  CHECK(Says("\"Ghana will bear the consequences,\" Togo said.", "Togo warns Ghana"));
  CHECK(Says("Kenya said Ethiopia would suffer the consequences.", "Kenya warns Ethiopia"));
  CHECK(Says("Ethiopia will face retaliation, Kenya said.", "Kenya warns Ethiopia"));
  CHECK(Says("Kenya said Ethiopia would face the full force of its army.",
             "Kenya warns Ethiopia"));
  CHECK(Says("Le Sénégal a déclaré que le Mali payera le prix de ses choix.",
             "Senegal warns Mali"));
  CHECK(Says("Le Ghana a déclaré que le Togo s'exposerait à des représailles.",
             "Ghana warns Togo"));
  CHECK(Says("Le Togo subira des représailles, selon le Ghana.", "Ghana warns Togo"));
}

TEST_CASE("no warning from a negated, hypothetical or own cost in other words",
          "[extract][stance]") {
  CHECK_FALSE(Says("Kenya said Ethiopia would not bear the consequences.", "Kenya warns Ethiopia"));
  CHECK_FALSE(Says("Kenya said Ethiopia could not bear the consequences of a long war alone.",
                   "Kenya warns Ethiopia"));
  CHECK_FALSE(HasPredicate(Edges("Kenya said it would bear the consequences of its choice."),
                           "warns"));
  CHECK_FALSE(HasPredicate(Edges("Les agriculteurs subiront des représailles, selon le Ghana."),
                           "warns"));
}

TEST_CASE("a violation told after an actor's strikes is that actor's act", "[extract][stance]") {
  CHECK(Says("Iranian missiles struck Erbil on Monday.\n\n"
             "France denounced the violation of Iraqi sovereignty.",
             "France criticizes Iran"));
  CHECK(Says("La Russie a bombardé Kharkiv lundi.\n\n"
             "La France a dénoncé une violation flagrante du droit international.",
             "France criticizes Russia"));
}

TEST_CASE("a violation with no author told is nobody's", "[extract][stance]") {
  CHECK_FALSE(HasPredicate(Edges("France denounced the violation of Iraqi sovereignty."),
                           "criticizes"));
  CHECK_FALSE(Says("Iranian missiles struck Erbil on Monday.\n\n"
                   "France denounced the violation of Iraqi sovereignty.",
                   "France criticizes Iraq"));
}
