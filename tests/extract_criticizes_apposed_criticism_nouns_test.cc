// A criticism noun in apposition to a clause ("..., a lancé X, dans une
// critique à peine voilée de Y", "X said ..., in a thinly veiled criticism of
// Y", "..., a swipe at Y") is the stance of the clause's speaker: X
// criticizes Y, the noun's complement (not its holder). A negated noun or
// one after another preposition gives no edge.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("an apposed criticism noun is the speaker's stance", "[extract]") {
  SECTION("French, after an inverted speaker") {
    const auto edges = Edges(
        "Kazakhstan\n\n« Grâce au premier président, une couche de gens riches est apparue », a "
        "lancé Kassym-Jomart Tokaïev, dans une critique à peine voilée de Noursoultan "
        "Nazarbaïev.");
    CHECK(edges.count("Tokayev criticizes Nazarbayev") > 0);
  }
  SECTION("French, after a that-clause") {
    const auto edges = Edges(
        "Congo\n\nOlivier Nduhungirehe a rappelé que les accords n'avaient jamais été "
        "appliqués, une critique à peine voilée de Kinshasa.");
    CHECK(edges.count("Nduhungirehe criticizes DR Congo") > 0);
  }
  SECTION("English, in a veiled criticism of") {
    const auto edges = Edges(
        "Kazakhstan\n\nKassym-Jomart Tokayev said a caste of rich people had emerged, in a "
        "thinly veiled criticism of Nursultan Nazarbayev.");
    CHECK(edges.count("Tokayev criticizes Nazarbayev") > 0);
  }
  SECTION("English, a swipe at") {
    const auto edges = Edges(
        "Kazakhstan\n\nKassym-Jomart Tokayev said a caste of rich people had emerged, a swipe "
        "at Nursultan Nazarbayev.");
    CHECK(edges.count("Tokayev criticizes Nazarbayev") > 0);
  }
  SECTION("a negated noun gives no edge") {
    const auto edges = Edges(
        "Kazakhstan\n\nKassym-Jomart Tokayev said a caste of rich people had emerged, not a "
        "criticism of Nursultan Nazarbayev, aides insisted.");
    CHECK(edges.count("Tokayev criticizes Nazarbayev") == 0);
  }
  SECTION("a criticism told by another is no apposition") {
    const auto edges = Edges(
        "Congo\n\nOlivier Nduhungirehe a rappelé que les accords n'avaient jamais été "
        "appliqués, selon une critique de Kinshasa.");
    CHECK(edges.count("Nduhungirehe criticizes DR Congo") == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
