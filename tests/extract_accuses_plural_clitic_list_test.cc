// A plural object pronoun ("les accuse", "accused
// them") after a sentence that opens on one actor and names one list of
// actors as its complement. Sentences invented for the tests.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {
// A neutral first sentence: the first line of a text may be read as a title.
std::string Text(const std::string& s) { return "Regional news.\n\nIt rained. " + s; }
}  // namespace

TEST_CASE("a plural clitic stands for the list named before", "[extract]") {
  auto fr =
      Edges(Text("Le Kenya a reçu l'Ouganda et le Rwanda. Le Burundi les accusait d'avoir "
                 "armé les rebelles."));
  CHECK(fr.count("Burundi accuses Uganda"));
  CHECK(fr.count("Burundi accuses Rwanda"));
  CHECK_FALSE(fr.count("Burundi accuses Kenya"));
  auto en =
      Edges(Text("Armenia hosted Iran and Georgia on Monday. Azerbaijan accused them of "
                 "arming the rebels."));
  CHECK(en.count("Azerbaijan accuses Iran"));
  CHECK(en.count("Azerbaijan accuses Georgia"));
  // the indirect clitic of a reproach, the English blame
  CHECK(Edges(Text("Le Tchad a reçu le Niger et le Bénin. Le Togo leur reproche d'avoir fermé la "
                   "frontière."))
            .count("Togo accuses Benin"));
  CHECK(Edges(Text("Kenya welcomed Uganda and Rwanda on Monday. Burundi blamed them for the "
                   "attack."))
            .count("Burundi accuses Rwanda"));
}

TEST_CASE("a plural clitic with no single list, negated or supposed", "[extract]") {
  // negated, hypothetical: no charge
  CHECK_FALSE(Edges(Text("Le Kenya a reçu l'Ouganda et le Rwanda. Le Burundi ne les accuse pas "
                         "d'avoir armé les rebelles."))
                  .count("Burundi accuses Uganda"));
  CHECK_FALSE(Edges(Text("Armenia hosted Iran and Georgia on Monday. Azerbaijan did not accuse "
                         "them of arming the rebels."))
                  .count("Azerbaijan accuses Iran"));
  CHECK_FALSE(Edges(Text("Le Kenya a reçu l'Ouganda et le Rwanda. Si le Burundi les accusait "
                         "d'avoir armé les rebelles, la crise s'aggraverait."))
                  .count("Burundi accuses Uganda"));
  // a denial of charges names no accused
  CHECK_FALSE(Edges(Text("Le Kenya a reçu l'Ouganda et le Rwanda. Le Burundi les a défendus et "
                         "rejette les accusations."))
                  .count("Burundi accuses Uganda"));
  // two lists: which one is meant is not said
  auto two =
      Edges(Text("Le Kenya a reçu l'Ouganda et le Rwanda, puis le Tchad et le Soudan. Le "
                 "Burundi les accuse d'avoir armé les rebelles."));
  CHECK_FALSE(two.count("Burundi accuses Uganda"));
  CHECK_FALSE(two.count("Burundi accuses Chad"));
  // a list of places after a preposition is where, not whom
  CHECK_FALSE(Edges(Text("Des combats ont éclaté entre le Kenya et la Somalie. Le Burundi les "
                         "accuse d'avoir armé les rebelles."))
                  .count("Burundi accuses Somalia"));
}
