// Criticism and accusation wording beyond the plain verbs: turning on a
// former partner, the pillory and a hardened tone, lessons refused to an actor
// in reported speech, the weight of a responsibility borne, and an English
// bare plural act with its agent. Each with a near miss (negation, question,
// conditional, another sense of the word).
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"

namespace {

const kzgraph::testing::EdgeCheck Says("2023-06-01");

TEST_CASE("turning on an actor criticizes it", "[extract][stance]") {
  CHECK(Says("Ethiopia turned on Egypt after the talks collapsed.", "Ethiopia criticizes Egypt"));
  CHECK(Says("Sudan turns its fire on Kenya over the summit.", "Sudan criticizes Kenya"));
  CHECK_FALSE(Says("Ethiopia did not turn on Egypt after the talks collapsed.",
                   "Ethiopia criticizes Egypt"));
  CHECK_FALSE(Says("Will Ethiopia turn on Egypt after the talks?", "Ethiopia criticizes Egypt"));
  // Soldiers who turn their guns on troops fight.
  CHECK_FALSE(Says("Ethiopian soldiers turned their guns on Eritrean troops near the border.",
                   "Ethiopia criticizes Eritrea"));
}

TEST_CASE("the pillory and a hardened tone criticize", "[extract][stance]") {
  CHECK(Says("L'Éthiopie a cloué l'Égypte au pilori après l'échec des négociations.",
             "Ethiopia criticizes Egypt"));
  CHECK(Says("L'Éthiopie a durci le ton contre l'Égypte.", "Ethiopia criticizes Egypt"));
  CHECK_FALSE(
      Says("L'Éthiopie n'a pas durci le ton contre l'Égypte.", "Ethiopia criticizes Egypt"));
  // "clouer" without the pillory.
  CHECK_FALSE(Says("L'Éthiopie a cloué une affiche sur le mur de l'ambassade d'Égypte.",
                   "Ethiopia criticizes Egypt"));
}

TEST_CASE("lessons refused to an actor in reported speech criticize it", "[extract][stance]") {
  CHECK(Says("Kenya said Somalia was in no position to lecture anyone on democracy.",
             "Kenya criticizes Somalia"));
  CHECK(Says("Le Kenya a estimé que la Somalie n'avait pas de leçons à donner.",
             "Kenya criticizes Somalia"));
  CHECK_FALSE(
      Says("Kenya said Somalia was in a position to lead the talks.", "Kenya criticizes Somalia"));
}

TEST_CASE("a responsibility borne with its weight said is a charge", "[extract][accuses]") {
  CHECK(Says("Armenia said Azerbaijan bore ultimate responsibility for the shelling.",
             "Armenia accuses Azerbaijan"));
  CHECK(
      Says("« L'Azerbaïdjan porte une lourde responsabilité dans cette escalade », a déclaré "
           "l'Arménie.",
           "Armenia accuses Azerbaijan"));
  CHECK_FALSE(Says("Armenia said Azerbaijan would bear ultimate responsibility if talks failed.",
                   "Armenia accuses Azerbaijan"));
  CHECK_FALSE(Says("L'Arménie a dit que l'Azerbaïdjan porterait une lourde responsabilité.",
                   "Armenia accuses Azerbaijan"));
}

TEST_CASE("an English bare plural act names its author after by", "[extract][stance]") {
  CHECK(Says("Japan condemned \"provocative and dangerous actions\" by China near the islands.",
             "Japan criticizes China"));
  CHECK(Says("Japan condemned repeated incursions by China.", "Japan criticizes China"));
  CHECK_FALSE(Says("Japan did not condemn actions by China.", "Japan criticizes China"));
  // A report is no act of its author's.
  CHECK_FALSE(Says("Japan condemned reports by China on the talks.", "Japan criticizes China"));
}

TEST_CASE("a vote is an act of its author", "[extract][stance]") {
  CHECK(Says("Le Japon a condamné avec la plus grande fermeté le vote du Parlement chinois.",
             "Japan criticizes National People's Congress"));
  CHECK_FALSE(Says("Le Japon a salué le vote de la Chine.", "Japan criticizes China"));
}

TEST_CASE("an object relative after a list between dashes or a title", "[extract][accuses]") {
  const std::string listed =
      "Le Kenya a expulsé les diplomates de deux pays — la Somalie et l'Éthiopie —, qu'il accuse "
      "d'ingérence.";
  CHECK(Says(listed, "Kenya accuses Somalia"));
  CHECK(Says(listed, "Kenya accuses Ethiopia"));
  CHECK_FALSE(
      Says("Le Kenya a reçu les diplomates de deux pays — la Somalie et l'Éthiopie —, qu'il "
           "n'accuse pas d'ingérence.",
           "Kenya accuses Somalia"));
  CHECK(
      Says("Les États-Unis ont sanctionné Ramzan Kadyrov, dirigeant de la Tchétchénie, qu'ils "
           "accusent de graves violations des droits humains.",
           "United States accuses Kadyrov"));
  CHECK_FALSE(
      Says("Le Kenya a reçu Ramzan Kadyrov, dirigeant de la Tchétchénie, qu'il ne soupçonne "
           "de rien.",
           "Kenya accuses Kadyrov"));
}

TEST_CASE("manner phrases between a stance verb and its object", "[extract][stance]") {
  CHECK(Says("Japan condemned in the strongest terms the decision of China.",
             "Japan criticizes China"));
  CHECK(Says("Le Japon a dénoncé en termes très vifs la décision de la Chine.",
             "Japan criticizes China"));
  CHECK_FALSE(Says("Japan did not condemn in the strongest terms the decision of China.",
                   "Japan criticizes China"));
  CHECK_FALSE(
      Says("Le Japon a salué à l'unanimité la décision de la Chine.", "Japan criticizes China"));
}

TEST_CASE("an act declared void is judged", "[extract][stance]") {
  CHECK(Says("Mali called Algeria's decision \"null and void\".", "Mali criticizes Algeria"));
  CHECK(Says("Le Mali a jugé la décision de l'Algérie « nulle et non avenue ».",
             "Mali criticizes Algeria"));
  CHECK(Says("Le Mali a qualifié la décision de l'Algérie de « caduque ».",
             "Mali criticizes Algeria"));
  CHECK_FALSE(
      Says("Mali did not call Algeria's decision \"null and void\".", "Mali criticizes Algeria"));
  CHECK_FALSE(Says("Mali said its own decision to quit the accord was null and void.",
                   "Mali criticizes Algeria"));
}

TEST_CASE("a claim about an actor that it denies is a charge", "[extract][accuses]") {
  CHECK(
      Says("Le Soudan a affirmé que le Tchad avait livré des armes aux FSR, ce que N'Djamena a "
           "démenti.",
           "Sudan accuses Chad"));
  CHECK(Says("Sudan said Chadian officers had armed the RSF, a claim N'Djamena denies.",
             "Sudan accuses Chad"));
  // The denier is not named in the claim.
  CHECK_FALSE(
      Says("Le Soudan a affirmé que la réunion aurait lieu lundi, ce que le Tchad a "
           "démenti.",
           "Sudan accuses Chad"));
  CHECK_FALSE(Says("Sudan said Chad had armed the RSF, a claim N'Djamena has not denied.",
                   "Sudan accuses Chad"));
}

TEST_CASE("a criticism verb after a quotation aims at the actor it names", "[extract][stance]") {
  CHECK(
      Says("« Une fois que les Turcs sont chez vous, il est difficile de les faire partir », a "
           "ironisé le ministre grec Nikos Dendias.",
           "Dendias criticizes Turkey"));
  CHECK(
      Says("« Une leçon de l'histoire, c'est que les Turcs ne partent jamais », a ironisé Nikos "
           "Dendias.",
           "Dendias criticizes Turkey"));
  // Two actors named: no single target.
  CHECK_FALSE(
      Says("« Une leçon de l'histoire, c'est que ni les Turcs ni les Russes ne partent », a "
           "ironisé Nikos Dendias.",
           "Dendias criticizes Turkey"));
  // An actor after a preposition is no target.
  CHECK_FALSE(
      Says("« Nous ne tolérerons aucune attaque contre la Turquie », a dénoncé Nikos "
           "Dendias.",
           "Dendias criticizes Turkey"));
  // A neutral verb of speech.
  CHECK_FALSE(
      Says("« Une fois que les Turcs sont chez vous, il est difficile de les faire partir », "
           "a expliqué Nikos Dendias.",
           "Dendias criticizes Turkey"));
}

TEST_CASE("anger and taunts at an actor criticize it", "[extract][stance]") {
  CHECK(Says("Greece fumed at Turkey over the drilling.", "Greece criticizes Turkey"));
  CHECK(Says("Greece taunted Turkey after the vote.", "Greece criticizes Turkey"));
  CHECK_FALSE(Says("Greece did not taunt Turkey after the vote.", "Greece criticizes Turkey"));
}

TEST_CASE("a claim repeated has its speaker", "[extract][accuses]") {
  CHECK(
      Says("Paul Kagame repeated his claim that Rwanda had been the victim of \"an attempted "
           "invasion\" by the FDLR.",
           "Kagame accuses FDLR"));
  CHECK_FALSE(Says("Paul Kagame repeated his visit to the FDLR camp.", "Kagame accuses FDLR"));
}

TEST_CASE("retorts, jabs and the hot seat", "[extract][stance]") {
  CHECK(Says("Mali shot back at France.", "Mali criticizes France"));
  CHECK(Says("Mali pushed back against France's claims.", "Mali criticizes France"));
  CHECK(Says("Mali sniped at France.", "Mali criticizes France"));
  CHECK(Says("Le Mali a mis la France sur la sellette.", "Mali criticizes France"));
  CHECK(Says("Le Mali a mis la France en accusation.", "Mali accuses France"));
  // Soldiers who shoot back fight; "mettre" in another sense.
  CHECK_FALSE(Says("Malian soldiers shot back at French troops.", "Mali criticizes France"));
  CHECK_FALSE(
      Says("Le Mali a mis la France au courant de la situation.", "Mali criticizes France"));
}

TEST_CASE("blame pinned, fingered, pointed to, and occupiers", "[extract][accuses]") {
  CHECK(Says("Mali pinned the attack on France.", "Mali accuses France"));
  CHECK(Says("Mali fingered France for the attack.", "Mali accuses France"));
  CHECK(Says("Mali pointed to France as the culprit.", "Mali accuses France"));
  CHECK(Says("Mali called France an occupying power.", "Mali accuses France"));
  CHECK(Says("Le Mali a qualifié la France de « puissance occupante ».", "Mali accuses France"));
  CHECK_FALSE(Says("Mali pinned its hopes on France.", "Mali accuses France"));
  CHECK_FALSE(Says("Mali pointed to France as a model.", "Mali accuses France"));
  CHECK_FALSE(Says("Mali did not call France an occupying power.", "Mali accuses France"));
}

}  // namespace
