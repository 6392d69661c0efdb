// "X, led by former Zambian vice-president Y": the agent of "led by" is the
// person the nationality and the title describe, past a time of office
// (engine_args.cc Agent).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("led by a holder described by a nationality and a title", "[extract][leads]") {
  const auto en = Edges(
      "The African Union observer mission, led by former Kenyan vice-president Peter Mwangi, "
      "said the vote was credible.",
      "2023-05-02");
  bool found = false;
  for (const auto& e : en) found |= e.rfind("Peter Mwangi leads ", 0) == 0;
  CHECK(found);
  CHECK_FALSE(en.count("Kenya leads African Union"));
  // near-miss: the nationality alone, with no title and name after it, is
  // read as before (the state)
  const auto plain = Edges(
      "The African Union observer mission, led by former Kenyan president Peter Mwangi, "
      "said the vote was credible.",
      "2023-05-02");
  CHECK_FALSE(plain.count("Peter Mwangi leads Kenya"));
}
