// Disapproval beyond the plain verbs (schema/lexicon/
// triggers_criticizes_disapproval_wording.tsv): feelings over an actor's act,
// states of the subject, calls to undo an act, lodged protests, judgement
// labels and acts named through their author; with the near-misses (regret of
// an event, worry for victims, a bare plea, a return to talks).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("a feeling over an actor's act criticizes the actor", "[extract]") {
  SECTION("English feeling noun with its preposition") {
    const auto edges =
        Edges("Pact\n\nCanada voiced deep regret at Hungary's decision to block the aid.",
              "2023-12-15");
    CHECK(edges.count("Canada criticizes Hungary") > 0);
  }
  SECTION("English state of the subject") {
    const auto edges = Edges(
        "Pact\n\nTokyo said it was dissatisfied with Beijing's decision to ban the imports.",
        "2023-08-31");
    CHECK(edges.count("Japan criticizes China") > 0);
  }
  SECTION("regret of an event names no one") {
    const auto edges =
        Edges("Pact\n\nCanada expressed regret over the loss of life in the floods.", "2023-08-31");
    CHECK(edges.empty());
  }
  SECTION("French state of the subject") {
    const auto edges = Edges(
        "Pacte\n\nL'Italie s'est dite horrifiée par la décision de la Russie d'expulser ses "
        "diplomates.",
        "2022-05-10");
    CHECK(edges.count("Italy criticizes Russia") > 0);
  }
  SECTION("French s'inquiéter de, never reciprocal, never pour") {
    CHECK(Edges("Pacte\n\nLe Canada s'inquiète de la décision de la Hongrie.", "2023-12-15")
              .count("Canada criticizes Hungary") > 0);
    CHECK(Edges("Pacte\n\nLe Canada et la Hongrie s'inquiètent.", "2023-12-15").empty());
    CHECK(Edges("Pacte\n\nLe Canada s'inquiète pour les civils ukrainiens.", "2023-12-15")
              .count("Canada criticizes Ukraine") == 0);
  }
  SECTION("French graded noun with the act after après") {
    const auto edges =
        Edges("Pacte\n\nOttawa a exprimé sa vive colère après la décision de Budapest.",
              "2023-12-15");
    CHECK(edges.count("Canada criticizes Hungary") > 0);
  }
  SECTION("English state over a trip") {
    const auto edges = Edges("Pact\n\nCanada was unhappy with Orban's trip to Moscow.", "2024-07-06");
    CHECK(edges.count("Canada criticizes Orban") > 0);
  }
}

TEST_CASE("a call to undo its own act criticizes the actor", "[extract]") {
  SECTION("English, with the possessive") {
    CHECK(Edges("Pact\n\nCanada called on Hungary to reverse its decision on the budget.",
                "2023-12-15")
              .count("Canada criticizes Hungary") > 0);
    CHECK(Edges("Pact\n\nCanada pressed Hungary to drop its veto.", "2023-12-15")
              .count("Canada criticizes Hungary") > 0);
  }
  SECTION("a bare plea is no criticism") {
    CHECK(Edges("Pact\n\nCanada urged Hungary to reconsider.", "2023-12-15")
              .count("Canada criticizes Hungary") == 0);
  }
  SECTION("French revenir sur, renoncer à") {
    CHECK(Edges("Pacte\n\nLe Canada a appelé la Hongrie à revenir sur sa décision.", "2023-12-15")
              .count("Canada criticizes Hungary") > 0);
    CHECK(Edges("Pacte\n\nLe Canada a demandé à la Hongrie de renoncer à son veto.", "2023-12-15")
              .count("Canada criticizes Hungary") > 0);
  }
  SECTION("a return to talks is no criticism") {
    CHECK(Edges("Pacte\n\nLe Canada a appelé la Hongrie à revenir à la table des négociations.",
                "2023-12-15")
              .count("Canada criticizes Hungary") == 0);
  }
}

TEST_CASE("protests lodged, labels and acts named through their author", "[extract]") {
  SECTION("a complaint lodged with an actor") {
    CHECK(Edges("Pact\n\nManila lodged a formal complaint with Beijing over the collision.",
                "2023-10-12")
              .count("Philippines criticizes China") > 0);
  }
  SECTION("a judgement label") {
    CHECK(Edges("Pact\n\nCanada called Hungary's veto short-sighted.", "2023-12-15")
              .count("Canada criticizes Hungary") > 0);
  }
  SECTION("French acts: a journey, a recognition by an actor") {
    CHECK(Edges("Pacte\n\nLe Canada a désapprouvé le voyage d'Orban à Moscou.", "2024-07-06")
              .count("Canada criticizes Orban") > 0);
    CHECK(Edges("Pacte\n\nLe Canada a jugé inacceptable la reconnaissance par la Russie des deux "
                "régions.",
                "2022-02-22")
              .count("Canada criticizes Russia") > 0);
  }
  SECTION("brushing aside an actor's words") {
    CHECK(Edges("Pact\n\nMoscow brushed aside Canada's remarks.", "2023-12-15")
              .count("Russia criticizes Canada") > 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
