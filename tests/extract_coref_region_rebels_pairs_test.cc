// Descriptions that take up an actor named before: a bloc or state by its
// region ("l'organisation ouest-africaine", "the West African bloc", "le pays
// sahélien"), "the rebels" as the one body the dictionary also calls rebels,
// and "les deux pays", "ses deux voisins" as the last two countries listed.
// Near-misses: no antecedent, two candidates, a third party's own
// description. Sentences invented for the tests.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {
std::string Text(const std::string& s) { return "Regional news.\n\nIt rained. " + s; }
}  // namespace

TEST_CASE("a region adjective limits a bloc description to that region's bodies",
          "[extract][coref]") {
  CHECK(Edges(Text("La Cédéao a suspendu la Guinée lundi. Le Maroc a soutenu l'organisation "
                   "ouest-africaine."))
            .count("Morocco supports ECOWAS"));
  CHECK(Edges(Text("ECOWAS suspended Guinea on Monday. Morocco backed the West African bloc."))
            .count("Morocco supports ECOWAS"));
  CHECK(Edges(Text("The African Union met in Addis Ababa. Kenya praised the continental "
                   "organisation."))
            .count("Kenya supports African Union"));
  // Near-misses: no body of the region named before; a body of another
  // region named before.
  auto none = Edges(Text("It was cold in Dakar. Morocco backed the West African bloc."));
  CHECK_FALSE(none.count("Morocco supports ECOWAS"));
  auto other = Edges(Text("La SADC a suspendu Madagascar. Le Maroc a soutenu l'organisation "
                          "ouest-africaine."));
  CHECK_FALSE(other.count("Morocco supports SADC"));
}

TEST_CASE("a region adjective limits a state description to that region's states",
          "[extract][coref]") {
  CHECK(Edges(Text("Le Mali a rompu avec la France. Le Sénégal a critiqué le pays sahélien."))
            .count("Senegal criticizes Mali"));
  CHECK(Edges(Text("Kazakhstan closed its border on Monday. Russia criticized the Central Asian "
                   "republic."))
            .count("Russia criticizes Kazakhstan"));
  // Two states of the region in the nearest sentence: no antecedent.
  auto two = Edges(Text("Le Mali et le Niger ont quitté la Cédéao. Le Sénégal a critiqué le pays "
                        "sahélien."));
  CHECK_FALSE(two.count("Senegal criticizes Mali"));
  CHECK_FALSE(two.count("Senegal criticizes Niger"));
  // Its complement names the state: not the one named before.
  CHECK_FALSE(Edges(Text("Mali closed its border. Senegal criticized the West African state of "
                         "Guinea."))
                  .count("Senegal criticizes Mali"));
  // "la république" alone names no state.
  CHECK_FALSE(Edges(Text("Le Mali a rompu avec la France. Le Sénégal a critiqué la république."))
                  .count("Senegal criticizes Mali"));
}

TEST_CASE("the rebels are the one body the dictionary also calls rebels", "[extract][coref]") {
  CHECK(Edges(Text("Les Houthis ont attaqué un cargo. Les rebelles, soutenus par l'Iran, "
                   "menacent la navigation."))
            .count("Iran supports Houthis"));
  CHECK(Edges(Text("The Houthis struck a tanker. Iran has long backed the rebels."))
            .count("Iran supports Houthis"));
  // Another state's rebels; two rebel bodies named; no rebel body named.
  CHECK_FALSE(Edges(Text("The Houthis struck a tanker. Iran has long backed the Syrian rebels."))
                  .count("Iran supports Houthis"));
  auto both = Edges(Text("The Houthis struck a tanker and the M23 seized Goma. Iran has long "
                         "backed the rebels."));
  CHECK_FALSE(both.count("Iran supports Houthis"));
  CHECK_FALSE(both.count("Iran supports M23"));
  CHECK_FALSE(Edges(Text("Hamas fired rockets. Iran has long backed the rebels."))
                  .count("Iran supports Hamas"));
}

TEST_CASE("two countries are the last two listed before", "[extract][coref]") {
  auto fr = Edges(Text("Minsk a rappelé ses ambassadeurs en Pologne et en Lituanie. Loukachenko "
                       "accuse ses deux voisins d'orchestrer les manifestations."));
  CHECK(fr.count("Lukashenko accuses Poland"));
  CHECK(fr.count("Lukashenko accuses Lithuania"));
  auto en = Edges(Text("Armenia and Azerbaijan exchanged fire on Monday. The talks failed. Russia "
                       "warned both governments against escalation."));
  CHECK(en.count("Russia warns Armenia"));
  CHECK(en.count("Russia warns Azerbaijan"));
  // The last list has three countries: no pair.
  auto three = Edges(Text("Armenia, Georgia and Azerbaijan exchanged fire on Monday. Russia "
                          "warned both governments against escalation."));
  CHECK_FALSE(three.count("Russia warns Armenia"));
  CHECK_FALSE(three.count("Russia warns Georgia"));
}

TEST_CASE("a bare counterpart holds the possessor's office in the page's state",
          "[extract][coref]") {
  const std::string kz =
      "Kazakhstan in crisis.\n\nKazakhstan declared a state of emergency. Kazakhstan closed its "
      "airports. Troops patrolled Kazakhstan. Kazakhstan asked for help. ";
  CHECK(Edges(kz + "Vladimir Putin offered his full support to his counterpart.", "2022-01-10")
            .count("Putin supports Tokayev"));
  const std::string fr =
      "Le Kazakhstan en crise.\n\nLe Kazakhstan a décrété l'état d'urgence. Le Kazakhstan a fermé "
      "ses aéroports. Des troupes patrouillent au Kazakhstan. Le Kazakhstan a demandé de l'aide. ";
  CHECK(Edges(fr + "Vladimir Poutine a soutenu son homologue, qu'il a appelé.", "2022-01-10")
            .count("Putin supports Tokayev"));
  // Near-misses: a counterpart named, or of another state, is not the
  // page's; the page's own head has no counterpart there.
  CHECK_FALSE(Edges(kz + "Vladimir Putin backed his Belarusian counterpart.", "2022-01-10")
                  .count("Putin supports Tokayev"));
  CHECK_FALSE(Edges(kz + "Kassym-Jomart Tokayev thanked his counterpart.", "2022-01-10")
                  .count("Tokayev supports Tokayev"));
  CHECK_FALSE(Edges("Weather.\n\nVladimir Putin offered his full support to his counterpart.",
                    "2022-01-10")
                  .count("Putin supports Tokayev"));
}

TEST_CASE("the two sides of talks held in the sentence before", "[extract][coref]") {
  auto en = Edges(Text("Armenia and Azerbaijan held talks in Brussels on Monday. The EU urged "
                       "the two sides to respect the ceasefire, and Turkey backed both sides."));
  CHECK(en.count("Turkey supports Armenia"));
  CHECK(en.count("Turkey supports Azerbaijan"));
  auto fr = Edges(Text("L'Arménie et l'Azerbaïdjan ont tenu des pourparlers lundi. La Turquie a "
                       "soutenu les deux parties."));
  CHECK(fr.count("Turkey supports Armenia"));
  CHECK(fr.count("Turkey supports Azerbaijan"));
  // Talks further back are not the sides now.
  auto far = Edges(Text("Armenia and Azerbaijan held talks in Brussels on Monday. It rained. The "
                        "wind rose. Turkey backed both sides."));
  CHECK_FALSE(far.count("Turkey supports Armenia"));
}
