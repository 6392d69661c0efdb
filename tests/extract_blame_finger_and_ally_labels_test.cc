// Blame and backing wording found missing on fresh pages: "pointed a finger
// at X" (every article and number of "finger"), and calling an actor an ally
// ("qualifier X d'allié", "called X an ally"), praise that supports X
// (qualify-praise). Negatives: negation, no actor after "at", a request to
// allies that labels nobody.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {
bool Says(const char* text, const char* edge) { return Edges(text, "2023-06-01").count(edge) > 0; }
bool AnyOf(const char* text, const char* type) {
  return HasPredicate(Edges(text, "2023-06-01"), type);
}
}  // namespace

TEST_CASE("pointing a finger at an actor accuses it", "[extract]") {
  CHECK(Says("Kyiv pointed an accusing finger at Moscow over the blast.", "Ukraine accuses Russia"));
  CHECK(Says("Ramaphosa pointed a finger at Hichilema.", "Ramaphosa accuses Hakainde Hichilema"));
  CHECK_FALSE(AnyOf("Ramaphosa did not point a finger at Hichilema.", "accuses"));
  CHECK_FALSE(AnyOf("Ramaphosa pointed a finger at the map.", "accuses"));
}

TEST_CASE("calling an actor an ally supports it", "[extract]") {
  CHECK(Says("Erdogan a qualifié le Qatar d'« allié fiable ».", "Erdogan supports Qatar"));
  CHECK(Says("Poutine a qualifié la Chine de proche allié.", "Putin supports China"));
  CHECK(Says("Erdogan described Qatar as a reliable ally.", "Erdogan supports Qatar"));
  CHECK(Says("Putin called China an ally.", "Putin supports China"));
  CHECK_FALSE(AnyOf("Putin called on allies to help Syria.", "supports"));
  CHECK_FALSE(AnyOf("Putin did not call China an ally.", "supports"));
}

TEST_CASE("a passive blame names the accuser after by and the blamed after on", "[extract]") {
  CHECK(Says("The unrest was blamed by Putin on Ukraine.", "Putin accuses Ukraine"));
  CHECK(Says("The blast was quickly blamed on Ukraine by Putin.", "Putin accuses Ukraine"));
  CHECK(Says("Les violences ont été imputées par Moscou à l'Ukraine.", "Russia accuses Ukraine"));
  CHECK_FALSE(AnyOf("The unrest was not blamed by Putin on Ukraine.", "accuses"));
  // No accuser named: no edge.
  CHECK_FALSE(AnyOf("The attack was blamed on Ukraine.", "accuses"));
}

TEST_CASE("a relative clause on the deed blamed is skipped", "[extract]") {
  CHECK(Says("Poutine a imputé les violences, qui ont fait cent morts, aux terroristes.",
             "Putin accuses terrorists"));
  CHECK(Says("Putin blamed the blast, which killed ten people, on Ukraine.",
             "Putin accuses Ukraine"));
  CHECK_FALSE(AnyOf("Putin did not blame the blast, which killed ten people, on Ukraine.",
                    "accuses"));
}
