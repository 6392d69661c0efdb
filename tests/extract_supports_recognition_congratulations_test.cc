// Support worded as congratulations sent, an alliance entered into, the
// recognition of a state's independence or sovereignty, vindication ("donner
// raison à"), an endorsement given, taking a side; security missions as help
// asked (schema/lexicon/triggers_supports_congratulations_alliance.tsv and
// triggers_supports_recognition_vindication.tsv). Invented sentences, with
// negative cases.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("congratulations sent and alliances entered into", "[extract]") {
  CHECK(Edges("Chile sent its congratulations to Peru on Monday.").count("Chile supports Peru") >
        0);
  CHECK(Edges("Ghana extended its congratulations to Togo.").count("Ghana supports Togo") > 0);
  CHECK(Edges("Kenya allied itself with Ethiopia.").count("Kenya supports Ethiopia") > 0);
  CHECK(Edges("Le Kenya s'est allié à l'Éthiopie.").count("Kenya supports Ethiopia") > 0);
  CHECK_FALSE(HasPredicate(Edges("Chile did not send its congratulations to Peru."), "supports"));
}

TEST_CASE("recognition of independence or sovereignty", "[extract]") {
  CHECK(Edges("Chile recognized the independence of Peru.").count("Chile supports Peru") > 0);
  CHECK(Edges("Le Ghana a reconnu la souveraineté du Togo sur l'île.")
            .count("Ghana supports Togo") > 0);
  CHECK(Edges("Le Kenya a reconnu l'indépendance de l'Éthiopie.").count("Kenya supports Ethiopia") >
        0);
  CHECK_FALSE(HasPredicate(Edges("Le Kenya n'a pas reconnu l'indépendance de l'Éthiopie."),
                           "supports"));
}

TEST_CASE("vindication, endorsement given, taking a side", "[extract]") {
  CHECK(Edges("Le Chili a donné raison au Pérou sur ce dossier.").count("Chile supports Peru") >
        0);
  CHECK(Edges("Ghana gave its blessing to Togo's plan.").count("Ghana supports Togo") > 0);
  CHECK(Edges("Kenya took the side of Ethiopia in the dispute.").count("Kenya supports Ethiopia") >
        0);
  CHECK(Edges("La Norvège a entériné le plan de la Suède.").count("Norway supports Sweden") > 0);
  CHECK_FALSE(HasPredicate(Edges("Le Chili n'a pas donné raison au Pérou."), "supports"));
}

TEST_CASE("a security mission is help asked for", "[extract]") {
  CHECK(Edges("Chile asked Peru to lead a security mission.").count("Chile requests_aid Peru") >
        0);
  CHECK(Edges("Le Ghana a demandé au Togo de diriger une mission de sécurité.")
            .count("Ghana requests_aid Togo") > 0);
  CHECK(Edges("Le Kenya a demandé le concours de l'Éthiopie.")
            .count("Kenya requests_aid Ethiopia") > 0);
  CHECK_FALSE(HasPredicate(Edges("Chile did not ask Peru to lead a security mission."),
                           "requests_aid"));
}

}  // namespace
}  // namespace kzgraph::testing
