// Resources::word_filter turns away words the word table lacks before the
// table is probed: it must let every word of the table through.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "extract/engine.h"
#include "extract/words.h"

namespace kzgraph::extract {
namespace {

namespace fs = std::filesystem;

TEST_CASE("the word filter lets every word of the word table through",
          "[extract][word_filter]") {
  Resources res;
  const fs::path schema = fs::path(KZGRAPH_SOURCE_DIR) / "schema";
  REQUIRE(res.dict.LoadDir((schema / "dict").string()).ok());
  REQUIRE(res.lex.LoadDir((schema / "lexicon").string()).ok());
  res.cls.Init(&res.lex);
  res.IndexWords();
  size_t words = 0;
  const auto check = [&](const std::string& fold, const PhraseIndex::Bucket*) {
    ++words;
    CHECK(res.words.Find(fold) != nullptr);
    CHECK(res.MayBeWord(FoldHash(fold)));
  };
  res.lex.index().ForEachFirst(check);
  res.dict.index().ForEachFirst(check);
  CHECK(words > 1000);
  // Most words it lacks are turned away (invented ones here).
  int passed = 0;
  for (int k = 0; k < 1000; ++k) {
    const std::string fold = "zqxw" + std::to_string(k);
    REQUIRE(res.words.Find(fold) == nullptr);
    passed += res.MayBeWord(FoldHash(fold));
  }
  CHECK(passed < 500);
}

}  // namespace
}  // namespace kzgraph::extract
