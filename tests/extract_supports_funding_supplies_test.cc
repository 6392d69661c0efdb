// Funding and supplies as support (schema/lexicon/triggers_supports_funding_supplies.tsv),
// help cut or asked for as no support (engine_frames_clause.cc support_noun).
// Invented sentences on actors of their own, with negative cases.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("aid given in money or arms backs the receiver", "[extract]") {
  CHECK(Edges("Chile pledged $500 million in military aid to Peru.").count("Chile supports Peru") >
        0);
  CHECK(Edges("Le Chili a débloqué une aide financière de 500 millions de dollars pour le Pérou.")
            .count("Chile supports Peru") > 0);
  CHECK(Edges("Chile supplied Peru with weapons.").count("Chile supports Peru") > 0);
  CHECK(Edges("Chile provided Peru with military aid.").count("Chile supports Peru") > 0);
  CHECK(Edges("Le Chili a doté le Pérou de drones.").count("Chile supports Peru") > 0);
}

TEST_CASE("aid cut, refused, asked for or charged gives no support", "[extract]") {
  CHECK_FALSE(HasPredicate(Edges("Chile cut its military aid to Peru."), "supports"));
  CHECK_FALSE(HasPredicate(Edges("Le Chili a gelé son aide financière au Pérou."), "supports"));
  CHECK_FALSE(HasPredicate(Edges("Chile has not provided Peru with weapons."), "supports"));
  // Help asked for: a request, not the asker's support of the one asked.
  auto e = Edges("Le Pérou a demandé une aide financière au Chili.");
  CHECK(e.count("Peru requests_aid Chile") > 0);
  CHECK_FALSE(HasPredicate(e, "supports"));
  // Supplying named in a charge is the accused's act, not the speaker's.
  e = Edges("Ghana accused Togo of supplying the rebels with weapons.");
  CHECK(e.count("Ghana accuses Togo") > 0);
  CHECK_FALSE(HasPredicate(e, "supports"));
}

}  // namespace
}  // namespace kzgraph::testing

namespace kzgraph::testing {
namespace {

TEST_CASE("authorizing a mission or an actor backs it", "[extract]") {
  CHECK(Edges("The African Union authorised MINUSMA to use force.")
            .count("African Union supports MINUSMA") > 0);
  CHECK(Edges("L'Union africaine a autorisé la Minusma à utiliser la force.")
            .count("African Union supports MINUSMA") > 0);
  CHECK(Edges("Chile authorized Peru to use its airspace.").count("Chile supports Peru") > 0);
  // What is authorized is no actor; not authorized.
  CHECK_FALSE(HasPredicate(Edges("Chile authorized strikes on Peru."), "supports"));
  CHECK_FALSE(HasPredicate(Edges("The African Union did not authorize MINUSMA to use force."),
                           "supports"));
}

}  // namespace
}  // namespace kzgraph::testing
