// Charges and threats in news wording (accuses, warns): charge labels in
// reported speech, labels that name a terrorist group or a grave misdeed,
// misdeeds waged or launched, supposed misdeeds, threats of revenge.
// Sentences invented for the tests, about various actors and conflicts.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {
// A neutral first sentence: the first line of a text may be read as a title.
std::string Text(const std::string& sentence) { return "Regional news.\n\nIt rained. " + sentence; }
std::string Texte(const std::string& sentence) {
  return "Actualité régionale.\n\nIl a plu. " + sentence;
}
}  // namespace

TEST_CASE("charges: a charge label after the copula of reported speech", "[extract]") {
  CHECK(Edges(Text("Erdogan said Haftar was a putschist.")).count("Erdogan accuses Haftar"));
  CHECK(
      Edges(Text("Kyiv said that Russia was a terrorist state.")).count("Ukraine accuses Russia"));
  CHECK(Edges(Text("Lloyd Austin told reporters that the North Korean soldiers were "
                   "co-belligerents."))
            .count("Lloyd Austin accuses North Korea"));
  CHECK(Edges(Texte("Erdogan a affirmé que Haftar était un putschiste."))
            .count("Erdogan accuses Haftar"));
  CHECK(Edges(Texte("Kiev a déclaré que la Russie était un État terroriste."))
            .count("Ukraine accuses Russia"));
  // negated, supposed or conditional: no charge
  CHECK_FALSE(
      Edges(Text("Erdogan said Haftar was not a putschist.")).count("Erdogan accuses Haftar"));
  CHECK_FALSE(Edges(Text("Kyiv said that Russia would be a terrorist state if it struck the dam."))
                  .count("Ukraine accuses Russia"));
  CHECK_FALSE(Edges(Texte("Erdogan a affirmé que Haftar n'était pas un putschiste."))
                  .count("Erdogan accuses Haftar"));
}

TEST_CASE("charges: a labelling verb naming a terrorist group", "[extract]") {
  CHECK(Edges(Text("Kinshasa called the M23 terrorists.")).count("DR Congo accuses M23"));
  CHECK(
      Edges(Text("Ankara branded the PKK a terrorist organisation.")).count("Turkey accuses PKK"));
  CHECK(Edges(Text("Kinshasa described the M23 as a terrorist group."))
            .count("DR Congo accuses M23"));
  CHECK(Edges(Texte("Kinshasa qualifie le M23 de mouvement terroriste."))
            .count("DR Congo accuses M23"));
  CHECK(Edges(Texte("Ankara a qualifié le PKK de groupe terroriste.")).count("Turkey accuses PKK"));
  // a fight against terrorists labels no one
  CHECK_FALSE(Edges(Text("Kinshasa described the M23 as a partner against terrorists."))
                  .count("DR Congo accuses M23"));
}

TEST_CASE("charges: a grave misdeed named as the label", "[extract]") {
  CHECK(Edges(Texte("Kinshasa a qualifié l'offensive de « déclaration de guerre » du Rwanda."))
            .count("DR Congo accuses Rwanda"));
  CHECK(Edges(Text("Kyiv described Russia's strike as an act of aggression."))
            .count("Ukraine accuses Russia"));
  CHECK_FALSE(
      Edges(Text("Kyiv described Russia's strike as a mistake.")).count("Ukraine accuses Russia"));
}

TEST_CASE("charges: a misdeed waged or launched by the clause's subject", "[extract]") {
  CHECK(Edges(Text("Kinshasa said Rwanda was waging a war of aggression."))
            .count("DR Congo accuses Rwanda"));
  CHECK(Edges(Texte("Kinshasa affirme que le Rwanda mène une guerre d'agression."))
            .count("DR Congo accuses Rwanda"));
  CHECK(
      Edges(Texte("Tshisekedi a affirmé que le Rwanda avait lancé une agression contre son pays."))
          .count("Tshisekedi accuses Rwanda"));
  CHECK_FALSE(Edges(Text("Kinshasa said Rwanda was not waging a war of aggression."))
                  .count("DR Congo accuses Rwanda"));
}

TEST_CASE("charges: a supposed misdeed charges no one", "[extract]") {
  auto en = Edges(Text("Iran warned that any Israeli attack would be met with force."));
  CHECK(en.count("Iran warns Israel"));
  CHECK_FALSE(en.count("Iran accuses Israel"));
  auto fr = Edges(Texte("L'Iran a averti que toute attaque israélienne recevrait une réponse."));
  CHECK_FALSE(fr.count("Iran accuses Israel"));
  CHECK_FALSE(
      Edges(Texte("Kiev redoute une éventuelle agression russe.")).count("Ukraine accuses Russia"));
  // a charged misdeed still accuses
  CHECK(Edges(Text("Kyiv said Russia had committed war crimes.")).count("Ukraine accuses Russia"));
}

TEST_CASE("charges: threats of revenge warn their target", "[extract]") {
  CHECK(Edges(Text("Iran vowed revenge against Israel.")).count("Iran warns Israel"));
  CHECK(Edges(Text("Hezbollah swore revenge on Israel.")).count("Hezbollah warns Israel"));
  CHECK(Edges(Texte("Le Hezbollah a juré de se venger d'Israël.")).count("Hezbollah warns Israel"));
  CHECK(Edges(Texte("Téhéran a promis de se venger d'Israël.")).count("Iran warns Israel"));
  CHECK_FALSE(Edges(Text("Iran did not vow revenge against Israel.")).count("Iran warns Israel"));
}

TEST_CASE("charges: a threat label in reported speech warns", "[extract]") {
  CHECK(Edges(Text("Lloyd Austin said the North Korean troops would be legitimate targets if they "
                   "fought in Ukraine."))
            .count("Lloyd Austin warns North Korea"));
  CHECK(Edges(Texte("Le Kremlin a déclaré que les instructeurs français étaient des cibles "
                    "légitimes."))
            .count("Russia warns France"));
  CHECK_FALSE(Edges(Text("Lloyd Austin said the North Korean troops were not legitimate targets."))
                  .count("Lloyd Austin warns North Korea"));
}

TEST_CASE("charges: making an actor pay warns it", "[extract]") {
  CHECK(Edges(Text("Netanyahu vowed to make Hamas pay.")).count("Netanyahu warns Hamas"));
  CHECK(Edges(Texte("L'Iran fera payer le prix fort à Israël.")).count("Iran warns Israel"));
  CHECK_FALSE(Edges(Text("Netanyahu made Hamas a target.")).count("Netanyahu warns Hamas"));
}

TEST_CASE("charges: a threat noun after an article and a purpose's object", "[extract]") {
  // "à la menace des FDLR": the noun, not the verb "menacer"
  CHECK_FALSE(Edges(Texte("Le Rwanda présente ses troupes comme une réponse à la menace des FDLR."))
                  .count("Rwanda warns FDLR"));
  CHECK(Edges(Texte("Le Rwanda menace les FDLR.")).count("Rwanda warns FDLR"));
  // the object of a purpose infinitive is not the one threatened
  CHECK_FALSE(Edges(Text("The bloc had threatened military intervention to reinstate President "
                         "Mohamed Bazoum."))
                  .count("ECOWAS warns Bazoum"));
}

TEST_CASE("charges: an accomplice named in the charge is accused too", "[extract]") {
  auto en =
      Edges(Text("Bamako accused ECOWAS of preparing an aggression in collaboration with "
                 "Western countries."));
  CHECK(en.count("Mali accuses ECOWAS"));
  CHECK(en.count("Mali accuses West"));
  CHECK(Edges(Texte("Le Mali accuse l'Algérie de soutenir les rebelles avec la complicité de la "
                    "France."))
            .count("Mali accuses France"));
  // no accusation before the phrase, or unnamed officials of a state: no edge
  CHECK_FALSE(
      Edges(Text("Mali built the road with the help of France.")).count("Mali accuses France"));
  CHECK_FALSE(Edges(Texte("Le Mali accuse la France d'agir avec la complicité de responsables "
                          "nigériens."))
                  .count("Mali accuses Niger"));
}

TEST_CASE("charges: whoever sanctions or arrests the charged accuses him", "[extract]") {
  CHECK(Edges(Text("The US Treasury sanctioned James Kabarebe, accused of backing the M23."))
            .count("US Treasury accuses Kabarebe"));
  CHECK(Edges(Texte("Le Trésor américain a sanctionné James Kabarebe, accusé de soutenir le M23."))
            .count("US Treasury accuses Kabarebe"));
  // the charge's own accuser named after "by": not the sanctioning body's charge
  CHECK_FALSE(Edges(Text("The US Treasury sanctioned James Kabarebe, accused by Kinshasa of "
                         "backing the M23."))
                  .count("US Treasury accuses Kabarebe"));
}

TEST_CASE("charges: blame after the copula and plots with their author", "[extract]") {
  CHECK(
      Edges(Text("Kyiv said Russia was to blame for the blast.")).count("Ukraine accuses Russia"));
  CHECK(Edges(Texte("Abiy Ahmed a affirmé que le TPLF était seul responsable de la guerre."))
            .count("Abiy Ahmed accuses TPLF"));
  CHECK_FALSE(Edges(Text("Kyiv said Russia was responsible for security at the plant."))
                  .count("Ukraine accuses Russia"));
  CHECK(Edges(Text("The riots were instigated by the West, Lukashenko said."))
            .count("Lukashenko accuses West"));
  CHECK(Edges(Texte("Les émeutes ont été téléguidées par l'Occident, selon Loukachenko."))
            .count("Lukashenko accuses West"));
  CHECK_FALSE(
      Edges(Texte("Les émeutes n'ont pas été téléguidées par l'Occident, selon Loukachenko."))
          .count("Lukashenko accuses West"));
}

TEST_CASE("charges: a second accused with an emphatic pronoun", "[extract]") {
  CHECK(Edges(Texte("Kagame accuse l'Afrique du Sud et Ramaphosa lui-même de mensonges."))
            .count("Kagame accuses Ramaphosa"));
  CHECK(Edges(Text("Kagame accused South African officials and Ramaphosa himself of lies."))
            .count("Kagame accuses Ramaphosa"));
  // a second clause with its own verb is not a second accused
  CHECK_FALSE(Edges(Text("Kagame accused South Africa of lies and Ramaphosa himself said nothing."))
                  .count("Kagame accuses Ramaphosa"));
}

TEST_CASE("charges: the accused noun a 'dont' relative completes is not its head", "[extract]") {
  auto e =
      Edges(Texte("Hemedti dit combattre le régime d'Omar el-Béchir, dont il accuse "
                  "l'état-major de corruption."));
  CHECK_FALSE(e.count("Hemedti accuses Bashir"));
}

TEST_CASE("charges: threats as nouns, and a noun governed by another stance", "[extract]") {
  CHECK(Edges(Texte("Les menaces de Washington contre Caracas se multiplient."))
            .count("United States warns Venezuela"));
  CHECK(Edges(Text("Washington's threats against Caracas escalated."))
            .count("United States warns Venezuela"));
  // condemning threats against an actor is no threat of one's own
  CHECK_FALSE(Edges(Text("Mali condemned the threats against Niger.")).count("Mali warns Niger"));
  CHECK_FALSE(
      Edges(Texte("Le Mali a condamné les menaces contre le Niger.")).count("Mali warns Niger"));
  // a threat posed by an actor names no target; the verb after a subject stays a verb
  CHECK_FALSE(Edges(Texte("Le Rwanda invoque la menace des FDLR.")).count("Rwanda warns FDLR"));
  CHECK(Edges(Texte("La Russie menace l'Ukraine de représailles.")).count("Russia warns Ukraine"));
}

TEST_CASE("charges: a charge confirmed or echoed by another actor", "[extract]") {
  CHECK(Edges(Texte("Bamako accuse Alger de soutenir les rebelles, ce que confirme l'ONU."))
            .count("UN accuses Algeria"));
  CHECK(Edges(Text("Bamako accused Algiers of arming the rebels, a charge echoed by the UN."))
            .count("UN accuses Algeria"));
  // a denial is no echo
  CHECK_FALSE(Edges(Texte("Bamako accuse Alger de soutenir les rebelles, ce que dément l'ONU."))
                  .count("UN accuses Algeria"));
}

TEST_CASE("charges: a document as subject speaks for its author", "[extract]") {
  CHECK(Edges(Text("A statement from the Malian government accused France of violating its "
                   "airspace."))
            .count("Mali accuses France"));
  CHECK(Edges(Text("The statement, issued by the Kremlin, accused Kyiv of shelling the plant."))
            .count("Russia accuses Ukraine"));
  // no author named: no accuser
  CHECK_FALSE(Edges(Text("The statement accused Kyiv of shelling the plant."))
                  .count("Russia accuses Ukraine"));
}
