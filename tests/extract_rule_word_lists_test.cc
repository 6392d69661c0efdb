// The rules' closed word lists live in the lexicon (stance_word roles read
// into Resources::word_lists, engine.cc kWordListRoles): a time of office
// before a title opens no name (holder_time), a person noun before a new name
// makes it a person's (person_noun).
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::EntityIds;

TEST_CASE("a time of office opens no name", "[extract][word_lists]") {
  const auto ids = EntityIds("Outgoing Nordic Council chairman Amos Keterani met Putin.");
  CHECK(ids.count("Nordic Council") == 1);
  CHECK(ids.count("Amos Keterani") == 1);
  CHECK(ids.count("Outgoing Nordic Council") == 0);
}

TEST_CASE("a person noun before a new name makes it a person's", "[extract][word_lists]") {
  CHECK(EntityIds("Le blogueur Amos Keterani a critiqué la junte.").count("Amos Keterani") == 1);
  CHECK(EntityIds("Opposition figure Amos Keterani criticized the junta.").count("Amos Keterani") ==
        1);
}
