// "the three countries", "les trois régimes": a counted description of
// countries stands for the last list of exactly three countries named before
// it (in its sentence or up to twelve sentences back). A list of four, or
// none, gives no antecedent. Sentences invented for the tests.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {
std::string Text(const std::string& s) { return "Regional news.\n\nIt rained. " + s; }
}  // namespace

TEST_CASE("the three countries are the three named before", "[extract][coref]") {
  auto en = Edges(Text("Chile, Peru and Bolivia left the bloc on Monday. The talks failed. The "
                       "three countries accuse Argentina of bad faith."));
  CHECK(en.count("Chile accuses Argentina"));
  CHECK(en.count("Peru accuses Argentina"));
  CHECK(en.count("Bolivia accuses Argentina"));
  auto fr = Edges(Text("Le Tchad, le Soudan et la Libye ont signé un pacte. Le Kenya a mis en "
                       "garde les trois gouvernements contre toute escalade."));
  CHECK(fr.count("Kenya warns Chad"));
  CHECK(fr.count("Kenya warns Sudan"));
  CHECK(fr.count("Kenya warns Libya"));
  CHECK(Edges(Text("La Serbie, la Hongrie et la Slovaquie ont quitté le sommet. Les trois "
                   "régimes accusent la Pologne d'ingérence."))
            .count("Hungary accuses Poland"));
}

TEST_CASE("no list of exactly three countries, or a denied charge", "[extract][coref]") {
  auto four = Edges(Text("Chile, Peru, Bolivia and Ecuador met on Monday. The three countries "
                         "accuse Argentina of bad faith."));
  CHECK_FALSE(four.count("Peru accuses Argentina"));
  CHECK_FALSE(four.count("Chile accuses Argentina"));
  CHECK_FALSE(Edges(Text("Chile and Peru met on Monday. The three countries accuse Argentina of "
                         "bad faith."))
                  .count("Chile accuses Argentina"));
  CHECK_FALSE(Edges(Text("Chile, Peru and Bolivia met on Monday. The three countries do not "
                         "accuse Argentina of bad faith."))
                  .count("Peru accuses Argentina"));
}
