// Session 11 (s11offices): a body's chair the dictionary knows on the
// article's date, with the chair said near the name and the body named or
// referred to by a class noun (engine_s11offices.cc).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

const char kFrenchChair[] =
    "Sommet à Accra\n\nLes dirigeants ouest-africains se sont réunis à Accra. Nana Akufo-Addo, "
    "président en exercice de l'organisation, a ouvert les travaux.\n";

const char kEnglishChair[] =
    "Summit in Abuja as the crisis goes on\n\nThe leaders of West Africa met in the Nigerian "
    "capital after weeks of preparation by their teams. The bloc's leaders re-elected Bola "
    "Tinubu as chairman of ECOWAS for another year.\n";

}  // namespace

TEST_CASE("s11offices: a chair in office on the article's date leads the body", "[extract]") {
  SECTION("French: président en exercice de l'organisation") {
    auto e = Edges(kFrenchChair, "2021-12-12");
    CHECK(e.count("Akufo-Addo leads ECOWAS") == 1);
  }
  SECTION("English: re-elected X as chairman of the body") {
    auto e = Edges(kEnglishChair, "2024-07-08");
    CHECK(e.count("Tinubu leads ECOWAS") == 1);
  }
}

TEST_CASE("s11offices: no chair edge out of term or for another body", "[extract]") {
  SECTION("the same sentence after the chair's term gives no edge") {
    auto e = Edges(kFrenchChair, "2024-03-01");
    CHECK(e.count("Akufo-Addo leads ECOWAS") == 0);
  }
  SECTION("a class noun after another body refers to that body") {
    auto e = Edges(
        "Sommet à Addis-Abeba\n\nEn marge du sommet de l'Union africaine, Nana Akufo-Addo, "
        "médiateur désigné par l'organisation, a reçu les deux délégations.\n",
        "2021-12-12");
    CHECK(e.count("Akufo-Addo leads ECOWAS") == 0);
  }
  SECTION("the chair word of another person between them") {
    auto e = Edges(
        "Sommet à Accra\n\nNana Akufo-Addo a reçu Macky Sall, président en exercice de "
        "l'organisation panafricaine.\n",
        "2021-12-12");
    CHECK(e.count("Akufo-Addo leads ECOWAS") == 0);
  }
}

}  // namespace kzgraph::testing
