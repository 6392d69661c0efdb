// Praising a coup with no author named on it supports
// the junta the dictionary knows for the country it struck ("praised the
// takeover", "a salué le putsch"). Negatives: negation, a coup with its own
// author, a country with no junta body, criticism (another rule's).
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

std::set<std::string> Of(const std::string& text) { return Edges(text, "2023-09-01"); }

}  // namespace

TEST_CASE("praising a coup supports the junta", "[extract][stance]") {
  CHECK(Of("Russia praised the coup in Gabon.").count("Russia supports CTRI") == 1);
  CHECK(Of("Moscou a salué dès jeudi le putsch en Guinée.").count("Russia supports CNRD") == 1);
  // The page's clear focus when the coup is not placed.
  CHECK(Of("Gabon: soldiers seize power in Gabon. Gabon is calm, Gabon waits. Gabon is tense. "
           "Russia praised the takeover.")
            .count("Russia supports CTRI") == 1);
}

TEST_CASE("praise of a coup without a junta to support", "[extract][stance]") {
  CHECK(!HasPredicate(Of("Russia did not praise the coup in Gabon."), "supports"));
  // A by-phrase names its own author; a country with no junta body.
  CHECK(Of("Russia praised the coup by the presidential guard in Gabon.")
            .count("Russia supports CTRI") == 0);
  CHECK(!HasPredicate(Of("Russia praised the coup in Peru."), "supports"));
  // Condemning it is criticism, never support.
  CHECK(Of("Kenya condemned the coup in Gabon.").count("Kenya supports CTRI") == 0);
}
