// Page cleaning: which lines of a scraped page are the article (headline,
// lead, paragraphs, quotations) and which are site chrome, and the page's
// own title and publication date.
#ifndef KZGRAPH_SRC_TEXT_CLEAN_H_
#define KZGRAPH_SRC_TEXT_CLEAN_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/lexicon.h"
#include "text/text.h"

namespace kzgraph::text {

// Fills doc->blocks, doc->title (if empty), doc->date and
// doc->date_month_day (if doc->date is empty) from `view` (the article text,
// or for HTML its same-length view).
void CleanPage(std::string_view view, const Lexicon& lexicon, Document* doc);

// Splits doc->blocks into doc->sentences.
void SplitSentences(std::string_view view, const Lexicon& lexicon, Document* doc);

// The words of FoldName(line) (FoldName's output split at its spaces), as
// views into *folded, whose room is reused: one pass for a line of ASCII,
// Latin letters and punctuation (U+0080..U+017F, U+2000..U+206F), FoldName
// itself for any other.
void FoldWords(std::string_view line, std::string* folded, std::vector<std::string_view>* words);

// Tokens of view[span] (a sentence).
void TokenizeSpan(std::string_view view, const Lexicon& lexicon, Span span,
                  std::vector<Token>* out);

}  // namespace kzgraph::text

#endif  // KZGRAPH_SRC_TEXT_CLEAN_H_
