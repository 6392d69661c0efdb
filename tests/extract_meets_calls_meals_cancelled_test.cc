// Meetings and calls as news French and English state
// them (schema/lexicon/triggers_phone_calls_meals_cancellations.tsv, engine_meeting_cancelled.cc, the call
// frame of engine_side_call_ally_frames.cc). Invented sentences on actors of their own,
// with negative cases: planned, cancelled, naming, a country visited.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

const char kDate[] = "2023-06-01";

// A meets edge between a and b, in either direction.
bool MeetsEdge(const std::string& text, const std::string& a, const std::string& b) {
  const auto edges = Edges(text, kDate);
  return edges.count(a + " meets " + b) > 0 || edges.count(b + " meets " + a) > 0;
}

bool AnyMeets(const std::string& text) { return HasPredicate(Edges(text, kDate), "meets"); }

TEST_CASE("a telephone conversation between two parties", "[extract]") {
  CHECK(MeetsEdge("Un échange téléphonique entre Cyril Ramaphosa et Yoweri Museveni a eu lieu.",
                  "Ramaphosa", "Museveni"));
  CHECK(MeetsEdge("A telephone call between Cyril Ramaphosa and Yoweri Museveni lasted an hour.",
                  "Ramaphosa", "Museveni"));
  CHECK(MeetsEdge("Cyril Ramaphosa and Yoweri Museveni talked by telephone on Friday.", "Ramaphosa",
                  "Museveni"));
  // Two parties who spoke, but not together: no meeting.
  CHECK_FALSE(AnyMeets("Cyril Ramaphosa and Yoweri Museveni spoke at the conference."));
}

TEST_CASE("a meal together is a meeting", "[extract]") {
  CHECK(MeetsEdge("Gustavo Petro had dinner with Javier Milei in Buenos Aires.", "Petro", "Milei"));
  CHECK_FALSE(AnyMeets("Gustavo Petro had dinner in Buenos Aires."));
}

TEST_CASE("call, visit and welcome with a person as object", "[extract]") {
  CHECK(MeetsEdge("Narendra Modi called Fumio Kishida on Tuesday.", "Modi", "Kishida"));
  CHECK(MeetsEdge("Narendra Modi visited Fumio Kishida in Tokyo.", "Modi", "Kishida"));
  CHECK(MeetsEdge("Narendra Modi welcomed Fumio Kishida to New Delhi.", "Modi", "Kishida"));
  // Naming, an appeal, criticism, an act of the person's, a country visited.
  CHECK_FALSE(AnyMeets("Narendra Modi called Fumio Kishida a liar."));
  CHECK_FALSE(AnyMeets("Narendra Modi called Fumio Kishida \"an obstacle to peace\"."));
  CHECK_FALSE(AnyMeets("Narendra Modi called on Fumio Kishida to resign."));
  CHECK_FALSE(AnyMeets("Narendra Modi called out Fumio Kishida over the dispute."));
  CHECK_FALSE(AnyMeets("Narendra Modi called Fumio Kishida and Yoweri Museveni \"traitors\"."));
  CHECK_FALSE(AnyMeets("Narendra Modi welcomed Fumio Kishida's decision to visit."));
  CHECK_FALSE(AnyMeets("Narendra Modi visited Japan last week."));
}

TEST_CASE("a meeting cancelled or still to come gives no edge", "[extract]") {
  CHECK_FALSE(
      AnyMeets("Une rencontre entre Cyril Ramaphosa et Yoweri Museveni est prévue en mai."));
  CHECK_FALSE(
      AnyMeets("A meeting between Cyril Ramaphosa and Yoweri Museveni is scheduled for May."));
  CHECK_FALSE(AnyMeets("Yoweri Museveni a annulé sa rencontre avec Cyril Ramaphosa."));
  CHECK_FALSE(AnyMeets("Yoweri Museveni called off his meeting with Cyril Ramaphosa."));
  CHECK_FALSE(AnyMeets("Yoweri Museveni postponed talks with Cyril Ramaphosa."));
  CHECK_FALSE(AnyMeets("Cyril Ramaphosa prepared the planned talks with Yoweri Museveni."));
  // Held: the meeting noun with no such word.
  CHECK(MeetsEdge("Yoweri Museveni a eu une rencontre avec Cyril Ramaphosa à Kampala.", "Museveni",
                  "Ramaphosa"));
  CHECK(MeetsEdge("Yoweri Museveni held talks with Cyril Ramaphosa in Kampala.", "Museveni",
                  "Ramaphosa"));
}

TEST_CASE("a hypothesis stays blocked when a name looks like a verb", "[extract]") {
  // "Dina" is also a form of "dîner": the name gives no fallback meeting.
  CHECK_FALSE(AnyMeets("Gabriel Boric devrait s'entretenir avec Dina Boluarte lundi."));
  CHECK(MeetsEdge("Gabriel Boric s'est entretenu avec Dina Boluarte lundi.", "Boric", "Boluarte"));
}

}  // namespace
}  // namespace kzgraph::testing
