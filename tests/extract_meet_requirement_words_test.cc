// "meet" with a requirement as its object is no meeting; the requirement
// nouns are lexicon data (triggers_meeting_wording.tsv role=met_requirement),
// read past an owner's genitive ("met the EU's demands").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace {

using kzgraph::testing::Edges;

TEST_CASE("meeting a requirement is no meeting", "[extract]") {
  const auto en_owner =
      Edges("Armenian Prime Minister Nikol Pashinyan met the European Union's demands on Monday.");
  CHECK_FALSE(en_owner.count("Pashinyan meets EU"));
  const auto en_deadline =
      Edges("Armenian Prime Minister Nikol Pashinyan met the deadline set by France on Monday.");
  CHECK_FALSE(en_deadline.count("Pashinyan meets France"));
  // A person met past the same genitive is a meeting.
  const auto en_person = Edges(
      "Armenian Prime Minister Nikol Pashinyan met the European Union's foreign policy chief on "
      "Monday.");
  CHECK(en_person.count("Pashinyan meets EU") == 1);
  const auto en_pos =
      Edges("Armenian Prime Minister Nikol Pashinyan met French President Emmanuel Macron on Monday.");
  CHECK(en_pos.count("Pashinyan meets Macron") == 1);
}

}  // namespace
