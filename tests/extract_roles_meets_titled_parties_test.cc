// Offices and meetings of news wording on unseen text: "boss" as a head's
// title, an outgoing holder, a presidency seized (schema/lexicon/roles.tsv);
// a subject raised with someone ("a évoqué ... avec",
// triggers_meeting_wording.tsv); a titled person called, visited or welcomed
// and the passive "was welcomed by" (the call frame of
// engine_side_call_ally_frames.cc). Invented sentences, with near-misses.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

const char kDate[] = "2023-06-01";

bool Has(const std::string& text, const std::string& edge) {
  return Edges(text, kDate).count(edge) > 0;
}

// A meets edge between a and b, in either direction.
bool MeetsEdge(const std::string& text, const std::string& a, const std::string& b) {
  const auto edges = Edges(text, kDate);
  return edges.count(a + " meets " + b) > 0 || edges.count(b + " meets " + a) > 0;
}

bool AnyMeets(const std::string& text) { return HasPredicate(Edges(text, kDate), "meets"); }

TEST_CASE("boss is the title of a head", "[extract]") {
  CHECK(
      Has("Wagner boss Yevgeny Prigozhin rejected the plan on Sunday.", "Prigozhin leads Wagner"));
  CHECK(Has("Wagner's boss, Yevgeny Prigozhin, rejected the plan on Sunday.",
            "Prigozhin leads Wagner"));
  // The person who speaks of the boss is not the boss.
  CHECK_FALSE(
      Has("Vladimir Putin rejected the plan of the Wagner boss on Sunday.", "Putin leads Wagner"));
}

TEST_CASE("an outgoing holder still holds the office", "[extract]") {
  const char kSall[] = "2024-03-20";
  const std::string fr = "Le président sénégalais sortant Macky Sall a reçu les candidats mardi.";
  CHECK(Edges(fr, kSall).count("Macky Sall leads Senegal") > 0);
  // The successor is not named by the title of the outgoing holder.
  CHECK(Edges(fr, kSall).count("Faye leads Senegal") == 0);
  // The country of the other party's title is not his.
  CHECK(Edges("Le président sénégalais sortant Macky Sall a reçu le président gambien Adama "
              "Barrow mardi.",
              kSall)
            .count("Macky Sall leads Gambia") == 0);
  // A holder the dictionary does not know: the title before him gives the
  // edge, with "outgoing" before it as without; "former" still gives none.
  CHECK(Has("The outgoing chairman of the Nordic Council, Erik Lindqvist, praised Finland.",
            "Erik Lindqvist leads Nordic Council"));
  CHECK_FALSE(Has("The former chairman of the Nordic Council, Lars Holm, praised Finland.",
                  "Lars Holm leads Nordic Council"));
  CHECK(Has("Le président sortant du Conseil nordique, Erik Lindqvist, a salué la Finlande.",
            "Erik Lindqvist leads Nordic Council"));
}

TEST_CASE("a presidency seized", "[extract]") {
  CHECK(Edges("Le président Kassym-Jomart Tokaïev s'est emparé de la présidence du Conseil de "
              "sécurité kazakh.",
              "2022-01-07")
            .count("Tokayev leads Kazakh Security Council") > 0);
  CHECK(Edges("President Kassym-Jomart Tokayev seized the chairmanship of the Kazakh Security "
              "Council.",
              "2022-01-07")
            .count("Tokayev leads Kazakh Security Council") > 0);
  // Seizing the initiative is no presidency (on a date before he chaired it).
  CHECK(Edges("President Kassym-Jomart Tokayev seized the initiative against the Kazakh Security "
              "Council.",
              "2021-06-01")
            .count("Tokayev leads Kazakh Security Council") == 0);
}

TEST_CASE("a subject raised with someone is a meeting", "[extract]") {
  CHECK(MeetsEdge("Narendra Modi a évoqué la crise avec Fumio Kishida lors du sommet.", "Modi",
                  "Kishida"));
  CHECK(MeetsEdge("Narendra Modi a abordé la crise avec Fumio Kishida lors du sommet.", "Modi",
                  "Kishida"));
  // A subject raised with no party, or a manner after avec: no meeting.
  CHECK_FALSE(AnyMeets("Narendra Modi a évoqué la position de Fumio Kishida lors du sommet."));
  CHECK_FALSE(AnyMeets("Narendra Modi a évoqué avec prudence la crise au Japon."));
  // A meeting to come.
  CHECK_FALSE(AnyMeets("Narendra Modi devrait évoquer la crise avec Fumio Kishida."));
}

TEST_CASE("a titled person called or visited", "[extract]") {
  CHECK(
      MeetsEdge("Indian Prime Minister Narendra Modi visited Japanese Prime Minister Fumio "
                "Kishida in Tokyo.",
                "Modi", "Kishida"));
  CHECK(
      MeetsEdge("Indian Prime Minister Narendra Modi called Japanese Prime Minister Fumio "
                "Kishida on Tuesday.",
                "Modi", "Kishida"));
  // Naming and an act of the titled person are no call.
  CHECK_FALSE(
      AnyMeets("Indian Prime Minister Narendra Modi called Japanese Prime Minister Fumio "
               "Kishida a liar."));
  CHECK_FALSE(
      AnyMeets("Indian Prime Minister Narendra Modi called Japanese Prime Minister Fumio "
               "Kishida's bluff."));
  CHECK_FALSE(AnyMeets("Indian Prime Minister Narendra Modi visited Japanese troops in Tokyo."));
}

TEST_CASE("a person welcomed, visited or called by a person", "[extract]") {
  CHECK(
      MeetsEdge("Fumio Kishida landed in New Delhi, where he was welcomed by Prime Minister "
                "Narendra Modi.",
                "Modi", "Kishida"));
  CHECK(MeetsEdge("Fumio Kishida was visited by Indian Prime Minister Narendra Modi in Tokyo.",
                  "Modi", "Kishida"));
  CHECK(MeetsEdge("Fumio Kishida a été appelé par le Premier ministre indien Narendra Modi.",
                  "Modi", "Kishida"));
  CHECK(MeetsEdge("Fumio Kishida, welcomed by Narendra Modi at the airport, praised the talks.",
                  "Modi", "Kishida"));
  // The participle qualifies an act, not the person before the clause.
  CHECK_FALSE(AnyMeets("Fumio Kishida praised the plan, welcomed by Narendra Modi too."));
  // An act welcomed, a country welcomed, an active welcome with no place: approval.
  CHECK_FALSE(AnyMeets("The decision of Fumio Kishida was welcomed by Narendra Modi."));
  CHECK_FALSE(AnyMeets("Japan was welcomed by India into the group."));
  CHECK_FALSE(AnyMeets("Narendra Modi welcomed Fumio Kishida, flanked by aides."));
}

TEST_CASE("an ambassador to the UN serves his own state", "[extract]") {
  // "the UN" after "to": the acronym is a name, not the French article "un".
  CHECK(Has("The Brazilian envoy to the UN, Sergio Danese, spoke after the vote.",
            "Sergio Danese official_of Brazil"));
  CHECK(Has("Brazil's ambassador to the UN, Sergio Danese, spoke after the vote.",
            "Sergio Danese official_of Brazil"));
  CHECK(Has("Sergio Danese, Brazil's ambassador to the UN, spoke after the vote.",
            "Sergio Danese official_of Brazil"));
  // The body he is posted to is not his.
  CHECK_FALSE(Has("The Brazilian envoy to the UN, Sergio Danese, spoke after the vote.",
                  "Sergio Danese official_of UN"));
}

TEST_CASE("a body led under a leader, every contraction of de", "[extract]") {
  CHECK(
      Has("La Mission multinationale d'appui à la sécurité, sous la houlette du Kenya, est "
          "arrivée en Haïti.",
          "Kenya leads MMAS"));
  CHECK(
      Has("La Mission multinationale d'appui à la sécurité, sous la conduite des États-Unis, "
          "est arrivée en Haïti.",
          "United States leads MMAS"));
  // Troops under a general's command: the troops' country is not led by him.
  CHECK_FALSE(
      Has("Les troupes, venues de Russie, sous le commandement du général Andreï "
          "Serdioukov, sont arrivées.",
          "Serdyukov leads Russia"));
}

TEST_CASE("a title predicated of a person by a copula", "[extract]") {
  // An office the dictionary does not give him: the words alone decide.
  auto has = [&](const std::string& text) {
    return Edges(text, kDate).count("Shoigu leads Wagner") > 0;
  };
  CHECK(has("Sergei Shoigu is the head of Wagner."));
  CHECK(has("Sergei Shoigu is now acting head of Wagner."));
  CHECK(has("Sergei Shoigu est devenu le chef de Wagner."));
  CHECK(has("Sergei Shoigu est désormais le patron de Wagner."));
  // Negated, past (a former holder) or to come: no office.
  CHECK_FALSE(has("Sergei Shoigu is not the head of Wagner."));
  CHECK_FALSE(has("Sergei Shoigu n'est pas le chef de Wagner."));
  CHECK_FALSE(has("Sergei Shoigu was the head of Wagner."));
  CHECK_FALSE(has("Sergei Shoigu pourrait devenir le chef de Wagner."));
}

TEST_CASE("an audience granted and a phone call received", "[extract]") {
  CHECK(MeetsEdge("Narendra Modi granted an audience to Fumio Kishida on Sunday.", "Modi",
                  "Kishida"));
  CHECK(MeetsEdge("Narendra Modi received a phone call from Fumio Kishida on Sunday.", "Modi",
                  "Kishida"));
  // A call that is an appeal, and a call not received.
  CHECK_FALSE(AnyMeets("Narendra Modi received a call from the United Nations to show restraint."));
  CHECK_FALSE(AnyMeets("Narendra Modi did not receive a phone call from Fumio Kishida."));
}

}  // namespace
}  // namespace kzgraph::testing
