// English spells a speech verb's plural present like its infinitive ("the
// rebels say", "officials insist", "X, who hold Y, say"): the subject speaks,
// and a "they" after it is that speaker. An infinitive ("to say", "will
// say") or a singular subject before an infinitive gives no speaker.
// Sentences invented for the tests.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {
std::string Text(const std::string& s) { return "Regional news.\n\nIt rained. " + s; }
}  // namespace

TEST_CASE("a plural present speech verb makes its subject the speaker", "[extract][stance]") {
  CHECK(Edges(Text("The Houthis say Chile is an aggressor.")).count("Houthis accuses Chile"));
  CHECK(Edges(Text("The Houthis say they are striking ships in solidarity with Venezuela."))
            .count("Houthis supports Venezuela"));
  CHECK(Edges(Text("The Houthis, who control Sanaa, say they act in solidarity with Cuba."))
            .count("Houthis supports Cuba"));
  // the French finite forms were always read
  CHECK(Edges(Text("Les Houthis disent agir en solidarité avec Cuba."))
            .count("Houthis supports Cuba"));
}

TEST_CASE("an infinitive speech verb makes no speaker", "[extract][stance]") {
  CHECK_FALSE(Edges(Text("The Houthis are expected to say Chile is an aggressor."))
                  .count("Houthis accuses Chile"));
  CHECK_FALSE(Edges(Text("The Houthis will not say that Chile is an aggressor."))
                  .count("Houthis accuses Chile"));
  CHECK_FALSE(Edges(Text("The Houthis say they are not acting in solidarity with Cuba."))
                  .count("Houthis supports Cuba"));
}
