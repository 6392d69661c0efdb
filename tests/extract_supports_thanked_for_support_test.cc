// "thanked X for its support", "a remercié X pour son soutien" (frame thank,
// src/extract/engine_frames_clause.cc ClauseFrame): the one thanked supports
// the subject. Negatives: negation, thanks for something other than support,
// "thanks to" (no verb), a passive.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
bool AnySupport(const char* text) { return HasPredicate(Edges(text, "2023-06-01"), "supports"); }
}  // namespace

TEST_CASE("the one thanked for support supports the thanker", "[extract]") {
  CHECK(Says("Volodymyr Zelensky thanked Germany for its support.", "Germany supports Zelensky"));
  CHECK_FALSE(
      Says("Volodymyr Zelensky thanked Germany for its support.", "Zelensky supports Germany"));
  const char* two = "Emmanuel Macron thanked Joe Biden and Justin Trudeau for their solidarity.";
  CHECK(Says(two, "Biden supports Macron"));
  CHECK(Says(two, "Trudeau supports Macron"));
  CHECK(Says("Le président Mohamed Bazoum a remercié la France pour son soutien.",
             "France supports Bazoum"));
  CHECK(Says("Le président Mohamed Bazoum a remercié Emmanuel Macron de son appui constant.",
             "Macron supports Bazoum"));
  // Past the thanked person's apposition.
  CHECK(Says("Kassym-Jomart Tokayev thanked Xi Jinping, the Chinese president, for his support.",
             "Xi Jinping supports Tokayev"));
  // Negated, thanked for something else, "thanks to", passive: no support.
  CHECK_FALSE(AnySupport("Volodymyr Zelensky did not thank Hungary for its support."));
  CHECK_FALSE(AnySupport("Le président Mohamed Bazoum n'a pas remercié la France pour son aide."));
  CHECK_FALSE(AnySupport("Viktor Orban thanked Vladimir Putin for the gas deal."));
  CHECK_FALSE(AnySupport("Thanks to support from Turkey, Azerbaijan won the war."));
  CHECK_FALSE(AnySupport("Germany was thanked by Volodymyr Zelensky for its support."));
}
