// Gaps of 2010-2018 left by the regional passes:
// Nigerian, Georgian and Iraqi ministers, and rotating chairs. A bare title
// names the holder on the article's date; outside the term it does not.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("Nigeria's foreign minister follows the 2011-2015 cabinets", "[extract][dict]") {
  const std::string fr =
      "Le ministre nigérian des Affaires étrangères a rencontré lundi son homologue ghanéen.";
  const auto ashiru = Edges(fr, "2012-05-14");
  CHECK(ashiru.count("Olugbenga Ashiru official_of Nigeria") == 1);
  CHECK(ashiru.count("Aminu Wali official_of Nigeria") == 0);
  const auto wali = Edges(fr, "2014-09-01");
  CHECK(wali.count("Aminu Wali official_of Nigeria") == 1);
  CHECK(wali.count("Olugbenga Ashiru official_of Nigeria") == 0);
  // After the 2015 handover neither holds the office.
  const auto later = Edges(fr, "2016-03-01");
  CHECK(later.count("Aminu Wali official_of Nigeria") == 0);
}

TEST_CASE("Georgia's defence minister before and after the 2012 election", "[extract][dict]") {
  const std::string en = "Georgia's defence minister visited troops in Afghanistan on Friday.";
  const auto akhalaia = Edges(en, "2011-03-04");
  CHECK(akhalaia.count("Bachana Akhalaia official_of Georgia") == 1);
  CHECK(akhalaia.count("Irakli Alasania official_of Georgia") == 0);
  const auto alasania = Edges(en, "2013-03-04");
  CHECK(alasania.count("Irakli Alasania official_of Georgia") == 1);
  CHECK(alasania.count("Bachana Akhalaia official_of Georgia") == 0);
}

TEST_CASE("Iraq's interior minister only inside al-Ghabban's term", "[extract][dict]") {
  const std::string fr = "Le ministre irakien de l'Intérieur a démissionné après l'attentat.";
  CHECK(Edges(fr, "2015-06-10").count("Mohammed al-Ghabban official_of Iraq") == 1);
  CHECK(Edges(fr, "2017-06-10").count("Mohammed al-Ghabban official_of Iraq") == 0);
}
