// Accusations and warnings whose trigger was read but whose arguments were
// not, and ultimatums as warnings: deadlines given to an actor, a participle
// after a fronted subordinate clause or a clause coordinated after ", but",
// an object pronoun after ", accusing", "both countries" with its pair in the
// same sentence. Sentences invented for the tests.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {
// A neutral first sentence: the first line of a text may be read as a title.
std::string Text(const std::string& sentence) { return "Regional news.\n\nIt rained. " + sentence; }
}  // namespace

TEST_CASE("a deadline given to an actor warns it", "[extract]") {
  CHECK(Edges(Text("Les chefs d'État de la Cédéao ont accordé dix jours à la junte malienne pour "
                   "présenter un calendrier électoral."))
            .count("ECOWAS warns Mali"));
  CHECK(Edges(Text("Le Rwanda a laissé 48 heures à la RDC pour retirer ses soldats."))
            .count("Rwanda warns DR Congo"));
  CHECK(Edges(Text("The European Union gave Serbia two weeks to withdraw its troops from the "
                   "border."))
            .count("EU warns Serbia"));
  CHECK(Edges(Text("The African Union set a deadline for Sudan to end the fighting."))
            .count("African Union warns Sudan"));
  // no unit of time, or a negated deadline: no warning
  CHECK_FALSE(Edges(Text("Turkey gave Sweden its approval for the accession."))
                  .count("Turkey warns Sweden"));
  CHECK_FALSE(Edges(Text("Washington did not give Iran three days to respond."))
                  .count("United States warns Iran"));
  CHECK_FALSE(Edges(Text("La France n'a pas donné quinze jours à l'Algérie pour répondre."))
                  .count("France warns Algeria"));
}

TEST_CASE("days given as a truce or a pause are no deadline", "[extract]") {
  // the unit of time followed by of/de is time granted, not a time limit
  CHECK_FALSE(Edges(Text("Russia gave Ukraine two days of ceasefire for the holidays."))
                  .count("Russia warns Ukraine"));
  CHECK_FALSE(Edges(Text("Le Kremlin a accordé trois jours de trêve à l'Ukraine."))
                  .count("Russia warns Ukraine"));
  // the same verbs with a time limit still warn
  CHECK(Edges(Text("The United States gave Russia 50 days to agree to a ceasefire."))
            .count("United States warns Russia"));
  CHECK(Edges(Text("Le Kremlin a accordé trois jours à l'Ukraine pour retirer ses troupes."))
            .count("Russia warns Ukraine"));
}

TEST_CASE("a participle after a fronted subordinate clause speaks for the main subject",
          "[extract]") {
  auto e = Edges(
      Text("When protesters stormed the airport in Bamako, President Assimi Goita appealed to "
           "Russia, describing the unrest as an attack by terrorists."));
  CHECK(e.count("Goita accuses terrorists"));
  CHECK_FALSE(e.count("protesters accuses terrorists"));
  auto c = Edges(
      Text("As soon as the rebels took Goma, the Congolese government asked Angola for help, "
           "describing the offensive as an invasion by Rwanda."));
  CHECK(c.count("DR Congo accuses Rwanda"));
}

TEST_CASE("a participle continues the clause coordinated after ', but'", "[extract]") {
  auto e = Edges(Text("Kenya hosted the talks, but Ethiopia left early, accusing Egypt of bad "
                      "faith."));
  CHECK(e.count("Ethiopia accuses Egypt"));
  CHECK_FALSE(e.count("Kenya accuses Egypt"));
  // negated: no accusation by either
  auto n = Edges(Text("Kenya hosted the talks, but Ethiopia left early, without accusing Egypt "
                      "of anything."));
  CHECK_FALSE(n.count("Ethiopia accuses Egypt"));
  CHECK_FALSE(n.count("Kenya accuses Egypt"));
}

TEST_CASE("', accusing him' after a verb whose object is the one person named", "[extract]") {
  auto e = Edges(Text("Kenyan opposition lawmakers criticised President William Ruto, accusing "
                      "him of selling the port to foreign investors."));
  CHECK(e.count("Kenyan opposition accuses Ruto"));
  // the person is the subject ("Russia's President X spoke, accusing him"):
  // the pronoun is not that person
  CHECK_FALSE(Edges(Text("Russia's President Vladimir Putin spoke on Monday, accusing him of "
                         "lying."))
                  .count("Putin accuses Putin"));
}

TEST_CASE("'both countries' are the pair coordinated earlier in the sentence", "[extract]") {
  auto e = Edges(Text("Fighting between Armenia and Azerbaijan resumed on Monday after Charles "
                      "Michel accused both countries of violating the truce."));
  CHECK(e.count("Charles Michel accuses Armenia"));
  CHECK(e.count("Charles Michel accuses Azerbaijan"));
  auto n = Edges(Text("Fighting between Armenia and Azerbaijan resumed on Monday after Charles "
                      "Michel refused to accuse both countries of violating the truce."));
  CHECK_FALSE(n.count("Charles Michel accuses Armenia"));
  auto fr = Edges(Text("Les combats entre le Soudan et le Soudan du Sud ont repris après que "
                       "l'Union africaine a accusé les deux pays de violer la trêve."));
  CHECK(fr.count("African Union accuses Sudan"));
  CHECK(fr.count("African Union accuses South Sudan"));
}

TEST_CASE("a yes/no question asks whether an accusation or a warning was made", "[extract]") {
  CHECK_FALSE(Edges(Text("Did Ghana accuse Togo of harbouring rebels?")).count("Ghana accuses Togo"));
  CHECK_FALSE(Edges(Text("Le Mali a-t-il accusé l'Algérie d'ingérence ?"))
                  .count("Mali accuses Algeria"));
  CHECK_FALSE(Edges(Text("Est-ce que le Tchad menace le Soudan ?")).count("Chad warns Sudan"));
  // a question about why presupposes the act; a statement is one
  CHECK(Edges(Text("Why did Ethiopia accuse Egypt of sabotage?")).count("Ethiopia accuses Egypt"));
  CHECK(Edges(Text("Le Niger accuse la France d'ingérence.")).count("Niger accuses France"));
}

TEST_CASE("a vow to strike back at an actor warns it", "[extract]") {
  CHECK(Edges(Text("Israel vowed to respond forcefully to Iran.")).count("Israel warns Iran"));
  CHECK(Edges(Text("Hamas threatened to hit back at Israel after the raid."))
            .count("Hamas warns Israel"));
  CHECK(Edges(Text("L'Iran promet de riposter contre Israël.")).count("Iran warns Israel"));
  CHECK(Edges(Text("Le Pakistan a menacé de répliquer à l'Inde.")).count("Pakistan warns India"));
  CHECK(Edges(Text("La Corée du Nord menace de frapper la Corée du Sud."))
            .count("North Korea warns South Korea"));
  // negated, or a promise to answer concerns: no warning
  CHECK_FALSE(Edges(Text("Pakistan did not vow to respond to India.")).count("Pakistan warns India"));
  CHECK_FALSE(Edges(Text("L'Inde n'a pas menacé de riposter contre le Pakistan."))
                  .count("India warns Pakistan"));
  CHECK_FALSE(Edges(Text("Kenya vowed to respond to the concerns of the African Union within a "
                         "week."))
                  .count("Kenya warns African Union"));
}

TEST_CASE("violating, meddling, annexing and destabilising are misdeeds in a speaker's words",
          "[extract]") {
  CHECK(Edges(Text("Azerbaijan said Armenia was violating the ceasefire."))
            .count("Azerbaijan accuses Armenia"));
  CHECK(Edges(Text("Ukraine said Russia had annexed Crimea illegally.")).count("Ukraine accuses Russia"));
  CHECK(Edges(Text("Le Rwanda affirme que la RDC viole l'accord de paix."))
            .count("Rwanda accuses DR Congo"));
  CHECK(Edges(Text("Le Niger a déclaré que la France déstabilise la région."))
            .count("Niger accuses France"));
  // a denial of one's own act, or a hypothesis: no charge
  CHECK_FALSE(Edges(Text("Kenya said Uganda would never violate the agreement."))
                  .count("Kenya accuses Uganda"));
  CHECK_FALSE(Edges(Text("Le Mali a affirmé que l'Algérie ne viole pas l'accord."))
                  .count("Mali accuses Algeria"));
}

TEST_CASE("an accusing object relative: a coordinated subject, an object of its own",
          "[extract]") {
  auto e = Edges(Text("Tehran, which Riyadh and its allies accuse of arming the Houthis, condemned "
                      "the strikes."));
  CHECK(e.count("Saudi Arabia accuses Iran"));
  // the relative's verb has an object of its own: that object is accused,
  // not the antecedent
  auto f = Edges(Text("Les FDLR, que Kigali accuse Kinshasa d'avoir intégrées à son armée, "
                      "restent actives."));
  CHECK(f.count("Rwanda accuses DR Congo"));
  CHECK_FALSE(f.count("Rwanda accuses FDLR"));
  CHECK(Edges(Text("La France, que le Mali accuse d'ingérence, a rappelé son ambassadeur."))
            .count("Mali accuses France"));
}

TEST_CASE("a purpose clause right after a threat names no one threatened", "[extract]") {
  auto e = Edges(Text("The bloc's leaders met in Abuja, and ECOWAS threatened military "
                      "intervention to reinstate President Mohamed Bazoum."));
  CHECK_FALSE(e.count("ECOWAS warns Bazoum"));
  CHECK(Edges(Text("ECOWAS threatened military intervention in Niger.")).count("ECOWAS warns Niger"));
  CHECK_FALSE(Edges(Text("La Cédéao a menacé d'intervenir pour rétablir le président Bazoum."))
                  .count("ECOWAS warns Bazoum"));
}

TEST_CASE("a charge label in apposition, with no agent, is the speaking subject's", "[extract]") {
  CHECK(Edges(Text("Le président Mohamed Bazoum a rejeté tout dialogue avec les putschistes "
                   "nigériens, qualifiés de « criminels », et remercié la France."))
            .count("Bazoum accuses CNSP"));
  // a mere praise label, or no speaker: no accusation
  CHECK_FALSE(Edges(Text("Le président Mohamed Bazoum a rencontré les manifestants, qualifiés de "
                         "« courageux »."))
                  .count("Bazoum accuses protesters"));
}

TEST_CASE("condemning an actor's misdeed accuses the actor too", "[extract]") {
  auto e = Edges(Text("Kenya condemned Uganda's interference."));
  CHECK(e.count("Kenya criticizes Uganda"));
  CHECK(e.count("Kenya accuses Uganda"));
  CHECK(Edges(Text("Le Mali a condamné l'ingérence de l'Algérie.")).count("Mali accuses Algeria"));
  CHECK(Edges(Text("Mali slammed the aggression by Algeria.")).count("Mali accuses Algeria"));
  // a criticism with no misdeed named is no charge; a negated one is none at all
  CHECK_FALSE(Edges(Text("Kenya criticised Uganda's trade policy.")).count("Kenya accuses Uganda"));
  CHECK_FALSE(Edges(Text("Le Mali n'a pas condamné l'ingérence de l'Algérie."))
                  .count("Mali accuses Algeria"));
}
