// Diplomatic protest and harsh words criticize the
// other state: summoning its envoy, recalling one's own ambassador from it,
// seeking sanctions against it, "harsh words for", "des mots très durs
// envers". Negatives: negation, hypothesis, a summoned envoy with no state,
// a summit convened (no envoy), "rappeler à X ses engagements".
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("a diplomatic protest criticizes the other state", "[extract][stance]") {
  CHECK(Says("Ghana summoned Togo's ambassador over the incident.", "Ghana criticizes Togo"));
  CHECK(Says("Ghana summoned the Togolese ambassador on Monday.", "Ghana criticizes Togo"));
  // The protest is against the state, not the envoy named after it.
  const auto named = Edges("Kenya summoned Ethiopia's ambassador, Meles Alem, after the raid.");
  CHECK(named.count("Kenya criticizes Ethiopia") == 1);
  CHECK(named.count("Kenya criticizes Meles Alem") == 0);
  CHECK(Says("Le Sénégal a rappelé son ambassadeur au Mali.", "Senegal criticizes Mali"));
  CHECK(Says("Chile recalled its ambassador from Lima in protest.", "Chile criticizes Peru"));
  CHECK(Says("Chile sought sanctions against Peru.", "Chile criticizes Peru"));
  CHECK(Says("Chile had harsh words for Peru.", "Chile criticizes Peru"));
  CHECK(Says("Le Ghana a eu des mots très durs envers le Togo.", "Ghana criticizes Togo"));
}

TEST_CASE("no protest without a summons or recall", "[extract][stance]") {
  CHECK_FALSE(Says("Chile did not summon Peru's ambassador.", "Chile criticizes Peru"));
  CHECK_FALSE(Says("Chile could recall its ambassador to Peru.", "Chile criticizes Peru"));
  CHECK_FALSE(HasPredicate(Edges("Chile summoned the ambassador, Juan Perez, over the incident."),
                           "criticizes"));
  CHECK_FALSE(HasPredicate(Edges("Ghana convened a summit with Togo."), "criticizes"));
  CHECK_FALSE(HasPredicate(Edges("Le Ghana a rappelé au Togo ses engagements."), "criticizes"));
}

TEST_CASE("stance adjectives favorable/hostile to an actor", "[extract][stance]") {
  CHECK(Says("Le Ghana s'est dit favorable au Togo.", "Ghana supports Togo"));
  CHECK(Says("Le Ghana s'est dit hostile au Togo.", "Ghana criticizes Togo"));
  CHECK(Says("Kenya remains hostile to Ethiopia.", "Kenya criticizes Ethiopia"));
  CHECK(Says("Le Ghana a plaidé pour le Togo.", "Ghana supports Togo"));
  // Negation; a measure, not the actor named after it.
  CHECK_FALSE(Says("Le Ghana n'est pas hostile au Togo.", "Ghana criticizes Togo"));
  CHECK_FALSE(
      Says("Le Ghana est favorable à un cessez-le-feu avec le Togo.", "Ghana supports Togo"));
  CHECK_FALSE(Says("Le Ghana a plaidé pour des négociations avec le Togo.", "Ghana supports Togo"));
}
