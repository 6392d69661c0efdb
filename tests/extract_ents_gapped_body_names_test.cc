// A French body name that its state's adjective interrupts ("le contingent
// russe de maintien de la paix", "les soldats turcs de la paix") is that
// state's body, as "the Russian peacekeeping contingent" is; a phrase that is
// no body name past the adjective ("le contingent russe de soldats") is not.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

using kzgraph::testing::EntityIds;

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
}  // namespace

TEST_CASE("ents: French body name with the adjective after its first word", "[extract][entities]") {
  CHECK(EntityIds("Le contingent russe de maintien de la paix a quitté le Haut-Karabakh mercredi, "
                  "a annoncé Moscou.",
                  "2024-04-17")
            .count("Russian peacekeepers"));
  CHECK(Says("Les soldats turcs de la paix ont été accusés par Athènes de provocation.",
             "Greece accuses Turkish peacekeepers"));
  CHECK(EntityIds("The Russian peacekeeping contingent left Nagorno-Karabakh on Wednesday.",
                  "2024-04-17")
            .count("Russian peacekeepers"));
  // near-miss: no body name after the adjective
  CHECK_FALSE(EntityIds("Le contingent russe de soldats a quitté la base mercredi.", "2024-04-17")
                  .count("Russian peacekeepers"));
}
