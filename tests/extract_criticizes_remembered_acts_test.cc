// Acts criticized by their noun long after they were told: troops sent make
// "the deployment" / "le déploiement" their senders' (every sender of the
// sentence), and troops sent since an offensive make no other offensive
// ("l'offensive éclair de l'Azerbaïdjan ... la Russie a envoyé des renforts
// ... l'UE a condamné l'offensive": Azerbaijan's). Negations give no edge.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

const char kDeployed[] =
    "Bahrain\n\nAbout 1,000 Saudi soldiers crossed into Bahrain on Monday, while the UAE sent "
    "some 500 police officers to Bahrain.\n\nThe opposition called a strike.\n\nShops stayed "
    "closed in Manama.\n\nThe king spoke on television.\n\nSchools were shut.\n\nThe capital "
    "was quiet.\n\nRoads were empty.\n\n";

TEST_CASE("the deployment criticized is its senders'", "[extract]") {
  SECTION("every sender of the sentence, past the last sentences") {
    const auto edges = Edges(std::string(kDeployed) + "Iran condemned the deployment.");
    CHECK(edges.count("Iran criticizes Saudi Arabia") > 0);
    CHECK(edges.count("Iran criticizes United Arab Emirates") > 0);
  }
  SECTION("a negated condemnation gives no edge") {
    const auto edges = Edges(std::string(kDeployed) + "Iran did not condemn the deployment.");
    CHECK(edges.count("Iran criticizes Saudi Arabia") == 0);
  }
}

TEST_CASE("troops sent since an offensive make no other offensive", "[extract]") {
  SECTION("French") {
    const auto edges = Edges(
        "Karabakh\n\nUne semaine après l'offensive éclair de l'Azerbaïdjan, 65 000 personnes "
        "ont fui.\n\nLa Russie a envoyé des renforts au Karabakh mardi.\n\nL'Union européenne "
        "a condamné l'offensive.");
    CHECK(edges.count("EU criticizes Azerbaijan") > 0);
    CHECK(edges.count("EU criticizes Russia") == 0);
  }
  SECTION("English") {
    const auto edges = Edges(
        "Karabakh\n\nA week after Azerbaijan's lightning offensive, 65,000 people have "
        "fled.\n\nRussia sent more peacekeepers to Karabakh on Tuesday.\n\nThe European Union "
        "condemned the offensive.");
    CHECK(edges.count("EU criticizes Azerbaijan") > 0);
    CHECK(edges.count("EU criticizes Russia") == 0);
  }
  SECTION("a negated condemnation gives no edge") {
    const auto edges = Edges(
        "Karabakh\n\nA week after Azerbaijan's lightning offensive, 65,000 people have "
        "fled.\n\nRussia sent more peacekeepers to Karabakh on Tuesday.\n\nThe European Union "
        "did not condemn the offensive.");
    CHECK(edges.count("EU criticizes Azerbaijan") == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
