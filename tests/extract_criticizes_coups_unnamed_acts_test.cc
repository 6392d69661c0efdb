// Criticism of an act whose author the sentence does not name: a coup
// under another name or as an attempt (its makers), and a military act
// told earlier on the page, with a definite or an indefinite article (the
// latter only while the page's acts all had one author).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("a coup attempt or seizure of power criticizes the junta the page names", "[extract]") {
  SECTION("French attempt, a quoted adverb before it") {
    const auto edges = Edges(
        "Gabon : les militaires au pouvoir\n\nLes officiers du Comité pour la transition et la "
        "restauration des institutions ont pris le pouvoir mercredi à Libreville.\n\nLe Sénégal a "
        "condamné « fermement » la tentative de prise du pouvoir.");
    CHECK(edges.count("Senegal criticizes CTRI") > 0);
  }
  SECTION("English seizure of power") {
    const auto edges = Edges(
        "Guinea\n\nSoldiers seized power in Guinea on Sunday and the junta dissolved the "
        "government.\n\nThe Ghanaian "
        "government condemned the seizure of power by force.");
    CHECK(edges.count("Ghana criticizes CNRD") > 0);
  }
  SECTION("English oppose, and its negation") {
    const auto negated = Edges(
        "Guinea\n\nSoldiers seized power in Guinea on Sunday and the junta dissolved the "
        "government.\n\nJapan did not oppose the coup.");
    CHECK(negated.count("Japan criticizes CNRD") == 0);
    const auto edges = Edges(
        "Guinea\n\nSoldiers seized power in Guinea on Sunday and the junta dissolved the "
        "government.\n\nJapan publicly "
        "opposed the coup.");
    CHECK(edges.count("Japan criticizes CNRD") > 0);
  }
  SECTION("an attempt on a page that names no junta blames no state") {
    const auto edges = Edges("Le Sénégal a condamné la tentative de coup d'État au Gabon.");
    CHECK(edges.count("Senegal criticizes Gabon") == 0);
    CHECK(edges.count("Senegal criticizes CTRI") == 0);
  }
  SECTION("a hypothetical condemnation gives no edge") {
    const auto edges = Edges(
        "Guinea\n\nSoldiers seized power in Guinea on Sunday and the junta dissolved the "
        "government.\n\nThe Ghanaian government could condemn the seizure of power if talks "
        "fail.");
    CHECK(edges.count("Ghana criticizes CNRD") == 0);
  }
  SECTION("a reported condemnation is the critic's, not the reporter's") {
    const auto edges = Edges(
        "Guinea\n\nSoldiers seized power in Guinea on Sunday and the junta dissolved the "
        "government.\n\nGhanaian media reported that Japan had condemned the coup attempt.");
    CHECK(edges.count("Japan criticizes CNRD") > 0);
    CHECK(edges.count("Ghana criticizes CNRD") == 0);
  }
  SECTION("a negated condemnation gives no edge") {
    const auto edges = Edges(
        "Guinea\n\nSoldiers seized power in Guinea on Sunday and the junta dissolved the "
        "government.\n\nThe Ghanaian "
        "government did not condemn the seizure of power.");
    CHECK(edges.count("Ghana criticizes CNRD") == 0);
  }
}

TEST_CASE("a military act told earlier keeps its one author", "[extract]") {
  SECTION("English: the strikes a few sentences after the attack") {
    const auto edges = Edges(
        "Strikes in Yemen\n\nAmerican warplanes struck rebel positions in Yemen on Friday.\n\n"
        "The rebels said the port was closed.\n\nShipping firms rerouted their vessels.\n\n"
        "Tehran condemned the strikes as a violation of sovereignty.");
    CHECK(edges.count("Iran criticizes United States") > 0);
  }
  SECTION("English: acts told too long ago blame nobody") {
    const auto edges = Edges(
        "Strikes in Yemen\n\nAmerican warplanes struck rebel positions in Yemen on Friday.\n\n"
        "Iranian drones attacked a tanker on Saturday.\n\nShipping firms rerouted their "
        "vessels.\n\nOil prices rose on Monday.\n\nInsurers raised their premiums.\n\nThe port "
        "of Aden stayed open.\n\nFishermen kept to the coast.\n\nThe talks were postponed.\n\n"
        "Egypt condemned the strikes.");
    CHECK(edges.count("Egypt criticizes United States") == 0);
    CHECK(edges.count("Egypt criticizes Iran") == 0);
  }
  SECTION("French: an indefinite quoted act") {
    const auto edges = Edges(
        "Ukraine\n\nLa Russie a bombardé Kharkiv dans la nuit de mardi.\n\nBerlin a dénoncé "
        "une « agression brutale » contre des civils.");
    CHECK(edges.count("Germany criticizes Russia") > 0);
  }
  SECTION("French: a negated denunciation gives no edge") {
    const auto edges = Edges(
        "Ukraine\n\nLa Russie a bombardé Kharkiv dans la nuit de mardi.\n\nBerlin n'a pas "
        "dénoncé une « agression brutale ».");
    CHECK(edges.count("Germany criticizes Russia") == 0);
  }
  SECTION("French: an indefinite act after acts of two authors names nobody") {
    const auto edges = Edges(
        "Kosovo\n\nL'OTAN a bombardé la Serbie mercredi soir.\n\nLes forces serbes ont "
        "attaqué des villages albanais.\n\nMoscou a dénoncé une « agression militaire ».");
    CHECK(edges.count("Russia criticizes Serbia") == 0);
    CHECK(edges.count("Russia criticizes NATO") == 0);
  }
  SECTION("French: an indefinite act with no act told before names nobody") {
    const auto edges = Edges(
        "Ukraine\n\nLe gouvernement a présenté son budget mardi.\n\nBerlin a dénoncé une « "
        "agression brutale » contre des civils.");
    CHECK_FALSE(HasPredicate(edges, "criticizes"));
  }
  SECTION("English: an indefinite act with an adjective") {
    const auto edges = Edges(
        "Ukraine\n\nRussian forces shelled Kharkiv overnight.\n\nPoland denounced a brutal "
        "attack on civilians.");
    CHECK(edges.count("Poland criticizes Russia") > 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
