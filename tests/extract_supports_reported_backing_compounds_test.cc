// Backing reported by a third party inside a relative ("que l'ONU dit
// soutenus par le Rwanda") and compound modifiers ("Iran-backed") that
// qualify a common noun (engine_frames.cc). Invented sentences.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("the one said to be backed is the relative's head, not the speaker", "[extract]") {
  auto e = Edges("Les rebelles du M23, que Kinshasa et l'ONU disent soutenus par le Rwanda, ont "
                 "pris la ville.");
  CHECK(e.count("Rwanda supports M23") > 0);
  CHECK(e.count("Rwanda supports UN") == 0);
  CHECK(e.count("Rwanda supports DR Congo") == 0);
  e = Edges("The M23 rebels, which the UN says are backed by Rwanda, took the town.");
  CHECK(e.count("Rwanda supports M23") > 0);
  CHECK(e.count("Rwanda supports UN") == 0);
  // Plain participle still reads its head.
  CHECK(Edges("Les Houthis, soutenus par l'Iran, ont tiré des missiles.")
            .count("Iran supports Houthis") > 0);
}

TEST_CASE("a compound modifier backs the noun it qualifies", "[extract]") {
  CHECK(Edges("The Iran-backed Houthi rebels fired missiles.").count("Iran supports Houthis") > 0);
  CHECK(Edges("The Iran-backed Houthis fired missiles.").count("Iran supports Houthis") > 0);
  // The uprising is backed, not the ruler it toppled.
  CHECK_FALSE(HasPredicate(Edges("A NATO-backed uprising toppled Muammar Gaddafi in 2011."),
                           "supports"));
}

}  // namespace
}  // namespace kzgraph::testing

namespace kzgraph::testing {
namespace {

TEST_CASE("a passive after dont or whose backs the relative's head", "[extract]") {
  CHECK(Edges("Peru, whose plan was endorsed by Chile, welcomed the decision.")
            .count("Chile supports Peru") > 0);
  CHECK(Edges("Le Pérou, dont le plan a été approuvé par le Chili, a salué la décision.")
            .count("Chile supports Peru") > 0);
  // The head is no actor: nobody else is backed.
  CHECK_FALSE(HasPredicate(Edges("Le Rwanda s'est déployé avant la force régionale, dont le "
                                 "mandat avait été approuvé par la SADC."),
                           "supports"));
}

}  // namespace
}  // namespace kzgraph::testing
