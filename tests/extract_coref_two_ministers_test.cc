// "both ministers", "les deux ministres": the last two persons named, as
// "both men" is; on sentences of our own.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("both ministers are the last two persons named", "[extract]") {
  auto e = Edges(
      "Le ministre kényan Paul Otieno a parlé à la presse. Son homologue burundais Jean Ndayi a "
      "approuvé. Le président Ruto a reçu les deux ministres lundi.",
      "2024-07-01");
  CHECK(e.count("Ruto meets Paul Otieno"));
  CHECK(e.count("Ruto meets Jean Ndayi"));
  auto f = Edges(
      "Kenyan minister Paul Otieno spoke to reporters. His Burundian counterpart Jean Ndayi "
      "agreed. President William Ruto received both ministers on Monday.",
      "2024-07-01");
  CHECK(f.count("Ruto meets Paul Otieno"));
  CHECK(f.count("Ruto meets Jean Ndayi"));
}
