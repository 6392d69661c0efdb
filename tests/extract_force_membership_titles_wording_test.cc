// Wording of troop sendings, memberships and titles that the force battery
// (tests/battery/force.tsv) found missing: troop arrival cues and nouns,
// carrying verbs, weighed sendings, membership lists and counts, deputy
// ministers, press secretaries and company heads (schema/lexicon/
// triggers_troop_arrival_wording.tsv, triggers_troop_nouns_units.tsv,
// triggers_troops_prospects_wording.tsv, triggers_membership_list_wording.tsv,
// roles_deputies_press_executives.tsv).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("troops with a nationality that land or head somewhere were sent there",
          "[extract]") {
  auto e = Edges("Des soldats arméniens ont atterri à Almaty au Kazakhstan dans la nuit de jeudi.");
  CHECK(e.count("Armenia sends_troops Kazakhstan"));
  e = Edges("Belarusian troops head to Kazakhstan as the crackdown widens");
  CHECK(e.count("Belarus sends_troops Kazakhstan"));
  e = Edges("Des militaires tadjiks commencent à arriver au Kazakhstan, selon l'OTSC.");
  CHECK(e.count("Tajikistan sends_troops Kazakhstan"));
  // tourists are no troops
  e = Edges("Russian tourists head to Turkey as Egypt closes its resorts.");
  CHECK_FALSE(HasPredicate(e, "sends_troops"));
}

TEST_CASE("short troop nouns, small units and carrying verbs", "[extract]") {
  auto e = Edges("Des paras biélorusses débarquent au Kazakhstan.");
  CHECK(e.count("Belarus sends_troops Kazakhstan"));
  e = Edges("Armenia has dispatched a peacekeeping contingent to Kazakhstan.");
  CHECK(e.count("Armenia sends_troops Kazakhstan"));
  e = Edges("Belarus ferried a platoon of special forces to Kazakhstan on Friday.");
  CHECK(e.count("Belarus sends_troops Kazakhstan"));
  e = Edges("Le Bélarus a transporté des soldats au Kazakhstan vendredi.");
  CHECK(e.count("Belarus sends_troops Kazakhstan"));
  // goods carried are no troops; a firm operating abroad is no unit
  e = Edges("Le Bélarus a transporté du blé et des engrais au Kazakhstan.");
  CHECK_FALSE(HasPredicate(e, "sends_troops"));
  e = Edges("A Belarusian company operating in Kazakhstan was fined on Monday.");
  CHECK_FALSE(HasPredicate(e, "sends_troops"));
}

TEST_CASE("a sending only weighed gives no edge", "[extract]") {
  auto e = Edges(
      "L'Italie et l'Espagne ont dit ne pas envisager d'envoyer des soldats en Ukraine.",
      "2024-02-28");
  CHECK_FALSE(HasPredicate(e, "sends_troops"));
  e = Edges("Italy is contemplating sending soldiers to Ukraine, officials said.", "2024-02-28");
  CHECK_FALSE(HasPredicate(e, "sends_troops"));
}

TEST_CASE("membership lists and counts beyond 'member of'", "[extract]") {
  auto e = Edges("The Shanghai Cooperation Organisation brings together China, Russia and India.",
                 "2023-07-04");
  CHECK(e.count("China member_of SCO"));
  CHECK(e.count("India member_of SCO"));
  e = Edges("L'Union économique eurasiatique, constituée de la Russie, du Bélarus et du Kazakhstan, s'est réunie.");
  CHECK(e.count("Kazakhstan member_of EAEU"));
  e = Edges("L'Union eurasiatique, dont font partie l'Arménie et le Kirghizistan, s'est réunie à Minsk.");
  CHECK(e.count("Armenia member_of EAEU"));
  CHECK(e.count("Kyrgyzstan member_of EAEU"));
  e = Edges("L'UEE, à laquelle appartiennent l'Arménie et le Kirghizistan, s'est réunie.");
  CHECK(e.count("Kyrgyzstan member_of EAEU"));
  e = Edges("Le Kirghizistan compte parmi les membres de l'UEE depuis 2015.");
  CHECK(e.count("Kyrgyzstan member_of EAEU"));
  e = Edges("L'appartenance de l'Arménie à l'UEE n'est pas remise en cause.");
  CHECK(e.count("Armenia member_of EAEU"));
  e = Edges("Kazakhstan, a member of both the CSTO and the EAEU, hosted the summit.");
  CHECK(e.count("Kazakhstan member_of CSTO"));
  CHECK(e.count("Kazakhstan member_of EAEU"));
}

TEST_CASE("near-misses of the new membership wording", "[extract]") {
  // a delegation's make-up names no members; entering a city, a sanctions
  // list and a body's strategy are no membership
  auto e = Edges("La Cédéao a envoyé une délégation constituée de responsables nigérians.");
  CHECK_FALSE(HasPredicate(e, "member_of"));
  e = Edges("Les combattants rebelles sont entrés dans Damas dimanche.", "2024-12-08");
  CHECK_FALSE(HasPredicate(e, "member_of"));
  e = Edges("La liste des sanctions de l'UE englobe désormais la Biélorussie.");
  CHECK_FALSE(e.count("Belarus member_of EU"));
  e = Edges("NATO unites Russia's neighbours against Moscow, Stoltenberg said.");
  CHECK_FALSE(e.count("Russia member_of NATO"));
}

TEST_CASE("titles of persons no dictionary holds", "[extract]") {
  auto e = Edges("Armenian Deputy Defence Minister Arman Sargsyan met the delegation.",
                 "2023-03-01");
  CHECK(e.count("Arman Sargsyan official_of Armenia"));
  CHECK_FALSE(e.count("Arman Sargsyan leads Armenia"));
  e = Edges("Kyrgyz presidential press secretary Daiyrbek Orunbekov confirmed the visit.",
            "2023-03-01");
  CHECK(e.count("Daiyrbek Orunbekov official_of Kyrgyzstan"));
  e = Edges("Rosatom CEO Alexei Likhachev met Indian buyers in Moscow.", "2023-03-01");
  CHECK(e.count("Alexei Likhachev leads Rosatom"));
  e = Edges("Le directeur général de Gazprom, Alexeï Miller, a rencontré les acheteurs.",
            "2023-03-01");
  CHECK(e.count("Alexeï Miller leads Gazprom"));
}

TEST_CASE("English ministers of an unlisted portfolio and government spokespersons",
          "[extract]") {
  auto e = Edges("Kyrgyz Health Minister Alymkadyr Beishenaliev visited the hospital.",
                 "2022-03-01");
  CHECK(e.count("Alymkadyr Beishenaliev official_of Kyrgyzstan"));
  e = Edges("Alymkadyr Beishenaliev, the Kyrgyz minister of health, visited the hospital.",
            "2022-03-01");
  CHECK(e.count("Alymkadyr Beishenaliev official_of Kyrgyzstan"));
  e = Edges("Armenian government spokeswoman Nazeli Baghdasaryan denied the report.",
            "2023-03-01");
  CHECK(e.count("Nazeli Baghdasaryan official_of Armenia"));
  // a former minister holds no office
  e = Edges("Former Kyrgyz health minister Alymkadyr Beishenaliev was arrested.", "2023-03-01");
  CHECK_FALSE(e.count("Alymkadyr Beishenaliev official_of Kyrgyzstan"));
}
