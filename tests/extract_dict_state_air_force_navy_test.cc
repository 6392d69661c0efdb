// A state's air force and navy named with their country are one body each
// ("<Adjective> Air Force", "<Adjective> Navy"; schema/lexicon/words.tsv
// institution), never alone.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("a state's air force and navy are bodies of that state", "[extract][dict]") {
  const auto en = Edges(
      "A spokesman for Poland's air force, Adam Nowik, said the jets were scrambled.",
      "2023-05-02");
  CHECK(en.count("Adam Nowik official_of Polish Air Force"));
  const auto fr = Edges(
      "Le porte-parole de l'armée de l'air polonaise, Adam Nowik, a confirmé l'interception.",
      "2023-05-02");
  CHECK(fr.count("Adam Nowik official_of Polish Air Force"));
  const auto ids = EntityIds("La marine turque a escorté les navires. The Greek navy followed.",
                             "2023-05-02");
  CHECK(ids.count("Turkish Navy"));
  CHECK(ids.count("Greek Navy"));
  // near-miss: no country, no body; "marine" as an adjective
  const auto none = EntityIds(
      "The navy said the drills were over. Une espèce marine a disparu.", "2023-05-02");
  for (const auto& id : none) CHECK(id.find("Navy") == std::string::npos);
}
