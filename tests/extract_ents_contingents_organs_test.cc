// Collective actors no dictionary lists, found from a
// general construction ("the Russian peacekeepers": a state's contingent),
// and the owner named inside an organ's name. Own sentences about other
// states; negatives: an indefinite or hypothetical contingent, bare nouns.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

namespace {

const kzgraph::testing::EdgeCheck Says;
bool Names(const std::string& text, const std::string& id) { return EntityIds(text).count(id) > 0; }

}  // namespace

TEST_CASE("a state's peacekeepers named with its country", "[extract][entities]") {
  CHECK(Says("Ghana accused the Nigerian peacekeepers of looting.",
             "Ghana accuses Nigerian peacekeepers"));
  CHECK(Names("Le Tchad a critiqué les casques bleus kényans.", "Kenyan peacekeepers"));
  CHECK(Names("Le Tchad a critiqué les soldats de la paix égyptiens.", "Egyptian peacekeepers"));
  CHECK(Names("Lebanon praised Indonesia's peacekeepers.", "Indonesian peacekeepers"));
}

TEST_CASE("peacekeepers that are no delimited contingent", "[extract][entities]") {
  // Indefinite and hypothetical: no group, the adjective stays the country's.
  const auto ids = EntityIds("The accord does not provide for any Turkish peacekeepers.");
  CHECK(ids.count("Turkish peacekeepers") == 0);
  CHECK(ids.count("Turkey") == 1);
  // Bare: no country, no group of that name.
  for (const std::string& id : EntityIds("Bangladesh sent peacekeepers to Mali."))
    CHECK(id.find("peacekeepers") == std::string::npos);
  for (const std::string& id : EntityIds("Les casques bleus ont quitté la ville."))
    CHECK(id.find("peacekeepers") == std::string::npos);
}

TEST_CASE("the body owning a named organ is an entity too", "[extract][entities]") {
  CHECK(Names("Le Conseil de sécurité de l'ONU a condamné l'attaque contre le Tchad.", "UN"));
  CHECK(Names("Les experts des Nations unies ont visité le Burundi.", "UN"));
  CHECK(Names("The Peace and Security Council of the African Union met in Addis Ababa.",
              "African Union"));
  // The owner is no actor: the organ accuses, not the UN.
  const auto edges = Edges("Le Conseil de sécurité de l'ONU accuse le Tchad d'ingérence.");
  CHECK(edges.count("UN Security Council accuses Chad") == 1);
  CHECK(edges.count("UN accuses Chad") == 0);
}

TEST_CASE("separatists named with the land they claim", "[extract][entities]") {
  CHECK(Says("La Russie soutient les séparatistes transnistriens.",
             "Russia supports Transnistrian separatists"));
  CHECK(Says("Russia supports Abkhaz separatists.", "Russia supports Abkhaz separatists"));
  // Two coordinated adjectives: two collectives.
  const auto edges = Edges("Moscou soutient les séparatistes abkhazes et sud-ossètes.");
  CHECK(edges.count("Russia supports Abkhaz separatists") == 1);
  CHECK(edges.count("Russia supports South Ossetian separatists") == 1);
  // After "des": the collective, and "the separatists" later means it.
  CHECK(Names("Ivan Petrov, chef des séparatistes transnistriens, a remercié Moscou.",
              "Transnistrian separatists"));
  CHECK(Says("The Abkhaz separatists held a vote. Georgia accused the separatists of fraud.",
             "Georgia accuses Abkhaz separatists"));
}

TEST_CASE("separatists with no land named stay the generic group", "[extract][entities]") {
  const auto ids = EntityIds("Les séparatistes ont attaqué un poste de police.");
  CHECK(ids.count("separatists") == 1);
  for (const std::string& id : ids) CHECK(id.find(" separatists") == std::string::npos);
  // An indefinite English collective is no delimited group.
  CHECK(EntityIds("Georgia denied that any Abkhaz separatists had crossed.")
            .count("Abkhaz separatists") == 0);
}

TEST_CASE("US parties as collective actors, not France's", "[extract][entities]") {
  CHECK(Says("Biden accused House Republicans of blocking the aid.", "Biden accuses Republicans"));
  CHECK(Names("Senate Democrats criticized Hungary.", "Democrats"));
  // The French party of that name and the adjective of a person are not it.
  CHECK(Names("Les Républicains ont critiqué le gouvernement français.", "Republicans") == false);
  CHECK(Names("The Republican senator from Ohio spoke.", "Republicans") == false);
}

TEST_CASE("a known body's name then its place is that body", "[extract][entities]") {
  // "de la RDC" after the dictionary's full name is where it acts, not a new name.
  const auto ids = EntityIds(
      "Le Burundi exige le retrait des Forces rwandaises de défense de la RDC et de ses chars.");
  CHECK(ids.count("Rwanda Defence Force") == 1);
  CHECK(ids.count("DR Congo") == 1);
  for (const std::string& id : ids) CHECK(id.find(" et") == std::string::npos);
  CHECK(Names("Kinshasa accuse l'armée rwandaise de soutenir le M23.", "Rwanda Defence Force"));
}

TEST_CASE("dated leaders of the Gulf, ECOWAS and East Africa resolve roles",
          "[extract][entities]") {
  // A role resolves to the person who held it on the article's date.
  CHECK(kzgraph::testing::EntityIds("L'émir du Koweït a reçu le ministre omanais des Affaires "
                                    "étrangères.",
                                    "2022-05-03")
            .count("Nawaf al-Ahmad") == 1);
  CHECK(
      kzgraph::testing::EntityIds("Le Premier ministre ivoirien a critiqué le Mali.", "2022-05-03")
          .count("Patrick Achi") == 1);
  CHECK(
      kzgraph::testing::EntityIds("Le Premier ministre ivoirien a critiqué le Mali.", "2024-05-03")
          .count("Beugre Mambe") == 1);
  CHECK(Edges("Burundian Prime Minister Gervais Ndirakobuca met Kagame.")
            .count("Ndirakobuca leads Burundi") == 1);
}

TEST_CASE("the peacekeepers are the one mission the page names", "[extract][entities]") {
  const std::string fr =
      "La Mission des Nations unies au Soudan du Sud (Minuss) compte 15 000 hommes. "
      "Le port est fermé depuis mardi. Les routes sont coupées. "
      "Juba a accusé les casques bleus de partialité.";
  const auto fr_edges = Edges(fr);
  CHECK(std::any_of(fr_edges.begin(), fr_edges.end(), [](const std::string& e) {
    return e.rfind("South Sudan accuses ", 0) == 0 && e.find("peacekeepers") == std::string::npos;
  }));
  CHECK(
      Says("The UN Organization Stabilization Mission in the DR Congo (MONUSCO) has 14,000 "
           "troops. Kinshasa accused the peacekeepers of failing to protect civilians.",
           "DR Congo accuses MONUSCO"));
}

TEST_CASE("peacekeepers with no single mission named resolve to nobody", "[extract][entities]") {
  // No mission named: nothing.
  CHECK_FALSE(kzgraph::testing::HasPredicate(
      Edges("Kinshasa accused the peacekeepers of failing to protect civilians."), "accuses"));
  // Two missions named: which one is meant is unknown.
  const auto edges = Edges(
      "MONUSCO and MINUSCA held talks. Kinshasa accused the peacekeepers of failing to "
      "protect civilians.");
  CHECK(edges.count("DR Congo accuses MONUSCO") == 0);
  CHECK(edges.count("DR Congo accuses MINUSCA") == 0);
}

TEST_CASE("an acronym the text defines beats a dictionary name's other body",
          "[extract][entities]") {
  // The dictionary's "Gouvernement d'union nationale" is the GNA; the text
  // names its body GNU: another body, and the bare acronym later is it.
  const auto fr = Edges(
      "Le Gouvernement d'union nationale (GNU) a été formé en mars. Le GNU accuse l'Égypte "
      "d'ingérence.");
  CHECK(fr.count("GNU accuses Egypt") == 1);
  CHECK(fr.count("GNA accuses Egypt") == 0);
  CHECK(
      Says("Turkey backs the Tripoli-based Government of National Unity (GNU) of the prime "
           "minister.",
           "Turkey supports GNU"));
  // The dictionary body's own acronym keeps it.
  CHECK(Names("Le Gouvernement d'union nationale (GNA) a critiqué l'Égypte.", "GNA"));
  // A new name with its acronym, then the bare acronym: one actor.
  CHECK(
      Says("The National Salvation Front (NSF) was formed in May. Later the NSF accused "
           "Uganda of meddling.",
           "NSF accuses Uganda"));
}

TEST_CASE("the West in lower case and by its sanctions", "[extract][entities]") {
  CHECK(Names("Ties between Beijing and the west have worsened.", "West"));
  CHECK(Names("The rouble fell after Western sanctions on Belarus.", "West"));
  CHECK(Names("Le rouble a chuté après les sanctions occidentales contre le Bélarus.", "West"));
  // A compass point, not the collective.
  CHECK_FALSE(Names("Shelling hit Kharkiv and the west of the country.", "West"));
  CHECK_FALSE(Names("Rebels hold the west of Sudan.", "West"));
}

TEST_CASE("a state's general staff named with its country", "[extract][entities]") {
  CHECK(Says("The Ukrainian General Staff accused Belarus of massing troops.",
             "Ukrainian General Staff accuses Belarus"));
  CHECK(Names("Des mercenaires se sont mutinés contre l'état-major biélorusse.",
              "Belarusian General Staff"));
  // Alone it names nobody; a chief of staff is a person's title.
  for (const std::string& id :
       EntityIds("L'état-major des armées a diffusé des images. Le chef d'état-major de l'armée "
                 "tchadienne a été limogé."))
    CHECK(id.find("General Staff") == std::string::npos);
}

TEST_CASE("armed formations are the terrorists group", "[extract][entities]") {
  CHECK(Names("The attack on the depot was carried out by armed formations.", "terrorists"));
  CHECK(Names("Des formations armées ont attaqué la caserne.", "terrorists"));
}

TEST_CASE("'the ministry' and 'the panel' are the one named before", "[extract][entities]") {
  CHECK(
      Says("The Belarusian Defence Ministry said drills had begun. The ministry accused "
           "Lithuania of provocations.",
           "Belarusian Defence Ministry accuses Lithuania"));
  CHECK(
      Says("Le ministère tchadien des Affaires étrangères a convoqué l'ambassadeur. Le "
           "ministère accuse le Soudan d'ingérence.",
           "Chadian Foreign Ministry accuses Sudan"));
  CHECK(
      Says("The UN Panel of Experts on Libya published its report on Monday. The panel "
           "accused Egypt of breaching the embargo.",
           "UN Panel of Experts on Libya accuses Egypt"));
}

TEST_CASE("'the ministry' with two candidates or its own complement", "[extract][entities]") {
  // Two ministries named before, neither the subject: which one is unknown.
  const auto two = Edges(
      "Officials from the Kenyan Foreign Ministry and the Ugandan Defence Ministry met on Monday. "
      "The ministry accused Somalia of delays.");
  CHECK(two.count("Kenyan Foreign Ministry accuses Somalia") == 0);
  CHECK(two.count("Ugandan Defence Ministry accuses Somalia") == 0);
  // "le ministère de la Santé" names its own ministry.
  const auto own = Edges(
      "Le ministère tchadien des Affaires étrangères a convoqué l'ambassadeur. Le ministère de la "
      "Santé accuse le Soudan de négligence.");
  CHECK(own.count("Chadian Foreign Ministry accuses Sudan") == 0);
}

TEST_CASE("every gender of a nationality adjective names the state", "[extract][entities]") {
  CHECK(Says("Les autorités libyennes accusent le Tchad d'ingérence.", "Libya accuses Chad"));
  CHECK(Says("Les autorités koweïtiennes accusent l'Irak d'ingérence.", "Kuwait accuses Iraq"));
}

TEST_CASE("one peacekeeper's nationality and a ministry's owner state", "[extract][entities]") {
  CHECK(Names("Trois soldats tanzaniens et un Casque bleu népalais ont péri.", "Nepal"));
  CHECK(Names("The result was hailed by Kenya, as did Ghana's foreign ministry.", "Ghana"));
  CHECK(Names("Des élèves paraguayennes ont été primées.", "Paraguay") == false);
  // The owner is no actor: the ministry welcomes, not the state itself twice.
  const auto edges = Edges("Ghana's foreign ministry accused Togo of meddling.");
  CHECK(edges.count("Ghanaian Foreign Ministry accuses Togo") == 1);
  CHECK(edges.count("Ghana accuses Togo") == 0);
}

TEST_CASE("a nationality after a quoted troop noun", "[extract][entities]") {
  CHECK(Names("Ouagadougou ne parle que d'« instructeurs » turcs venus former l'armée.", "Turkey"));
  // A quoted noun that denotes no actor keeps its adjective out.
  CHECK_FALSE(Names("Le ministre a salué des « produits » turcs de qualité.", "Turkey"));
}
