// A definite military act ("the raids", "l'offensive") judged after it was
// told: criticism or praise of its one recent author; two authors of acts in
// the last three sentences leave it unresolved.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2024-03-01");
const kzgraph::testing::PredicateCheck AnyOf("2024-03-01");
}  // namespace

TEST_CASE("a definite military act judged later", "[extract][acts]") {
  CHECK(
      Says("Les forces russes ont lancé une offensive contre Avdiïvka. "
           "La Pologne a dénoncé l'offensive.",
           "Poland criticizes Russia"));
  CHECK(
      Says("Russian jets bombed Aleppo on Monday. The Russian army said the raids hit "
           "militants. Turkey condemned the raids.",
           "Turkey criticizes Russia"));
  // Praise of the act supports its author.
  CHECK(Says("Russian warplanes struck rebel positions near Idlib. Damascus praised the strikes.",
             "Syria supports Russia"));
  CHECK(
      Says("Des drones turcs ont frappé des positions kurdes près de la frontière syrienne. "
           "L'Azerbaïdjan a salué ces frappes.",
           "Azerbaijan supports Turkey"));
}

TEST_CASE("a military act with two recent authors stays unresolved", "[extract][acts]") {
  CHECK_FALSE(
      AnyOf("Iranian missiles struck a base in the Negev. Israeli jets struck back at "
            "targets near Isfahan. The United Nations condemned the strikes.",
            "criticizes"));
  // Praise by the author's own leader names no target.
  CHECK_FALSE(
      AnyOf("Turkish drones struck Kurdish positions near Kobani. Turkish President "
            "Recep Tayyip Erdogan praised the strikes.",
            "supports"));
  // A negated praise.
  CHECK_FALSE(
      AnyOf("Russian warplanes struck rebel positions near Idlib. "
            "Damascus did not praise the strikes.",
            "supports"));
}
