// Accusations read from their denial ("X rejected Y's accusations": Y
// accuses X) and labels given in "what X calls terrorists". Sentences
// invented for the tests, about various actors and conflicts.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {
// A neutral first sentence: the first line of a text may be read as a title.
std::string Text(const std::string& sentence) { return "Regional news.\n\nIt rained. " + sentence; }
}  // namespace

TEST_CASE("a denied accusation accuses the one who denies it", "[extract]") {
  CHECK(Edges(Text("Azerbaijan denied Armenia's accusations of shelling border villages."))
            .count("Armenia accuses Azerbaijan"));
  CHECK(Edges(Text("Israel rejected accusations by Iran of sabotage at the plant."))
            .count("Iran accuses Israel"));
  CHECK(Edges(Text("Moscow dismissed Ukrainian allegations of war crimes."))
            .count("Ukraine accuses Russia"));
  CHECK(Edges(Text("Kigali dément les accusations de Kinshasa.")).count("DR Congo accuses Rwanda"));
  CHECK(Edges(Text("Le Rwanda a toujours nié les accusations de la RDC."))
            .count("DR Congo accuses Rwanda"));
  CHECK(
      Edges(Text("Moscou rejette les accusations ukrainiennes.")).count("Ukraine accuses Russia"));
  // no holder named, a target of its own, or a content naming another target
  CHECK_FALSE(Edges(Text("Rwanda denied the accusations.")).count("DR Congo accuses Rwanda"));
  auto against = Edges(Text("The United States rejected Russia's accusations against Ukraine."));
  CHECK_FALSE(against.count("Russia accuses United States"));
  auto content =
      Edges(Text("Washington a démenti les accusations de Moscou selon lesquelles "
                 "Kiev préparait une attaque."));
  CHECK_FALSE(content.count("Russia accuses United States"));
  // no accusation noun: a denial of one's own act accuses no one
  CHECK_FALSE(
      Edges(Text("Russia denied sending troops to Ukraine.")).count("Russia accuses Ukraine"));
  CHECK_FALSE(
      Edges(Text("Russia denied sending troops to Ukraine.")).count("Ukraine accuses Russia"));
}

TEST_CASE("the actor of 'what X calls terrorists' labels the terrorists", "[extract]") {
  CHECK(Edges(Text("Chad asked France for help against what N'Djamena calls terrorist groups."))
            .count("Chad accuses terrorists"));
  CHECK(Edges(Text("Le Niger a demandé l'aide du Tchad face à ce que Niamey appelle des "
                   "terroristes."))
            .count("Niger accuses terrorists"));
  CHECK(Edges(Text("Erdogan asked NATO for support against what he called terrorist bands."))
            .count("Erdogan accuses terrorists"));
  // a so-called label quoted by the writer, or no "what X calls"
  CHECK_FALSE(Edges(Text("Chad asked France for help against so-called terrorist groups."))
                  .count("Chad accuses terrorists"));
  CHECK_FALSE(Edges(Text("Chad asked France for help against terrorist groups, Mali said."))
                  .count("Chad accuses terrorists"));
}

TEST_CASE("'regard X as' labels X", "[extract]") {
  CHECK(Edges(Text("Ankara regards the PKK as a terrorist organisation."))
            .count("Turkey accuses PKK"));
  CHECK_FALSE(
      Edges(Text("Ankara regards the PKK as a negotiating partner.")).count("Turkey accuses PKK"));
}

TEST_CASE("judged responsible accuses", "[extract]") {
  CHECK(
      Edges(Text("Kiev a jugé Moscou responsable de l'attaque.")).count("Ukraine accuses Russia"));
  CHECK(Edges(Text("La RDC estime le Rwanda responsable des massacres."))
            .count("DR Congo accuses Rwanda"));
  CHECK(
      Edges(Text("Kyiv deemed Moscow responsible for the blast.")).count("Ukraine accuses Russia"));
  // negated, or no judgement of responsibility
  CHECK_FALSE(Edges(Text("Kiev ne juge pas Moscou responsable de l'attaque."))
                  .count("Ukraine accuses Russia"));
  CHECK_FALSE(Edges(Text("Ukraine considers Russia a neighbour.")).count("Ukraine accuses Russia"));
}

TEST_CASE("a condemnation labelled a misdeed accuses the act's author", "[extract]") {
  CHECK(Edges(Text("Russia condemned the Israeli strikes as an act of aggression."))
            .count("Russia accuses Israel"));
  CHECK(Edges(Text("China denounced the US sanctions as unprovoked aggression."))
            .count("China accuses United States"));
  CHECK(Edges(Text("La Russie a dénoncé les frappes américaines comme une agression."))
            .count("Russia accuses United States"));
  // a mere pejorative is criticism, not an accusation
  CHECK_FALSE(Edges(Text("Russia condemned the Israeli strikes as unacceptable."))
                  .count("Russia accuses Israel"));
  CHECK_FALSE(Edges(Text("La Russie a dénoncé les frappes américaines comme irresponsables."))
                  .count("Russia accuses United States"));
}

TEST_CASE("a state and a group are conjuncts of one accusation", "[extract]") {
  auto e = Edges(Text("Moscow blamed Kyiv and the West for the attack."));
  CHECK(e.count("Russia accuses Ukraine"));
  CHECK(e.count("Russia accuses West"));
  auto fr = Edges(Text("Le Kremlin accuse Kiev et l'Occident de provocations."));
  CHECK(fr.count("Russia accuses Ukraine"));
  CHECK(fr.count("Russia accuses West"));
}

TEST_CASE("a charge label in words attributed by 'selon' or 'according to'", "[extract]") {
  CHECK(Edges(Text("Selon Tokaïev, les émeutiers sont des terroristes."))
            .count("Tokayev accuses protesters"));
  CHECK(Edges(Text("According to Abiy, the TPLF is a terrorist organisation."))
            .count("Abiy Ahmed accuses TPLF"));
  CHECK(Edges(Text("Tokaïev, selon qui les émeutiers sont des terroristes, a remercié Poutine."))
            .count("Tokayev accuses protesters"));
  // negated copula: neither the actor nor the terrorists are labelled
  auto neg = Edges(Text("Selon Tokaïev, les émeutiers ne sont pas des terroristes."));
  CHECK_FALSE(neg.count("Tokayev accuses protesters"));
  CHECK_FALSE(neg.count("Tokayev accuses terrorists"));
  CHECK_FALSE(Edges(Text("Tokayev said the protesters were not terrorists."))
                  .count("Tokayev accuses terrorists"));
}

TEST_CASE("a misdeed verb in a speaker's words accuses its subject", "[extract]") {
  CHECK(Edges(Text("« L'Ouganda agresse notre pays », a déclaré le ministre kényan Musalia "
                   "Mudavadi."))
            .count("Musalia Mudavadi accuses Uganda"));
  CHECK(Edges(Text("Zelensky said Russia had invaded Ukraine.")).count("Zelensky accuses Russia"));
  CHECK(Edges(Text("Tshisekedi a affirmé que le Rwanda avait envahi l'est du pays."))
            .count("Tshisekedi accuses Rwanda"));
  // the writer's narration, a denial, the speaker's own side
  CHECK_FALSE(Edges(Text("Russia invaded Ukraine in 2022.")).count("Ukraine accuses Russia"));
  CHECK_FALSE(Edges(Text("Tshisekedi said Rwanda had not invaded Congo."))
                  .count("Tshisekedi accuses Rwanda"));
}

TEST_CASE("a day between an inverted speech verb and the speaker's name", "[extract]") {
  CHECK(Edges(Text("« Le Rwanda agresse la RDC », a réagi mercredi Patrick Muyaya."))
            .count("Muyaya accuses Rwanda"));
}
