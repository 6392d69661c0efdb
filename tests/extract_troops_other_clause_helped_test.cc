// Deployment destinations, on sentences of our own: a place
// named in another clause is no destination, and forces being helped are no
// senders.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a place of another clause is no destination", "[extract]") {
  auto e = Edges(
      "Syria reinforces its northern border. The accord was signed in Ankara while the Syrian army "
      "deployed 3,000 soldiers near "
      "the river.",
      "2023-05-02");
  CHECK_FALSE(e.count("Syria sends_troops Turkey"));
  auto f = Edges(
      "La Syrie renforce sa frontière nord. Le sommet s'est tenu à Ankara tandis que l'armée "
      "syrienne déployait 3 000 soldats le "
      "long du fleuve.",
      "2023-05-02");
  CHECK_FALSE(f.count("Syria sends_troops Turkey"));
  // a place fronted in the deployment's own clause is one
  auto g = Edges("Au Tchad, la France a déployé 1 000 soldats en mars.", "2023-05-02");
  CHECK(g.count("France sends_troops Chad"));
  auto h = Edges("In Chad, France deployed 1,000 soldiers in March.", "2023-05-02");
  CHECK(h.count("France sends_troops Chad"));
}

TEST_CASE("forces being helped send no troops", "[extract]") {
  auto e = Edges(
      "Kenya's deployment of 1,000 troops to Somalia, where they are helping Somali forces "
      "fight the insurgents, was approved.",
      "2023-05-02");
  CHECK(e.count("Kenya sends_troops Somalia"));
  CHECK_FALSE(e.count("Somalia sends_troops Kenya"));
}
