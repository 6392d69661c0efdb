// Argument reach of known stance triggers. A second
// object with its own charge ("accuse A de X et B de Y", "accused A of X and
// B of Y"). Negatives: negation, a conjunct with its own finite verb, a
// contrast, coordinated places or charges that name no second accused.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("a second accused with its own charge", "[extract][stance]") {
  CHECK(Says("Le Ghana accuse le Togo d'armer les rebelles et le Bénin de les financer.",
             "Ghana accuses Benin"));
  CHECK(Says("Le Kenya accuse l'Éthiopie de trahison et la Somalie de complicité.",
             "Kenya accuses Somalia"));
  CHECK(Says("Chile accused Peru of arming the rebels and Bolivia of funding them.",
             "Chile accuses Bolivia"));
  CHECK(Says("Ghana accused Togo of having backed the rebels and Benin of having paid them.",
             "Ghana accuses Benin"));
}

TEST_CASE("no second accused without its own charge", "[extract][stance]") {
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

TEST_CASE("stance holders listed after a closing colon", "[extract][stance]") {
  const auto fr = Edges(
      "Plusieurs dirigeants sont venus témoigner leur soutien au Togo : le président ghanéen "
      "Nana Akufo-Addo, ainsi que le président kényan William Ruto.");
  CHECK(fr.count("Akufo-Addo supports Togo") == 1);
  CHECK(fr.count("Ruto supports Togo") == 1);
  const auto en = Edges("Several countries condemned Peru: Ghana, Kenya and Chile.");
  CHECK(en.count("Ghana criticizes Peru") == 1);
  CHECK(en.count("Chile criticizes Peru") == 1);
  CHECK(Says("Plusieurs pays ont condamné le Togo : le Ghana, le Kenya et le Bénin.",
             "Benin criticizes Togo"));
}

TEST_CASE("no colon-list holders for a clause, a negation or one name", "[extract][stance]") {
  CHECK_FALSE(Says("Several countries condemned Peru: Ghana's army then seized power.",
                   "Ghana criticizes Peru"));
  CHECK_FALSE(Says("Plusieurs pays n'ont pas condamné le Togo : le Ghana et le Kenya.",
                   "Ghana criticizes Togo"));
  CHECK_FALSE(Says("Plusieurs pays ont condamné le Togo : le Ghana.", "Ghana criticizes Togo"));
  // A place in the list is not a holder.
  CHECK_FALSE(Says("Several countries condemned Peru: Ghana, Kenya and the port of Mombasa.",
                   "Ghana criticizes Peru"));
}

TEST_CASE("a nationality after a quoted act noun names its author", "[extract][stance]") {
  CHECK(Says("Le Ghana a dénoncé l'« agression » togolaise.", "Ghana criticizes Togo"));
  CHECK(
      Says("Le Kenya a condamné les « provocations » éthiopiennes.", "Kenya criticizes Ethiopia"));
  CHECK(Says("Chile condemned Peruvian \"aggression\".", "Chile criticizes Peru"));
  // A nationality after a quotation that is no act names no actor.
  CHECK_FALSE(Says("Le Ghana a salué un « beau moment » togolais.", "Ghana supports Togo"));
  CHECK_FALSE(Says("Le Ghana n'a pas dénoncé l'« agression » togolaise.", "Ghana criticizes Togo"));
}
