// Precision of stance edges: an event that befalls the actor named after it
// (stance_word role=victim_event, now with invasion, occupation, bombing,
// shelling, annexation, blockade, siege and their French forms) makes that
// actor its victim, not the one condemned or backed, in the noun phrase
// reader and the recall layers ("condemned the invasion of Ukraine",
// "justified the invasion of Ukraine"). The agent after by/par stays.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("the victim of an invasion or a blockade is not its target",
          "[extract][criticizes][precision]") {
  CHECK(Edges("Germany condemned the invasion of Ukraine.", "2022-03-01")
            .count("Germany criticizes Ukraine") == 0);
  CHECK(Edges("Germany condemned the occupation of Ukraine.", "2022-03-01")
            .count("Germany criticizes Ukraine") == 0);
  CHECK(Edges("L'Allemagne a condamné le blocus du Qatar.", "2017-06-10")
            .count("Germany criticizes Qatar") == 0);
  CHECK(Edges("Belarus justified the invasion of Ukraine.", "2022-03-01")
            .count("Belarus supports Ukraine") == 0);
  // the agent of the act is still criticized
  CHECK(Edges("L'Allemagne a condamné l'invasion de l'Ukraine par la Russie.", "2022-03-01")
            .count("Germany criticizes Russia") == 1);
  CHECK(Edges("Germany condemned Russia's invasion of Ukraine.", "2022-03-01")
            .count("Germany criticizes Russia") == 1);
}

TEST_CASE("the victim of a fall or a death is no target in any reader",
          "[extract][criticizes][precision]") {
  // VictimEventAt: the frames, the recall layer and the backoff read it alike.
  CHECK(Edges("Iran deplored the fall of Syria.", "2024-12-10").count("Iran criticizes Syria") ==
        0);
  CHECK(Edges("L'Iran a déploré la chute de la Syrie.", "2024-12-10")
            .count("Iran criticizes Syria") == 0);
  // the actor's own act is still its target
  CHECK(Edges("Iran deplored the policy of Syria.", "2024-12-10").count("Iran criticizes Syria") ==
        1);
}
