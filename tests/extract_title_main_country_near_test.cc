// A state title with no country named ("le ministre des Affaires étrangères
// X") held by a person the dictionary does not know, in an article about two
// states about equally named: the main one, when the sentence and its
// neighbours name no other state and one of them names the main one.
// Sentences of our own.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {
const char* kFrHead =
    "Le Mali rompt son accord de défense avec la France. Le Mali accuse la France. "
    "La France regrette la décision du Mali. Le Mali a reçu des militaires français. "
    "La France a rappelé son ambassadeur au Mali. La France doit partir. ";
const char* kEnHead =
    "Mali ends its defence pact with France. Mali accuses France. France regrets Mali's "
    "decision. Mali hosted French soldiers. France recalled its ambassador to Mali. France "
    "must leave. ";
}  // namespace

TEST_CASE("a bare state title in a two-state article: the main state named near", "[extract]") {
  auto fr = Edges(std::string(kFrHead) +
                      "Une rupture inattendue. Le communiqué, signé du ministre des Affaires "
                      "étrangères Abdoulaye Koumbassa, a été lu jeudi. Le Mali y annonce la fin "
                      "de l'accord.",
                  "2024-11-29");
  CHECK(fr.count("Abdoulaye Koumbassa official_of Mali"));
  auto en = Edges(std::string(kEnHead) +
                      "A surprise break. The statement, signed by Foreign Minister Abdoulaye "
                      "Koumbassa, was read on Thursday. Mali said the pact was over.",
                  "2024-11-29");
  CHECK(en.count("Abdoulaye Koumbassa official_of Mali"));
}

TEST_CASE("a bare state title near another state's name: no guess", "[extract]") {
  auto fr = Edges(std::string(kFrHead) +
                      "Une rupture inattendue. Le communiqué, signé du ministre des Affaires "
                      "étrangères Abdoulaye Koumbassa, a été lu jeudi. Le Sénégal y répond "
                      "sèchement.",
                  "2024-11-29");
  CHECK_FALSE(fr.count("Abdoulaye Koumbassa official_of Mali"));
  CHECK_FALSE(fr.count("Abdoulaye Koumbassa official_of France"));
  CHECK_FALSE(fr.count("Abdoulaye Koumbassa official_of Senegal"));
}
