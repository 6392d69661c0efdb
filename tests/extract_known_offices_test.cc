// Offices the dictionary dates on the article's day, held by a named person in
// an article that also names the state or body (engine_known_offices.cc).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("known offices: a dated head named beside his state heads it", "[extract]") {
  auto e = Edges(
      "Emmanuel Macron, who spoke on Monday, said France wanted clarity on the ceasefire.",
      "2020-11-12");
  CHECK(e.count("Macron leads France"));
  auto f = Edges(
      "La Russie et la Chine ont félicité le vainqueur. Vladimir Poutine lui a adressé un "
      "message.",
      "2024-08-01");
  CHECK(f.count("Putin leads Russia"));
  // Outside the term: no office.
  auto o = Edges(
      "Emmanuel Macron, then a banker, said France needed reforms.", "2010-05-03");
  CHECK_FALSE(o.count("Macron leads France"));
  // The state not named: no edge, and no node made for it.
  auto n = Edges("Vladimir Poutine a adressé un message au vainqueur.", "2024-08-01");
  CHECK_FALSE(n.count("Putin leads Russia"));
}

TEST_CASE("known offices: a dated minister serves his named state", "[extract]") {
  auto e = Edges(
      "Sergei Lavrov met his counterpart in Ankara; Russia wants a deal on grain.",
      "2023-04-07");
  CHECK(e.count("Lavrov official_of Russia"));
  auto f = Edges(
      "Sergueï Lavrov s'est rendu à Ankara ; la Russie veut un accord sur les céréales.",
      "2023-04-07");
  CHECK(f.count("Lavrov official_of Russia"));
  auto s = Edges("Maria Zakharova spoke; Russia wants a deal on grain.", "2023-04-07");
  CHECK(s.count("Zakharova official_of Russia"));
  // Other offices (a former head now deputy chair of a council) come from
  // the text only; the old office is over.
  auto d = Edges("Dmitry Medvedev spoke; Russia wants a deal on grain.", "2023-04-07");
  CHECK_FALSE(d.count("Medvedev official_of Russia"));
  CHECK_FALSE(d.count("Medvedev leads Russia"));
  // A head of government keeping a ministry is drawn as the head only.
  auto h = Edges("Abdul Hamid Dbeibah spoke in Tripoli; Libya wants elections.", "2023-04-07");
  CHECK(h.count("Dbeibah leads Libya"));
  CHECK_FALSE(h.count("Dbeibah official_of Libya"));
}

TEST_CASE("known offices: a body's head, when one of his bodies is named", "[extract]") {
  auto e = Edges("Mark Rutte flew to Kyiv; NATO will send more air defence.", "2025-01-10");
  CHECK(e.count("Rutte leads NATO"));
  auto f = Edges("Mark Rutte s'est rendu à Kiev ; l'OTAN enverra des défenses aériennes.",
                 "2025-01-10");
  CHECK(f.count("Rutte leads NATO"));
  // Before the term: no office.
  auto o = Edges("Mark Rutte flew to Kyiv; NATO will send more air defence.", "2023-01-10");
  CHECK_FALSE(o.count("Rutte leads NATO"));
}

TEST_CASE("known offices: a body's rotating chair, during the term", "[extract]") {
  auto e = Edges("Bola Tinubu spoke in Abuja; ECOWAS will meet again in March.", "2024-01-10");
  CHECK(e.count("Tinubu leads ECOWAS"));
  auto f = Edges("Bola Tinubu s'est exprimé à Abuja ; la Cédéao se réunira en mars.",
                 "2024-01-10");
  CHECK(f.count("Tinubu leads ECOWAS"));
  // After the term: still Nigeria's president, no longer the bloc's chair.
  auto o = Edges("Bola Tinubu spoke in Abuja; ECOWAS will meet again in March.", "2026-01-10");
  CHECK_FALSE(o.count("Tinubu leads ECOWAS"));
  // Two of the holder's bodies named: the text has to say which he heads.
  auto two = Edges(
      "Omar Alieu Touray spoke in Abuja; ECOWAS and the ECOWAS Commission will meet again.",
      "2024-01-10");
  CHECK_FALSE(two.count("Touray leads ECOWAS"));
}

TEST_CASE("led body: a class noun in apposition after the body's name", "[extract]") {
  auto f = Edges(
      "L'Organisation du traité de sécurité collective (OTSC), une alliance de six anciennes "
      "républiques soviétiques dirigée par Moscou, a envoyé des troupes.",
      "2022-01-07");
  CHECK(f.count("Russia leads CSTO"));
  auto e = Edges(
      "The Collective Security Treaty Organization, an alliance of six former Soviet states "
      "led by Moscow, sent troops.",
      "2022-01-07");
  CHECK(e.count("Russia leads CSTO"));
  // A relative clause between: the led noun is in the clause, not the body.
  auto r = Edges(
      "L'OTSC, qui regroupe des pays dirigés par des régimes autoritaires, a envoyé des troupes.",
      "2022-01-07");
  CHECK_FALSE(HasPredicate(r, "leads"));
}

// Whether the dictionary's dated office drew "S leads O" (the text's own
// title may still draw it).
bool DrawnFromDictionary(const std::string& text, const std::string& date) {
  for (const kzgraph::Relation& r : kzgraph::testing::ExtractText(text, date).relations) {
    if (r.subject == "Macron" && r.predicate == "leads" && r.object == "France" &&
        r.rule == "leads:dictionary-office")
      return true;
  }
  return false;
}

// PastHolderCue rejects most words by length and first letter before any
// compare: the shortest ("ex") and longest ("prédécesseur") cues still
// count, and a word sharing a cue's length and first and last letters
// ("signed", as "sacked") is no cue.
TEST_CASE("known offices: past-holder cues of every length", "[extract]") {
  CHECK_FALSE(DrawnFromDictionary(
      "L'ex-président Emmanuel Macron a parlé ; la France veut un accord.", "2020-11-12"));
  CHECK_FALSE(DrawnFromDictionary(
      "Son prédécesseur Emmanuel Macron a parlé ; la France veut un accord.", "2020-11-12"));
  CHECK_FALSE(DrawnFromDictionary(
      "Former president Emmanuel Macron spoke; France wants a deal.", "2020-11-12"));
  CHECK(DrawnFromDictionary(
      "Signed by Emmanuel Macron, the decree says France wants a deal.", "2020-11-12"));
}
