// An agency credit in a dateline ("CITY, Country (AGENCY) —") names
// no actor of the article.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::EntityIds;

TEST_CASE("a dateline acronym in parentheses is an agency credit", "[extract]") {
  auto en = EntityIds("GOMA, Congo (AU) — Congo accused Rwanda of backing the M23 rebels.");
  CHECK(en.count("African Union") == 0);
  CHECK(en.count("Rwanda") == 1);
  auto fr = EntityIds("KINSHASA, RDC (UA) — La RDC accuse le Rwanda de soutenir le M23.");
  CHECK(fr.count("African Union") == 0);
  // Close positive: the same acronym after its full name in the body.
  auto pos = EntityIds("Congo asked the African Union (AU) for help.");
  CHECK(pos.count("African Union") == 1);
}
