// Quotation paragraphs (engine_coref.cc QuoteOnlySpeaker, FindSpeaker): a
// sentence that is only a quotation speaks with the voice of the quotation
// it continues or of the incise attributing the next one; verbs that report
// speech only in an incise ("», a-t-il lancé").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a quotation-only sentence takes the speaker of the quotation before",
          "[extract][discovery]") {
  const auto fr = Edges(
      "Le ministre polonais Radoslaw Sikorski est arrivé à Kiev.\n\n"
      "« Nous ne céderons pas », a-t-il déclaré. « Nous soutenons l'Ukraine. » Le ministre a "
      "ensuite quitté la salle.",
      "2024-05-06");
  CHECK(fr.count("Sikorski supports Ukraine"));
  // Narration before, no voice: the quotation stays unattributed.
  const auto none = Edges(
      "Le ministre polonais Radoslaw Sikorski est arrivé à Kiev.\n\n"
      "La salle était comble. « Nous soutenons l'Ukraine. » Le ministre est reparti.",
      "2024-05-06");
  CHECK_FALSE(none.count("Sikorski supports Ukraine"));
}

TEST_CASE("a quotation-only sentence takes the speaker of the incise after",
          "[extract][discovery]") {
  const auto en = Edges(
      "Polish Foreign Minister Radoslaw Sikorski spoke in Warsaw on Monday.\n\n"
      "\"We support Ukraine to the end.\"\n\n"
      "\"We will not give in,\" he added.",
      "2024-05-06");
  CHECK(en.count("Sikorski supports Ukraine"));
}

TEST_CASE("incise-only speech verbs attribute a quotation, not a plain clause",
          "[extract][discovery]") {
  const auto incise = Edges(
      "Le ministre polonais Radoslaw Sikorski est arrivé à Kiev.\n\n"
      "« Nous soutenons l'Ukraine », a-t-il lancé.",
      "2024-05-06");
  CHECK(incise.count("Sikorski supports Ukraine"));
  // "a lancé une offensive": no reported speech, so "nous" of a later
  // quotation has no voice from it.
  const auto plain = Edges(
      "L'armée russe a lancé une « opération » près de Kharkiv.\n\n« Nous soutenons "
      "l'Ukraine. »",
      "2024-05-06");
  CHECK_FALSE(HasPredicate(plain, "supports"));
}
