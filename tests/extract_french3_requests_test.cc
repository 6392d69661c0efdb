// French "à la demande de X" after troops with no clause subject: the
// troops' owner is the helper (engine_frames_clause.cc, frame at_request).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("at the request of, helper from the troops' owner", "[extract][french]") {
  auto e = Edges(
      "Le retrait des 2000 militaires de l'OTSC, déployés au Kazakhstan à la demande du "
      "président Kassym-Jomart Tokaïev, est achevé.",
      "2022-01-20");
  CHECK(e.count("Tokayev requests_aid CSTO"));
  // no troops sent or help named: no request
  CHECK_FALSE(
      Edges("Le sommet de l'OTSC s'est tenu à Moscou à la demande du président Kassym-Jomart "
            "Tokaïev.",
            "2022-01-20")
          .count("Tokayev requests_aid CSTO"));
}
