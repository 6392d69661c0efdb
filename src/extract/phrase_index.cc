#include "extract/phrase_index.h"

#include <algorithm>
#include <iterator>

namespace kzgraph::extract {

void PhraseIndex::Add(const std::vector<std::string>& words, int tag, int payload) {
  if (words.empty()) return;
  Entry e{std::vector<std::string>(words.begin() + 1, words.end()),
          tag,
          payload,
          {},
          static_cast<uint32_t>(words.size())};
  e.rest_hash.reserve(e.rest.size());
  for (const std::string& w : e.rest) e.rest_hash.push_back(FoldHash(w));
  Bucket& list = by_first_[words[0]];
  // A duplicate has the same payload: none can exist when the payload is
  // above every one added so far (the loaders number their phrases in
  // order), which spares a scan of the big buckets.
  if (payload <= max_payload_) {
    for (const Entry& old : list) {
      if (old.tag == tag && old.payload == payload && old.rest == e.rest) return;
    }
  } else {
    max_payload_ = payload;
  }
  // Longest first, in order of addition within one length: a lookup stops at
  // the first phrase shorter than its best match, and the payloads of that
  // match keep their order of addition. The bucket is sorted by length, so
  // that place is found by bisection (a one-word phrase goes last).
  const uint32_t length = e.length;
  auto at = length == 1 ? list.end()
                        : std::partition_point(list.begin(), list.end(), [&](const Entry& old) {
                            return old.length >= length;
                          });
  const uint32_t pos = static_cast<uint32_t>(at - list.begin());
  const bool single = e.rest.empty();
  const uint64_t second = single ? 0 : e.rest_hash[0];
  list.insert(at, std::move(e));
  if (!single) ++list.singles_begin;  // one-word entries sit at the end
  if (single && tag >= 0 && tag < 64) list.single_tags |= uint64_t{1} << tag;
  if (!single) list.second_words |= uint64_t{1} << (second >> 58);
  constexpr size_t kSmall = 8;  // a scan of a few entries is cheaper than a lookup
  if (!list.indexed) {
    if (list.size() > kSmall) IndexBucket(&list);
    return;
  }
  // Shift the indices at or after the new entry (none when it went last,
  // as every one-word phrase does), then list it.
  if (pos + 1 < list.size()) {
    for (auto& [hash, indices] : list.by_second) {
      for (uint32_t& k : indices) k += k >= pos;
    }
  }
  if (!single) {
    std::vector<uint32_t>& indices = list.by_second[second];
    indices.insert(std::lower_bound(indices.begin(), indices.end(), pos), pos);
  }
}

void PhraseIndex::IndexBucket(Bucket* bucket) {
  bucket->by_second.clear();
  bucket->indexed = true;
  bucket->singles_begin = static_cast<uint32_t>(bucket->size());
  for (size_t k = 0; k < bucket->size(); ++k) {
    const Entry& e = (*bucket)[k];
    if (e.rest.empty()) {
      bucket->singles_begin = static_cast<uint32_t>(k);
      break;  // longest first: the rest are one-word entries too
    }
    bucket->by_second[e.rest_hash[0]].push_back(static_cast<uint32_t>(k));
  }
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
    if (i + len <= words.size() && RestMatches(words, i, e)) best = len;
    return true;
  });
  return best;
}

}  // namespace kzgraph::extract
