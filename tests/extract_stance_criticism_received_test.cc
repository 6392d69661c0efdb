// Stance received as a noun -- "X's decision drew
// condemnation from Y", "X has faced criticism from Y", "X s'est attiré les
// foudres de Y", "la décision de X a suscité la colère de Y" -> Y criticizes
// X -- with negatives: negation, hypothesis, praise, shooting, a third actor.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

bool HasType(const std::string& text, const std::string& type) {
  return HasPredicate(Edges(text), type);
}

}  // namespace

TEST_CASE("criticism received in French is the holder's", "[extract][lexicon]") {
  CHECK(Says("La décision du Togo a suscité la condamnation du Ghana.", "Ghana criticizes Togo"));
  CHECK(Says("Le Togo s'est attiré les foudres du Ghana après le vote.", "Ghana criticizes Togo"));
  CHECK(Says("Le Togo s'est attiré les critiques du Ghana.", "Ghana criticizes Togo"));
  CHECK(Says("Le Togo essuie les critiques du Ghana.", "Ghana criticizes Togo"));
  CHECK(Says("Le Togo fait l'objet de vives critiques du Ghana.", "Ghana criticizes Togo"));
  const auto two = Edges("Le Togo a reçu le soutien du Ghana et essuyé les critiques du Bénin.");
  CHECK(two.count("Ghana supports Togo") == 1);
  CHECK(two.count("Benin criticizes Togo") == 1);
  CHECK(two.count("Benin supports Togo") == 0);
}

TEST_CASE("criticism received in English is the holder's", "[extract][lexicon]") {
  CHECK(Says("Togo's decision drew condemnation from Ghana.", "Ghana criticizes Togo"));
  CHECK(Says("Togo came under fire from Ghana on Monday.", "Ghana criticizes Togo"));
  CHECK(Says("Togo's move was met with condemnation by Ghana.", "Ghana criticizes Togo"));
  const auto both = Edges("Togo's plan drew criticism from Ghana and Benin.");
  CHECK(both.count("Ghana criticizes Togo") == 1);
  CHECK(both.count("Benin criticizes Togo") == 1);
  // The holder after unnamed critics; the owner past its complement.
  CHECK(
      Says("Togo's order to troops to \"fire at will\" drew condemnation from rights groups and "
           "the European Union.",
           "EU criticizes Togo"));
  // The direction: the one criticized is the subject, never the holder.
  const auto faced = Edges("Togo has faced growing criticism from Ghana over the vote.");
  CHECK(faced.count("Ghana criticizes Togo") == 1);
  CHECK(faced.count("Togo criticizes Ghana") == 0);
  // A third actor in the subject's apposition is not the target.
  const auto third = Edges("Togo's decision, welcomed by Benin, drew condemnation from Ghana.");
  CHECK(third.count("Ghana criticizes Togo") == 1);
  CHECK(third.count("Ghana criticizes Benin") == 0);
}

TEST_CASE("no criticism received when negated, supposed or not a stance", "[extract][lexicon]") {
  CHECK_FALSE(HasType("Le Togo ne s'est pas attiré les critiques du Ghana.", "criticizes"));
  CHECK_FALSE(HasType("La décision du Togo pourrait susciter la colère du Ghana.", "criticizes"));
  CHECK_FALSE(HasType("Togo's decision did not draw criticism from Ghana.", "criticizes"));
  CHECK_FALSE(HasType("Togo's decision could draw criticism from Ghana.", "criticizes"));
  CHECK_FALSE(HasType("La décision du Togo a suscité l'espoir du Ghana.", "criticizes"));
  CHECK_FALSE(HasType("Togo drew praise from Ghana.", "criticizes"));
  // Shooting is no blame.
  CHECK_FALSE(HasType("Malian soldiers came under fire from jihadists near Gao.", "criticizes"));
  CHECK_FALSE(HasType("The Ghanaian convoy came under fire from Togo.", "criticizes"));
  // "was received by": a visit, not a stance noun.
  CHECK_FALSE(HasType("Togo's envoy was received by Ghana's president.", "criticizes"));
}
