// Stance targets that are not an actor named right after the verb
// (src/extract/engine_stance.cc): a manner phrase before the object, an act
// of the actor, an anaphor of the last act, object relatives, and a subject
// separated from its verb by an incise with a verb of its own.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {
bool Says(const char* text, const char* edge) { return Edges(text, "2023-06-01").count(edge) > 0; }
bool AnyOf(const char* text, const char* type) {
  return HasPredicate(Edges(text, "2023-06-01"), type);
}
}  // namespace

TEST_CASE("recall2: a manner phrase between a stance verb and its object", "[extract]") {
  CHECK(Says("Emmanuel Macron a condamné « avec la plus grande fermeté » la décision de la Russie.",
             "Macron criticizes Russia"));
  CHECK(Says("Emmanuel Macron a condamné avec la plus grande fermeté la décision de la Russie.",
             "Macron criticizes Russia"));
  CHECK(Says("Alexandre Loukachenko a soutenu sans réserve la ligne russe.",
             "Lukashenko supports Russia"));
  CHECK(Says("La France a condamné en décembre le déploiement de la Russie au Mali.",
             "France criticizes Russia"));
  // Negated, and a manner phrase that names an actor ("avec la France").
  CHECK_FALSE(AnyOf("Emmanuel Macron n'a pas condamné avec fermeté la décision de la Russie.",
                    "criticizes"));
  CHECK_FALSE(Says("Olaf Scholz a condamné avec la France la décision de la Russie.",
                   "Scholz criticizes France"));
}

TEST_CASE("recall2: an act with its author in a relative clause", "[extract]") {
  CHECK(
      Says("Polish Prime Minister Donald Tusk criticized the visits, which Orban described as a "
           "peace mission.",
           "Tusk criticizes Orban"));
  // The relative is about the subject's own act: no edge to himself.
  CHECK_FALSE(
      AnyOf("Donald Tusk criticized the visits, which Tusk described as useless.", "criticizes"));
}

TEST_CASE("recall2: 'cette décision' refers to the author of the last act", "[extract]") {
  const char* fr =
      "La ministre française des Affaires étrangères a annoncé que Paris avait donné son accord à "
      "la livraison d'équipements militaires à l'Arménie. Bakou a aussitôt critiqué cette "
      "décision.";
  CHECK(Says(fr, "Azerbaijan criticizes France"));
  CHECK_FALSE(Says(fr, "Azerbaijan criticizes Armenia"));
  const char* en =
      "Germany announced new sanctions on Monday. Moscow condemned this decision as hostile.";
  CHECK(Says(en, "Russia criticizes Germany"));
  // Too far back: the act was reported four sentences earlier.
  const char* far =
      "Germany announced new sanctions on Monday. The weather was cold. Markets fell. Trains were "
      "late. Moscow condemned this decision.";
  CHECK_FALSE(Says(far, "Russia criticizes Germany"));
  // A denied act has no author to refer to.
  CHECK_FALSE(Says("Germany did not announce new sanctions. Moscow condemned this decision.",
                   "Russia criticizes Germany"));
}

TEST_CASE("recall2: an object relative with its own subject", "[extract]") {
  CHECK(
      Says("Rwanda announced that it was cutting ties with Belgium, which it accused of having "
           "taken sides in the conflict.",
           "Rwanda accuses Belgium"));
  CHECK(Says("Le Mali a rompu avec la France, que Bamako accuse d'ingérence.",
             "Mali accuses France"));
  // "that" as a conjunction is no relative.
  CHECK_FALSE(Says("Rwanda said that it accused nobody.", "Rwanda accuses Belgium"));
}

TEST_CASE("recall2: a subject before an incise with its own verb", "[extract]") {
  const char* fr =
      "Le Bélarussien Alexandre Loukachenko, toujours prompt à dénoncer l'Occident, a soutenu "
      "sans réserve la ligne russe.";
  CHECK(Says(fr, "Lukashenko supports Russia"));
  CHECK_FALSE(Says(fr, "West supports Russia"));
}
