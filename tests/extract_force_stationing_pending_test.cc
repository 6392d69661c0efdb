// Troops "basés au/en" a place and memberships objected to or told in the
// conditional (schema/lexicon/triggers_forces_abroad_based_units.tsv,
// triggers_membership.tsv).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("troops based in a place, masculine forms", "[extract]") {
  auto e = Edges("Quelque 800 militaires italiens sont basés au Liban depuis 2006.", "2023-05-02");
  CHECK(e.count("Italy sends_troops Lebanon"));
  e = Edges("Le contingent espagnol basé en Lettonie compte 600 soldats.", "2023-05-02");
  CHECK(e.count("Spain sends_troops Latvia"));
  e = Edges("Some 600 Spanish troops are based in Latvia.", "2023-05-02");
  CHECK(e.count("Spain sends_troops Latvia"));
  // a firm based somewhere is no troop
  e = Edges("Une entreprise italienne basée au Liban a été rachetée.", "2023-05-02");
  CHECK_FALSE(HasPredicate(e, "sends_troops"));
}

TEST_CASE("a membership objected to or in the conditional is pending", "[extract]") {
  auto e = Edges("Hungary, a member of NATO, objected to Sweden joining the alliance.", "2023-03-01");
  CHECK(e.count("Hungary member_of NATO"));
  CHECK_FALSE(e.count("Sweden member_of NATO"));
  e = Edges("Une adhésion de la Moldavie à l'OTAN serait une provocation, selon Moscou.",
            "2023-03-01");
  CHECK_FALSE(e.count("Moldova member_of NATO"));
  e = Edges("L'adhésion de la Croatie à l'Union européenne date de 2013.", "2023-03-01");
  CHECK(e.count("Croatia member_of EU"));
}
