// Session 6 (s6lex): stance wordings of news French and English found
// missing by a family-by-family review -- allies in apposition, support
// received, blessings, blame carried "à X" past its deed, raising one's voice
// "face à X" -- with their negatives (negation, hypothesis, a former
// alliance, a subject without apposition, a place or third actor nearby).
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

bool Says(const std::string& text, const std::string& edge) { return Edges(text).count(edge) > 0; }

bool HasType(const std::string& text, const std::string& type) {
  return HasPredicate(Edges(text), type);
}

}  // namespace

TEST_CASE("s6lex: support received is the giver's support", "[extract][s6lex]") {
  CHECK(Says("Le Togo a reçu le soutien du Ghana.", "Ghana supports Togo"));
  CHECK(Says("Le Togo a obtenu l'appui du Ghana pour sa candidature.", "Ghana supports Togo"));
  CHECK(Says("Togo won the backing of Ghana for its bid.", "Ghana supports Togo"));
  CHECK(Says("Togo received the support of Ghana on Monday.", "Ghana supports Togo"));
  CHECK_FALSE(HasType("Le Togo n'a pas reçu le soutien du Ghana.", "supports"));
  CHECK_FALSE(HasType("Le Togo pourrait recevoir le soutien du Ghana.", "supports"));
  CHECK_FALSE(HasType("Togo did not receive the support of Ghana.", "supports"));
}

TEST_CASE("s6lex: a blessing given is support", "[extract][s6lex]") {
  CHECK(Says("Ghana gave its blessing to Togo's plan.", "Ghana supports Togo"));
  CHECK(Says("Le Ghana a donné sa bénédiction au Togo.", "Ghana supports Togo"));
  CHECK_FALSE(HasType("Ghana did not give its blessing to Togo's plan.", "supports"));
}

TEST_CASE("s6lex: blame carried to an actor past the deed it names", "[extract][s6lex]") {
  CHECK(Says("Le Ghana fait porter la responsabilité de l'attaque au Togo.",
             "Ghana accuses Togo"));
  CHECK(Says("Le Ghana fait porter au Togo la responsabilité de l'attaque.",
             "Ghana accuses Togo"));
  CHECK(Says("Le Ghana a attribué la responsabilité de l'attaque au Togo.",
             "Ghana accuses Togo"));
  CHECK(Says("Le Ghana impute la responsabilité des violences au Togo.", "Ghana accuses Togo"));
  CHECK_FALSE(
      HasType("Le Ghana ne fait pas porter la responsabilité de l'attaque au Togo.", "accuses"));
  CHECK_FALSE(HasType("Le Ghana refuse de faire porter au Togo la responsabilité de l'attaque.",
                      "accuses"));
}

TEST_CASE("s6lex: raising one's voice against an actor criticizes it", "[extract][s6lex]") {
  CHECK(Says("La Pologne a haussé le ton face à la Hongrie.", "Poland criticizes Hungary"));
  CHECK_FALSE(HasType("La Pologne n'a pas haussé le ton face à la Hongrie.", "criticizes"));
}
