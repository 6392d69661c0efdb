// States' institutions named by their own names or nicknames (schema/dict/
// organizations.jsonl): foreign ministries ("Quai d'Orsay", "Farnesina",
// "Itamaraty", "Foreign Office"/FCDO), parliaments ("Sejm", "Majlis"), armed
// forces ("Bundeswehr", "Armée nationale populaire"), intelligence services,
// and seats of power that stand for their state ("Bureau ovale", "Miraflores").
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("foreign ministries by their nicknames carry their edges", "[extract][dict]") {
  const auto quai = Edges("Le Quai d'Orsay a critiqué la Russie mardi.");
  CHECK(quai.count("French Foreign Ministry criticizes Russia") == 1);
  CHECK(quai.count("France criticizes Russia") == 0);  // the ministry, not the state
  CHECK(Edges("The Farnesina criticized Russia on Tuesday for the strikes.")
            .count("Italian Foreign Ministry criticizes Russia") == 1);
  CHECK(Edges("L'Itamaraty a critiqué lundi le Venezuela pour les résultats de l'élection.")
            .count("Brazilian Foreign Ministry criticizes Venezuela") == 1);
  CHECK(Edges("The FCDO condemned the Russian strikes on Odesa on Thursday.")
            .count("UK Foreign Office criticizes Russia") == 1);
  CHECK(Edges("Le Foreign Office a condamné jeudi les frappes russes sur Odessa.")
            .count("UK Foreign Office criticizes Russia") == 1);
}

TEST_CASE("Pakistan's Foreign Office is not the British one", "[extract][dict]") {
  const auto e = Edges("Pakistan's Foreign Office criticized India on Tuesday.");
  CHECK(e.count("Pakistani Foreign Office criticizes India") == 1);
  CHECK(e.count("UK Foreign Office criticizes India") == 0);
}

TEST_CASE("parliaments by their own names", "[extract][dict]") {
  CHECK(Edges("The Sejm voted on Tuesday to support Ukraine's bid to join the EU.")
            .count("Polish parliament supports Ukraine") == 1);
  // the Sejm and "le Parlement polonais" are one node
  CHECK(Edges("Le Parlement polonais a soutenu l'Ukraine mardi.")
            .count("Polish parliament supports Ukraine") == 1);
  CHECK(Edges("Le Majlis a accusé Israël d'avoir mené l'attaque contre le consulat.")
            .count("Iranian parliament accuses Israel") == 1);
  CHECK(EntityIds("The Federation Council approved the request on Tuesday.")
            .count("Federation Council") == 1);
}

TEST_CASE("armed forces by their own names", "[extract][dict]") {
  CHECK(Edges("La Bundeswehr a accusé la Russie de brouiller les signaux GPS.")
            .count("Bundeswehr accuses Russia") == 1);
  CHECK(Edges("The Bundeswehr accused Russia of jamming GPS signals.")
            .count("Bundeswehr accuses Russia") == 1);
  CHECK(Edges("L'Armée nationale populaire a accusé le Maroc d'avoir violé la frontière.")
            .count("Algerian Armed Forces accuses Morocco") == 1);
  // "the Ukrainian army" keeps reading as before: no home deployment
  CHECK(Edges("The Ukrainian army sent reinforcements to Bakhmut.").empty());
}

TEST_CASE("intelligence services by name", "[extract][dict]") {
  const auto e =
      Edges("The Mossad and the Research and Analysis Wing accused Iran of plotting attacks.");
  CHECK(e.count("RAW accuses Iran") == 1);
  CHECK(e.count("Mossad accuses Iran") == 1);
}

TEST_CASE("seats of power stand for their state", "[extract][dict]") {
  CHECK(Edges("Le Bureau ovale a critiqué la Chine vendredi.")
            .count("United States criticizes China") == 1);
  CHECK(Edges("Miraflores accused Colombia of harbouring the rebels.")
            .count("Venezuela accuses Colombia") == 1);
}

TEST_CASE("the regional chiefs of staff are no French General Staff", "[extract][dict]") {
  const auto ids =
      EntityIds("Les chefs d'état-major des armées de la région se réuniront mercredi à Abuja.");
  CHECK(ids.count("French General Staff") == 0);
  CHECK(Edges("L'état-major français a accusé Wagner d'avoir enterré des corps.")
            .count("French General Staff accuses Wagner") == 1);
}

TEST_CASE("US armed services by name", "[extract][dict]") {
  const auto e =
      Edges("The US Army accused Iran of attacking its bases. The US Navy warned the Houthis.");
  CHECK(e.count("US Army accuses Iran") == 1);
  CHECK(e.count("US Navy warns Houthis") == 1);
}

TEST_CASE("security councils under their own names", "[extract][dict]") {
  CHECK(Edges("Le Conseil de sécurité et de défense nationale d'Ukraine a accusé la Russie de "
              "préparer une offensive.")
            .count("Ukrainian Security Council accuses Russia") == 1);
  CHECK(Edges("Iran's Supreme National Security Council warned Israel on Sunday.")
            .count("Iranian Supreme National Security Council warns Israel") == 1);
}
