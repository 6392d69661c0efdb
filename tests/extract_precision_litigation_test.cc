// Precision of requests_aid: an appeal to a court, or a case brought before
// it, is litigation, not a request for help (the court is known by the word
// in its dictionary name: Court, Tribunal, Cour). Each beside a true use.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("an appeal to a court asks for no help", "[extract][requests_aid][precision]") {
  const auto en = Edges("Gambia appealed to the International Court of Justice over the killings.",
                        "2023-05-02");
  CHECK(en.count("Gambia requests_aid ICJ") == 0);
  const auto fr =
      Edges("Le Mali a fait appel à la Cour de justice de la CEDEAO pour contester les sanctions.",
            "2022-02-10");
  CHECK(fr.count("Mali requests_aid ECOWAS Court") == 0);
  CHECK(Edges("L'Ukraine a demandé l'aide de la Cour pénale internationale.", "2022-03-01")
            .count("Ukraine requests_aid ICC") == 0);
  // the same verbs to a state or an alliance still ask for help
  CHECK(Edges("Gambia appealed to NATO for help against the rebels.", "2023-05-02")
            .count("Gambia requests_aid NATO") == 1);
  CHECK(Edges("Le Mali a fait appel à la Russie pour l'aider face aux jihadistes.", "2022-02-10")
            .count("Mali requests_aid Russia") == 1);
}
