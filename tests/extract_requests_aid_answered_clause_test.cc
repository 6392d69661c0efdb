// requests_aid: the helper of an answered call for help is the subject of
// the answering clause ("hours after ECOWAS agreed to answer Mali's call"),
// not the main clause's subject.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("requests_aid: the answering clause's own subject", "[extract]") {
  {
    const auto e = Edges("Kenya's parliament approved the deployment on Thursday, hours after ECOWAS agreed to answer Mali's call for help.", "2013-01-20");
    CHECK(e.count("Mali requests_aid ECOWAS"));
    CHECK_FALSE(e.count("Mali requests_aid Kenya"));
  }
  {
    const auto e = Edges("Rwanda quickly answered Mozambique's appeal for help, officials said.", "2021-07-10");
    CHECK(e.count("Mozambique requests_aid Rwanda"));
  }
}
