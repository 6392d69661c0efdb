// Stance wordings of news French and English found
// missing by a family-by-family review -- allies in apposition, support
// received, blessings, blame carried "à X" past its deed, raising one's voice
// "face à X" -- with their negatives (negation, hypothesis, a former
// alliance, a subject without apposition, a place or third actor nearby).
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

bool HasType(const std::string& text, const std::string& type) {
  return HasPredicate(Edges(text), type);
}

}  // namespace

TEST_CASE("an ally in apposition supports the actor it is allied to", "[extract][lexicon]") {
  CHECK(Says("Le Ghana, allié du Togo, a salué l'accord.", "Ghana supports Togo"));
  CHECK(Says("Le Hezbollah, allié historique de l'Iran, a tiré des roquettes.",
             "Hezbollah supports Iran"));
  CHECK(Says("Le Ghana, allié de longue date du Togo, a salué l'accord.", "Ghana supports Togo"));
  CHECK(Says("Le président turc Recep Tayyip Erdogan, allié d'Ilham Aliev, a salué la victoire.",
             "Erdogan supports Aliyev"));
  CHECK(Says("Ghana, a close ally of Togo, praised the deal.", "Ghana supports Togo"));
  CHECK(Says("Ghana, Togo's closest ally, praised the deal.", "Ghana supports Togo"));
  CHECK(Says("Talks were held with Ghana, a key Togo ally, on Monday.", "Ghana supports Togo"));
  const auto both = Edges("Ghana and Benin, Togo's closest allies, praised the deal.");
  CHECK(both.count("Ghana supports Togo") == 1);
  CHECK(both.count("Benin supports Togo") == 1);
  // A place before the apposition's head is no ally.
  const auto place = Edges("Au sommet de Cotonou, le Ghana, allié du Togo, a salué l'accord.");
  CHECK(place.count("Ghana supports Togo") == 1);
  CHECK(place.count("Benin supports Togo") == 0);
}

TEST_CASE("former, denied or unattached alliances support no one", "[extract][lexicon]") {
  CHECK_FALSE(HasType("Le Ghana, ancien allié du Togo, a critiqué l'accord.", "supports"));
  CHECK_FALSE(HasType("Ghana, Togo's former ally, criticized the deal.", "supports"));
  CHECK_FALSE(HasType("Ghana is not a reliable ally of Togo.", "supports"));
  // "its allies of X" as an object is no apposition.
  CHECK_FALSE(Says("Le Togo a remercié ses alliés de la Cédéao pour leur patience.",
                   "Togo supports ECOWAS"));
}

TEST_CASE("support received is the giver's support", "[extract][lexicon]") {
  CHECK(Says("Le Togo a reçu le soutien du Ghana.", "Ghana supports Togo"));
  CHECK(Says("Le Togo a obtenu l'appui du Ghana pour sa candidature.", "Ghana supports Togo"));
  CHECK(Says("Togo won the backing of Ghana for its bid.", "Ghana supports Togo"));
  CHECK(Says("Togo received the support of Ghana on Monday.", "Ghana supports Togo"));
  CHECK_FALSE(HasType("Le Togo n'a pas reçu le soutien du Ghana.", "supports"));
  CHECK_FALSE(HasType("Le Togo pourrait recevoir le soutien du Ghana.", "supports"));
  CHECK_FALSE(HasType("Togo did not receive the support of Ghana.", "supports"));
}

TEST_CASE("a blessing given is support", "[extract][lexicon]") {
  CHECK(Says("Ghana gave its blessing to Togo's plan.", "Ghana supports Togo"));
  CHECK(Says("Le Ghana a donné sa bénédiction au Togo.", "Ghana supports Togo"));
  CHECK_FALSE(HasType("Ghana did not give its blessing to Togo's plan.", "supports"));
}

TEST_CASE("blame carried to an actor past the deed it names", "[extract][lexicon]") {
  CHECK(Says("Le Ghana fait porter la responsabilité de l'attaque au Togo.", "Ghana accuses Togo"));
  CHECK(Says("Le Ghana fait porter au Togo la responsabilité de l'attaque.", "Ghana accuses Togo"));
  CHECK(Says("Le Ghana a attribué la responsabilité de l'attaque au Togo.", "Ghana accuses Togo"));
  CHECK(Says("Le Ghana impute la responsabilité des violences au Togo.", "Ghana accuses Togo"));
  CHECK_FALSE(
      HasType("Le Ghana ne fait pas porter la responsabilité de l'attaque au Togo.", "accuses"));
  CHECK_FALSE(HasType("Le Ghana refuse de faire porter au Togo la responsabilité de l'attaque.",
                      "accuses"));
}

TEST_CASE("raising one's voice against an actor criticizes it", "[extract][lexicon]") {
  CHECK(Says("La Pologne a haussé le ton face à la Hongrie.", "Poland criticizes Hungary"));
  CHECK_FALSE(HasType("La Pologne n'a pas haussé le ton face à la Hongrie.", "criticizes"));
}

TEST_CASE("a stance that was ended or stopped short of gives no edge", "[extract][lexicon]") {
  CHECK_FALSE(HasType("Ghana has stopped backing Togo.", "supports"));
  CHECK_FALSE(HasType("Ghana withdrew its support for Togo.", "supports"));
  CHECK_FALSE(HasType("Le Ghana a retiré son soutien au Togo.", "supports"));
  CHECK_FALSE(HasType("Le Ghana a cessé de soutenir le Togo.", "supports"));
  CHECK_FALSE(HasType("Ghana stopped short of blaming Togo.", "accuses"));
  // The one urged to stop is no supporter through its urger.
  CHECK_FALSE(Says("Ghana called on Togo to stop backing Benin.", "Ghana supports Benin"));
  // "sans cesse" is no cessation; a stop in another clause blocks nothing.
  CHECK(Says("Le Ghana critique sans cesse le Togo.", "Ghana criticizes Togo"));
  CHECK(Says("Ghana stopped the talks and condemned Togo.", "Ghana criticizes Togo"));
}

TEST_CASE("a passive stance on an owned act reaches the act's owner", "[extract][lexicon]") {
  CHECK(Says("La décision du Togo a été condamnée par le Ghana.", "Ghana criticizes Togo"));
  CHECK(Says("La décision unilatérale du Togo a été vivement dénoncée par le Ghana.",
             "Ghana criticizes Togo"));
  CHECK(Says("L'offensive togolaise a été condamnée par le Ghana.", "Ghana criticizes Togo"));
  CHECK(Says("L'initiative du Togo a été saluée par le Ghana.", "Ghana supports Togo"));
  CHECK(Says("Togo's proposal was welcomed by Ghana.", "Ghana supports Togo"));
  CHECK_FALSE(HasType("La décision du Togo n'a pas été condamnée par le Ghana.", "criticizes"));
  // A fronted place is no owner.
  CHECK_FALSE(HasType("À Lomé, la décision a été condamnée par le Ghana.", "criticizes"));
}
