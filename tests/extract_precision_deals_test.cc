// Precision of supports: "agree with" / "d'accord avec" in the sense of
// reaching a deal (deal_sense=1: after "tomber" or "se mettre", or followed
// by "on"/"sur" and a deal noun, stance_word role=deal_noun, or by an
// infinitive) is no agreement with the other party's views (GUIDELINES:
// supports is agreeing with O). Sharing a view stays support. Each beside a
// true use.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("reaching a deal with an actor does not support it", "[extract][supports][precision]") {
  CHECK(Edges("Armenia agreed with Azerbaijan on a peace treaty.", "2025-03-14")
            .count("Armenia supports Azerbaijan") == 0);
  CHECK(Edges("Armenia agreed with Azerbaijan to hold talks in Brussels.", "2025-03-14")
            .count("Armenia supports Azerbaijan") == 0);
  CHECK(Edges("L'Arménie est tombée d'accord avec l'Azerbaïdjan sur un traité.", "2025-03-14")
            .count("Armenia supports Azerbaijan") == 0);
  CHECK(Edges("L'Arménie s'est mise d'accord avec l'Azerbaïdjan sur le tracé de la frontière.",
              "2025-03-14")
            .count("Armenia supports Azerbaijan") == 0);
  // agreeing with a view still supports
  CHECK(Edges("Orban agreed with Putin that the sanctions had failed.", "2025-03-14")
            .count("Orban supports Putin") == 1);
  CHECK(Edges("La Hongrie est d'accord avec la Russie sur ce point.", "2025-03-14")
            .count("Hungary supports Russia") == 1);
}
