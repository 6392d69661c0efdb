// English participles after a noun phrase (issue 3, English recall):
// "the separatist authorities, led by X", "Malian units backed by Y".
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
const kzgraph::testing::PredicateCheck AnyOf("2023-06-01");
}  // namespace

TEST_CASE("a group led by a person", "[extract][english]") {
  CHECK(Says("Karabakh's separatist authorities, led by Arayik Harutyunyan, rejected the plan.",
             "Harutyunyan leads Karabakh separatists"));
  // A country does not head a group of people this way.
  CHECK_FALSE(AnyOf("The protesters, led by Russia, marched on Monday.", "leads"));
}

TEST_CASE("troops named by nationality, backed by an organization's fighters",
          "[extract][english]") {
  CHECK(Says("Burkinabe soldiers, backed by mercenaries from the Wagner group, retook the town.",
             "Wagner supports Burkina Faso"));
  CHECK(
      Says("The raid was led by Nigerien troops supported by Russian instructors from the "
           "Wagner group.",
           "Wagner supports Niger"));
  // The troops' own nationality is not the backer; an attack is no support.
  CHECK_FALSE(
      Says("Burkinabe soldiers, backed by Russian paramilitaries from the Wagner group, "
           "retook the town.",
           "Russia supports Burkina Faso"));
  CHECK_FALSE(
      AnyOf("Malian units attacked by fighters from the Wagner group fled the town.", "supports"));
}
