// The actor dictionaries cover world news beyond the Kazakhstan samples:
// names in French and English spellings resolve to one id, and an office
// named without a name resolves to whoever held it on the article's date.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("dict: French and English spellings of new persons share one id", "[dict]") {
  auto fr = EntityIds("Le général Iyad Ag Ghali a revendiqué l'attaque, selon Mohamed al-Menfi.",
                      "2023-05-02");
  CHECK(fr.count("Iyad Ag Ghaly"));
  CHECK(fr.count("Menfi"));
  auto en = EntityIds("Iyad ag Ghaly claimed the attack, Mohammed al-Menfi said.", "2023-05-02");
  CHECK(en.count("Iyad Ag Ghaly"));
  CHECK(en.count("Menfi"));
  auto fa = EntityIds("Faisal Mekdad a rencontré Walid Mouallem à Damas.", "2019-05-02");
  CHECK(fa.count("Mekdad"));
  CHECK(fa.count("Muallem"));
  auto ir = EntityIds("Esmaïl Baghaï et Hossein Salami ont averti Israël.", "2024-10-02");
  CHECK(ir.count("Baghaei"));
  CHECK(ir.count("Salami"));
  CHECK(ir.count("Israel"));
}

TEST_CASE("dict: new organizations are found by name and by acronym", "[dict]") {
  auto fr = EntityIds(
      "Les Gardiens de la révolution et la force de la SADC ont été cités par la Commission de la "
      "CEDEAO.",
      "2024-02-10");
  CHECK(fr.count("IRGC"));
  CHECK(fr.count("SAMIDRC"));
  CHECK(fr.count("ECOWAS Commission"));
  auto en = EntityIds("The IRGC, KFOR and the EACRF were mentioned by AFRICOM.", "2023-02-10");
  CHECK(en.count("IRGC"));
  CHECK(en.count("KFOR"));
  CHECK(en.count("EACRF"));
  CHECK(en.count("AFRICOM"));
  // Acronyms match with their own case only.
  CHECK_FALSE(EntityIds("The kfor word is not an acronym here.", "2023-02-10").count("KFOR"));
}

TEST_CASE("dict: a defence minister resolves to the holder on the article's date", "[dict]") {
  // Kazakhstan changed defence ministers during and after the January 2022 unrest.
  auto jan = Edges("Le ministre kazakh de la Défense a démenti ces informations.", "2022-01-10");
  CHECK(jan.count("Bektanov official_of Kazakhstan"));
  auto later = Edges("Le ministre kazakh de la Défense a démenti ces informations.", "2023-03-01");
  CHECK(later.count("Zhaksylykov official_of Kazakhstan"));
  CHECK_FALSE(later.count("Bektanov official_of Kazakhstan"));
  auto now = Edges("Kazakhstan's defence minister denied the reports.", "2025-09-01");
  CHECK(now.count("Kosanov official_of Kazakhstan"));
}

TEST_CASE("dict: heads of government resolve by date across terms", "[dict]") {
  auto iraq = Edges("Le Premier ministre irakien a condamné l'attaque.", "2021-03-01");
  CHECK(iraq.count("Kadhimi leads Iraq"));
  auto iraq_before = Edges("Le Premier ministre irakien a condamné l'attaque.", "2017-03-01");
  CHECK(iraq_before.count("Abadi leads Iraq"));
  auto moldova = Edges("Moldova's prime minister criticized Russia.", "2022-05-01");
  CHECK(moldova.count("Gavrilita leads Moldova"));
}

TEST_CASE("dict: an organization head resolves by date", "[dict]") {
  auto osce = Edges("Le secrétaire général de l'OSCE a mis en garde la Russie.", "2018-05-01");
  CHECK(osce.count("Greminger leads OSCE"));
  auto sco = Edges("The SCO Secretary-General warned the Taliban.", "2025-03-01");
  CHECK(sco.count("Yermekbayev leads SCO"));
}
