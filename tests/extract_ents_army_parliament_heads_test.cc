// Bodies: a state's army and parliament named through
// their heads ("army chief", "chef de l'armée", "Parliament speaker").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {

// Whether every "S leads O" edge of the text, if any, comes from the
// dictionary's dated offices rather than from a title of the text.
bool OnlyFromDictionary(const std::string& text, const std::string& s, const std::string& o) {
  for (const kzgraph::Relation& r : kzgraph::testing::ExtractText(text).relations) {
    if (r.subject == s && r.predicate == "leads" && r.object == o &&
        r.rule != "leads:dictionary-office")
      return false;
  }
  return true;
}

}  // namespace

TEST_CASE("le chef de l'armée d'un État dirige son armée (fr)", "[extract]") {
  const auto adj = Edges(
      "Crise au Soudan\n\n"
      "Le chef de l'armée soudanaise, le général Abdel Fattah al-Burhane, a rencontré "
      "Bola Tinubu à Abuja.");
  CHECK(adj.count("Burhan leads Sudanese Armed Forces"));
  // The army chief's title heads no state (his head-of-state term is the
  // dictionary's own edge, engine_known_offices.cc).
  CHECK(OnlyFromDictionary(
      "Crise au Soudan\n\n"
      "Le chef de l'armée soudanaise, le général Abdel Fattah al-Burhane, a rencontré "
      "Bola Tinubu à Abuja.",
      "Burhan", "Sudan"));
  const auto named_after = Edges(
      "Crise au Soudan\n\n"
      "Abdel Fattah al-Burhane, chef de l'armée du Soudan, a rencontré Bola Tinubu à Abuja.");
  CHECK(named_after.count("Burhan leads Sudanese Armed Forces"));
}

TEST_CASE("a state's army chief leads its army, not the state (en)", "[extract]") {
  const auto possessive = Edges(
      "Sudan talks\n\n"
      "Sudan's army chief Abdel Fattah al-Burhan met Bola Tinubu in Abuja on Monday.");
  CHECK(possessive.count("Burhan leads Sudanese Armed Forces"));
  CHECK(OnlyFromDictionary(
      "Sudan talks\n\n"
      "Sudan's army chief Abdel Fattah al-Burhan met Bola Tinubu in Abuja on Monday.",
      "Burhan", "Sudan"));
  const auto complement = Edges(
      "Sudan talks\n\n"
      "The army chief of Sudan, Abdel Fattah al-Burhan, met Bola Tinubu in Abuja.");
  CHECK(complement.count("Burhan leads Sudanese Armed Forces"));
}

TEST_CASE("a speaker leads the parliament the page named before (en)", "[extract]") {
  const auto named_before = Edges(
      "Protests in Tbilisi\n\n"
      "Protesters gathered outside Georgia's parliament on Sunday. Parliament speaker "
      "Shalva Papuashvili was jeered as he left, his office said.");
  CHECK(named_before.count("Papuashvili leads Georgian parliament"));
  // A former speaker holds no office.
  const auto former = Edges(
      "Protests in Tbilisi\n\n"
      "Protesters gathered outside Georgia's parliament on Sunday. Former parliament speaker "
      "Shalva Papuashvili was jeered as he left.");
  CHECK_FALSE(former.count("Papuashvili leads Georgian parliament"));
}

TEST_CASE("les forces armées d'un État sont son armée (fr)", "[extract]") {
  const auto edges = Edges(
      "Tensions au Caucase\n\n"
      "Les forces armées azerbaïdjanaises ont accusé l'Arménie de provocations.");
  CHECK(edges.count("Azerbaijani army accuses Armenia"));
  CHECK_FALSE(edges.count("Azerbaijan accuses Armenia"));
}

TEST_CASE("the chief of staff of a state's armed forces leads them (en)", "[extract]") {
  const auto army = Edges(
      "Sudan talks\n\n"
      "The chief of staff of Sudan's armed forces, Abdel Fattah al-Burhan, warned Kenya.");
  CHECK(army.count("Burhan leads Sudanese Armed Forces"));
  // A chief of staff of a government is an official of its state.
  const auto government = Edges(
      "Sudan talks\n\n"
      "The chief of staff of Sudan's government, Abdel Fattah al-Burhan, warned Kenya.");
  CHECK_FALSE(government.count("Burhan leads Sudanese Armed Forces"));
}

TEST_CASE("le commandant des soldats de la paix d'un État les dirige (fr)", "[extract]") {
  const auto edges = Edges(
      "Tensions au Caucase\n\n"
      "Le commandant des soldats de la paix russes, Nikol Pachinian, a rencontré Ilham Aliyev.");
  CHECK(edges.count("Pashinyan leads Russian peacekeepers"));
  const auto former = Edges(
      "Tensions au Caucase\n\n"
      "L'ancien commandant des soldats de la paix russes, Nikol Pachinian, a rencontré Ilham "
      "Aliyev.");
  CHECK_FALSE(former.count("Pashinyan leads Russian peacekeepers"));
}
