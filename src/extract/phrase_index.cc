#include "extract/phrase_index.h"

#include <algorithm>
#include <iterator>

namespace kzgraph::extract {
namespace {

// Room for `extra` more elements, at least 4 and at least doubling: most
// buckets hold a few phrases, and growing their vectors one push at a time
// (1, 2, 4 ...) cost a third of the loaders' time in allocations and moves.
template <typename Vector>
void MakeRoom(Vector* v, size_t extra) {
  const size_t needed = v->size() + extra;
  if (needed > v->capacity()) v->reserve(std::max({needed, 2 * v->capacity(), size_t{4}}));
}

}  // namespace

void PhraseIndex::Add(const std::vector<std::string>& words, int tag, int payload) {
  if (words.empty()) return;
  uint32_t& number = by_first_[words[0]];
  if (number == 0) {
    NewBucket(words[0]);
    number = static_cast<uint32_t>(firsts_.size());
  }
  Bucket& list = BucketAt(number - 1);
  const auto rest_begin = words.begin() + 1;
  // A duplicate has the same payload: none can exist when the payload is
  // above every one added so far (the loaders number their phrases in
  // order), which spares a scan of the big buckets.
  if (payload <= max_payload_) {
    for (const Entry& old : list) {
      if (old.tag == tag && old.payload == payload && old.length == words.size() &&
          std::equal(rest_begin, words.end(), list.rest_words_.begin() + old.rest_at))
        return;
    }
  } else {
    max_payload_ = payload;
  }
  Entry e;
  e.tag = tag;
  e.payload = payload;
  e.length = static_cast<uint32_t>(words.size());
  e.rest_at = static_cast<uint32_t>(list.rest_words_.size());
  const size_t rest = words.size() - 1;
  MakeRoom(&list.rest_words_, rest);
  MakeRoom(&list.rest_hashes_, rest);
  MakeRoom(&list.rest_sizes_, rest);
  for (auto w = rest_begin; w != words.end(); ++w) {
    list.rest_words_.push_back(*w);
    list.rest_hashes_.push_back(FoldHash(*w));
    list.rest_sizes_.push_back(static_cast<uint32_t>(w->size()));
  }
  const bool single = e.length == 1;
  if (!single) e.second_hash = list.rest_hashes_[e.rest_at];
  // Longest first, in order of addition within one length: a lookup stops at
  // the first phrase shorter than its best match, and the payloads of that
  // match keep their order of addition. The bucket is sorted by length, so
  // that place is found by bisection (a one-word phrase goes last).
  const uint32_t length = e.length;
  auto at = single ? list.end()
                   : std::partition_point(list.begin(), list.end(),
                                          [&](const Entry& old) { return old.length >= length; });
  const uint32_t pos = static_cast<uint32_t>(at - list.begin());
  MakeRoom(static_cast<std::vector<Entry>*>(&list), 1);
  list.insert(list.begin() + pos, e);  // `at` is stale if that moved the entries
  if (!single) ++list.singles_begin;  // one-word entries sit at the end
  if (single && tag >= 0 && tag < 64) list.single_tags |= uint64_t{1} << tag;
  if (!single) list.second_words |= uint64_t{1} << (e.second_hash >> 58);
  constexpr size_t kSmall = 8;  // a scan of a few entries is cheaper than a lookup
  if (!list.indexed) {
    if (list.size() > kSmall) IndexBucket(&list);
    return;
  }
  // A one-word phrase changes no index (it goes last, and only longer
  // entries are indexed). A longer one shifts the indices at or after its
  // place, then joins its second word's run (ascending), or starts one.
  if (single) return;
  for (uint32_t& k : list.second_list_) k += k >= pos;
  const size_t mask = list.second_slots_.size() - 1;
  size_t slot = Bucket::Mix(e.second_hash) & mask;
  while (list.second_slots_[slot].count != 0 && list.second_slots_[slot].hash != e.second_hash)
    slot = (slot + 1) & mask;
  Bucket::SecondSlot& run = list.second_slots_[slot];
  if (run.count == 0) {  // a new second word: its run goes last
    list.second_list_.push_back(pos);
    run = {e.second_hash, static_cast<uint32_t>(list.second_list_.size() - 1), 1};
    if (++list.seconds_ * 2 > list.second_slots_.size()) IndexBucket(&list);  // grow
    return;
  }
  const auto begin = list.second_list_.begin() + run.begin;
  list.second_list_.insert(std::lower_bound(begin, begin + run.count, pos), pos);
  const uint32_t run_begin = run.begin;
  ++run.count;
  for (Bucket::SecondSlot& other : list.second_slots_)
    other.begin += other.count != 0 && other.begin > run_begin;
}

PhraseIndex::Bucket& PhraseIndex::NewBucket(std::string_view fold) {
  // A copy's blocks have no spare room: its last one gets it back here.
  if (!chunks_.empty() && chunks_.back().capacity() < kChunk) chunks_.back().reserve(kChunk);
  if (chunks_.empty() || chunks_.back().size() == kChunk) chunks_.emplace_back().reserve(kChunk);
  firsts_.emplace_back(fold);
  return chunks_.back().emplace_back();
}

void PhraseIndex::IndexBucket(Bucket* bucket) {
  bucket->indexed = true;
  // The longer entries' (second word, index) pairs, grouped by second word
  // with their indices ascending; each group's run goes to second_list_.
  const uint32_t longer = bucket->singles_begin;
  std::vector<std::pair<uint64_t, uint32_t>> pairs;
  pairs.reserve(longer);
  for (uint32_t k = 0; k < longer; ++k) pairs.emplace_back((*bucket)[k].second_hash, k);
  std::sort(pairs.begin(), pairs.end());
  size_t distinct = 0;
  for (size_t k = 0; k < pairs.size(); ++k)
    distinct += k == 0 || pairs[k].first != pairs[k - 1].first;
  bucket->seconds_ = static_cast<uint32_t>(distinct);
  size_t slots = 16;
  while (slots < 4 * distinct) slots *= 2;  // room to add as many again before growing
  bucket->second_slots_.assign(slots, Bucket::SecondSlot());
  bucket->second_list_.clear();
  bucket->second_list_.reserve(pairs.size());
  const size_t mask = slots - 1;
  for (size_t k = 0; k < pairs.size();) {
    const uint64_t h = pairs[k].first;
    const uint32_t begin = static_cast<uint32_t>(bucket->second_list_.size());
    for (; k < pairs.size() && pairs[k].first == h; ++k)
      bucket->second_list_.push_back(pairs[k].second);
    size_t at = Bucket::Mix(h) & mask;
    while (bucket->second_slots_[at].count != 0) at = (at + 1) & mask;
    bucket->second_slots_[at] = {h, begin,
                                 static_cast<uint32_t>(bucket->second_list_.size()) - begin};
  }
}

bool PhraseIndex::RestWordsMatch(const Word* after, const Bucket& bucket, const Entry& e) {
  const size_t rest = e.length - 1;
  const uint64_t* hashes = bucket.rest_hashes_.data() + e.rest_at;
  for (size_t k = 1; k < rest; ++k) {
    if (after[k].hash != hashes[k]) return false;
  }
  // Every hash is equal here (the second's was tested by RestMatches).
  const uint32_t* sizes = bucket.rest_sizes_.data() + e.rest_at;
  for (size_t k = 0; k < rest; ++k) {
    const Word& w = after[k];
    if (!w.word || w.hashtag || w.fold.size() != sizes[k]) return false;
    if (!FoldHashSettles(sizes[k]) &&
        !SameBytes(w.fold.data(), bucket.rest_words_[e.rest_at + k].data(), sizes[k]))
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
