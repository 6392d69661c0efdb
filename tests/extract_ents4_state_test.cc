// Issue 3 (ents4): a state acting through its government, its authorities or
// its armed men is the country node (GUIDELINES: "a state, including its
// government when it acts as one"; nationality adjectives name the country).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("a country's government by the possessive", "[extract][entities]") {
  auto en = Edges("Mali's government criticized Algeria on Thursday.", "2024-01-26");
  CHECK(en.count("Mali criticizes Algeria"));
  // "Mali's military government" is the state, not its army.
  auto military = Edges(
      "Mali's military government ended the peace accord. The transitional government, headed by "
      "Colonel Assimi Goïta, accused Algeria of meddling.",
      "2024-01-26");
  CHECK(military.count("Goita leads Mali"));
  CHECK(military.count("Mali accuses Algeria"));
  CHECK_FALSE(military.count("FAMa accuses Algeria"));
  // A government noun qualifying another is no actor.
  auto qualified = EntityIds("Mali's government spokesman read a statement.", "2024-01-26");
  CHECK_FALSE(qualified.count("FAMa"));
}

TEST_CASE("the government of a person who heads a state", "[extract][entities]") {
  auto en = Edges(
      "Sandu's government has also accused Ilan Shor, a fugitive businessman, of organising "
      "protests.",
      "2024-02-29");
  CHECK(en.count("Moldova accuses Ilan Shor"));
  auto her = Edges(
      "Moldova's President Maia Sandu spoke in Chisinau. Her government accused Russia of "
      "meddling.",
      "2024-02-29");
  CHECK(her.count("Moldova accuses Russia"));
  // "his" does not stand for a woman.
  auto his = Edges(
      "Moldova's President Maia Sandu spoke in Chisinau. His government accused Russia of "
      "meddling.",
      "2024-02-29");
  CHECK_FALSE(his.count("Moldova accuses Russia"));
}

TEST_CASE("a bare government or authorities is the state named so before", "[extract][entities]") {
  auto fr = Edges(
      "Le gouvernement malien a rompu avec la France. Le gouvernement de transition, dirigé par le "
      "colonel Assimi Goïta, a accusé l'Algérie d'ingérence.",
      "2022-02-20");
  CHECK(fr.count("Goita leads Mali"));
  CHECK(fr.count("Mali accuses Algeria"));
  auto authorities = Edges(
      "Le gouvernement du Mali a rompu avec la France. Les autorités ont accusé l'Algérie "
      "d'ingérence.",
      "2022-02-20");
  CHECK(authorities.count("Mali accuses Algeria"));
  // Local authorities are not the state.
  auto local = Edges(
      "Le gouvernement du Mali a rompu avec la France. Les autorités locales ont accusé l'Algérie "
      "d'ingérence.",
      "2022-02-20");
  CHECK_FALSE(local.count("Mali accuses Algeria"));
  auto en_local = Edges(
      "Mali's government broke with France. The government forces accused Algeria of meddling.",
      "2022-02-20");
  CHECK_FALSE(en_local.count("Mali accuses Algeria"));
}

TEST_CASE("a state's troops and peacekeepers act for the state", "[extract][entities]") {
  auto en = Edges("Kyiv's forces accused Russia of shelling the plant.", "2023-03-01");
  CHECK(en.count("Ukraine accuses Russia"));
  auto sent = Edges("Russia's troops were deployed to Kazakhstan.", "2022-01-07");
  CHECK(sent.count("Russia sends_troops Kazakhstan"));
  auto fr =
      Edges("Les soldats de la paix russes ont accusé l'Azerbaïdjan de violations.", "2022-03-26");
  // s5actors: the contingent is its own actor, as the dev gold draws it.
  CHECK(fr.count("Russian peacekeepers accuses Azerbaijan"));
  // Peacekeepers of no named state are nobody's.
  auto none = Edges("Les soldats de la paix ont accusé l'Azerbaïdjan de violations.", "2022-03-26");
  CHECK_FALSE(none.count("Russia accuses Azerbaijan"));
}
