#include "extract/phrase_index.h"

namespace kzgraph::extract {

void PhraseIndex::Add(const std::vector<std::string>& words, int tag, int payload) {
  if (words.empty()) return;
  Entry e{std::vector<std::string>(words.begin() + 1, words.end()), tag, payload, {}};
  for (const std::string& w : e.rest) e.rest_hash.push_back(FoldHash(w));
  std::vector<Entry>& list = by_first_[words[0]];
  for (const Entry& old : list) {
    if (old.tag == tag && old.payload == payload && old.rest == e.rest) return;
  }
  list.push_back(std::move(e));
}

PhraseIndex::Match PhraseIndex::Longest(const std::vector<Word>& words, size_t i, int tag) const {
  if (i >= words.size() || !words[i].word || words[i].hashtag) return Match();
  return Longest(words, i, tag, Find(words[i].fold));
}

PhraseIndex::Match PhraseIndex::Longest(const std::vector<Word>& words, size_t i, int tag,
                                        const Bucket* bucket) const {
  Match m;
  if (bucket == nullptr || i >= words.size() || !words[i].word || words[i].hashtag) return m;
  for (const Entry& e : *bucket) {
    if (tag >= 0 && e.tag != tag) continue;
    const int len = static_cast<int>(e.rest.size()) + 1;
    if (len < m.length || i + len > words.size()) continue;
    if (!RestMatches(words, i, e)) continue;
    if (len > m.length) {
      m.length = len;
      m.payloads.clear();
    }
    m.payloads.push_back(e.payload);
  }
  return m;
}

int PhraseIndex::LongestLength(const std::vector<Word>& words, size_t i, int tag,
                               const Bucket* bucket) {
  int best = 0;
  if (bucket == nullptr || i >= words.size() || !words[i].word || words[i].hashtag) return 0;
  for (const Entry& e : *bucket) {
    if (e.tag != tag) continue;
    const int len = static_cast<int>(e.rest.size()) + 1;
    if (len <= best || i + len > words.size()) continue;
    if (RestMatches(words, i, e)) best = len;
  }
  return best;
}

}  // namespace kzgraph::extract
