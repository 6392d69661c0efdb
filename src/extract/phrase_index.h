// Longest-match lookup of multi-word phrases over folded words: a hash map
// from the first word to the phrases that start with it.
#ifndef KZGRAPH_SRC_EXTRACT_PHRASE_INDEX_H_
#define KZGRAPH_SRC_EXTRACT_PHRASE_INDEX_H_

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/words.h"

namespace kzgraph::extract {

// A short list kept inline up to N values, on the heap beyond: for the
// small results made for many words of every sentence (no allocation).
template <typename T, uint32_t N>
class InlineVector {
 public:
  const T* begin() const { return heap_.empty() ? inline_ : heap_.data(); }
  const T* end() const { return begin() + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T& operator[](size_t k) const { return begin()[k]; }
  void clear() {
    size_ = 0;
    heap_.clear();
  }
  void push_back(const T& v) {
    if (heap_.empty() && size_ < N) {
      inline_[size_++] = v;
      return;
    }
    if (heap_.empty()) heap_.assign(inline_, inline_ + size_);
    heap_.push_back(v);
    ++size_;
  }
  template <typename It>
  void insert(const T* at, It first, It last) {  // appends only: `at` is end()
    (void)at;
    for (; first != last; ++first) push_back(*first);
  }

 private:
  uint32_t size_ = 0;
  T inline_[N] = {};
  std::vector<T> heap_;  // all of them once there are more than N
};

class PhraseIndex {
 public:
  // Adds a phrase (its word folds) with an opaque payload and a class tag.
  // The words are copied: callers may reuse one buffer for every phrase.
  void Add(const std::vector<std::string>& words, int tag, int payload);

  // A short list of ints kept inline: most matches have one to a few
  // payloads, and a match is made for many words of every sentence.
  class Payloads : public InlineVector<int, 6> {
   public:
    bool operator==(const std::vector<int>& v) const {
      return size() == v.size() && std::equal(begin(), end(), v.begin());
    }
  };
  struct Match {
    int length = 0;     // in words; 0: no match
    Payloads payloads;  // every payload of the longest phrase
  };
  struct Entry {
    std::vector<std::string> rest;
    int tag;
    int payload;
    std::vector<uint64_t> rest_hash;  // FoldHash of each word of `rest`
    // Words of the phrase, rest.size() + 1 (read for every candidate; it
    // also pads an Entry to 64 bytes, so indexing a bucket is a shift).
    uint32_t length = 1;
  };
  // The phrases starting with one word, longest first and in order of
  // addition within one length (iterate it as a vector of entries). Big
  // buckets ("république": hundreds of names) also index their phrases by
  // second word, so a lookup reads only those that can match.
  struct Bucket : std::vector<Entry> {
    // Entries of two words or more, by FoldHash of their second word:
    // ascending indices (the bucket's order).
    std::unordered_map<uint64_t, std::vector<uint32_t>> by_second;
    uint32_t singles_begin = 0;  // one-word entries: [singles_begin, size())
    bool indexed = false;        // by_second is filled
    uint64_t single_tags = 0;    // bit t: a one-word entry has tag t (t < 64)
    // Bit (h >> 58) for the FoldHash h of each longer entry's second word:
    // a word after this one whose bit is clear starts none of them.
    uint64_t second_words = 0;
    bool MaySecond(const Word& w) const { return (second_words >> (w.hash >> 58)) & 1; }
  };
  // The phrases starting with `fold` (nullptr if none): look it up once per
  // word, then ask Longest for each tag.
  const Bucket* Find(const std::string& fold) const {
    auto it = by_first_.find(fold);
    return it == by_first_.end() ? nullptr : &it->second;
  }

  // The longest phrase with `tag` (any tag if tag < 0) starting at words[i].
  // Punctuation words never match.
  Match Longest(const std::vector<Word>& words, size_t i, int tag = -1) const;
  Match Longest(const std::vector<Word>& words, size_t i, int tag, const Bucket* bucket) const;
  // The same written into *m, which must be empty (no temporary Match).
  static void LongestInto(const std::vector<Word>& words, size_t i, int tag, const Bucket* bucket,
                          Match* m);
  // Calls f(payload) for each payload of that longest phrase, in order, and
  // returns its length (0: none): for callers that keep something else.
  template <typename F>
  static int ForEachLongestPayload(const std::vector<Word>& words, size_t i, int tag,
                                   const Bucket* bucket, F f) {
    int length = 0;
    if (bucket == nullptr || i >= words.size() || !words[i].word || words[i].hashtag) return 0;
    ForEachLongerCandidate(words, i, *bucket, [&](const Entry& e) {
      if (tag >= 0 && e.tag != tag) return true;
      const int len = static_cast<int>(e.length);
      if (len < length) return false;  // longest first: nothing longer follows
      if (i + len > words.size() || !RestMatches(words, i, e)) return true;
      length = len;  // longest first: the first phrase that matches is the longest
      f(e.payload);
      return true;
    });
    // The one-word entries, if no longer phrase matched and one has the tag.
    if (length > 0 || (tag >= 0 && tag < 64 && ((bucket->single_tags >> tag) & 1) == 0))
      return length;
    for (size_t k = bucket->singles_begin; k < bucket->size(); ++k) {
      const Entry& e = (*bucket)[k];
      if (tag >= 0 && e.tag != tag) continue;
      length = 1;
      f(e.payload);
    }
    return length;
  }
  // Calls f(entry) for every entry of `bucket` that may start at words[i],
  // longest first, in the bucket's order; f returns false to stop.
  template <typename F>
  static void ForEachCandidate(const std::vector<Word>& words, size_t i, const Bucket& bucket,
                               F f) {
    if (i + 1 < words.size() && bucket.MaySecond(words[i + 1])) {
      if (!bucket.indexed) {
        for (size_t k = 0; k < bucket.singles_begin; ++k)
          if (!f(bucket[k])) return;
      } else if (auto it = bucket.by_second.find(words[i + 1].hash); it != bucket.by_second.end()) {
        for (uint32_t k : it->second)
          if (!f(bucket[k])) return;
      }
    }
    for (size_t k = bucket.singles_begin; k < bucket.size(); ++k)
      if (!f(bucket[k])) return;
  }
  // The same for the entries of two words or more only (the one-word
  // entries are the bucket's last, and their tags are in single_tags).
  template <typename F>
  static void ForEachLongerCandidate(const std::vector<Word>& words, size_t i, const Bucket& bucket,
                                     F f) {
    if (i + 1 >= words.size() || !bucket.MaySecond(words[i + 1])) return;
    if (!bucket.indexed) {
      for (size_t k = 0; k < bucket.singles_begin; ++k)
        if (!f(bucket[k])) return;
      return;
    }
    auto it = bucket.by_second.find(words[i + 1].hash);
    if (it != bucket.by_second.end()) {
      for (uint32_t k : it->second)
        if (!f(bucket[k])) return;
    }
  }
  // The length alone of that longest phrase (no allocation).
  static int LongestLength(const std::vector<Word>& words, size_t i, int tag, const Bucket* bucket);
  // Whether `e` matches the words after words[i] (words[i] is its first).
  static bool RestMatches(const std::vector<Word>& words, size_t i, const Entry& e) {
    const size_t rest = e.length - 1;
    if (i + 1 + rest > words.size()) return false;
    for (size_t k = 0; k < rest; ++k) {
      const Word& w = words[i + 1 + k];
      if (w.hash != e.rest_hash[k] || !w.word || w.hashtag || w.fold.size() != e.rest[k].size() ||
          !SameBytes(w.fold.data(), e.rest[k].data(), w.fold.size()))
        return false;
    }
    return true;
  }
  bool empty() const { return by_first_.empty(); }
  size_t first_words() const { return by_first_.size(); }  // buckets
  // Calls f(first_word, bucket) for every first word of a phrase.
  template <typename F>
  void ForEachFirst(F f) const {
    for (const auto& [first, bucket] : by_first_) f(first, &bucket);
  }

 private:
  static void IndexBucket(Bucket* bucket);
  // FoldHash rather than std::hash: cheaper on short folds, and the loaders
  // add tens of thousands of phrases. (Nothing depends on the map's order:
  // ForEachFirst's callers only fill lookup tables and sets.)
  struct FoldHasher {
    size_t operator()(const std::string& fold) const { return FoldHash(fold); }
  };
  std::unordered_map<std::string, Bucket, FoldHasher> by_first_;
  int max_payload_ = std::numeric_limits<int>::min();  // of the phrases added
};

static_assert(sizeof(PhraseIndex::Entry) == 64 || sizeof(void*) != 8,
              "PhraseIndex::Entry is meant to be 64 bytes");

}  // namespace kzgraph::extract

#endif  // KZGRAPH_SRC_EXTRACT_PHRASE_INDEX_H_
