// A capitalised word that qualifies an office holder's time in office
// ("Outgoing", "Former", "Acting", "Ex-", "Ancien") opening a sentence is
// no part of the body or person no dictionary knows that follows it
// (engine_discovery.cc HolderTimeModifier). "New" and "Interim" open real
// names ("New Democratic Party"), so they are dropped only before a name the
// dictionary knows.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::EntityIds;

TEST_CASE("a sentence-initial holder modifier is not part of a discovered body",
          "[extract][discovery]") {
  const auto en = EntityIds(
      "Outgoing Arctic Forum chairman Lars Holm met reporters in Oslo on Monday.\n\n"
      "Acting Lake Basin Commission secretary Jane Odhiambo said the talks would resume.",
      "2023-05-02");
  CHECK(en.count("Arctic Forum"));
  CHECK_FALSE(en.count("Outgoing Arctic Forum"));
  CHECK(en.count("Lake Basin Commission"));
  CHECK_FALSE(en.count("Acting Lake Basin Commission"));
  CHECK(en.count("Lars Holm"));
  const auto fr = EntityIds(
      "Ancien Conseil des sages du Sahel, l'organe a été dissous lundi.", "2023-05-02");
  CHECK_FALSE(fr.count("Ancien Conseil des sages du Sahel"));
}

TEST_CASE("New and Interim that open a name stay in it", "[extract][discovery]") {
  const auto en = EntityIds(
      "New Harbour Party leader Tom Reeve was in Lagos on Monday.\n\n"
      "The Interim Reconciliation Council said the vote would go ahead.",
      "2023-05-02");
  CHECK(en.count("New Harbour Party"));
  CHECK(en.count("Interim Reconciliation Council"));
}

// "Reps." and "Sen." are abbreviations (schema/lexicon/boilerplate.txt), so
// the sentence goes on, and the abbreviated title names the persons after it
// (engine_discovery.cc IsPersonNoun), as "Senators X and Y" does.
TEST_CASE("an abbreviated plural title names the persons listed after it",
          "[extract][discovery]") {
  const auto en = kzgraph::testing::Edges(
      "Republican Reps. Ann Kowalski and Peter Dunmore condemned Iran on Tuesday.", "2023-05-02");
  CHECK(en.count("Ann Kowalski criticizes Iran"));
  CHECK(en.count("Peter Dunmore criticizes Iran"));
  // near-miss: a lower-case "reps." is no title; the capitalised words
  // after it name no person
  const auto ids = EntityIds("He met the sales reps. Harbour Point was closed.", "2023-05-02");
  CHECK_FALSE(ids.count("Harbour Point"));
}

TEST_CASE("names listed after a plural 'ministres'/'ministers' are persons",
          "[extract][discovery]") {
  const auto fr = kzgraph::testing::Edges(
      "Les ministres Yacine Boudraa et Omar Tellal ont critiqué la Turquie mardi.", "2023-05-02");
  CHECK(fr.count("Yacine Boudraa criticizes Turkey"));
  CHECK(fr.count("Omar Tellal criticizes Turkey"));
  // near-miss: the plural alone names no one
  const auto ids = EntityIds("Les ministres ont critiqué la Turquie mardi.", "2023-05-02");
  CHECK(ids.count("Turkey"));
  CHECK(ids.size() == 1);
}
