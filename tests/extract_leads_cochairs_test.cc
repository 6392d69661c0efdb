// A body chaired jointly -- "co-chaired by X, Y and
// Z", "X, which co-chairs O with Y", "coprésidé par X et Y", the title
// "co-chair of O" -- each co-chair leads the body; negation and hypothesis
// give no edge.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("every co-chair of a body leads it, English and French", "[extract][titles]") {
  const auto en = Edges("The Lima Group, co-chaired by Canada and Peru, met on Monday in Ottawa.");
  CHECK(en.count("Canada leads Lima Group") == 1);
  CHECK(en.count("Peru leads Lima Group") == 1);
  const auto rel = Edges("Brazil, which co-chairs the Lima Group with Chile, called for calm.");
  CHECK(rel.count("Brazil leads Lima Group") == 1);
  CHECK(rel.count("Chile leads Lima Group") == 1);
  const auto fr =
      Edges("Le Groupe de Lima, coprésidé par le Canada et le Pérou, s'est réuni lundi à Ottawa.");
  CHECK(fr.count("Canada leads Lima Group") == 1);
  CHECK(fr.count("Peru leads Lima Group") == 1);
  CHECK(Edges("La coprésidente du Groupe de Lima, Chrystia Freeland, a pris la parole.")
            .count("Freeland leads Lima Group") == 1);
}

TEST_CASE("a denied or hoped-for co-chair leads nothing", "[extract][titles]") {
  CHECK_FALSE(HasPredicate(Edges("Argentina does not co-chair the Lima Group."), "leads"));
  CHECK_FALSE(HasPredicate(Edges("Le Chili ne copréside pas le Groupe de Lima."), "leads"));
  CHECK_FALSE(HasPredicate(Edges("La Colombie pourrait coprésider le Groupe de Lima."), "leads"));
}
