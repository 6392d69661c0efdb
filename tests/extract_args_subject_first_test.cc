// Generic argument finding for subject-first relations.
// Own sentences about other actors; positives with their negatives.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a dated adjunct between verb and object", "[extract]") {
  SECTION("depuis + year, French") {
    auto e = Edges("Le Burundi soutient depuis 2020 le gouvernement congolais.");
    CHECK(e.count("Burundi supports DR Congo"));
  }
  SECTION("a date before the direct object") {
    auto e = Edges("Le Kenya a reçu le 12 mars le président rwandais Paul Kagame.");
    CHECK(e.count("Kenya meets Kagame"));
  }
  SECTION("negation still blocks") {
    auto e = Edges("Le Tchad n'a pas soutenu depuis 2020 le gouvernement soudanais.");
    CHECK_FALSE(e.count("Chad supports Sudan"));
  }
  SECTION("a place after the date is no object") {
    auto e = Edges("Le Kenya a envoyé depuis 2021 des soldats.");
    CHECK_FALSE(e.count("Kenya supports Kenya"));
    CHECK(e.size() <= 1);
  }
}

TEST_CASE("a quantity before de names the noun after it", "[extract]") {
  auto e = Edges("Le Nigeria soutient l'ensemble des décisions de la Cédéao.");
  CHECK(e.count("Nigeria supports ECOWAS"));
  auto n = Edges("Le Nigeria ne soutient pas l'ensemble des décisions de la Cédéao.");
  CHECK_FALSE(n.count("Nigeria supports ECOWAS"));
}

TEST_CASE("'par ailleurs' after an unaccented -e verb is no agent", "[extract]") {
  auto e = Edges("L'Ouganda accuse par ailleurs le Rwanda de soutenir le M23.");
  CHECK(e.count("Uganda accuses Rwanda"));
  auto c = Edges("Le Tchad condamne par ailleurs le Soudan.");
  CHECK(c.count("Chad criticizes Sudan"));
  auto h = Edges("Le Tchad condamnerait par ailleurs le Soudan.");
  CHECK_FALSE(h.count("Chad criticizes Sudan"));
}

TEST_CASE("a relative clause after an apposition", "[extract]") {
  SECTION("English: the name before the apposition is the subject") {
    auto e = Edges(
        "France, the former colonial power, which keeps 400 troops in Gabon, condemned the "
        "coup.");
    CHECK(e.count("France sends_troops Gabon"));
  }
  SECTION("French: not the apposition's complement") {
    auto e = Edges(
        "L'Égypte, alliée de longue date de l'armée soudanaise, qui soutient le général Burhan, a "
        "protesté.");
    CHECK(e.count("Egypt supports Burhan"));
    CHECK_FALSE(e.count("Sudanese Armed Forces supports Burhan"));
  }
  SECTION("a name right before the relative keeps it") {
    auto e = Edges("Le président Macron, qui a rencontré Poutine, a parlé.");
    CHECK(e.count("Macron meets Putin"));
  }
}

TEST_CASE("reciprocal meetings", "[extract]") {
  SECTION("met face to face") {
    auto e = Edges("William Ruto and Yoweri Museveni met face to face on Thursday.", "2024-01-05");
    CHECK((e.count("Museveni meets Ruto") || e.count("Ruto meets Museveni")));
  }
  SECTION("a state's possessive before the second name") {
    auto e = Edges(
        "President William Ruto and Ethiopia's Abiy Ahmed met face to face for the first time on "
        "Thursday.",
        "2024-01-05");
    CHECK((e.count("Abiy Ahmed meets Ruto") || e.count("Ruto meets Abiy Ahmed")));
    CHECK_FALSE(e.count("Ethiopia meets Ruto"));
  }
  SECTION("an English present plural") {
    auto e = Edges("William Ruto and Yoweri Museveni shake hands at the airport.", "2024-01-05");
    CHECK((e.count("Museveni meets Ruto") || e.count("Ruto meets Museveni")));
  }
  SECTION("negation, hypothesis and an infinitive give none") {
    CHECK_FALSE(HasPredicate(
        Edges("William Ruto and Yoweri Museveni did not meet face to face.", "2024-01-05"),
        "meets"));
    CHECK_FALSE(HasPredicate(
        Edges("William Ruto and Yoweri Museveni would meet in Nairobi.", "2024-01-05"), "meets"));
    CHECK_FALSE(HasPredicate(
        Edges("William Ruto and Yoweri Museveni agreed to meet in Nairobi.", "2024-01-05"),
        "meets"));
  }
}

TEST_CASE("a participle after an English quotation's comma", "[extract]") {
  auto e = Edges(
      "The Rwandan Defence Force retorted that the report was \"biased,\" accusing Kinshasa of "
      "arming the FDLR.",
      "2024-01-05");
  CHECK(e.count("Rwanda Defence Force accuses DR Congo"));
  auto n = Edges(
      "The Rwandan Defence Force retorted that the report was \"biased,\" without accusing "
      "Kinshasa.",
      "2024-01-05");
  CHECK_FALSE(n.count("Rwanda Defence Force accuses DR Congo"));
}

TEST_CASE("a common noun phrase with the object's name in apposition", "[extract]") {
  auto e = Edges(
      "Lundi, Ilham Aliev a reçu à Bakou son principal allié, le président turc Recep Tayyip "
      "Erdogan.");
  CHECK(e.count("Aliyev meets Erdogan"));
  auto neg = Edges(
      "Lundi, Ilham Aliev n'a pas reçu son principal allié, le président turc Recep Tayyip "
      "Erdogan.");
  CHECK_FALSE(neg.count("Aliyev meets Erdogan"));
  // A second clause after the comma names no object.
  auto clause = Edges("Le Kenya a condamné la manœuvre, la Russie affirmant le contraire.");
  CHECK_FALSE(clause.count("Kenya criticizes Russia"));
}
