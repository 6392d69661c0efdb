// Office holders of 2010-2018 in Europe, the Caucasus,
// the Americas, East Asia and Oceania, and heads of international bodies.
// A bare title resolves to whoever held the office on the article's date:
// the holder inside the term, the successor after the handover, nobody else.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

namespace {

bool Says(const std::string& text, const std::string& edge, const std::string& date) {
  return Edges(text, date).count(edge) > 0;
}

}  // namespace

TEST_CASE("a defence minister's bare title names the holder of the 2010s", "[extract][dict]") {
  const std::string fr = "Le ministre russe de la Défense a critiqué l'OTAN mardi.";
  CHECK(Says(fr, "Anatoly Serdyukov criticizes NATO", "2011-06-01"));
  CHECK_FALSE(Says(fr, "Shoigu criticizes NATO", "2011-06-01"));
  // after the handover of November 2012: his successor, not him
  CHECK(Says(fr, "Shoigu criticizes NATO", "2014-06-01"));
  CHECK_FALSE(Says(fr, "Anatoly Serdyukov criticizes NATO", "2014-06-01"));
  const std::string en = "The US defense secretary warned Iran on Tuesday.";
  CHECK(Says(en, "Leon Panetta warns Iran", "2012-03-01"));
  CHECK(Says(en, "Robert Gates warns Iran", "2010-03-01"));
  CHECK_FALSE(Says(en, "Leon Panetta warns Iran", "2010-03-01"));
}

TEST_CASE("foreign ministers and heads of government change on their dates", "[extract][dict]") {
  const std::string fm = "The Ukrainian foreign minister criticized Russia on Monday.";
  CHECK(Says(fm, "Leonid Kozhara criticizes Russia", "2013-05-01"));
  CHECK(Says(fm, "Kostyantyn Gryshchenko criticizes Russia", "2011-05-01"));
  CHECK_FALSE(Says(fm, "Leonid Kozhara criticizes Russia", "2011-05-01"));
  const std::string pm = "Le Premier ministre australien a critiqué la Chine.";
  CHECK(Says(pm, "Julia Gillard leads Australia", "2012-05-01"));
  CHECK(Says(pm, "Malcolm Turnbull leads Australia", "2016-05-01"));
  CHECK_FALSE(Says(pm, "Julia Gillard leads Australia", "2016-05-01"));
  // an acting president between two elected ones
  CHECK(Says("Le président ukrainien par intérim a accusé la Russie.",
             "Oleksandr Turchynov leads Ukraine", "2014-04-01"));
  // the Swiss presidency rotates each January
  const std::string ch = "The Swiss president met Vladimir Putin.";
  CHECK(Says(ch, "Didier Burkhalter meets Putin", "2014-06-01"));
  CHECK_FALSE(Says(ch, "Didier Burkhalter meets Putin", "2015-06-01"));
}

TEST_CASE("heads of international bodies of the 2010s", "[extract][dict]") {
  const std::string ec = "Le président de la Commission européenne a critiqué la Russie.";
  CHECK(Says(ec, "José Manuel Barroso criticizes Russia", "2013-03-01"));
  CHECK_FALSE(Says(ec, "Juncker criticizes Russia", "2013-03-01"));
  CHECK(Says(ec, "Juncker criticizes Russia", "2016-03-01"));
}

TEST_CASE("2010s names resolve in French and English spellings", "[extract][dict]") {
  CHECK(EntityIds("Ioulia Timochenko a critiqué Moscou.", "2012-01-01").count("Yulia Tymoshenko"));
  CHECK(EntityIds("Yulia Tymoshenko criticized Moscow.", "2012-01-01").count("Yulia Tymoshenko"));
  CHECK(EntityIds("Le ministre Anatoli Serdioukov a parlé.", "2011-01-01")
            .count("Anatoly Serdyukov"));
  // the surname of another Serdyukov (the airborne commander) stays his
  CHECK_FALSE(EntityIds("Le général Serdioukov a parlé.", "2011-01-01").count("Anatoly Serdyukov"));
}
