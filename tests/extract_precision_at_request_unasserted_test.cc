// Precision on text nobody tuned for: who was asked when troops
// arrive "at the request of" someone, and other false positives found on
// freshly annotated pages. Sentences of our own, about other actors.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("troops of an organization at someone's request ask the organization", "[extract]") {
  auto f = Edges(
      "Mozambique gets regional help\n\n"
      "About 3,000 troops from the Southern African Development Community, most of them "
      "South African but also soldiers from Malawi and Tanzania, have been deployed to "
      "Mozambique at the request of the Mozambican government.",
      "2021-08-01");
  CHECK(f.count("Mozambique requests_aid SADC"));
  CHECK_FALSE(f.count("Mozambique requests_aid Malawi"));
  CHECK_FALSE(f.count("Mozambique requests_aid Tanzania"));
}

TEST_CASE("a coalition's nationalities at someone's request ask the alliance", "[extract]") {
  auto f = Edges(
      "L'OTAN renforce son flanc est\n\n"
      "L'OTAN a tenu un sommet à Vilnius. Quelque 1500 soldats français, allemands et "
      "néerlandais ont été déployés en Lituanie à la demande du gouvernement lituanien.",
      "2023-07-12");
  CHECK(f.count("Lithuania requests_aid NATO"));
  CHECK_FALSE(f.count("Lithuania requests_aid France"));
  CHECK_FALSE(f.count("Lithuania requests_aid Germany"));
  CHECK(f.count("France sends_troops Lithuania"));
  // No alliance named: the nationalities were not each asked.
  auto g = Edges(
      "Des soldats tchadiens et nigériens ont été déployés au Burkina Faso à la demande du "
      "gouvernement burkinabè.",
      "2023-07-12");
  CHECK_FALSE(g.count("Burkina Faso requests_aid Chad"));
  CHECK_FALSE(g.count("Burkina Faso requests_aid Niger"));
}

TEST_CASE("one sender at someone's request is still asked", "[extract]") {
  auto f = Edges(
      "Des soldats rwandais ont été déployés en Centrafrique à la demande du gouvernement "
      "centrafricain. Le Rwanda a envoyé des troupes au Mozambique à la demande du "
      "gouvernement mozambicain.",
      "2021-08-01");
  CHECK(f.count("Central African Republic requests_aid Rwanda"));
  CHECK(f.count("Mozambique requests_aid Rwanda"));
}

TEST_CASE("a trigger word inside an organization's name is no trigger", "[extract]") {
  auto f = Edges(
      "Sudan's army accused the regional bloc of undermining it by inviting the commander of "
      "the Rapid Support Forces, Mohamed Hamdan Dagalo, to a summit in Nairobi.",
      "2024-01-20");
  CHECK(f.count("Hemedti leads RSF"));
  CHECK_FALSE(HasPredicate(f, "requests_aid"));
  CHECK_FALSE(HasPredicate(f, "supports"));
  // The same words outside a name still count.
  auto g = Edges(
      "Le Soudan a demandé l'aide de l'Égypte face aux Forces de soutien rapide. Kenya backed "
      "the Rapid Support Forces. The United States called on Egypt to provide support to the "
      "Sudanese army.",
      "2024-01-20");
  CHECK(g.count("Sudan requests_aid Egypt"));
  CHECK(g.count("Kenya supports RSF"));
  CHECK(g.count("United States requests_aid Egypt"));
}

TEST_CASE("a negated verb governing a meeting noun gives no meeting", "[extract]") {
  auto no = Edges(
      "Officials in Ankara said Turkey had not held direct talks with the Taliban and relied "
      "on Qatar instead. Germany never held talks with Hezbollah, the minister said.",
      "2023-05-10");
  CHECK_FALSE(no.count("Turkey meets Taliban"));
  CHECK_FALSE(no.count("Germany meets Hezbollah"));
  auto non = Edges("Emmanuel Macron n'a eu aucun entretien avec Assimi Goïta.", "2022-05-10");
  CHECK_FALSE(non.count("Macron meets Goita"));
  auto yes = Edges(
      "Turkey held direct talks with the Taliban on Monday. Emmanuel Macron a eu un long "
      "entretien avec Assimi Goïta.",
      "2022-05-10");
  CHECK(yes.count("Turkey meets Taliban"));
  CHECK(yes.count("Macron meets Goita"));
}

TEST_CASE("plans, agreements to act later and questions give no edge", "[extract]") {
  auto en = Edges(
      "Serbia and Kosovo agreed to meet in Brussels next month. Turkey plans to send troops to "
      "Libya. NATO leaders will decide whether to open talks with Moldova.",
      "2023-05-10");
  CHECK_FALSE(en.count("Serbia meets Kosovo"));
  CHECK_FALSE(en.count("Turkey sends_troops Libya"));
  CHECK_FALSE(en.count("NATO meets Moldova"));
  auto en_done = Edges(
      "Serbia met Kosovo in Brussels last month. Turkey sent troops to Libya. NATO leaders "
      "opened talks with Moldova.",
      "2023-05-10");
  CHECK(en_done.count("Serbia meets Kosovo"));
  CHECK(en_done.count("Turkey sends_troops Libya"));
  CHECK(en_done.count("NATO meets Moldova"));
  auto fr = Edges(
      "Le Tchad s'apprête à envoyer des soldats au Niger. La Serbie et le Kosovo ont accepté de "
      "se rencontrer à Bruxelles. Le Sénégal espère rencontrer le président gambien Adama "
      "Barrow.",
      "2023-05-10");
  CHECK_FALSE(fr.count("Chad sends_troops Niger"));
  CHECK_FALSE(fr.count("Serbia meets Kosovo"));
  CHECK_FALSE(fr.count("Senegal meets Barrow"));
  auto fr_done = Edges(
      "Le Tchad a envoyé des soldats au Niger. Le Sénégal a rencontré le président gambien "
      "Adama Barrow. Recep Tayyip Erdogan avait accepté, à l'issue d'un entretien avec Olaf "
      "Scholz, "
      "de rouvrir la frontière.",
      "2023-05-10");
  CHECK(fr_done.count("Chad sends_troops Niger"));
  CHECK(fr_done.count("Senegal meets Barrow"));
  // "accepté" followed by an adjunct, not by its infinitive: the meeting stands.
  CHECK(fr_done.count("Erdogan meets Scholz"));
}

TEST_CASE("declining or abstaining to act gives no edge", "[extract]") {
  auto no = Edges("Germany declined to condemn Israel.", "2023-11-10");
  CHECK_FALSE(no.count("Germany criticizes Israel"));
  auto yes = Edges("Germany condemned Israel.", "2023-11-10");
  CHECK(yes.count("Germany criticizes Israel"));
  auto non = Edges("La Chine s'est abstenue de critiquer la Russie.", "2023-11-10");
  CHECK_FALSE(non.count("China criticizes Russia"));
  auto oui = Edges("La Chine a critiqué la Russie.", "2023-11-10");
  CHECK(oui.count("China criticizes Russia"));
}

TEST_CASE("an act someone is asked or urged to do is not done yet", "[extract]") {
  auto en = Edges(
      "Kenya's president urged his citizens to rally around Egypt. Egypt called on Qatar to "
      "condemn Israel.",
      "2023-11-10");
  // The asked do nothing yet; the caller backs the actor he asks others to
  // back (session 12: "called on everyone to rally around X" supports X).
  CHECK(en.count("Ruto supports Egypt") == 1);
  CHECK_FALSE(en.count("Egypt supports Egypt"));
  CHECK_FALSE(en.count("Qatar criticizes Israel"));
  CHECK_FALSE(en.count("Egypt criticizes Israel"));
  auto fr = Edges(
      "Le Sénégal a appelé la population à soutenir le Mali. Le Sénégal a demandé au Ghana de "
      "condamner le Togo.",
      "2023-11-10");
  CHECK(fr.count("Senegal supports Mali") == 1);
  CHECK_FALSE(fr.count("Ghana criticizes Togo"));
  CHECK_FALSE(fr.count("Senegal criticizes Togo"));
  auto done = Edges("Qatar condemned Israel. Le Ghana a condamné le Togo.", "2023-11-10");
  CHECK(done.count("Qatar criticizes Israel"));
  CHECK(done.count("Ghana criticizes Togo"));
}

TEST_CASE("a name glued to a participle qualifies the noun after it", "[extract]") {
  auto f = Edges(
      "Mali sought help from a Russia-backed security firm after the coup. Armenia appealed to "
      "the Russia-led CSTO for help. Niger sought help from Russia after the coup.",
      "2023-09-10");
  CHECK_FALSE(f.count("Mali requests_aid Russia"));
  CHECK(f.count("Armenia requests_aid CSTO"));
  CHECK_FALSE(f.count("Armenia requests_aid Russia"));
  CHECK(f.count("Russia leads CSTO"));
  CHECK(f.count("Niger requests_aid Russia"));
  // French puts the participle after its noun: the agent is no recipient.
  auto g = Edges("Le Tchad a demandé l'aide d'une milice soutenue par le Soudan.", "2023-09-10");
  CHECK_FALSE(g.count("Chad requests_aid Sudan"));
}

TEST_CASE("troops with no place go where a recent deployment went, else the main country",
          "[extract]") {
  auto en = Edges(
      "War in Sudan enters its second year\n\n"
      "The war in Sudan entered its second year on Monday. Egypt sent troops to Chad in 2023. "
      "Sudan's economy has collapsed. Millions have fled Sudan. Aid agencies say Sudan faces "
      "famine. Talks on Sudan have stalled. Several hundred Turkish soldiers are now deployed in "
      "the country.",
      "2024-04-15");
  CHECK(en.count("Egypt sends_troops Chad"));
  CHECK(en.count("Turkey sends_troops Sudan"));
  CHECK_FALSE(en.count("Turkey sends_troops Chad"));
  auto fr = Edges(
      "Le Soudan s'enfonce dans la guerre\n\n"
      "La guerre au Soudan est entrée dans sa deuxième année lundi. L'Égypte avait envoyé des "
      "soldats au Tchad en 2023. L'économie du Soudan s'est effondrée. Des millions de "
      "personnes ont fui le Soudan. Les ONG redoutent une famine au Soudan. Les pourparlers sur "
      "le Soudan sont au point mort. Plusieurs centaines de soldats turcs sont désormais "
      "déployés dans le pays.",
      "2024-04-15");
  CHECK(fr.count("Turkey sends_troops Sudan"));
  CHECK_FALSE(fr.count("Turkey sends_troops Chad"));
  // Right after a deployment, troops with no place of their own follow it.
  auto next = Edges(
      "War in Sudan enters its second year\n\n"
      "The war in Sudan entered its second year on Monday. Egypt sent troops to Chad in 2023. "
      "Turkish soldiers were deployed as well.",
      "2024-04-15");
  CHECK(next.count("Turkey sends_troops Chad"));
}

TEST_CASE("a passive of calling needs its label to criticize", "[extract]") {
  auto no = Edges(
      "The Kampala summit, hosted by Uganda's President Yoweri Museveni, was called by Kenya. The "
      "Nairobi talks were called by Ethiopia to end the war.",
      "2024-01-20");
  CHECK_FALSE(HasPredicate(no, "criticizes"));
  auto yes = Edges("Kenya was called a traitor by Ethiopia.", "2024-01-20");
  CHECK(yes.count("Ethiopia criticizes Kenya"));
  auto oui = Edges("Le Kenya a été qualifié de traître par l'Éthiopie.", "2024-01-20");
  CHECK(oui.count("Ethiopia criticizes Kenya"));
  auto non = Edges("La réunion a été convoquée par l'Éthiopie.", "2024-01-20");
  CHECK_FALSE(HasPredicate(non, "criticizes"));
}

TEST_CASE("a coordinated speech verb speaks for the clause's subject", "[extract]") {
  auto f = Edges(
      "Le Niger saisit l'Union africaine et accuse la France de soutenir les groupes "
      "terroristes.",
      "2023-08-20");
  CHECK(f.count("Niger accuses France"));
  CHECK_FALSE(f.count("African Union accuses terrorists"));
}

TEST_CASE("an apposition describing a named group labels no one", "[extract]") {
  auto fr = Edges(
      "Patrick Muyaya a affirmé que Kigali arme le M23, un groupe armé actif dans le Nord-Kivu.",
      "2023-08-20");
  CHECK_FALSE(fr.count("Muyaya accuses terrorists"));
  auto en = Edges("Patrick Muyaya said Rwanda arms the M23, an armed group active in North Kivu.",
                  "2023-08-20");
  CHECK_FALSE(en.count("Muyaya accuses terrorists"));
  // Named by the speaker as the actors, armed groups are still a label.
  auto label = Edges("Patrick Muyaya said armed groups had attacked Goma.", "2023-08-20");
  CHECK(label.count("Muyaya accuses terrorists"));
}

TEST_CASE("a duration adverb stands between an accusation and its object", "[extract]") {
  auto fr = Edges(
      "Le ministre a dénoncé un accord qui récompense le pillage, le Tchad accusant de longue "
      "date Khartoum d'exporter de l'or extrait dans les zones contrôlées par Wagner.",
      "2024-02-20");
  CHECK(fr.count("Chad accuses Sudan"));
  CHECK_FALSE(fr.count("Chad accuses Wagner"));
  auto en = Edges(
      "Chad has for years accused Sudan of exporting gold mined in areas controlled by the Rapid "
      "Support Forces.",
      "2024-02-20");
  CHECK(en.count("Chad accuses Sudan"));
  CHECK_FALSE(en.count("Chad accuses RSF"));
}

TEST_CASE("an English verb form after a preposition is a noun", "[extract]") {
  auto f = Edges(
      "The delegation met Sergei Lavrov in Moscow on Tuesday, a day after talks in Beijing with "
      "Chinese Foreign Minister Wang Yi.",
      "2023-11-21");
  CHECK_FALSE(f.count("Lavrov meets China"));
  CHECK_FALSE(f.count("Lavrov meets Wang Yi"));
  auto g = Edges("Sergei Lavrov talks with Wang Yi every month.", "2023-11-21");
  CHECK(g.count("Lavrov meets Wang Yi"));
}

TEST_CASE("a nationality before a title names the holder as object", "[extract]") {
  auto en = Edges("Sergei Lavrov held talks in Beijing with Chinese Foreign Minister Wang Yi.",
                  "2023-11-21");
  CHECK(en.count("Lavrov meets Wang Yi"));
  CHECK_FALSE(en.count("Lavrov meets China"));
  auto fr = Edges(
      "Sergueï Lavrov a rencontré lundi à Pékin le ministre chinois des Affaires étrangères, "
      "Wang Yi.",
      "2023-11-21");
  CHECK(fr.count("Lavrov meets Wang Yi"));
  CHECK_FALSE(fr.count("Lavrov meets China"));
}

TEST_CASE("a person named inside a quotation is not the 'he' who said it", "[extract]") {
  auto en = Edges(
      "Ukraine's president visits Washington\n\n"
      "Ukrainian President Volodymyr Zelensky met lawmakers on Tuesday. \"If anyone is happy "
      "about this delay, it is Vladimir Putin,\" he said. He also met with Antony Blinken on "
      "Monday.",
      "2023-12-12");
  CHECK(en.count("Zelensky meets Blinken"));
  CHECK_FALSE(en.count("Putin meets Blinken"));
  auto fr = Edges(
      "Le président ukrainien en visite à Paris\n\n"
      "Le président ukrainien Volodymyr Zelensky a rencontré des députés mardi. « Si quelqu'un "
      "se réjouit de ce retard, c'est Vladimir Poutine », a-t-il déclaré. Il a également "
      "rencontré Emmanuel Macron lundi.",
      "2023-12-12");
  CHECK(fr.count("Zelensky meets Macron"));
  CHECK_FALSE(fr.count("Putin meets Macron"));
}

TEST_CASE("an X-led alliance is the alliance the article names", "[extract]") {
  auto f = Edges(
      "Armenia turns to Moscow\n\n"
      "Armenia appealed to a Russia-led military alliance for help. The Collective Security "
      "Treaty Organization said it would study the request.",
      "2022-09-14");
  CHECK(f.count("Armenia requests_aid CSTO"));
  CHECK(f.count("Russia leads CSTO"));
  CHECK_FALSE(f.count("Armenia requests_aid Russia"));
  // Two alliances named: which one is meant is unknown.
  auto g = Edges(
      "Two blocs\n\n"
      "Finland asked a US-led alliance for help. NATO and the Collective Security Treaty "
      "Organization both met on Monday.",
      "2022-09-14");
  CHECK_FALSE(g.count("Finland requests_aid CSTO"));
  CHECK_FALSE(g.count("Finland requests_aid NATO"));
  CHECK_FALSE(g.count("United States leads CSTO"));
  // French puts the leader after: "dirigée par Moscou".
  auto fr = Edges(
      "L'Arménie se tourne vers Moscou\n\n"
      "L'Arménie a demandé mardi l'aide de l'Organisation du traité de sécurité collective, une "
      "alliance militaire dirigée par Moscou.",
      "2022-09-14");
  CHECK(fr.count("Armenia requests_aid CSTO"));
  CHECK(fr.count("Russia leads CSTO"));
}

TEST_CASE("a subordinate clause has its own subject", "[extract]") {
  auto en = Edges(
      "Help for Yerevan\n\n"
      "Belarus sent soldiers to Armenia after the country's prime minister asked the Collective "
      "Security Treaty Organization for help.",
      "2022-09-14");
  CHECK(en.count("Belarus sends_troops Armenia"));
  CHECK_FALSE(en.count("Belarus requests_aid CSTO"));
  auto fr = Edges(
      "La crise au Niger\n\n"
      "Lorsque le gouvernement malien a sollicité l'aide de l'Algérie, le Niger a condamné la "
      "France.",
      "2023-08-14");
  CHECK(fr.count("Mali requests_aid Algeria"));
  CHECK(fr.count("Niger criticizes France"));
}

TEST_CASE("a title followed by its verb is the next clause's subject", "[extract]") {
  auto f = Edges(
      "Arrivé à Dakar avec son ministre des Affaires étrangères, Jean-Yves Le Drian, le "
      "président français s'est entretenu avec Macky Sall.",
      "2021-06-01");
  CHECK(f.count("Le Drian official_of France"));
  CHECK_FALSE(f.count("Le Drian leads France"));
  CHECK_FALSE(f.count("Le Drian meets Macky Sall"));
  CHECK(f.count("Macron meets Macky Sall"));
  // A title between commas is still the name's apposition.
  auto g = Edges("Emmanuel Macron, le président français, a rencontré Macky Sall.", "2021-06-01");
  CHECK(g.count("Macron leads France"));
  auto en = Edges(
      "Flanked by his top diplomat, Antony Blinken, the US president has met Olaf Scholz in "
      "Berlin.",
      "2022-06-01");
  CHECK_FALSE(en.count("Blinken leads United States"));
  CHECK(en.count("Biden meets Scholz"));
}

TEST_CASE("an office held until a date is a former one", "[extract]") {
  auto en = Edges(
      "Abdou Salam Diallo, who headed the African Union Commission until March, was questioned "
      "on Monday.",
      "2023-06-01");
  CHECK_FALSE(HasPredicate(en, "leads"));
  auto en_now =
      Edges("Abdou Salam Diallo, who heads the African Union Commission, was questioned on Monday.",
            "2023-06-01");
  CHECK(en_now.count("Abdou Salam Diallo leads African Union Commission"));
  auto fr = Edges(
      "Le diplomate Abdou Salam Diallo a dirigé la Commission de l'Union africaine jusqu'en "
      "2021.",
      "2023-06-01");
  CHECK_FALSE(HasPredicate(fr, "leads"));
  auto fr_now = Edges(
      "Le diplomate Abdou Salam Diallo dirige la Commission de l'Union africaine depuis 2021.",
      "2023-06-01");
  CHECK(fr_now.count("Abdou Salam Diallo leads African Union Commission"));
}

TEST_CASE("English 'a' is no French 'à' before an appeal's recipient", "[extract]") {
  auto f = Edges(
      "Mozambique asks for help\n\n"
      "President Filipe Nyusi appealed to the SADC heads of state on Monday with a request for "
      "assistance in overcoming what he described as a terrorist insurgency. President Filipe "
      "Nyusi sent a request for assistance to SADC on Monday.",
      "2021-07-01");
  CHECK(f.count("Filipe Nyusi requests_aid SADC"));
  CHECK_FALSE(f.count("Filipe Nyusi requests_aid terrorists"));
}

TEST_CASE("an allegation holds to the end of its clause", "[extract]") {
  auto f = Edges(
      "Guerre en Ukraine\n\n"
      "Washington accuse Moscou d'avoir livré des chars et des blindés légers en grand nombre à "
      "Minsk pour appuyer les mercenaires du groupe Wagner.",
      "2023-03-01");
  CHECK(f.count("United States accuses Russia"));
  CHECK_FALSE(f.count("United States supports Wagner"));
  CHECK_FALSE(f.count("Russia supports Wagner"));
  auto g = Edges(
      "Guerre en Ukraine\n\n"
      "Moscou a livré des chars à Minsk pour appuyer les mercenaires du groupe Wagner.",
      "2023-03-01");
  CHECK(g.count("Russia supports Wagner"));
}

TEST_CASE("a headline's topic before its colon and a second clause are no arguments", "[extract]") {
  auto f = Edges(
      "Niger : Paris menace de sanctions et la Cédéao condamne le coup d'État\n\n"
      "Mali : Paris gèle son aide et dénonce la présence de Wagner",
      "2023-08-01");
  CHECK_FALSE(f.count("France warns ECOWAS"));
  CHECK_FALSE(f.count("Mali criticizes Wagner"));
  CHECK(f.count("France criticizes Wagner"));
}

TEST_CASE("an apposition before the verb describes the subject named before it", "[extract]") {
  auto fr = Edges(
      "La crise libyenne\n\n"
      "Ankara, partenaire de longue date du gouvernement libyen, soutient ouvertement la "
      "Tunisie. Ankara, qui a condamné le Niger, soutient la Tunisie.",
      "2023-03-01");
  CHECK(fr.count("Turkey supports Tunisia"));
  CHECK_FALSE(fr.count("Libya supports Tunisia"));
  CHECK(fr.count("Turkey criticizes Niger"));
  auto en = Edges(
      "Turkey and Libya\n\n"
      "Turkey, a longtime ally of the Libyan government, openly backs Tunisia.",
      "2023-03-01");
  CHECK(en.count("Turkey supports Tunisia"));
  CHECK_FALSE(en.count("Libya supports Tunisia"));
}

TEST_CASE("an anti-terrorist operation labels no one", "[extract]") {
  auto en = Edges(
      "Ethiopia's Defence Ministry announced an anti-terrorist operation on Monday, the "
      "spokesman said.",
      "2023-03-01");
  CHECK_FALSE(HasPredicate(en, "accuses"));
  auto en_label =
      Edges("Ethiopia's Defence Ministry said terrorists had attacked the town.", "2023-03-01");
  CHECK(en_label.count("Ethiopian Defence Ministry accuses terrorists"));
  auto fr =
      Edges("Le ministère éthiopien de la Défense a annoncé une opération contre-terroriste lundi.",
            "2023-03-01");
  CHECK_FALSE(HasPredicate(fr, "accuses"));
  auto fr_label = Edges(
      "Le ministère éthiopien de la Défense a affirmé que des terroristes avaient attaqué la "
      "ville.",
      "2023-03-01");
  CHECK(fr_label.count("Ethiopian Defence Ministry accuses terrorists"));
}

TEST_CASE("a country's own army with no foreign place named deploys at home", "[extract]") {
  auto fr = Edges(
      "Le Bénin inquiet\n\n"
      "Le Bénin redoute une crise. Le Bénin a fermé sa frontière. Depuis lundi, le déploiement "
      "de quelque 2 000 soldats de l'armée nigérienne au nord du fleuve se poursuit.",
      "2023-08-20");
  CHECK_FALSE(HasPredicate(fr, "sends_troops"));
  auto fr_abroad = Edges(
      "Le Bénin inquiet\n\n"
      "Depuis lundi, le déploiement de quelque 2 000 soldats de l'armée nigérienne au Bénin se "
      "poursuit.",
      "2023-08-20");
  CHECK(fr_abroad.count("Nigerien army sends_troops Benin"));
  auto en = Edges(
      "Benin worried\n\n"
      "Benin fears a crisis. Benin has closed its border. Since Monday, some 2,000 soldiers of "
      "Niger's army have been deployed north of the river.",
      "2023-08-20");
  CHECK_FALSE(HasPredicate(en, "sends_troops"));
  auto en_abroad = Edges(
      "Benin worried\n\n"
      "Since Monday, some 2,000 soldiers of Niger's army have been deployed to Benin.",
      "2023-08-20");
  CHECK(en_abroad.count("Nigerien army sends_troops Benin"));
}

TEST_CASE("a request under a request verb is the request itself", "[extract]") {
  auto fr =
      Edges("Le Mozambique s'est tourné vers le Rwanda pour solliciter son aide.", "2021-07-01");
  CHECK(fr.count("Mozambique requests_aid Rwanda"));
  auto en = Edges("Mozambique turned to Rwanda to seek its help.", "2021-07-01");
  CHECK(en.count("Mozambique requests_aid Rwanda"));
}
