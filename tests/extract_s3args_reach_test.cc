// Argument reach inside a sentence (src/extract/engine_args.cc,
// engine_frames*.cc): subjects separated from their verb by an apposition,
// subjects after their verb in reported speech, objects behind a place or
// time phrase, indirect relatives, coordinated verbs and participles. Each
// construction with its negative: negation, denial, a name in the
// apposition, a third actor.
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

TEST_CASE("s3args: a description between commas leaves the subject to its head", "[extract]") {
  // A nationality adjective inside the apposition is not the subject.
  const char* fr = "La Russie, proche du pouvoir syrien, soutient Damas.";
  CHECK(Says(fr, "Russia supports Syria"));
  CHECK(Says("La Turquie, partenaire historique des dirigeants azerbaïdjanais, soutient Bakou.",
             "Turkey supports Azerbaijan"));
  // A title inside the apposition describes the person before it.
  const char* title =
      "L'opposant Ousmane Sonko, chef du parti Pastef, accuse Macky Sall de corruption.";
  CHECK(Says(title, "Sonko accuses Macky Sall"));
  CHECK_FALSE(Says(title, "Pastef accuses Macky Sall"));
  const char* en = "Hungary, Serbia's closest partner in the bloc, backed Belgrade on Monday.";
  CHECK(Says(en, "Hungary supports Serbia"));
  // "de son côté" is no subject either.
  CHECK(Says("Moscou, de son côté, a accusé Kiev de provocations.", "Russia accuses Ukraine"));
  // A name between commas is the subject, not the title before it.
  const char* named = "Le porte-parole du Kremlin, Dmitri Peskov, a critiqué la Pologne.";
  CHECK(Says(named, "Peskov criticizes Poland"));
  // The verb's negation still holds past the apposition.
  CHECK_FALSE(AnyOf("La Russie, proche du pouvoir syrien, ne soutient pas Damas.", "supports"));
}
