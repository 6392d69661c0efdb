// Reference resolution: a leader and the state he
// serves are one side, not two parties of a warning or a meeting.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a president warning about his own country's interests warns no one there", "[extract]") {
  auto en = Edges(
      "In Ankara, President Recep Tayyip Erdogan warned that \"the slightest move against "
      "Turkey's interests will be met with a much stronger response\".");
  CHECK(en.count("Erdogan leads Turkey") == 1);
  CHECK(en.count("Erdogan warns Turkey") == 0);
  auto fr = Edges(
      "À Ankara, le président Recep Tayyip Erdogan a averti que « toute attaque contre les "
      "frontières de la Turquie recevra une réponse ferme ».");
  CHECK(fr.count("Erdogan warns Turkey") == 0);
  // Another state named in the warning keeps its edge.
  auto other = Edges("President Recep Tayyip Erdogan warned Greece against any provocation.");
  CHECK(other.count("Erdogan warns Greece") == 1);
}
