// Phrasings on short sentences of our own: criticism of an act whose
// author is named beside it, protest verbs and stance nouns, and support said
// by welcoming, hailing or standing with someone.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2024-03-01");
const kzgraph::testing::PredicateCheck AnyOf("2024-03-01");
}  // namespace

TEST_CASE("criticism of an act names the act's author", "[extract]") {
  CHECK(Says("La Russie a condamné les frappes menées par les États-Unis.",
             "Russia criticizes United States"));
  CHECK(Says("La France a dénoncé les propos de Vladimir Poutine.", "France criticizes Putin"));
  CHECK(Says("Joe Biden criticized Putin's decision.", "Biden criticizes Putin"));
  CHECK(Says("Emmanuel Macron a fustigé la décision de la Russie.", "Macron criticizes Russia"));
  CHECK(Says("The EU denounced the crackdown on protesters by Belarus.", "EU criticizes Belarus"));
  CHECK(Says("Germany called Russia's move a mistake.", "Germany criticizes Russia"));
  CHECK(
      Says("La France a jugé inacceptable la décision de la Russie.", "France criticizes Russia"));
  CHECK(Says("Germany regretted Russia's decision.", "Germany criticizes Russia"));
  // No author named, or negated: no edge.
  CHECK_FALSE(AnyOf("La France a condamné les frappes.", "criticizes"));
  CHECK_FALSE(AnyOf("Germany criticized the decision.", "criticizes"));
  CHECK_FALSE(AnyOf("La France n'a pas dénoncé les propos de Vladimir Poutine.", "criticizes"));
  CHECK_FALSE(AnyOf("Germany did not criticize Russia's decision.", "criticizes"));
}

TEST_CASE("protest verbs and criticism nouns", "[extract]") {
  CHECK(Says("La France s'est insurgée contre la Russie.", "France criticizes Russia"));
  CHECK(Says("La France a protesté contre la décision de la Russie.", "France criticizes Russia"));
  CHECK(Says("Les critiques de la France contre la Russie se multiplient.",
             "France criticizes Russia"));
  CHECK(Says("Germany's criticism of Russia was sharp.", "Germany criticizes Russia"));
  CHECK_FALSE(AnyOf("La France ne s'est pas insurgée contre la Russie.", "criticizes"));
  CHECK_FALSE(AnyOf("Les critiques contre la Russie se multiplient.", "criticizes"));
}

TEST_CASE("welcoming, hailing and solidarity are support", "[extract]") {
  CHECK(Says("Joe Biden welcomed Ukraine's decision.", "Biden supports Ukraine"));
  CHECK(Says("La France a salué la décision de l'Ukraine.", "France supports Ukraine"));
  CHECK(Says("Germany applauded Ukraine.", "Germany supports Ukraine"));
  CHECK(Says("Germany hailed Ukraine's move.", "Germany supports Ukraine"));
  CHECK(Says("Germany expressed solidarity with Ukraine.", "Germany supports Ukraine"));
  CHECK(Says("La France a exprimé sa solidarité avec l'Ukraine.", "France supports Ukraine"));
  CHECK(Says("La France se tient aux côtés de l'Ukraine.", "France supports Ukraine"));
  CHECK_FALSE(AnyOf("Germany did not welcome Russia's decision.", "supports"));
  CHECK_FALSE(AnyOf("Germany would welcome Ukraine's decision.", "supports"));
  // A contrast clause is not the object: "welcomed the gesture but said X".
  CHECK_FALSE(AnyOf("Germany welcomed the gesture but said Poland would press on.", "supports"));
}
