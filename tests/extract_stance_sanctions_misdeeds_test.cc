// Stance constructions STANCE_INVENTORY.md listed as gaps
// -- calls for sanctions, a misdeed whose author is its clause's subject ("Y
// was behind the attack", "Y must stop its provocations", "X concluded that Y
// had committed crimes") -- and their negatives.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

bool Has(const std::string& text, const std::string& edge) { return Edges(text).count(edge) > 0; }

bool AnyStanceEdge(const std::string& text) {
  const auto e = Edges(text);
  return HasPredicate(e, "criticizes") || HasPredicate(e, "accuses") ||
         HasPredicate(e, "supports") || HasPredicate(e, "warns");
}

}  // namespace

TEST_CASE("calling for sanctions against an actor criticizes it", "[extract][stance]") {
  CHECK(
      Has("Ghana urged sanctions against Togo over the border incident.", "Ghana criticizes Togo"));
  CHECK(Has("The Finnish government called for sanctions against Russia on Monday.",
            "Finland criticizes Russia"));
  CHECK(Has("La Belgique a réclamé des sanctions contre le Rwanda.", "Belgium criticizes Rwanda"));
  CHECK_FALSE(AnyStanceEdge("Chile did not call for sanctions against Peru."));
  CHECK_FALSE(AnyStanceEdge("Le Sénégal n'a pas réclamé de sanctions contre la Guinée."));
}

TEST_CASE("an actor said to be behind a misdeed is accused", "[extract][stance]") {
  CHECK(Has("Ukraine said Russia was behind the attack.", "Ukraine accuses Russia"));
  CHECK(Has("Selon le Mali, l'Algérie est derrière l'attaque.", "Mali accuses Algeria"));
  CHECK_FALSE(AnyStanceEdge("Ukraine said Russia was not behind the attack."));
  CHECK_FALSE(AnyStanceEdge("Selon le Mali, l'Algérie n'est pas derrière l'attaque."));
  CHECK_FALSE(
      AnyStanceEdge("Ukraine said that if Russia was behind the attack, Kyiv would respond."));
}

TEST_CASE("a finding that an actor committed a misdeed accuses it", "[extract][stance]") {
  CHECK(Has("The United Nations concluded that Russia had committed war crimes.",
            "UN accuses Russia"));
  CHECK(
      Has("The United Nations found that Russia committed atrocious crimes.", "UN accuses Russia"));
  CHECK(
      Has("L'ONU a conclu que le Rwanda avait commis des crimes de guerre.", "UN accuses Rwanda"));
  CHECK_FALSE(
      AnyStanceEdge("The United Nations concluded that Russia had not committed war crimes."));
  CHECK_FALSE(AnyStanceEdge("L'ONU a conclu que le Rwanda n'avait pas commis de crimes."));
}

TEST_CASE("demanding that an actor stop its own misdeeds accuses it", "[extract][stance]") {
  CHECK(Has("« Le Rwanda doit cesser ses attaques », a déclaré Félix Tshisekedi.",
            "Tshisekedi accuses Rwanda"));
  CHECK(
      Has("\"Azerbaijan must stop its provocations,\" Armenian Prime Minister Nikol Pashinyan "
          "said.",
          "Pashinyan accuses Azerbaijan"));
  CHECK(Has("Le Congo a déclaré que le Rwanda devait cesser ses attaques.",
            "DR Congo accuses Rwanda"));
  CHECK_FALSE(
      Has("\"Azerbaijan must not stop its provocations,\" Armenian Prime Minister Nikol "
          "Pashinyan said.",
          "Pashinyan accuses Azerbaijan"));
  // Stopping someone else's attack is no misdeed of the one who stops it.
  CHECK_FALSE(Has("\"Kazakh forces must stop the attack,\" Kassym-Jomart Tokayev said.",
                  "Tokayev accuses Kazakhstan"));
}

TEST_CASE("receiving support or aid is no meeting", "[extract][stance]") {
  CHECK_FALSE(HasPredicate(Edges("Le Ghana a reçu le soutien du Togo."), "meets"));
  CHECK_FALSE(HasPredicate(Edges("Chile received strong support from Peru."), "meets"));
  CHECK_FALSE(HasPredicate(Edges("Finland received military aid from Sweden."), "meets"));
  // Receiving a person is still a meeting.
  CHECK(Has("Tokayev received Vladimir Putin in Astana.", "Tokayev meets Putin"));
}

TEST_CASE("refusing to tolerate an actor's acts warns it", "[extract][stance]") {
  CHECK(Has("Poland will not tolerate provocations from Belarus.", "Poland warns Belarus"));
  CHECK(Has("La France ne tolérera pas les provocations de l'Algérie.", "France warns Algeria"));
  CHECK(Has("La Pologne ne tolérera pas les incursions du Bélarus.", "Poland warns Belarus"));
  CHECK_FALSE(AnyStanceEdge("La Pologne a averti qu'elle ne tolérera pas de troubles en Ukraine."));
  CHECK_FALSE(HasPredicate(
      Edges("If Poland will not tolerate provocations from Belarus, talks will fail."), "warns"));
  CHECK_FALSE(AnyStanceEdge("Poland will tolerate the presence of Belarus."));
  CHECK_FALSE(AnyStanceEdge("Le Mali tolère la présence de la France."));
}
