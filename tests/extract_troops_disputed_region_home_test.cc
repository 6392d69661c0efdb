// Destinations of troop deployments: a disputed
// region stands for the state it is recognised in, a place that names no
// country gives no destination, a country's own army deploys at home.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("troops sent to a disputed region go to its recognised state", "[extract]") {
  const std::string fr =
      "Tensions en mer Noire\n\n"
      "La Russie a envoyé des milliers de soldats en Crimée la semaine dernière.\n";
  auto fedges = Edges(fr, "2014-03-10");
  CHECK(fedges.count("Russia sends_troops Ukraine") == 1);
  const std::string en =
      "Caucasus truce\n\n"
      "Russia deployed 2,000 peacekeepers to Nagorno-Karabakh on Tuesday.\n";
  CHECK(Edges(en, "2020-11-11").count("Russia sends_troops Azerbaijan") == 1);
  // "towards" opens a destination like French "vers".
  const std::string towards =
      "Middle East\n\n"
      "Israel sent troops towards the Golan Heights on Sunday.\n";
  CHECK(Edges(towards, "2024-12-09").count("Israel sends_troops Syria") == 1);
  // A denied deployment stays without an edge.
  const std::string denied =
      "Mer Noire\n\n"
      "Moscou n'a pas envoyé de soldats en Crimée, affirme le Kremlin.\n";
  CHECK(Edges(denied, "2014-03-10").count("Russia sends_troops Ukraine") == 0);
}

TEST_CASE("a place that names no country gives no destination", "[extract]") {
  const std::string fr =
      "Crise au Niger\n\n"
      "Le Niger a rompu avec Paris. Selon le ministre, la France envoie des soldats à "
      "l'étranger depuis des décennies.\n";
  CHECK(Edges(fr, "2023-08-10").count("France sends_troops Niger") == 0);
  const std::string en =
      "Crisis in Chad\n\n"
      "Chad expelled French forces. Critics say the United States deploys troops overseas "
      "too easily.\n";
  CHECK(Edges(en, "2024-12-01").count("United States sends_troops Chad") == 0);
  // A named country after the sending still counts.
  const std::string named =
      "Crisis in Chad\n\n"
      "The United States deployed troops to Niger in 2018.\n";
  CHECK(Edges(named, "2024-12-01").count("United States sends_troops Niger") == 1);
}

TEST_CASE("a country's own army with no foreign place deploys at home", "[extract]") {
  const std::string en =
      "Truce in the Balkans\n\n"
      "Under the plan, Kosovo police leave the north while the Serbian army deploys 3,000 "
      "soldiers along the river.\n";
  CHECK(Edges(en, "2023-10-01").count("Serbia sends_troops Kosovo") == 0);
  const std::string fr =
      "Trêve au Soudan du Sud\n\n"
      "L'armée éthiopienne déploie 4 000 soldats au nord du fleuve.\n";
  CHECK(Edges(fr, "2023-10-01").count("Ethiopia sends_troops South Sudan") == 0);
  // A foreign place named after the troops is still a sending.
  const std::string abroad =
      "Crise dans la Corne de l'Afrique\n\n"
      "L'armée éthiopienne a déployé 3 000 soldats en Somalie.\n";
  CHECK(Edges(abroad, "2023-10-01").count("Ethiopia sends_troops Somalia") == 1);
}

TEST_CASE("troops based in a country were sent there", "[extract]") {
  const std::string fr =
      "Le Tchad et la France\n\n"
      "Les forces françaises basées au Tchad participent à l'exercice.\n";
  CHECK(Edges(fr, "2024-06-01").count("France sends_troops Chad") == 1);
  const std::string en =
      "Djibouti\n\n"
      "The Japanese troops based in Djibouti took part in the drill.\n";
  CHECK(Edges(en, "2024-06-01").count("Japan sends_troops Djibouti") == 1);
  // Military bases are no troops based anywhere.
  const std::string bases =
      "Le Bénin et le Niger\n\n"
      "Niamey accuse le Bénin d'abriter des bases militaires françaises.\n";
  CHECK(Edges(bases, "2024-06-01").count("France sends_troops Benin") == 0);
}

TEST_CASE("a disputed region the sentence names is where troops stand", "[extract]") {
  const std::string fr =
      "Arménie : la colère\n\n"
      "Erevan critique Moscou. Le Haut-Karabakh a vécu sa dernière trêve, négociée par "
      "le contingent russe de maintien de la paix.\n";
  auto e = Edges(fr, "2023-09-21");
  CHECK(e.count("Russia sends_troops Azerbaijan") == 1);
  CHECK(e.count("Russia sends_troops Armenia") == 0);
  // The region's own forces are sent nowhere.
  const std::string local =
      "Arménie\n\n"
      "Le contingent russe a négocié la trêve : les forces arméniennes du Karabakh ont "
      "accepté de désarmer.\n";
  CHECK(Edges(local, "2023-09-21").count("Armenia sends_troops Azerbaijan") == 0);
  // A region whose state is the very issue, with no recognised state, names none.
  const std::string gaza =
      "Israel\n\n"
      "Egyptian peacekeepers could patrol the border with Gaza, officials said.\n";
  CHECK(Edges(gaza, "2024-05-01").count("Egypt sends_troops Israel") == 0);
}

TEST_CASE("backing a decision to send is not sending", "[extract]") {
  CHECK(Edges("Crisis in Haiti\n\nCanada welcomed the decision to deploy the force to Haiti.\n",
              "2023-10-03")
            .count("Canada sends_troops Haiti") == 0);
  CHECK(Edges("Crise en Haïti\n\nLe Bénin a apporté son soutien à la décision de déployer des "
              "policiers en Haïti.\n",
              "2023-10-03")
            .count("Benin sends_troops Haiti") == 0);
  // Taking, announcing or owning the decision still sends.
  CHECK(Edges("Crise en Haïti\n\nLe Kenya a pris la décision de déployer des policiers en "
              "Haïti.\n",
              "2023-10-03")
            .count("Kenya sends_troops Haiti") == 1);
  CHECK(Edges("Crisis in Haiti\n\nKenya announced its decision to send police officers to "
              "Haiti.\n",
              "2023-10-03")
            .count("Kenya sends_troops Haiti") == 1);
}
