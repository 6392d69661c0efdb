// Precision of criticizes for verbs of questioning: a person interrogated is
// not criticized. "questioned X's lawyer", "questioned a Russian soldier"
// (a person noun the actor owns or qualifies, stance_word
// role=interrogated_person) and French "a interrogé" without the reflexive
// pronoun of "s'interroger sur" (clitic=se) give no edge; doubts about an
// actor's role stay. Each beside a true use.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("an interrogated person's owner or nationality is not criticized",
          "[extract][criticizes][precision]") {
  const auto owned = Edges("Federal agents questioned Biden's adviser for three hours.", "2023-04-02");
  CHECK(owned.count("FBI criticizes Biden") == 0);
  CHECK(Edges("The FBI questioned Biden's adviser for three hours.", "2023-04-02")
            .count("FBI criticizes Biden") == 0);
  CHECK(Edges("Ukraine's SBU questioned two captured Russian soldiers.", "2023-04-02")
            .count("SBU criticizes Russia") == 0);
  CHECK(Edges("Le SBU a interrogé un prisonnier russe pendant des heures.", "2023-04-02")
            .count("SBU criticizes Russia") == 0);
  // doubts about the actor or its act still criticize
  CHECK(Edges("The FBI questioned Biden's motives.", "2023-04-02").count("FBI criticizes Biden") ==
        1);
  CHECK(Edges("Macron questioned Russia's role in Mali.", "2023-04-02")
            .count("Macron criticizes Russia") == 1);
  CHECK(Edges("La France s'est interrogée sur le rôle de la Russie au Mali.", "2023-04-02")
            .count("France criticizes Russia") == 1);
}
