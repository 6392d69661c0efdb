// PhraseIndex lays its buckets out flat, in one array built from the
// phrases added: its lookups must give what a plain list of those phrases
// gives (the longest match, every payload of that length in order of
// addition, duplicates once), however the phrases were added.
#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "extract/phrase_index.h"
#include "extract/words.h"

namespace kzgraph::extract {
namespace {

struct Phrase {
  std::vector<std::string> words;
  int tag;
  int payload;
  bool operator==(const Phrase&) const = default;
};

// The plain answer: every phrase added (an exact duplicate of an earlier
// one once) that matches at words[i], longest, in order of addition.
PhraseIndex::Match PlainLongest(const std::vector<Phrase>& added, const std::vector<Word>& words,
                                size_t i, int tag) {
  PhraseIndex::Match m;
  if (i >= words.size() || !words[i].word || words[i].hashtag) return m;
  std::vector<int> payloads;
  for (size_t p = 0; p < added.size(); ++p) {
    const Phrase& ph = added[p];
    if (std::find(added.begin(), added.begin() + p, ph) != added.begin() + p) continue;
    if (tag >= 0 && ph.tag != tag) continue;
    const size_t len = ph.words.size();
    if (i + len > words.size()) continue;
    bool match = true;
    for (size_t k = 0; k < len && match; ++k) {
      const Word& w = words[i + k];
      match = w.word && !w.hashtag && w.fold == ph.words[k];
    }
    if (!match || static_cast<int>(len) < m.length) continue;
    if (static_cast<int>(len) > m.length) {
      m.length = static_cast<int>(len);
      payloads.clear();
    }
    payloads.push_back(ph.payload);
  }
  for (int p : payloads) m.payloads.push_back(p);
  return m;
}

std::vector<Word> Split(const std::string& text) {
  std::vector<Word> words;
  SplitWords(text, {0, static_cast<uint32_t>(text.size())}, &words);
  return words;
}

void CheckAll(const PhraseIndex& index, const std::vector<Phrase>& added,
              const std::vector<Word>& words, int tags) {
  for (size_t i = 0; i < words.size(); ++i) {
    for (int tag = -1; tag < tags; ++tag) {
      INFO("word " << i << " '" << words[i].fold << "' tag " << tag);
      const PhraseIndex::Match plain = PlainLongest(added, words, i, tag);
      const PhraseIndex::Match m = index.Longest(words, i, tag);
      CHECK(m.length == plain.length);
      CHECK(std::vector<int>(m.payloads.begin(), m.payloads.end()) ==
            std::vector<int>(plain.payloads.begin(), plain.payloads.end()));
      if (tag >= 0 && words[i].word && !words[i].hashtag) {
        CHECK(PhraseIndex::LongestLength(words, i, tag, index.Find(words[i].fold)) ==
              plain.length);
      }
    }
  }
}

}  // namespace

TEST_CASE("an empty phrase index finds nothing", "[extract][phrase_index]") {
  PhraseIndex index;
  CHECK(index.empty());
  CHECK(index.Find("union") == nullptr);
  const std::vector<Word> words = Split("Union africaine");
  CHECK(index.Longest(words, 0).length == 0);
  CHECK(index.Longest(words, 5).length == 0);  // past the end
  index.Add({}, 0, 1);                          // no words: nothing added
  CHECK(index.empty());
  int buckets = 0;
  index.ForEachFirst([&](const std::string&, const PhraseIndex::Bucket*) { ++buckets; });
  CHECK(buckets == 0);
}

TEST_CASE("the flat phrase index gives the longest phrase, ties in order of addition",
          "[extract][phrase_index]") {
  PhraseIndex index;
  std::vector<Phrase> added;
  const auto add = [&](std::vector<std::string> words, int tag, int payload) {
    index.Add(words, tag, payload);
    added.push_back({std::move(words), tag, payload});
  };
  add({"union"}, 0, 1);
  add({"union", "africaine"}, 0, 2);
  add({"union", "europeenne"}, 1, 3);
  add({"union", "africaine"}, 0, 4);  // a tie: both payloads, in this order
  add({"union", "africaine"}, 0, 2);  // a duplicate: once
  add({"union"}, 1, 5);
  const std::vector<Word> words = Split("L'Union africaine, l'Union européenne et l'union.");
  // "l'" "union" "africaine" "," "l'" "union" "europeenne" "et" "l'" "union" "."
  PhraseIndex::Match m = index.Longest(words, 1);
  CHECK(m.length == 2);
  CHECK(m.payloads == std::vector<int>{2, 4});
  m = index.Longest(words, 5);
  CHECK(m.length == 2);
  CHECK(m.payloads == std::vector<int>{3});
  m = index.Longest(words, 5, 0);  // tag 0: no longer phrase, the word alone
  CHECK(m.length == 1);
  CHECK(m.payloads == std::vector<int>{1});
  m = index.Longest(words, 9);
  CHECK(m.length == 1);
  CHECK(m.payloads == std::vector<int>{1, 5});
  CHECK(index.Longest(words, 3).length == 0);  // punctuation
  CheckAll(index, added, words, 2);

  // A phrase added after a lookup is found by the next one (the index is
  // built again), and the buckets keep their words.
  add({"union", "africaine", "de", "defense"}, 0, 6);
  const std::vector<Word> more = Split("l'Union africaine de défense");
  m = index.Longest(more, 1);
  CHECK(m.length == 4);
  CHECK(m.payloads == std::vector<int>{6});
  const PhraseIndex::Bucket* b = index.Find("union");
  REQUIRE(b != nullptr);
  CHECK(b->size() == 6);  // the duplicate once
  CHECK((*b)[0].length == 4);
  CHECK(b->Rest((*b)[0]) == std::vector<std::string_view>{"africaine", "de", "defense"});
  CHECK(b->RestWord((*b)[0], 2) == "defense");
  CHECK(b->singles_begin == 4);
  CHECK(b->single_tags == 3);
  std::map<std::string, size_t> firsts;
  index.ForEachFirst(
      [&](const std::string& f, const PhraseIndex::Bucket* bucket) { firsts[f] = bucket->size(); });
  CHECK(firsts == std::map<std::string, size_t>{{"union", 6}});
}

TEST_CASE("the flat phrase index agrees with a plain list on many random phrases",
          "[extract][phrase_index]") {
  // Words of up to 8 bytes (settled by their hash and size) and longer ones
  // that share a prefix (compared byte by byte); few first words, so that
  // buckets are both small (scanned) and large (indexed by second word).
  const std::vector<std::string> vocabulary = {
      "de",           "la",           "union", "conseil",        "etat",
      "republique",   "du",           "congo", "internationale", "internationaux",
      "a",            "securite",     "x",     "gouvernementale", "gouvernementaux"};
  std::mt19937 rng(12);
  PhraseIndex index;
  std::vector<Phrase> added;
  for (int k = 0; k < 1200; ++k) {
    std::vector<std::string> phrase(1 + rng() % 4);
    for (std::string& w : phrase) w = vocabulary[rng() % (k < 500 ? 3 : vocabulary.size())];
    // Payloads mostly ascending (as the loaders number them), some repeated.
    const int payload = rng() % 5 == 0 ? static_cast<int>(rng() % (k + 1)) : k;
    const int tag = static_cast<int>(rng() % 4);
    index.Add(phrase, tag, payload);
    added.push_back({phrase, tag, payload});
    if (k % 97 == 0) {  // some duplicates of an earlier phrase
      const Phrase again = added[rng() % added.size()];
      index.Add(again.words, again.tag, again.payload);
      added.push_back(again);
    }
  }
  std::string text;
  for (int k = 0; k < 1500; ++k) text += vocabulary[rng() % vocabulary.size()] + " ";
  text += ", #union";
  CheckAll(index, added, Split(text), 4);
}

}  // namespace kzgraph::extract

namespace kzgraph::extract {

TEST_CASE("InlineVector keeps its values through growth, copies and moves",
          "[extract][phrase_index]") {
  PhraseIndex::Payloads a;
  for (int k = 0; k < 3; ++k) a.push_back(k);  // inline
  PhraseIndex::Payloads b = a;
  CHECK(b == std::vector<int>{0, 1, 2});
  for (int k = 3; k < 11; ++k) a.push_back(k);  // on the heap
  CHECK(a == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
  PhraseIndex::Payloads c = a;  // a copy of a heap list
  PhraseIndex::Payloads d = std::move(a);
  CHECK(a.empty());
  CHECK(c == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
  CHECK(d == std::vector<int>(c.begin(), c.end()));
  a.push_back(42);  // a moved-from list is usable
  CHECK(a == std::vector<int>{42});
  b = d;
  CHECK(b == std::vector<int>(c.begin(), c.end()));
  d.clear();
  d.push_back(7);
  CHECK(d == std::vector<int>{7});
  c = std::move(d);
  CHECK(c == std::vector<int>{7});
  std::vector<PhraseIndex::Match> matches(3);  // as Sent::dict holds them
  for (int k = 0; k < 9; ++k) matches[1].payloads.push_back(k);
  matches.resize(40);  // moves them
  CHECK(matches[1].payloads == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8});
  CHECK(matches[0].payloads.empty());
}

}  // namespace kzgraph::extract
