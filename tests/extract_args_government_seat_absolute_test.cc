// Three argument constructions of news text.
// 1. A state named by its government at its seat ("the government in Baku",
//    "le pouvoir à Bamako") is the seat's state, as actor and as target.
// 2. An absolute clause ("..., with X accusing Y") has its own subject; a
//    denial in the main clause does not reach it.
// 3. "X, whose spokesman, Name, accused Y": the named holder is the subject.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a government named by its seat is the seat's state", "[extract][args]") {
  const auto en = Edges("The authorities in Baku accused Armenia of shelling border villages.");
  CHECK(en.count("Azerbaijan accuses Armenia") == 1);
  const auto target = Edges("Erdogan has defended the government in Baku against its critics.");
  CHECK(target.count("Erdogan supports Azerbaijan") == 1);
  const auto regime = Edges("The regime in Minsk criticized Lithuania over the border closure.");
  CHECK(regime.count("Belarus criticizes Lithuania") == 1);
  const auto fr = Edges("Le pouvoir à Bamako a accusé l'Algérie d'ingérence.");
  CHECK(fr.count("Mali accuses Algeria") == 1);
  const auto fr2 = Edges("Les autorités à Kinshasa ont accusé le Rwanda de soutenir les rebelles.");
  CHECK(fr2.count("DR Congo accuses Rwanda") == 1);
  // "en place", "de transition" between the noun and its seat; the seat
  // wins over the state the page named before.
  const auto en_place = Edges(
      "Le Mali a protesté. Les autorités en place à Niamey ont accusé le Bénin de complicité.");
  CHECK(en_place.count("Niger accuses Benin") == 1);
  CHECK(en_place.count("Mali accuses Benin") == 0);
  const auto transition = Edges("La Russie soutient le gouvernement de transition à Ouagadougou.");
  CHECK(transition.count("Russia supports Burkina Faso") == 1);
}

TEST_CASE("a seat phrase needs a capital and an act", "[extract][args]") {
  // Negated: no edge from the seat's state.
  const auto neg = Edges("The authorities in Baku did not accuse Armenia of anything.");
  CHECK_FALSE(HasPredicate(neg, "accuses"));
  // "le pouvoir" with no seat names no state.
  const auto bare = Edges("Le pouvoir a accusé l'Algérie d'ingérence.");
  CHECK(bare.count("Mali accuses Algeria") == 0);
  // A place after "in" that is no capital leaves the bare noun alone.
  const auto place = Edges("The government in the north accused Armenia of shelling.");
  CHECK(place.count("Azerbaijan accuses Armenia") == 0);
}

TEST_CASE("an absolute clause's subject escapes the main clause's denial", "[extract][args]") {
  const auto en = Edges(
      "Serbia rejected the report on Monday, with Croatia accusing Belgrade of stoking tensions.");
  CHECK(en.count("Croatia accuses Serbia") == 1);
  CHECK(en.count("Serbia accuses Croatia") == 0);
  const auto fr = Edges(
      "La Serbie a rejeté le rapport lundi, la Croatie accusant Belgrade d'attiser les tensions.");
  CHECK(fr.count("Croatia accuses Serbia") == 1);
  // The main clause's own denied verb stays blocked.
  const auto denied = Edges("Serbia denied accusing Croatia of espionage on Monday.");
  CHECK(denied.count("Serbia accuses Croatia") == 0);
  // A negated absolute clause gives nothing.
  const auto negated = Edges("Kenya welcomed the deal, with Uganda not accusing anyone.");
  CHECK_FALSE(HasPredicate(negated, "accuses"));
}

TEST_CASE("the holder named after 'whose spokesman' is the subject", "[extract][args]") {
  const auto en = Edges(
      "China's foreign ministry, whose spokesman, Wang Wenbin, accused Japan of provocation, "
      "called for calm.");
  CHECK(en.count("Wang Wenbin accuses Japan") == 1);
  CHECK(en.count("Chinese Foreign Ministry accuses Japan") == 0);
  CHECK(en.count("Wang Wenbin official_of China") == 1);
  const auto fr = Edges(
      "Le ministère chinois des Affaires étrangères, dont le porte-parole, Wang Wenbin, a accusé "
      "le Japon de provocation, a appelé au calme.");
  CHECK(fr.count("Wang Wenbin accuses Japan") == 1);
  CHECK(fr.count("Chinese Foreign Ministry accuses Japan") == 0);
  // A "whose" clause with no apposition keeps its own subject too.
  const auto bare =
      Edges("The Kremlin, whose spokesman Dmitry Peskov criticized Poland, declined.");
  CHECK(bare.count("Peskov criticizes Poland") == 1);
  CHECK(bare.count("Russia criticizes Poland") == 0);
}
