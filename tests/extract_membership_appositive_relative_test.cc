// A membership relative hung on a class noun in apposition ("the Arab
// League, the bloc of which Egypt is a member"), and troops whose arrival
// verb comes after an apposition ("des soldats turcs de la brigade, une
// unité ..., ont débarqué à Tripoli"): the place after the verb, not the
// theatre of the sentence before.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {

const kzgraph::testing::EdgeCheck Says("2023-06-01");

TEST_CASE("membership relative on an appositive class noun", "[extract][member_of]") {
  CHECK(Says("On Monday the Arab League, the bloc of which Egypt is a member, met in Cairo.",
             "Egypt member_of Arab League"));
  CHECK(Says("Hier soir, l'OTAN, l'alliance militaire dont la Turquie est membre, a réagi.",
             "Turkey member_of NATO"));
  // Near miss: no membership word after the relative.
  CHECK_FALSE(Says("On Monday the Arab League, the bloc of which Egypt is a critic, met in "
                   "Cairo.",
                   "Egypt member_of Arab League"));
}

TEST_CASE("troop arrival verb past an apposition", "[extract][sends_troops]") {
  CHECK(Says("Des soldats turcs sont arrivés en Syrie en mars. Deux cents soldats turcs de la "
             "brigade commando, une unité formée en Anatolie et connue pour ses opérations "
             "nocturnes, ont débarqué mardi à Tripoli.",
             "Turkey sends_troops Libya"));
  // Near miss: a parade, no arrival, after the apposition.
  CHECK_FALSE(Says("Des soldats turcs sont arrivés en Syrie en mars. Deux cents soldats turcs de "
                   "la brigade commando, une unité formée en Anatolie et connue pour ses "
                   "opérations nocturnes, ont défilé mardi à Tripoli.",
                   "Turkey sends_troops Libya"));
}

}  // namespace
