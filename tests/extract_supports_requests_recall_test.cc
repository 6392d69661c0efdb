// Recall of supports and requests_aid on wordings
// seen on fresh text: qualified support nouns, praising messages addressed to
// an actor, a dative clitic for the supported actor, an emphatic pronoun after
// the auxiliary, a named force as the help asked for.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a support noun fused with its qualifier reaches the supported actor", "[extract]") {
  CHECK(Edges("Le Sénégal a apporté un soutien sans réserve au Niger.")
            .count("Senegal supports Niger") == 1);
  CHECK(Edges("Japan expressed \"unwavering support\" for the Philippines.")
            .count("Japan supports Philippines") == 1);
  // negation and refusal give no edge
  CHECK_FALSE(HasPredicate(Edges("Le Sénégal n'a pas apporté un soutien sans réserve au Niger."),
                           "supports"));
  CHECK_FALSE(HasPredicate(Edges("Japan refused to express full support for the Philippines."),
                           "supports"));
}

TEST_CASE("a praising message addressed to an actor supports him", "[extract]") {
  CHECK(Edges("Macky Sall a adressé un message à Emmanuel Macron, saluant des « mesures "
              "courageuses ».")
            .count("Macky Sall supports Macron") == 1);
  CHECK(Edges("Narendra Modi sent Emmanuel Macron a message praising the French response.")
            .count("Modi supports Macron") == 1);
  // a message that demands is no praise
  CHECK_FALSE(HasPredicate(
      Edges("Macky Sall a adressé un message à Emmanuel Macron pour exiger des explications."),
      "supports"));
  CHECK_FALSE(HasPredicate(
      Edges("Narendra Modi sent Emmanuel Macron a message demanding explanations."), "supports"));
}

TEST_CASE("a dative clitic before a support noun names the supported actor", "[extract]") {
  CHECK(Edges("Macky Sall s'est entretenu avec Emmanuel Macron et lui a exprimé son plein "
              "soutien.")
            .count("Macky Sall supports Macron") == 1);
  // negated: no edge
  CHECK_FALSE(HasPredicate(Edges("Macky Sall s'est entretenu avec Emmanuel Macron mais ne lui a "
                                 "pas apporté son soutien."),
                           "supports"));
  // the possessive "leur" is no clitic: the holder's own support
  CHECK(Edges("Le Kenya et le Tchad ont réaffirmé leur soutien au Niger.")
            .count("Kenya supports Niger") == 1);
}

TEST_CASE("an emphatic pronoun after the auxiliary is not the subject", "[extract]") {
  const auto edges =
      Edges("Josep Borrell rappelle que le Tchad avait lui-même demandé l'aide de la France.");
  CHECK(edges.count("Chad requests_aid France") == 1);
  CHECK(edges.count("Borrell requests_aid France") == 0);
  CHECK_FALSE(HasPredicate(
      Edges(
          "Josep Borrell rappelle que le Tchad n'avait pas lui-même demandé l'aide de la France."),
      "requests_aid"));
}

TEST_CASE("a named force is help asked for, a bare deployment is not", "[extract]") {
  CHECK(Edges("Kenya formally asked the African Union for a stabilization force.")
            .count("Kenya requests_aid African Union") == 1);
  CHECK_FALSE(HasPredicate(Edges("Kenya urged the African Union to follow the deployment closely."),
                           "requests_aid"));
}

TEST_CASE("a backed-by compound in an apposition qualifies the name before it", "[extract]") {
  CHECK(Edges("Yesterday the Houthis, the main Iran-backed movement in Yemen, fired missiles.")
            .count("Iran supports Houthis") == 1);
  // a compound qualifying no name gives no edge
  CHECK_FALSE(HasPredicate(Edges("Several Iran-backed groups fired missiles."), "supports"));
}

TEST_CASE("one of an actor's allies is an ally", "[extract]") {
  CHECK(Edges("Poland, one of Ukraine's closest allies, announced new deliveries.")
            .count("Poland supports Ukraine") == 1);
  // a former ally is no ally now
  CHECK(Edges("Poland, one of Ukraine's former allies, announced new deliveries.")
            .count("Poland supports Ukraine") == 0);
}

TEST_CASE("a support noun's holder steps over an incise before its verb", "[extract]") {
  const auto edges = Edges(
      "Le Mali et le Burkina Faso, dirigés respectivement par le colonel Assimi Goïta et le "
      "capitaine Ibrahim Traoré, ont affiché une solidarité totale avec le Niger.",
      "2024-01-10");
  CHECK(edges.count("Mali supports Niger") == 1);
  CHECK(edges.count("Burkina Faso supports Niger") == 1);
  CHECK(edges.count("Goita supports Niger") == 0);
}

TEST_CASE("quoted support noun after a dative clitic, coordinated state attributes", "[extract]") {
  CHECK(Edges("Le président Macky Sall a reçu Emmanuel Macron et lui a assuré son « plein "
              "soutien ».")
            .count("Macky Sall supports Macron") == 1);
  CHECK(Edges("Le Japon a réaffirmé son soutien à la souveraineté et à l'intégrité territoriale de "
              "l'Ukraine.")
            .count("Japan supports Ukraine") == 1);
  CHECK(Edges("Japan reaffirmed its support for the sovereignty and territorial integrity of "
              "Ukraine.")
            .count("Japan supports Ukraine") == 1);
}

TEST_CASE("a time phrase with dès between a support verb and its object", "[extract]") {
  CHECK(Edges("Ousmane Sonko a soutenu dès novembre la candidature de Bassirou Diomaye Faye.",
              "2024-03-20")
            .count("Sonko supports Faye") == 1);
  CHECK(Edges("Le Tchad s'était rangé dès vendredi derrière le Niger.")
            .count("Chad supports Niger") == 1);
  CHECK_FALSE(HasPredicate(Edges("Le Tchad ne s'est pas rangé derrière le Niger."), "supports"));
}
