// Condemning a coup criticizes the country it struck
// ("condemned the coup in Gabon", "a condamné le putsch nigérien").
// Negatives: negation, hypothesis, a coup by a named author, the speaker's
// own country, a place that names no country.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says("2023-09-01");

}  // namespace

TEST_CASE("condemning a coup criticizes the country (English)", "[extract][stance]") {
  CHECK(Says("Kenya condemned the coup in Gabon.", "Kenya criticizes Gabon"));
  CHECK(Says("Chile strongly condemned the Peruvian coup.", "Chile criticizes Peru"));
  // The article's country when the coup is not placed.
  CHECK(
      Says("Gabon: soldiers seize power in Gabon. Gabon is calm, Gabon waits. Kenya has "
           "condemned the takeover.",
           "Kenya criticizes Gabon"));
}

TEST_CASE("condemning a coup criticizes the country (French)", "[extract][stance]") {
  CHECK(Says("Le Sénégal a condamné le putsch nigérien.", "Senegal criticizes Niger"));
  CHECK(Says("Le Ghana condamne fermement le coup d'État au Burkina Faso.",
             "Ghana criticizes Burkina Faso"));
}

TEST_CASE("coup condemnations that criticize no country", "[extract][stance]") {
  CHECK_FALSE(Says("Kenya did not condemn the coup in Gabon.", "Kenya criticizes Gabon"));
  CHECK_FALSE(Says("Le Ghana ne condamne pas le coup d'État au Burkina Faso.",
                   "Ghana criticizes Burkina Faso"));
  CHECK_FALSE(Says("Kenya would condemn a coup in Gabon.", "Kenya criticizes Gabon"));
  // A coup by a named author is read by the other rules, not as the country's act.
  CHECK_FALSE(Says("Kenya condemned the coup attempt by rebels in Chad.", "Kenya criticizes Chad"));
  // The speaker's own country.
  CHECK_FALSE(Says("Le président nigérien Mohamed Bazoum a condamné le coup d'État au Niger.",
                   "Bazoum criticizes Niger"));
  // A place that is no country, with no article country to fall back on.
  CHECK_FALSE(HasPredicate(Edges("Kenya condemned the coup in the capital."), "criticizes"));
}
