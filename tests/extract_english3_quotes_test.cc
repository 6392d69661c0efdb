// English quotations (issue 3, English recall): a first person inside a
// quotation is its speaker ('"Today I appealed to the CSTO," Tokayev said').
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2022-01-06");
const kzgraph::testing::PredicateCheck AnyOf("2022-01-06");
}  // namespace

TEST_CASE("I and we inside a quotation are its speaker", "[extract][english]") {
  CHECK(
      Says("\"This morning I asked the heads of state of the CSTO for assistance,\" Tokayev "
           "said on television.",
           "Tokayev requests_aid CSTO"));
  CHECK(Says("\"We have asked Russia for military help,\" Pashinyan told reporters.",
             "Pashinyan requests_aid Russia"));
  // No speaker, or a negation: no request.
  CHECK_FALSE(AnyOf("I asked Russia for help.", "requests_aid"));
  CHECK_FALSE(AnyOf("\"I never asked Russia for help,\" Tokayev said.", "requests_aid"));
  CHECK_FALSE(AnyOf("\"I asked Russia for help.\"", "requests_aid"));
}
