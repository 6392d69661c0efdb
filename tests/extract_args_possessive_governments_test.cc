// A possessive government as a stance verb's object
// (src/extract/engine_frames_clause.cc, SvoFrame): "recalled its envoys
// from A and B, accusing their governments of ...", "accusant leurs
// gouvernements de": the states named last before the verb, never the
// subject, a plural possessive for a list and a singular one for one state.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
const kzgraph::testing::PredicateCheck AnyOf("2023-06-01");
}  // namespace

TEST_CASE("their governments stands for the states listed before", "[extract]") {
  const char* en =
      "Algeria recalled its ambassadors from Spain, Italy and Portugal, accusing their "
      "governments of hostile acts.";
  CHECK(Says(en, "Algeria accuses Spain"));
  CHECK(Says(en, "Algeria accuses Italy"));
  CHECK(Says(en, "Algeria accuses Portugal"));
  const char* fr =
      "L'Algérie a rappelé ses ambassadeurs en Espagne et en Italie, accusant leurs gouvernements "
      "d'actes hostiles.";
  CHECK(Says(fr, "Algeria accuses Spain"));
  CHECK(Says(fr, "Algeria accuses Italy"));
  // One state, a singular possessive.
  CHECK(Says("Algeria recalled its ambassador to Spain, accusing its government of hostile acts.",
             "Algeria accuses Spain"));
}

TEST_CASE("a possessive government never names the subject or a lone state wrongly", "[extract]") {
  // The subject's own government: no accusation of anyone.
  CHECK_FALSE(Says("Spain accused its government of inaction.", "Spain accuses Spain"));
  // A plural possessive after one state: the number does not fit.
  CHECK_FALSE(Says("Algeria recalled its ambassador to Spain, accusing their leaders of lying.",
                   "Algeria accuses Spain"));
  // Negated.
  CHECK_FALSE(
      AnyOf("Algeria recalled its ambassadors from Spain and Italy, without accusing their "
            "governments of anything.",
            "accuses"));
}
