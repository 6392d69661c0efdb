// Descriptions that denote an actor, on sentences of our own:
// the rulers of a junta ("les militaires au pouvoir", "the ruling
// military"), a state's regular army, "the rebels" as the one armed group
// named so, and the surface forms of the guidelines' groups.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("the ruling military is the junta", "[extract]") {
  // Niger's junta is a body the dictionary knows (CNSP)
  auto fr = Edges(
      "Niamey, 12 août 2023 — Les militaires au pouvoir à Niamey ont accusé la France de "
      "préparer une intervention.",
      "2023-08-12");
  CHECK(fr.count("CNSP accuses France"));
  auto en =
      Edges("NIAMEY, Aug 12, 2023 - The ruling military in Niger warned Benin against any attack.",
            "2023-08-12");
  CHECK(en.count("CNSP warns Benin"));
  // a junta the dictionary does not hold is the state acting
  CHECK(
      Edges("Bamako, 12 août 2023 — Les putschistes maliens ont critiqué la Cedeao.", "2023-08-12")
          .count("Mali criticizes ECOWAS"));
  // Guinea's junta is a body the dictionary knows (CNRD)
  CHECK(Edges("Conakry, 12 août 2023 — Les putschistes guinéens ont critiqué la Cedeao.",
              "2023-08-12")
            .count("CNRD criticizes ECOWAS"));
  // "Mali's military government ... the junta": the state named so before,
  // not the one the sentence names first
  auto later = Edges(
      "BAMAKO, Aug 12, 2023 - Mali's military government expelled a diplomat. Algeria's "
      "president received a cleric who has criticized the junta.",
      "2023-08-12");
  CHECK_FALSE(later.count("Algeria criticizes Algeria"));
  // soldiers in general are no junta
  auto soldiers =
      EntityIds("Niamey, 12 août 2023 — Les militaires ont quitté la caserne.", "2023-08-12");
  CHECK_FALSE(soldiers.count("CNSP"));
}

TEST_CASE("the regular army and government forces", "[extract]") {
  auto e = Edges(
      "KHARTOUM, May 2, 2024 - Sudan is at war. Government forces accused the Rapid Support "
      "Forces of looting.",
      "2024-05-02");
  CHECK(e.count("Sudanese Armed Forces accuses RSF"));
  auto fr = Edges(
      "Bamako, 2 mai 2024 — Au Mali, l'armée régulière a accusé le JNIM d'avoir tué des "
      "civils.",
      "2024-05-02");
  CHECK(fr.count("FAMa accuses JNIM"));
  // a named body with those words is not the regular army
  auto lna = EntityIds(
      "BENGHAZI, May 2, 2024 - Libya is divided. The Libyan National Army (LNA) accused Turkey "
      "of meddling.",
      "2024-05-02");
  CHECK(lna.count("LNA"));
}

TEST_CASE("the rebels are the one armed group named so", "[extract]") {
  auto e = Edges(
      "Bangui, 2 mai 2024 — Les rebelles du FPRC ont pris Ndélé. Les rebelles accusent "
      "l'armée centrafricaine d'exactions.",
      "2024-05-02");
  CHECK(std::any_of(e.begin(), e.end(),
                    [](const std::string& r) { return r.rfind("FPRC accuses ", 0) == 0; }));
  auto ids =
      EntityIds("Bangui, 2 mai 2024 — Les rebelles du FPRC ont pris Ndélé. Les rebelles ont fui.",
                "2024-05-02");
  CHECK(ids.count("FPRC"));
  CHECK_FALSE(ids.count("rebels"));
  // two armed groups named so: "the rebels" is vague, no actor
  auto two = EntityIds(
      "Bangui, 2 mai 2024 — Les rebelles du FPRC et les rebelles du MPC ont pris Ndélé. Les "
      "rebelles ont fui.",
      "2024-05-02");
  CHECK_FALSE(two.count("rebels"));
  // "rebel" before a rank is an adjective: no collective
  CHECK_FALSE(EntityIds("GOMA, May 2, 2024 - Rebel commander Bosco Kaniki spoke to reporters.",
                        "2024-05-02")
                  .count("rebels"));
  // a verb between: the army attacked by rebels is no rebel group
  auto army = EntityIds(
      "GOMA, May 2, 2024 - Rebels attacked the FARDC near Goma. The rebels then withdrew.",
      "2024-05-02");
  CHECK_FALSE(army.count("rebels"));
}

TEST_CASE("surface forms of the guidelines' groups", "[extract]") {
  auto ids = EntityIds(
      "Dakar, 2 mai 2024 — Des casseurs ont incendié une station. Des bandits ont attaqué un "
      "village. Les capitales occidentales ont réagi.",
      "2024-05-02");
  CHECK(ids.count("protesters"));
  CHECK(ids.count("terrorists"));
  CHECK(ids.count("West"));
  // "Western" alone is an adjective of many names
  CHECK_FALSE(EntityIds("RABAT, May 2, 2024 - Morocco's plan for Western Sahara was discussed.",
                        "2024-05-02")
                  .count("West"));
}

TEST_CASE("dictionary bodies and office holders", "[extract]") {
  // the AFC is the coalition the M23 belongs to, not the M23 itself
  auto afc = EntityIds("Goma, 28 janvier 2025 — L'Alliance Fleuve Congo (AFC) revendique Goma.",
                       "2025-01-28");
  CHECK(afc.count("AFC"));
  CHECK_FALSE(afc.count("M23"));
  // the Pentagon is the US defence department, a body of its own
  CHECK(Edges("WASHINGTON, March 3, 2024 - The Pentagon accused Iran of arming the Houthis.",
              "2024-03-03")
            .count("Pentagon accuses Iran"));
  // dated terms: the Rwandan prime minister of 2016, the Kazakh foreign minister of 2017
  CHECK(Edges("Kigali, 3 mars 2016 — Le Premier ministre rwandais Anastase Murekezi a reçu "
              "l'ambassadeur.",
              "2016-03-03")
            .count("Murekezi leads Rwanda"));
  CHECK(EntityIds("ASTANA, March 3, 2017 - Kazakh Foreign Minister Kairat Abdrakhmanov met "
                  "Lavrov.",
                  "2017-03-03")
            .count("Abdrakhmanov"));
  // a junta body the dictionary knows by its country's adjective
  CHECK(EntityIds("Libreville, 3 mars 2024 — La junte gabonaise a promis des élections.",
                  "2024-03-03")
            .count("CTRI"));
}
