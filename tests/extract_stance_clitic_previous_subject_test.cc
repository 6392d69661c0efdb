// An object pronoun with no antecedent in its own
// sentence stands for the subject opening the sentence before ("X a quitté
// le pays. Minsk l'accuse de ...", "X flew to Moscow. Kyiv criticized him").
// Negatives: negation, hypothesis, a subject that is no actor, a pronoun of
// the other gender or kind, a person named after the subject, a headline.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

std::set<std::string> Of(const std::string& text) { return Edges(text, "2021-03-01"); }

}  // namespace

TEST_CASE("a French object pronoun takes the previous subject", "[extract][stance]") {
  CHECK(Of("Svetlana Tikhanovskaïa a quitté le pays dimanche. Minsk l'accuse de préparer un "
           "coup d'État.")
            .count("Belarus accuses Tsikhanouskaya") == 1);
  // A dative pronoun with a verb that takes "à".
  CHECK(Of("Alexandre Loukachenko a durci le ton lundi. Vilnius lui reproche la répression des "
           "manifestants.")
            .count("Lithuania accuses Lukashenko") == 1);
  // A plural pronoun: the nationality of a troop noun opening the sentence.
  CHECK(Of("Une vingtaine de soldats rwandais ont été capturés près de Goma. Kinshasa les accuse "
           "d'avoir franchi la frontière.")
            .count("DR Congo accuses Rwanda") == 1);
}

TEST_CASE("an English object pronoun takes the previous subject", "[extract][stance]") {
  CHECK(Of("Viktor Orban flew to Moscow on Friday. Kyiv criticized him for the trip.")
            .count("Ukraine criticizes Orban") == 1);
  // A country named after the subject is no antecedent of a person pronoun.
  CHECK(Of("Viktor Orban flew to Russia on Friday. Kyiv criticized him.")
            .count("Ukraine criticizes Russia") == 0);
}

TEST_CASE("no antecedent before an object pronoun", "[extract][stance]") {
  // Negated, hypothetical.
  CHECK(!HasPredicate(Of("Svetlana Tikhanovskaïa a quitté le pays dimanche. Minsk ne l'accuse "
                         "pas de trahison."),
                      "accuses"));
  CHECK(!HasPredicate(Of("Viktor Orban flew to Moscow on Friday. Kyiv could criticize him."),
                      "criticizes"));
  // The sentence before opens with no actor.
  CHECK(!HasPredicate(Of("Le rapport a été publié lundi à Genève. Minsk l'accuse de partialité."),
                      "accuses"));
  // "it" is no person; "les" needs a plural antecedent.
  CHECK(!HasPredicate(Of("Viktor Orban flew to Moscow on Friday. Kyiv criticized it."),
                      "criticizes"));
  CHECK(!HasPredicate(Of("Alexandre Loukachenko a durci le ton lundi. Vilnius les accuse de "
                         "répression."),
                      "accuses"));
  // Two men in the sentence before: which one is not said.
  CHECK(!HasPredicate(Of("Viktor Orban met Vladimir Putin in Moscow on Friday. Kyiv criticized "
                         "him."),
                      "criticizes"));
  // "her government": a possessive, no pronoun object.
  CHECK(Of("Maia Sandu spoke in Chisinau on Monday. Moscow criticized her government.")
            .count("Russia criticizes Sandu") == 0);
  // An article inside the verb group is no pronoun ("avait donné l'alerte").
  CHECK(
      !HasPredicate(Of("Volodymyr Zelensky a parlé lundi. Séoul avait donné l'alerte."), "warns"));
}
