// A summons to protest targets the envoy's state even when the envoy is a
// known person ("convoqué l'ambassadeur de Russie, Oleg X", "the Russian
// ambassador" of the dictionary): the office mention read as the person
// still names the state. Near-misses: a summons of one's own envoy, a
// summons negated.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("a summoned envoy named or known points to his state", "[extract][stance]") {
  CHECK(Says("La Moldavie a convoqué l'ambassadeur de Russie, Oleg Petrov, pour protester.",
             "Moldova criticizes Russia"));
  CHECK(Says("Le Ghana a convoqué l'ambassadeur du Togo, Kofi Mensah, lundi.",
             "Ghana criticizes Togo"));
}

TEST_CASE("a summons names no other state when none is named", "[extract][stance]") {
  CHECK_FALSE(Says("La Moldavie n'a pas convoqué l'ambassadeur de Russie, Oleg Petrov.",
                   "Moldova criticizes Russia"));
  CHECK_FALSE(HasPredicate(Edges("La Moldavie a convoqué son propre ambassadeur à Chisinau."),
                           "criticizes"));
}
