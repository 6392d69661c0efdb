// sends_troops on sentences of our own, of the kinds articles about any war
// hold: troops at home, against insurgents at home, in a city of their own
// state; police, observers, aid, arms and money sent; planned, offered,
// refused, hypothetical and denied deployments; tanks and jets delivered as
// arms, but armour deployed; naval and air deployments,
// contingents, reinforcements and contributions to missions.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("troops: no deployment at home, of non-troops, or not done", "[extract]") {
  {
    const auto e = Edges("L'armée malienne a été déployée à Gao pour sécuriser la ville.", "2022-09-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Les forces armées maliennes ont été redéployées dans la région de Tombouctou.", "2022-09-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Le Nigeria a déployé des soldats dans l'État de Borno pour combattre Boko Haram.", "2021-03-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Ethiopia sent troops to Tigray to fight the TPLF.", "2020-11-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Sudan's army deployed reinforcements to Khartoum.", "2023-05-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("L'Union européenne a envoyé des observateurs électoraux au Mozambique.", "2019-07-20");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Le Tchad envisage d'envoyer des troupes au Niger.", "2023-08-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Turkey proposed to deploy peacekeepers in Gaza.", "2024-02-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Poland refused to send troops to Ukraine.", "2024-02-27");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("If NATO sent troops to Ukraine, Russia would respond.", "2024-02-27");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Le Kremlin a démenti avoir envoyé des soldats au Venezuela.", "2019-03-30");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Moscow denied that its troops were in Donbas.", "2021-12-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Les forces russes ont été déployées à Belgorod après l'incursion.", "2023-06-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("The Pentagon put 8,500 troops on high alert for possible deployment to Europe.", "2022-01-25");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Washington is considering sending troops to Taiwan.", "2023-03-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("China sent a medical team and rescuers to Turkey.", "2023-02-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("The Ukrainian army sent reinforcements to Bakhmut.", "2023-01-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("L'armée congolaise a envoyé des renforts à Goma.", "2022-11-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Le gouvernement a déployé l'armée dans les rues de la capitale.", "2022-11-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Mali's junta sent troops to Kidal to retake the town from rebels.", "2023-10-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Doctors Without Borders sent medical staff to Sudan.", "2023-04-20");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Le Conseil de sécurité a autorisé le déploiement d'une force multinationale en Haïti.", "2023-10-02");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("The African Union called for the deployment of troops to Somalia.", "2023-10-02");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Kazakhstan asked the CSTO to send troops.", "2022-01-06");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Belarus will not send troops to Ukraine, Lukashenko said.", "2022-03-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Finland sent firefighters to Canada.", "2023-06-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Russia massed troops on its border with Ukraine.", "2021-12-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Les armées chinoise et russe ont mené des exercices conjoints en mer du Japon.", "2022-08-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Le Royaume-Uni pourrait envoyer des soldats en Estonie.", "2022-02-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Britain offered to deploy more troops to Estonia.", "2022-02-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Emmanuel Macron n'a pas exclu l'envoi de troupes occidentales en Ukraine.", "2024-03-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Le Rwanda nie avoir des soldats en RDC.", "2024-03-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Rwanda denies having troops in Congo.", "2024-03-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Le Niger a exigé le départ des soldats français.", "2023-08-20");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Les États-Unis ont envoyé des conseillers économiques en Ukraine.", "2022-06-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Washington sent a diplomatic delegation to Kyiv.", "2022-06-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Les forces de l'ordre kazakhes ont été déployées à Almaty.", "2022-01-08");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Kazakh troops were deployed in Almaty to quell the unrest.", "2022-01-08");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Ukrainian soldiers trained in Britain before returning to the front.", "2023-05-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Des soldats ukrainiens sont formés en France.", "2023-05-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Some 200 Malian soldiers fled to Mauritania after the attack.", "2023-05-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Des soldats maliens se sont réfugiés au Niger.", "2023-05-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Mozambican troops retook Mocimboa da Praia from the insurgents.", "2021-08-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Russian troops attacked Ukrainian positions near Kharkiv.", "2022-05-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Azerbaijani forces shelled Armenian villages overnight.", "2022-09-14");
    CHECK_FALSE(e.count("Azerbaijan sends_troops Armenia"));
  }
  {
    const auto e = Edges("Le ministre russe de la Défense s'est rendu au Mali.", "2019-05-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("The presence of foreign troops in Libya worries the UN.", "2022-02-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Les soldats russes capturés ont été remis à l'Ukraine.", "2022-02-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Russia sent reinforcements to the Kursk region.", "2024-08-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Moscou a envoyé des renforts dans la région de Koursk.", "2024-08-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Belarus hosts Russian troops on its territory, the Kremlin said.", "2022-10-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Le Burkina Faso et le Mali ont envoyé une délégation au Niger.", "2023-08-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Mali and Burkina Faso sent a delegation to Niamey.", "2023-08-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Le Japon a envoyé des équipes de secours en Turquie.", "2022-03-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
}

TEST_CASE("troops: an offer stays an offer past a time adjunct", "[extract]") {
  {
    const auto e = Edges("Kenya first offered in July last year to send 1,000 soldiers to Haiti.", "2024-03-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Kenya offered in July to send 1,000 soldiers to Haiti.", "2024-03-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Kenya first offered to send 1,000 soldiers to Haiti.", "2024-03-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Kenya offered last year to send soldiers to Haiti.", "2024-03-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Le Kenya a proposé en juillet d'envoyer 1 000 soldats en Haïti.", "2024-03-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Le Kenya avait proposé l'an dernier d'envoyer des soldats en Haïti.", "2024-03-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  // the offer made, the sending done: a plain past deployment still counts
  CHECK(Edges("Kenya sent 1,000 soldiers to Haiti in July.", "2024-08-01")
            .count("Kenya sends_troops Haiti"));
}

TEST_CASE("troops: arms, tanks and jets sent are no troops, deployed they are", "[extract]") {
  {
    const auto e = Edges("La France a envoyé de l'aide humanitaire au Liban.", "2023-02-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("The United States sent weapons and ammunition to Ukraine.", "2022-05-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Germany sent 500 million euros to Ukraine.", "2022-05-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("La Turquie a livré des drones à l'Azerbaïdjan.", "2020-01-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Russia plans to deploy tactical nuclear weapons in Belarus.", "2023-01-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Germany will send Leopard tanks to Ukraine.", "2023-01-25");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Poland sent 14 tanks to Ukraine last month.", "2023-01-25");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("L'Allemagne a envoyé des chars Leopard en Ukraine.", "2023-01-25");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("La France a livré des blindés à l'Ukraine.", "2023-01-25");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("The United States has supplied armoured vehicles to Ukraine.", "2023-01-25");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("The Netherlands will deliver F-16 fighter jets to Ukraine.", "2023-06-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Denmark sent F-16s to Ukraine.", "2023-06-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Ukraine received 300 armoured vehicles from its allies.", "2022-02-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Iran sent drones to Russia.", "2022-10-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("L'Iran a fourni des drones à la Russie.", "2022-10-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("North Korea shipped artillery shells to Russia.", "2022-10-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Poland sent generators and medical supplies to Ukraine.", "2022-03-10");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Russian warplanes struck targets in Syria.", "2015-10-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {
    const auto e = Edges("Les avions de combat russes ont bombardé la Syrie.", "2015-10-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  // warplanes alone name no troops; with crews or troops they do
  CHECK_FALSE(HasPredicate(Edges("France deployed fighter jets to Romania.", "2022-03-01"),
                           "sends_troops"));
  CHECK(Edges("France deployed fighter jets and 200 airmen to Romania.", "2022-03-01")
            .count("France sends_troops Romania"));
  CHECK(Edges("La Russie a déployé des blindés au Tadjikistan.", "2021-08-10")
            .count("Russia sends_troops Tajikistan"));
  CHECK(Edges("Moscow stationed tanks and armoured vehicles in Belarus.", "2022-02-10")
            .count("Russia sends_troops Belarus"));
}

TEST_CASE("troops: deployments in the wording of other wars", "[extract]") {
  {
    const auto e = Edges("Washington sent two squadrons of F-16s to Poland.", "2022-03-01");
    CHECK(e.count("United States sends_troops Poland"));
  }
  {
    const auto e = Edges("A contingent of 300 Kenyan soldiers arrived in Somalia.", "2012-01-01");
    CHECK(e.count("Kenya sends_troops Somalia"));
  }
  {
    const auto e = Edges("Le Rwanda a dépêché un millier de soldats au Mozambique.", "2021-07-10");
    CHECK(e.count("Rwanda sends_troops Mozambique"));
  }
  {
    const auto e = Edges("Le Burundi achemine des renforts vers l'est de la RDC.", "2023-10-10");
    CHECK(e.count("Burundi sends_troops DR Congo"));
  }
  {
    const auto e = Edges("Ghana contributes troops to the UN mission in Lebanon.", "2020-05-01");
    CHECK(e.count("Ghana sends_troops Lebanon"));
  }
  {
    const auto e = Edges("Les Émirats arabes unis ont envoyé des renforts au Yémen.", "2015-09-01");
    CHECK(e.count("United Arab Emirates sends_troops Yemen"));
  }
  {
    const auto e = Edges("Chadian soldiers were airlifted to Niger.", "2023-08-01");
    CHECK(e.count("Chad sends_troops Niger"));
  }
  {
    const auto e = Edges("Britain is sending 1,000 troops to Estonia.", "2022-02-01");
    CHECK(e.count("United Kingdom sends_troops Estonia"));
  }
  {
    const auto e = Edges("Turkey has stationed thousands of troops in northern Syria.", "2020-02-01");
    CHECK(e.count("Turkey sends_troops Syria"));
  }
  {
    const auto e = Edges("L'Égypte a envoyé des navires de guerre en Somalie.", "2024-09-01");
    CHECK(e.count("Egypt sends_troops Somalia"));
  }
  {
    const auto e = Edges("South Africa committed 2,900 soldiers to the SADC mission in Congo.", "2024-01-01");
    CHECK(e.count("South Africa sends_troops DR Congo"));
  }
  {
    const auto e = Edges("Le Tchad a fourni un bataillon à la Minusma au Mali.", "2019-01-01");
    CHECK(e.count("Chad sends_troops Mali"));
  }
  {
    const auto e = Edges("Uganda beefed up its military presence in eastern Congo.", "2021-12-01");
    CHECK(e.count("Uganda sends_troops DR Congo"));
  }
  {
    const auto e = Edges("Russia reinforced its garrison in Moldova.", "2022-05-01");
    CHECK(e.count("Russia sends_troops Moldova"));
  }
  {
    const auto e = Edges("Paris a renforcé son dispositif militaire au Tchad.", "2022-05-01");
    CHECK(e.count("France sends_troops Chad"));
  }
  {
    const auto e = Edges("La Turquie a déployé des militaires en Libye.", "2020-01-10");
    CHECK(e.count("Turkey sends_troops Libya"));
  }
  {
    const auto e = Edges("Des parachutistes russes ont été acheminés au Kazakhstan.", "2022-01-07");
    CHECK(e.count("Russia sends_troops Kazakhstan"));
  }
  {
    const auto e = Edges("Les troupes sénégalaises sont entrées en Gambie jeudi.", "2017-01-19");
    CHECK(e.count("Senegal sends_troops Gambia"));
  }
  {
    const auto e = Edges("India airlifted paratroopers to the Maldives.", "1988-11-04");
    CHECK(e.count("India sends_troops Maldives"));
  }
  {
    const auto e = Edges("Moscou a dépêché des renforts en Arménie.", "2022-01-07");
    CHECK(e.count("Russia sends_troops Armenia"));
  }
  {
    const auto e = Edges("Saudi Arabia sent armoured vehicles and 1,000 troops into Bahrain.", "2011-03-15");
    CHECK(e.count("Saudi Arabia sends_troops Bahrain"));
  }
  {
    const auto e = Edges("Belarus contributed a contingent to the CSTO force in Kazakhstan.", "2022-01-07");
    CHECK(e.count("Belarus sends_troops Kazakhstan"));
  }
  {
    const auto e = Edges("Des renforts américains sont arrivés en Pologne.", "2022-02-02");
    CHECK(e.count("United States sends_troops Poland"));
  }
  {
    const auto e = Edges("Germany will permanently station a brigade in Lithuania.", "2023-06-26");
    CHECK(e.count("Germany sends_troops Lithuania"));
  }
  {
    const auto e = Edges("Australia deployed police and troops to the Solomon Islands.", "2021-11-25");
    CHECK(e.count("Australia sends_troops Solomon Islands"));
  }
  {
    const auto e = Edges("Kenya's soldiers landed in Goma on Saturday.", "2022-11-12");
    CHECK(e.count("Kenya sends_troops DR Congo"));
  }
}

TEST_CASE("troops: a place before a colon belongs to another clause", "[extract]") {
  const auto e = Edges(
      "Le Tchad est calme. La situation est plus tendue qu'au Soudan : quelque 300 soldats "
      "français sont stationnés près de la capitale.",
      "2023-08-31");
  CHECK_FALSE(e.count("France sends_troops Sudan"));
  CHECK(e.count("France sends_troops Chad"));
  const auto f = Edges(
      "Chad is calm. Things are tenser than in Sudan: some 300 French soldiers are stationed "
      "near the capital.",
      "2023-08-31");
  CHECK_FALSE(f.count("France sends_troops Sudan"));
  CHECK(f.count("France sends_troops Chad"));
}

TEST_CASE("troops: a nationality's territory or soil is its state", "[extract]") {
  CHECK(Edges("Kazakhstan is calm. Azerbaijani troops crossed into Armenian territory in May.",
              "2022-01-07")
            .count("Azerbaijan sends_troops Armenia"));
  CHECK(Edges("Le Kazakhstan est calme. Des soldats russes sont entrés en territoire ukrainien.",
              "2022-01-07")
            .count("Russia sends_troops Ukraine"));
  CHECK(Edges("Le Kazakhstan est calme. Des troupes rwandaises ont été déployées sur le sol "
              "congolais.",
              "2022-01-07")
            .count("Rwanda sends_troops DR Congo"));
  // its own soil: sent nowhere, not to the page's country either
  CHECK_FALSE(HasPredicate(
      Edges("Kazakhstan is calm. Russia deployed troops on Russian soil.", "2022-01-07"),
      "sends_troops"));
}
