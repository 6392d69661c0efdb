// Support voiced by a noun for a military act whose author is not named
// where the support is ("voiced support for the strikes", "a apporté son
// soutien à l'offensive"): the author named last, as EventAuthor gives the
// object of "backed the strikes" (engine_frames_clause.cc, support_noun).
// An act whose author was never named gives nothing.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace kzgraph::testing {
namespace {

const EdgeCheck Says("2023-06-01");

TEST_CASE("support for a military act is support for its author", "[extract]") {
  SECTION("English: voiced support for the strikes") {
    CHECK(
        Says("Saudi Arabia launched air strikes on Houthi positions in Yemen on Thursday.\n\nThe "
             "rebels said dozens were killed.\n\nEgypt voiced support for the strikes.",
             "Egypt supports Saudi Arabia"));
  }
  SECTION("French: a apporté son soutien à l'offensive") {
    CHECK(
        Says("L'Arabie saoudite a lancé une offensive contre les Houthis au Yémen jeudi.\n\nLes "
             "rebelles ont fait état de dizaines de morts.\n\nL'Égypte a apporté son soutien à "
             "l'offensive.",
             "Egypt supports Saudi Arabia"));
  }
  SECTION("near miss: strikes whose author was never named") {
    const std::string en =
        "Houthi positions in Yemen were hit by air strikes on Thursday.\n\nThe rebels said "
        "dozens were killed.\n\nEgypt voiced support for the strikes.";
    CHECK_FALSE(Says(en, "Egypt supports Houthis"));
    CHECK_FALSE(Says(en, "Egypt supports Yemen"));
    CHECK_FALSE(
        Says("Des positions houthies ont été visées par une offensive jeudi au Yémen.\n\nLes "
             "rebelles ont fait état de dizaines de morts.\n\nL'Égypte a apporté son soutien à "
             "l'offensive.",
             "Egypt supports Houthis"));
  }
}

}  // namespace
}  // namespace kzgraph::testing
