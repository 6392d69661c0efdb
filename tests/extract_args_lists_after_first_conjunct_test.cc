// Lists of actors after the first conjunct (src/extract/engine_frames_clause.cc
// EllipsisActors and MoreMeetingParties, engine_args.cc Expand): an elliptic
// clause ("as did A and the governments of B and C", "tout comme A et B"), a
// passive agent list of "Name of Country" conjuncts, and a meeting verb's
// next party after "then"/"later"/"puis", past an apposition.
// Negatives: a new clause after "then", a negated verb, a compared object.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
}  // namespace

TEST_CASE("an elliptic clause gives the edge to every conjunct", "[extract]") {
  const char* en =
      "Putin congratulated Maduro, as did the Iranian foreign ministry and the governments of "
      "Syria, Belarus and Nicaragua.";
  CHECK(Says(en, "Putin supports Maduro"));
  CHECK(Says(en, "Iranian Foreign Ministry supports Maduro"));
  CHECK(Says(en, "Syria supports Maduro"));
  CHECK(Says(en, "Belarus supports Maduro"));
  CHECK(Says(en, "Nicaragua supports Maduro"));
  CHECK(Says("Cuba backed Maduro, as did Nicaragua and Bolivia.", "Bolivia supports Maduro"));
  const char* fr = "Le Mali soutient la junte guinéenne, tout comme le Burkina Faso et le Niger.";
  CHECK(Says(fr, "Mali supports CNRD"));
  CHECK(Says(fr, "Burkina Faso supports CNRD"));
  CHECK(Says(fr, "Niger supports CNRD"));
  // Negated main clause: nobody supports.
  CHECK_FALSE(HasPredicate(
      Edges("Cuba did not back Maduro, as did Nicaragua and Bolivia.", "2023-06-01"), "supports"));
  // No "tout comme" without its comma, and no conjunct beyond a clause end.
  CHECK_FALSE(Says("Le Mali soutient la junte guinéenne. Le Niger et le Burkina Faso aussi.",
                   "Niger supports CNRD"));
}

TEST_CASE("passive agents named with their country", "[extract]") {
  const char* en =
      "The Ethiopian prime minister was received by Presidents Paul Kagame of Rwanda, Yoweri "
      "Museveni of Uganda and Samia Suluhu Hassan of Tanzania.";
  CHECK(Says(en, "Kagame meets Abiy Ahmed"));
  CHECK(Says(en, "Museveni meets Abiy Ahmed"));
  CHECK(Says(en, "Samia Suluhu Hassan meets Abiy Ahmed"));
  CHECK(Says(en, "Museveni leads Uganda"));
  const char* fr =
      "Le Premier ministre éthiopien a été reçu par les présidents Paul Kagame, Yoweri Museveni "
      "et Samia Suluhu Hassan.";
  CHECK(Says(fr, "Museveni meets Abiy Ahmed"));
  CHECK(Says(fr, "Samia Suluhu Hassan meets Abiy Ahmed"));
  // The country after "of" is no agent of its own, and a country list after
  // a person is no continuation of a person list.
  CHECK_FALSE(Says(en, "Uganda meets Abiy Ahmed"));
  const char* countries =
      "The Ethiopian prime minister was received by Paul Kagame of Rwanda and Uganda's army.";
  CHECK(Says(countries, "Kagame meets Abiy Ahmed"));
  CHECK_FALSE(Says(countries, "Uganda meets Abiy Ahmed"));
}

TEST_CASE("a meeting's next party after then, later, puis", "[extract]") {
  CHECK(Says("Antony Blinken met Olaf Scholz and later Volodymyr Zelensky.",
             "Blinken meets Zelensky"));
  CHECK(Says("Antony Blinken met Olaf Scholz, the German chancellor, and then Volodymyr Zelensky.",
             "Blinken meets Zelensky"));
  const char* fr =
      "Jean-Yves Le Drian a rencontré Mohamed Bazoum, chef de l'Etat nigérien, puis Olaf Scholz.";
  CHECK(Says(fr, "Le Drian meets Bazoum"));
  CHECK(Says(fr, "Le Drian meets Scholz"));
  CHECK(Says("Jean-Yves Le Drian a rencontré Mohamed Bazoum puis Olaf Scholz à Berlin.",
             "Le Drian meets Scholz"));
  CHECK(Says("Antony Blinken spoke separately to Sergei Lavrov and Wang Yi.",
             "Blinken meets Wang Yi"));
  // "then X said": X opens a new clause.
  const char* clause = "Antony Blinken met Olaf Scholz, then Volodymyr Zelensky said he was ready.";
  CHECK(Says(clause, "Blinken meets Scholz"));
  CHECK_FALSE(Says(clause, "Blinken meets Zelensky"));
  // Negation holds for every party.
  CHECK_FALSE(Says("Jean-Yves Le Drian n'a pas rencontré Mohamed Bazoum puis Olaf Scholz.",
                   "Le Drian meets Scholz"));
  // A third actor in the apposition ends the list.
  CHECK_FALSE(Says("Antony Blinken met Olaf Scholz, an ally of Emmanuel Macron, then Wang Yi.",
                   "Blinken meets Wang Yi"));
}
