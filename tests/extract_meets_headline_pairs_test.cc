// "Putin, Xi meet in Beijing": a headline names both parties of a meeting as
// a comma pair opening the sentence (engine_frames_clause.cc). Invented
// sentences, with negative cases.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("a headline comma pair meets", "[extract]") {
  CHECK(Edges("Ruto, Museveni meet in Nairobi", "2023-03-01").count("Museveni meets Ruto") +
            Edges("Ruto, Museveni meet in Nairobi", "2023-03-01").count("Ruto meets Museveni") >
        0);
  CHECK(Edges("Poutine, Xi se rencontrent à Pékin").count("Putin meets Xi Jinping") +
            Edges("Poutine, Xi se rencontrent à Pékin").count("Xi Jinping meets Putin") >
        0);
  // A place before the comma is no party; a negated meeting is none.
  CHECK_FALSE(HasPredicate(Edges("Nairobi, Museveni meet in Kampala", "2023-03-01"), "meets"));
  CHECK_FALSE(HasPredicate(Edges("In Nairobi, Ruto met officials."), "meets"));
  CHECK_FALSE(HasPredicate(Edges("Ruto, Museveni do not meet in Nairobi"), "meets"));
}

}  // namespace
}  // namespace kzgraph::testing
