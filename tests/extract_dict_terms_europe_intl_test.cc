// European, post-Soviet and international-organization
// office holders with dated terms. A bare title ("le ministre italien de
// l'Intérieur", "the Slovak prime minister") resolves to whoever held the
// office on the article's date, and to nobody else: the predecessor before
// the handover, the successor after it.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {

bool Says(const std::string& text, const std::string& edge, const std::string& date) {
  return Edges(text, date).count(edge) > 0;
}

}  // namespace

TEST_CASE("an interior minister's bare title names the holder of that date", "[extract][dict]") {
  const std::string fr = "Le ministre italien de l'Intérieur a critiqué la Tunisie lundi.";
  CHECK(Says(fr, "Piantedosi criticizes Tunisia", "2023-03-01"));
  CHECK(Says(fr, "Piantedosi official_of Italy", "2023-03-01"));
  // before the handover of October 2022: his predecessor, not him
  CHECK(Says(fr, "Lamorgese criticizes Tunisia", "2020-03-01"));
  CHECK_FALSE(Says(fr, "Piantedosi criticizes Tunisia", "2020-03-01"));
  const std::string en = "The British home secretary criticized France over the crossings.";
  CHECK(Says(en, "Priti Patel criticizes France", "2021-05-01"));
  CHECK_FALSE(Says(en, "Priti Patel criticizes France", "2024-03-01"));
  CHECK(Says("Le ministre bélarusse de l'Intérieur a accusé la Pologne.", "Kubrakov accuses Poland",
             "2021-05-01"));
}

TEST_CASE("heads of government and defence ministers change on their dates", "[extract][dict]") {
  const std::string pm = "The Slovak prime minister criticized Hungary on Monday.";
  CHECK(Says(pm, "Heger leads Slovakia", "2022-01-10"));
  CHECK(Says(pm, "Fico leads Slovakia", "2024-01-10"));
  CHECK_FALSE(Says(pm, "Heger leads Slovakia", "2024-01-10"));
  const std::string def = "Le ministre slovaque de la Défense a critiqué la Russie.";
  CHECK(Says(def, "Gajdos criticizes Russia", "2019-06-01"));
  CHECK_FALSE(Says(def, "Gajdos criticizes Russia", "2021-06-01"));
  CHECK(Says("Le Premier ministre kosovar a accusé la Serbie.", "Avdullah Hoti accuses Serbia",
             "2020-09-01"));
  // an acting president between two elected ones
  CHECK(Says("Le président kirghize par intérim a critiqué le Tadjikistan.",
             "Mamytov leads Kyrgyzstan", "2020-12-01"));
  // the Swiss presidency rotates each January
  const std::string ch = "La présidente suisse a rencontré Vladimir Poutine.";
  CHECK(Says(ch, "Amherd meets Putin", "2024-03-01"));
  CHECK_FALSE(Says(ch, "Amherd meets Putin", "2023-03-01"));
}

TEST_CASE("European and post-Soviet names resolve in French and English spellings",
          "[extract][dict]") {
  CHECK(Says("The Moldovan defence minister, Anatolie Nosatii, warned Russia.",
             "Nosatii official_of Moldova", "2023-06-01"));
  CHECK(Says("Le ministre autrichien de l'Intérieur, Gerhard Karner, a critiqué la Hongrie.",
             "Karner official_of Austria", "2023-03-01"));
  CHECK(Says("Le ministre kazakh de l'Intérieur, Erlan Tourgoumbaïev, a accusé les émeutiers.",
             "Turgumbayev official_of Kazakhstan", "2022-01-07"));
}

TEST_CASE("a rotating chair of an organization on its date", "[extract][dict]") {
  const std::string au = "Le président en exercice de l'Union africaine a critiqué le Mali.";
  CHECK(Says(au, "Ramaphosa leads African Union", "2020-06-01"));
  CHECK_FALSE(Says(au, "Ramaphosa leads African Union", "2022-06-01"));
}
