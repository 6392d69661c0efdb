// FoldTable and PhraseIndex skip the byte comparison of a fold of up to 8
// bytes whose FoldHash and size match (FoldHashSettles): that holds only
// while FoldHash stays one-to-one on such folds. These tests would catch a
// change of FoldHash that breaks it, and check lookups of near-miss words.
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "extract/phrase_index.h"
#include "extract/words.h"

namespace kzgraph::extract {
namespace {

TEST_CASE("FoldHash tells apart every fold of one or two bytes", "[extract]") {
  std::unordered_set<uint64_t> seen;
  size_t folds = 0;
  for (int a = 1; a < 256; ++a) {
    std::string one(1, static_cast<char>(a));
    seen.insert(FoldHash(one));
    ++folds;
    for (int b = 1; b < 256; ++b) {
      std::string two = one + static_cast<char>(b);
      seen.insert(FoldHash(two));
      ++folds;
    }
  }
  CHECK(seen.size() == folds);
  CHECK(FoldHashSettles(8));
  CHECK_FALSE(FoldHashSettles(9));
}

TEST_CASE("FoldHash tells apart random folds of three to eight bytes", "[extract]") {
  std::mt19937_64 random(20261122);
  std::unordered_set<std::string> folds;
  std::unordered_set<uint64_t> hashes;
  for (int k = 0; k < 200000; ++k) {
    std::string fold(3 + random() % 6, 'a');
    for (char& c : fold)
      c = static_cast<char>('a' + random() % 4);  // a small alphabet: close folds
    if (folds.insert(fold).second) hashes.insert(FoldHash(fold));
  }
  CHECK(hashes.size() == folds.size());
}

TEST_CASE("FoldTable and PhraseIndex match short and long folds exactly", "[extract]") {
  FoldTable<int> table;
  const std::vector<std::string> keys = {"de",          "etat", "etats",  "kazakhstan",
                                         "kazakhstans", "otsc", "tokaiev"};
  for (size_t k = 0; k < keys.size(); ++k) table[keys[k]] = static_cast<int>(k) + 1;
  for (size_t k = 0; k < keys.size(); ++k) {
    const int* found = table.Find(keys[k]);
    REQUIRE(found != nullptr);
    CHECK(*found == static_cast<int>(k) + 1);
  }
  for (const char* absent : {"d", "dee", "eta", "etatz", "kazakhstam", "kazakhsta", "otsd"})
    CHECK(table.Find(absent) == nullptr);

  PhraseIndex index;
  index.Add({"forces", "de", "securite"}, 0, 1);
  index.Add({"forces", "armees", "kazakhstanaises"}, 0, 2);
  auto words_of = [](std::vector<std::string> folds) {
    std::vector<Word> words(folds.size());
    for (size_t k = 0; k < folds.size(); ++k) {
      words[k].fold = folds[k];
      words[k].hash = FoldHash(folds[k]);
      words[k].word = true;
    }
    return words;
  };
  CHECK(index.Longest(words_of({"forces", "de", "securite"}), 0).length == 3);
  CHECK(index.Longest(words_of({"forces", "de", "securites"}), 0).length == 0);
  CHECK(index.Longest(words_of({"forces", "armees", "kazakhstanaises"}), 0).length == 3);
  CHECK(index.Longest(words_of({"forces", "armees", "kazakhstanaise"}), 0).length == 0);
  CHECK(index.Longest(words_of({"forces", "armees", "kazakhstanaisex"}), 0).length == 0);
}

}  // namespace
}  // namespace kzgraph::extract
