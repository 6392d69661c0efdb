// Precision of criticizes for verbal idioms of combat (military_idiom=1:
// "hit back at", "took aim at", "pushed back against", "lashed out at",
// "s'en prendre à"): with armed forces as subject or a military target as
// object they tell fighting, not criticism (words_military_idioms.tsv).
// Each beside a true use.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a combat idiom against forces or military targets criticizes no one",
          "[extract][criticizes][precision]") {
  CHECK(Edges("Ukraine hit back at the Russian army near Kherson.", "2023-06-01")
            .count("Ukraine criticizes Russia") == 0);
  CHECK(Edges("Ukrainian troops pushed back against Russia overnight.", "2023-06-01")
            .count("Ukraine criticizes Russia") == 0);
  CHECK(Edges("Kyiv took aim at Russian positions in the south.", "2023-06-01")
            .count("Ukraine criticizes Russia") == 0);
  CHECK(Edges("L'Ukraine s'en est prise aux positions russes dans le sud.", "2023-06-01")
            .count("Ukraine criticizes Russia") == 0);
  CHECK(Edges("Les forces ukrainiennes s'en sont prises à Moscou.", "2023-06-01")
            .count("Ukraine criticizes Russia") == 0);
  // the same idioms in words still criticize
  CHECK(Edges("Iran hit back at Israel's accusations.", "2023-06-01")
            .count("Iran criticizes Israel") == 1);
  CHECK(Edges("Erdogan took aim at Netanyahu.", "2023-06-01").count("Erdogan criticizes Netanyahu") ==
        1);
  CHECK(Edges("Macron s'en est pris à la Russie.", "2023-06-01").count("Macron criticizes Russia") ==
        1);
}
