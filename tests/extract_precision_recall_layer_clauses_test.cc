// Precision of the recall layers (Fallback, Backoff): the object search stops
// at a word opening a subordinate clause (stance_word role=clause_opener:
// "stood by as settlers attacked X"), and a clause opening with a common
// noun has that noun as subject, not the sentence's speaker ("The war has
// turned favourable to Russia, NATO said"). Each beside a true use.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("the recall layers keep to their clause", "[extract][supports][precision]") {
  CHECK(Edges("Israeli troops stood by as settlers attacked Palestinians.", "2024-03-01")
            .count("Israel supports Palestine") == 0);
  CHECK(Edges("The war has turned favourable to Russia, NATO said.", "2024-03-01")
            .count("NATO supports Russia") == 0);
  CHECK(Edges("« La guerre a tourné en faveur de la Russie », a déclaré l'OTAN.", "2024-03-01")
            .count("NATO supports Russia") == 0);
  // true uses
  CHECK(Edges("Iran stood by Russia as the sanctions mounted.", "2024-03-01")
            .count("Iran supports Russia") == 1);
  CHECK(Edges("« Nous soutenons l'Ukraine », a déclaré l'OTAN.", "2024-03-01")
            .count("NATO supports Ukraine") == 1);
}

TEST_CASE("a gerund after a preposition heads no noun phrase", "[extract][supports][precision]") {
  CHECK(Edges("Russia justified its attack on Ukraine by citing NATO expansion.", "2024-03-01")
            .count("Russia supports NATO") == 0);
  CHECK(Edges("Moscow justified the offensive by blaming NATO.", "2024-03-01")
            .count("Russia supports NATO") == 0);
  // an -ing modifier before an organization's name still leads to it
  CHECK(Edges("Museveni heads the ruling National Resistance Movement.", "2024-03-01")
            .count("Museveni leads NRM") == 1);
}
