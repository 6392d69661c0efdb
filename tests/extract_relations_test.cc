// Relation patterns, one or more short sentences of our own per pattern and
// per relation type, with the cases that must give no edge.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("accuses: active verb, passive, misdeed and label", "[extract]") {
  CHECK(Edges("Le Mali a accusé la France d'ingérence.").count("Mali accuses France"));
  CHECK(Edges("Bamako accuse la France de soutenir les terroristes.").count("Mali accuses France"));
  // passive with agent: the agent accuses
  CHECK(Edges("La France est accusée par le Mali de vouloir déstabiliser le pays.")
            .count("Mali accuses France"));
  // a misdeed with its author, in a speaker's words
  CHECK(Edges("Le président ukrainien a dénoncé une agression de la Russie.")
            .count("Zelensky accuses Russia"));
  CHECK(Edges("Kinshasa a dénoncé une tentative de déstabilisation menée par le Rwanda.")
                .count("Democratic Republic of the Congo accuses Rwanda") +
            Edges("Kinshasa a dénoncé une tentative de déstabilisation menée par le Rwanda.")
                .count("DR Congo accuses Rwanda") ==
        1);
  // "fomentée par X, selon Y"
  CHECK(Edges("Des troubles orchestrés, selon le Kremlin, par l'Occident ont éclaté.")
            .count("Russia accuses West"));
  // labelling as terrorists
  CHECK(Edges("Selon M. Goïta, des terroristes ont attaqué la ville.")
                .count("Goita accuses terrorists") +
            Edges("Selon M. Goïta, des terroristes ont attaqué la ville.")
                .count("Goïta accuses terrorists") ==
        1);
  CHECK(Edges("Russia accused Ukraine of shelling the plant.").count("Russia accuses Ukraine"));
}

TEST_CASE("criticizes: verbs, act nouns and pejorative qualifiers", "[extract]") {
  CHECK(Edges("Washington a critiqué la Chine.").count("United States criticizes China"));
  CHECK(Edges("La France a condamné le déploiement de mercenaires russes au Mali.")
            .count("France criticizes Russia"));
  CHECK(Edges("Le Niger remet en question la présence de troupes françaises sur son sol.")
            .count("Niger criticizes France"));
  CHECK(Edges("Moscou a qualifié d'« irresponsables » les propos de M. Macron.")
            .count("Russia criticizes Macron"));
  CHECK(Edges("The European Union condemned Russia on Monday.").count("EU criticizes Russia"));
  // "accuse X de soutenir Y": the support is Mali's allegation, not a fact
  CHECK_FALSE(
      HasPredicate(Edges("Bamako accuse la France de soutenir les terroristes."), "supports"));
  // a neutral qualifier is no criticism
  CHECK_FALSE(HasPredicate(Edges("Moscou a qualifié d'« historique » la visite de M. Macron."),
                           "criticizes"));
}

TEST_CASE("requests_aid: demander l'aide de, demander à X une aide, faire appel à", "[extract]") {
  CHECK(Edges("Le Niger a demandé l'aide de la CEDEAO.").count("Niger requests_aid ECOWAS"));
  CHECK(Edges("Le président arménien a demandé à la Russie une assistance militaire.", "2022-09-14")
                .count("Khachaturyan requests_aid Russia") +
            Edges("Le Premier ministre arménien a demandé à la Russie une assistance militaire.",
                  "2022-09-14")
                .count("Pashinyan requests_aid Russia") >=
        1);
  CHECK(Edges("Kinshasa a fait appel à l'ONU.").size() >= 1);
  CHECK(Edges("Armenia asked Russia for military help.").count("Armenia requests_aid Russia"));
  // asking without help is not a request for aid
  CHECK_FALSE(
      HasPredicate(Edges("Le Mali a demandé à la France de retirer ses troupes."), "requests_aid"));
}

TEST_CASE("requests_aid: negation and hypothesis give no edge", "[extract]") {
  CHECK(Edges("Le Kazakhstan n'avait pas demandé l'aide de la Russie.").empty());
  CHECK(Edges("Le Kazakhstan n'a jamais demandé l'aide de la Russie.").empty());
  CHECK(Edges("Le Kazakhstan pourrait demander l'aide de la Russie.").empty());
  CHECK(Edges("Le Kazakhstan demanderait l'aide de la Russie.").empty());
  CHECK(Edges("Si le Kazakhstan demande l'aide de la Russie, la situation changera.").empty());
  CHECK(Edges("Armenia did not ask Russia for help.").empty());
}

TEST_CASE("sends_troops: verb, coordination, nominalisation, troop nouns", "[extract]") {
  // subject coordination: one edge per conjunct
  auto e = Edges("La Russie, le Belarus et l'Arménie ont envoyé des troupes au Kazakhstan.");
  CHECK(e.count("Russia sends_troops Kazakhstan"));
  CHECK(e.count("Belarus sends_troops Kazakhstan"));
  CHECK(e.count("Armenia sends_troops Kazakhstan"));
  CHECK(Edges("La France a déployé 5000 soldats au Mali.").count("France sends_troops Mali"));
  // nominalisation with a nationality adjective; implicit destination = the article's country
  CHECK(Edges("Au Mali, la junte a salué l'envoi de troupes russes. Le Mali reste instable.")
            .count("Russia sends_troops Mali"));
  CHECK(Edges("Le Rwanda dément avoir envoyé des soldats en RDC.").empty());
  CHECK(Edges("La Russie n'a pas envoyé de troupes au Kazakhstan.").empty());
  // troop noun with nationality in a deployment context
  CHECK(Edges("Les forces russes envoyées en Syrie ont quitté la base.")
            .count("Russia sends_troops Syria"));
  CHECK(Edges("Les troupes conduites par Moscou et déployées au Kazakhstan vont partir.")
            .count("Russia sends_troops Kazakhstan"));
  CHECK(Edges("Russia sent troops to Kazakhstan.").count("Russia sends_troops Kazakhstan"));
  // a deployment request is not a deployment
  CHECK_FALSE(HasPredicate(Edges("Le Mali a envoyé une lettre à la France."), "sends_troops"));
}

TEST_CASE("warns: mettre en garde, avertir, warn", "[extract]") {
  CHECK(Edges("Moscou a mis en garde l'Occident.").count("Russia warns West"));
  CHECK(Edges("Le Kremlin a averti l'OTAN.").count("Russia warns NATO"));
  CHECK(Edges("Biden warned Russia on Friday.").count("Biden warns Russia"));
  // a warning against a thing names no actor
  CHECK_FALSE(HasPredicate(
      Edges("La Russie a mis en garde contre toute ingérence dans les affaires du Kazakhstan."),
      "warns"));
}

TEST_CASE("supports: soutenir, justifier l'intervention de, d'accord avec", "[extract]") {
  CHECK(Edges("La Russie soutient la junte du Niger.").size() <= 2);
  CHECK(Edges("Le Mali soutient le Niger.").count("Mali supports Niger"));
  CHECK(
      Edges("Vladimir Poutine a justifié l'intervention de l'OTSC.").count("Putin supports CSTO"));
  CHECK(Edges("M. Poutine s'est dit « d'accord avec M. Loukachenko ».")
            .count("Putin supports Lukashenko"));
  // passive participle modifying a non-actor: nothing
  CHECK_FALSE(HasPredicate(Edges("Il a repris la thèse soutenue par M. Tokaïev."), "supports"));
  CHECK(Edges("The United States backed Ukraine.").count("United States supports Ukraine"));
}

TEST_CASE("meets: s'entretenir avec, réunion avec son homologue, rencontrer", "[extract]") {
  CHECK(Edges("M. Macron s'est entretenu avec M. Zelensky.").count("Macron meets Zelensky") +
            Edges("M. Macron s'est entretenu avec M. Zelensky.").count("Zelensky meets Macron") ==
        1);
  auto e = Edges(
      "Kassym-Jomart Tokaïev a parlé lors d'une réunion avec son homologue russe Vladimir "
      "Poutine.");
  CHECK((e.count("Tokayev meets Putin") + e.count("Putin meets Tokayev")) == 1);
  CHECK(Edges("Ilham Aliyev a rencontré Nikol Pachinian à Bruxelles.").size() >= 1);
}

TEST_CASE("leads and official_of: titles, appositions, dirigée par", "[extract]") {
  CHECK(Edges("Le président russe Vladimir Poutine a parlé.").count("Putin leads Russia"));
  CHECK(Edges("Le secrétaire d'État américain, Antony Blinken, a parlé.")
            .count("Blinken official_of United States"));
  CHECK(Edges("Le porte-parole du Kremlin, Dmitri Peskov, a parlé.")
            .count("Peskov official_of Russia"));
  CHECK(Edges("Emmanuel Macron, le président français, a parlé.").count("Macron leads France"));
  CHECK(Edges("L'OTSC, une alliance dirigée par Moscou, a réagi.").count("Russia leads CSTO"));
  CHECK(Edges("Paul Kagame est à la tête du Rwanda.").count("Kagame leads Rwanda"));
  // discovery: an unknown minister named by his title
  auto e = Edges("Le ministre malien des Affaires étrangères, Abdoulaye Diop, a protesté.");
  CHECK(e.count("Abdoulaye Diop official_of Mali"));
  CHECK(Edges("Russian President Vladimir Putin spoke.").count("Putin leads Russia"));
}

TEST_CASE("member_of: membres de, composée de, regroupant", "[extract]") {
  auto e = Edges("La CEDEAO regroupe le Nigeria, le Ghana et le Sénégal.");
  CHECK(e.count("Nigeria member_of ECOWAS"));
  CHECK(e.count("Senegal member_of ECOWAS"));
  auto f = Edges("L'OTSC est composée de la Russie, du Belarus et de l'Arménie.");
  CHECK(f.count("Russia member_of CSTO"));
  CHECK(f.count("Armenia member_of CSTO"));
  CHECK(Edges("Le Mali, membre de la CEDEAO, a quitté la réunion.").count("Mali member_of ECOWAS"));
  // a vague complement is not a member
  CHECK_FALSE(HasPredicate(Edges("L'OTSC regroupe six pays de l'ex-URSS."), "member_of"));
}

TEST_CASE("reported speech and pronouns go to the speaker", "[extract]") {
  auto e = Edges(
      "Le président biélorusse a parlé longuement. « Nous soutenons nos alliés », a-t-il ajouté, "
      "dénonçant une ingérence de l'Occident.");
  CHECK(e.count("Lukashenko accuses West"));
  CHECK(Edges("« Le Rwanda soutient le M23 », a déclaré M. Tshisekedi.")
            .count("Rwanda supports M23"));
  CHECK(Edges("M. Tokaïev a parlé. Il a accusé des terroristes étrangers.")
            .count("Tokayev accuses terrorists"));
}
