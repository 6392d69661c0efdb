// Stance objects named before the verb's subject -- a
// resumptive apposition closed by a relative ("..., une décision que Y a
// saluée", "-- a stance Y has criticized") and the addressee of a message
// ("Dans un message à X, Y a salué ...") -- with their negatives (negation,
// hypothesis, denial, a third actor as the verb's own object, an addressee
// that is no actor).
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("a resumptive apposition's relative takes a stance on the clause's subject",
          "[extract][inverted]") {
  CHECK(
      Says("Le Togo a fermé sa frontière avec le Ghana, une décision que le Bénin a vivement "
           "critiquée.",
           "Benin criticizes Togo"));
  CHECK(
      Says("Serbia refused to recognise the vote — a stance Kosovo has repeatedly condemned as "
           "hostile.",
           "Kosovo criticizes Serbia"));
  CHECK(Says("Chile asked the United Nations for observers, a request Peru quickly endorsed.",
             "Peru supports Chile"));
  // The act of a "when" clause right before the apposition is its author's.
  const auto when = Edges(
      "Le Chili a retiré son ambassadeur lorsque le Pérou a expulsé ses diplomates, une décision "
      "que la Bolivie a saluée.");
  CHECK(when.count("Bolivia supports Peru") == 1);
  CHECK(when.count("Bolivia supports Chile") == 0);
}

TEST_CASE("a resumptive apposition gives nothing when the stance is not held",
          "[extract][inverted]") {
  CHECK_FALSE(HasPredicate(
      Edges("Le Togo a fermé sa frontière, une décision que le Bénin n'a pas critiquée."),
      "criticizes"));
  CHECK_FALSE(HasPredicate(
      Edges("Le Togo a fermé sa frontière, une mesure que le Bénin pourrait dénoncer."),
      "criticizes"));
  CHECK_FALSE(HasPredicate(
      Edges("Serbia refused to recognise the vote — a stance Kosovo has never condemned."),
      "criticizes"));
  CHECK_FALSE(HasPredicate(
      Edges("Serbia refused to recognise the vote, a position Kosovo denies having criticized."),
      "criticizes"));
  // A place in apposition sums up no act.
  CHECK_FALSE(HasPredicate(
      Edges("Serbia closed the crossing in Belgrade, a city Kosovo criticized."), "criticizes"));
}

TEST_CASE("the addressee of a message is the one praised or warned", "[extract][inverted]") {
  CHECK(Says("Dans une lettre au Bénin, le Togo a mis en garde contre toute escalade.",
             "Togo warns Benin"));
  // Ghana's president on that date is a dictionary person.
  CHECK(Edges("In a letter to Ghana's president, Togo praised the \"bold reforms\" of the past "
              "year.",
              "2025-06-01")
            .count("Togo supports Mahama") == 1);
  // Paraguay's president in 1950 is no dictionary person (Duarte Frutos, 2003-2008, is).
  CHECK(Edges("In a phone call with Paraguay's president, Peru warned that further delays would "
              "be costly.",
              "1950-06-01")
            .count("Peru warns Paraguay") == 1);
  CHECK(Says("Togo praised the reforms in a letter to Ghana.", "Togo supports Ghana"));
}

TEST_CASE("an addressed message gives nothing past negation, hypothesis or an object",
          "[extract][inverted]") {
  CHECK_FALSE(HasPredicate(Edges("Dans un message au Bénin, le Togo n'a pas salué les résultats."),
                           "supports"));
  CHECK_FALSE(
      HasPredicate(Edges("In a letter to Ghana, Togo would praise the reforms."), "supports"));
  CHECK_FALSE(HasPredicate(
      Edges("In a message to its supporters in Lome, Togo praised the result."), "supports"));
  // The verb's own object wins over the addressee.
  const auto own = Edges("In a letter to Ghana, Togo praised Benin.");
  CHECK(own.count("Togo supports Benin") == 1);
  CHECK(own.count("Togo supports Ghana") == 0);
  // Condemning something in a message to X is no stance on X.
  CHECK_FALSE(HasPredicate(Edges("Dans un message à Lomé, le Bénin a dénoncé des violences."),
                           "criticizes"));
}
