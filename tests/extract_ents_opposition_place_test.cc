// A state's opposition named by its members with no article ("opposition
// politicians in Tbilisi", "À Oslo, des députés de l'opposition"): the place
// said with them tells whose; without one, nobody's. A bare "the rebels" with
// no group named is no actor.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("opposition members named with a place", "[extract][entities]") {
  auto en = Edges(
      "Opposition politicians in Tbilisi criticized Irakli Kobakhidze over the new media law.",
      "2024-05-14");
  CHECK(en.count("Georgian opposition criticizes Kobakhidze"));
  auto lead =
      Edges("In Tbilisi, opposition lawmakers accused Irakli Kobakhidze of betraying the country.",
            "2024-05-14");
  CHECK(lead.count("Georgian opposition accuses Kobakhidze"));
  // Near-miss: no place said, so no state's opposition is guessed.
  auto none = EntityIds("Opposition figures criticized Irakli Kobakhidze over the new media law.",
                        "2024-05-14");
  CHECK_FALSE(none.count("Georgian opposition"));
}

TEST_CASE("opposition members named with a place, French", "[extract][entities]") {
  auto fr = Edges("À Tbilissi, plusieurs députés de l'opposition ont critiqué Irakli Kobakhidze.",
                  "2024-05-14");
  CHECK(fr.count("Georgian opposition criticizes Kobakhidze"));
  // Near-miss: "un" député is no collective.
  auto one = EntityIds("À Tbilissi, un député de l'opposition a parlé.", "2024-05-14");
  CHECK_FALSE(one.count("Georgian opposition"));
}

TEST_CASE("bare rebels with no group named are no actor", "[extract][entities]") {
  auto en = EntityIds("The army said the rebels had shelled the town of Kidal.", "2024-05-14");
  CHECK_FALSE(en.count("rebels"));
  auto fr = EntityIds("Les insurgés ont attaqué une caserne près de Kidal.", "2024-05-14");
  CHECK_FALSE(fr.count("rebels"));
  // Near-miss: after a named armed group the rebels are that group.
  auto named = EntityIds(
      "Les rebelles du FLA ont pris Kidal. Bamako accuse les rebelles de violer la trêve.",
      "2024-05-14");
  CHECK(named.count("FLA"));
}
