// Named separatist and communal groups (schema/dict/groups.jsonl): Tuareg and
// Transnistrian separatists, Taiwan independence forces, Greek Cypriots, the
// Syrian opposition ("Syrian rebels"), in French and English; the bare
// nationality still names the state.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
}  // namespace

TEST_CASE("ents: Tuareg and Transnistrian separatists", "[extract][entities]") {
  CHECK(
      Says("The Malian army retook the town from Tuareg separatists, who accused Bamako of "
           "massacres.",
           "Tuareg separatists accuses Mali"));
  CHECK(
      Says("L'armée malienne a repris la ville aux séparatistes touareg, qui ont accusé Bamako "
           "de massacres.",
           "Tuareg separatists accuses Mali"));
  CHECK(Says("Moldova criticized the Transnistrian separatists for the referendum.",
             "Moldova criticizes Transnistrian separatists"));
  CHECK(Says("La Moldavie a critiqué les séparatistes transnistriens pour ce référendum.",
             "Moldova criticizes Transnistrian separatists"));
}

TEST_CASE("ents: Taiwan independence forces and Greek Cypriots and Syrian rebels",
          "[extract][entities]") {
  CHECK(Says("Beijing warned Taiwan independence forces against any provocation.",
             "China warns Taiwan independence forces"));
  CHECK(
      Says("Pékin a mis en garde les forces indépendantistes taïwanaises contre toute "
           "provocation.",
           "China warns Taiwan independence forces"));
  CHECK(Says("Ankara criticized the Greek Cypriots over the drilling.",
             "Turkey criticizes Greek Cypriots"));
  CHECK(Says("Ankara a critiqué les Chypriotes grecs au sujet des forages.",
             "Turkey criticizes Greek Cypriots"));
  CHECK(Says("Turkey supports the Syrian rebels in Idlib.", "Turkey supports Syrian opposition"));
  CHECK(Says("La Turquie soutient les rebelles syriens à Idlib.",
             "Turkey supports Syrian opposition"));
  // near-misses: the nationality alone is the state
  CHECK(Says("Greek officials criticized Russia.", "Greece criticizes Russia"));
  CHECK_FALSE(Says("Greek officials criticized Russia.", "Greek Cypriots criticizes Russia"));
  CHECK_FALSE(Says("Syrian officials criticized Russia.", "Syrian opposition criticizes Russia"));
}
