// Criticism and support on wordings the lexicon and the stance rules missed
// (session 12): negative judgements of an actor's act (betrayal, contraire à
// la Constitution, hard to believe), acts named with their agent ("the order
// issued by X"), jabs and demands to resign, stances reported as the future
// of a past statement without "that", and calls on others to back an actor.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("stance vocabulary: a judgement of an actor's act criticizes its author",
          "[extract]") {
  CHECK(Edges("Chile said Peru's decision was a betrayal.").count("Chile criticizes Peru") == 1);
  CHECK(Edges("Le Chili a jugé la décision du Pérou « contraire à la Constitution ».")
            .count("Chile criticizes Peru") == 1);
  CHECK(Edges("Chile said the figures published by Peru were \"hard to believe\".")
            .count("Chile criticizes Peru") == 1);
  CHECK(Edges("Le Chili a jugé les chiffres du Pérou « difficiles à croire ».")
            .count("Chile criticizes Peru") == 1);
  // negated judgements give nothing
  CHECK_FALSE(HasPredicate(Edges("Chile said Peru's decision was not a betrayal."), "criticizes"));
  CHECK_FALSE(HasPredicate(
      Edges("Le Chili n'a pas jugé la décision du Pérou contraire à la Constitution."),
      "criticizes"));
}

TEST_CASE("stance vocabulary: an act named with its agent has an author", "[extract]") {
  CHECK(Edges("Chile said the order issued by Peru was unacceptable.")
            .count("Chile criticizes Peru") == 1);
  CHECK(Edges("Chile said the \"shoot to kill\" order issued by Peru last week was unacceptable.")
            .count("Chile criticizes Peru") == 1);
  CHECK(Edges("Le Chili a jugé « inacceptable » l'ordre donné par le Pérou.")
            .count("Chile criticizes Peru") == 1);
  // a neutral word is no judgement
  CHECK_FALSE(HasPredicate(Edges("Chile said the order issued by Peru was legal."), "criticizes"));
}

TEST_CASE("stance vocabulary: jabs, veiled criticism and demands to resign", "[extract]") {
  CHECK(Edges("Chile took a swipe at Peru.").count("Chile criticizes Peru") == 1);
  CHECK(Edges("Le Chili a lancé une pique au Pérou.").count("Chile criticizes Peru") == 1);
  CHECK(Edges("Le Chili a critiqué à demi-mot le Pérou.").count("Chile criticizes Peru") == 1);
  CHECK_FALSE(HasPredicate(Edges("Le Chili n'a pas lancé de pique au Pérou."), "criticizes"));
  CHECK(Edges("Protesters in Caracas demanded Maduro's resignation.")
            .count("protesters criticizes Maduro") == 1);
  CHECK(Edges("Les manifestants exigent que Maduro démissionne.")
            .count("protesters criticizes Maduro") == 1);
  // a demand of something else is no criticism
  CHECK_FALSE(
      HasPredicate(Edges("Protesters in Caracas demanded Maduro's help."), "criticizes"));
  CHECK_FALSE(HasPredicate(Edges("Les manifestants exigent que Maduro parle."), "criticizes"));
}

TEST_CASE("stance vocabulary: a stance reported as the future of a past statement is held",
          "[extract]") {
  CHECK(Edges("Chile said it would stand with Peru.").count("Chile supports Peru") == 1);
  CHECK(Edges("Chile told reporters it would back Peru.").count("Chile supports Peru") == 1);
  CHECK(Edges("She said the war was over, and that Chile would stand with Armenia.")
            .count("Chile supports Armenia") == 1);
  // a condition or a negation still blocks; "would" alone is a supposition
  CHECK_FALSE(
      HasPredicate(Edges("Chile said it would support Peru if the talks failed."), "supports"));
  CHECK_FALSE(HasPredicate(Edges("Chile said it would not support Peru."), "supports"));
  CHECK_FALSE(HasPredicate(Edges("Chile would support Peru."), "supports"));
}

TEST_CASE("stance vocabulary: calling on others to back an actor backs him", "[extract]") {
  CHECK(Edges("M. Nazarbaïev a appelé la population à soutenir le président Tokaïev.")
            .count("Nazarbayev supports Tokayev") == 1);
  CHECK(Edges("Nazarbayev called on everyone to rally around Tokayev.")
            .count("Nazarbayev supports Tokayev") == 1);
  // a negated call backs no one
  CHECK_FALSE(
      HasPredicate(Edges("Nazarbayev did not call on anyone to support Tokayev."), "supports"));
}

TEST_CASE("stance vocabulary: a spoken demand that an actor go or stop criticizes it",
          "[extract]") {
  CHECK(Edges("Chile said Peru must withdraw its forces.").count("Chile criticizes Peru") == 1);
  CHECK(Edges("Le Chili a estimé que le Pérou doit cesser ses frappes.")
            .count("Chile criticizes Peru") == 1);
  CHECK(Edges("« Le Pérou doit retirer ses troupes », a déclaré le Chili.")
            .count("Chile criticizes Peru") == 1);
  CHECK_FALSE(
      HasPredicate(Edges("« Le Pérou ne doit pas partir », a déclaré le Chili."), "criticizes"));
  // a negated demand, a demand of something else, an expectation: nothing
  CHECK_FALSE(HasPredicate(Edges("Chile said Peru must not leave the talks."), "criticizes"));
  CHECK_FALSE(HasPredicate(Edges("Chile said Peru must sign the deal."), "criticizes"));
  CHECK_FALSE(HasPredicate(
      Edges("Le ministre a indiqué que le Pérou devrait quitter le sommet lundi."), "criticizes"));
}

TEST_CASE("stance vocabulary: condemning a coup criticizes the junta the page names",
          "[extract]") {
  CHECK(Edges("Le CTRI a pris le pouvoir au Gabon. La France a condamné le coup d'État.")
            .count("France criticizes CTRI") == 1);
  CHECK(Edges("The CNSP seized power in Niger on Wednesday. Chile condemned the coup.")
            .count("Chile criticizes CNSP") == 1);
  // with no junta named, the state the coup struck, as before
  const auto edges = Edges("Chile condemned the coup in Niger.");
  CHECK(edges.count("Chile criticizes Niger") == 1);
  CHECK(edges.count("Chile criticizes CNSP") == 0);
}

TEST_CASE("stance vocabulary: support secured from an actor is his support", "[extract]") {
  CHECK(Edges("Peru secured the backing of Chile.").count("Chile supports Peru") == 1);
  CHECK(Edges("Peru secured the backing of Chile.").count("Peru supports Chile") == 0);
  CHECK(Edges("Le Pérou a décroché le soutien du Chili.").count("Chile supports Peru") == 1);
  CHECK(Edges("Le Pérou jouit du soutien du Chili.").count("Chile supports Peru") == 1);
  // what an actor failed to do or get is no act
  CHECK_FALSE(HasPredicate(Edges("Peru failed to secure the backing of Chile."), "supports"));
  CHECK_FALSE(HasPredicate(Edges("Chile failed to support Peru."), "supports"));
}

TEST_CASE("stance vocabulary: a request for help is an act a later anaphor names",
          "[extract]") {
  CHECK(Edges("Le Kazakhstan a fait appel à l'OTSC. Blinken a critiqué cette décision.")
            .count("Blinken criticizes Kazakhstan") == 1);
  CHECK(Edges("Tokayev called in troops from the CSTO. Blinken criticized this decision.")
            .count("Blinken criticizes Tokayev") == 1);
}

TEST_CASE("stance vocabulary: an aspect of an act stands for the act", "[extract]") {
  CHECK(Edges("Blinken questioned the need for Kazakhstan's request.")
            .count("Blinken criticizes Kazakhstan") == 1);
  CHECK(Edges("Blinken a contesté le bien-fondé de la décision du Kazakhstan.")
            .count("Blinken criticizes Kazakhstan") == 1);
  // an aspect of no actor's act names no one
  CHECK_FALSE(HasPredicate(Edges("Blinken questioned the need for talks."), "criticizes"));
}

TEST_CASE("stance vocabulary: critic and supporter nouns in every form", "[extract]") {
  CHECK(Edges("Le Chili est l'un des détracteurs du Pérou.").count("Chile criticizes Peru") == 1);
  CHECK(Edges("Le Chili, l'un des plus fervents soutiens du Pérou, a réagi.")
            .count("Chile supports Peru") == 1);
  CHECK(Edges("Chile is a detractor of Peru.").count("Chile criticizes Peru") == 1);
  // a defender of a cause names no actor
  CHECK_FALSE(HasPredicate(Edges("Amnesty, défenseur des droits de l'homme, a réagi."),
                           "supports"));
}

TEST_CASE("stance vocabulary: an ally named right after the owner's ally noun", "[extract]") {
  CHECK(Edges("Peru's ally Chile reacted.").count("Chile supports Peru") == 1);
  CHECK(Edges("Peru's closest ally, Chile, reacted.").count("Chile supports Peru") == 1);
  // a former ally, or no name after the noun: nothing
  CHECK_FALSE(HasPredicate(Edges("Peru's former ally Chile reacted."), "supports"));
  CHECK_FALSE(HasPredicate(Edges("Peru's ally in the region reacted."), "supports"));
}

TEST_CASE("stance vocabulary: idioms of support", "[extract]") {
  CHECK(Edges("Chile spoke in favour of Peru.").count("Chile supports Peru") == 1);
  CHECK(Edges("Le Chili s'est porté au secours du Pérou.").count("Chile supports Peru") == 1);
  CHECK(Edges("Le Chili a approuvé la démarche du Pérou.").count("Chile supports Peru") == 1);
  CHECK_FALSE(HasPredicate(Edges("Chile did not speak in favour of Peru."), "supports"));
}

TEST_CASE("stance vocabulary: critics and supporters after their owner's genitive",
          "[extract]") {
  CHECK(Edges("Chile, one of Peru's fiercest critics, reacted.").count("Chile criticizes Peru") ==
        1);
  CHECK(Edges("Chile has been one of Peru's strongest supporters.")
            .count("Chile supports Peru") == 1);
  // the subject of another verb holds no stance
  CHECK_FALSE(HasPredicate(Edges("Chile arrested Peru's critics."), "criticizes"));
}

TEST_CASE("stance vocabulary: insults after a labelling verb criticize", "[extract]") {
  CHECK(Edges("Lukashenko dismissed the protesters as \"sheep\".")
            .count("Lukashenko criticizes protesters") == 1);
  CHECK(Edges("Loukachenko a qualifié les manifestants de « moutons ».")
            .count("Lukashenko criticizes protesters") == 1);
  // the insult word alone, with no labelling verb, is no stance
  CHECK_FALSE(HasPredicate(Edges("Les casseurs ont pillé des magasins."), "criticizes"));
}

TEST_CASE("stance vocabulary: a positive word denied is a negative judgement", "[extract]") {
  CHECK(Edges("Chile said Peru's decision was \"not acceptable\".")
            .count("Chile criticizes Peru") == 1);
  // a negative word denied, or a positive word, is none
  CHECK_FALSE(HasPredicate(Edges("Chile said Peru's decision was not illegal."), "criticizes"));
  CHECK_FALSE(HasPredicate(Edges("Chile said Peru's decision was acceptable."), "criticizes"));
}

TEST_CASE("stance vocabulary: demanding that an actor withdraw, stop or release",
          "[extract]") {
  CHECK(Edges("Chile demanded that Peru withdraw its troops.").count("Chile criticizes Peru") ==
        1);
  CHECK(Edges("Le Chili exige que le Pérou cesse ses frappes.").count("Chile criticizes Peru") ==
        1);
  // another demand, or a negated one: nothing
  CHECK_FALSE(
      HasPredicate(Edges("Chile demanded that Peru step up its efforts."), "criticizes"));
  CHECK_FALSE(HasPredicate(Edges("Le Chili n'a pas exigé que le Pérou cesse ses frappes."),
                           "criticizes"));
}

TEST_CASE("stance vocabulary: demanding the withdrawal of an actor's troops or an end to its act",
          "[extract]") {
  CHECK(Edges("Chile demanded the withdrawal of Peruvian troops.").count("Chile criticizes Peru") ==
        1);
  CHECK(Edges("Le Chili a exigé le retrait des troupes péruviennes.")
            .count("Chile criticizes Peru") == 1);
  CHECK(Edges("Chile demanded an end to Peru's offensive.").count("Chile criticizes Peru") == 1);
  // a state's withdrawal from a body, an end to violence nobody owns: nothing
  CHECK_FALSE(HasPredicate(Edges("Des manifestants ont exigé le retrait de l'Arménie de l'alliance."),
                           "criticizes"));
  CHECK_FALSE(HasPredicate(Edges("Chile called for an end to the violence."), "criticizes"));
}

TEST_CASE("stance vocabulary: displeasure told or protested to an actor", "[extract]") {
  CHECK(Edges("Le Chili a fait part de son mécontentement au Pérou.")
            .count("Chile criticizes Peru") == 1);
  CHECK(Edges("Le Chili a vivement protesté auprès du Pérou.").count("Chile criticizes Peru") == 1);
  CHECK(Edges("Le Chili s'est dit déçu par le Pérou.").count("Chile criticizes Peru") == 1);
  CHECK(Edges("Chile balked at Peru's demands.").count("Chile criticizes Peru") == 1);
  CHECK_FALSE(HasPredicate(Edges("Le Chili n'a pas protesté auprès du Pérou."), "criticizes"));
}

TEST_CASE("stance vocabulary: a conditional side phrase is a supposition", "[extract]") {
  CHECK_FALSE(HasPredicate(Edges("Le Chili se tiendrait aux côtés du Pérou."), "supports"));
  CHECK(Edges("Le Chili a assuré que le Chili se tiendrait aux côtés du Pérou.")
            .count("Chile supports Peru") == 1);
  CHECK(Edges("Le Chili se tiendra aux côtés du Pérou.").count("Chile supports Peru") == 1);
}

TEST_CASE("stance vocabulary: 'et des N' after a comma opens a new subject", "[extract]") {
  const auto edges = Edges("Le Niger a dénoncé des mesures, et des manifestants ont soutenu le Mali.");
  CHECK(edges.count("protesters supports Mali") == 1);
  CHECK(edges.count("Niger supports Mali") == 0);
  // a named conjunct before "et des" continues a list of complements
  CHECK(Edges("Le Chili a critiqué la position de la France et des États-Unis.")
            .count("Chile criticizes France") == 1);
}

TEST_CASE("stance vocabulary: a failure charged to an actor in reported speech", "[extract]") {
  CHECK(Edges("Pashinyan said the CSTO had failed to help Armenia.")
            .count("Pashinyan criticizes CSTO") == 1);
  CHECK(Edges("Nikol Pachinian a expliqué que l'OTSC, l'alliance militaire pilotée par le "
              "Kremlin, n'avait pas rempli ses obligations envers l'Arménie.")
            .count("Pashinyan criticizes CSTO") == 1);
  CHECK_FALSE(HasPredicate(Edges("Pashinyan said the CSTO had not failed Armenia."), "criticizes"));
  CHECK_FALSE(HasPredicate(Edges("Pashinyan said the CSTO had helped Armenia."), "criticizes"));
}
