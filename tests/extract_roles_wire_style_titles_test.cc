// Titles of English wire style -- a body's foreign-policy
// chief, a ministry named after its head ("Egypt's Ministry of
// Foreign Affairs"), a ministry spokesperson whose ministry the page named.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("a foreign policy chief is an official of the body, not its head", "[extract]") {
  auto e =
      Edges("EU foreign policy chief Kaja Kallas warned Moscow against new strikes.", "2025-03-01");
  CHECK(e.count("Kallas official_of EU"));
  CHECK_FALSE(e.count("Kallas leads EU"));
  e = Edges("Kaja Kallas, the EU's foreign policy chief, said the talks had failed.", "2025-03-01");
  CHECK(e.count("Kallas official_of EU"));
  CHECK_FALSE(e.count("Kallas leads EU"));
  // a former chief holds no office
  e = Edges("Former EU foreign policy chief Kaja Kallas spoke in Tallinn.", "2025-03-01");
  CHECK_FALSE(e.count("Kallas official_of EU"));
}

TEST_CASE("a ministry named after its head with the country's possessive", "[extract]") {
  auto ids =
      EntityIds("Egypt's Ministry of Foreign Affairs condemned the strike on Rafah.", "2024-05-08");
  CHECK(ids.count("Egyptian Foreign Ministry"));
  // the country alone acts elsewhere: no ministry
  ids = EntityIds("Egypt's ministers of health and trade met in Cairo.", "2024-05-08");
  CHECK_FALSE(ids.count("Egyptian Foreign Ministry"));
}

TEST_CASE("a ministry spokesperson speaks for the ministry the page named", "[extract]") {
  auto e = Edges(
      "Egypt's Ministry of Foreign Affairs said the crossing would reopen. The trucks would "
      "enter on Monday, foreign ministry spokesman Ahmed Abu Zeid said.",
      "2024-05-08");
  CHECK(e.count("Ahmed Abu Zeid official_of Egyptian Foreign Ministry"));
  // no ministry named before: no guess
  e = Edges("The trucks would enter on Monday, foreign ministry spokesman Ahmed Abu Zeid said.",
            "2024-05-08");
  CHECK_FALSE(e.count("Ahmed Abu Zeid official_of Egyptian Foreign Ministry"));
  // a known spokeswoman at a sentence's start: the ministry, not only the state
  e = Edges(
      "Russia's Foreign Ministry summoned the Latvian ambassador on Monday. Ministry spokeswoman "
      "Maria Zakharova called the expulsions hostile.",
      "2023-02-01");
  CHECK(e.count("Zakharova official_of Russian Foreign Ministry"));
  e = Edges(
      "Le ministère russe des Affaires étrangères a convoqué l'ambassadeur letton. La "
      "porte-parole du ministère, Maria Zakharova, a jugé ces expulsions hostiles.",
      "2023-02-01");
  CHECK(e.count("Zakharova official_of Russian Foreign Ministry"));
}

TEST_CASE("named with a title as acting premier", "[extract]") {
  // a dictionary holder whose premiership starts that day (Kyrgyzstan, 2024)
  auto e = Edges(
      "President Sadyr Japarov dismissed the cabinet and named First Deputy Prime Minister "
      "Adylbek Kasymaliev as acting premier.",
      "2024-12-16");
  CHECK(e.count("Kasymaliev leads Kyrgyzstan"));
  e = Edges("President Sadyr Japarov named Deputy Prime Minister Adylbek Kasymaliev as premier.",
            "2024-12-16");
  CHECK(e.count("Kasymaliev leads Kyrgyzstan"));
  // a removal is no appointment
  e = Edges("President Sadyr Japarov removed Akylbek Japarov as premier on Monday.", "2024-12-16");
  CHECK_FALSE(e.count("Akylbek Japarov leads Kyrgyzstan"));
  // French: lower-case "premier" is no title
  e = Edges("Le premier contingent kirghiz est arrivé à Bichkek.", "2024-12-16");
  CHECK_FALSE(kzgraph::testing::HasPredicate(e, "leads"));
}
