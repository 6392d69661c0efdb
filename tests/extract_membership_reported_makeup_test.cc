// The make-up of a body reported as the future of a past statement ("said
// the operation would bring together A and B", "a annoncé que l'opération
// réunirait A et B") is stated, not supposed; on sentences of our own.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("reported make-up of a body gives membership", "[extract]") {
  auto e = Edges(
      "Officials said the operation, known as EUNAVFOR Aspides, would bring together Greece, "
      "France and Italy.",
      "2024-02-19");
  CHECK(e.count("Greece member_of Operation Aspides"));
  CHECK(e.count("France member_of Operation Aspides"));
  CHECK(e.count("Italy member_of Operation Aspides"));
  auto f = Edges(
      "Le porte-parole a annoncé que l'opération Aspides réunirait la Grèce, la France et "
      "l'Italie.",
      "2024-02-19");
  CHECK(f.count("Greece member_of Operation Aspides"));
  CHECK(f.count("France member_of Operation Aspides"));
  CHECK(f.count("Italy member_of Operation Aspides"));
}

TEST_CASE("unreported or conditional make-up gives no membership", "[extract]") {
  // no statement reported: a plain hypothesis
  auto e = Edges("The operation Aspides would bring together Greece, France and Italy.",
                 "2024-02-19");
  CHECK_FALSE(e.count("Greece member_of Operation Aspides"));
  // a condition after the members
  auto f = Edges(
      "Officials said Aspides would bring together Greece and Italy if parliament agreed.",
      "2024-02-19");
  CHECK_FALSE(f.count("Greece member_of Operation Aspides"));
  auto g = Edges(
      "Le porte-parole a annoncé que l'opération Aspides réunirait la Grèce et l'Italie si le "
      "Parlement donnait son accord.",
      "2024-02-19");
  CHECK_FALSE(g.count("Greece member_of Operation Aspides"));
}
