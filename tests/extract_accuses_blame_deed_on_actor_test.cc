// "blame X on Y", "imputer X à Y" (src/extract/engine_frames_clause.cc,
// SvoFrame): the deed blamed is a common noun, even one that names a group
// ("protests"), and the actor after the preposition is the one accused.
// Negatives: negation, no actor after the preposition, a preposition that
// belongs to the verb itself.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
const kzgraph::testing::PredicateCheck AnyOf("2023-06-01");
}  // namespace

TEST_CASE("blame a deed on an actor", "[extract]") {
  // A deed naming a group ("protests", "riots") is not the one blamed.
  const char* en = "Maduro blamed the protests on Colombia and Guyana.";
  CHECK(Says(en, "Maduro accuses Colombia"));
  CHECK(Says(en, "Maduro accuses Guyana"));
  CHECK_FALSE(Says(en, "Maduro accuses protesters"));
  CHECK(Says("Maduro blames riots on Colombia", "Maduro accuses Colombia"));
  const char* fr = "Le président vénézuélien a imputé les manifestations à la Colombie.";
  CHECK(Says(fr, "Maduro accuses Colombia"));
  CHECK_FALSE(Says(fr, "Maduro accuses protesters"));
  // Negated, or nobody named after the preposition: no accusation of a state.
  CHECK_FALSE(AnyOf("Maduro did not blame the protests on Colombia.", "accuses"));
  CHECK_FALSE(Says("Maduro blamed the protests on foreign agents.", "Maduro accuses Colombia"));
  // "s'en prendre aux manifestants à Caracas": the preposition is the verb's own.
  CHECK_FALSE(Says("Le président vénézuélien s'en est pris aux manifestants à Caracas.",
                   "Maduro accuses Venezuela"));
}
