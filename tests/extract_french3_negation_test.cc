// French negation of an infinitive by "pas question de" / "hors de question
// de" (engine_args.cc Blocked): the act is ruled out, no edge.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("pas question de blocks the infinitive", "[extract][french]") {
  CHECK_FALSE(
      Edges("Pour la France, il n'est pas question d'envoyer des soldats en Géorgie.", "2008-08-14")
          .count("France sends_troops Georgia"));
  CHECK_FALSE(Edges("Pour la France, il est hors de question d'envoyer des soldats en Géorgie.",
                    "2008-08-14")
                  .count("France sends_troops Georgia"));
  // the affirmative still gives the edge
  CHECK(Edges("La France a envoyé des soldats en Géorgie.", "2008-08-14")
            .count("France sends_troops Georgia"));
}
