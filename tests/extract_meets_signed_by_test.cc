// A document signed in the passive ("the deal was signed by A and B in the
// presence of C", "le texte, paraphé par A et par B"): the signatories and
// the witnesses meet one another. Sentences of our own.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {
bool Meet(const std::set<std::string>& e, const std::string& a, const std::string& b) {
  return e.count(a + " meets " + b) || e.count(b + " meets " + a);
}
}  // namespace

TEST_CASE("a document signed by two parties in the presence of a third", "[extract]") {
  auto en = Edges(
      "The agreement was signed on Friday by Russian Foreign Minister Sergei Lavrov and his "
      "Turkish counterpart Mevlut Cavusoglu in the presence of Antonio Guterres, who praised it.",
      "2022-07-22");
  CHECK(Meet(en, "Lavrov", "Cavusoglu"));
  CHECK(Meet(en, "Lavrov", "Guterres"));
  CHECK(Meet(en, "Cavusoglu", "Guterres"));
  CHECK_FALSE(Meet(en, "Russia", "Lavrov"));
  auto fr = Edges(
      "L'accord, signé à Istanbul par Sergueï Lavrov et Mevlüt Çavuşoğlu en présence "
      "d'Antonio Guterres, prévoit la reprise des exportations.",
      "2022-07-22");
  CHECK(Meet(fr, "Lavrov", "Cavusoglu"));
  CHECK(Meet(fr, "Lavrov", "Guterres"));
}

TEST_CASE("a witness named by a state and a title is the person", "[extract]") {
  auto en = Edges(
      "The treaty was signed by Sergei Lavrov and Mevlut Cavusoglu in the presence of U.S. "
      "Secretary of State Antony Blinken.",
      "2022-01-07");
  CHECK(Meet(en, "Lavrov", "Blinken"));
  CHECK_FALSE(Meet(en, "Lavrov", "United States"));
}

TEST_CASE("a name inside a signatory's apposition is no party", "[extract]") {
  auto fr = Edges(
      "Le texte a été paraphé par Sergueï Lavrov, conseiller du président Vladimir Poutine, et "
      "par Antony Blinken, chef de la diplomatie américaine, selon le communiqué.",
      "2022-01-07");
  CHECK(Meet(fr, "Lavrov", "Blinken"));
  CHECK_FALSE(Meet(fr, "Putin", "Blinken"));
  CHECK_FALSE(Meet(fr, "Putin", "Lavrov"));
}

TEST_CASE("a signing in the passive: near misses", "[extract]") {
  // One signatory: nobody to meet.
  auto one = Edges("The decree was signed by Vladimir Putin and published on Monday.",
                   "2022-01-07");
  CHECK_FALSE(HasPredicate(one, "meets"));
  // Denied.
  auto neg = Edges("The deal was not signed by Sergei Lavrov and Antony Blinken.", "2022-01-07");
  CHECK_FALSE(HasPredicate(neg, "meets"));
  // No document before the verb: a letter signed is no signing of a deal.
  auto letter = Edges("Lawmakers were signed up by Sergei Lavrov and Antony Blinken.",
                      "2022-01-07");
  CHECK_FALSE(HasPredicate(letter, "meets"));
}
