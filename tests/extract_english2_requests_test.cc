// English requests for help whose help is an infinitive (issue 3, English
// recall): "called on O to intervene", "asked O to stop the aggression".
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
const kzgraph::testing::PredicateCheck AnyOf("2023-06-01");
}  // namespace

TEST_CASE("a request whose help is an infinitive of protection", "[extract][english]") {
  CHECK(Says("Armenia called on Russia to intervene.", "Armenia requests_aid Russia"));
  CHECK(Says("Moldova has repeatedly called on the European Union to stand by the country.",
             "Moldova requests_aid EU"));
  CHECK(Says("Georgia asked NATO to take measures to protect its borders.",
             "Georgia requests_aid NATO"));
  CHECK(Says("Armenia called on the UN Security Council to stop the \"aggression\".",
             "Armenia requests_aid UN Security Council"));
  // Stopping one's own act, some other wish, or a negated call is no request.
  CHECK_FALSE(AnyOf("Ukraine called on Russia to stop its aggression.", "requests_aid"));
  CHECK_FALSE(AnyOf("France called on Mali to hold elections.", "requests_aid"));
  CHECK_FALSE(AnyOf("Armenia did not call on Russia to intervene.", "requests_aid"));
}
