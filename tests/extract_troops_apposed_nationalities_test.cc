// Nationalities apposed to the troops between commas ("2 000 militaires,
// russes pour l'essentiel, mais aussi arméniens, ont été dépêchés") send
// them; on sentences of our own.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("apposed nationalities of the troops send them", "[extract]") {
  auto e = Edges(
      "Quelque 1 500 militaires, kényans pour l'essentiel, mais aussi burundais et tchadiens, "
      "avaient été dépêchés en Haïti.",
      "2024-07-01");
  CHECK(e.count("Kenya sends_troops Haiti"));
  CHECK(e.count("Burundi sends_troops Haiti"));
  CHECK(e.count("Chad sends_troops Haiti"));
  auto f = Edges(
      "Some 1,500 troops, mostly Kenyan but also Burundian and Chadian, were deployed to Haiti.",
      "2024-07-01");
  CHECK(f.count("Kenya sends_troops Haiti"));
  CHECK(f.count("Burundi sends_troops Haiti"));
  CHECK(f.count("Chad sends_troops Haiti"));
}

TEST_CASE("an incise between commas that is no nationality sends nothing", "[extract]") {
  auto e = Edges("The troops, Kenyan officials said, were deployed to Haiti.", "2024-07-01");
  CHECK_FALSE(e.count("Kenya sends_troops Haiti"));
  auto f = Edges("Les soldats, qui sont kényans, ont été déployés en Haïti.", "2024-07-01");
  CHECK_FALSE(f.count("Kenya sends_troops Haiti"));
}
