// Argument reach inside a sentence (src/extract/engine_args.cc,
// engine_frames*.cc): subjects separated from their verb by an apposition,
// subjects after their verb in reported speech, objects behind a place or
// time phrase, indirect relatives, coordinated verbs and participles. Each
// construction with its negative: negation, denial, a name in the
// apposition, a third actor.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
const kzgraph::testing::PredicateCheck AnyOf("2023-06-01");
}  // namespace

TEST_CASE("a description between commas leaves the subject to its head", "[extract]") {
  // A nationality adjective inside the apposition is not the subject.
  const char* fr = "La Russie, proche du pouvoir syrien, soutient Damas.";
  CHECK(Says(fr, "Russia supports Syria"));
  CHECK(Says("La Turquie, partenaire historique des dirigeants azerbaïdjanais, soutient Bakou.",
             "Turkey supports Azerbaijan"));
  // A title inside the apposition describes the person before it.
  const char* title =
      "L'opposant Ousmane Sonko, chef du parti Pastef, accuse Macky Sall de corruption.";
  CHECK(Says(title, "Sonko accuses Macky Sall"));
  CHECK_FALSE(Says(title, "Pastef accuses Macky Sall"));
  const char* en = "Hungary, Serbia's closest partner in the bloc, backed Belgrade on Monday.";
  CHECK(Says(en, "Hungary supports Serbia"));
  // "de son côté" is no subject either.
  CHECK(Says("Moscou, de son côté, a accusé Kiev de provocations.", "Russia accuses Ukraine"));
  // A name between commas is the subject, not the title before it.
  const char* named = "Le porte-parole du Kremlin, Dmitri Peskov, a critiqué la Pologne.";
  CHECK(Says(named, "Peskov criticizes Poland"));
  // The verb's negation still holds past the apposition.
  CHECK_FALSE(AnyOf("La Russie, proche du pouvoir syrien, ne soutient pas Damas.", "supports"));
}

TEST_CASE("a stance verb attributing a quotation takes the quotation's actor", "[extract]") {
  // French inversion: the speaker after the verb, the target opening the quotation.
  const char* fr =
      "« Le Rwanda arme les rebelles », a dénoncé le président congolais Félix Tshisekedi.";
  CHECK(Says(fr, "Tshisekedi criticizes Rwanda"));
  // The agent of the act the quotation describes.
  CHECK(Says("« Il y a une annexion de fait par la Russie », a déploré Josep Borrell.",
             "Borrell criticizes Russia"));
  const char* en = "\"Russia has violated the ceasefire,\" Borrell charged.";
  CHECK(Says(en, "Borrell accuses Russia"));
  CHECK(Says("\"Moscow is arming the separatists,\" Josep Borrell warned on Monday.",
             "Borrell warns Russia"));
  // A longer subject between the quotation and the verb.
  CHECK(
      Says("\"Russia is responsible for this tragedy,\" the EU foreign policy chief Josep "
           "Borrell charged on Monday.",
           "Borrell accuses Russia"));
  // A second clause after a coordination is not the quotation's attribution.
  CHECK_FALSE(Says("\"Russia is responsible,\" he said, and Josep Borrell warned.",
                   "Borrell warns Russia"));
  // A neutral speech verb takes no stance (on neutral content: a misdeed verb
  // such as "violated" in the quotation is the speaker's charge).
  CHECK_FALSE(AnyOf("\"Russia has signed the ceasefire,\" said Borrell.", "accuses"));
  CHECK_FALSE(AnyOf("« Le Rwanda arme les rebelles », a déclaré Félix Tshisekedi.", "criticizes"));
  // The speaker's own country is no target; an actor after a preposition is
  // no quotation subject.
  CHECK_FALSE(
      Says("« L'Ukraine ne cédera jamais », a averti le président ukrainien Volodymyr "
           "Zelensky.",
           "Zelensky warns Ukraine"));
  CHECK_FALSE(AnyOf("« Nous condamnons toute attaque contre l'Arménie », a dénoncé Josep Borrell.",
                    "criticizes"));
  // A negated attribution gives nothing.
  CHECK_FALSE(
      AnyOf("« Le Rwanda arme les rebelles », n'a pas dénoncé Félix Tshisekedi.", "criticizes"));
}

TEST_CASE("support expressed in a purpose clause goes to the one reached", "[extract]") {
  const char* en =
      "President Joe Biden called Volodymyr Zelensky on Tuesday to express his support.";
  CHECK(Says(en, "Biden supports Zelensky"));
  const char* fr =
      "Le président Recep Tayyip Erdogan a téléphoné à Ilham Aliev pour lui exprimer son soutien.";
  CHECK(Says(fr, "Erdogan supports Aliyev"));
  // The call negated: no support.
  CHECK_FALSE(
      AnyOf("Joe Biden did not call Volodymyr Zelensky to express his support.", "supports"));
  CHECK_FALSE(
      AnyOf("Le président Erdogan n'a pas téléphoné à Ilham Aliev pour lui exprimer son "
            "soutien.",
            "supports"));
  // A verb with an object of its own in the purpose clause is not support
  // for the one reached.
  CHECK_FALSE(
      Says("Le président Macron a averti Moscou que l'Union ferait tout pour défendre "
           "ses membres.",
           "Macron supports Russia"));
}

TEST_CASE("a meeting's parties behind a place and after 'ainsi qu'avec'", "[extract]") {
  const char* fr =
      "Le président sénégalais Bassirou Diomaye Faye s'est entretenu à Abuja avec Bola Tinubu, "
      "puis avec Mohamed Bazoum.";
  CHECK(Says(fr, "Faye meets Tinubu"));
  CHECK(Says(fr, "Faye meets Bazoum"));
  CHECK_FALSE(Says(fr, "Faye meets Nigeria"));  // the place is no party
  const char* also =
      "Le président turc Recep Tayyip Erdogan s'est entretenu avec Vladimir Poutine ainsi "
      "qu'avec Volodymyr Zelensky.";
  CHECK(Says(also, "Erdogan meets Putin"));
  CHECK(Says(also, "Erdogan meets Zelensky"));
  const char* en =
      "Kenyan President William Ruto spoke with Paul Kagame as well as with Felix "
      "Tshisekedi.";
  CHECK(Says(en, "Ruto meets Tshisekedi"));
  CHECK_FALSE(
      AnyOf("Le président turc Recep Tayyip Erdogan ne s'est pas entretenu avec Vladimir "
            "Poutine ainsi qu'avec Volodymyr Zelensky.",
            "meets"));
}

TEST_CASE("an indirect relative's head is the verb's indirect object", "[extract]") {
  const char* fr =
      "Le ministre ukrainien Dmytro Kouleba a rencontré Antony Blinken, à qui il a demandé une "
      "aide militaire.";
  CHECK(Says(fr, "Kuleba requests_aid Blinken"));
  CHECK_FALSE(Says(fr, "Blinken requests_aid Blinken"));
  const char* en =
      "Armenian Prime Minister Nikol Pashinyan met Antony Blinken, to whom he appealed for "
      "military assistance.";
  CHECK(Says(en, "Pashinyan requests_aid Blinken"));
  // The relative's own subject, named: it asks, not the main clause's.
  const char* named =
      "Le président ukrainien Volodymyr Zelensky a salué Olaf Scholz, à qui la Moldavie a "
      "demandé une aide militaire.";
  CHECK(Says(named, "Moldova requests_aid Scholz"));
  CHECK_FALSE(Says(named, "Zelensky requests_aid Scholz"));
  CHECK(
      Says("Le président Emmanuel Macron a reçu Ilham Aliev, à qui il a reproché "
           "l'offensive au Karabakh.",
           "Macron accuses Aliyev"));
  CHECK(
      Says("Le chef de la diplomatie turque Hakan Fidan a évoqué Sergueï Lavrov, avec qui il s'est "
           "entretenu mardi.",
           "Fidan meets Lavrov"));
  // Negated inside the relative: nothing asked.
  CHECK_FALSE(
      AnyOf("Le ministre ukrainien Dmytro Kouleba a rencontré Antony Blinken, à qui il "
            "n'a pas demandé d'aide militaire.",
            "requests_aid"));
}

TEST_CASE("troops sent after the place they go to", "[extract]") {
  CHECK(Says("Depuis mars, la Russie a déployé au Kazakhstan des parachutistes.",
             "Russia sends_troops Kazakhstan"));
  CHECK(Says("Last week Britain sent to Estonia some 800 soldiers.",
             "United Kingdom sends_troops Estonia"));
  CHECK_FALSE(AnyOf("La Russie n'a pas déployé au Kazakhstan de parachutistes.", "sends_troops"));
  CHECK_FALSE(
      AnyOf("La Russie pourrait déployer en Biélorussie des parachutistes.", "sends_troops"));
  // Troops deployed at home are sent nowhere.
  CHECK_FALSE(AnyOf("Le Mali a déployé au Mali des renforts.", "sends_troops"));
}

TEST_CASE("a participial adjunct after a comma keeps the main subject", "[extract]") {
  // The dateline's place opens the sentence without being its subject, and
  // a noun of offer before the comma makes no hypothesis of the participle.
  const char* en =
      "KYIV, March 3 — Ukraine's army on Monday rejected the offer, accusing "
      "Russia of shelling civilians.";
  CHECK(Says(en, "Ukrainian army accuses Russia"));
  CHECK_FALSE(Says(en, "Ukraine accuses Russia"));
  CHECK(Says("Le Tchad a rompu ses accords de défense, accusant la France de mépris.",
             "Chad accuses France"));
  CHECK(Says("Le Mali a dénoncé l'accord en accusant l'Algérie d'ingérence.",
             "Mali accuses Algeria"));
  // The participle's own negation and a denial of the main verb's object.
  CHECK_FALSE(AnyOf("Ukraine's army rejected the offer, without accusing Russia.", "accuses"));
  CHECK_FALSE(AnyOf("Le Tchad a rompu ses accords, sans accuser la France.", "accuses"));
  // A readiness word right before the participle still makes it hypothetical.
  CHECK_FALSE(AnyOf("Le Tchad s'est dit prêt à accuser la France.", "accuses"));
}

TEST_CASE("coordinated objects named with their titles", "[extract]") {
  const char* fr =
      "Le président turc Recep Tayyip Erdogan a reçu le ministre suédois des Affaires "
      "étrangères Tobias Billström et le président finlandais Sauli Niinistö.";
  CHECK(Says(fr, "Erdogan meets Niinisto"));
  const char* with =
      "Le président turc Recep Tayyip Erdogan s'est entretenu avec le Premier ministre suédois "
      "Ulf Kristersson et M. Jens Stoltenberg.";
  CHECK(Says(with, "Erdogan meets Kristersson"));
  CHECK(Says(with, "Erdogan meets Stoltenberg"));
  CHECK_FALSE(
      AnyOf("Le président turc Recep Tayyip Erdogan ne s'est pas entretenu avec le "
            "Premier ministre suédois Ulf Kristersson et M. Jens Stoltenberg.",
            "meets"));
}

TEST_CASE("coordinated participles share their head, a nationality before a rank", "[extract]") {
  const char* fr =
      "Le Gouvernement d'union nationale (GNA), reconnu par l'ONU et dirigé par Fayez "
      "al-Sarraj, a protesté.";
  // dated within al-Sarraj's term: a term long over gives no edge (s5events)
  CHECK(Edges(fr, "2020-06-01").count("Sarraj leads GNA"));
  const char* en =
      "The Rapid Support Forces (RSF), backed by the United Arab Emirates and led by Mohamed "
      "Hamdan Dagalo, rejected the truce.";
  CHECK(Says(en, "Hemedti leads RSF"));
  CHECK(Says(en, "United Arab Emirates supports RSF"));
  // The agent is the officer, not his country.
  const char* rank =
      "The East African Community Regional Force (EACRF) is commanded by Kenyan Major General "
      "Jeff Nyagah.";
  CHECK(Says(rank, "Jeff Nyagah leads EACRF"));
  CHECK_FALSE(Says(rank, "Kenya leads EACRF"));
  // A person is led by no one: the head must be a body or a state.
  CHECK_FALSE(
      AnyOf("Fayez al-Sarraj, reçu par Emmanuel Macron et dirigé par personne, a "
            "protesté.",
            "leads"));
}

TEST_CASE("a denial stays in its own clause, an incise before the object", "[extract]") {
  const char* en = "Kenya denied the report, while Rwanda accused Uganda of supporting the rebels.";
  CHECK(Says(en, "Rwanda accuses Uganda"));
  CHECK(Says("Le Kenya a démenti l'information, tandis que le Rwanda a accusé l'Ouganda.",
             "Rwanda accuses Uganda"));
  // The denial governs the verb of its own clause.
  CHECK_FALSE(AnyOf("Rwanda denied that it accused Uganda of supporting the rebels.", "accuses"));
  CHECK_FALSE(AnyOf("Le Rwanda a démenti, mercredi, avoir accusé l'Ouganda.", "accuses"));
  const char* fr = "Le Kremlin a dénoncé mardi, dans un communiqué, l'attitude de la Pologne.";
  CHECK(Says(fr, "Russia criticizes Poland"));
  CHECK_FALSE(
      AnyOf("Le Kremlin n'a pas dénoncé mardi, dans un communiqué, l'attitude de la "
            "Pologne.",
            "criticizes"));
}

TEST_CASE("'dont' before a stance on the head's act", "[extract]") {
  const char* fr =
      "Le président Emmanuel Macron a reçu Alexandre Loukachenko, dont il a dénoncé le soutien "
      "à Moscou.";
  CHECK(Says(fr, "Macron criticizes Lukashenko"));
  CHECK_FALSE(Says(fr, "Lukashenko criticizes Lukashenko"));
  // "dont" with the head's own officer as subject: the head is not criticized.
  CHECK_FALSE(
      Says("La Russie, dont le ministre des Affaires étrangères Sergueï Lavrov a dénoncé "
           "les sanctions, proteste.",
           "Lavrov criticizes Russia"));
  CHECK_FALSE(
      AnyOf("Le président Emmanuel Macron a reçu Alexandre Loukachenko, dont il n'a pas "
            "dénoncé le soutien à Moscou.",
            "criticizes"));
}

TEST_CASE("a direct object after a place phrase, a described person reached", "[extract]") {
  const char* fr =
      "Vladimir Poutine a reçu mardi au Kremlin le président kazakh Kassym-Jomart Tokaïev.";
  CHECK(Says(fr, "Putin meets Tokayev"));
  CHECK_FALSE(Says(fr, "Putin meets Russia"));
  // The trigger's own preposition introduces its object, not a place.
  CHECK(Says("Emmanuel Macron a reproché à Moscou son attitude.", "Macron accuses Russia"));
  CHECK_FALSE(
      AnyOf("Vladimir Poutine n'a pas reçu mardi au Kremlin le président kazakh "
            "Kassym-Jomart Tokaïev.",
            "meets"));
  const char* en = "Xi Jinping telephoned the Kazakh president on Monday to express his support.";
  CHECK(Says(en, "Xi Jinping supports Tokayev"));
  CHECK(
      Says("Turkish President Recep Tayyip Erdogan telephoned Ilham Aliyev on Tuesday to "
           "express his backing.",
           "Erdogan supports Aliyev"));
}

TEST_CASE("a nationality's troops coordinated with another actor", "[extract]") {
  const char* en =
      "Armenia's Foreign Ministry called on the Russian peacekeepers and the UN Security Council "
      "to stop the aggression.";
  CHECK(Says(en, "Armenian Foreign Ministry requests_aid UN Security Council"));
  // s5actors: the contingent is its own actor, as the dev gold draws it.
  CHECK(Says(en, "Armenian Foreign Ministry requests_aid Russian peacekeepers"));
  CHECK_FALSE(
      AnyOf("Armenia's Foreign Ministry did not call on the Russian peacekeepers and the "
            "UN Security Council to stop the aggression.",
            "requests_aid"));
}

TEST_CASE("French requests whose help is an infinitive after 'à' or 'de'", "[extract]") {
  CHECK(Says("Le gouvernement malien a demandé à la France d'intervenir.",
             "Mali requests_aid France"));
  CHECK(
      Says("Le président ukrainien Volodymyr Zelensky a exhorté mercredi l'Otan à imposer une "
           "zone d'exclusion aérienne.",
           "Zelensky requests_aid NATO"));
  CHECK(Says("Ukrainian President Volodymyr Zelensky urged NATO to impose a no-fly zone.",
             "Zelensky requests_aid NATO"));
  CHECK_FALSE(
      AnyOf("Le gouvernement malien n'a pas demandé à la France d'intervenir.", "requests_aid"));
  // Asking someone to withdraw is no request for help.
  CHECK_FALSE(
      AnyOf("Le gouvernement malien a exhorté la France à retirer ses troupes.", "requests_aid"));
}

TEST_CASE("inverted speaker without quotation marks, verbs joined by a comma", "[extract]") {
  const char* fr =
      "La Russie viole le droit international, a déploré mercredi le chef de la "
      "diplomatie européenne, Josep Borrell.";
  CHECK(Says(fr, "Borrell criticizes Russia"));
  CHECK_FALSE(Says(fr, "Russia criticizes Borrell"));
  CHECK(
      Says("Félix Tshisekedi a parlé mardi à Kinshasa. « Le Rwanda arme les rebelles », "
           "a-t-il dénoncé.",
           "Tshisekedi criticizes Rwanda"));
  // A second verb with its own object, not an inversion: the first clause's subject.
  const char* coord = "Le Mali a quitté la Cedeao, a accusé la France de trahison.";
  CHECK(Says(coord, "Mali accuses France"));
  CHECK_FALSE(Says(coord, "ECOWAS accuses France"));
  CHECK_FALSE(Says(coord, "France accuses Mali"));
  // An actor ending the sentence after the verb speaks.
  const char* inverted = "L'Ukraine a bombardé Donetsk, a dénoncé Moscou.";
  CHECK(Says(inverted, "Russia criticizes Ukraine"));
  CHECK_FALSE(Says(inverted, "Ukraine criticizes Russia"));
  // A subject's incise before the verb is no reported clause.
  const char* incise = "Le ministre Sergueï Lavrov, visiblement irrité, a accusé Kiev.";
  CHECK(Says(incise, "Lavrov accuses Ukraine"));
  CHECK_FALSE(Says(incise, "Ukraine accuses Lavrov"));
  CHECK_FALSE(
      Says("La Russie, qui a bombardé Kharkiv, a dénoncé Kiev.", "Ukraine criticizes Russia"));
  // An English that-clause names no inverted speaker.
  CHECK_FALSE(
      Says("The opposition, led by former president Macky Sall's coalition, has warned "
           "that Faye's government risks isolating the country.",
           "Faye warns Macky Sall"));
  // A relative's object is not the subject of the verb after it.
  CHECK_FALSE(Says("Le ministre, qui a rencontré Vladimir Poutine, a accusé l'Ukraine.",
                   "Putin accuses Ukraine"));
}

TEST_CASE(
    "a shared subject comes from the clause, not a headline topic or an earlier "
    "quoted sentence",
    "[extract]") {
  const char* headline = "Soudan : Washington gèle son aide et dénonce l'emprise des FSR.";
  CHECK(Says(headline, "United States criticizes RSF"));
  CHECK_FALSE(Says(headline, "Sudan criticizes RSF"));
  const char* quoted =
      "« Le président azerbaïdjanais a été très clair. Le ministère russe des Affaires "
      "étrangères est allé plus loin en accusant les dirigeants arméniens de mentir. »";
  CHECK(Says(quoted, "Russian Foreign Ministry accuses Armenia"));
  CHECK_FALSE(Says(quoted, "Aliyev accuses Armenia"));
  // Everything an accusation says is alleged, however long.
  CHECK_FALSE(
      Says("De son côté, Washington accuse Moscou d'avoir livré des avions de combat "
           "MiG-29 et Su-24 ainsi que des munitions pour appuyer le groupe Wagner.",
           "United States supports Wagner"));
}

TEST_CASE("an object pronoun before the verb stands for the actor named before it", "[extract]") {
  const char* fr =
      "Le Niger a rompu ses relations avec la France, l'accusant de soutenir les "
      "jihadistes.";
  CHECK(Says(fr, "Niger accuses France"));
  CHECK(Says("Le Mali a reçu le président Abdelmadjid Tebboune, lui reprochant une ingérence.",
             "Mali accuses Tebboune"));
  // An article after a preposition is no pronoun: "à la menace" is a noun.
  CHECK_FALSE(
      AnyOf("Le Tchad, membre de la force multinationale contre Boko Haram, reste "
            "confronté à la menace du groupe.",
            "warns"));
  CHECK_FALSE(
      AnyOf("Le Niger a rompu ses relations avec la France, sans l'accuser de quoi que "
            "ce soit.",
            "accuses"));
  // Hosting troops is meeting no one.
  CHECK_FALSE(
      AnyOf("Le président ivoirien Alassane Ouattara, dont le pays accueille des troupes "
            "françaises, a soutenu la Cedeao.",
            "meets"));
}

TEST_CASE("English object pronouns after the verb, a gerund charge is alleged", "[extract]") {
  const char* en = "Niger cut ties with France in July, accusing it of backing the jihadists.";
  CHECK(Says(en, "Niger accuses France"));
  CHECK_FALSE(Says(en, "Niger supports terrorists"));
  CHECK_FALSE(Says(en, "France supports terrorists"));
  CHECK(
      Says("Bola Tinubu met Mohamed Bazoum in Abuja, and President Joe Biden praised him "
           "within hours.",
           "Biden supports Bazoum"));
  // "it" with a name after it is no object pronoun; negation holds.
  CHECK_FALSE(
      AnyOf("Niger cut ties with France in July, without accusing it of anything.", "accuses"));
}

TEST_CASE("a state acts through an organ named with its possessive", "[extract]") {
  const char* en =
      "Mali's junta, which came to power in a 2020 coup, has accused France of "
      "espionage.";
  CHECK(Says(en, "Mali accuses France"));
  // A person's organ or words are not the person acting.
  CHECK_FALSE(
      Says("Sandu's government has accused Ilan Shor of fraud.", "Sandu accuses Ilan Shor"));
  CHECK_FALSE(AnyOf("Blinken's remarks accused nobody.", "accuses"));
  CHECK_FALSE(AnyOf("Mali's junta has not accused France of espionage.", "accuses"));
}

TEST_CASE("an adjunct opening the sentence takes the main clause's subject", "[extract]") {
  const char* fr =
      "Après avoir rencontré Vladimir Poutine, le président turc Recep Tayyip Erdogan "
      "a critiqué l'Otan.";
  CHECK(Says(fr, "Erdogan meets Putin"));
  CHECK(Says("Avant de s'entretenir avec Emmanuel Macron, Volodymyr Zelensky a accusé la Russie.",
             "Zelensky meets Macron"));
  const char* en =
      "After meeting Vladimir Putin in Moscow, Chinese President Xi Jinping "
      "criticized NATO.";
  CHECK(Says(en, "Xi Jinping meets Putin"));
  CHECK(
      Says("During his meeting with Emmanuel Macron, Volodymyr Zelensky accused Russia of war "
           "crimes.",
           "Zelensky meets Macron"));
  // Negated or refused in the adjunct: no meeting.
  CHECK_FALSE(
      AnyOf("Sans avoir rencontré Vladimir Poutine, le président turc Recep Tayyip "
            "Erdogan a critiqué l'Otan.",
            "meets"));
  CHECK_FALSE(
      AnyOf("Après avoir refusé de rencontrer Vladimir Poutine, le président turc Recep "
            "Tayyip Erdogan a critiqué l'Otan.",
            "meets"));
  // An adjunct with a subject of its own keeps it.
  const char* own =
      "After Kenya accused Rwanda of backing the rebels, Uganda sent troops to Congo.";
  CHECK_FALSE(Says(own, "Uganda accuses Rwanda"));
  CHECK(Says(own, "Kenya accuses Rwanda"));
}

TEST_CASE("a participle's agent and head through titles, appositions and clauses", "[extract]") {
  // A modifier before the agent's title.
  CHECK(
      Says("Les combats opposent l'armée à la Coalition des patriotes pour le changement "
           "(CPC), l'alliance rebelle dirigée par l'ancien président François Bozizé.",
           "Bozize leads CPC"));
  // The head noun is named in apposition after the agent; ", et" then opens
  // another clause, not a third conjunct.
  const char* kfor =
      "Berlin a envoyé des renforts auprès de la force de maintien de la paix dirigée par "
      "l'OTAN, la KFOR, et la Pologne doit dépêcher une compagnie.";
  CHECK(Says(kfor, "NATO leads KFOR"));
  CHECK_FALSE(Says(kfor, "Poland leads KFOR"));
  CHECK_FALSE(Says(kfor, "KFOR leads KFOR"));
  // A French list may still end with ", et" between adjectives.
  CHECK(
      Says("Les forces envoyées au Kazakhstan comprennent des troupes biélorusses, "
           "arméniennes, et tadjikes.",
           "Tajikistan sends_troops Kazakhstan"));
}

TEST_CASE("partners after 'with' share the leadership", "[extract]") {
  const char* en =
      "France, which co-chairs the OSCE Minsk Group with Russia and the United "
      "States, said it wanted clarity.";
  CHECK(Says(en, "Russia leads Minsk Group"));
  CHECK(Says(en, "United States leads Minsk Group"));
  CHECK(Says(en, "France leads Minsk Group"));
  // A meeting partner is no co-leader: only "leads" verbs share.
  CHECK_FALSE(Says("France, which chairs the Security Council, met Russia with the United States.",
                   "United States leads UN Security Council"));
}

TEST_CASE("the preposition 'à' is no auxiliary 'a' in incises and adjuncts", "[extract]") {
  const char* fr =
      "Le président tchadien Mahamat Déby, arrivé mardi à Paris pour une visite, a "
      "critiqué la France.";
  CHECK(Says(fr, "Mahamat Deby criticizes France"));
  CHECK_FALSE(Says(fr, "France criticizes Mahamat Deby"));
  CHECK(
      Says("Après avoir rencontré Vladimir Poutine à Moscou, le président turc Recep Tayyip "
           "Erdogan a critiqué l'Otan.",
           "Erdogan meets Putin"));
}
