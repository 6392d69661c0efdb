// Precision on text nobody tuned for: a passive read backwards when its
// participle is coordinated with another, a negation carried by a negative
// object ("aucun", "no"), and warships sent to a sea given the article's
// country as destination. Sentences of our own, about other actors.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a coordinated passive participle takes its agent as the accuser", "[extract]") {
  auto f = Edges(
      "Le Tadjikistan durcit le ton\n\n"
      "Le général Ivan Petrov, proche de Moscou, a été arrêté et est accusé d'espionnage par "
      "le Tadjikistan. La Russie a été interpellée puis accusée de sabotage par la Pologne.",
      "2024-03-01");
  CHECK(f.count("Poland accuses Russia"));
  CHECK_FALSE(f.count("Russia accuses Poland"));
  auto e = Edges(
      "Russia was criticized and accused of sabotage by Poland. Moldova has been warned and "
      "accused of provocation by Transnistria's leaders.",
      "2024-03-01");
  CHECK(e.count("Poland accuses Russia"));
  CHECK_FALSE(e.count("Russia accuses Poland"));
  // Near-miss: a second participle with an active object stays active.
  auto g = Edges(
      "La Pologne a été surprise et a accusé la Russie de sabotage. Poland was angered and "
      "accused Russia of sabotage.",
      "2024-03-01");
  CHECK(g.count("Poland accuses Russia"));
  CHECK_FALSE(g.count("Russia accuses Poland"));
}

TEST_CASE("a negative object negates the verb", "[extract]") {
  auto f = Edges(
      "Le Niger ne reproche aucun incident à la France. Le Mali n'a envoyé aucun soldat au "
      "Niger. La Pologne n'accuse personne. La Russie ne soutient nulle faction au Soudan.",
      "2024-03-01");
  CHECK_FALSE(f.count("Niger accuses France"));
  CHECK_FALSE(f.count("Mali sends_troops Niger"));
  CHECK_FALSE(HasPredicate(f, "supports"));
  auto e = Edges(
      "Chad blamed no one for the incident. Mali has sent no troops to Niger. Poland accused "
      "none of its neighbours of sabotage. Russia sent not a single soldier to Armenia.",
      "2024-03-01");
  CHECK_FALSE(HasPredicate(e, "accuses"));
  CHECK_FALSE(HasPredicate(e, "sends_troops"));
  // Near-misses: a plain object, and "not only".
  auto g = Edges(
      "Le Niger reproche à la France plusieurs incidents. Mali sent troops to Niger. Russia "
      "warned not only Ukraine but also Poland.",
      "2024-03-01");
  CHECK(g.count("Niger accuses France"));
  CHECK(g.count("Mali sends_troops Niger"));
  CHECK(g.count("Russia warns Ukraine"));
}

TEST_CASE("warships sent to a sea or to no place go to no country", "[extract]") {
  auto f = Edges(
      "Yemen: the Houthis strike again\n\n"
      "The Houthis in Yemen attacked another ship on Monday. France has deployed a frigate to "
      "the Red Sea. Italy and Greece have committed warships so far. Denmark sent a frigate to "
      "the Gulf of Aden. Spain has sent two warships to Yemen. Britain sent soldiers and a "
      "frigate.",
      "2024-03-01");
  CHECK_FALSE(f.count("France sends_troops Yemen"));
  CHECK_FALSE(f.count("Italy sends_troops Yemen"));
  CHECK_FALSE(f.count("Denmark sends_troops Yemen"));
  CHECK(f.count("Spain sends_troops Yemen"));
  CHECK(f.count("United Kingdom sends_troops Yemen"));
  auto g = Edges(
      "Yémen : les Houthis frappent encore\n\n"
      "Les Houthis du Yémen ont attaqué un autre navire lundi. La France a déployé une "
      "frégate en mer Rouge. Le Danemark a envoyé des navires de guerre. L'Espagne a envoyé "
      "des soldats.",
      "2024-03-01");
  CHECK_FALSE(g.count("France sends_troops Yemen"));
  CHECK_FALSE(g.count("Denmark sends_troops Yemen"));
  CHECK(g.count("Spain sends_troops Yemen"));
}

TEST_CASE("a state summoning another's envoy holds no meeting with that state", "[extract]") {
  auto f = Edges(
      "Warsaw summoned Russia's ambassador on Tuesday. Le Ghana a convoqué l'ambassadeur du "
      "Togo mardi.",
      "2024-03-01");
  CHECK_FALSE(HasPredicate(f, "meets"));
  CHECK(f.count("Poland criticizes Russia"));
  // A named envoy summoned by a named minister: a meeting of the two.
  auto g = Edges(
      "Polish Foreign Minister Radoslaw Sikorski summoned Belarus's ambassador, Piotr Kovalev, "
      "to protest.",
      "2024-03-01");
  CHECK(HasPredicate(g, "meets"));
}

TEST_CASE("a quoted act noun's nationality names its author", "[extract]") {
  auto f = Edges(
      "Le président français a rencontré le chancelier allemand. Le premier ministre "
      "arménien, Nikol Pachinian, condamne « l'agression » azerbaïdjanaise contre son pays.",
      "2023-09-20");
  CHECK(f.count("Pashinyan criticizes Azerbaijan"));
  CHECK_FALSE(f.count("Pashinyan criticizes France"));
  CHECK_FALSE(f.count("Pashinyan criticizes Germany"));
  auto e = Edges("Armenian Prime Minister Nikol Pashinyan condemned the \"aggression\" by "
                 "Azerbaijan.",
                 "2023-09-20");
  CHECK(e.count("Pashinyan criticizes Azerbaijan"));
}

TEST_CASE("a body named before an act noun is a modifier, not owned", "[extract]") {
  auto f = Edges("What Pashinyan's CSTO remarks mean for Yerevan. Lukashenko's CSTO comments "
                 "surprised no one.",
                 "2024-03-01");
  CHECK_FALSE(f.count("Pashinyan leads CSTO"));
  CHECK_FALSE(f.count("Lukashenko leads CSTO"));
  auto g = Edges("Hemedti's RSF accused the army of attacks.", "2024-03-01");
  CHECK(g.count("Hemedti leads RSF"));
}

TEST_CASE("an infinitive whose subject is nobody gives no edge", "[extract]") {
  auto f = Edges("L'Égypte ne permettra à personne de menacer la Somalie. Le Caire ne laissera "
                 "personne menacer Djibouti. L'Égypte a menacé l'Éthiopie.",
                 "2024-03-01");
  CHECK_FALSE(f.count("Egypt warns Somalia"));
  CHECK_FALSE(f.count("Egypt warns Djibouti"));
  CHECK(f.count("Egypt warns Ethiopia"));
  auto e = Edges("Egypt will not allow anyone to threaten Somalia. Egypt will let no one "
                 "threaten Djibouti. Egypt warned Ethiopia.",
                 "2024-03-01");
  CHECK_FALSE(e.count("Egypt warns Somalia"));
  CHECK_FALSE(e.count("Egypt warns Djibouti"));
  CHECK(e.count("Egypt warns Ethiopia"));
}
