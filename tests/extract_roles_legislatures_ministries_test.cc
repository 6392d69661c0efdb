// Offices, bodies and membership of news writing that
// the earlier rounds did not read: legislature offices, Gulf titles, bodies
// named before their class noun, ministries in English order, founding
// members and blocs the dictionary lists members of.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a speaker leads the legislature of the state named with it", "[extract]") {
  auto e =
      Edges("Malawi's Speaker of Parliament, Chimwemwe Banda, rejected the budget.", "2023-05-02");
  CHECK(e.count("Chimwemwe Banda leads Malawian parliament"));
  CHECK_FALSE(e.count("Chimwemwe Banda leads Malawi"));
  // a lower-case speaker at an event holds no office
  e = Edges("A speaker at the rally, Tendai Moyo, criticised Zimbabwe.", "2023-05-02");
  CHECK_FALSE(HasPredicate(e, "leads"));
  // a former speaker leads nothing now
  e = Edges("Malawi's former Speaker of Parliament, Chimwemwe Banda, rejected the budget.",
            "2023-05-02");
  CHECK_FALSE(HasPredicate(e, "leads"));
}

TEST_CASE("US chambers from their titles and the page's own state", "[extract]") {
  auto e = Edges(
      "President Biden spoke at the White House on Monday. Later, Zelensky met Senate Minority "
      "Leader Dale Winterbourne and House Speaker Orrin Fairweather.",
      "2023-09-21");
  CHECK(e.count("Dale Winterbourne official_of US Senate"));
  CHECK(e.count("Orrin Fairweather leads US House of Representatives"));
  CHECK_FALSE(e.count("Orrin Fairweather leads Ukraine"));
}

TEST_CASE("French legislature heads in the named state's assembly", "[extract]") {
  auto e = Edges(
      "Le président de l'Assemblée nationale sénégalaise, Amadou Mame Diop, a reçu "
      "l'émissaire.",
      "2023-05-02");
  CHECK(e.count("Amadou Mame Diop leads Senegalese National Assembly"));
  e = Edges(
      "L'ancien président de l'Assemblée nationale sénégalaise, Amadou Mame Diop, a reçu "
      "l'émissaire.",
      "2023-05-02");
  CHECK_FALSE(HasPredicate(e, "leads"));
}

TEST_CASE("an amir and a Prime Cabinet Secretary", "[extract]") {
  auto e = Edges("Kuwait's Amir, Sheikh Faisal bin Mishal, thanked Egypt.", "2023-05-02");
  CHECK(e.count("Sheikh Faisal bin Mishal leads Kuwait"));
  // "Amir" as a first name is no title
  e = Edges("Amir Karimi, a lawyer in Tehran, criticised Israel.", "2023-05-02");
  CHECK_FALSE(HasPredicate(e, "leads"));
  CHECK(kzgraph::testing::EntityIds("Amir Karimi, a lawyer in Tehran, criticised Israel.",
                                    "2023-05-02")
            .count("Amir Karimi"));
  e = Edges(
      "Kenya hosted the talks. Prime Cabinet Secretary Otieno Wafula said Kenya would stay "
      "neutral.",
      "2023-05-02");
  CHECK(e.count("Otieno Wafula official_of Kenya"));
}

TEST_CASE("a body named before its class noun", "[extract]") {
  auto e = Edges("Dov Halperin, leader of the far-right Eternal Zion party, threatened to quit.",
                 "2023-05-02");
  CHECK(e.count("Dov Halperin leads Eternal Zion"));
  // a former leader gives no edge
  e = Edges("Dov Halperin, former leader of the far-right Eternal Zion party, spoke on Monday.",
            "2023-05-02");
  CHECK_FALSE(HasPredicate(e, "leads"));
}

TEST_CASE("a ministry of English order and its spokesperson", "[extract]") {
  auto e = Edges(
      "Rafael Moura, a spokesman for the Brazilian Ministry of External Affairs, "
      "welcomed the truce.",
      "2023-05-02");
  CHECK(e.count("Rafael Moura official_of Brazilian Foreign Ministry"));
  e = Edges("Rafael Moura, spokesman for Brazil's Ministry of Foreign Affairs, welcomed the truce.",
            "2023-05-02");
  CHECK(e.count("Rafael Moura official_of Brazilian Foreign Ministry"));
  CHECK_FALSE(e.count("Rafael Moura official_of Brazil"));
}

TEST_CASE("founding members and blocs with member states", "[extract]") {
  auto e = Edges("Le Niger, membre fondateur de l'AES, a rejeté l'ultimatum de la Cédéao.",
                 "2024-02-01");
  CHECK(e.count("Niger member_of AES"));
  CHECK_FALSE(HasPredicate(e, "leads"));
  // the bloc the page named: a body the dictionary lists members of
  e = Edges(
      "EAC leaders met in Arusha on Friday. Burundi, a founding member of the six-nation "
      "bloc, stayed away.",
      "2023-05-02");
  CHECK(e.count("Burundi member_of EAC"));
  // left, suspended: no membership
  e = Edges("Le Mali, suspendu de la Cédéao, a rejeté les sanctions.", "2024-02-01");
  CHECK_FALSE(HasPredicate(e, "member_of"));
}

TEST_CASE("named as the new chief", "[extract]") {
  auto e =
      Edges("Zelensky appointed Oleksandr Syrskyi as the new army chief of Ukraine.", "2024-02-09");
  CHECK(e.count("Syrskyi leads Ukrainian army"));
  e = Edges("Zelensky did not appoint Oleksandr Syrskyi as the new army chief of Ukraine.",
            "2024-02-09");
  CHECK_FALSE(e.count("Syrskyi leads Ukrainian army"));
  e = Edges("Zelensky has not appointed Oleksandr Syrskyi as the new army chief of Ukraine.",
            "2024-02-09");
  CHECK_FALSE(e.count("Syrskyi leads Ukrainian army"));
}
