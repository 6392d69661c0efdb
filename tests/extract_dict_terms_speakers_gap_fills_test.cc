// Dated terms added to fill coverage gaps (schema/dict/persons_heads_ministers_2008_2026.jsonl)
// and speakers of parliament (persons_speakers_intelligence_chiefs.jsonl). A bare
// title names the holder on the article's date: each test checks a date inside a
// new term and one outside it, where another holder (or nobody) is named.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("Bundestag presidents resolve by date", "[extract][dict]") {
  const std::string fr = "Le président du Bundestag a critiqué la Russie mardi.";
  const auto schauble = Edges(fr, "2020-05-10");
  CHECK(schauble.count("Wolfgang Schauble leads Bundestag") == 1);
  CHECK(schauble.count("Barbel Bas leads Bundestag") == 0);
  const auto bas = Edges(fr, "2023-05-10");
  CHECK(bas.count("Barbel Bas leads Bundestag") == 1);
  CHECK(bas.count("Wolfgang Schauble leads Bundestag") == 0);
}

TEST_CASE("Niger's defence ministers of 2016-2021 by date", "[extract][dict]") {
  const std::string fr =
      "Le ministre nigérien de la Défense a accusé les jihadistes d'avoir attaqué Inates.";
  const auto moutari = Edges(fr, "2017-03-10");
  CHECK(moutari.count("Kalla Moutari official_of Niger") == 1);
  CHECK(moutari.count("Issoufou Katambe official_of Niger") == 0);
  const auto katambe = Edges(fr, "2020-03-10");
  CHECK(katambe.count("Issoufou Katambe official_of Niger") == 1);
  CHECK(katambe.count("Kalla Moutari official_of Niger") == 0);
}

TEST_CASE("South Sudan's defence minister inside and outside her term", "[extract][dict]") {
  const std::string en = "South Sudan's defence minister accused the rebels of attacking Juba.";
  CHECK(Edges(en, "2021-03-10").count("Angelina Teny official_of South Sudan") == 1);
  CHECK(Edges(en, "2024-03-10").count("Angelina Teny official_of South Sudan") == 0);
}

TEST_CASE("Bosnian and Peruvian foreign ministers by date", "[extract][dict]") {
  const std::string fr =
      "Le ministre bosnien des Affaires étrangères a rencontré son homologue serbe.";
  const auto lagumdzija = Edges(fr, "2013-05-10");
  CHECK(lagumdzija.count("Zlatko Lagumdzija official_of Bosnia and Herzegovina") == 1);
  CHECK(lagumdzija.count("Crnadak official_of Bosnia and Herzegovina") == 0);
  const auto crnadak = Edges(fr, "2016-05-10");
  CHECK(crnadak.count("Crnadak official_of Bosnia and Herzegovina") == 1);
  CHECK(crnadak.count("Zlatko Lagumdzija official_of Bosnia and Herzegovina") == 0);

  const std::string en = "Peru's foreign minister met his Chilean counterpart in Lima.";
  const auto popolizio = Edges(en, "2018-06-10");
  CHECK(popolizio.count("Nestor Popolizio official_of Peru") == 1);
  CHECK(popolizio.count("Ricardo Luna official_of Peru") == 0);
  const auto luna = Edges(en, "2017-06-10");
  CHECK(luna.count("Ricardo Luna official_of Peru") == 1);
  CHECK(luna.count("Nestor Popolizio official_of Peru") == 0);
}

TEST_CASE("a House speaker's bare surname stays his, not Boris Johnson's", "[extract][dict]") {
  const std::string en =
      "Zelensky met House Speaker Mike Johnson in Washington. Johnson said the aid was not a "
      "priority.";
  const auto ids = kzgraph::testing::EntityIds(en, "2024-02-10");
  CHECK(ids.count("Mike Johnson") == 1);
  CHECK(ids.count("Boris Johnson") == 0);
  CHECK(Edges(en, "2024-02-10").count("Mike Johnson leads US House of Representatives") == 1);
}

TEST_CASE("an intelligence chief named with his service leads it", "[extract][dict]") {
  const std::string fr =
      "Le directeur du MI6, Alex Younger, a accusé la Russie de mener des cyberattaques.";
  const auto edges = Edges(fr, "2019-02-10");
  CHECK(edges.count("Alex Younger leads MI6") == 1);
  CHECK(edges.count("Alex Younger accuses Russia") == 1);
  // A stranger with the same title is not made the service's head.
  CHECK(Edges("Le directeur du MI6, John Smith, a accusé la Russie.", "2019-02-10")
            .count("Alex Younger leads MI6") == 0);
}
