// The dictionary loader's start-up shortcuts keep its answers: a name given
// twice the same way is indexed once, other ways of giving it still count.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "extract/dictionary.h"
#include "extract/words.h"

namespace kzgraph::extract {
namespace {

TEST_CASE("Dictionary indexes a name given twice the same way once", "[extract][dictionary]") {
  Dictionary dict;
  Actor putin;
  putin.id = "Vladimir Putin";
  putin.kind = "person";
  putin.name = "Vladimir Putin";
  REQUIRE(dict.AddActor(putin, {{"Vladimir Putin", NameHow::kAlias},
                                {"Vladimir Putin", NameHow::kAlias},
                                {"Poutine", NameHow::kAlias},
                                {"Poutine", NameHow::kAlias},
                                {"Poutine", NameHow::kMetonym}})
              .ok());
  const std::string text = "Vladimir Putin et Poutine";
  std::vector<Word> words;
  SplitWords(text, {0, static_cast<uint32_t>(text.size())}, &words);
  PhraseIndex::Match full = dict.Longest(text, words, 0);
  CHECK(full.length == 2);
  REQUIRE(full.payloads.size() == 1);
  CHECK(dict.name(full.payloads[0]).actor == 0);
  // The same surface given another way (a metonym) is another name.
  PhraseIndex::Match single = dict.Longest(text, words, 3);
  CHECK(single.length == 1);
  REQUIRE(single.payloads.size() == 2);
  CHECK(dict.name(single.payloads[0]).how == NameHow::kAlias);
  CHECK(dict.name(single.payloads[1]).how == NameHow::kMetonym);
}

}  // namespace
}  // namespace kzgraph::extract
