// A membership relative hung on a class noun in apposition ("l'OTAN,
// l'alliance dont la Turquie est membre"), and on a body named in a title
// ("un porte-parole de l'OTAN, l'alliance dont fait partie la Turquie").
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {

const kzgraph::testing::EdgeCheck Says("2023-06-01");

TEST_CASE("membership relative on an appositive class noun, French",
          "[extract][member_of]") {
  CHECK(Says("Un porte-parole de l'OTAN, l'alliance dont fait partie la Turquie, a réagi hier.",
             "Turkey member_of NATO"));
  CHECK(Says("Hier soir, l'OTAN, l'alliance militaire dont la Turquie est membre, a réagi.",
             "Turkey member_of NATO"));
  // Near miss: the relative hangs on a country, not on a body.
  CHECK_FALSE(Says("Un porte-parole de l'OTAN a parlé de la Syrie, le pays dont la Turquie est "
                   "voisine.",
                   "Turkey member_of NATO"));
}

TEST_CASE("membership relative on an appositive class noun, English",
          "[extract][member_of]") {
  CHECK(Says("On Monday the Arab League, the bloc of which Egypt is a member, met in Cairo.",
             "Egypt member_of Arab League"));
  // Near miss: no membership word after the relative.
  CHECK_FALSE(Says("On Monday the Arab League, the bloc of which Egypt is a critic, met in "
                   "Cairo.",
                   "Egypt member_of Arab League"));
}

}  // namespace
