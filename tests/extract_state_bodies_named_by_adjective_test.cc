// A state's bodies named by the state's adjective plus a body noun
// (schema/lexicon/words.tsv and triggers_state_bodies.tsv `institution`,
// src/extract/engine_mentions.cc): a republican guard, a national security
// council, peacekeepers after the contracted article "aux". Each with a
// near miss.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("a state's republican guard is its own body", "[extract][institution]") {
  CHECK(Edges("La garde républicaine tchadienne a accusé le Soudan d'avoir armé les rebelles.")
            .count("Chadian Republican Guard accuses Sudan") == 1);
  CHECK(Edges("Egypt's Republican Guard accused the protesters of attacking its barracks.")
            .count("Egyptian Republican Guard accuses protesters") == 1);
  // near miss: a guard of honour is no body of the state
  CHECK(EntityIds("Une garde d'honneur tchadienne a accueilli le président nigérien.")
            .count("Chadian Republican Guard") == 0);
}

TEST_CASE("a body's name is no denial of its act", "[extract][institution]") {
  // "garde" inside the name is not the "se garde de" of avoidance
  CHECK(Edges("La garde républicaine tchadienne a accusé le Soudan d'armer les rebelles.")
            .count("Chadian Republican Guard accuses Sudan") == 1);
  // near miss: the avoidance itself still denies the act
  CHECK(Edges("Le Tchad s'est gardé d'accuser le Soudan d'armer les rebelles.")
            .count("Chad accuses Sudan") == 0);
}

TEST_CASE("a national security council named with its state", "[extract][institution]") {
  CHECK(Edges("Le Conseil de sécurité nationale turc a accusé la Grèce de provocations.")
            .count("Turkish National Security Council accuses Greece") == 1);
  CHECK(Edges("The American National Security Council accused Iran of arming the militias.")
            .count("US National Security Council accuses Iran") == 1);
  // near miss: alone it is no one state's, least of all Washington's
  const auto bare = EntityIds("Le président sénégalais a réuni le Conseil de sécurité nationale.");
  CHECK(bare.count("US National Security Council") == 0);
}

TEST_CASE("peacekeepers named with their state after a contracted article",
          "[extract][institution]") {
  const auto fr = EntityIds(
      "Le Premier ministre arménien a reproché aux soldats de la paix russes leur passivité.");
  CHECK(fr.count("Russian peacekeepers") == 1);
  CHECK(EntityIds("Bakou a reproché aux soldats de la paix turcs leur inaction dans la région.")
            .count("Turkish peacekeepers") == 1);
  // near miss: no state said, no peacekeepers of a state
  const auto bare =
      EntityIds("Bakou a reproché aux soldats de la paix leur inaction dans la région.");
  CHECK(bare.count("Turkish peacekeepers") == 0);
  CHECK(bare.count("Azerbaijani peacekeepers") == 0);
}
