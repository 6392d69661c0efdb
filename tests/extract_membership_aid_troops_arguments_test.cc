// Arguments of membership, aid requests and deployments that news French and
// English leave to the context: "both countries" in a bilateral quarrel whose
// two states are never coordinated, the subject of a clause opened by
// "after" behind its title ("after President X asked"), troops "from the
// Russia-led X", and a body of states the dictionary knows by its headline
// name. Sentences invented for the tests.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {
std::string Text(const std::string& s) { return "Regional news.\n\nIt rained. " + s; }
}  // namespace

TEST_CASE("both countries of a bilateral quarrel are the two states named most",
          "[extract][coref][member_of]") {
  auto en = Edges(Text("Ghana closed its border with Togo on Monday. Accra accused Togo of "
                       "harbouring rebels. Togo denied it. The Economic Community of West "
                       "African States, of which both countries are members, called for calm."));
  CHECK(en.count("Ghana member_of ECOWAS"));
  CHECK(en.count("Togo member_of ECOWAS"));
  auto fr = Edges(Text("Le Burundi a fermé sa frontière avec le Rwanda. Gitega accuse Kigali "
                       "d'armer des rebelles. Kigali dément. La décision viole les règles de la "
                       "Communauté d'Afrique de l'Est, dont les deux pays sont membres."));
  CHECK(fr.count("Burundi member_of EAC"));
  CHECK(fr.count("Rwanda member_of EAC"));
}

TEST_CASE("no two states stand out: both countries has no antecedent",
          "[extract][coref][member_of]") {
  // A third state named as often as the second: no pair.
  auto en = Edges(Text("Ghana closed its border with Togo on Monday. Benin accused Togo of "
                       "harbouring rebels. Benin warned Ghana. The Economic Community of West "
                       "African States, of which both countries are members, called for calm."));
  CHECK_FALSE(en.count("Ghana member_of ECOWAS"));
  auto fr = Edges(Text("Le Burundi a fermé sa frontière. Le Kenya, l'Ouganda et la Tanzanie "
                       "ont réagi. La décision viole les règles de la Communauté d'Afrique de "
                       "l'Est, dont les deux pays sont membres."));
  CHECK_FALSE(fr.count("Burundi member_of EAC"));
  CHECK_FALSE(fr.count("Kenya member_of EAC"));
}

TEST_CASE("after a title and a name, the clause opened by after has its subject",
          "[extract][args][requests_aid]") {
  auto en = Edges(Text("Troops landed in Bamako after President Goita asked Russia for help."));
  CHECK(en.count("Goita requests_aid Russia"));
  CHECK(Edges(Text("Talks stalled after Foreign Minister Lavrov accused France of lying."))
            .count("Lavrov accuses France"));
  auto fr = Edges(Text("Les soldats sont arrivés après que le président Goïta a demandé l'aide "
                       "de la Russie."));
  CHECK(fr.count("Goita requests_aid Russia"));
  // The clause's own negation still blocks.
  auto near = Edges(Text("Troops landed in Bamako after President Goita did not ask Russia for "
                         "help."));
  CHECK_FALSE(near.count("Goita requests_aid Russia"));
}

TEST_CASE("troops from a state-led body are the body's", "[extract][sends_troops]") {
  auto en = Edges(Text("Troops from the Russia-led Collective Security Treaty Organization "
                       "landed in Kazakhstan on Thursday."));
  CHECK(en.count("CSTO sends_troops Kazakhstan"));
  // A state "led by" someone is no compound: "troops from Chad led by" are Chad's.
  CHECK(Edges(Text("Troops from Chad led by General Mahamat Deby landed in Mali on Monday."))
            .count("Chad sends_troops Mali"));
}

TEST_CASE("the Eurasian customs union by its press names", "[extract][member_of][dict]") {
  auto fr = Edges(Text("L'Arménie rejoint l'union douanière de Moscou, a annoncé Erevan."));
  CHECK(fr.count("Armenia member_of Eurasian Customs Union"));
  auto en = Edges(Text("Kazakhstan is a member of the Eurasian Customs Union."));
  CHECK(en.count("Kazakhstan member_of Eurasian Customs Union"));
  // A customs union no name sets apart stays unnamed.
  CHECK_FALSE(Edges(Text("Turkey is a member of a customs union with the bloc."))
                  .count("Turkey member_of Eurasian Customs Union"));
}

TEST_CASE("a body's name shortened to its first or last words is the body",
          "[extract][coref][member_of]") {
  auto fr = Edges(Text("L'Arménie a rejoint l'union douanière de Moscou. Le président l'a "
                       "annoncé mardi. L'union douanière regroupe la Russie, la Biélorussie et "
                       "le Kazakhstan."));
  CHECK(fr.count("Russia member_of Eurasian Customs Union"));
  CHECK(fr.count("Kazakhstan member_of Eurasian Customs Union"));
  auto en = Edges(Text("Kyrgyzstan joined the Moscow-led customs union in 2015. Prices rose. "
                       "The customs union comprises Russia, Belarus and Kazakhstan."));
  CHECK(en.count("Belarus member_of Eurasian Customs Union"));
  // Another body's longer name is not the short one.
  auto near = Edges(Text("L'Arménie a rejoint l'union douanière de Moscou. La Turquie appartient "
                         "à l'union douanière européenne depuis 1995."));
  CHECK_FALSE(near.count("Turkey member_of Eurasian Customs Union"));
}

TEST_CASE("troops led by a state named before them are that state's",
          "[extract][sends_troops]") {
  CHECK(Edges(Text("Senegalese-led forces entered Gambia on Thursday."))
            .count("Senegal sends_troops Gambia"));
  CHECK(Edges(Text("Des forces dirigées par le Sénégal sont entrées en Gambie jeudi."))
            .count("Senegal sends_troops Gambia"));
  // Talks a state leads are no troops.
  CHECK_FALSE(Edges(Text("Turkish-led talks opened in Syria on Monday."))
                  .count("Turkey sends_troops Syria"));
}

TEST_CASE("a force deployed at a request, named by its troops alone, is the alliance's",
          "[extract][requests_aid]") {
  auto en = Edges(Text("The CSTO sent troops to Kazakhstan on Thursday. The contingent was "
                       "deployed at the request of President Tokayev."));
  CHECK(en.count("Tokayev requests_aid CSTO"));
  auto fr = Edges(Text("L'OTSC a envoyé des troupes au Kazakhstan jeudi. Le contingent a été "
                       "déployé à la demande du président Tokaïev."));
  CHECK(fr.count("Tokayev requests_aid CSTO"));
  // The alliance sent no troops on the page: no helper.
  CHECK_FALSE(Edges(Text("The CSTO met in Moscow on Thursday. The contingent was deployed at "
                         "the request of President Tokayev."))
                  .count("Tokayev requests_aid CSTO"));
}

TEST_CASE("an answer to a request keeps its helper past the answer's adverbs",
          "[extract][requests_aid]") {
  CHECK(Edges(Text("La Russie a répondu favorablement à la demande d'aide du Mali."))
            .count("Mali requests_aid Russia"));
  CHECK(Edges(Text("Russia quickly responded to Mali's request for assistance."))
            .count("Mali requests_aid Russia"));
  // A denied answer gives none.
  CHECK_FALSE(Edges(Text("La Russie n'a pas répondu favorablement à la demande d'aide du Mali."))
                  .count("Mali requests_aid Russia"));
}

TEST_CASE("contingents counted per country are each country's", "[extract][sends_troops]") {
  auto en = Edges(Text("Some 1,200 Nigerian, 300 Ghanaian and 90 Togolese soldiers were deployed "
                       "to Liberia."));
  CHECK(en.count("Nigeria sends_troops Liberia"));
  CHECK(en.count("Ghana sends_troops Liberia"));
  CHECK(en.count("Togo sends_troops Liberia"));
  auto fr = Edges(Text("Quelque 1 200 soldats nigérians, 300 ghanéens et 90 togolais ont été "
                       "déployés au Liberia."));
  CHECK(fr.count("Nigeria sends_troops Liberia"));
  CHECK(fr.count("Ghana sends_troops Liberia"));
  CHECK(fr.count("Togo sends_troops Liberia"));
  // Soldiers counted among the dead are sent by nobody.
  CHECK_FALSE(Edges(Text("Some 2,000 Russian and 500 Ukrainian soldiers were killed in the "
                         "fighting near Bakhmut."))
                  .count("Ukraine sends_troops Ukraine"));
}
