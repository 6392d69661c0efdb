// Standard stance wordings of news French and English
// that the lexicon lacked (schema/lexicon/triggers_stance_critical_of_coverage.tsv), and an
// incise between an auxiliary and its participle ("X a, mardi, dénoncé Y").
// Sentences invented for the tests, about various actors and conflicts.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("'critical of' and 'critique envers' after a copula criticize", "[extract]") {
  CHECK(Edges("Norway has been highly critical of Hungary over the new media law.")
            .count("Norway criticizes Hungary"));
  CHECK(
      Edges("Chile was openly critical of Bolivia's decision.").count("Chile criticizes Bolivia"));
  CHECK(Edges("Le Sénégal s'est montré très critique envers la Gambie.")
            .count("Senegal criticizes Gambia"));
  CHECK(Edges("Le Kenya se montre très critique à l'égard de l'Ouganda.")
            .count("Kenya criticizes Uganda"));
  CHECK_FALSE(Edges("Le Kenya ne s'est pas montré critique envers l'Ouganda.")
                  .count("Kenya criticizes Uganda"));
  // negation, and the adjective "critical" of something that is no stance
  CHECK_FALSE(Edges("Chile was not critical of Bolivia.").count("Chile criticizes Bolivia"));
  CHECK_FALSE(Edges("The critical role of Bolivia was praised by Chile.")
                  .count("Chile criticizes Bolivia"));
}

TEST_CASE("criticism received as a position names its holder", "[extract]") {
  CHECK(Edges("La Hongrie est sous le feu des critiques de la Norvège.")
            .count("Norway criticizes Hungary"));
  CHECK(
      Edges("La Bolivie a été la cible des critiques du Chili.").count("Chile criticizes Bolivia"));
  // a target of strikes is no target of criticism
  CHECK_FALSE(
      Edges("La cible des frappes du Chili était la Bolivie.").count("Chile criticizes Bolivia"));
}

TEST_CASE("forceful criticism addressed to an actor, and 'call out'", "[extract]") {
  CHECK(Edges("Le Ghana a adressé de sévères critiques au Togo.").count("Ghana criticizes Togo"));
  CHECK(Edges("Le Pérou a formulé des critiques acerbes envers l'Équateur.")
            .count("Peru criticizes Ecuador"));
  CHECK(Edges("Finland called out Russia over the border closures.")
            .count("Finland criticizes Russia"));
  CHECK_FALSE(Edges("Finland did not call out Russia.").count("Finland criticizes Russia"));
  CHECK(Edges("Serbia strongly condemned what it described as Kosovo's provocation.")
            .count("Serbia criticizes Kosovo"));
}

TEST_CASE("accusations levelled at an actor", "[extract]") {
  CHECK(Edges("Azerbaijan levelled fresh accusations at Armenia.")
            .count("Azerbaijan accuses Armenia"));
}

TEST_CASE("aid to an actor and support one counts on", "[extract]") {
  CHECK(Edges("Tanzania came to the aid of Mozambique.").count("Tanzania supports Mozambique"));
  CHECK(Edges("Le Niger peut compter sur le soutien du Tchad.").count("Chad supports Niger"));
  CHECK(Edges("Moldova can count on the support of Romania.").count("Romania supports Moldova"));
  CHECK_FALSE(
      Edges("Moldova cannot count on the support of Romania.").count("Romania supports Moldova"));
}

TEST_CASE("an incise after the auxiliary keeps the subject's stance", "[extract]") {
  auto fr = Edges("Le Maroc a, dans un communiqué, dénoncé l'Algérie.");
  CHECK(fr.count("Morocco criticizes Algeria"));
  CHECK_FALSE(fr.count("Algeria criticizes Morocco"));
  auto fr2 = Edges("Le Maroc a, mardi, vivement condamné l'Algérie.");
  CHECK(fr2.count("Morocco criticizes Algeria"));
  CHECK_FALSE(fr2.count("Algeria criticizes Morocco"));
  auto en = Edges("The Greek government has, in a statement, condemned Turkey.");
  CHECK(en.count("Greece criticizes Turkey"));
  CHECK_FALSE(en.count("Turkey criticizes Greece"));
  // an inverted attribution still names its speaker after the verb
  CHECK(Edges("Le Rwanda arme les rebelles, a accusé le Burundi.").count("Burundi accuses Rwanda"));
}

TEST_CASE("a stance participle opening the sentence is the main subject's", "[extract]") {
  CHECK(Edges("Dénonçant l'attitude du Rwanda, le Burundi a saisi l'Union africaine.")
            .count("Burundi criticizes Rwanda"));
  CHECK(Edges("Accusing Ethiopia of provocation, Eritrea appealed to the African Union.")
            .count("Eritrea accuses Ethiopia"));
  CHECK(Edges("Saluant le courage du Ghana, le Togo a promis son aide.")
            .count("Togo supports Ghana"));
  // the actor inside the adjunct is its object, never its holder
  auto other = Edges("Accusant le Burundi de provocation, le Rwanda a saisi l'ONU.");
  CHECK(other.count("Rwanda accuses Burundi"));
  CHECK_FALSE(other.count("Burundi accuses Rwanda"));
  // refusal and negation give no stance
  CHECK_FALSE(Edges("Refusant de condamner le Rwanda, le Burundi a appelé au calme.")
                  .count("Burundi criticizes Rwanda"));
  CHECK_FALSE(Edges("Refusing to condemn Ethiopia, Eritrea called for calm.")
                  .count("Eritrea criticizes Ethiopia"));
  CHECK_FALSE(Edges("Ne condamnant pas le Rwanda, le Burundi a appelé au calme.")
                  .count("Burundi criticizes Rwanda"));
}

TEST_CASE("a quotation ending the clause reported keeps the clause's subject as target",
          "[extract]") {
  auto partial = Edges("Le Rwanda « joue avec le feu », a averti le Burundi.");
  CHECK(partial.count("Burundi warns Rwanda"));
  CHECK_FALSE(partial.count("Rwanda warns Burundi"));
  auto label = Edges("Le Soudan mène une politique « irresponsable », a dénoncé l'Égypte.");
  CHECK(label.count("Egypt criticizes Sudan"));
  CHECK_FALSE(label.count("Sudan criticizes Egypt"));
  auto arms = Edges("Le Niger « arme les rebelles », a accusé le Tchad.");
  CHECK(arms.count("Chad accuses Niger"));
  CHECK_FALSE(arms.count("Niger accuses Chad"));
  // a quotation opening the sentence with no actor gives no target
  CHECK_FALSE(HasPredicate(Edges("Selon lui, « la situation est grave », a dénoncé le Tchad."),
                           "criticizes"));
}

TEST_CASE("angry reactions and assured support", "[extract]") {
  CHECK(Edges("Lithuania reacted angrily to Belarus's announcement.")
            .count("Lithuania criticizes Belarus"));
  CHECK(Edges("La Lituanie a vivement réagi aux propos du Bélarus.")
            .count("Lithuania criticizes Belarus"));
  CHECK_FALSE(Edges("Lithuania did not react angrily to Belarus's announcement.")
                  .count("Lithuania criticizes Belarus"));
  CHECK(Edges("Poland assured Ukraine of its support.").count("Poland supports Ukraine"));
  CHECK_FALSE(
      Edges("Poland assured Ukraine that talks would resume.").count("Poland supports Ukraine"));
}
