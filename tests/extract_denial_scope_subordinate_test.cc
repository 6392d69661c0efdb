// A denial ("declined", "refusé") governs its own clause: a subordinate
// clause with a subject of its own ("when Armenia asked", "lorsque
// l'Arménie a demandé", "after Kyiv accused") is past its reach; the
// denied act itself stays blocked, also past an incise ("Il n'est pas
// question, a-t-il précisé, de déployer").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("denial: a subordinate clause with its own subject is past it", "[extract]") {
  {
    const auto e = Edges("Russia refused to intervene when Armenia asked the CSTO for help in 2021.", "2022-01-10");
    CHECK(e.count("Armenia requests_aid CSTO"));
  }
  {
    const auto e = Edges("La Russie a refusé d'intervenir lorsque l'Arménie a demandé l'aide de l'OTSC.", "2022-01-10");
    CHECK(e.count("Armenia requests_aid CSTO"));
  }
  {
    const auto e = Edges("Moscow declined to comment after Kyiv accused Russia of shelling the plant.", "2022-08-10");
    CHECK(e.count("Ukraine accuses Russia"));
  }
  {  // near-misses: the denied act itself
    const auto e = Edges("Armenia denied that it had asked the CSTO for help.", "2022-01-10");
    CHECK_FALSE(HasPredicate(e, "requests_aid"));
  }
  {
    const auto e = Edges("Moscow denied after the talks that it had sent troops to Belarus.", "2022-02-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
}

TEST_CASE("denial: 'pas question de' past an incise", "[extract]") {
  {
    const auto e = Edges("Le ministre Jean-Yves Le Drian a exclu toute escalade. Il n'est pas question, a-t-il précisé, de déployer des soldats français au Niger.", "2023-08-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {  // near-miss: no negation, the deployment stands
    const auto e = Edges("La France a déployé, a-t-il précisé, des soldats au Niger.", "2023-08-01");
    CHECK(e.count("France sends_troops Niger"));
  }
}
