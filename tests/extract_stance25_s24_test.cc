// stance25 (session 24): accusations and criticism where the trigger and
// both actors share a sentence. An object relative on a coordinated head
// takes every conjunct (src/extract/engine_stance.cc, ObjectRelative); a
// headline's objectless criticism or praise falls on the subject opening its
// first clause (engine_stance_clause_targets.cc, HeadlineFirstClauseTarget);
// rejecting a body's text or proposal criticizes its holder
// (engine_rejection.cc); an English label with no preposition after an
// actor's act, a grave misdeed, accuses the owner (engine_frames_clause.cc).
// Negatives: negation, another sense, a speaker's clause, no owner named.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2024-03-02");
const kzgraph::testing::PredicateCheck AnyOf("2024-03-02");
}  // namespace

TEST_CASE("object relative on a coordinated head", "[stance25]") {
  const char* fr =
      "Loukachenko a évoqué la Pologne et la Lituanie, qu'il accuse de préparer une attaque.";
  CHECK(Says(fr, "Lukashenko accuses Poland"));
  CHECK(Says(fr, "Lukashenko accuses Lithuania"));
  const char* en =
      "Minsk pointed to pressure from the United States, Britain and the European Union, which it "
      "accuses of seeking to destabilise the country.";
  CHECK(Says(en, "Belarus accuses United States"));
  CHECK(Says(en, "Belarus accuses United Kingdom"));
  CHECK(Says(en, "Belarus accuses EU"));
  // Negated: no accusation of either conjunct.
  CHECK_FALSE(
      AnyOf("Loukachenko a reçu Poutine et Xi Jinping, qu'il n'accuse de rien.", "accuses"));
}

TEST_CASE("headline criticism of the first clause's subject", "[stance25]") {
  CHECK(Says("Russia strikes Kyiv, Zelensky condemns attack\n\nThe strikes hit the capital.",
             "Zelensky criticizes Russia"));
  CHECK(
      Says("La Russie frappe Kiev, Zelensky dénonce une « attaque barbare »\n\nLes frappes ont "
           "touché la capitale.",
           "Zelensky criticizes Russia"));
  const char* list =
      "EU agrees civilian mission for Armenia border; Moscow, Baku object\n\nThe "
      "mission will patrol the border.";
  CHECK(Says(list, "Russia criticizes EU"));
  CHECK(Says(list, "Azerbaijan criticizes EU"));
  CHECK(
      Says("La Russie envoie des troupes au Kazakhstan, Loukachenko salue la décision\n\nLes "
           "premières unités ont atterri.",
           "Lukashenko supports Russia"));
  // A speaker's clause tells another's act.
  CHECK_FALSE(
      Says("Turkey says Greek jets violated its airspace; Athens rejects the claim\n\nThe "
           "incident happened on Monday.",
           "Greece criticizes Turkey"));
}

TEST_CASE("rejecting a body's text or proposal", "[stance25]") {
  CHECK(Says("Turkey rejected the Security Council text on Cyprus.",
             "Turkey criticizes UN Security Council"));
  CHECK(Says("La diplomatie russe a rejeté en bloc les propos de la présidente moldave Maia Sandu.",
             "Russian Foreign Ministry criticizes Sandu"));
  CHECK(Says("Kiev a rejeté la proposition de Moscou.", "Ukraine criticizes Russia"));
  // No holder named: nobody criticized.
  CHECK_FALSE(AnyOf("Kyiv rejected the proposal.", "criticizes"));
}

TEST_CASE("English label after an actor's act", "[stance25]") {
  CHECK(Says("Khalid al-Mishri called Egypt's threats \"a declaration of war\".",
             "Khalid al-Mishri accuses Egypt"));
  CHECK(Says("Zelensky called Russia's latest offensive an act of aggression.",
             "Zelensky accuses Russia"));
  // A label that is no misdeed accuses nobody.
  CHECK_FALSE(Says("Erdogan called Greece's decision a response to provocations.",
                   "Erdogan accuses Greece"));
  CHECK(
      Says("Mark Rutte a dénoncé une « escalade significative » et une violation des résolutions "
           "du Conseil de sécurité de l'ONU par Pyongyang.",
           "Rutte criticizes North Korea"));
}
