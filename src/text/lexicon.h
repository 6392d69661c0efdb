// The page-cleaning vocabulary (schema/lexicon/boilerplate.txt), loaded once.
#ifndef KZGRAPH_SRC_TEXT_LEXICON_H_
#define KZGRAPH_SRC_TEXT_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kzgraph/status.h"

namespace kzgraph::text {

enum class LineKind { kContent, kTail, kDrop, kByline, kNav };
enum class MatchMode { kLine, kPrefix, kGlued };

struct LinePattern {
  LineKind kind;
  MatchMode mode;
  std::vector<std::string> words;  // folded; "#" matches a number
};

struct Lexicon {
  std::vector<LinePattern> patterns;
  std::unordered_set<std::string> abbreviations;  // folded, without the period
  std::unordered_map<std::string, int> months;    // folded name -> 1..12
  std::unordered_set<std::string> weekdays;
  std::unordered_set<std::string> elisions;  // "l", "qu", "jusqu"
  std::unordered_set<std::string> inverted;  // "t-il", "il"

  // The first pattern matching the folded words of a line, or kContent.
  LineKind Classify(const std::vector<std::string_view>& folded_words) const;
};

// Parses the file at `path` into *out; on failure names the file and line.
Status LoadLexicon(const std::string& path, Lexicon* out);

// The lexicon of SchemaDir(), loaded on first use (thread-safe). If the file
// cannot be read the lexicon is empty and only shape rules apply.
const Lexicon& DefaultLexicon();

}  // namespace kzgraph::text

#endif  // KZGRAPH_SRC_TEXT_LEXICON_H_
