// A decision told again with an indefinite article and a qualifier ("Le
// Tadjikistan a suspendu ... Le Kirghizistan dénonce une décision
// « unilatérale »", "une décision prise sans débat", "denounced an
// \"illegal\" decision") refers back like "la décision": the critic
// criticizes the author of the act just told
// (schema/lexicon/triggers_criticizes_told_decisions.tsv). A bare indefinite
// ("une décision", "a decision to ...") is a new decision and gives no edge;
// an indefinite one refers only to the sentence just before.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

const char kSuspendu[] =
    "Eau\n\nLe Tadjikistan a suspendu lundi ses livraisons d'eau au Kirghizistan.\n\n";
const char kClosed[] =
    "Border\n\nPakistan closed its border with Afghanistan on Monday.\n\n";

TEST_CASE("criticism of a decision told again with an indefinite article", "[extract]") {
  SECTION("French: a quoted label after the noun") {
    const auto edges =
        Edges(std::string(kSuspendu) + "Le Kirghizistan dénonce une décision « unilatérale ».");
    CHECK(edges.count("Kyrgyzstan criticizes Tajikistan") > 0);
  }
  SECTION("French: a participle of taking, plural measures") {
    const auto edges = Edges(std::string(kSuspendu) +
                             "Le Kirghizistan a critiqué des mesures prises sans concertation.");
    CHECK(edges.count("Kyrgyzstan criticizes Tajikistan") > 0);
  }
  SECTION("English: a quoted label before the noun") {
    const auto edges = Edges(std::string(kClosed) + "Afghanistan denounced an \"illegal\" decision.");
    CHECK(edges.count("Afghanistan criticizes Pakistan") > 0);
  }
  SECTION("near-miss: a bare indefinite decision is a new one") {
    const auto fr = Edges(std::string(kSuspendu) + "Le Kirghizistan a critiqué une décision.");
    CHECK(fr.count("Kyrgyzstan criticizes Tajikistan") == 0);
    const auto en =
        Edges(std::string(kClosed) + "Afghanistan criticized a decision to raise tariffs.");
    CHECK(en.count("Afghanistan criticizes Pakistan") == 0);
  }
  SECTION("near-miss: a negated criticism") {
    const auto fr = Edges(std::string(kSuspendu) +
                          "Le Kirghizistan n'a pas dénoncé une décision « unilatérale ».");
    CHECK(fr.count("Kyrgyzstan criticizes Tajikistan") == 0);
  }
}

// Words told again with an indefinite article and a qualifier ("a dénoncé
// des propos « grossiers »", "des propos qui ...") are the last speaker's,
// as "ces propos" are (engine_stance_clause_targets.cc, SpeechAnaphorAuthor).
TEST_CASE("criticism of words told again with an indefinite article", "[extract]") {
  const char kSaid[] =
      "Minsk\n\nRadosław Sikorski a déclaré mardi que la Biélorussie n'était qu'un État "
      "vassal.\n\n";
  SECTION("French: a quoted label") {
    const auto edges = Edges(std::string(kSaid) + "Minsk a dénoncé des propos « grossiers ».");
    CHECK(edges.count("Belarus criticizes Sikorski") > 0);
  }
  SECTION("French: a relative") {
    const auto edges =
        Edges(std::string(kSaid) + "Minsk a dénoncé des propos qui « insultent le peuple ».");
    CHECK(edges.count("Belarus criticizes Sikorski") > 0);
  }
  SECTION("near-miss: bare indefinite words are new ones") {
    const auto fr = Edges(std::string(kSaid) + "Minsk a dénoncé des propos.");
    CHECK(fr.count("Belarus criticizes Sikorski") == 0);
    const auto en = Edges(
        "Minsk\n\nRadoslaw Sikorski said on Tuesday that Belarus was a vassal state.\n\n"
        "Minsk condemned some remarks.");
    CHECK(en.count("Belarus criticizes Sikorski") == 0);
  }
}

// Labels of words that stir trouble or offend
// (schema/lexicon/triggers_stance_remarks_and_labels.tsv): "dismissed the
// comments as inflammatory" criticizes the speaker just named.
TEST_CASE("inflammatory and outrageous words as a label of remarks", "[extract]") {
  SECTION("English") {
    const auto edges = Edges(
        "Minsk\n\nRadoslaw Sikorski said on Tuesday that Belarus was a vassal state.\n\n"
        "Belarus dismissed the comments as \"inflammatory\".");
    CHECK(edges.count("Belarus criticizes Sikorski") > 0);
    const auto no = Edges(
        "Minsk\n\nRadoslaw Sikorski said on Tuesday that Belarus was a vassal state.\n\n"
        "Belarus did not dismiss the comments as \"inflammatory\".");
    CHECK(no.count("Belarus criticizes Sikorski") == 0);
  }
  SECTION("French") {
    const auto edges = Edges(
        "Minsk\n\nRadosław Sikorski a déclaré mardi que la Biélorussie n'était qu'un État "
        "vassal.\n\nMinsk a qualifié ces propos d'« outranciers ».");
    CHECK(edges.count("Belarus criticizes Sikorski") > 0);
    const auto no = Edges(
        "Minsk\n\nRadosław Sikorski a déclaré mardi que la Biélorussie n'était qu'un État "
        "vassal.\n\nMinsk n'a pas qualifié ces propos d'« outranciers ».");
    CHECK(no.count("Belarus criticizes Sikorski") == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
