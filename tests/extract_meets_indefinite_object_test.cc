// An English direct object opened by "a" (folded as the French preposition
// "à") is read as one opened by "the": "received a Hungarian delegation"
// meets Hungary; an object that names no body of the state does not.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
}  // namespace

TEST_CASE("meets: English object after 'a' and a nationality", "[extract][meets]") {
  CHECK(Says("Erdogan received a Hungarian delegation in Ankara on Tuesday, his office said.",
             "Erdogan meets Hungary"));
  CHECK(Says("Scholz met a Ukrainian delegation in Berlin on Friday to discuss the reconstruction.",
             "Scholz meets Ukraine"));
  // near-misses: a thing or a private person of that nationality
  CHECK_FALSE(Says("Erdogan received a Hungarian award in Ankara on Tuesday, his office said.",
                   "Erdogan meets Hungary"));
  CHECK_FALSE(Says("Scholz met a Ukrainian farmer in Berlin on Friday.", "Scholz meets Ukraine"));
}

TEST_CASE("meets: French object after 'une' and a nationality stays read", "[extract][meets]") {
  CHECK(Says("Erdogan a reçu une délégation hongroise à Ankara mardi, a indiqué son bureau.",
             "Erdogan meets Hungary"));
  CHECK_FALSE(Says("Erdogan a reçu une décoration hongroise à Ankara mardi, a indiqué son bureau.",
                   "Erdogan meets Hungary"));
}
