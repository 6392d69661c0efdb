// Spokespersons with dated terms. A nameless title
// ("le porte-parole du gouvernement français") names the one holder of the
// office on the article's date; a date outside every known term names nobody,
// and a handover moves the title to the next holder.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {

const char kGovernmentSpokesperson[] =
    "Le porte-parole du gouvernement français a critiqué la Turquie.";

}  // namespace

TEST_CASE("a nameless government spokesperson is the holder on the date", "[extract][dict]") {
  const auto before_handover = Edges(kGovernmentSpokesperson, "2019-02-10");
  CHECK(before_handover.count("Griveaux criticizes Turkey") == 1);
  CHECK(before_handover.count("Sibeth Ndiaye criticizes Turkey") == 0);
  const auto after_handover = Edges(kGovernmentSpokesperson, "2019-05-10");
  CHECK(after_handover.count("Sibeth Ndiaye criticizes Turkey") == 1);
  CHECK(after_handover.count("Griveaux criticizes Turkey") == 0);
}

TEST_CASE("no holder outside every known term", "[extract][dict]") {
  // 2016: none of the dictionary's French spokespersons was in office.
  const auto outside = Edges(kGovernmentSpokesperson, "2016-05-10");
  CHECK(outside.count("Griveaux criticizes Turkey") == 0);
  CHECK(outside.count("Sibeth Ndiaye criticizes Turkey") == 0);
  CHECK(outside.count("Attal criticizes Turkey") == 0);
}

TEST_CASE("an ambassador to the UN named in apposition is his state's official",
          "[extract][dict]") {
  const auto e = Edges(
      "Israel's ambassador to the United Nations, Danny Danon, accused Iran of arming the "
      "militia.",
      "2025-03-10");
  CHECK(e.count("Danon official_of Israel") == 1);
  CHECK(e.count("Danon accuses Iran") == 1);
}
