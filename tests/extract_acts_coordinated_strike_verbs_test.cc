// A verb of attack coordinated after an object ("stormed the Saudi embassy
// and attacked the consulate") has no subject of its own before it: the
// nationality adjectives there are the object's, never the act's author.
// The subject's own adjectives ("American and British warplanes struck")
// still are.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("a coordinated attack verb keeps the first subject as author", "[extract][stance]") {
  const std::string en =
      "Protesters stormed the Saudi embassy in Tehran, setting it on fire, and attacked the "
      "consulate.\n\nIran condemned the attack.";
  CHECK(Says(en, "Iran criticizes protesters"));
  CHECK_FALSE(Says(en, "Iran criticizes Saudi Arabia"));
  const std::string fr =
      "Des manifestants ont envahi l'ambassade française à Niamey et ont attaqué le consulat.\n\n"
      "Le Niger a condamné l'attaque.";
  CHECK_FALSE(Says(fr, "Niger criticizes France"));
}

TEST_CASE("the adjectives of a subject still name the attack's author", "[extract][stance]") {
  CHECK(Says("American and British warplanes struck targets in Yemen.\n\n"
             "Iran condemned the strikes.",
             "Iran criticizes United States"));
}
