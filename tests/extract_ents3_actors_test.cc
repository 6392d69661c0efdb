// Issue 3 (ents3): actors that relations need but mentions missed: bodies
// and companies of world news in the dictionary, and names a text uses for
// a known actor ("the Islamic Republic", "le gouvernement de Tripoli").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("regional blocs, agencies and companies are organizations", "[extract][entities]") {
  auto en = EntityIds(
      "CARICOM and CELAC urged calm, while ExxonMobil kept drilling and the Guyana Defence Force "
      "was put on alert. The U.S. Treasury sanctioned two generals.",
      "2023-12-05");
  CHECK(en.count("CARICOM"));
  CHECK(en.count("CELAC"));
  CHECK(en.count("ExxonMobil"));
  CHECK(en.count("Guyana Defence Force"));
  CHECK(en.count("US Treasury"));
  auto fr = EntityIds(
      "La Communauté caribéenne a condamné le référendum. Le Trésor américain a sanctionné deux "
      "généraux. Le département d'État américain a critiqué la Géorgie.",
      "2023-12-05");
  CHECK(fr.count("CARICOM"));
  CHECK(fr.count("US Treasury"));
  CHECK(fr.count("US State Department"));
  // A plain treasury is nobody's.
  auto none = EntityIds("The national treasury paid the salaries.", "2023-12-05");
  CHECK_FALSE(none.count("US Treasury"));
}

TEST_CASE("AMISOM and ATMIS are two missions", "[extract][entities]") {
  auto ids = EntityIds(
      "The African Union Transition Mission in Somalia (ATMIS) replaced the African Union "
      "Mission in Somalia (AMISOM).",
      "2022-04-01");
  CHECK(ids.count("ATMIS"));
  CHECK(ids.count("AMISOM"));
}

TEST_CASE("names a text uses for a known actor", "[extract][entities]") {
  auto en =
      Edges("Washington has long accused the Islamic Republic of arming the rebels.", "2024-01-12");
  CHECK(en.count("United States accuses Iran"));
  auto fr =
      Edges("Le président égyptien Abdel Fattah al-Sissi a averti le gouvernement de Tripoli.",
            "2020-06-20");
  CHECK(fr.count("Sisi warns GNA"));
  auto junta = EntityIds("Niger's junta closed the airspace.", "2023-08-07");
  CHECK(junta.count("CNSP"));
  // A republic of another name stays that country.
  auto other = EntityIds("The Islamic Republic of Pakistan voted.", "2024-01-12");
  CHECK_FALSE(other.count("Iran"));
}

TEST_CASE("Russian airborne forces by name, not plain airborne troops", "[extract][entities]") {
  CHECK(EntityIds("Le colonel-général Andreï Serdioukov dirige les troupes aéroportées russes.",
                  "2022-01-08")
            .count("Russian Airborne Forces"));
  auto plain = EntityIds("The first Russian airborne troops landed outside Almaty.", "2022-01-06");
  CHECK_FALSE(plain.count("Russian Airborne Forces"));
}

TEST_CASE("the junta is the body the dictionary knows for the page's country",
          "[extract][entities]") {
  auto fr = EntityIds(
      "Niger : la Cedeao menace le Niger. « La junte porte seule la responsabilité de "
      "l'impasse », a accusé un commissaire de la Cedeao. Le Niger reste isolé.",
      "2023-08-18");
  CHECK(fr.count("CNSP"));
  auto en =
      EntityIds("Niger junta digs in. The junta has accused Paris of plotting.", "2023-08-18");
  CHECK(en.count("CNSP"));
  // A junta the dictionary does not know makes no new body.
  auto mali =
      EntityIds("Mali: the junta has expelled the French ambassador from Mali.", "2022-01-31");
  CHECK_FALSE(mali.count("Malian junta"));
  auto mali_fr =
      EntityIds("La junte malienne a expulsé l'ambassadeur de France au Mali.", "2022-01-31");
  CHECK_FALSE(mali_fr.count("Malian junta"));
  CHECK(mali_fr.count("Mali"));
}
