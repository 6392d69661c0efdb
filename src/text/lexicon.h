// The page-cleaning vocabulary (schema/lexicon/boilerplate.txt), loaded once.
#ifndef KZGRAPH_SRC_TEXT_LEXICON_H_
#define KZGRAPH_SRC_TEXT_LEXICON_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kzgraph/status.h"

namespace kzgraph::text {

// kUpdated is a byline whose date is a revision date ("Mis à jour le ...").
// kTeaser is dropped like kDrop; a teaser label alone on its line ("À lire
// aussi") also drops the linked headline on the next line.
enum class LineKind { kContent, kTail, kDrop, kTeaser, kByline, kUpdated, kNav };
// kLabel: the words before the line's first colon are the phrase ("Next: ...").
// kContains: the phrase is anywhere in the line. kSuffix: the line ends with
// the phrase after at least one other word, is at most kSuffixMaxWords long
// and names no month (a signature "user123 · 2 h", not a dateline).
enum class MatchMode { kLine, kPrefix, kGlued, kLabel, kContains, kSuffix };

// Longer lines are prose; a suffix pattern ("X a écrit") never applies to them.
inline constexpr size_t kSuffixMaxWords = 6;

struct LinePattern {
  LineKind kind;
  MatchMode mode;
  std::vector<std::string> words;  // folded; "#" matches a number
};

// Hashes std::string keys and looks them up by std::string_view as well
// (the same hash for both), so a lookup of a word in a line builds no string.
// Inline, eight bytes at a time: the keys are short words, hashed for most
// lines of a page. (Nothing iterates these tables: their order is free.)
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    constexpr uint64_t kMul = 0xBF58476D1CE4E5B9ull;
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    const char* p = s.data();
    size_t n = s.size();
    for (; n >= 8; p += 8, n -= 8) {
      uint64_t chunk;
      std::memcpy(&chunk, p, 8);
      h = (h ^ chunk) * kMul;
      h ^= h >> 31;
    }
    if (n > 0) {  // the last 1 to 7 bytes, by fixed-size loads
      uint64_t chunk = 0;
      unsigned shift = 0;
      if (n & 4) {
        uint32_t v;
        std::memcpy(&v, p, 4);
        chunk = v;
        p += 4;
        shift = 32;
      }
      if (n & 2) {
        uint16_t v;
        std::memcpy(&v, p, 2);
        chunk |= uint64_t{v} << shift;
        p += 2;
        shift += 16;
      }
      if (n & 1) chunk |= uint64_t{static_cast<unsigned char>(*p)} << shift;
      h = (h ^ chunk) * kMul;
    }
    return static_cast<size_t>(h ^ (h >> 29));
  }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;
template <typename V>
using WordMap = std::unordered_map<std::string, V, WordHash, std::equal_to<>>;

// Lexicons with more patterns than this are not indexed (boilerplate.txt has
// about 270).
inline constexpr size_t kMaxIndexed = 512;

// Which patterns can match a line, by the line's first word, its label's
// first word or its last word, so Classify() tries a handful of patterns
// instead of all.
// Every pattern sits in exactly one list; lists hold indices into
// Lexicon::patterns in ascending order.
struct PatternIndex {
  bool built = false;
  WordMap<std::vector<uint16_t>> by_first_word;
  std::vector<uint16_t> number_first;  // first word "#"
  WordMap<std::vector<uint16_t>> by_label_word;
  std::vector<uint16_t> label_number_first;
  // kSuffix patterns by their last word (a line of at most kSuffixMaxWords
  // words ending with it), or with "#" last.
  WordMap<std::vector<uint16_t>> suffix_by_last_word;
  std::vector<uint16_t> suffix_number_last;
  std::vector<uint16_t> anywhere;                 // one-word kGlued, kContains from "#"
  uint64_t anywhere_bits[kMaxIndexed / 64] = {};  // `anywhere` as a set of bits
  // kContains patterns by their first word, reached from any word of the line;
  // a 64-bit filter on (length, first byte) of those words spares most words
  // the lookup, since paragraphs are long and such patterns few.
  WordMap<std::vector<uint16_t>> contains_by_first_word;
  uint64_t contains_first_filter = 0;
};

// The bit of contains_first_filter a word sets or tests.
inline uint64_t ContainsFilterBit(std::string_view word) {
  return uint64_t{1} << ((word.size() * 7 + static_cast<unsigned char>(word[0])) & 63);
}

struct Lexicon {
  std::vector<LinePattern> patterns;
  WordSet abbreviations;  // folded, without the period
  WordMap<int> months;    // folded name -> 1..12
  WordSet weekdays;
  WordSet elisions;  // "l", "qu", "jusqu"
  WordSet inverted;  // "t-il", "il"

  // The first pattern matching the folded words of a line, or kContent.
  // `label_words` are the folded words before the line's first colon (empty
  // when the line has none); only kLabel patterns look at them. If `matched`
  // is given it gets the matching pattern (owned by the lexicon) or nullptr.
  LineKind Classify(const std::vector<std::string_view>& folded_words,
                    const std::vector<std::string_view>& label_words = {},
                    const LinePattern** matched = nullptr) const;

  // Indexes `patterns` for Classify(); LoadLexicon() calls it. Without it (or
  // after `patterns` changes) Classify() tries every pattern in turn, with
  // the same result.
  void BuildIndex();
  PatternIndex index;
};

// Parses the file at `path` into *out; on failure names the file and line.
Status LoadLexicon(const std::string& path, Lexicon* out);

// The lexicon of SchemaDir(), loaded on first use (thread-safe). If the file
// cannot be read the lexicon is empty and only shape rules apply.
const Lexicon& DefaultLexicon();

}  // namespace kzgraph::text

#endif  // KZGRAPH_SRC_TEXT_LEXICON_H_
