// Recall of supports and meets. Each construction is
// checked on actors and conflicts of its own, with negative cases.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

bool Meets(const std::set<std::string>& edges, const std::string& a, const std::string& b) {
  return edges.count(a + " meets " + b) > 0 || edges.count(b + " meets " + a) > 0;
}

TEST_CASE("signing an agreement together is a meeting", "[extract]") {
  SECTION("French coordinated subject") {
    const auto edges = Edges(
        "Le Tchad et le Soudan ont signé mardi à N'Djamena un accord de "
        "sécurité frontalière.");
    CHECK(Meets(edges, "Chad", "Sudan"));
  }
  SECTION("English subjects each with a state and a title") {
    const auto edges = Edges(
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a "
        "memorandum of understanding on Tuesday.");
    CHECK(Meets(edges, "Ruto", "Museveni"));
  }
  SECTION("a negated signing gives no meeting") {
    const auto edges = Edges("Le Tchad n'a pas signé l'accord avec le Soudan.");
    CHECK_FALSE(Meets(edges, "Chad", "Sudan"));
  }
  SECTION("a planned signing gives no meeting") {
    const auto edges = Edges("Kenya and Somalia are expected to sign a border treaty next month.");
    CHECK_FALSE(Meets(edges, "Kenya", "Somalia"));
  }
  SECTION("a decree is no agreement") {
    const auto edges = Edges(
        "Vladimir Poutine a signé un décret sur la mobilisation des réservistes avec le ministère "
        "de la Défense.");
    CHECK_FALSE(HasPredicate(edges, "meets"));
  }
}

TEST_CASE("counterparts named in apposition after with", "[extract]") {
  const auto edges = Edges(
      "Ruto held talks in Nairobi on Monday with his Ugandan and Tanzanian counterparts, Yoweri "
      "Museveni and Samia Suluhu Hassan.");
  CHECK(Meets(edges, "Ruto", "Museveni"));
  CHECK(Meets(edges, "Ruto", "Samia Suluhu Hassan"));
  // The nationalities are no parties of the meeting.
  CHECK_FALSE(Meets(edges, "Ruto", "Uganda"));
  CHECK_FALSE(Meets(edges, "Ruto", "Tanzania"));
}

TEST_CASE("standing by a side past quotation marks", "[extract]") {
  SECTION("adverb and quotation marks between the verb and the side phrase") {
    const auto edges = Edges(
        "Le président tchadien a assuré que la France se tenait « résolument aux côtés » du Tchad "
        "face aux rebelles.");
    CHECK(edges.count("France supports Chad") > 0);
  }
  SECTION("negated: no support") {
    const auto edges = Edges(
        "Le gouvernement colombien a affirmé que le pays ne se tiendrait pas « aux côtés du "
        "Venezuela » dans ce différend.");
    CHECK_FALSE(HasPredicate(edges, "supports"));
  }
  SECTION("standing beside someone at a press conference is no stance") {
    const auto edges = Edges(
        "Le ministre a pris la parole aux côtés du président kényan William Ruto lors d'une "
        "conférence de presse.");
    CHECK_FALSE(HasPredicate(edges, "supports"));
  }
}

TEST_CASE("thanks for support past quotation marks", "[extract]") {
  const auto edges = Edges(
      "Le président serbe Aleksandar Vucic a remercié la Hongrie pour son « appui constant ».");
  CHECK(edges.count("Hungary supports Vucic") > 0);
  CHECK(edges.count("Vucic supports Hungary") == 0);
}

}  // namespace
}  // namespace kzgraph::testing

namespace kzgraph::testing {
namespace {

TEST_CASE("calling a person is a telephone call", "[extract]") {
  SECTION("a person right after the verb") {
    const auto edges = Edges(
        "Le président Emmanuel Macron a appelé Volodymyr Zelensky mardi pour lui assurer son "
        "soutien.");
    CHECK(Meets(edges, "Macron", "Zelensky"));
  }
  SECTION("a person after a time phrase") {
    const auto edges = Edges(
        "Emmanuel Macron avait appelé la semaine dernière Volodymyr Zelensky, selon "
        "l'Élysée.");
    CHECK(Meets(edges, "Macron", "Zelensky"));
  }
  SECTION("an appeal to act is no call") {
    const auto edges = Edges("Emmanuel Macron a appelé Volodymyr Zelensky à la retenue.");
    CHECK_FALSE(Meets(edges, "Macron", "Zelensky"));
  }
  SECTION("a negated call") {
    const auto edges = Edges("Emmanuel Macron n'a pas appelé Volodymyr Zelensky depuis des mois.");
    CHECK_FALSE(Meets(edges, "Macron", "Zelensky"));
  }
  SECTION("a country as object is no call") {
    const auto edges = Edges("Emmanuel Macron a appelé l'Ukraine à négocier.");
    CHECK_FALSE(HasPredicate(edges, "meets"));
  }
}

}  // namespace
}  // namespace kzgraph::testing

namespace kzgraph::testing {
namespace {

TEST_CASE("arms suppliers and allies after a copula", "[extract]") {
  SECTION("arms supplier in apposition") {
    const auto edges = Edges(
        "Le Japon a protesté auprès de la Chine, premier fournisseur d'armes du Pakistan, "
        "mardi.");
    CHECK(edges.count("China supports Pakistan") > 0);
    CHECK(edges.count("Japan supports Pakistan") == 0);
  }
  SECTION("arms supplier after a copula, past a capitalised modifier") {
    const auto edges = Edges("Israel has become Azerbaijan's main Western arms supplier.");
    CHECK(edges.count("Israel supports Azerbaijan") > 0);
  }
  SECTION("ally after a French copula") {
    const auto edges = Edges("La Turquie est devenue le principal allié de l'Azerbaïdjan.");
    CHECK(edges.count("Turkey supports Azerbaijan") > 0);
  }
  SECTION("a negated copula gives nothing") {
    const auto edges = Edges("Turkey is not a reliable ally of Sweden.");
    CHECK_FALSE(HasPredicate(edges, "supports"));
  }
}

TEST_CASE("speaking to someone by telephone", "[extract]") {
  SECTION("by telephone") {
    const auto edges = Edges("Emmanuel Macron spoke to Volodymyr Zelensky by telephone on Friday.");
    CHECK(Meets(edges, "Macron", "Zelensky"));
  }
  SECTION("speaking to reporters is no call") {
    const auto edges = Edges("Emmanuel Macron spoke to reporters in Kyiv on Friday.");
    CHECK_FALSE(HasPredicate(edges, "meets"));
  }
}

}  // namespace
}  // namespace kzgraph::testing

namespace kzgraph::testing {
namespace {

TEST_CASE("weapons delivered to a person, a source is no recipient", "[extract]") {
  const auto edges = Edges(
      "Iran stepped up its deliveries of weapons to Bashar al-Assad, according to Western "
      "officials.");
  CHECK(edges.count("Iran supports Assad") > 0);
  const auto sourced =
      Edges("Iran kept up the supply of weapons, according to the United Nations.");
  CHECK(sourced.count("Iran supports UN") == 0);
}

}  // namespace
}  // namespace kzgraph::testing

namespace kzgraph::testing {
namespace {

TEST_CASE("an infinitive of purpose in a relative clause", "[extract]") {
  SECTION("the relative's head meets") {
    const auto edges = Edges(
        "William Ruto, who flew to Addis Ababa last week to meet Abiy Ahmed, returned on "
        "Sunday.");
    CHECK(Meets(edges, "Ruto", "Abiy Ahmed"));
  }
  SECTION("another actor asked to meet: not the head") {
    const auto edges =
        Edges("William Ruto, who asked Yoweri Museveni to meet Abiy Ahmed, returned on Sunday.");
    CHECK_FALSE(Meets(edges, "Ruto", "Abiy Ahmed"));
  }
}

}  // namespace
}  // namespace kzgraph::testing

namespace kzgraph::testing {
namespace {

TEST_CASE("a fronted adjunct after a time phrase", "[extract]") {
  SECTION("English") {
    const auto edges = Edges(
        "Two days later, after flying to Kampala to meet Yoweri Museveni, William Ruto announced "
        "a new trade deal.");
    CHECK(Meets(edges, "Ruto", "Museveni"));
  }
  SECTION("an adjunct with a subject of its own") {
    const auto edges = Edges(
        "Two days later, after Kenya asked Uganda to meet Yoweri Museveni, William Ruto "
        "announced a new trade deal.");
    CHECK_FALSE(Meets(edges, "Ruto", "Museveni"));
  }
}

}  // namespace
}  // namespace kzgraph::testing
