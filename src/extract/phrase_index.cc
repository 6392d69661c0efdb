#include "extract/phrase_index.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <new>

namespace kzgraph::extract {

void PhraseIndex::Add(const std::vector<std::string>& words, int tag, int payload) {
  if (words.empty()) return;
  if (phrases_.empty() && !firsts_.empty()) [[unlikely]] {
    // An index read from the schema cache (schema_cache.cc) keeps only its
    // buckets: their phrases are added back first (out of line: the
    // loaders' tens of thousands of Adds never come here). A bucket lists
    // them longest first, each length in order of addition, and Build sorts
    // stably by length: the same buckets come out.
    const auto thaw = [&]() __attribute__((noinline, cold)) {
      for (size_t g = 0; g < firsts_.size(); ++g) {
        const Bucket& b = BucketAt(g);
        for (const Entry& e : b) {
          phrases_.push_back({static_cast<uint32_t>(g), e.tag, e.payload, e.length,
                              static_cast<uint32_t>(words_.size())});
          for (size_t k = 0; k + 1 < e.length; ++k) {
            const std::string_view w = b.RestWord(e, k);
            words_.emplace_back(static_cast<uint32_t>(chars_.size()),
                                static_cast<uint32_t>(w.size()));
            chars_.append(w);
          }
        }
      }
    };
    thaw();
  }
  uint32_t& number = by_first_[words[0]];
  if (number == 0) {
    firsts_.push_back(words[0]);
    number = static_cast<uint32_t>(firsts_.size());
  }
  phrases_.push_back({number - 1, tag, payload, static_cast<uint32_t>(words.size()),
                      static_cast<uint32_t>(words_.size())});
  for (size_t k = 1; k < words.size(); ++k) {
    words_.emplace_back(static_cast<uint32_t>(chars_.size()),
                        static_cast<uint32_t>(words[k].size()));
    chars_.append(words[k]);
  }
  stale_ = true;
}

void PhraseIndex::Reserve(size_t phrases) {
  phrases_.reserve(phrases_.size() + phrases);
  words_.reserve(words_.size() + phrases);
  chars_.reserve(chars_.size() + 8 * phrases);
  firsts_.reserve(firsts_.size() + phrases / 2);
  by_first_.Reserve(by_first_.size() + phrases / 2);
}

void PhraseIndex::Build() {
  stale_ = false;
  const size_t buckets = firsts_.size();
  // The phrases by first word, each word's in order of addition (a
  // counting sort).
  std::vector<uint32_t> start(buckets + 1, 0);
  for (const Added& p : phrases_) ++start[p.first + 1];
  for (size_t g = 0; g < buckets; ++g) start[g + 1] += start[g];
  std::vector<uint32_t> order(phrases_.size());
  {
    std::vector<uint32_t> next(start.begin(), start.end() - 1);
    for (uint32_t k = 0; k < phrases_.size(); ++k) order[next[phrases_[k].first]++] = k;
  }
  const auto word = [&](uint32_t at) {
    return std::string_view(chars_).substr(words_[at].first, words_[at].second);
  };
  const auto same = [&](const Added& a, const Added& b) {
    if (a.tag != b.tag || a.payload != b.payload || a.length != b.length) return false;
    for (uint32_t k = 0; k + 1 < a.length; ++k)
      if (word(a.words_at + k) != word(b.words_at + k)) return false;
    return true;
  };
  arena_.clear();
  arena_.reserve(phrases_.size() * 8 + chars_.size() / 8 + buckets * 8);
  bucket_at_.assign(buckets, 0);
  std::vector<uint32_t> kept;
  std::vector<std::pair<uint64_t, uint32_t>> seconds;
  for (size_t g = 0; g < buckets; ++g) {
    // A phrase added twice (same tag, payload and words) is kept once, the
    // first time. A duplicate has the same payload: none can exist when the
    // payload is above every one kept so far (the loaders number their
    // phrases in order), which spares a scan of the big buckets.
    kept.clear();
    int max_payload = std::numeric_limits<int>::min();
    for (uint32_t k = start[g]; k < start[g + 1]; ++k) {
      const Added& p = phrases_[order[k]];
      if (p.payload <= max_payload &&
          std::any_of(kept.begin(), kept.end(), [&](uint32_t o) { return same(phrases_[o], p); }))
        continue;
      max_payload = std::max(max_payload, p.payload);
      kept.push_back(order[k]);
    }
    // Longest first, in order of addition within one length: a lookup stops
    // at the first phrase shorter than its best match, and the payloads of
    // that match keep their order of addition (one-word phrases go last).
    // (Most buckets hold a few phrases: an insertion sort, stable, spares
    // stable_sort's buffer.)
    const auto longer_than = [&](uint32_t a, uint32_t b) {
      return phrases_[a].length > phrases_[b].length;
    };
    if (kept.size() <= 16) {
      for (size_t k = 1; k < kept.size(); ++k) {
        const uint32_t x = kept[k];
        size_t j = k;
        for (; j > 0 && longer_than(x, kept[j - 1]); --j) kept[j] = kept[j - 1];
        kept[j] = x;
      }
    } else {
      std::stable_sort(kept.begin(), kept.end(), longer_than);
    }
    const uint32_t n = static_cast<uint32_t>(kept.size());
    uint32_t longer = 0, rest = 0, bytes = 0;
    for (uint32_t k : kept) {
      const Added& p = phrases_[k];
      longer += p.length > 1;
      rest += p.length - 1;
      for (uint32_t w = 0; w + 1 < p.length; ++w) bytes += words_[p.words_at + w].second;
    }
    // Buckets of more than a few entries index their longer ones by second
    // word: a scan of a few entries is cheaper than a lookup.
    constexpr size_t kSmall = 8;
    const bool indexed = n > kSmall;
    seconds.clear();
    size_t slots = 0;
    if (indexed) {
      for (uint32_t k = 0; k < longer; ++k) {
        const Added& p = phrases_[kept[k]];
        seconds.emplace_back(FoldHash(word(p.words_at)), k);
      }
      std::sort(seconds.begin(), seconds.end());
      size_t distinct = 0;
      for (size_t k = 0; k < seconds.size(); ++k)
        distinct += k == 0 || seconds[k].first != seconds[k - 1].first;
      slots = 16;
      while (slots < 4 * distinct) slots *= 2;
    }
    const auto align8 = [](size_t x) { return (x + 7) & ~size_t{7}; };
    size_t size = sizeof(Bucket) + sizeof(Entry) * n;
    const size_t slots_at = size;
    size += sizeof(Bucket::SecondSlot) * slots;
    const size_t list_at = size;
    size = align8(size + sizeof(uint32_t) * (indexed ? longer : 0));
    const size_t hashes_at = size;
    size += sizeof(uint64_t) * rest;
    const size_t sizes_at = size;
    size += sizeof(uint32_t) * rest;
    const size_t offsets_at = size;
    size += sizeof(uint32_t) * rest;
    const size_t bytes_at = size;
    size = align8(size + bytes);

    const size_t base = arena_.size();
    arena_.resize(base + size / 8);
    bucket_at_[g] = static_cast<uint32_t>(base);
    char* const at = reinterpret_cast<char*>(arena_.data() + base);
    Bucket* const bucket = new (at) Bucket();
    bucket->size_ = n;
    bucket->singles_begin = longer;
    bucket->indexed = indexed;
    bucket->slots_at_ = static_cast<uint32_t>(slots_at);
    bucket->slot_mask_ = slots == 0 ? 0 : static_cast<uint32_t>(slots - 1);
    bucket->list_at_ = static_cast<uint32_t>(list_at);
    bucket->hashes_at_ = static_cast<uint32_t>(hashes_at);
    bucket->sizes_at_ = static_cast<uint32_t>(sizes_at);
    bucket->offsets_at_ = static_cast<uint32_t>(offsets_at);
    auto* const hashes = reinterpret_cast<uint64_t*>(at + hashes_at);
    auto* const sizes = reinterpret_cast<uint32_t*>(at + sizes_at);
    auto* const offsets = reinterpret_cast<uint32_t*>(at + offsets_at);
    uint32_t r = 0, byte = static_cast<uint32_t>(bytes_at);
    for (uint32_t k = 0; k < n; ++k) {
      const Added& p = phrases_[kept[k]];
      Entry* const e = new (at + sizeof(Bucket) + sizeof(Entry) * k) Entry();
      e->tag = p.tag;
      e->payload = p.payload;
      e->length = p.length;
      e->rest_at = r;
      for (uint32_t w = 0; w + 1 < p.length; ++w, ++r) {
        const std::string_view fold = word(p.words_at + w);
        hashes[r] = FoldHash(fold);
        sizes[r] = static_cast<uint32_t>(fold.size());
        offsets[r] = byte;
        std::memcpy(at + byte, fold.data(), fold.size());
        byte += static_cast<uint32_t>(fold.size());
      }
      if (p.length == 1) {
        if (p.tag >= 0 && p.tag < 64) bucket->single_tags |= uint64_t{1} << p.tag;
      } else {
        e->second_hash = hashes[e->rest_at];
        bucket->second_words |= uint64_t{1} << (e->second_hash >> 58);
      }
    }
    if (!indexed) continue;
    // The second words' table: each distinct hash with its run of entry
    // indices (ascending) in the list.
    auto* const table = reinterpret_cast<Bucket::SecondSlot*>(at + slots_at);
    for (size_t k = 0; k < slots; ++k) new (table + k) Bucket::SecondSlot();
    auto* const list = reinterpret_cast<uint32_t*>(at + list_at);
    const size_t mask = slots - 1;
    for (size_t k = 0; k < seconds.size();) {
      const uint64_t h = seconds[k].first;
      const uint32_t begin = static_cast<uint32_t>(k);
      for (; k < seconds.size() && seconds[k].first == h; ++k) list[k] = seconds[k].second;
      size_t slot = Bucket::Mix(h) & mask;
      while (table[slot].count != 0) slot = (slot + 1) & mask;
      table[slot] = {h, begin, static_cast<uint32_t>(k) - begin};
    }
  }
}

bool PhraseIndex::RestWordsMatch(const Word* after, const Bucket& bucket, const Entry& e) {
  const size_t rest = e.length - 1;
  const uint64_t* hashes = bucket.RestHashes() + e.rest_at;
  for (size_t k = 1; k < rest; ++k) {
    if (after[k].hash != hashes[k]) return false;
  }
  // Every hash is equal here (the second's was tested by RestMatches).
  const uint32_t* sizes = bucket.RestSizes() + e.rest_at;
  for (size_t k = 0; k < rest; ++k) {
    const Word& w = after[k];
    if (!w.word || w.hashtag || w.fold.size() != sizes[k]) return false;
    if (!FoldHashSettles(sizes[k]) &&
        !SameBytes(w.fold.data(), bucket.RestWord(e, k).data(), sizes[k]))
      return false;
  }
  return true;
}

PhraseIndex::Match PhraseIndex::Longest(const std::vector<Word>& words, size_t i, int tag) const {
  if (i >= words.size() || !words[i].word || words[i].hashtag) return Match();
  return Longest(words, i, tag, Find(words[i].fold));
}

PhraseIndex::Match PhraseIndex::Longest(const std::vector<Word>& words, size_t i, int tag,
                                        const Bucket* bucket) const {
  Match m;
  LongestInto(words, i, tag, bucket, &m);
  return m;
}

void PhraseIndex::LongestInto(const std::vector<Word>& words, size_t i, int tag,
                              const Bucket* bucket, Match* m) {
  m->length = ForEachLongestPayload(words, i, tag, bucket,
                                    [&](int payload) { m->payloads.push_back(payload); });
}

int PhraseIndex::LongestLength(const std::vector<Word>& words, size_t i, int tag,
                               const Bucket* bucket) {
  int best = 0;
  if (bucket == nullptr || i >= words.size() || !words[i].word || words[i].hashtag) return 0;
  ForEachCandidate(words, i, *bucket, [&](const Entry& e) {
    if (e.tag != tag) return true;
    const int len = static_cast<int>(e.length);
    if (len <= best) return false;  // longest first: nothing longer follows
    if (i + len <= words.size() && RestMatches(words, i, *bucket, e)) best = len;
    return true;
  });
  return best;
}

}  // namespace kzgraph::extract
