// A negated cessation is a litote: "n'a pas cessé de critiquer", "ne cesse
// de dénoncer", "never stopped accusing", "did not stop warning" say the act
// goes on, so the denial class (deny: "cessé de", "stopped", "stop warning")
// blocks no edge when a negation stands in its verb group (engine_args.cc
// Blocked; the cessation verbs are stance_word role=negation_asserts). A
// cessation that is not negated, and a plain negation, still block.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a negated cessation asserts the act it governs", "[extract][litotes]") {
  CHECK(Edges("La Russie n'a pas cessé de critiquer l'OTAN depuis le sommet.", "2023-05-02")
            .count("Russia criticizes NATO") == 1);
  CHECK(Edges("L'Iran ne cesse de dénoncer Israël.", "2023-05-02").count("Iran criticizes Israel") ==
        1);
  CHECK(Edges("La Russie n'a cessé de critiquer l'OTAN.", "2023-05-02")
            .count("Russia criticizes NATO") == 1);
  CHECK(Edges("La Russie n'a pas arrêté de critiquer l'OTAN.", "2023-05-02")
            .count("Russia criticizes NATO") == 1);
  CHECK(Edges("Russia has not stopped criticizing NATO since the summit.", "2023-05-02")
            .count("Russia criticizes NATO") == 1);
  CHECK(Edges("Russia has never stopped accusing Ukraine of shelling the plant.", "2023-05-02")
            .count("Russia accuses Ukraine") == 1);
  CHECK(Edges("Moscow did not stop warning Kyiv against any offensive.", "2023-05-02")
            .count("Russia warns Ukraine") == 1);
  CHECK(Edges("Russia hasn't stopped criticizing NATO.", "2023-05-02")
            .count("Russia criticizes NATO") == 1);
}

TEST_CASE("a cessation or a negation that is no litote still blocks", "[extract][litotes]") {
  CHECK(Edges("La Russie a cessé de soutenir l'Arménie.", "2023-05-02")
            .count("Russia supports Armenia") == 0);
  CHECK(Edges("La Russie a arrêté de critiquer l'OTAN.", "2023-05-02")
            .count("Russia criticizes NATO") == 0);
  CHECK(Edges("La Russie n'a jamais accusé l'Ukraine.", "2023-05-02")
            .count("Russia accuses Ukraine") == 0);
  CHECK(Edges("Russia stopped backing Armenia last year.", "2023-05-02")
            .count("Russia supports Armenia") == 0);
  CHECK(Edges("Russia has stopped criticizing NATO.", "2023-05-02")
            .count("Russia criticizes NATO") == 0);
}
