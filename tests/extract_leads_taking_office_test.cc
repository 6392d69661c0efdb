// Offices taken or held, read by the presidency frame --
// "a pris la tête de O", "took the post himself" after a title naming the
// body, "holds O's rotating chairmanship", a body's head title chairing a
// state's council -- with their negatives (negation, hypothesis, a past
// holder, a verb of leaving, a crowd that is no body).
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

}  // namespace

TEST_CASE("taking the head of a body leads it, whatever stands between", "[extract][titles]") {
  CHECK(Says("Le président sénégalais Macky Sall a pris samedi la tête de l'Union africaine.",
             "Macky Sall leads African Union"));
  // Negated or hypothetical: no edge.
  CHECK_FALSE(Says("Ruto n'a pas pris la tête de l'Union africaine.", "Ruto leads African Union"));
  CHECK_FALSE(
      Says("Ruto pourrait prendre la tête de l'Union africaine.", "Ruto leads African Union"));
  // The head of a march is no body.
  CHECK_FALSE(
      HasPredicate(Edges("Les manifestants ont pris la tête du cortège à Nairobi."), "leads"));
}

TEST_CASE("taking the post a title just named leads that title's body", "[extract][titles]") {
  const auto en = Edges(
      "On Monday Ruto removed Mahama as head of the African Union and took the post himself.");
  CHECK(en.count("Ruto leads African Union") == 1);
  CHECK(en.count("Mahama leads African Union") == 0);  // the removed holder
  CHECK(
      Says("Mercredi, Ruto a démis Mahama de son poste de chef de l'Union africaine et a pris "
           "lui-même le poste.",
           "Ruto leads African Union"));
  // A past holder ("had held the post") and a verb of leaving give no edge.
  CHECK_FALSE(
      Says("On Monday Ruto removed Mahama as head of the African Union, a post he had "
           "held since 2020.",
           "Ruto leads African Union"));
  CHECK_FALSE(
      Says("Ruto removed Mahama as chairman of the African Union but did not take the "
           "post himself.",
           "Ruto leads African Union"));
  // A post to be taken is not held yet.
  CHECK_FALSE(
      Says("Ruto removed Mahama as head of the African Union and will take the post "
           "himself.",
           "Ruto leads African Union"));
  CHECK_FALSE(Says("Il a écarté Mahama, chef de l'Union africaine, puis Ruto a quitté le poste.",
                   "Ruto leads African Union"));
}

TEST_CASE("a body's rotating chairmanship named with its possessive", "[extract][titles]") {
  CHECK(
      Says("Kenya's president William Ruto, who holds the EAC's rotating chairmanship this "
           "year, called for calm.",
           "Ruto leads EAC"));
  // The possessive is a country, not a body: no presidency of it.
  CHECK_FALSE(Says("Ruto, who holds Kenya's rotating chairmanship this year, called for calm.",
                   "Ruto leads Kenya"));
}
