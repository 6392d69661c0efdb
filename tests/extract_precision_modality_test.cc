// Modality that the rules missed: a negation before a short incise,
// a refusal in a present participle, a future obligation.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a negation before an incise blocks the request", "[extract]") {
  auto fr = Edges(
      "Selon un diplomate, les autorités tchadiennes n'ont pas, pour l'instant, sollicité l'aide "
      "de la France.");
  CHECK(fr.count("Chad requests_aid France") == 0);
  auto en = Edges("Chad has not, so far, asked France for help.");
  CHECK(en.count("Chad requests_aid France") == 0);
  // Close positive: the same request, not negated.
  auto pos = Edges(
      "Selon un diplomate, les autorités tchadiennes ont, pour l'instant, sollicité l'aide de la "
      "France.");
  CHECK(pos.count("Chad requests_aid France") == 1);
}

TEST_CASE("a refusal participle blocks the meeting", "[extract]") {
  auto fr = Edges("Le président malien a durci le ton, rejetant tout dialogue avec la Cedeao.");
  CHECK_FALSE(kzgraph::testing::HasPredicate(fr, "meets"));
  auto en = Edges("The Malian president hardened his tone, refusing any talks with ECOWAS.");
  CHECK_FALSE(kzgraph::testing::HasPredicate(en, "meets"));
}

TEST_CASE("a future obligation sends no troops yet", "[extract]") {
  auto fr = Edges("Le Tchad et le Niger devront également envoyer des troupes au Mali.");
  CHECK(fr.count("Chad sends_troops Mali") == 0);
  auto en = Edges("Chad and Niger are due to send troops to Mali.");
  CHECK(en.count("Chad sends_troops Mali") == 0);
  auto pos = Edges("Le Tchad et le Niger ont également envoyé des troupes au Mali.");
  CHECK(pos.count("Chad sends_troops Mali") == 1);
}

TEST_CASE("a meeting called for or pushed for is not held", "[extract]") {
  auto fr = Edges("Le Ghana appelle à « renouer le dialogue » avec Niamey.");
  CHECK_FALSE(kzgraph::testing::HasPredicate(fr, "meets"));
  auto en = Edges("Ghana would push for a summit with Niger next month.");
  CHECK_FALSE(kzgraph::testing::HasPredicate(en, "meets"));
  auto en2 = Edges("Ghana has called for talks with Niger.");
  CHECK_FALSE(kzgraph::testing::HasPredicate(en2, "meets"));
  // Close positives: the meeting held.
  auto pos = Edges("Ghana held a summit with Niger on Monday.");
  CHECK(pos.count("Ghana meets Niger") == 1);
  auto pos_fr = Edges("Le Ghana a dialogué avec Niamey lundi.");
  CHECK(pos_fr.count("Ghana meets Niger") == 1);
}

TEST_CASE("entretenir without its reflexive is no meeting", "[extract]") {
  auto neg = Edges("Le Ghana, qui entretient avec Niamey des relations cordiales, n'a rien dit.");
  CHECK_FALSE(kzgraph::testing::HasPredicate(neg, "meets"));
  auto neg2 = Edges("Le Ghana entretient de bonnes relations avec le Niger.");
  CHECK_FALSE(kzgraph::testing::HasPredicate(neg2, "meets"));
  // Close positives: the pronominal verb.
  auto pos = Edges("Le Ghana s'est entretenu avec le Niger lundi.");
  CHECK(pos.count("Ghana meets Niger") == 1);
  auto pos2 = Edges(
      "Le Ghana souhaite s'entretenir avec le Niger, mais le Ghana s'est entretenu avec le Togo.");
  CHECK(pos2.count("Ghana meets Togo") == 1);
}
