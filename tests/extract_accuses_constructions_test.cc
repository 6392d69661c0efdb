// Accusation constructions whose arguments the
// generic frames missed: terror lists, a conjunct set off by commas after
// an object naming no actor, an absolute "with X accusing Y" clause, an
// English misdeed's author before the noun, open-ended lists. Sentences
// invented for the tests, about various actors and conflicts.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {
// A neutral first sentence: the first line of a text may be read as a title.
std::string Text(const std::string& sentence) { return "Regional news.\n\nIt rained. " + sentence; }
}  // namespace

TEST_CASE("the keeper of a terror list accuses whom it lists", "[extract]") {
  auto fr =
      Edges(Text("Le groupe Boko Haram figure toujours sur la liste des organisations "
                 "terroristes du Canada."));
  CHECK(fr.count("Canada accuses Boko Haram"));
  auto many = Edges(Text(
      "Al-Shabaab reste inscrit sur les listes terroristes de l'ONU, de la France et du Japon."));
  CHECK(many.count("UN accuses al-Shabaab"));
  CHECK(many.count("France accuses al-Shabaab"));
  CHECK(many.count("Japan accuses al-Shabaab"));
  CHECK(Edges(Text("Hamas was added to the US terrorist list in 1997."))
            .count("United States accuses Hamas"));
  CHECK(Edges(Text("Washington a inscrit le Hezbollah sur sa liste des organisations terroristes."))
            .count("United States accuses Hezbollah"));
  // removed from the list, no longer on it, or only supposed: no charge
  CHECK_FALSE(Edges(Text("Le Hamas a été retiré de la liste des organisations terroristes du "
                         "Canada."))
                  .count("Canada accuses Hamas"));
  CHECK_FALSE(Edges(Text("Le Hamas n'est plus inscrit sur la liste terroriste du Canada."))
                  .count("Canada accuses Hamas"));
  CHECK_FALSE(Edges(Text("Hamas was not put on the US terrorist list."))
                  .count("United States accuses Hamas"));
}

TEST_CASE("an accused conjunct set off by commas after a plain object", "[extract]") {
  CHECK(Edges(Text("Le Mali accuse ses voisins, et plus largement la France, de soutenir les "
                   "rebelles."))
            .count("Mali accuses France"));
  CHECK(Edges(Text("Serbia accused the neighbouring states, and Croatia in particular, of arming "
                   "Kosovo."))
            .count("Serbia accuses Croatia"));
  // negated: no charge; a conjunct not set off by commas is another clause
  CHECK_FALSE(Edges(Text("Le Kenya n'accuse pas ses voisins, et plus largement l'Ouganda, de "
                         "soutenir les rebelles."))
                  .count("Kenya accuses Uganda"));
  CHECK_FALSE(Edges(Text("Serbia accused the neighbouring states, and Croatia said nothing."))
                  .count("Serbia accuses Croatia"));
}

TEST_CASE("the actor of an absolute 'with X accusing Y' clause", "[extract]") {
  auto e =
      Edges(Text("Washington has hardened its tone, with the State Department accusing Iran "
                 "of arming the rebels."));
  CHECK(e.count("US State Department accuses Iran"));
  CHECK_FALSE(e.count("United States accuses Iran"));
}

TEST_CASE("an English misdeed's author named before the noun", "[extract]") {
  CHECK(Edges(Text("Kenya denounced what it called Ethiopian aggression."))
            .count("Kenya accuses Ethiopia"));
  CHECK(Edges(Text("Kenya denounced Russia's aggression against Ukraine."))
            .count("Kenya accuses Russia"));
  // a feared or hypothetical misdeed, and a French adjective, name no author
  CHECK_FALSE(Edges(Text("Finland said its army was prepared for a Russian attack."))
                  .count("Finland accuses Russia"));
  CHECK_FALSE(Edges(Text("Le Kenya a dénoncé le président américain attaque."))
                  .count("Kenya accuses United States"));
}

TEST_CASE("a list ending open keeps its comma conjuncts", "[extract]") {
  auto e =
      Edges(Text("Hamas is designated as a terrorist organization by the United States, the "
                 "European Union, Canada and others."));
  CHECK(e.count("United States accuses Hamas"));
  CHECK(e.count("EU accuses Hamas"));
  CHECK(e.count("Canada accuses Hamas"));
  auto fr =
      Edges(Text("Le Mali accuse la France, le Niger et d'autres pays de soutenir les "
                 "rebelles."));
  CHECK(fr.count("Mali accuses France"));
  CHECK(fr.count("Mali accuses Niger"));
}

TEST_CASE("grave abuses found or denounced name their author", "[extract]") {
  CHECK(
      Edges(Text("The UN found that Myanmar had committed genocide.")).count("UN accuses Myanmar"));
  CHECK(Edges(Text("Amnesty International found that Ethiopian troops had committed atrocities."))
            .count("Amnesty International accuses Ethiopia"));
  CHECK(Edges(Text("Le Mali a dénoncé les exactions commises par le Niger."))
            .count("Mali accuses Niger"));
  // not found, or only feared: no charge
  CHECK_FALSE(Edges(Text("The UN found no evidence that Myanmar had committed genocide."))
                  .count("UN accuses Myanmar"));
  CHECK_FALSE(Edges(Text("Amnesty International feared that Ethiopian troops could commit "
                         "atrocities if Kenya did not act."))
                  .count("Amnesty International accuses Ethiopia"));
}

TEST_CASE("what follows a genocide names its victims, not its author",
          "[extract]") {
  // The victims after "de"/"of", or as an adjective after the French noun.
  CHECK_FALSE(Edges(Text("Le Rwanda a dénoncé le rôle de la France dans le génocide des Tutsi."))
                  .count("Rwanda accuses Tutsi"));
  CHECK_FALSE(Edges(Text("Rwanda said that France had a role in the genocide of the Tutsi."))
                  .count("Rwanda accuses Tutsi"));
  CHECK_FALSE(Edges(Text("La France a commémoré le génocide arménien."))
                  .count("France accuses Armenia"));
  // An author after "par"/"by" still counts.
  CHECK(Edges(Text("Le Tchad a dénoncé le génocide commis par le Soudan."))
            .count("Chad accuses Sudan"));
}

TEST_CASE("a speaker who describes a misdeed accuses its author", "[extract]") {
  CHECK(Edges(Text("Le Niger a décrit l'incident comme une provocation du Bénin."))
            .count("Niger accuses Benin"));
  // the speaker's own verb negated, or a misdeed denied: no charge
  CHECK_FALSE(Edges(Text("Le Niger n'a jamais décrit l'incident comme une provocation du Bénin."))
                  .count("Niger accuses Benin"));
  CHECK_FALSE(
      Edges(Text("Kenya did not denounce Ugandan aggression.")).count("Kenya accuses Uganda"));
}
