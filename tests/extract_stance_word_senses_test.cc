// Stance words in their other senses give no stance edge: fire and attacks
// received by an army, gunfire and bombardment idioms, an event that befell
// the actor named after it, a noun read as a verb, informing and granting
// time, a tax. The verbal or true use of each word beside it still does.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("fire and attacks received by troops are combat, not criticism", "[extract]") {
  SECTION("an army under attack or fire") {
    CHECK(Edges("The Malian army came under attack from the JNIM near Gao.")
              .count("JNIM criticizes FAMa") == 0);
    CHECK(Edges("The Malian army came under fire from the JNIM near Gao.")
              .count("JNIM criticizes FAMa") == 0);
    CHECK(Edges("Ukrainian positions came under fire from Russia overnight.")
              .count("Russia criticizes Ukraine") == 0);
    CHECK(Edges("L'armée malienne a été la cible des attaques du JNIM.")
              .count("JNIM criticizes FAMa") == 0);
  }
  SECTION("a leader or a visit under fire is criticized") {
    CHECK(Edges("Xi Jinping's visit to Moscow came under fire from Washington.", "2023-03-21")
              .count("United States criticizes Xi Jinping") > 0);
    CHECK(Edges("Le président Tokaïev a été la cible des critiques de Moscou.")
              .count("Russia criticizes Tokayev") > 0);
  }
}

TEST_CASE("gunfire and bombardment idioms are no criticism", "[extract]") {
  CHECK(Edges("Ukrainian forces fired back at Russian troops.", "2024-02-12")
            .count("Ukraine criticizes Russia") == 0);
  CHECK(Edges("Russia hammered Kyiv with drones on Sunday.", "2024-08-26")
            .count("Russia criticizes Ukraine") == 0);
  SECTION("the verbal uses stay") {
    CHECK(Edges("Moscow's foreign ministry shot back that Blinken's remarks were \"offensive\".")
              .count("Russian Foreign Ministry criticizes Blinken") > 0);
    CHECK(Edges("Germany pushed back on Trump's demands.", "2025-03-04")
              .count("Germany criticizes Trump") > 0);
  }
}

TEST_CASE("an event that befell an actor makes it no stance target", "[extract]") {
  CHECK(Edges("La France a condamné l'assassinat de Nasrallah.", "2024-09-28")
            .count("France criticizes Nasrallah") == 0);
  CHECK(Edges("Macron deplored the death of Navalny.", "2024-02-16")
            .count("Macron criticizes Navalny") == 0);
  CHECK(Edges("L'UE a condamné l'emprisonnement de Navalny.", "2021-02-03")
            .count("EU criticizes Navalny") == 0);
  CHECK(Edges("Israël se félicite de la mort de Nasrallah.", "2024-09-28")
            .count("Israel supports Nasrallah") == 0);
  CHECK(Edges("L'Ukraine s'est réjouie de la défaite de la Russie à Kherson.", "2022-11-11")
            .count("Ukraine supports Russia") == 0);
  SECTION("an actor's own act is still its") {
    CHECK(Edges("La France a condamné l'attaque du Hamas.", "2023-10-08")
              .count("France criticizes Hamas") > 0);
  }
}

TEST_CASE("questioning a person named alone is an interrogation", "[extract]") {
  CHECK(Edges("Kenyan police questioned Odinga for six hours.", "2024-03-02")
            .count("Kenya criticizes Raila Odinga") == 0);
  CHECK(Edges("The ICC questioned Duterte in The Hague.", "2025-03-12")
            .count("ICC criticizes Duterte") == 0);
  CHECK(Edges("Zelensky questioned Trump's commitment to NATO.", "2025-03-01")
            .count("Zelensky criticizes Trump") > 0);
}

TEST_CASE("other senses of support, warning and accusation words", "[extract]") {
  SECTION("a champion is a noun") {
    CHECK(Edges("Russia's champion Medvedev beat Spain's Nadal.", "2023-01-20")
              .count("Russia supports Medvedev") == 0);
    CHECK(Edges("Macron championed Zelensky's peace plan.", "2024-06-15")
              .count("Macron supports Zelensky") > 0);
  }
  SECTION("alerting is no warning") {
    CHECK(Edges("Le HCR a alerté l'ONU sur la situation humanitaire.", "2024-05-02")
              .count("UNHCR warns UN") == 0);
    CHECK(Edges("La France a averti la Russie.").count("France warns Russia") > 0);
  }
  SECTION("a tax is no label") {
    CHECK(Edges("Washington va taxer les produits chinois.", "2025-04-03")
              .count("United States accuses China") == 0);
    CHECK(Edges("Moscou a taxé Kiev de régime terroriste.", "2022-10-10")
              .count("Russia accuses Ukraine") > 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
