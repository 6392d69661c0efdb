// Office holders out of office on the page's date: a dead or
// former holder named with his old title gives no leads/official_of edge,
// on sentences of our own.
#include <catch2/catch.hpp>

#include "extract/office_terms.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("ISO dates to days, partial dates start the period", "[extract]") {
  using kzgraph::extract::DaysOfIsoDate;
  CHECK(DaysOfIsoDate("1970-01-01") == 0);
  CHECK(DaysOfIsoDate("2024-03-01") - DaysOfIsoDate("2024-02-28") == 2);  // leap year
  CHECK(DaysOfIsoDate("2023-03-01") - DaysOfIsoDate("2023-02-28") == 1);
  CHECK(DaysOfIsoDate("2015-09") == DaysOfIsoDate("2015-09-01"));
  CHECK(DaysOfIsoDate("2017") == DaysOfIsoDate("2017-01-01"));
  CHECK(DaysOfIsoDate("") == -1);
  CHECK(DaysOfIsoDate("2024-13-01") == -1);
  CHECK(DaysOfIsoDate("janvier") == -1);
}

TEST_CASE("a term over well before the page gives no edge", "[extract]") {
  kzgraph::extract::Actor p;
  p.kind = "person";
  p.offices.push_back({"head_of_state", "Ruritania", "2010-01-01", "2020-06-30"});
  using kzgraph::extract::TermsEndedBefore;
  CHECK(TermsEndedBefore(p, "Ruritania", "2021-01-01", 30));
  CHECK_FALSE(TermsEndedBefore(p, "Ruritania", "2020-07-10", 30));  // within the grace
  CHECK_FALSE(TermsEndedBefore(p, "Ruritania", "2015-01-01", 30));
  CHECK_FALSE(TermsEndedBefore(p, "Elbonia", "2021-01-01", 30));  // no term there
  CHECK_FALSE(TermsEndedBefore(p, "Ruritania", "", 30));
  p.offices.push_back({"official", "Ruritania", "2020-06-30", ""});  // still serving
  CHECK_FALSE(TermsEndedBefore(p, "Ruritania", "2021-01-01", 30));
}

TEST_CASE("a dead president's title gives no leads edge", "[extract]") {
  const std::string en = "Iranian President Ebrahim Raisi said the talks were useful.";
  CHECK(Edges(en, "2024-03-01").count("Raisi leads Iran"));
  CHECK_FALSE(Edges(en, "2024-10-01").count("Raisi leads Iran"));
  CHECK(Edges(en, "2024-06-01").count("Raisi leads Iran"));  // weeks after: kept
  const std::string fr = "Le président iranien Ebrahim Raïssi a salué ces discussions.";
  CHECK(Edges(fr, "2024-03-01").count("Raisi leads Iran"));
  CHECK_FALSE(Edges(fr, "2024-10-01").count("Raisi leads Iran"));
}

TEST_CASE("a predecessor's ministry gives no official_of edge", "[extract]") {
  const std::string en = "US Secretary of State Antony Blinken visited Cairo on Monday.";
  CHECK(Edges(en, "2024-06-03").count("Blinken official_of United States"));
  CHECK_FALSE(Edges(en, "2025-06-03").count("Blinken official_of United States"));
  const std::string fr =
      "Le secrétaire d'État américain Antony Blinken s'est rendu au Caire lundi.";
  CHECK(Edges(fr, "2024-06-03").count("Blinken official_of United States"));
  CHECK_FALSE(Edges(fr, "2025-06-03").count("Blinken official_of United States"));
  // a holder still in office keeps the edge whatever the date
  auto g =
      Edges("Le ministre russe des Affaires étrangères Sergueï Lavrov a répondu.", "2025-06-03");
  CHECK(g.count("Lavrov official_of Russia"));
}
