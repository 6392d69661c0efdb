// Descriptions of organizations and states named before (engine_coref.cc
// ResolveOrgDescriptions, coref.tsv role=org_desc): "the group", "le bloc
// régional", "la mission", "la junte", "les deux pays".
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("the group, the bloc, the mission take up the subject organization before",
          "[extract][discovery]") {
  const auto group = Edges(
      "Al-Shabaab claimed the attack on a base near Mogadishu on Sunday.\n\n"
      "In a statement, the group accused Kenya of occupying Somali land.",
      "2023-05-08");
  CHECK(group.count("al-Shabaab accuses Kenya"));
  const auto bloc = Edges(
      "La SADC a tenu un sommet extraordinaire à Harare.\n\n"
      "Le bloc régional a accusé le Rwanda de soutenir les rebelles.",
      "2024-03-08");
  CHECK(bloc.count("SADC accuses Rwanda"));
  const auto mission = Edges(
      "La Monusco a renforcé ses positions autour de Goma.\n\n"
      "La mission a accusé le M23 de cibler les civils.",
      "2024-03-08");
  CHECK(mission.count("MONUSCO accuses M23"));
  // "accused the paramilitary group of genocide": "of" is the verb's.
  const auto of = Edges(
      "The RSF shelled El Fasher on Monday.\n\n"
      "The governor, Ahmed Musa, accused the paramilitary group of genocide.",
      "2024-05-13");
  CHECK(of.count("Ahmed Musa accuses RSF"));
}

TEST_CASE("a description with two candidates, a complement or a use of force stays free",
          "[extract][discovery]") {
  // Two armed groups, neither the subject: "the group" is either.
  const auto two = Edges(
      "Fighting between Hamas and Islamic Jihad broke out in Rafah on Sunday.\n\n"
      "The group accused Egypt of closing the border.",
      "2023-05-08");
  CHECK_FALSE(HasPredicate(two, "accuses"));
  // "par la force": a use of force, not the mission.
  const auto force = Edges(
      "La Monusco a renforcé ses positions autour de Goma.\n\n"
      "Le M23 a pris la ville par la force et accusé Kinshasa de trahison.",
      "2024-03-08");
  CHECK_FALSE(force.count("MONUSCO accuses DR Congo"));
  // "la mission d'observation de l'UE": a complement names another body.
  const auto other = Edges(
      "La Monusco a renforcé ses positions autour de Goma.\n\n"
      "La mission d'observation de l'Union africaine a accusé le M23 de cibler les civils.",
      "2024-03-08");
  CHECK_FALSE(other.count("MONUSCO accuses M23"));
}

TEST_CASE("la junte, the junta stand for the state's junta or the state", "[extract][discovery]") {
  const auto fr = Edges(
      "La junte guinéenne a dissous le gouvernement dimanche.\n\n"
      "Lundi, la junte a accusé la France d'ingérence.",
      "2021-09-06");
  // The dictionary knows Guinea's junta body (CNRD): the description is it.
  CHECK(fr.count("CNRD accuses France"));
  const auto en = Edges(
      "The Burkinabe junta expelled two French diplomats on Monday.\n\n"
      "On Tuesday the junta accused Paris of plotting a coup.",
      "2023-12-05");
  // "the junta" after "the Burkinabe junta" is that junta, not the country
  // the page mentions most (France here); Burkina's junta is the state (the
  // gold files never name the MPSR for it).
  CHECK(en.count("Burkina Faso accuses France"));
  CHECK_FALSE(en.count("France accuses France"));
}

TEST_CASE("both countries, les deux pays take up a subject of two countries",
          "[extract][discovery]") {
  const auto fr = Edges(
      "L'Arménie et l'Azerbaïdjan ont signé un accord à Washington.\n\n"
      "Les deux pays ont accusé la Russie d'ingérence.",
      "2025-08-09");
  CHECK(fr.count("Armenia accuses Russia"));
  CHECK(fr.count("Azerbaijan accuses Russia"));
  const auto en = Edges(
      "Serbia and Hungary signed a gas deal in Belgrade on Monday.\n\n"
      "Both countries criticized the European Union over sanctions.",
      "2023-05-08");
  CHECK(en.count("Serbia criticizes EU"));
  CHECK(en.count("Hungary criticizes EU"));
  // Three countries in the subject: "both" names none of them.
  const auto three = Edges(
      "Serbia, Hungary and Slovakia signed a gas deal in Belgrade on Monday.\n\n"
      "Both countries criticized the European Union over sanctions.",
      "2023-05-08");
  CHECK_FALSE(HasPredicate(three, "criticizes"));
}

TEST_CASE("a description may carry adjectives and a collective's word", "[extract][discovery]") {
  // "the Iran-backed group": the group acts, not the state in its modifier.
  const auto backed = Edges(
      "Hezbollah fired rockets at northern Israel on Sunday.\n\n"
      "The Iran-backed group accused Israel of targeting civilians.",
      "2024-01-08");
  CHECK(backed.count("Hezbollah accuses Israel"));
  CHECK_FALSE(backed.count("Iran accuses Israel"));
  // "the jihadist group": not the jihadists in general.
  const auto jihadist = Edges(
      "Al-Shabaab attacked a base near Mogadishu on Sunday.\n\n"
      "The jihadist group, which is affiliated with al-Qaeda, claimed the attack.",
      "2024-01-08");
  CHECK(jihadist.count("al-Shabaab member_of al-Qaeda"));
}

TEST_CASE("a name's head word after an article stands for the only such body",
          "[extract][discovery]") {
  const auto fr = Edges(
      "L'opposition tunisienne a créé lundi un Front de salut national.\n\n"
      "Le président Kaïs Saïed a accusé ce Front de trahison.",
      "2022-06-01");
  CHECK(fr.count("Saied accuses Front de salut national"));
  const auto en = Edges(
      "The Tunisian opposition formed a National Salvation Front on Monday.\n\n"
      "President Kais Saied accused the Front of treason.",
      "2022-06-01");
  CHECK(en.count("Saied accuses National Salvation Front"));
  // Two councils named: "the Council" is either.
  const auto two = Edges(
      "The Tunisian opposition formed a Transition Council on Monday, and the unions formed a "
      "National Council.\n\n"
      "President Kais Saied accused the Council of treason.",
      "2022-06-01");
  CHECK_FALSE(HasPredicate(two, "accuses"));
}

TEST_CASE("the coalition takes up a political coalition named before", "[extract][discovery]") {
  const auto fr = Edges(
      "Le Front patriotique de libération a tenu un meeting à Bangui dimanche.\n\n"
      "La coalition a accusé la France de soutenir le gouvernement.",
      "2023-05-22");
  CHECK(fr.count("Front patriotique de libération accuses France"));
  // A union of states is no coalition of parties.
  const auto bloc = Edges(
      "The East African Community held a summit in Arusha on Sunday.\n\n"
      "The coalition has criticized Egypt for backing the army.",
      "2023-05-22");
  CHECK_FALSE(HasPredicate(bloc, "criticizes"));
}

TEST_CASE("the army stands for the army named before, even before 'of' + verb",
          "[extract][discovery]") {
  const auto en = Edges(
      "Sudan's army shelled Omdurman on Monday.\n\n"
      "Hemedti accused the army of killing civilians.",
      "2023-06-05");
  CHECK(en.count("Hemedti accuses Sudanese Armed Forces"));
  const auto fr = Edges(
      "L'armée soudanaise a bombardé Omdurman lundi.\n\n"
      "Hemedti a accusé l'armée d'avoir tué des civils.",
      "2023-06-05");
  CHECK(fr.count("Hemedti accuses Sudanese Armed Forces"));
  // No army named before and no clear focus: whose army is not said.
  const auto none = Edges("Hemedti a accusé l'armée d'avoir tué des civils.", "2023-06-05");
  CHECK_FALSE(HasPredicate(none, "accuses"));
}

TEST_CASE("a headline's description is named by the lead", "[extract][discovery]") {
  const auto en = Edges(
      "Russian-led bloc sends troops to Armenia as border clashes spread\n\n"
      "The Collective Security Treaty Organization said on Tuesday it would deploy a mission "
      "to the border.",
      "2022-09-14");
  CHECK(en.count("CSTO sends_troops Armenia"));
  CHECK(en.count("Russia leads CSTO"));
  // "faire bloc" is an idiom, not the bloc.
  const auto idiom =
      Edges("Les pays africains font bloc derrière le Niger\n\nLa Cedeao a tenu un sommet à Abuja.",
            "2023-08-10");
  CHECK_FALSE(HasPredicate(idiom, "supports"));
  CHECK_FALSE(HasPredicate(idiom, "leads"));
}

TEST_CASE("both sides, each side ... the other are the parties of the last quarrel",
          "[extract][discovery]") {
  const auto both = Edges(
      "The Sudanese army accused the RSF of shelling hospitals on Monday.\n\n"
      "Washington warned both sides that it could impose sanctions.",
      "2023-06-05");
  CHECK(both.count("United States warns Sudanese Armed Forces"));
  CHECK(both.count("United States warns RSF"));
  const auto each = Edges(
      "The Sudanese army accused the RSF of shelling hospitals on Monday.\n\n"
      "Each side accuses the other of violating the truce.",
      "2023-06-05");
  CHECK(each.count("RSF accuses Sudanese Armed Forces"));
  // No quarrel and no talks told before: "both sides" names nobody. (Talks
  // in the sentence before name the sides: extract_coref_region_rebels_pairs_test.cc.)
  const auto none = Edges(
      "The Sudanese army and the RSF fought in Khartoum on Monday.\n\n"
      "Washington warned both sides that it could impose sanctions.",
      "2023-06-05");
  CHECK_FALSE(none.count("United States warns RSF"));
}

TEST_CASE("ces derniers is the collective named last, not one of a coordination",
          "[extract][discovery]") {
  const auto fr = Edges(
      "Des milliers de manifestants se sont rassemblés devant le Parlement à Erevan.\n\n"
      "Ces derniers accusent la Russie d'avoir abandonné l'Arménie.",
      "2023-09-22");
  CHECK(fr.count("protesters accuses Russia"));
  const auto coordination = Edges(
      "Les États-Unis ont reçu des manifestants à Washington puis la Russie et la Chine.\n\n"
      "Ces derniers ont accusé la France d'ingérence.",
      "2023-09-22");
  CHECK_FALSE(coordination.count("protesters accuses France"));
}

TEST_CASE("the same support is on the target of the support just told", "[extract][discovery]") {
  const auto same = Edges(
      "Germany backed Ukraine's bid on Monday.\n\nHungary voiced the same support.", "2023-12-14");
  CHECK(same.count("Hungary supports Ukraine"));
  // No support told before: nothing to take up.
  const auto none = Edges(
      "Germany criticized Russia on Monday.\n\nHungary voiced the same support.", "2023-12-14");
  CHECK_FALSE(HasPredicate(none, "supports"));
}
