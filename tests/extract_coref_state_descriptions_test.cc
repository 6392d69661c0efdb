// Definite descriptions of states: "the Gulf state", "l'émirat",
// "l'ancienne puissance coloniale", "le voisin rwandais" stand for the
// fitting country named before in the article, nearest first; nothing when
// none fits.
#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a region's description is the fitting state named before", "[extract]") {
  auto en = Edges(
      "Ethiopia recalled its ambassador from Kuwait on Friday.\n"
      "Addis Ababa accused the Gulf state of financing armed groups in the Amhara region.");
  CHECK(en.count("Ethiopia accuses Kuwait") == 1);
  auto fr = Edges(
      "Le Tchad a rappelé son ambassadeur au Qatar vendredi.\n"
      "N'Djamena accuse l'émirat de financer des groupes armés dans l'est du pays.");
  CHECK(fr.count("Chad accuses Qatar") == 1);
  // The nearest fitting state, not a nearer one of another kind.
  auto nearest = Edges(
      "Oman and Egypt hosted talks on Yemen last week.\n"
      "Egypt's foreign minister then met Houthi envoys.\n"
      "The Houthis accused the Gulf state of spying on their delegation.");
  CHECK(nearest.count("Houthis accuses Oman") == 1);
  CHECK(nearest.count("Houthis accuses Egypt") == 0);
}

TEST_CASE("a state's description with no fitting state named stands for nothing", "[extract]") {
  auto en = Edges(
      "Sudan recalled its ambassador from Egypt on Friday.\n"
      "Khartoum accused the Gulf state of arming the rebels.");
  CHECK(en.count("Sudan accuses Egypt") == 0);
  auto fr = Edges(
      "Le Mali a rappelé son ambassadeur en Algérie.\n"
      "Bamako accuse le royaume de soutenir les rebelles.");
  CHECK(fr.count("Mali accuses Algeria") == 0);
  // Its own complement names another one.
  auto named = Edges(
      "Kenya recalled its ambassador from Bahrain.\n"
      "Nairobi accused the kingdom of Saudi Arabia of interference.");
  CHECK(named.count("Kenya accuses Bahrain") == 0);
}

TEST_CASE("the former colonial power is the named colonizer of the page's state", "[extract]") {
  auto fr = Edges(
      "Au Burkina Faso, la junte a suspendu la diffusion de plusieurs médias.\n"
      "Les relations avec la France se sont nettement dégradées depuis 2022.\n"
      "Ouagadougou accuse l'ancienne puissance coloniale de vouloir déstabiliser le pays.");
  CHECK(fr.count("Burkina Faso accuses France") == 1);
  auto en = Edges(
      "Rwanda and Belgium have clashed over the war in eastern Congo, and the United States "
      "has urged restraint.\n"
      "Kigali accused the former colonial power of bias.");
  CHECK(en.count("Rwanda accuses Belgium") == 1);
  CHECK(en.count("Rwanda accuses United States") == 0);
  // No colonizer of a state the page names: nothing.
  auto none = Edges(
      "Argentina and France signed a trade deal.\n"
      "Buenos Aires accused the former colonial power of delays.");
  CHECK(none.count("Argentina accuses France") == 0);
}

TEST_CASE("a neighbour with a state's adjective is that state", "[extract]") {
  auto fr = Edges("Kinshasa accuse le voisin rwandais de soutenir les rebelles du M23.");
  CHECK(fr.count("DR Congo accuses Rwanda") == 1);
  auto en = Edges("Niamey accused the Beninese neighbour of hosting foreign troops.");
  CHECK(en.count("Niger accuses Benin") == 1);
  // A neighbour without an adjective names no one.
  auto bare = Edges(
      "Burundi closed its border with Rwanda.\n"
      "Gitega accused the neighbour of harbouring rebels.");
  CHECK(bare.count("Burundi accuses Rwanda") == 0);
}

TEST_CASE("every state a description admits is a dictionary country", "[extract]") {
  // fits= and colonies= name dictionary ids; a misspelt one would never match.
  std::ifstream dict(std::string(KZGRAPH_SOURCE_DIR) + "/schema/dict/countries.jsonl");
  std::set<std::string> ids;
  for (std::string line; std::getline(dict, line);) {
    const size_t at = line.find("\"id\": \"");
    if (at == std::string::npos) continue;
    const size_t from = at + 7;
    ids.insert(line.substr(from, line.find('"', from) - from));
  }
  REQUIRE(ids.count("Qatar") == 1);
  std::ifstream coref(std::string(KZGRAPH_SOURCE_DIR) + "/schema/lexicon/coref.tsv");
  int checked = 0;
  for (std::string line; std::getline(coref, line);) {
    if (line.find("kind=state") == std::string::npos) continue;
    for (const char* key : {"fits=", "colonies="}) {
      const size_t at = line.find(key);
      if (at == std::string::npos) continue;
      std::string list = line.substr(at + std::string(key).size());
      for (char& c : list) {
        if (c == ';' || c == ':') c = ',';
      }
      std::stringstream parts(list);
      for (std::string id; std::getline(parts, id, ',');) {
        INFO(id);
        CHECK(ids.count(id) == 1);
        ++checked;
      }
    }
  }
  CHECK(checked > 50);
}

TEST_CASE("'ces dernières' is the plural body of that gender named last", "[extract]") {
  auto fem = Edges(
      "Les milices locales et les Forces armées soudanaises se disputent la ville. "
      "Le président William Ruto a accusé ces dernières de bombarder des civils.");
  CHECK(fem.count("Ruto accuses Sudanese Armed Forces") == 1);
  // A masculine "ces derniers" does not take up a feminine body.
  auto masc = Edges(
      "Le Hamas et les Forces de défense israéliennes ont échangé des tirs. "
      "Le président Recep Tayyip Erdogan a accusé ces derniers de viser les civils.");
  CHECK(masc.count("Erdogan accuses IDF") == 0);
}
