// English stance objects (issue 3, English recall): the owner of a quoted
// label ("what he called the \"paternalism\" of French officials").
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2024-12-01");
const kzgraph::testing::PredicateCheck AnyOf("2024-12-01");
}  // namespace

TEST_CASE("the owner of a quoted label is the target", "[extract][english]") {
  CHECK(Says("Ousmane Sonko denounced what he called the \"arrogance\" of French diplomats.",
             "Sonko criticizes France"));
  CHECK(Says("Ousmane Sonko criticised the \"double standards\" of the European Union.",
             "Sonko criticizes EU"));
  // A label owned by nobody, or a negated criticism, names no target.
  CHECK_FALSE(AnyOf("Ousmane Sonko denounced what he called the \"paternalism\" of the past.",
                    "criticizes"));
  CHECK_FALSE(AnyOf("Ousmane Sonko did not criticise the \"arrogance\" of French diplomats.",
                    "criticizes"));
}

TEST_CASE("calling someone a traitor accuses", "[extract][english]") {
  CHECK(Says("Angry protesters gathered in Yerevan, calling Pashinyan a traitor.",
             "protesters accuses Pashinyan"));
  // A mere insult criticizes; a negated label gives nothing.
  CHECK(Says("Angry protesters gathered in Yerevan, calling Pashinyan's deal unjust.",
             "protesters criticizes Pashinyan"));
  CHECK_FALSE(Says("Angry protesters gathered in Yerevan, calling Pashinyan's deal unjust.",
                   "protesters accuses Pashinyan"));
  CHECK_FALSE(AnyOf("The protesters did not call Pashinyan a traitor.", "accuses"));
}

TEST_CASE("declaring a force rebel accuses it", "[extract][english]") {
  CHECK(Says("In April, Burhan declared the RSF a rebel force.", "Burhan accuses RSF"));
  // Declaring anything else, or a negated declaration, accuses nobody.
  CHECK_FALSE(AnyOf("In April, Burhan declared the RSF a partner.", "accuses"));
  CHECK_FALSE(AnyOf("Burhan declared a state of emergency in Khartoum.", "accuses"));
  CHECK_FALSE(AnyOf("Burhan has not declared the RSF a rebel force.", "accuses"));
}
