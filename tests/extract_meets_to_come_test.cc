// Meetings held versus meetings to come, and visits.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("an English meeting to come is not held", "[extract]") {
  CHECK_FALSE(
      HasPredicate(Edges("Fidan is expected in Baku, where he will meet Aliyev."), "meets"));
  CHECK_FALSE(HasPredicate(Edges("Fidan is to meet Aliyev in Baku on Friday."), "meets"));
  CHECK_FALSE(HasPredicate(Edges("Fidan will hold talks with Aliyev in Baku."), "meets"));
  CHECK(Edges("Fidan held talks with Aliyev in Baku.").count("Fidan meets Aliyev"));
  CHECK(Edges("Fidan met Aliyev in Baku on Friday.").count("Fidan meets Aliyev"));
  // only meetings: a stance said in the future is still held
  CHECK(Edges("Fidan will support Aliyev.").count("Fidan supports Aliyev"));
}

TEST_CASE("a French meeting to come is not held", "[extract]") {
  CHECK_FALSE(HasPredicate(Edges("Fidan rencontrera Aliyev à Bakou vendredi."), "meets"));
  CHECK_FALSE(HasPredicate(Edges("Fidan va rencontrer Aliyev à Bakou."), "meets"));
  CHECK_FALSE(HasPredicate(Edges("Fidan s'entretiendra avec Aliyev à Bakou."), "meets"));
  CHECK(Edges("Fidan rencontra Aliyev à Bakou.").count("Fidan meets Aliyev"));
  CHECK(Edges("Fidan s'est entretenu avec Aliyev à Bakou.").count("Fidan meets Aliyev"));
  CHECK(Edges("Fidan va soutenir Aliyev.").count("Fidan supports Aliyev"));
}
