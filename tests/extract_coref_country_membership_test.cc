// "The country is a member of X", "le pays reste membre de X", "the country,
// an EU member,": a copula or an apposition states the membership of the
// country "the country" / "le pays" takes up (the state that was the
// subject of the sentence before). A copula with anything else gives no
// subject.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("the country's membership stated by a copula", "[extract]") {
  auto en = Edges("Finland signed the declaration on Monday. The country is also a member of NATO.");
  CHECK(en.count("Finland member_of NATO") == 1);
  auto still = Edges("Mali left the talks on Friday. The country remains a member of the African Union.");
  CHECK(still.count("Mali member_of African Union") == 1);
  auto fr = Edges("La Pologne a signé la déclaration lundi. Le pays est membre de l'Union européenne.");
  CHECK(fr.count("Poland member_of EU") == 1);
  auto fr2 = Edges("Le Tchad a quitté les pourparlers. Le pays reste membre de l'Union africaine.");
  CHECK(fr2.count("Chad member_of African Union") == 1);
}

TEST_CASE("the country's membership stated by an apposition", "[extract]") {
  auto en = Edges("Greece hosted the summit. The country, an EU member, backed the plan.");
  CHECK(en.count("Greece member_of EU") == 1);
  auto fr = Edges("L'Estonie a accueilli le sommet. Le pays, membre de l'Otan, a soutenu le plan.");
  CHECK(fr.count("Estonia member_of NATO") == 1);
}

TEST_CASE("a copula of the country with no membership gives no edge", "[extract]") {
  // Another state's membership, named after the copula, is not the country's.
  auto en = Edges("Finland signed the declaration. The country is a target, a NATO official said.");
  CHECK(en.count("Finland member_of NATO") == 0);
  auto fr = Edges("La Pologne a signé la déclaration. Le pays est la cible de l'Otan.");
  CHECK(fr.count("Poland member_of NATO") == 0);
  // French plural "les pays" takes up no single state.
  auto plural = Edges("L'Estonie a demandé des renforts. Les pays membres de l'Otan lui ont répondu.");
  CHECK(plural.count("Estonia member_of NATO") == 0);
  // The subject before is no state: nothing to take up.
  auto body = Edges("The summit ended on Monday. The country is a member of NATO.");
  CHECK(body.size() == 0);
}
