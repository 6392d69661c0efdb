// An infinitive trigger governed by an expectation,
// wish or ability word across its own agent states no act; the act asserted
// keeps its edge.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace {

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("an expected act past its agent gives no edge", "[extract]") {
  const auto en_expect = Edges(
      "Few diplomats expect Turkey to recognise the vote or to send more troops to Azerbaijan.");
  CHECK_FALSE(en_expect.count("Turkey sends_troops Azerbaijan"));
  const auto en_pos = Edges("Turkey sent more troops to Azerbaijan on Monday.");
  CHECK(en_pos.count("Turkey sends_troops Azerbaijan") == 1);
}

TEST_CASE("an ability to act is not the act", "[extract]") {
  const auto en_ability = Edges(
      "The sanctions could limit the ability of the European Union to support Armenia, "
      "officials said.");
  CHECK_FALSE(en_ability.count("EU supports Armenia"));
  const auto en_pos = Edges("The European Union supports Armenia, officials said.");
  CHECK(en_pos.count("EU supports Armenia") == 1);
}

TEST_CASE("an urged act past its agent is a call, not a deployment", "[extract]") {
  const auto fr_urge = Edges("Le Mali exhorte la Russie à envoyer des soldats au Burkina Faso.");
  CHECK_FALSE(fr_urge.count("Russia sends_troops Burkina Faso"));
  const auto fr_pos = Edges("La Russie a envoyé des soldats au Burkina Faso.");
  CHECK(fr_pos.count("Russia sends_troops Burkina Faso") == 1);
}

}  // namespace

namespace {

using kzgraph::testing::Edges;

TEST_CASE("a conjoined clause with a common-noun subject is not the first actor's", "[extract]") {
  const auto en_other = Edges(
      "Erdogan made no comment on Monday, but pro-government columnists have accused Greece "
      "of provocation.");
  CHECK_FALSE(en_other.count("Erdogan accuses Greece"));
  const auto fr_other = Edges(
      "Le Kremlin n'a pas réagi, mais des éditorialistes russes ont accusé l'Ukraine de "
      "provocation.");
  CHECK_FALSE(fr_other.count("Russia accuses Ukraine"));
  // A place inside the other subject's phrase ("columnists in Ankara").
  const auto en_place = Edges(
      "Erdogan made no comment on Monday, and columnists in Ankara have accused Greece of "
      "provocation.");
  CHECK_FALSE(en_place.count("Erdogan accuses Greece"));
  // The first actor's own second verb keeps its subject.
  const auto en_own =
      Edges("Erdogan made no comment on Monday, but accused Greece of provocation on Tuesday.");
  CHECK(en_own.count("Erdogan accuses Greece") == 1);
  const auto fr_own = Edges("La Russie a réagi lundi, et a accusé l'Ukraine de provocation.");
  CHECK(fr_own.count("Russia accuses Ukraine") == 1);
}

}  // namespace

namespace {

using kzgraph::testing::Edges;

TEST_CASE("the later conjuncts of a complement list are no inherited subject", "[extract]") {
  const auto en_list = Edges(
      "The statement also appealed to the African Union, the United Nations and the European "
      "Union, and accused Rwanda of aggression.");
  CHECK_FALSE(en_list.count("UN accuses Rwanda"));
  CHECK_FALSE(en_list.count("EU accuses Rwanda"));
  const auto en_title = Edges(
      "The communique also appealed to the African Union and the UN secretary-general, and "
      "accused Rwanda of aggression.");
  CHECK_FALSE(en_title.count("Guterres accuses Rwanda"));
  CHECK_FALSE(en_title.count("UN accuses Rwanda"));
  // The clause's own subject still inherits.
  const auto en_own = Edges(
      "Kenya appealed to the African Union, the United Nations and the European Union, and "
      "accused Rwanda of aggression.");
  CHECK(en_own.count("Kenya accuses Rwanda") == 1);
  // A subject list after a fronted complement keeps its verb.
  const auto en_front =
      Edges("Under pressure from the European Union, Armenia and Georgia condemned Russia.");
  CHECK(en_front.count("Armenia criticizes Russia") == 1);
  // A fronted phrase, then the subject and its apposition: no list there.
  const auto fr_front = Edges(
      "Dans une lettre adressée à Paris, le ministre malien des Affaires étrangères, Abdoulaye "
      "Diop, a jugé la situation grave, reprochant à la France son ingérence.",
      "2022-02-01");
  CHECK(fr_front.count("Abdoulaye Diop accuses France") == 1);
}

}  // namespace

namespace {

using kzgraph::testing::Edges;

TEST_CASE("a label the speaker attributes to an unnamed 'they' is not theirs", "[extract]") {
  const auto en_they = Edges(
      "Armenian Prime Minister Nikol Pashinyan spoke on Monday. \"We asked for a fair vote. Now "
      "they call all of us terrorists,\" he said.");
  CHECK_FALSE(en_they.count("Pashinyan accuses terrorists"));
  const auto en_own = Edges(
      "Armenian Prime Minister Nikol Pashinyan spoke on Monday. \"We call them terrorists,\" he "
      "said.");
  CHECK(en_own.count("Pashinyan accuses terrorists") == 1);
}

}  // namespace

namespace {

using kzgraph::testing::Edges;

TEST_CASE("the of-complement of a noun governing an infinitive is its agent", "[extract]") {
  const auto en_noun =
      Edges("Beijing said it respected the decision of Armenia to seek the CSTO's help.");
  CHECK_FALSE(en_noun.count("China requests_aid CSTO"));
  CHECK(en_noun.count("Armenia requests_aid CSTO") == 1);
  const auto fr_noun =
      Edges("La Chine respecte la décision du Mali de solliciter l'aide de la Russie.");
  CHECK_FALSE(fr_noun.count("China requests_aid Russia"));
  CHECK(fr_noun.count("Mali requests_aid Russia") == 1);
  // The clause's own infinitive keeps the clause's subject.
  const auto fr_own = Edges("La Chine a décidé de solliciter l'aide de la Russie.");
  CHECK(fr_own.count("China requests_aid Russia") == 1);
}

}  // namespace
