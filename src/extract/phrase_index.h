// Longest-match lookup of multi-word phrases over folded words: a hash map
// from the first word to the phrases that start with it.
#ifndef KZGRAPH_SRC_EXTRACT_PHRASE_INDEX_H_
#define KZGRAPH_SRC_EXTRACT_PHRASE_INDEX_H_

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/words.h"

namespace kzgraph::extract {

// A short list kept inline up to N values, on the heap beyond: for the
// small results made for many words of every sentence (no allocation).
// The inline values and the heap pointer share their bytes, and there is no
// std::vector in it: a PhraseIndex::Match is 32 bytes (it was 56), so the
// per-word matches a sentence keeps (Sent::dict) take half the cache lines.
template <typename T, uint32_t N>
class InlineVector {
 public:
  InlineVector() : inline_{} {}
  InlineVector(const InlineVector& o) : inline_{} { Append(o.begin(), o.end()); }
  InlineVector(InlineVector&& o) noexcept : inline_{} { TakeFrom(&o); }
  InlineVector& operator=(const InlineVector& o) {
    if (this != &o) {
      clear();
      Append(o.begin(), o.end());
    }
    return *this;
  }
  InlineVector& operator=(InlineVector&& o) noexcept {
    if (this != &o) {
      Free();
      TakeFrom(&o);
    }
    return *this;
  }
  ~InlineVector() { Free(); }

  const T* begin() const { return OnHeap() ? heap_ : inline_; }
  const T* end() const { return begin() + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T& operator[](size_t k) const { return begin()[k]; }
  void clear() { size_ = 0; }  // keeps the heap room, if any
  void push_back(const T& v) {
    if (size_ == capacity_) Grow();
    (OnHeap() ? heap_ : inline_)[size_++] = v;
  }
  template <typename It>
  void insert(const T* at, It first, It last) {  // appends only: `at` is end()
    (void)at;
    Append(first, last);
  }

 private:
  bool OnHeap() const { return capacity_ > N; }
  template <typename It>
  void Append(It first, It last) {
    for (; first != last; ++first) push_back(*first);
  }
  void Grow() {
    const uint32_t capacity = 2 * capacity_;
    T* heap = new T[capacity];
    std::copy(begin(), end(), heap);
    Free();
    heap_ = heap;
    capacity_ = capacity;
  }
  void Free() {
    if (OnHeap()) {
      delete[] heap_;
      capacity_ = N;
      for (T& v : inline_) std::construct_at(&v);  // the inline values again
    }
  }
  // Takes o's values (this is empty and inline), leaving o empty and inline.
  void TakeFrom(InlineVector* o) {
    size_ = o->size_;
    if (o->OnHeap()) {
      heap_ = o->heap_;
      capacity_ = o->capacity_;
      o->capacity_ = N;
      for (T& v : o->inline_) std::construct_at(&v);
    } else {
      std::copy(o->inline_, o->inline_ + size_, inline_);
    }
    o->size_ = 0;
  }
  uint32_t size_ = 0;
  uint32_t capacity_ = N;  // N: the values are inline; more: on the heap
  union {
    T inline_[N];
    T* heap_;  // capacity_ values
  };
};

class PhraseIndex {
 public:
  // Adds a phrase (its word folds) with an opaque payload and a class tag.
  // The words are copied: callers may reuse one buffer for every phrase.
  // The index is (re)built from every phrase added on the first lookup
  // after an Add: add them all before sharing the index between threads.
  void Add(const std::vector<std::string>& words, int tag, int payload);
  // Room for `phrases` more phrases (the loaders know about how many they
  // will add): the lists and the first-word table are not regrown.
  void Reserve(size_t phrases);

  // A short list of ints kept inline: most matches have one to a few
  // payloads, and a match is made for many words of every sentence.
  class Payloads : public InlineVector<int, 4> {
   public:
    bool operator==(const std::vector<int>& v) const {
      return size() == v.size() && std::equal(begin(), end(), v.begin());
    }
  };
  struct Match {
    int length = 0;     // in words; 0: no match
    Payloads payloads;  // every payload of the longest phrase
  };
  // One phrase. Small (24 bytes), so that a bucket's candidates share cache
  // lines: the second word's hash, read for every candidate, is kept here;
  // the rest of the phrase lies further in its bucket, read only when that
  // hash matches.
  struct Entry {
    uint64_t second_hash = 0;  // FoldHash of the second word (0: a one-word phrase)
    int tag;
    int payload;
    uint32_t length = 1;   // words of the phrase
    uint32_t rest_at = 0;  // its words after the first: the bucket's rest words from rest_at
  };
  // The phrases starting with one word, longest first and in order of
  // addition within one length (iterate it as a range of entries). Big
  // buckets ("république": hundreds of names) also index their phrases by
  // second word, so a lookup reads only those that can match.
  // A bucket is a header in the index's one array (arena_), followed by
  // everything a lookup may read, in the order it reads it: the entries,
  // the second-word table, and the words after the first (hashes, sizes,
  // bytes). A lookup used to follow pointers from the bucket to five
  // vectors on the heap, each a cache miss; here it reads on from the
  // header, and adjacent buckets share no allocator padding.
  struct Bucket {
    uint64_t single_tags = 0;  // bit t: a one-word entry has tag t (t < 64)
    // Bit (h >> 58) for the FoldHash h of each longer entry's second word:
    // a word after this one whose bit is clear starts none of them.
    uint64_t second_words = 0;
    uint32_t singles_begin = 0;  // one-word entries: [singles_begin, size())
    bool indexed = false;        // the second-word table is filled

    Bucket() = default;
    Bucket(const Bucket&) = delete;  // only meaningful at its place in the arena
    Bucket& operator=(const Bucket&) = delete;

    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const Entry* data() const { return reinterpret_cast<const Entry*>(this + 1); }
    const Entry* begin() const { return data(); }
    const Entry* end() const { return data() + size_; }
    const Entry& operator[](size_t k) const { return data()[k]; }
    bool MaySecond(const Word& w) const { return (second_words >> (w.hash >> 58)) & 1; }
    // The word k (0: the second) of `e`'s phrase after its first (a fold).
    std::string_view RestWord(const Entry& e, size_t k) const {
      return {Bytes() + RestOffsets()[e.rest_at + k], RestSizes()[e.rest_at + k]};
    }
    // The words of `e` after its first (folds).
    std::vector<std::string_view> Rest(const Entry& e) const {
      std::vector<std::string_view> out;
      for (size_t k = 0; k + 1 < e.length; ++k) out.push_back(RestWord(e, k));
      return out;
    }
    // The indices of the entries of two words or more whose second word
    // has FoldHash `h`, ascending (the bucket's order); empty when none.
    // Only for an indexed bucket.
    std::span<const uint32_t> WithSecond(uint64_t h) const {
      const SecondSlot* slots = reinterpret_cast<const SecondSlot*>(Bytes() + slots_at_);
      for (size_t k = Mix(h) & slot_mask_;; k = (k + 1) & slot_mask_) {
        const SecondSlot& slot = slots[k];
        if (slot.count == 0) return {};
        if (slot.hash == h)
          return {reinterpret_cast<const uint32_t*>(Bytes() + list_at_) + slot.begin, slot.count};
      }
    }

   private:
    friend class PhraseIndex;
    static size_t Mix(uint64_t h) { return static_cast<size_t>(h ^ (h >> 29) ^ (h >> 47)); }
    // An open-addressing table (at most a quarter full) of the second
    // words' hashes, each with its run of entry indices in the list.
    struct SecondSlot {
      uint64_t hash = 0;
      uint32_t begin = 0;
      uint32_t count = 0;  // 0: an empty slot
    };
    const char* Bytes() const { return reinterpret_cast<const char*>(this); }
    const uint64_t* RestHashes() const {
      return reinterpret_cast<const uint64_t*>(Bytes() + hashes_at_);
    }
    const uint32_t* RestSizes() const {
      return reinterpret_cast<const uint32_t*>(Bytes() + sizes_at_);
    }
    const uint32_t* RestOffsets() const {
      return reinterpret_cast<const uint32_t*>(Bytes() + offsets_at_);
    }
    uint32_t size_ = 0;
    // Byte offsets from the header: the second-word table (slot_mask_ + 1
    // slots) and its list of entry indices, then for every word after the
    // first of every entry, by Entry::rest_at: its FoldHash, its size and
    // where its bytes lie.
    uint32_t slots_at_ = 0, slot_mask_ = 0, list_at_ = 0;
    uint32_t hashes_at_ = 0, sizes_at_ = 0, offsets_at_ = 0;
  };
  // The phrases starting with `fold` (nullptr if none): look it up once per
  // word, then ask Longest for each tag.
  const Bucket* Find(const std::string& fold) const {
    EnsureBuilt();
    const uint32_t* number = by_first_.Find(std::string_view(fold));
    return number == nullptr ? nullptr : &BucketAt(*number - 1);
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
  [[gnu::always_inline]] static int ForEachLongestPayload(const std::vector<Word>& words, size_t i,
                                                          int tag, const Bucket* bucket, F f) {
    int length = 0;
    if (bucket == nullptr || i >= words.size() || !words[i].word || words[i].hashtag) return 0;
    ForEachLongerCandidate(words, i, *bucket, [&](const Entry& e) {
      if (tag >= 0 && e.tag != tag) return true;
      const int len = static_cast<int>(e.length);
      if (len < length) return false;  // longest first: nothing longer follows
      if (i + len > words.size() || !RestMatches(words, i, *bucket, e)) return true;
      length = len;  // longest first: the first phrase that matches is the longest
      f(e.payload);
      return true;
    });
    // The one-word entries, if no longer phrase matched and one has the tag.
    if (length > 0 || (tag >= 0 && tag < 64 && ((bucket->single_tags >> tag) & 1) == 0))
      return length;
    // Bounds taken once: f writes memory, so the bucket's size would be
    // loaded (and divided by the entry's size) again at every step.
    const Entry* const end = bucket->end();
    for (const Entry* e = bucket->data() + bucket->singles_begin; e != end; ++e) {
      if (tag >= 0 && e->tag != tag) continue;
      length = 1;
      f(e->payload);
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
      } else {
        for (uint32_t k : bucket.WithSecond(words[i + 1].hash))
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
    const Entry* const entries = bucket.data();
    if (!bucket.indexed) {
      for (const Entry *e = entries, *end = entries + bucket.singles_begin; e != end; ++e)
        if (!f(*e)) return;
      return;
    }
    for (uint32_t k : bucket.WithSecond(words[i + 1].hash))
      if (!f(entries[k])) return;
  }
  // The length alone of that longest phrase (no allocation).
  static int LongestLength(const std::vector<Word>& words, size_t i, int tag, const Bucket* bucket);
  // Whether `e` (of `bucket`) matches the words after words[i] (words[i] is
  // its first). The second word's hash is in the entry and turns away
  // nearly every candidate; the rest of the phrase is read only past it.
  static bool RestMatches(const std::vector<Word>& words, size_t i, const Bucket& bucket,
                          const Entry& e) {
    const size_t rest = e.length - 1;
    if (rest == 0) return true;
    if (i + 1 + rest > words.size() || words[i + 1].hash != e.second_hash) return false;
    return RestWordsMatch(&words[i + 1], bucket, e);
  }
  bool empty() const { return firsts_.empty(); }
  size_t first_words() const { return firsts_.size(); }  // buckets
  // Calls f(first_word, bucket) for every first word of a phrase.
  template <typename F>
  void ForEachFirst(F f) const {
    EnsureBuilt();
    for (size_t k = 0; k < firsts_.size(); ++k) f(firsts_[k], &BucketAt(k));
  }

 private:
  friend class SchemaCacheIO;  // schema_cache.cc copies the built index
  // RestMatches past the second word's hash: the other hashes, then every
  // word's size, and the bytes of those whose hash and size do not settle
  // them (FoldHashSettles) (`after`: the words after the first).
  static bool RestWordsMatch(const Word* after, const Bucket& bucket, const Entry& e);
  // Lays every bucket out in arena_ from the phrases added (phrases_).
  void Build();
  // Build, if a phrase was added since the last one. Lookups are const;
  // the index they read is a function of the phrases added, built once.
  void EnsureBuilt() const {
    if (stale_) const_cast<PhraseIndex*>(this)->Build();
  }
  const Bucket& BucketAt(size_t k) const {
    return *reinterpret_cast<const Bucket*>(arena_.data() + bucket_at_[k]);
  }
  // A phrase as added: its first word's number (by_first_), and its words
  // after the first in words_ (from words_at, length - 1 of them).
  struct Added {
    uint32_t first;
    int tag;
    int payload;
    uint32_t length;
    uint32_t words_at;
  };
  std::vector<Added> phrases_;
  // The words after the first of every phrase added: (offset, size) in chars_.
  std::vector<std::pair<uint32_t, uint32_t>> words_;
  std::string chars_;
  bool stale_ = false;  // a phrase was added since the last Build
  // The buckets, built from phrases_: 8-byte units, each bucket from
  // bucket_at_[its number].
  std::vector<uint64_t> arena_;
  std::vector<uint32_t> bucket_at_;
  std::vector<std::string> firsts_;  // each bucket's first word, by bucket number
  // First word -> 1 + its bucket's number. FoldHash (cheap on short folds),
  // one probe into a flat table. (Nothing depends on the buckets' order:
  // ForEachFirst's callers only fill lookup tables and sets.)
  FoldTable<uint32_t> by_first_;
};

static_assert(sizeof(PhraseIndex::Bucket) % 8 == 0, "the entries follow the header 8-aligned");
static_assert(sizeof(PhraseIndex::Entry) == 24, "PhraseIndex::Entry is meant to be 24 bytes");
static_assert(sizeof(PhraseIndex::Match) == 32, "PhraseIndex::Match is meant to be 32 bytes");

}  // namespace kzgraph::extract

#endif  // KZGRAPH_SRC_EXTRACT_PHRASE_INDEX_H_
