// A by-phrase agent given first by a descriptor, then by name in apposition
// ("commanded by a Kenyan officer, Major General X"): the person is the
// agent (engine_args.cc Agent).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a descriptor agent named in apposition is that person", "[extract]") {
  auto en =
      Edges("The EAC Regional Force is commanded by a Kenyan officer, Major General Jeff Nyagah.",
            "2022-11-15");
  CHECK(en.count("Jeff Nyagah leads EACRF"));
  auto fr = Edges(
      "La force régionale de l'EAC est commandée par un officier kényan, le général Jeff Nyagah.",
      "2022-11-15");
  CHECK(fr.count("Jeff Nyagah leads EACRF"));
  // Several agents, then a speaker: no person in apposition.
  auto said =
      Edges("The EAC Regional Force is backed by several states, President William Ruto said.",
            "2022-11-15");
  CHECK_FALSE(said.count("Ruto leads EACRF"));
  CHECK_FALSE(said.count("Ruto supports EACRF"));
}
