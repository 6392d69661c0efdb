// French passive agents (engine_args.cc FrenchAgents): a class noun before
// the agent's name ("par l'ONG X"), and coordinated agents ("par A, par B et
// par C"), troops counted by their nationality.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("passive agent after a class noun", "[extract][french]") {
  auto e = Edges("Le Mali est accusé par l'ONG Amnesty International d'avoir exécuté des civils.",
                 "2023-06-01");
  CHECK(e.count("Amnesty International accuses Mali"));
  // negated: no edge
  CHECK_FALSE(Edges("Le Mali n'est pas accusé par l'ONG Amnesty International d'avoir exécuté des "
                    "civils.",
                    "2023-06-01")
                  .count("Amnesty International accuses Mali"));
}

TEST_CASE("coordinated passive agents", "[extract][french]") {
  auto e = Edges(
      "L'armée congolaise, les FARDC, est appuyée par des milices locales, par des "
      "soldats burundais et par l'Angola.",
      "2024-02-01");
  CHECK(e.count("Burundi supports FARDC"));
  CHECK(e.count("Angola supports FARDC"));
  // a "par" after a relative clause belongs to that clause, not to the passive
  auto r = Edges("L'armée congolaise est appuyée par l'Angola, qui a été critiquée par le Rwanda.",
                 "2024-02-01");
  CHECK(r.count("Angola supports FARDC"));
  CHECK_FALSE(r.count("Rwanda supports FARDC"));
}
