// Collective actors named by their state: "l'opposition" of the
// page's state, dictionary parties, armed groups and missions.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("bare opposition is the page's state's", "[extract]") {
  const std::string en =
      "Serbia faces a new wave of protests. The opposition boycotted the session of "
      "parliament on Tuesday.";
  CHECK(EntityIds(en, "2024-03-01").count("Serbian opposition") == 1);
  const std::string fr =
      "La Tunisie entre dans une nouvelle crise. L'opposition a dénoncé un scrutin "
      "sans électeurs.";
  CHECK(EntityIds(fr, "2024-03-01").count("Tunisian opposition") == 1);
}

TEST_CASE("opposition as a stance or a party's epithet names no group", "[extract]") {
  const std::string stance_en =
      "Serbia faces a new wave of protests. His opposition to the mining project is well "
      "known, and the opposition to the law grew.";
  CHECK(EntityIds(stance_en, "2024-03-01").count("Serbian opposition") == 0);
  const std::string stance_fr =
      "La Tunisie entre dans une nouvelle crise. Son opposition au projet est connue, et "
      "l'opposition à la réforme grandit.";
  CHECK(EntityIds(stance_fr, "2024-03-01").count("Tunisian opposition") == 0);
  const std::string party =
      "South Africa voted on Wednesday. The opposition Democratic Alliance backed the "
      "budget.";
  std::set<std::string> ids = EntityIds(party, "2024-03-01");
  CHECK(ids.count("South African opposition") == 0);
  CHECK(ids.count("DA") == 1);
}

TEST_CASE("opposition named with its state's adjective", "[extract]") {
  CHECK(EntityIds("Dans un communiqué, l'opposition serbe a dénoncé la loi.", "2024-03-01")
            .count("Serbian opposition") == 1);
  CHECK(EntityIds("Tunisian opposition leaders denounced the vote.", "2024-03-01")
            .count("Tunisian opposition") == 1);
}

TEST_CASE("parties, armed groups and missions from the dictionary", "[extract]") {
  std::set<std::string> ids = EntityIds(
      "Le BJP et le parti du Congrès se sont affrontés, tandis que le Jaish-e-Mohammed "
      "revendiquait l'attaque.",
      "2024-05-01");
  CHECK(ids.count("BJP") == 1);
  CHECK(ids.count("Indian National Congress") == 1);
  CHECK(ids.count("Jaish-e-Mohammed") == 1);
  ids = EntityIds(
      "The SAMIM force and the ECOWAS mission ECOMIG left; the UNAMID peacekeepers had "
      "gone in 2020.",
      "2024-05-01");
  CHECK(ids.count("SAMIM") == 1);
  CHECK(ids.count("ECOMIG") == 1);
  CHECK(ids.count("UNAMID") == 1);
  ids = EntityIds("Les forces tigréennes et les milices amhara se sont affrontées.", "2021-07-01");
  CHECK(ids.count("Tigray forces") == 1);
  CHECK(ids.count("Amhara forces") == 1);
}

TEST_CASE("the Renaissance dam is no party", "[extract]") {
  std::set<std::string> ids = EntityIds(
      "Ethiopia filled the Grand Ethiopian Renaissance Dam again, Egypt said.", "2023-09-01");
  CHECK(ids.count("Renaissance party") == 0);
  CHECK(EntityIds("Le parti Renaissance a perdu sa majorité.", "2024-07-01")
            .count("Renaissance party") == 1);
}

TEST_CASE("the opposition accused by the government gives an edge", "[extract]") {
  std::set<std::string> edges = Edges(
      "Serbia faces a new wave of protests. The government accused the opposition of "
      "organising the violence.",
      "2024-03-01");
  CHECK(edges.count("Serbia accuses Serbian opposition") == 1);
  edges = Edges(
      "Serbia faces a new wave of protests. The government did not accuse the opposition "
      "of organising the violence.",
      "2024-03-01");
  CHECK(edges.count("Serbia accuses Serbian opposition") == 0);
}

}  // namespace
}  // namespace kzgraph::testing

namespace kzgraph::testing {
namespace {

TEST_CASE("an opposition named by its members", "[extract]") {
  CHECK(EntityIds("Des opposants rwandais ont dénoncé le scrutin à Kigali.", "2024-07-01")
            .count("Rwandan opposition") == 1);
  CHECK(EntityIds("La Serbie vote dimanche. Les partis d'opposition ont boycotté le scrutin.",
                  "2024-07-01")
            .count("Serbian opposition") == 1);
  // "les opposants au projet": a stance, no group
  CHECK(EntityIds("La Serbie vote dimanche. Les opposants au projet minier manifestent.",
                  "2024-07-01")
            .count("Serbian opposition") == 0);
}

}  // namespace
}  // namespace kzgraph::testing
