// An English genitive reads the same whatever its apostrophe: straight,
// curly or spaced ("Kenya's", "Kenya’s", "Kenya ' s"). The tokenizer drops
// the apostrophe (words.cc), so the owner is the word before the `s`
// (GenitiveS) and no rule steps over an apostrophe token.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a genitive owner reads alike with every apostrophe", "[extract][genitive]") {
  for (const std::string owner : {"Kenya's", "Kenya\u2019s", "Kenya ' s"}) {
    const auto edges = Edges(owner + " foreign minister Raphael Tuju met Ugandan officials.");
    CHECK(edges.count("Raphael Tuju official_of Kenya") == 1);
    CHECK(edges.count("Raphael Tuju meets Uganda") == 1);
  }
  // no genitive, no owner: the minister is Uganda's guest, not Kenya's
  CHECK(Edges("The foreign minister Raphael Tuju met Ugandan officials.")
            .count("Raphael Tuju official_of Kenya") == 0);
}
