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
  Span span;                   // bytes of the token in Article::text
  std::string fold;            // FoldName() of the token: lower case, no accents ("etats")
  bool upper_initial = false;  // first letter is a capital ("Poutine", "OTSC")
  bool all_caps = false;       // every letter a capital ("OTSC", "UE")
  bool word = false;           // letters or digits (false: punctuation, quotes)
  bool elided = false;  // French elided form with its apostrophe: l' d' qu' s' n' j' m' t' c'
};

struct Document {
  std::string title;                // found in the page (headline), may be empty
  std::string date;                 // ISO 8601 publication date found in the page, may be empty
  std::vector<Block> blocks;        // article body only, in text order
  std::vector<Sentence> sentences;  // in text order
  std::vector<std::vector<Token>> tokens;  // tokens[i] are the tokens of sentences[i]
  // "MM-DD" when the page dates the article without a year ("7 janv."), else empty.
  std::string date_month_day;
  // HTML pages only: the page with its markup blanked out (same length as
  // Article::text, so spans hold in both); empty for plain text. Read text
  // through SpanText() or Tokenize(), which pick the right one.
  std::string view;
};

struct AnalyzeOptions {
  // false: leave Document::tokens empty; the caller tokenizes one sentence at
  // a time with Tokenize(), which bounds memory on very large inputs.
  bool tokens = true;
};

// Cleans `article` (drops navigation, teasers, bylines, comments), finds its
// title and date, and splits the body into sentences and tokens.
void Analyze(const Article& article, Document* doc);
void Analyze(const Article& article, Document* doc, const AnalyzeOptions& options);

// Appends the tokens of `span` (a sentence of `doc`) to *out.
void Tokenize(const Article& article, const Document& doc, Span span, std::vector<Token>* out);

// The text of `span` for display and evidence: markup filler removed and
// runs of white space (newlines included) collapsed to one space.
std::string SpanText(const Article& article, const Document& doc, Span span);

}  // namespace kzgraph::text

#endif  // KZGRAPH_SRC_TEXT_TEXT_H_
