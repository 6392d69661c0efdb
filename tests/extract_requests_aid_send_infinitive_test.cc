// requests_aid: asking someone to send or deploy troops or ships ("a demandé
// à l'Otan d'envoyer des navires", "asked NATO to deploy warships") asks for
// help; asking it to send anything else (a delegation) does not. A body
// named on the help asked for is the one asked ("the request for CSTO help").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("requests_aid: asked to send troops or ships", "[extract]") {
  {
    const auto e = Edges("Le président Petro Porochenko a demandé à l'Otan d'envoyer des navires.", "2018-11-29");
    CHECK(e.count("Poroshenko requests_aid NATO"));
  }
  {
    const auto e = Edges("Le président Petro Porochenko a appelé l'Otan à déployer des navires dans la mer d'Azov.", "2018-11-29");
    CHECK(e.count("Poroshenko requests_aid NATO"));
  }
  {
    const auto e = Edges("President Petro Poroshenko asked NATO to deploy warships to the Sea of Azov.", "2018-11-29");
    CHECK(e.count("Poroshenko requests_aid NATO"));
  }
  {  // near-miss: a delegation is no help
    const auto e = Edges("President Petro Poroshenko asked NATO to send a delegation to Kyiv.", "2018-11-29");
    CHECK_FALSE(HasPredicate(e, "requests_aid"));
  }
}

TEST_CASE("requests_aid: the body named on the help asked for", "[extract]") {
  const auto e = Edges("Kassym-Jomart Tokayev said the request for CSTO help had been made in accordance with the treaty.", "2022-01-10");
  CHECK(e.count("Tokayev requests_aid CSTO"));
}
