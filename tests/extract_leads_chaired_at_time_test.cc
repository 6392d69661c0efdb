// Heads named by a participle after a time phrase, on sentences
// of our own: "O, chaired at the time by X".
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a body chaired at the time by a person", "[extract]") {
  auto e = Edges(
      "The plan was endorsed by the African Union, chaired at the time by Senegalese President "
      "Macky Sall.",
      "2022-06-02");
  CHECK(e.count("Macky Sall leads African Union"));
  auto f =
      Edges("The talks were hosted by NATO, led since 2014 by Jens Stoltenberg.", "2019-06-02");
  CHECK(f.count("Stoltenberg leads NATO"));
  // a holder who has left: no edge
  auto h = Edges("The talks were hosted by NATO, led until 2014 by Anders Fogh Rasmussen.",
                 "2019-06-02");
  CHECK_FALSE(HasPredicate(h, "leads"));
  // an active verb with its own object is no participle
  auto g = Edges("Macky Sall chaired the summit by video link.", "2022-06-02");
  CHECK_FALSE(g.count("Macky Sall leads African Union"));
}
