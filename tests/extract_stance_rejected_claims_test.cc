// Rejecting an actor's words criticizes the actor
// ("rejected X's claims", "a rejeté les accusations de X"), and an English
// speech word used as a noun ("X's claims") names no speaker. Negatives:
// negation, hypothesis, claims with no holder, an actor inside the claim's
// content, a denial verb.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::ExtractText;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("rejecting an actor's claims criticizes it (English)", "[extract][stance]") {
  CHECK(Says("Ghana rejects Togo's claims about the border.", "Ghana criticizes Togo"));
  CHECK(Says("On Monday, Chile rejected Peru's claims that its navy had entered the zone.",
             "Chile criticizes Peru"));
  CHECK(Says("Poland rejected accusations by Belarus of spying.", "Poland criticizes Belarus"));
  // "what he called": the subject's own words before the holder's nationality.
  CHECK(Says("Kenya dismissed what it called \"baseless Ethiopian claims\" of interference.",
             "Kenya criticizes Ethiopia"));
  CHECK(Says("Finland rebuffed Russian allegations of provocations.", "Finland criticizes Russia"));
}

TEST_CASE("rejecting an actor's claims criticizes it (French)", "[extract][stance]") {
  CHECK(
      Says("Le Ghana a rejeté les accusations du Togo sur la frontière.", "Ghana criticizes Togo"));
  CHECK(Says("Le Sénégal a balayé les allégations maliennes.", "Senegal criticizes Mali"));
  CHECK(Says("Le Sénégal a balayé les « allégations » du Mali.", "Senegal criticizes Mali"));
  CHECK(Says("Le Tchad réfute les affirmations du Soudan.", "Chad criticizes Sudan"));
}

TEST_CASE("rejections that criticize no one", "[extract][stance]") {
  // negation and hypothesis
  CHECK_FALSE(
      Says("Chile did not reject Peru's claims about the fishing zone.", "Chile criticizes Peru"));
  CHECK_FALSE(Says("Le Niger n'a pas rejeté les affirmations du Bénin.", "Niger criticizes Benin"));
  CHECK_FALSE(Says("Si le Tchad rejetait les accusations du Soudan, la crise s'aggraverait.",
                   "Chad criticizes Sudan"));
  // no holder: the actor is in the claim's content, not its author
  CHECK_FALSE(HasPredicate(Edges("Finland rejected the claims that Norway had sent troops."),
                           "criticizes"));
  CHECK_FALSE(HasPredicate(
      Edges("Le Cameroun a rejeté les accusations selon lesquelles le Nigeria aurait armé des "
            "rebelles."),
      "criticizes"));
  // a place named in the claim's topic is no holder
  CHECK_FALSE(
      HasPredicate(Edges("La Guinée a rejeté les accusations portant sur Conakry."), "criticizes"));
  // a denial is no rejection of someone's words
  CHECK_FALSE(Says("Ghana denied Togo's claims about the border.", "Ghana criticizes Togo"));
  // a rejected offer is no criticism of words
  CHECK_FALSE(Says("Ghana rejected Togo's offer of talks.", "Ghana criticizes Togo"));
}

TEST_CASE("an owner's claims is no speaker", "[extract][stance]") {
  // "Togo's claims": Togo speaks nothing here; the label in the reply is
  // Ghana's words, so Togo accuses no one.
  const auto edges = Edges(
      "Ghana rejected Togo's claims, saying the gunmen who attacked the post were terrorists.");
  CHECK(edges.count("Ghana criticizes Togo") > 0);
  CHECK(edges.count("Togo accuses terrorists") == 0);
  // A speech verb after a subject still speaks.
  CHECK(Says("Russia claims that Ukraine is run by terrorists.", "Russia accuses terrorists"));
}
