// Who said it: stance edges reached through attribution. A charge label in
// quoted words goes to the speaker after the quote; responsibility for a
// named harm is a charge; where the words were said ("dans un communiqué",
// "in a statement") stands between a verb and its object; avoiding an act is
// not doing it; more misdeed verbs of reported speech; an unnamed state
// spokesperson is the state's own one on the date; a state that speaks is the
// pronoun opening the clause it reports; an addressee ("told AFP that")
// stands between a verb of speech and its clause.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("a charge label in quoted words goes to the speaker after the quote", "[extract]") {
  SECTION("English") {
    const auto edges =
        Edges("War\n\n\"Lukashenko is a war criminal,\" Sikorski told reporters on Monday.",
              "2024-03-04");
    CHECK(edges.count("Sikorski accuses Lukashenko") > 0);
  }
  SECTION("French") {
    const auto edges = Edges(
        "Guerre\n\n« Loukachenko est un criminel de guerre », a lancé Radoslaw Sikorski lundi.",
        "2024-03-04");
    CHECK(edges.count("Sikorski accuses Lukashenko") > 0);
  }
  SECTION("a negated label charges no one") {
    CHECK(Edges("Guerre\n\n« Loukachenko n'est pas un criminel de guerre », a lancé Radoslaw "
                "Sikorski lundi.",
                "2024-03-04")
              .count("Sikorski accuses Lukashenko") == 0);
    CHECK(Edges("War\n\n\"Lukashenko is not a war criminal,\" Sikorski told reporters.",
                "2024-03-04")
              .count("Sikorski accuses Lukashenko") == 0);
  }
}

TEST_CASE("responsibility for a named harm is a charge in reported speech", "[extract]") {
  SECTION("English") {
    CHECK(Edges("War\n\nKuleba said Lukashenko was responsible for the deaths of the migrants.",
                "2023-02-10")
              .count("Kuleba accuses Lukashenko") > 0);
  }
  SECTION("French") {
    CHECK(Edges("Guerre\n\nDmytro Kouleba a affirmé que Loukachenko était responsable de la "
                "mort des migrants.",
                "2023-02-10")
              .count("Kuleba accuses Lukashenko") > 0);
  }
  SECTION("denied responsibility and plain responsibility charge no one") {
    CHECK(Edges("War\n\nKuleba said Lukashenko was not responsible for the deaths of the "
                "migrants.",
                "2023-02-10")
              .count("Kuleba accuses Lukashenko") == 0);
    CHECK(Edges("Guerre\n\nDmytro Kouleba a affirmé que Loukachenko était responsable de la "
                "sécurité du sommet.",
                "2023-02-10")
              .count("Kuleba accuses Lukashenko") == 0);
  }
}

TEST_CASE("where words were said stands between a stance verb and its object", "[extract]") {
  SECTION("French communiqué and post") {
    CHECK(Edges("Diplomatie\n\nLe Quai d'Orsay a condamné dans un communiqué les frappes "
                "iraniennes contre Israël.",
                "2024-04-14")
              .count("French Foreign Ministry criticizes Iran") > 0);
    CHECK(Edges("Diplomatie\n\nJosep Borrell a dénoncé sur X la décision de la Hongrie.",
                "2024-01-26")
              .count("Borrell criticizes Hungary") > 0);
  }
  SECTION("English statement") {
    CHECK(Edges("Diplomacy\n\nThe State Department condemned in a statement the Iranian strikes "
                "on Israel.",
                "2024-04-14")
              .count("US State Department criticizes Iran") > 0);
  }
  SECTION("a negated condemnation in a communiqué gives nothing") {
    CHECK(Edges("Diplomatie\n\nLe Quai d'Orsay n'a pas condamné dans un communiqué les frappes "
                "iraniennes contre Israël.",
                "2024-04-14")
              .count("French Foreign Ministry criticizes Iran") == 0);
  }
}

TEST_CASE("avoiding a stance act is not taking it", "[extract]") {
  SECTION("English and French avoidance") {
    CHECK(Edges("Visit\n\nScholz avoided criticizing China during his visit to Beijing.",
                "2024-04-16")
              .count("Scholz criticizes China") == 0);
    CHECK(Edges("Visite\n\nOlaf Scholz a évité de critiquer la Chine lors de sa visite à Pékin.",
                "2024-04-16")
              .count("Scholz criticizes China") == 0);
  }
  SECTION("a stance taken to avoid something stands") {
    CHECK(Edges("Visit\n\nScholz criticized China to avoid a trade war.", "2024-04-16")
              .count("Scholz criticizes China") > 0);
    CHECK(Edges("Visite\n\nPour éviter une guerre commerciale, Olaf Scholz a critiqué la Chine.",
                "2024-04-16")
              .count("Scholz criticizes China") > 0);
  }
}

TEST_CASE("more misdeed verbs in a speaker's words", "[extract]") {
  SECTION("English and French") {
    CHECK(Edges("Grain\n\nErdogan said Russia had torpedoed the grain deal.", "2023-07-20")
              .count("Erdogan accuses Russia") > 0);
    CHECK(Edges("Enfants\n\n« La Russie déporte nos enfants », a déclaré Volodymyr Zelensky.",
                "2023-03-20")
              .count("Zelensky accuses Russia") > 0);
  }
  SECTION("a supposed misdeed charges no one") {
    CHECK(Edges("Grain\n\nErdogan said Russia could torpedo the grain deal.", "2023-07-20")
              .count("Erdogan accuses Russia") == 0);
  }
}

TEST_CASE("an unnamed state spokesperson is the state's own one", "[extract]") {
  SECTION("Kremlin spokesman") {
    CHECK(Edges("Drones\n\nLe porte-parole du Kremlin a accusé Kiev de mentir.", "2023-05-03")
              .count("Peskov accuses Ukraine") > 0);
    CHECK(Edges("Drones\n\nThe Kremlin spokesman accused Kyiv of lying.", "2023-05-03")
              .count("Peskov accuses Ukraine") > 0);
  }
  SECTION("the ministry's spokeswoman stays the ministry's") {
    CHECK(Edges("Drones\n\nLa porte-parole de la diplomatie russe a accusé Kiev de mentir.",
                "2023-05-03")
              .count("Zakharova accuses Ukraine") > 0);
  }
}

TEST_CASE("a state that speaks is the pronoun opening the clause it reports", "[extract]") {
  SECTION("French il and elle") {
    CHECK(Edges("Soutien\n\nLa Pologne a assuré qu'elle soutiendrait l'Ukraine jusqu'au bout.",
                "2023-05-03")
              .count("Poland supports Ukraine") > 0);
    CHECK(Edges("Soutien\n\nLe G7 a assuré qu'il soutiendrait l'Ukraine aussi longtemps qu'il "
                "le faudrait.",
                "2023-05-19")
              .count("G7 supports Ukraine") > 0);
  }
  SECTION("a negated clause gives nothing") {
    CHECK(Edges("Soutien\n\nLa Hongrie a assuré qu'elle ne soutiendrait pas l'Ukraine.",
                "2023-05-03")
              .count("Hungary supports Ukraine") == 0);
  }
}

TEST_CASE("an addressee between a verb of speech and its clause", "[extract]") {
  SECTION("English told AFP that") {
    const auto edges = Edges(
        "NATO\n\nScholz told AFP that Trump's remarks were irresponsible.", "2024-02-12");
    CHECK(edges.count("Scholz criticizes Trump") > 0);
    CHECK(edges.count("AFP criticizes Trump") == 0);
  }
  SECTION("French auprès de l'AFP") {
    CHECK(Edges("OTAN\n\nOlaf Scholz a jugé auprès de l'AFP que les propos de Donald Trump "
                "étaient irresponsables.",
                "2024-02-12")
              .count("Scholz criticizes Trump") > 0);
  }
  SECTION("a negated judgement gives nothing") {
    CHECK(Edges("NATO\n\nScholz told AFP that Trump's remarks were not irresponsible.",
                "2024-02-12")
              .count("Scholz criticizes Trump") == 0);
  }
}

TEST_CASE("a judgement label in quoted words goes to the speaker after the quote", "[extract]") {
  SECTION("English") {
    CHECK(Edges("NATO\n\n\"Trump's remarks are dangerous,\" Stoltenberg said on Tuesday.",
                "2024-02-13")
              .count("Stoltenberg criticizes Trump") > 0);
  }
  SECTION("French") {
    CHECK(Edges("OTAN\n\n« Les propos de Donald Trump sont irresponsables », a estimé Jens "
                "Stoltenberg.",
                "2024-02-13")
              .count("Stoltenberg criticizes Trump") > 0);
  }
  SECTION("a negated judgement gives nothing") {
    CHECK(Edges("OTAN\n\n« Les propos de Donald Trump ne sont pas irresponsables », a estimé "
                "Jens Stoltenberg.",
                "2024-02-13")
              .count("Stoltenberg criticizes Trump") == 0);
  }
}

TEST_CASE("a misdeed in words attributed with selon / according to", "[extract]") {
  SECTION("selon X and according to X") {
    CHECK(Edges("Pourparlers\n\nSelon Dmytro Kouleba, la Russie a saboté les pourparlers.",
                "2023-05-04")
              .count("Kuleba accuses Russia") > 0);
    CHECK(Edges("Talks\n\nRussia sabotaged the talks, according to Kuleba.", "2023-05-04")
              .count("Kuleba accuses Russia") > 0);
  }
  SECTION("X, selon qui: the relative's antecedent speaks") {
    const auto edges = Edges(
        "Drones\n\nL'agence TASS a cité Dmitri Peskov, selon qui Kiev était derrière "
        "l'attaque.",
        "2023-05-04");
    CHECK(edges.count("Peskov accuses Ukraine") > 0);
    CHECK(edges.count("TASS accuses Ukraine") == 0);
  }
  SECTION("a supposed misdeed charges no one") {
    CHECK(Edges("Pourparlers\n\nSelon Dmytro Kouleba, la Russie pourrait saboter les "
                "pourparlers.",
                "2023-05-04")
              .count("Kuleba accuses Russia") == 0);
  }
}

TEST_CASE("bearing the responsibility is a charge in a speaker's words", "[extract]") {
  SECTION("English and French, before an incise of speech") {
    CHECK(Edges("Attack\n\nKuleba said Russia bore full responsibility for the attack.",
                "2024-02-17")
              .count("Kuleba accuses Russia") > 0);
    CHECK(Edges("Escalade\n\nLa Russie porte l'entière responsabilité de cette escalade, a "
                "déclaré Dmytro Kouleba.",
                "2024-02-17")
              .count("Kuleba accuses Russia") > 0);
  }
  SECTION("English, before the speaker's incise") {
    CHECK(Edges("Escalation\n\nRussia bore full responsibility for the escalation, Kuleba said.",
                "2024-02-17")
              .count("Kuleba accuses Russia") > 0);
  }
  SECTION("a narrated misdeed before another clause of speech charges no one") {
    CHECK(Edges("Guerre\n\nLa Russie a envahi l'Ukraine en 2022, et Dmytro Kouleba a déclaré que "
                "la paix était loin.",
                "2024-02-17")
              .count("Kuleba accuses Russia") == 0);
  }
  SECTION("a supposed responsibility charges no one") {
    CHECK(Edges("Attack\n\nKuleba said Russia would bear responsibility for any attack.",
                "2024-02-17")
              .count("Kuleba accuses Russia") == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
