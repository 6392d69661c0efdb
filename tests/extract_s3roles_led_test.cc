// "led by" participles whose body is not right before them, and the
// dominance compounds ("Moscow-led alliance").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("s3roles: a led-by participle after a coordinated participle or before an apposition",
          "[extract]") {
  auto f = Edges(
      "Le Gouvernement d'union nationale (GNA), reconnu par l'ONU et dirigé par Fayez "
      "al-Sarraj, a répondu.",
      "2020-06-22");
  CHECK(f.count("Sarraj leads GNA"));
  CHECK_FALSE(f.count("Sarraj leads UN"));
  auto a = Edges(
      "Le Royaume-Uni enverra des soldats auprès de la force de maintien de la paix dirigée par "
      "l'OTAN, la KFOR, et la Roumanie aussi.",
      "2023-10-02");
  CHECK(a.count("NATO leads KFOR"));
  CHECK_FALSE(a.count("Romania leads KFOR"));
  // A former office does not hide the agent.
  auto b = Edges(
      "Les combats visent la Coalition des patriotes pour le changement (CPC), l'alliance "
      "rebelle dirigée par l'ancien président François Bozizé.",
      "2021-06-22");
  CHECK(b.count("François Bozizé leads CPC"));
  // Negated: no edge.
  auto n = Edges(
      "Le Gouvernement d'union nationale (GNA), reconnu par l'ONU et qui n'est pas dirigé par "
      "Fayez al-Sarraj, a répondu.",
      "2020-06-22");
  CHECK_FALSE(n.count("Sarraj leads GNA"));
}
