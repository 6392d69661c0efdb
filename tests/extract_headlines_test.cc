// Headlines and their telegraphic style, on short French and English texts of
// our own: a title given apart from the body, comma coordination without
// "and", meetings named by a hyphenated pair, a reciprocal meeting before a
// clause of time, and the headline's topic as the page's country.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

// Edges of an article whose headline arrives apart from its body (a JSONL title).
std::set<std::string> TitledEdges(const std::string& title, const std::string& body,
                                  const std::string& date) {
  kzgraph::Article a;
  a.id = "titled.jsonl";
  a.title = title;
  a.date = date;
  a.text = body;
  kzgraph::Extraction x;
  kzgraph::testing::SharedExtractor().Extract(a, &x);
  std::set<std::string> out;
  for (const kzgraph::Relation& r : x.relations)
    out.insert(r.subject + " " + r.predicate + " " + r.object);
  return out;
}

}  // namespace

TEST_CASE("a title given apart from the body is read as its headline", "[extract]") {
  auto en = TitledEdges("Zelensky, Duda meet as grain dispute simmers",
                        "The two presidents held talks in New York on Tuesday.", "2023-09-20");
  CHECK((en.count("Zelensky meets Duda") || en.count("Duda meets Zelensky")));
  auto fr = TitledEdges("Kazakhstan : Tokaïev sollicite l'aide de l'OTSC",
                        "La demande a été transmise mercredi soir.", "2022-01-06");
  CHECK(fr.count("Tokayev requests_aid CSTO"));
  // A body that opens with its title reads it once; a question stays no edge.
  auto q = TitledEdges("Le Kazakhstan va-t-il demander l'aide de Moscou ?",
                       "Le Kazakhstan va-t-il demander l'aide de Moscou ?\n\nRien n'est décidé.",
                       "2022-01-06");
  CHECK_FALSE(q.count("Kazakhstan requests_aid Russia"));
}

TEST_CASE("a headline's comma joins subjects as 'and' does", "[extract]") {
  auto en = Edges("Mali, Burkina Faso slam ECOWAS sanctions\n\nThe two juntas issued a statement.",
                  "2023-08-06");
  CHECK(en.count("Mali criticizes ECOWAS"));
  CHECK(en.count("Burkina Faso criticizes ECOWAS"));
  auto fr = Edges("Kazakhstan : la Russie, la Biélorussie envoient des soldats\n\nLes premiers "
                  "contingents sont arrivés jeudi.",
                  "2022-01-07");
  CHECK(fr.count("Russia sends_troops Kazakhstan"));
  CHECK(fr.count("Belarus sends_troops Kazakhstan"));
  // A place before the comma opens no list, in a headline or in prose.
  auto place = Edges("Au Mali, le Burkina Faso dénonce les sanctions de la Cédéao.", "2023-08-06");
  CHECK_FALSE(place.count("Mali criticizes ECOWAS"));
}

TEST_CASE("a meeting named by a hyphenated pair of persons", "[extract]") {
  auto fr = Edges("Sommet Macron-Scholz à Paris\n\nLes deux dirigeants ont parlé d'Europe.",
                  "2023-06-23");
  CHECK((fr.count("Macron meets Scholz") || fr.count("Scholz meets Macron")));
  auto en = Edges("Biden-Xi talks in California\n\nThe two leaders spoke for four hours.",
                  "2023-11-15");
  CHECK((en.count("Biden meets Xi Jinping") || en.count("Xi Jinping meets Biden")));
  // None held.
  auto no_fr = Edges("Pas de sommet Macron-Poutine cette année\n\nL'Élysée l'a confirmé.",
                     "2022-03-01");
  CHECK_FALSE(HasPredicate(no_fr, "meets"));
  auto no_en = Edges("No Biden-Putin summit this year\n\nThe White House confirmed it.",
                     "2022-03-01");
  CHECK_FALSE(HasPredicate(no_en, "meets"));
}

TEST_CASE("a reciprocal meeting verb before a clause of time", "[extract]") {
  auto en = Edges("Erdogan, Putin meet as grain deal stalls\n\nThe talks were held in Sochi.",
                  "2023-09-04");
  CHECK((en.count("Erdogan meets Putin") || en.count("Putin meets Erdogan")));
  auto fr = Edges("Erdogan et Poutine se rencontrent alors que l'accord céréalier est bloqué.",
                  "2023-09-04");
  CHECK((fr.count("Erdogan meets Putin") || fr.count("Putin meets Erdogan")));
}

TEST_CASE("the headline's topic is the page's country among equals", "[extract]") {
  // "la junte" is Niger's (CNSP) when the headline is about Niger.
  auto e = Edges("Niger : la junte accuse la France de préparer une intervention\n\nLe "
                 "communiqué a été lu à la télévision.",
                 "2023-08-09");
  CHECK(e.count("CNSP accuses France"));
  CHECK_FALSE(e.count("France accuses France"));
}

TEST_CASE("a stance participle opening the sentence falls on the main subject", "[extract]") {
  auto fr = Edges("Soutenu par Moscou, Tokaïev reprend la main\n\nLe président a limogé le "
                  "gouvernement.",
                  "2022-01-09");
  CHECK(fr.count("Russia supports Tokayev"));
  auto en = Edges("Criticized by Amnesty International, Tokayev defends the order\n\nThe group "
                  "spoke on Monday.",
                  "2022-01-09");
  CHECK(en.count("Amnesty International criticizes Tokayev"));
  CHECK_FALSE(en.count("Tokayev criticizes Amnesty International"));
  // A participle that is no stance ("Interviewed by CNN") leaves the verb's own reading.
  auto other = Edges("Interviewed by CNN, Zelensky criticized NATO.", "2022-03-09");
  CHECK(other.count("Zelensky criticizes NATO"));
  CHECK_FALSE(other.count("CNN criticizes Zelensky"));
}

TEST_CASE("an English stance noun's holder after 'from'", "[extract]") {
  auto e = Edges("Condemnation of Russia from the G7 and NATO\n\nThe statement came on Friday.",
                 "2022-02-25");
  CHECK(e.count("G7 criticizes Russia"));
  CHECK(e.count("NATO criticizes Russia"));
  auto act = Edges("Criticism of Hamas attack from Scholz\n\nThe chancellor spoke in Berlin.",
                   "2023-10-12");
  CHECK(act.count("Scholz criticizes Hamas"));
  // A place after "from" holds nothing.
  auto place = Edges("Condemnation of the strike from Gaza\n\nThe statement came on Friday.",
                     "2023-10-20");
  CHECK_FALSE(HasPredicate(place, "criticizes"));
}

TEST_CASE("an alliance's allies named after it are its members", "[extract]") {
  auto e = Edges("NATO allies Estonia and Latvia ask for more troops\n\nThe two states spoke.",
                 "2022-02-20");
  CHECK(e.count("Estonia member_of NATO"));
  CHECK(e.count("Latvia member_of NATO"));
  // A state's allies name no body.
  auto state = Edges("US allies Japan and South Korea back the sanctions.", "2022-02-25");
  CHECK_FALSE(HasPredicate(state, "member_of"));
}

TEST_CASE("a removal before a title ends the office", "[extract]") {
  auto e = Edges("Ousted Niger leader Bazoum to face trial\n\nThe military seized power in July.",
                 "2023-08-15");
  CHECK_FALSE(e.count("Bazoum leads Niger"));
  auto deposed = Edges("Deposed president Bazoum remains in detention.", "2023-09-15");
  CHECK_FALSE(deposed.count("Bazoum leads Niger"));
  // A sitting leader keeps the edge.
  auto sitting = Edges("Niger leader Bazoum visits Paris\n\nThe talks lasted two hours.",
                       "2023-02-15");
  CHECK(sitting.count("Bazoum leads Niger"));
}
