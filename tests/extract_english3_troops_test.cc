// English deployments (issue 3, English recall): the owner of a deployment
// sends the troops ("the CSTO's first deployment", "Russia's deployment of
// troops").
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2022-01-10");
const kzgraph::testing::PredicateCheck AnyOf("2022-01-10");
}  // namespace

TEST_CASE("the owner of a deployment sends troops", "[extract][english]") {
  CHECK(Says("The CSTO's first deployment began in Kazakhstan on Thursday.",
             "CSTO sends_troops Kazakhstan"));
  CHECK(Says("Moscow's deployment of paratroopers to Syria surprised Washington.",
             "Russia sends_troops Syria"));
  // A person owns no army this way; a deployment nobody owns names no sender.
  CHECK_FALSE(AnyOf("Putin's deployment to Syria surprised Washington.", "sends_troops"));
  CHECK_FALSE(AnyOf("The deployment in Syria surprised Washington.", "sends_troops"));
  CHECK_FALSE(
      AnyOf("Russia's opposition to any deployment in Syria is well known.", "sends_troops"));
}

TEST_CASE("a reported decision to send troops is no hypothesis", "[extract][english]") {
  CHECK(Says("The CSTO said it would dispatch a \"peacekeeping force\" to Kazakhstan.",
             "CSTO sends_troops Kazakhstan"));
  CHECK(Says("Kenya said it would send a contingent to Haiti.",
             "Kenya sends_troops Haiti"));
  // A negation, a condition or a bare hypothesis still blocks.
  CHECK_FALSE(AnyOf("The CSTO said it would not dispatch troops to Kazakhstan.", "sends_troops"));
  CHECK_FALSE(
      AnyOf("The CSTO said it would dispatch troops to Kazakhstan if asked.", "sends_troops"));
  CHECK_FALSE(AnyOf("The CSTO would dispatch troops to Kazakhstan.", "sends_troops"));
  CHECK_FALSE(
      AnyOf("If asked, the CSTO said it would dispatch troops to Kazakhstan.", "sends_troops"));
}
