// Precision of the speaker behind a label ("terroristes", "bandits"):
// a plural noun after "member"/"own" is no speech verb, and an indefinite
// article after a speech verb introduces its object, not a postposed speaker.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
}  // namespace

TEST_CASE("'member states' is no speech verb", "[extract]") {
  const char* noun =
      "NATO flew jets over its own member states after Lithuania asked for help against what it "
      "called a \"terrorist threat.\"";
  CHECK_FALSE(Says(noun, "NATO accuses terrorists"));
  // The verb "states" after its subject still speaks.
  CHECK(Says("NATO states that the terrorists attacked the convoy.", "NATO accuses terrorists"));
}

TEST_CASE("an indefinite article after the verb is its object, not an inverted speaker",
          "[extract]") {
  const char* fr =
      "Le ministre Ousmane Diallo, alors porte-parole, avait dénoncé une Guinée qui « abrite les "
      "terroristes ».";
  CHECK_FALSE(Says(fr, "Guinea accuses terrorists"));
  // A definite postposed speaker still speaks.
  CHECK(Says("« Ces terroristes seront punis », a déclaré le Niger.", "Niger accuses terrorists"));
}
