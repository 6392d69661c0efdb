// The person who heads a state's ministry is an official of that state; on
// sentences of our own.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("the head of a state's ministry serves the state", "[extract]") {
  auto e = Edges("The Kenyan Foreign Ministry, headed by John Mwangi, issued a statement on Monday.",
                 "2024-03-04");
  CHECK(e.count("John Mwangi leads Kenyan Foreign Ministry"));
  CHECK(e.count("John Mwangi official_of Kenya"));
  auto f = Edges(
      "Le ministère kényan des Affaires étrangères a publié un communiqué. Son chef, Jean Mwangi, "
      "y dénonce une agression.",
      "2024-03-04");
  CHECK(f.count("Jean Mwangi official_of Kenya"));
}

TEST_CASE("a body running a ministry is no official", "[extract]") {
  auto e = Edges("The Kenyan Health Ministry, run by Hamas, issued a statement on Monday.",
                 "2024-03-04");
  CHECK_FALSE(e.count("Hamas official_of Kenya"));
}
