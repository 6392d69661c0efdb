// requests_aid: a request owned by a possessive ("déployés à sa demande",
// "at his request") is the clause's main subject's, or the speaker's; the
// helper is who sent the troops. A leader's government ("at the request of
// Kiir's government") asks as his state.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("requests_aid: at his request, à sa demande", "[extract]") {
  {
    const auto e = Edges("Le président Assimi Goïta a affirmé que les soldats russes, déployés à sa demande, resteraient au Mali.", "2022-06-01");
    CHECK(e.count("Goita requests_aid Russia"));
  }
  {
    const auto e = Edges("President Assimi Goita said the Russian instructors, deployed at his request, would stay in Mali.", "2022-06-01");
    CHECK(e.count("Goita requests_aid Russia"));
  }
  {  // near-miss: no request named
    const auto e = Edges("Le président Assimi Goïta a affirmé que les soldats russes resteraient au Mali.", "2022-06-01");
    CHECK_FALSE(HasPredicate(e, "requests_aid"));
  }
}

TEST_CASE("requests_aid: a leader's government asks as his state", "[extract]") {
  {
    const auto e = Edges("Rwandan troops were deployed in Mozambique at the request of Nyusi's government.", "2021-08-01");
    CHECK(e.count("Mozambique requests_aid Rwanda"));
  }
  {
    const auto e = Edges("Des soldats rwandais ont été déployés au Mozambique à la demande du gouvernement de Filipe Nyusi.", "2021-08-01");
    CHECK(e.count("Mozambique requests_aid Rwanda"));
  }
  {  // near-miss: the leader alone asks for himself
    const auto e = Edges("Rwandan troops were deployed in Mozambique at the request of Filipe Nyusi.", "2021-08-01");
    CHECK(e.count("Filipe Nyusi requests_aid Rwanda"));
    CHECK_FALSE(e.count("Mozambique requests_aid Rwanda"));
  }
}
