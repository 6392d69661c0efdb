// Meetings whose parties the frames missed: a possessive before a
// person's title ("Iran's President X"), a participle opening the sentence
// ("Reçu par X, Y ..."), plural phone-call nouns, diplomatic summonses.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {
bool Meet(const std::set<std::string>& edges, const std::string& a, const std::string& b) {
  return edges.count(a + " meets " + b) > 0 || edges.count(b + " meets " + a) > 0;
}
}  // namespace

TEST_CASE("a possessive country before a title names the person met", "[extract]") {
  auto edges = Edges(
      "On Monday, Erdogan hosted Iran's President Ebrahim Raisi and Azerbaijan's President "
      "Ilham Aliyev in Ankara.");
  CHECK(Meet(edges, "Erdogan", "Raisi"));
  CHECK(Meet(edges, "Erdogan", "Aliyev"));
  CHECK_FALSE(Meet(edges, "Erdogan", "Iran"));
  CHECK_FALSE(Meet(edges, "Erdogan", "Azerbaijan"));
}

TEST_CASE("a possessive person before a kin noun is not the one who received", "[extract]") {
  auto edges = Edges("Raisi was received by Erdogan's adviser Ibrahim Kalin in Ankara.");
  CHECK(Meet(edges, "Kalin", "Raisi"));
  CHECK_FALSE(Meet(edges, "Erdogan", "Raisi"));
  auto kin = Edges("Raisi was received by Erdogan's son Bilal Erdogan in Istanbul.", "2022-01-07");
  CHECK_FALSE(Meet(kin, "Erdogan", "Raisi"));
  CHECK(HasPredicate(kin, "meets"));
  // No name after the title: the owner stays the actor.
  auto owner = Edges("Erdogan hosted Iran's delegation in Ankara.");
  CHECK_FALSE(Meet(owner, "Erdogan", "Raisi"));
}

TEST_CASE("a meeting participle opening the sentence describes its subject", "[extract]") {
  auto fr = Edges(
      "Reçu jeudi par son homologue Recep Tayyip Erdogan, le président iranien Ebrahim Raïssi "
      "a plaidé pour la paix.");
  CHECK(Meet(fr, "Erdogan", "Raisi"));
  auto en = Edges(
      "Received on Thursday by his counterpart Recep Tayyip Erdogan, Iranian President "
      "Ebrahim Raisi called for peace.");
  CHECK(Meet(en, "Erdogan", "Raisi"));
  // The agent's own apposition is not the head.
  auto apposition = Edges(
      "Received by Recep Tayyip Erdogan, the Turkish president, Ebrahim Raisi called for "
      "peace.");
  CHECK(Meet(apposition, "Erdogan", "Raisi"));
  // No meeting participle: no edge.
  auto other = Edges(
      "Élu jeudi par le Parlement, le président iranien Ebrahim Raïssi a salué Recep Tayyip "
      "Erdogan.");
  CHECK_FALSE(HasPredicate(other, "meets"));
}

TEST_CASE("plural phone calls are meetings, a refused one is none", "[extract]") {
  CHECK(Meet(Edges("Le président sénégalais Macky Sall a eu trois conversations téléphoniques "
                   "avec Emmanuel Macron cette semaine."),
             "Macky Sall", "Macron"));
  CHECK(Meet(Edges("Senegalese President Macky Sall held two phone calls with Emmanuel Macron "
                   "this week."),
             "Macky Sall", "Macron"));
  CHECK_FALSE(
      HasPredicate(Edges("Macky Sall n'a eu aucun entretien avec Emmanuel Macron."), "meets"));
}

TEST_CASE("summoning an ambassador is a meeting, a judicial summons is not", "[extract]") {
  CHECK(Meet(Edges("Le ministre polonais des Affaires étrangères, Radoslaw Sikorski, a convoqué "
                   "l'ambassadeur de Biélorussie à Varsovie, Piotr Kovalev, pour protester."),
             "Sikorski", "Piotr Kovalev"));
  CHECK(Meet(Edges("Polish Foreign Minister Radoslaw Sikorski summoned Belarus's ambassador, "
                   "Piotr Kovalev, to protest."),
             "Sikorski", "Piotr Kovalev"));
  CHECK_FALSE(HasPredicate(
      Edges("L'opposante Maria Kolesnikova a été convoquée par le comité d'enquête bélarusse."),
      "meets"));
  CHECK_FALSE(HasPredicate(Edges("Radoslaw Sikorski n'a pas convoqué l'ambassadeur de "
                                 "Biélorussie, Piotr Kovalev."),
                           "meets"));
}

TEST_CASE("two titled persons coordinated as subjects both meet", "[extract]") {
  auto edges = Edges(
      "Le ministre turc des Affaires étrangères Hakan Fidan et le ministre de la Défense Yasar "
      "Güler ont reçu le président azerbaïdjanais Ilham Aliyev à Ankara.");
  CHECK(Meet(edges, "Fidan", "Aliyev"));
  CHECK(Meet(edges, "Guler", "Aliyev"));
  // A comma alone after an attribution starts no list.
  auto attributed = Edges(
      "Selon Hakan Fidan, le ministre de la Défense Yasar Güler a reçu le président "
      "azerbaïdjanais Ilham Aliyev à Ankara.");
  CHECK(Meet(attributed, "Guler", "Aliyev"));
  CHECK_FALSE(Meet(attributed, "Fidan", "Aliyev"));
}

TEST_CASE("counterparts named in apposition all meet", "[extract]") {
  auto en = Edges(
      "Turkish Foreign Minister Hakan Fidan and Defence Minister Yasar Guler met their "
      "Azerbaijani counterparts, Jeyhun Bayramov and Zakir Hasanov, in Ankara.");
  CHECK(Meet(en, "Fidan", "Bayramov"));
  CHECK(Meet(en, "Fidan", "Zakir Hasanov"));
  CHECK(Meet(en, "Guler", "Zakir Hasanov"));
  auto fr = Edges(
      "Hakan Fidan a reçu ses homologues azerbaïdjanais, Jeyhun Bayramov et Zakir Hasanov, à "
      "Ankara.");
  CHECK(Meet(fr, "Fidan", "Zakir Hasanov"));
  // A third person after the clause is not among those met.
  auto third = Edges(
      "Hakan Fidan met his Azerbaijani counterpart in Ankara, while Russia's Sergei Lavrov stayed "
      "away.");
  CHECK_FALSE(Meet(third, "Fidan", "Lavrov"));
}
