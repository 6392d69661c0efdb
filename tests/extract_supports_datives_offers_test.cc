// Support with a dative clitic and support offered
// (engine_frames_clause.cc SvoFrame and support_noun,
// engine_pronoun_previous_subject.cc, schema/lexicon/triggers_supports_offers.tsv).
// Invented sentences on actors of their own, with negative cases.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("a dative clitic names the one backed, never the verb's subject", "[extract]") {
  // The complement of the support noun is its holder's state, not the one backed.
  auto e = Edges("William Ruto a téléphoné à Cyril Ramaphosa, qui lui a assuré le soutien de "
                 "Pretoria.");
  CHECK(e.count("Ramaphosa supports Ruto") > 0);
  CHECK(e.count("Ramaphosa supports South Africa") == 0);
  CHECK(e.count("South Africa supports Ramaphosa") == 0);
  // The antecedent in the sentence before, the verb's subject left out.
  e = Edges("William Ruto a reçu Cyril Ramaphosa à Nairobi. Ramaphosa lui a assuré le soutien "
            "de l'Afrique du Sud.");
  CHECK(e.count("Ramaphosa supports Ruto") > 0);
  CHECK(e.count("South Africa supports Ramaphosa") == 0);
  CHECK(Edges("William Ruto a reçu Cyril Ramaphosa. Ramaphosa lui a apporté son soutien.")
            .count("Ramaphosa supports Ruto") > 0);
  // No antecedent at all: nothing, rather than the holder.
  CHECK_FALSE(HasPredicate(Edges("Cyril Ramaphosa lui a assuré le soutien de l'Afrique du Sud."),
                           "supports"));
  // Negated.
  CHECK_FALSE(HasPredicate(
      Edges("William Ruto a reçu Cyril Ramaphosa. Ramaphosa ne lui a pas apporté son soutien."),
      "supports"));
}

TEST_CASE("support offered", "[extract]") {
  CHECK(Edges("Chile offered Peru its full support.").count("Chile supports Peru") > 0);
  CHECK(Edges("William Ruto met Cyril Ramaphosa. Ramaphosa offered him his support.")
            .count("Ramaphosa supports Ruto") > 0);
  CHECK(Edges("Le Chili a offert son soutien au Pérou.").count("Chile supports Peru") > 0);
  CHECK(Edges("William Ruto a appelé Cyril Ramaphosa, qui lui a proposé son aide.")
            .count("Ramaphosa supports Ruto") > 0);
  // An offer of something else, and a negated offer.
  CHECK_FALSE(
      HasPredicate(Edges("Chile offered to mediate between Peru and Bolivia."), "supports"));
  CHECK_FALSE(HasPredicate(Edges("Le Chili n'a pas offert son soutien au Pérou."), "supports"));
  CHECK_FALSE(HasPredicate(Edges("Chile did not offer Peru any support."), "supports"));
}

}  // namespace
}  // namespace kzgraph::testing

namespace kzgraph::testing {
namespace {

TEST_CASE("a manner phrase before a bare name", "[extract]") {
  auto e = Edges("Le Chili et la Bolivie soutiennent sans réserve Lima et réclament des sanctions.");
  CHECK(e.count("Chile supports Peru") > 0);
  CHECK(e.count("Bolivia supports Peru") > 0);
  CHECK_FALSE(HasPredicate(Edges("Le Chili ne soutient pas sans réserve Lima."), "supports"));
  // A name after the manner phrase's own article is not the object.
  CHECK(Edges("Le Chili soutient avec la Bolivie le Pérou.").count("Chile supports Bolivia") == 0);
}

}  // namespace
}  // namespace kzgraph::testing
