// Word segmentation for the extractor. The text stage gives sentences; the
// patterns need finer units than its tokens: hyphenated and elided forms
// split ("États-Unis" -> "etats" "unis", "l’Occident" -> "l'" "occident"),
// every quotation mark normalised, abbreviations kept whole ("M.", "V.").
// Splitting is idempotent, so a better upstream tokenizer changes nothing.
#ifndef KZGRAPH_SRC_EXTRACT_WORDS_H_
#define KZGRAPH_SRC_EXTRACT_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kzgraph/extraction.h"

namespace kzgraph::extract {

struct Word {
  Span span;
  std::string fold;            // lower case, no accents; punctuation: one char
  uint64_t hash = 0;           // FoldHash(fold): phrase matching compares it first
  bool word = false;           // letters or digits
  bool upper_initial = false;  // "Poutine", "OTSC"
  bool all_caps = false;       // at least two letters, all capitals
  bool elided = false;         // ended by an apostrophe ("l'", "qu'", "n'")
  bool hyphen_before = false;  // glued to the previous word by a hyphen
  bool abbrev = false;         // kept its final dot ("M.", "V.")
  bool hashtag = false;        // "#Libération_Palestine": never an actor
  char punct =
      0;  // punctuation: , . ( ) : ; - ! ? and '<' '>' '"' for quotes (opening, closing, either)
};

// Appends the words of text[span] to *out.
void SplitWords(const std::string& text, Span span, std::vector<Word>* out);

// Folds one name the way SplitWords folds words, then splits it into the
// word folds (for dictionary phrases): "l’Occident" -> {"l", "occident"}.
std::vector<std::string> FoldPhrase(std::string_view phrase);

// Lower case without accents for one word (fast path over Latin scripts).
std::string FoldWord(std::string_view surface);

// A 64-bit digest of a fold (FNV-1a), kept in Word::hash.
inline uint64_t FoldHash(std::string_view fold) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : fold) h = (h ^ c) * 1099511628211ull;
  return h;
}

}  // namespace kzgraph::extract

#endif  // KZGRAPH_SRC_EXTRACT_WORDS_H_
