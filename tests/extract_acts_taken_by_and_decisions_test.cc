// Stances on an act told earlier: "les mesures prises par X" names the act's
// author for a later "ces mesures"; a definite "the decision" refers back
// only when one author of an act was named in the last three sentences.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2024-03-01");
const kzgraph::testing::PredicateCheck AnyOf("2024-03-01");
}  // namespace

TEST_CASE("an act taken by an actor, judged in the next sentence", "[extract][acts]") {
  CHECK(
      Says("Les mesures prises par la Cédéao contre Bamako sont entrées en vigueur lundi. "
           "Le Mali a condamné ces mesures.",
           "Mali criticizes ECOWAS"));
  CHECK(
      Says("The steps taken by Azerbaijan in the Lachin corridor worried observers. "
           "Armenia sharply criticized the measures.",
           "Armenia criticizes Azerbaijan"));
  CHECK(
      Says("The sanctions imposed by Washington took effect on Monday. "
           "Venezuela condemned the measures.",
           "Venezuela criticizes United States"));
  // Same sentence, support too.
  CHECK(Says("La Hongrie a salué les mesures prises par la Pologne contre les passeurs.",
             "Hungary supports Poland"));
}

TEST_CASE("a definite act of decision refers to its one recent author", "[extract][acts]") {
  CHECK(Says("The European Union imposed new sanctions on Minsk. Belarus condemned the sanctions.",
             "Belarus criticizes EU"));
  CHECK(
      Says("Le Burkina Faso a suspendu la diffusion de RFI. "
           "Le gouvernement français a déploré la décision.",
           "France criticizes Burkina Faso"));
  CHECK(Says("Poland closed its border with Belarus on Monday. Lithuania welcomed the decision.",
             "Lithuania supports Poland"));
}

TEST_CASE("no target for a definite act without one recent author", "[extract][acts]") {
  // No act told before.
  CHECK_FALSE(AnyOf("Armenia criticized the decision on Tuesday.", "criticizes"));
  // Two authors of acts: which one is meant is unknown.
  CHECK_FALSE(
      AnyOf("Les États-Unis ont imposé des sanctions à Moscou. L'Union européenne a "
            "annoncé des mesures contre Minsk. La Russie a dénoncé la décision.",
            "criticizes"));
  CHECK_FALSE(
      AnyOf("The steps taken by Azerbaijan and the decisions announced by Russia "
            "worried Yerevan. Armenia criticized the measures.",
            "criticizes"));
  // The act was told too long ago.
  CHECK_FALSE(
      AnyOf("The European Union imposed new sanctions on Minsk. The weather was cold in "
            "the capital. Ministers met in Vilnius. Traffic was slow on Friday. "
            "Belarus condemned the sanctions.",
            "criticizes"));
  // A negated judgement; the critic's own country.
  CHECK_FALSE(
      AnyOf("Le Mali a expulsé l'ambassadeur de France lundi. "
            "Paris n'a pas condamné cette décision.",
            "criticizes"));
  CHECK_FALSE(
      Says("Poland closed its border with Belarus on Monday. The Polish foreign "
           "minister Radoslaw Sikorski welcomed the decision.",
           "Sikorski supports Poland"));
}
