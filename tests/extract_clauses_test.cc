// Clause-level rules on short sentences of our own: verbs that inherit the
// main clause's subject, purpose clauses with a possessive aid noun, object
// relatives with an inverted subject.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("clauses: a coordinated verb takes the main subject, not the que-clause's", "[extract]") {
  auto f = Edges(
      "Le président Emmanuel Macron a jugé que le Mali « devait voter » et a critiqué la "
      "présence des soldats russes.",
      "2022-01-20");
  CHECK(f.count("Macron criticizes Russia"));
  CHECK_FALSE(f.count("Mali criticizes Russia"));
  auto e = Edges(
      "Antony Blinken said that Kazakhstan could restore order and criticized the presence of "
      "Russian troops.",
      "2022-01-20");
  CHECK(e.count("Blinken criticizes Russia"));
  CHECK_FALSE(e.count("Kazakhstan criticizes Russia"));
}

TEST_CASE("clauses: gerunds take the main subject", "[extract]") {
  auto f = Edges(
      "Vladimir Poutine a rejeté ces critiques, en reprochant à la France son "
      "ingérence.",
      "2022-01-20");
  CHECK(f.count("Putin accuses France"));
  auto f2 =
      Edges("Vladimir Poutine a salué l'accord tout en accusant l'OTAN de mentir.", "2022-01-20");
  CHECK(f2.count("Putin accuses NATO"));
  auto e = Edges(
      "Vladimir Putin dismissed Antony Blinken's remarks, calling them false and accusing "
      "Washington of hypocrisy.",
      "2022-01-20");
  CHECK(e.count("Putin accuses United States"));
  CHECK_FALSE(e.count("Blinken accuses United States"));
}

TEST_CASE("clauses: a purpose clause asks the actor named after vers/to for 'its' help",
          "[extract]") {
  auto f = Edges(
      "Le président Kassym-Jomart Tokaïev s'est tourné vers l'OTSC, une alliance que domine "
      "la Russie, pour solliciter son aide.",
      "2022-01-07");
  CHECK(f.count("Tokayev requests_aid CSTO"));
  CHECK_FALSE(f.count("Russia requests_aid CSTO"));
  CHECK(f.count("Russia leads CSTO"));
}
