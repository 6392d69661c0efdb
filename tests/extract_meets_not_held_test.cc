// Meetings and deployments that did not take place, on sentences
// of our own: a task or an appeal to meet, and "any dialogue" refused.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a task or appeal to hold talks is no meeting", "[extract]") {
  auto f = Edges("Le Ghana et le Bénin sont chargés de renouer le dialogue avec le Tchad.",
                 "2024-07-04");
  CHECK_FALSE(f.count("Ghana meets Chad"));
  CHECK_FALSE(f.count("Benin meets Chad"));
  auto e = Edges("Kenya was tasked with holding talks with Ethiopia.", "2024-07-04");
  CHECK_FALSE(e.count("Kenya meets Ethiopia"));
  // the meeting held: an edge
  auto h = Edges("Le Ghana a renoué le dialogue avec le Tchad.", "2024-07-04");
  CHECK(h.count("Ghana meets Chad"));
}

TEST_CASE("any dialogue refused is no meeting", "[extract]") {
  auto f =
      Edges("Le président tchadien Mahamat Déby a exclu jeudi tout dialogue avec les rebelles.",
            "2024-07-04");
  CHECK_FALSE(f.count("Mahamat Deby meets rebels"));
  CHECK_FALSE(f.count("Chad meets rebels"));
  auto e = Edges("Kenya ruled out any talks with Ethiopia on Monday.", "2024-07-04");
  CHECK_FALSE(e.count("Kenya meets Ethiopia"));
  auto h = Edges("Kenya held talks with Ethiopia on Monday.", "2024-07-04");
  CHECK(h.count("Kenya meets Ethiopia"));
}
