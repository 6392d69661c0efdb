// Words told in the sentences before, criticized in a passive ("Ces propos
// ont été critiqués par X", "the remarks were condemned by X"): X
// criticizes their speaker; an indefinite, a negated or an own-side
// criticism gives no edge.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("a passive criticism of words told before criticizes their speaker", "[extract]") {
  SECTION("French demonstrative") {
    const auto edges = Edges(
        "Crise\n\nSergueï Lavrov a déclaré que la Pologne était un État hostile.\n\nCes "
        "propos ont été vivement critiqués par la Suède.");
    CHECK(edges.count("Sweden criticizes Lavrov") > 0);
  }
  SECTION("English definite article") {
    const auto edges = Edges(
        "Talks\n\nSergei Lavrov said Poland was a hostile state.\n\nThe "
        "remarks were condemned by Sweden.");
    CHECK(edges.count("Sweden criticizes Lavrov") > 0);
  }
  SECTION("a negated passive gives no edge") {
    const auto edges = Edges(
        "Talks\n\nSergei Lavrov said Poland was a hostile state.\n\nThe "
        "remarks were not condemned by Sweden.");
    CHECK(edges.count("Sweden criticizes Lavrov") == 0);
  }
  SECTION("indefinite words are not the ones told") {
    const auto edges = Edges(
        "Talks\n\nSergei Lavrov said Poland was a hostile state.\n\nSome "
        "remarks were condemned by Sweden.");
    CHECK(edges.count("Sweden criticizes Lavrov") == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
