// Wording of deployments, requests by letter and meetings by telephone:
// size adjectives before the troops, "boots on the ground", decisions on a
// sending noun, a French thousands point, letters asking the addressee's
// help, persons told something during a call, meetings that gather persons.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("troop wording: size adjectives before the troops", "[extract]") {
  const std::string fr =
      "Sahel\n\n"
      "La France a envoyé un petit contingent au Tchad la semaine dernière.\n";
  CHECK(Edges(fr, "2023-05-02").count("France sends_troops Chad") == 1);
  const std::string en =
      "Central Asia\n\n"
      "Belarus and Tajikistan have sent smaller detachments to Kazakhstan.\n";
  auto edges = Edges(en, "2022-01-08");
  CHECK(edges.count("Belarus sends_troops Kazakhstan") == 1);
  CHECK(edges.count("Tajikistan sends_troops Kazakhstan") == 1);
  const std::string denied =
      "Asie centrale\n\n"
      "Le Tadjikistan n'a pas envoyé de nouveaux soldats au Kazakhstan.\n";
  CHECK(Edges(denied, "2022-01-08").count("Tajikistan sends_troops Kazakhstan") == 0);
}

TEST_CASE("troop wording: boots on the ground", "[extract]") {
  const std::string en =
      "Cabo Delgado\n\n"
      "Rwanda has had boots on the ground in Mozambique since July.\n";
  CHECK(Edges(en, "2021-09-20").count("Rwanda sends_troops Mozambique") == 1);
  const std::string none =
      "Cabo Delgado\n\n"
      "Rwanda has no boots on the ground in Mozambique.\n";
  CHECK(Edges(none, "2021-09-20").count("Rwanda sends_troops Mozambique") == 0);
}

TEST_CASE("troop wording: a decision on a sending noun, a French thousands point",
          "[extract]") {
  const std::string fr =
      "Budapest\n\n"
      "La Hongrie a voté l'envoi de 200 soldats au Tchad.\n";
  CHECK(Edges(fr, "2023-11-20").count("Hungary sends_troops Chad") == 1);
  const std::string en =
      "Budapest\n\n"
      "Hungary endorsed the deployment of 200 soldiers to Chad.\n";
  CHECK(Edges(en, "2023-11-20").count("Hungary sends_troops Chad") == 1);
  const std::string point =
      "Budapest\n\n"
      "La Hongrie a approuvé le déploiement de 2.900 soldats au Tchad.\n";
  CHECK(Edges(point, "2023-11-20").count("Hungary sends_troops Chad") == 1);
  // Criticising a deployment decides nothing.
  const std::string critic =
      "Budapest\n\n"
      "Hungary criticised the deployment of 200 soldiers to Chad.\n";
  CHECK(Edges(critic, "2023-11-20").count("Hungary sends_troops Chad") == 0);
}

TEST_CASE("request wording: a letter asking the addressee's help", "[extract]") {
  const std::string fr =
      "Almaty\n\n"
      "Le Kazakhstan a adressé une lettre à l'OTSC pour demander son aide.\n";
  CHECK(Edges(fr, "2022-01-06").count("Kazakhstan requests_aid CSTO") == 1);
  const std::string wrote =
      "Almaty\n\n"
      "Le Kazakhstan a écrit à l'OTSC pour solliciter son assistance.\n";
  CHECK(Edges(wrote, "2022-01-06").count("Kazakhstan requests_aid CSTO") == 1);
  const std::string en =
      "Almaty\n\n"
      "Kazakhstan sent a letter to the CSTO requesting its assistance.\n";
  CHECK(Edges(en, "2022-01-06").count("Kazakhstan requests_aid CSTO") == 1);
  // Thanking for help asks for none.
  const std::string thanks =
      "Almaty\n\n"
      "Le Kazakhstan a écrit à l'OTSC pour saluer son aide.\n";
  CHECK(Edges(thanks, "2022-01-06").count("Kazakhstan requests_aid CSTO") == 0);
}

TEST_CASE("meeting wording: a person told something during a call", "[extract]") {
  const std::string en =
      "Beijing\n\n"
      "Wang Yi told Mukhtar Tileuberdi during a phone call that China backed Astana.\n";
  CHECK(Edges(en, "2022-01-10").count("Tileuberdi meets Wang Yi") +
            Edges(en, "2022-01-10").count("Wang Yi meets Tileuberdi") ==
        1);
  const std::string fr =
      "Paris\n\n"
      "Emmanuel Macron a rassuré Volodymyr Zelensky lors d'un entretien téléphonique.\n";
  auto fedges = Edges(fr, "2022-03-01");
  CHECK(fedges.count("Macron meets Zelensky") + fedges.count("Zelensky meets Macron") == 1);
  // A speaker after a quotation addressed no one.
  const std::string quoted =
      "Moscou\n\n"
      "« Le contingent quittera le Kazakhstan », a indiqué M. Poutine lors de cette "
      "réunion.\n";
  auto qedges = Edges(quoted, "2022-01-10");
  CHECK(qedges.count("Kazakhstan meets Putin") + qedges.count("Putin meets Kazakhstan") == 0);
}

TEST_CASE("meeting wording: a meeting that gathers persons", "[extract]") {
  const std::string fr =
      "Paris\n\n"
      "Le sommet a rassemblé Emmanuel Macron et Olaf Scholz à Paris.\n";
  auto fedges = Edges(fr, "2023-06-01");
  CHECK(fedges.count("Macron meets Scholz") + fedges.count("Scholz meets Macron") == 1);
  const std::string en =
      "Paris\n\n"
      "The talks brought together Emmanuel Macron and Olaf Scholz.\n";
  auto eedges = Edges(en, "2023-06-01");
  CHECK(eedges.count("Macron meets Scholz") + eedges.count("Scholz meets Macron") == 1);
  // Leaders of states are no pair of persons: no edge, and no guess.
  const std::string states =
      "Georgetown\n\n"
      "The meeting, chaired by Irfaan Ali, brought together regional leaders and Antony "
      "Blinken.\n";
  auto sedges = Edges(states, "2023-07-06");
  CHECK(sedges.count("Irfaan Ali meets United States") == 0);
}

TEST_CASE("troop wording: troops operating or crossing into a place", "[extract]") {
  const std::string en =
      "Sahel\n\n"
      "Wagner mercenaries are operating in Mali alongside the army.\n";
  CHECK(Edges(en, "2023-03-01").count("Wagner sends_troops Mali") == 1);
  const std::string fr =
      "Sahel\n\n"
      "Des mercenaires de Wagner opèrent au Mali depuis 2021.\n";
  CHECK(Edges(fr, "2023-03-01").count("Wagner sends_troops Mali") == 1);
  const std::string into =
      "Tigray\n\n"
      "Eritrean forces crossed into Ethiopia in November.\n";
  CHECK(Edges(into, "2021-03-23").count("Eritrea sends_troops Ethiopia") == 1);
  // Without troops named, operating somewhere sends no one.
  const std::string firms =
      "Sahel\n\n"
      "French companies are operating in Mali despite the crisis.\n";
  CHECK(Edges(firms, "2023-03-01").count("France sends_troops Mali") == 0);
}

TEST_CASE("meeting wording: joint press conferences and visits", "[extract]") {
  const std::string fr =
      "Berlin\n\n"
      "Emmanuel Macron a tenu une conférence de presse commune avec Olaf Scholz.\n";
  auto fedges = Edges(fr, "2023-06-01");
  CHECK(fedges.count("Macron meets Scholz") + fedges.count("Scholz meets Macron") == 1);
  const std::string en =
      "Berlin\n\n"
      "Emmanuel Macron and Olaf Scholz held a joint news conference on Tuesday.\n";
  auto eedges = Edges(en, "2023-06-01");
  CHECK(eedges.count("Macron meets Scholz") + eedges.count("Scholz meets Macron") == 1);
  const std::string visit =
      "Paris\n\n"
      "Olaf Scholz paid a visit to Emmanuel Macron on Monday.\n";
  auto vedges = Edges(visit, "2023-06-01");
  CHECK(vedges.count("Macron meets Scholz") + vedges.count("Scholz meets Macron") == 1);
  // A press conference held alone meets no one.
  const std::string alone =
      "Paris\n\n"
      "Emmanuel Macron held a news conference on Ukraine and Olaf Scholz spoke later.\n";
  auto aedges = Edges(alone, "2023-06-01");
  CHECK(aedges.count("Macron meets Scholz") + aedges.count("Scholz meets Macron") == 0);
}

TEST_CASE("request wording: forces by their reach and pleading", "[extract]") {
  const std::string en =
      "Port-au-Prince\n\n"
      "Haiti requested an international force from the United Nations.\n";
  CHECK(Edges(en, "2022-10-08").count("Haiti requests_aid UN") == 1);
  const std::string fr =
      "Port-au-Prince\n\n"
      "Haïti a réclamé une force internationale à l'ONU.\n";
  CHECK(Edges(fr, "2022-10-08").count("Haiti requests_aid UN") == 1);
  const std::string plead =
      "Kyiv\n\n"
      "Zelensky pleaded with NATO for a no-fly zone over Ukraine.\n";
  CHECK(Edges(plead, "2022-03-05").count("Zelensky requests_aid NATO") == 1);
  // Opposing a no-fly zone asks nothing.
  const std::string against =
      "Brussels\n\n"
      "NATO rejected a no-fly zone over Ukraine.\n";
  CHECK(Edges(against, "2022-03-05").count("Ukraine requests_aid NATO") == 0);
}

TEST_CASE("troop wording: a state's own troops withdrawn were sent there", "[extract]") {
  const std::string fr =
      "Sahel\n\n"
      "Le Tchad a rapatrié ses soldats du Mali la semaine dernière.\n";
  CHECK(Edges(fr, "2023-12-01").count("Chad sends_troops Mali") == 1);
  const std::string en =
      "Sahel\n\n"
      "Chad has withdrawn its troops from Mali.\n";
  CHECK(Edges(en, "2023-12-01").count("Chad sends_troops Mali") == 1);
  // No place: the page's country.
  const std::string implicit =
      "Niger : le départ des armées occidentales\n\n"
      "Le Niger a rompu ses accords militaires. L'Allemagne va retirer ses soldats d'ici "
      "la fin du mois d'août, a annoncé Berlin. Le Niger s'en félicite.\n";
  CHECK(Edges(implicit, "2024-05-20").count("Germany sends_troops Niger") == 1);
  // Troops pulled back at another's urging, with no owner said, and
  // withdrawals denied or supposed give nothing.
  const std::string pressed =
      "Kosovo\n\n"
      "The United States pressed Serbia to pull back troops massed near Kosovo.\n";
  CHECK(Edges(pressed, "2023-10-01").count("United States sends_troops Kosovo") == 0);
  // Troops to be pulled back are no help asked for.
  CHECK(Edges(pressed, "2023-10-01").count("United States requests_aid Serbia") == 0);
  const std::string denied =
      "Moldavie\n\n"
      "Russia has not withdrawn its troops from Moldova.\n";
  CHECK(Edges(denied, "2024-02-29").count("Russia sends_troops Moldova") == 0);
  const std::string supposed =
      "Moldavie\n\n"
      "Russia would withdraw its troops from Moldova if Chisinau agreed.\n";
  CHECK(Edges(supposed, "2024-02-29").count("Russia sends_troops Moldova") == 0);
}

TEST_CASE("meeting wording: a witness of a meeting or signing meets its parties", "[extract]") {
  const std::string fr =
      "Washington\n\n"
      "Félix Tshisekedi et Paul Kagame ont signé un accord en présence de Donald Trump.\n";
  auto fedges = Edges(fr, "2025-06-27");
  CHECK(fedges.count("Tshisekedi meets Trump") + fedges.count("Trump meets Tshisekedi") == 1);
  CHECK(fedges.count("Kagame meets Trump") + fedges.count("Trump meets Kagame") == 1);
  const std::string en =
      "Paris\n\n"
      "Emmanuel Macron received Olaf Scholz in the presence of Giorgia Meloni.\n";
  auto eedges = Edges(en, "2023-06-01");
  CHECK(eedges.count("Macron meets Meloni") + eedges.count("Meloni meets Macron") == 1);
  // A decree signed before a witness is no meeting of two parties.
  const std::string decree =
      "Paris\n\n"
      "Emmanuel Macron a signé un décret en présence de Giorgia Meloni.\n";
  auto dedges = Edges(decree, "2023-06-01");
  CHECK(dedges.count("Macron meets Meloni") + dedges.count("Meloni meets Macron") == 0);
}

TEST_CASE("troop wording: a state or body that deploys, with no object", "[extract]") {
  const std::string fr =
      "Kazakhstan\n\n"
      "L'OTSC s'est déployée au Kazakhstan en janvier.\n";
  CHECK(Edges(fr, "2022-01-10").count("CSTO sends_troops Kazakhstan") == 1);
  const std::string en =
      "Syria\n\n"
      "Russia deployed to Syria in 2015 to save the government.\n";
  CHECK(Edges(en, "2016-01-10").count("Russia sends_troops Syria") == 1);
  // Missiles are no troops; troops that would be deployed are not sent.
  const std::string missiles =
      "Syria\n\n"
      "Russia deployed missiles to Syria in 2015.\n";
  CHECK(Edges(missiles, "2016-01-10").count("Russia sends_troops Syria") == 0);
  const std::string passive =
      "Karabakh\n\n"
      "Moscow said no Turkish peacekeepers would be deployed in Azerbaijan.\n";
  CHECK(Edges(passive, "2020-11-11").count("Turkey sends_troops Azerbaijan") == 0);
}

TEST_CASE("meeting wording: manner phrases before the party met", "[extract]") {
  const std::string fr =
      "Berlin\n\n"
      "Emmanuel Macron s'est entretenu à huis clos avec Olaf Scholz.\n";
  auto fedges = Edges(fr, "2023-06-01");
  CHECK(fedges.count("Macron meets Scholz") + fedges.count("Scholz meets Macron") == 1);
  const std::string en =
      "Washington\n\n"
      "Volodymyr Zelensky met behind closed doors with Joe Biden on Tuesday.\n";
  auto eedges = Edges(en, "2023-12-12");
  CHECK(eedges.count("Biden meets Zelensky") + eedges.count("Zelensky meets Biden") == 1);
  // Speaking about someone behind closed doors meets no one.
  const std::string about =
      "Washington\n\n"
      "Volodymyr Zelensky spoke behind closed doors about Joe Biden's plan.\n";
  auto aedges = Edges(about, "2023-12-12");
  CHECK(aedges.count("Biden meets Zelensky") + aedges.count("Zelensky meets Biden") == 0);
}

TEST_CASE("troop wording: the body whose mission the troops serve in sends them too",
          "[extract]") {
  const std::string fr =
      "Goma\n\n"
      "Treize soldats sud-africains engagés dans la mission de la SADC ont été tués à Goma, "
      "en RDC.\n";
  auto fedges = Edges(fr, "2025-01-28");
  CHECK(fedges.count("South Africa sends_troops DR Congo") == 1);
  CHECK(fedges.count("SADC sends_troops DR Congo") == 1);
  const std::string en =
      "Goma\n\n"
      "Thirteen South African soldiers, deployed in the Southern African Development "
      "Community's mission in the DRC, were killed last week.\n";
  CHECK(Edges(en, "2025-01-28").count("SADC sends_troops DR Congo") == 1);
  // A body named beside troops, not as their mission, sends nothing.
  const std::string beside =
      "Goma\n\n"
      "South African soldiers were deployed in the DRC, the SADC said.\n";
  CHECK(Edges(beside, "2025-01-28").count("SADC sends_troops DR Congo") == 0);
}

TEST_CASE("request wording: a French possessive help is the body's named before",
          "[extract]") {
  const std::string fr =
      "Erevan\n\n"
      "Selon Erevan, l'OTSC n'a pas rempli ses obligations lorsque l'Arménie avait réclamé "
      "en vain son assistance.\n";
  CHECK(Edges(fr, "2023-09-01").count("Armenia requests_aid CSTO") == 1);
  const std::string en =
      "Yerevan\n\n"
      "The CSTO failed Armenia when Yerevan repeatedly requested its assistance.\n";
  CHECK(Edges(en, "2023-09-01").count("Armenia requests_aid CSTO") == 1);
  // No body named before: no guess.
  const std::string none =
      "Erevan\n\n"
      "L'Arménie avait réclamé son assistance en 2021.\n";
  CHECK(Edges(none, "2023-09-01").count("Armenia requests_aid CSTO") == 0);
}

TEST_CASE("request wording: an appeal with no purpose to a state or body", "[extract]") {
  const std::string fr =
      "Almaty\n\n"
      "Le président Tokaïev a justifié son appel à l'OTSC devant le Parlement.\n";
  CHECK(Edges(fr, "2022-01-11").count("Tokayev requests_aid CSTO") == 1);
  const std::string en =
      "Kyiv\n\n"
      "Ukraine's appeal to the European Union went unanswered.\n";
  CHECK(Edges(en, "2022-03-01").count("Ukraine requests_aid EU") == 1);
  // An appeal for restraint, or one whose asker is not said, asks no help
  // of the one named.
  const std::string restraint =
      "Paris\n\n"
      "L'appel de la France à la Russie à la retenue est resté lettre morte.\n";
  CHECK(Edges(restraint, "2022-03-01").count("France requests_aid Russia") == 0);
  const std::string unsaid =
      "Washington\n\n"
      "Antony Blinken a questionné la nécessité de l'appel à l'OTSC.\n";
  CHECK(Edges(unsaid, "2022-01-08").count("Blinken requests_aid CSTO") == 0);
}

TEST_CASE("meeting wording: states' delegations stand for the states", "[extract]") {
  const std::string en =
      "Ankara\n\n"
      "Turkey hosted talks between the Ethiopian and Somali delegations in Ankara.\n";
  auto eedges = Edges(en, "2024-08-13");
  CHECK(eedges.count("Ethiopia meets Somalia") + eedges.count("Somalia meets Ethiopia") == 1);
  const std::string fr =
      "Ankara\n\n"
      "Des pourparlers entre les délégations éthiopienne et somalienne ont eu lieu à Ankara.\n";
  auto fedges = Edges(fr, "2024-08-13");
  CHECK(fedges.count("Ethiopia meets Somalia") + fedges.count("Somalia meets Ethiopia") == 1);
  // A delegation's trip meets no one.
  const std::string trip =
      "Ankara\n\n"
      "The Ethiopian delegation travelled to Ankara on Monday.\n";
  auto tedges = Edges(trip, "2024-08-13");
  CHECK(tedges.count("Ethiopia meets Turkey") + tedges.count("Turkey meets Ethiopia") == 0);
}

TEST_CASE("troop wording: a force counted with \"-strong\"", "[extract]") {
  const std::string en =
      "Sahel\n\n"
      "Russia sent a 200-strong contingent to Mali in January.\n";
  CHECK(Edges(en, "2024-01-30").count("Russia sends_troops Mali") == 1);
  const std::string bulk =
      "Central Asia\n\n"
      "Russia has contributed the bulk of the 2,500-strong force deployed in Kazakhstan.\n";
  CHECK(Edges(bulk, "2022-01-10").count("Russia sends_troops Kazakhstan") == 1);
  // A strong signal is no force.
  const std::string signal =
      "Sahel\n\n"
      "Russia sent a strong signal to Mali in January.\n";
  CHECK(Edges(signal, "2024-01-30").count("Russia sends_troops Mali") == 0);
}

TEST_CASE("troop wording: troops sent with no agent, counted by nationality after \"dont\"",
          "[extract]") {
  const std::string fr =
      "Kazakhstan\n\n"
      "Environ 2 000 soldats ont été dépêchés au Kazakhstan, dont une écrasante majorité de "
      "Russes.\n";
  CHECK(Edges(fr, "2022-01-10").count("Russia sends_troops Kazakhstan") == 1);
  const std::string count =
      "Kazakhstan\n\n"
      "Quelque 2 000 soldats ont été déployés au Kazakhstan, dont 500 Biélorusses.\n";
  CHECK(Edges(count, "2022-01-10").count("Belarus sends_troops Kazakhstan") == 1);
  // Denied, or a relative "dont" about someone else: nothing.
  const std::string denied =
      "Kazakhstan\n\n"
      "Deux mille soldats n'ont pas été dépêchés au Kazakhstan, dont une majorité de Russes.\n";
  CHECK(Edges(denied, "2022-01-10").count("Russia sends_troops Kazakhstan") == 0);
  const std::string relative =
      "Kazakhstan\n\n"
      "Des soldats ont été déployés au Kazakhstan, dont le président russe a salué le "
      "courage.\n";
  CHECK(Edges(relative, "2022-01-10").count("Russia sends_troops Kazakhstan") == 0);
}
