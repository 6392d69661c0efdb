// Entities that are no actors: a singular "terrorists" word that labels or
// describes a group already named, a terror list's entries, a page's menu or
// section label, a region of Europe.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/entity_label_only.h"
#include "extract/words.h"
#include "extract_test_util.h"

using kzgraph::testing::EntityIds;

TEST_CASE("A singular armed group or terrorist organisation labels, no terrorists entity",
          "[extract][entities]") {
  CHECK(EntityIds("Kinshasa accuse Kigali de soutenir le M23, un groupe armé tutsi.")
            .count("terrorists") == 0);
  CHECK(EntityIds("Washington designated the Houthis as a terrorist organization on Monday.")
            .count("terrorists") == 0);
  CHECK(EntityIds("Le président a qualifié l'attentat d'acte terroriste.").count("terrorists") ==
        0);
  CHECK(EntityIds("Moscow removed the Taliban from its list of terrorist organisations.")
            .count("terrorists") == 0);
  // Near-misses: the plural collective acts.
  CHECK(EntityIds("Des groupes armés ont attaqué trois villages, selon l'armée malienne.")
            .count("terrorists") == 1);
  CHECK(EntityIds("Tokayev blamed foreign terrorists for the unrest in Almaty.")
            .count("terrorists") == 1);
}

TEST_CASE("A name in a page menu or alone on a section line is no entity", "[extract][entities]") {
  const std::string page =
      "RADIO INFO DU SUD\nDirect | Podcasts | Afrique | Europe | Amériques\nÉcouter le "
      "journal\n\nEUROPE\n\nBelgrade dénonce une provocation\n\nLa Serbie a condamné mardi "
      "le Kosovo, a annoncé le ministère serbe des Affaires étrangères.\n";
  CHECK(EntityIds(page).count("Europe") == 0);
  CHECK(EntityIds(page).count("Serbia") == 1);
  // Near-miss: Europe acting in the text.
  CHECK(EntityIds("Direct | Podcasts\n\nL'Europe a condamné la Russie.").count("Europe") == 1);
  // English menus, by the rule's own test: a '|' or the line's edge on both sides.
  const std::string menu = "News | Europe | World\nEUROPE\nEurope condemned Russia.";
  CHECK(kzgraph::extract::MenuItem(menu, 7, 13));
  CHECK(kzgraph::extract::MenuItem(menu, 22, 28));
  CHECK_FALSE(kzgraph::extract::MenuItem(menu, 29, 35));
}

TEST_CASE("Europe with a compass word is a region, no Europe entity", "[extract][entities]") {
  auto region = [](const std::string& text, int b) {
    std::vector<kzgraph::extract::Word> w;
    kzgraph::extract::SplitWords(text, {0, static_cast<uint32_t>(text.size())}, &w);
    return kzgraph::extract::CompassRegion(w, b, b + 1);
  };
  CHECK(region("Moscow threatened Southeast Europe.", 3));
  CHECK(region("La Russie menace l'Europe centrale.", 4));
  CHECK(region("La Russie menace l'Europe de l'Est.", 4));
  CHECK_FALSE(region("Moscow threatened Europe.", 2));
  CHECK_FALSE(region("La Russie menace l'Europe, dit-il.", 4));
  CHECK(EntityIds("Moscow is arming the separatists, the Polish minister told Europe on Monday.")
            .count("Europe") == 1);
}
