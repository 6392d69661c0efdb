// Membership as news French and English state it -- founding
// verbs checked against the dictionary's member lists, states in brackets
// after a body, a body's member noun or ally noun in apposition, a class noun
// of states with its list after "dont"/"including", a year phrase before a
// grouping verb's members, rejoining -- and what is no membership.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {
bool Member(const std::set<std::string>& edges, const std::string& who, const std::string& body) {
  return edges.count(who + " member_of " + body) > 0;
}
}  // namespace

TEST_CASE("states founding a body of states are its members", "[extract]") {
  auto edges = Edges(
      "Le Mali, le Burkina Faso et le Niger ont créé l'Alliance des États du Sahel en "
      "septembre 2023.");
  CHECK(Member(edges, "Mali", "AES"));
  CHECK(Member(edges, "Burkina Faso", "AES"));
  CHECK(Member(edges, "Niger", "AES"));
  edges = Edges(
      "Russia and China founded the Shanghai Cooperation Organisation with Kazakhstan in 2001.");
  CHECK(Member(edges, "Russia", "SCO"));
  CHECK(Member(edges, "China", "SCO"));
  CHECK(Member(edges, "Kazakhstan", "SCO"));
  // Co-founders named with "avec"; the body left is no membership.
  edges = Edges(
      "Le Niger a quitté la Cedeao avec le Mali et le Burkina Faso pour fonder l'Alliance des "
      "États du Sahel.");
  CHECK(Member(edges, "Niger", "AES"));
  CHECK(Member(edges, "Mali", "AES"));
  CHECK(Member(edges, "Burkina Faso", "AES"));
  CHECK_FALSE(Member(edges, "Niger", "ECOWAS"));
}

TEST_CASE("a founder the body's list leaves out is no member", "[extract]") {
  auto edges = Edges("Les États-Unis ont mis sur pied la Cedeao, selon ce manuel.");
  CHECK_FALSE(Member(edges, "United States", "ECOWAS"));
  edges = Edges("France helped establish the East African Community, the historian claimed.");
  CHECK_FALSE(Member(edges, "France", "EAC"));
  // "former" trains soldiers too: an army is no body of states.
  edges = Edges("La Russie a formé l'armée malienne pendant deux ans.");
  CHECK_FALSE(HasPredicate(edges, "member_of"));
}

TEST_CASE("a counted subject that joins a body", "[extract]") {
  auto edges = Edges(
      "Mali, Burkina Faso and Niger expelled French troops. The three countries have joined "
      "the Alliance of Sahel States.");
  CHECK(Member(edges, "Mali", "AES"));
  CHECK(Member(edges, "Burkina Faso", "AES"));
  CHECK(Member(edges, "Niger", "AES"));
}

TEST_CASE("states in brackets after a body are its members", "[extract]") {
  auto edges = Edges(
      "L'Organisation du traité de sécurité collective (Russie, Biélorussie, Arménie, "
      "Kazakhstan, Kirghizistan et Tadjikistan) a tenu un sommet lundi.");
  CHECK(Member(edges, "Russia", "CSTO"));
  CHECK(Member(edges, "Armenia", "CSTO"));
  CHECK(Member(edges, "Tajikistan", "CSTO"));
  edges = Edges(
      "The Gulf Cooperation Council (Saudi Arabia, Qatar, Kuwait, Bahrain, Oman and the United "
      "Arab Emirates) met in Riyadh.");
  CHECK(Member(edges, "Qatar", "GCC"));
  CHECK(Member(edges, "Oman", "GCC"));
  edges = Edges("The East African Community (including Kenya and Uganda) sent observers.");
  CHECK(Member(edges, "Kenya", "EAC"));
  CHECK(Member(edges, "Uganda", "EAC"));
}

TEST_CASE("brackets of candidates or of a single state name no members", "[extract]") {
  // States the body's list leaves out: the brackets are no member list.
  auto edges = Edges(
      "Les candidats à l'Union européenne (Ukraine, Moldavie et Géorgie) attendent un signal.");
  CHECK_FALSE(Member(edges, "Ukraine", "EU"));
  CHECK_FALSE(Member(edges, "Georgia", "EU"));
  edges = Edges("The African Union (Ethiopia) hosted the talks in Addis Ababa.");
  CHECK_FALSE(Member(edges, "Ethiopia", "African Union"));
}

TEST_CASE("a body's member noun in apposition", "[extract]") {
  auto edges = Edges("Turkey, a NATO member, has bought Russian air-defence missiles.");
  CHECK(Member(edges, "Turkey", "NATO"));
  edges = Edges("Hungary and Slovakia, both EU members, opposed the new sanctions.");
  CHECK(Member(edges, "Hungary", "EU"));
  CHECK(Member(edges, "Slovakia", "EU"));
  // A former member, a partner, or a state the list leaves out.
  edges = Edges("Georgia, a former CIS member, hosted the talks.");
  CHECK_FALSE(Member(edges, "Georgia", "CIS"));
  edges = Edges("Ukraine, a NATO partner, asked for more air defence.");
  CHECK_FALSE(Member(edges, "Ukraine", "NATO"));
  edges = Edges("Ukraine, a would-be EU member, asked for more air defence.");
  CHECK_FALSE(Member(edges, "Ukraine", "EU"));
}

TEST_CASE("an ally of a body of states it is listed in is a member", "[extract]") {
  auto edges = Edges("La Pologne, alliée de l'Otan, a livré des chars à Kiev.");
  CHECK(Member(edges, "Poland", "NATO"));
  edges = Edges("Romania, a NATO ally, condemned the drone incursion.");
  CHECK(Member(edges, "Romania", "NATO"));
  // An ally from outside the body, or of a state, is no member.
  edges = Edges("Ukraine, an ally of NATO, condemned the strike.");
  CHECK_FALSE(Member(edges, "Ukraine", "NATO"));
  edges = Edges("Israel, a close US ally, rejected the plan.");
  CHECK_FALSE(HasPredicate(edges, "member_of"));
}

TEST_CASE("the states of a body named after dont or including", "[extract]") {
  auto edges = Edges(
      "Plusieurs pays de la Cedeao, dont le Sénégal et le Ghana, ont condamné le coup d'État.");
  CHECK(Member(edges, "Senegal", "ECOWAS"));
  CHECK(Member(edges, "Ghana", "ECOWAS"));
  edges = Edges("Several states of the African Union, including Kenya and Nigeria, abstained.");
  CHECK(Member(edges, "Kenya", "African Union"));
  CHECK(Member(edges, "Nigeria", "African Union"));
  // A state the list leaves out; a state named before the class noun.
  edges = Edges("Les pays de l'Union européenne, dont la Serbie veut se rapprocher, hésitent.");
  CHECK_FALSE(Member(edges, "Serbia", "EU"));
  edges = Edges("Le Sénégal accueille les chefs d'État et les pays de la Cedeao.");
  CHECK_FALSE(Member(edges, "Senegal", "ECOWAS"));
}

TEST_CASE("a year phrase before a grouping verb's members", "[extract]") {
  auto edges = Edges(
      "La Communauté des États indépendants, qui réunit depuis 1991 la Russie, l'Arménie et la "
      "Biélorussie, tient un sommet.");
  CHECK(Member(edges, "Russia", "CIS"));
  CHECK(Member(edges, "Armenia", "CIS"));
  CHECK(Member(edges, "Belarus", "CIS"));
  edges = Edges("BRICS, which has included since 2011 South Africa, met in Kazan.");
  CHECK(Member(edges, "South Africa", "BRICS"));
}

TEST_CASE("rejoining a body, leaving or suspending is no membership", "[extract]") {
  auto edges = Edges(
      "Le Gabon a réintégré la Communauté économique des États de l'Afrique "
      "centrale.");
  CHECK(Member(edges, "Gabon", "ECCAS"));
  edges = Edges("Morocco rejoined the African Union in 2017.");
  CHECK(Member(edges, "Morocco", "African Union"));
  edges = Edges("Le Mali a quitté la Cedeao en janvier.");
  CHECK_FALSE(Member(edges, "Mali", "ECOWAS"));
  edges = Edges("Armenia has suspended its participation in the CSTO.");
  CHECK_FALSE(Member(edges, "Armenia", "CSTO"));
  edges = Edges("If Ukraine rejoined the CIS, Moscow would claim victory.");
  CHECK_FALSE(Member(edges, "Ukraine", "CIS"));
}

TEST_CASE("states that own a body by their possessive are its members", "[extract]") {
  auto edges = Edges(
      "Mali, Burkina Faso and Niger turned their Alliance of Sahel States into a confederation "
      "on Saturday.");
  CHECK(Member(edges, "Mali", "AES"));
  CHECK(Member(edges, "Niger", "AES"));
  // Owners the body's list leaves out.
  edges = Edges("Ukraine and Moldova pressed their European Union membership bids in Brussels.");
  CHECK_FALSE(Member(edges, "Ukraine", "EU"));
  CHECK_FALSE(Member(edges, "Moldova", "EU"));
}

TEST_CASE("rallying a body is membership only for a listed state", "[extract]") {
  auto edges = Edges("Le Niger a rallié l'Alliance des États du Sahel après le coup d'État.");
  CHECK(Member(edges, "Niger", "AES"));
  edges = Edges("Le Tchad a rallié l'Alliance des États du Sahel, selon la rumeur.");
  CHECK_FALSE(Member(edges, "Chad", "AES"));
}

TEST_CASE("a participle coordinated after another describes its own noun", "[extract]") {
  // The clause's subject does not inherit "affiliated with" from a noun
  // described by two participles.
  auto edges = Edges(
      "Kenya deployed police officers to Haiti after months of attacks by gangs known locally "
      "as the G9 and affiliated with the Islamic State group.");
  CHECK_FALSE(Member(edges, "Kenya", "ISIS"));
  edges = Edges("Kenya joined the East African Community in 2000 and hosted its summit in 2023.");
  CHECK(Member(edges, "Kenya", "EAC"));
}

TEST_CASE("a body's member states with their list after such as or including", "[extract]") {
  auto edges = Edges("ASEAN member states such as Vietnam and the Philippines protested.");
  CHECK(Member(edges, "Vietnam", "ASEAN"));
  CHECK(Member(edges, "Philippines", "ASEAN"));
  edges = Edges("Several NATO members, including Turkey and Hungary, objected to the plan.");
  CHECK(Member(edges, "Turkey", "NATO"));
  CHECK(Member(edges, "Hungary", "NATO"));
  // No list: the member noun names nobody, not the state named later.
  edges = Edges("EU member states have agreed on new sanctions against Belarus.");
  CHECK_FALSE(Member(edges, "Belarus", "EU"));
}

TEST_CASE("a person of a party, or within his own party, is its member", "[extract]") {
  auto edges = Edges(
      "Opposition leaders, including Alexei Navalny of the United National Movement, were "
      "arrested on Friday.");
  CHECK(Member(edges, "Navalny", "United National Movement"));
  edges = Edges(
      "President Joe Biden has faced criticism from within his own Democratic Party over the "
      "war.");
  CHECK(Member(edges, "Biden", "Democrats"));
  // A body of states or a body without a party word: its officials, not
  // members of a party.
  edges = Edges("Ursula von der Leyen of the European Union announced new sanctions.");
  CHECK_FALSE(HasPredicate(edges, "member_of"));
  edges = Edges("Jens Stoltenberg of NATO said the alliance was ready.");
  CHECK_FALSE(Member(edges, "Stoltenberg", "NATO"));
}

TEST_CASE("a French person issu du parti or du parti is its member", "[extract]") {
  auto edges = Edges(
      "Alexeï Navalny, issu du parti d'opposition Mouvement national uni, a été arrêté "
      "vendredi.");
  CHECK(Member(edges, "Navalny", "United National Movement"));
  edges = Edges("Alexeï Navalny, du Mouvement national uni, a été arrêté vendredi.");
  CHECK(Member(edges, "Navalny", "United National Movement"));
  // A body of states is no party of persons.
  edges = Edges("Alexeï Navalny, issu de l'Union européenne, a été cité.");
  CHECK_FALSE(HasPredicate(edges, "member_of"));
}
