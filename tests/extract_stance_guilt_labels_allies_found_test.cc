// A participle adjunct after "while"/"by" takes the
// main clause's subject ("..., while accusing X of"), and labels of guilt
// accuse ("described X as the main culprit", "called X and Y criminals"),
// with negatives (negation, hypothesis, a second clause with its own subject,
// a label that is no charge).
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("an English gerund after while or by shares the clause's subject", "[extract][stance]") {
  CHECK(
      Says("Erdogan ended the talks on Tuesday, while accusing Greece of provoking the "
           "crisis.",
           "Erdogan accuses Greece"));
  CHECK(Says("Lukashenko answered the sanctions by accusing Poland of staging the crisis.",
             "Lukashenko accuses Poland"));
  // A second clause with its own subject: the gerund is not the first one's.
  const auto second = Edges(
      "Erdogan met Putin in Sochi, and Assad answered the talks by accusing Greece of meddling.");
  CHECK(second.count("Erdogan accuses Greece") == 0);
  CHECK(second.count("Putin accuses Greece") == 0);
  // Negated gerund: no accusation.
  CHECK_FALSE(Says("Erdogan criticised the deal, while not accusing Greece of anything.",
                   "Erdogan accuses Greece"));
}

TEST_CASE("labels of guilt accuse the labelled actor", "[extract][stance]") {
  CHECK(Says("Erdogan described Assad as \"the main culprit\" for the violence.",
             "Erdogan accuses Assad"));
  CHECK(Says("Aliyev rejected the report, describing Pashinyan as the real culprit.",
             "Aliyev accuses Pashinyan"));
  const auto both = Edges("Putin called Zelensky and Kuleba \"criminals\" who belong in jail.");
  CHECK(both.count("Putin accuses Zelensky") == 1);
  CHECK(both.count("Putin accuses Kuleba") == 1);
  CHECK(Says("Le président azerbaïdjanais a qualifié Pachinian de coupable des violences.",
             "Aliyev accuses Pashinyan"));
  // A label that is no charge, a denial and a hypothesis give no accusation.
  CHECK_FALSE(Says("Erdogan described Assad as the main partner of Russia in the region.",
                   "Erdogan accuses Assad"));
  CHECK_FALSE(Says("Erdogan did not describe Assad as the main culprit.", "Erdogan accuses Assad"));
  CHECK_FALSE(
      Says("Erdogan would call Assad a culprit if the talks failed.", "Erdogan accuses Assad"));
}

TEST_CASE("finding an ally in an actor is that actor's support", "[extract][stance]") {
  CHECK(Says("Ukraine has found a staunch ally in Poland.", "Poland supports Ukraine"));
  CHECK(Says("Armenia found an ally in France during the talks.", "France supports Armenia"));
  CHECK_FALSE(Says("Ukraine has found an ally in Poland.", "Ukraine supports Poland"));
  // Negation and hypothesis give no edge.
  CHECK_FALSE(Says("Armenia has not found an ally in Russia.", "Russia supports Armenia"));
  CHECK_FALSE(Says("Ukraine could find an ally in Poland.", "Poland supports Ukraine"));
}
