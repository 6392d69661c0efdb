// Calling on an actor to stop, cease, halt or withdraw
// criticizes the actor ("called on X to withdraw its troops", "a appelé X à
// cesser ses frappes"). Negatives: negation, hypothesis, an appeal for help,
// an appeal to the population (no actor), a denial.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("a call to stop or withdraw criticizes its addressee (English)", "[extract][stance]") {
  const std::string text =
      "Kenya, Uganda and Tanzania called on Ethiopia to withdraw its forces from the border.";
  CHECK(Says(text, "Kenya criticizes Ethiopia"));
  CHECK(Says(text, "Tanzania criticizes Ethiopia"));
  CHECK(Says("Chile urged Peru to halt the strikes near the coast.", "Chile criticizes Peru"));
  CHECK(Says("On Tuesday Ghana called upon Togo to cease the shelling.", "Ghana criticizes Togo"));
}

TEST_CASE("a call to stop or withdraw criticizes its addressee (French)", "[extract][stance]") {
  CHECK(Says("Le Sénégal a appelé le Tchad à cesser ses frappes contre le Soudan.",
             "Senegal criticizes Chad"));
  CHECK(Says("La Pologne appelle la Biélorussie à retirer ses troupes de la frontière.",
             "Poland criticizes Belarus"));
  CHECK(Says("Le Ghana a exhorté le Togo à cesser les bombardements.", "Ghana criticizes Togo"));
}

TEST_CASE("calls that criticize no one", "[extract][stance]") {
  // Negation and hypothesis.
  CHECK_FALSE(Says("Chile did not call on Peru to withdraw its troops.", "Chile criticizes Peru"));
  CHECK_FALSE(Says("Le Ghana n'a pas appelé le Togo à cesser les tirs.", "Ghana criticizes Togo"));
  CHECK_FALSE(Says("Le Ghana appellerait le Togo à retirer ses soldats.", "Ghana criticizes Togo"));
  // An appeal for help is a request, not a criticism.
  const std::string help = "Peru called on Bolivia to send help.";
  CHECK_FALSE(HasPredicate(Edges(help), "criticizes"));
  // The population is no actor; no other edge is invented.
  CHECK_FALSE(
      HasPredicate(Edges("Le Bénin a appelé la population à cesser les violences."), "criticizes"));
  // Asking a third party to stop another's act; an arrest is no cease.
  CHECK_FALSE(Says("Chile called on Brazil to stop the aggression against its ally.",
                   "Chile criticizes Brazil"));
  CHECK_FALSE(Says("Le Ghana a appelé le Togo à arrêter les passeurs.", "Ghana criticizes Togo"));
  // A denial.
  CHECK_FALSE(
      Says("Ghana denied calling on Togo to withdraw its troops.", "Ghana criticizes Togo"));
}
