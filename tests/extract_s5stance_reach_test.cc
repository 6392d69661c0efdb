// Session 5 (s5stance): argument reach of known stance triggers. A second
// object with its own charge ("accuse A de X et B de Y", "accused A of X and
// B of Y"). Negatives: negation, a conjunct with its own finite verb, a
// contrast, coordinated places or charges that name no second accused.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {

bool Says(const std::string& text, const std::string& edge) { return Edges(text).count(edge) > 0; }

}  // namespace

TEST_CASE("s5stance: a second accused with its own charge", "[extract][s5stance]") {
  CHECK(Says("Le Ghana accuse le Togo d'armer les rebelles et le Bénin de les financer.",
             "Ghana accuses Benin"));
  CHECK(Says("Le Kenya accuse l'Éthiopie de trahison et la Somalie de complicité.",
             "Kenya accuses Somalia"));
  CHECK(Says("Chile accused Peru of arming the rebels and Bolivia of funding them.",
             "Chile accuses Bolivia"));
  CHECK(Says("Ghana accused Togo of having backed the rebels and Benin of having paid them.",
             "Ghana accuses Benin"));
}

TEST_CASE("s5stance: no second accused without its own charge", "[extract][s5stance]") {
  CHECK_FALSE(Says("Le Ghana n'accuse pas le Togo de trahison ni le Bénin de complicité.",
                   "Ghana accuses Benin"));
  CHECK_FALSE(Says("Le Ghana accuse le Togo de trahison et le Bénin a démenti toute complicité.",
                   "Ghana accuses Benin"));
  CHECK_FALSE(Says("Chile accused Peru of treason and Bolivia has denied any role.",
                   "Chile accuses Bolivia"));
  CHECK_FALSE(
      Says("Chile accused Peru of attacking Bolivia and Ecuador.", "Chile accuses Ecuador"));
  CHECK_FALSE(Says("Chile could accuse Peru of treason and Bolivia of complicity.",
                   "Chile accuses Bolivia"));
}
