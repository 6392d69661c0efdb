// Requests for a force named by its make-up or task ("an international
// military force", "a peacekeeping force", "des casques bleus"): the aid
// nouns of triggers_aid_wording.tsv. Bare "force" and "soldiers" stay out.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
const kzgraph::testing::PredicateCheck AnyOf("2023-06-01");
}  // namespace

TEST_CASE("a request for a force named by its make-up or task", "[extract][requests_aid]") {
  CHECK(Says("Somalia asked the African Union for a peacekeeping force.",
             "Somalia requests_aid African Union"));
  CHECK(Says("Haiti requested an international military force from the United Nations.",
             "Haiti requests_aid UN"));
  CHECK(Says("Le Niger a demandé une force de maintien de la paix à la Cedeao.",
             "Niger requests_aid ECOWAS"));
  CHECK(Says("Le Liban a sollicité des casques bleus auprès de l'ONU.", "Lebanon requests_aid UN"));
  // Soldiers addressed, force to be given up, or a negated request: no edge.
  CHECK_FALSE(AnyOf("The rebels called on the soldiers to lay down their arms.", "requests_aid"));
  CHECK_FALSE(AnyOf("Les rebelles ont appelé les soldats maliens à se rendre.", "requests_aid"));
  CHECK_FALSE(AnyOf("The UN asked Russia to stop the use of force.", "requests_aid"));
  CHECK_FALSE(AnyOf("Somalia did not ask the African Union for a peacekeeping force.",
                    "requests_aid"));
}
