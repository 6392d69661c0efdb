// A plural title before a list of holders, each with the
// state of its own adjective ("les présidents sénégalais X, ghanéen Y et
// nigérian Z") or complement ("Presidents X of Senegal, Y of Ghana and Z of
// Nigeria").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("English plural title with each holder's country after the name", "[extract]") {
  auto e = Edges(
      "The envoy was received by Presidents Tomas Verlan of Moldova, Anton Kessar of Estonia "
      "and Ruta Valdis of Latvia before flying home.",
      "2023-06-01");
  CHECK(e.count("Tomas Verlan leads Moldova"));
  CHECK(e.count("Anton Kessar leads Estonia"));
  CHECK(e.count("Ruta Valdis leads Latvia"));
  CHECK_FALSE(e.count("Ruta Valdis leads Moldova"));
}

TEST_CASE("a plural title's list stops at a holder with no state", "[extract]") {
  // the second name has neither an adjective nor "of X": no guess
  auto e = Edges("Presidents Tomas Verlan of Moldova, Anton Kessar and several ministers met.",
                 "2023-06-01");
  CHECK(e.count("Tomas Verlan leads Moldova"));
  CHECK_FALSE(e.count("Anton Kessar leads Moldova"));
  // a singular title does not distribute over a list
  e = Edges("President Tomas Verlan of Moldova, Anton Kessar of Estonia and others attended.",
            "2023-06-01");
  CHECK_FALSE(e.count("Anton Kessar leads Estonia"));
}

TEST_CASE("French plural title with an adjective before each holder", "[extract]") {
  auto e = Edges(
      "Étaient présents les présidents moldave Tomas Verlan, estonien Anton Kessar, letton Ruta "
      "Valdis et lituanien Jonas Baltrus.",
      "2023-06-01");
  CHECK(e.count("Tomas Verlan leads Moldova"));
  CHECK(e.count("Anton Kessar leads Estonia"));
  CHECK(e.count("Ruta Valdis leads Latvia"));
  CHECK(e.count("Jonas Baltrus leads Lithuania"));
}

TEST_CASE("an English head's state named after the name", "[extract]") {
  auto e =
      Edges("President Tomas Verlan of Moldova said the border would stay open.", "2023-06-01");
  CHECK(e.count("Tomas Verlan leads Moldova"));
  // the country owns the next noun: no office in it
  e = Edges("Chairman Tomas Verlan of Moldova's ruling party said the vote was fair.",
            "2023-06-01");
  CHECK_FALSE(e.count("Tomas Verlan leads Moldova"));
}

TEST_CASE("coordinated titles with country complements and new names", "[extract]") {
  // TitleHolderAt and CountryNameAt: the same holder and complement readers
  // as the plural title's next holders above.
  for (const char* text :
       {"Les présidents du Kenya et de l'Ouganda, Amos Keter et Joel Ssali, se sont rencontrés.",
        "The presidents of Kenya and Uganda, Amos Keter and Joel Ssali, met in Kampala."}) {
    auto e = Edges(text, "2023-06-01");
    CHECK(e.count("Amos Keter leads Kenya"));
    CHECK(e.count("Joel Ssali leads Uganda"));
    CHECK_FALSE(e.count("Joel Ssali leads Kenya"));
  }
  // former holders: no edge
  CHECK_FALSE(Edges("The former presidents of Kenya and Uganda, Amos Keter and Joel Ssali, met.",
                    "2023-06-01")
                  .count("Amos Keter leads Kenya"));
}
