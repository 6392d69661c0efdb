// An act told by its verb and criticized later by its noun ("Le Burundi a
// fermé sa frontière ... a qualifié de « regrettable » la fermeture de la
// frontière", "Niger expelled the ambassador ... France condemned the
// expulsion"): the critic criticizes the act's author, even sentences later
// (schema/lexicon/triggers_criticizes_act_nominalizations.tsv). A negated
// verb of criticism, a negated act, an indefinite act and an act told by two
// authors give no edge.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

const char kExpelled[] =
    "Diplomacy\n\nNiger expelled the French ambassador on Monday.\n\nThe embassy staff "
    "left the country on Tuesday.\n\nMany residents watched the convoy.\n\n";
const char kFerme[] =
    "Frontière\n\nLe Burundi a fermé jeudi ses frontières terrestres avec le Rwanda.\n\nLes "
    "ressortissants rwandais ont été invités à partir.\n\nLes commerçants attendent.\n\n";

TEST_CASE("criticism of an act named by the noun of its earlier verb", "[extract]") {
  SECTION("English: condemned the expulsion") {
    const auto edges = Edges(std::string(kExpelled) + "France condemned the expulsion.");
    CHECK(edges.count("France criticizes Niger") > 0);
  }
  SECTION("French: a label before the act noun and its object complement") {
    const auto edges = Edges(std::string(kFerme) +
                             "Le Rwanda a qualifié de « regrettable » la fermeture de la "
                             "frontière.");
    CHECK(edges.count("Rwanda criticizes Burundi") > 0);
  }
  SECTION("a proposal labelled later is its proposer's") {
    const auto edges = Edges(
        "Venezuela\n\nLula proposed new elections in Venezuela on Thursday.\n\nThe opposition "
        "met in Caracas.\n\nMaría Corina Machado called the proposal \"unacceptable\".");
    CHECK(edges.count("María Corina Machado criticizes Lula") > 0);
    const auto fr = Edges(
        "Venezuela\n\nLula a proposé jeudi de nouvelles élections au Venezuela.\n\nL'opposition "
        "s'est réunie à Caracas.\n\nMaría Corina Machado a dénoncé la proposition.");
    CHECK(fr.count("María Corina Machado criticizes Lula") > 0);
    const auto no = Edges(
        "Venezuela\n\nLula proposed new elections in Venezuela on Thursday.\n\nThe opposition "
        "met in Caracas.\n\nMaría Corina Machado did not condemn the proposal.");
    CHECK(no.count("María Corina Machado criticizes Lula") == 0);
  }
  SECTION("an annulment criticized later as the decision is its author's") {
    const auto fr = Edges(
        "Accord\n\nLe Burundi a annulé jeudi l'accord commercial avec le Rwanda.\n\nLes "
        "commerçants attendent.\n\nLe Rwanda a critiqué la décision.");
    CHECK(fr.count("Rwanda criticizes Burundi") > 0);
    const auto en = Edges(
        "Defence\n\nNiger cancelled the defence agreement with France on Monday.\n\nThe "
        "embassy staff left the country on Tuesday.\n\nFrance condemned the decision.");
    CHECK(en.count("France criticizes Niger") > 0);
    const auto no = Edges(
        "Defence\n\nNiger cancelled the defence agreement with France on Monday.\n\nThe "
        "embassy staff left the country on Tuesday.\n\nFrance did not condemn the decision.");
    CHECK(no.count("France criticizes Niger") == 0);
  }
  SECTION("a violation criticized later as the incursion is its author's") {
    const auto fr = Edges(
        "Ciel\n\nLa Biélorussie a violé mardi l'espace aérien lituanien.\n\nLes pilotes ont "
        "été identifiés.\n\nLa Lituanie a condamné l'incursion.");
    CHECK(fr.count("Lithuania criticizes Belarus") > 0);
    const auto en = Edges(
        "Sky\n\nChina violated Japanese airspace on Tuesday.\n\nThe pilots were "
        "identified.\n\nJapan called the incursion a provocation.");
    CHECK(en.count("Japan criticizes China") > 0);
    const auto no = Edges(
        "Sky\n\nChina violated Japanese airspace on Tuesday.\n\nThe pilots were "
        "identified.\n\nJapan did not condemn the incursion.");
    CHECK(no.count("Japan criticizes China") == 0);
  }
  SECTION("a negated criticism gives no edge") {
    const auto edges = Edges(std::string(kExpelled) + "France did not condemn the expulsion.");
    CHECK(edges.count("France criticizes Niger") == 0);
    const auto fr = Edges(std::string(kFerme) +
                          "Le Rwanda n'a pas dénoncé la fermeture de la frontière.");
    CHECK(fr.count("Rwanda criticizes Burundi") == 0);
  }
  SECTION("an indefinite act is another one") {
    const auto edges =
        Edges(std::string(kExpelled) + "France condemned an expulsion of journalists.");
    CHECK(edges.count("France criticizes Niger") == 0);
  }
  SECTION("a negated act has no author") {
    const auto edges = Edges(
        "Frontière\n\nLe Burundi n'a pas fermé ses frontières avec le Rwanda.\n\nLes "
        "commerçants attendent.\n\nLe Rwanda a dénoncé la fermeture de la frontière.");
    CHECK(edges.count("Rwanda criticizes Burundi") == 0);
  }
  SECTION("two authors of the act told together leave it unknown") {
    const auto edges = Edges(
        "Frontière\n\nLe Burundi a fermé jeudi ses frontières terrestres avec le "
        "Rwanda.\n\nLa Tanzanie a fermé les siennes vendredi.\n\nLe Rwanda a dénoncé la "
        "fermeture de la frontière.");
    CHECK(edges.count("Rwanda criticizes Burundi") == 0);
    CHECK(edges.count("Rwanda criticizes Tanzania") == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
