// Text stage: page cleaning, sentence splitting and tokenisation. Entry
// point: Analyze(). Everything it returns points into Article::text by byte
// offsets, so later stages never copy or re-encode the article.
#ifndef KZGRAPH_SRC_TEXT_TEXT_H_
#define KZGRAPH_SRC_TEXT_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "kzgraph/extraction.h"

namespace kzgraph::text {

struct Token {
  Span span;          // bytes of the token in Article::text
  std::string fold;   // FoldName() of the token: lower case, no accents ("etats")
  bool upper_initial = false;  // first letter is a capital ("Poutine", "OTSC")
  bool all_caps = false;       // every letter a capital ("OTSC", "UE")
  bool word = false;           // letters or digits (false: punctuation, quotes)
  bool elided = false;         // French elided form with its apostrophe: l' d' qu' s' n' j' m' t' c'
};

struct Document {
  std::string title;  // found in the page (headline), may be empty
  std::string date;   // ISO 8601 publication date found in the page, may be empty
  std::vector<Block> blocks;        // article body only, in text order
  std::vector<Sentence> sentences;  // in text order
  std::vector<std::vector<Token>> tokens;  // tokens[i] are the tokens of sentences[i]
};

// Cleans `article` (drops navigation, teasers, bylines, comments), finds its
// title and date, and splits the body into sentences and tokens.
void Analyze(const Article& article, Document* doc);

}  // namespace kzgraph::text

#endif  // KZGRAPH_SRC_TEXT_TEXT_H_
