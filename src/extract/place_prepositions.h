// The words that open a place phrase ("au Mali", "in Sudan", "entered
// Georgia"), by fold: shared by Engine::PlacePrepositionAt and the per-word
// scan of ChooseFocus, which tests every word of a sentence naming a country
// and so asks inline, with no call per word.
#ifndef KZGRAPH_SRC_EXTRACT_PLACE_PREPOSITIONS_H_
#define KZGRAPH_SRC_EXTRACT_PLACE_PREPOSITIONS_H_

#include <string>
#include <string_view>

namespace kzgraph::extract {

// Whether a word folded to `f` is a place preposition: "au", "aux", "en",
// "a" (à), "to", "into", "dans", "vers", "in", "entered", "enter",
// "entering" ("Russian forces entered Georgia"), "towards", "toward"
// (English "vers").
inline bool IsPlacePrepositionFold(const std::string& f) {
  // The first letter rules out most words in one test.
  switch (f.empty() ? '\0' : f[0]) {
    case 'a':
    case 'd':
    case 'e':
    case 'i':
    case 't':
    case 'v':
      break;
    default:
      return false;
  }
  const std::string_view w = f;
  return w == "au" || w == "aux" || w == "en" || w == "a" || w == "to" || w == "into" ||
         w == "dans" || w == "vers" || w == "in" || w == "entered" || w == "enter" ||
         w == "entering" || w == "towards" || w == "toward";
}

}  // namespace kzgraph::extract

#endif  // KZGRAPH_SRC_EXTRACT_PLACE_PREPOSITIONS_H_
