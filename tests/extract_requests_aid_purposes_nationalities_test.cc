// Requests for help: a purpose that names help after the one appealed to,
// the nationality on the help asked for, at-request phrases with contracted
// articles, and negated request nouns (engine_aid_request_bodies.cc
// BareRequest, engine_frames_clause.cc appeal_noun,
// schema/lexicon/triggers_aid_wording.tsv). Invented sentences.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("an appeal whose purpose names help", "[extract]") {
  CHECK(Edges("Chile appealed to Argentina for warplanes.").count("Chile requests_aid Argentina") >
        0);
  CHECK(Edges("Ghana renewed its appeal to Nigeria for air defence systems.")
            .count("Ghana requests_aid Nigeria") > 0);
  // A purpose that is no help.
  CHECK_FALSE(
      HasPredicate(Edges("Chile appealed to Argentina for restraint."), "requests_aid"));
  // A request to stop fighting asks for no help.
  CHECK_FALSE(HasPredicate(Edges("Chile asked Argentina to stop the fighting."), "requests_aid"));
  CHECK_FALSE(
      HasPredicate(Edges("Le Chili a exhorté l'Argentine à cesser les combats."), "requests_aid"));
}

TEST_CASE("the nationality on the help asked for names who is asked", "[extract]") {
  CHECK(Edges("Chile's request for Argentine troops was granted.")
            .count("Chile requests_aid Argentina") > 0);
  CHECK(Edges("Ghana renewed its request for Nigerian soldiers.")
            .count("Ghana requests_aid Nigeria") > 0);
  CHECK(Edges("Le Chili a renouvelé sa demande de soldats argentins.")
            .count("Chile requests_aid Argentina") > 0);
  // Negated: no request.
  CHECK_FALSE(HasPredicate(Edges("Le Chili n'a pas renouvelé sa demande de soldats argentins."),
                           "requests_aid"));
  // The removal of troops is not help asked for.
  CHECK_FALSE(HasPredicate(Edges("Le Chili a exigé le retrait des soldats argentins."),
                           "requests_aid"));
}

TEST_CASE("at-request phrases with contracted articles", "[extract]") {
  CHECK(Edges("L'Argentine a déployé des soldats sur demande du Chili.")
            .count("Chile requests_aid Argentina") > 0);
  CHECK(Edges("L'Argentine a déployé des soldats à la requête du Chili.")
            .count("Chile requests_aid Argentina") > 0);
}

TEST_CASE("a request noun under a negated verb", "[extract]") {
  CHECK_FALSE(HasPredicate(Edges("Le Chili n'a pas adressé de demande d'aide à l'Argentine."),
                           "requests_aid"));
  CHECK_FALSE(
      HasPredicate(Edges("Chile did not send a request for help to Argentina."), "requests_aid"));
  CHECK(Edges("Le Chili a adressé une demande d'aide à l'Argentine.")
            .count("Chile requests_aid Argentina") > 0);
}

}  // namespace
}  // namespace kzgraph::testing

namespace kzgraph::testing {
namespace {

TEST_CASE("a request negated across an incise, and qualified at-request phrases", "[extract]") {
  CHECK_FALSE(HasPredicate(Edges("Le Chili n'a, en revanche, pas demandé d'aide au Pérou."),
                           "requests_aid"));
  CHECK(Edges("Le Chili a demandé de l'aide au Pérou.").count("Chile requests_aid Peru") > 0);
  CHECK(Edges("Chile deployed troops at the express request of Peru.")
            .count("Peru requests_aid Chile") > 0);
  CHECK(Edges("Le Chili a déployé des soldats à la demande expresse du Pérou.")
            .count("Peru requests_aid Chile") > 0);
}

}  // namespace
}  // namespace kzgraph::testing

namespace kzgraph::testing {
namespace {

TEST_CASE("a request for help in the passive", "[extract]") {
  CHECK(Edges("Ghana was asked by Nigeria to send troops.").count("Nigeria requests_aid Ghana") > 0);
  CHECK(Edges("Ghana, asked by Nigeria for help, has not yet decided.")
            .count("Nigeria requests_aid Ghana") > 0);
  CHECK(Edges("Le Ghana, sollicité par le Nigeria pour envoyer des troupes, n'a pas encore décidé.")
            .count("Nigeria requests_aid Ghana") > 0);
  // Asked for no help, or not asked.
  CHECK_FALSE(HasPredicate(Edges("Ghana was asked by Nigeria to explain its position."),
                           "requests_aid"));
  CHECK_FALSE(
      HasPredicate(Edges("Ghana was asked by Nigeria to stop the fighting."), "requests_aid"));
  CHECK_FALSE(
      HasPredicate(Edges("Ghana was not asked by Nigeria to send troops."), "requests_aid"));
}

}  // namespace
}  // namespace kzgraph::testing
