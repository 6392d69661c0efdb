// HTML to a same-length text view: markup becomes filler, block-level tags
// become line breaks, entities are decoded in place. Because the view keeps
// every byte where it was, spans found in it are spans of the original page.
#ifndef KZGRAPH_SRC_TEXT_HTML_H_
#define KZGRAPH_SRC_TEXT_HTML_H_

#include <string>
#include <string_view>

namespace kzgraph::text {

// True when the first KB of `text` is markup (a doctype, <html>, <body>, ...).
bool LooksLikeHtml(std::string_view text);

// Writes into *view a copy of `html` of the same length where tags,
// comments, and the contents of script, style, head, nav, footer, aside,
// form and similar elements are kPad, block-level tags start with "\n\n",
// newlines inside text are spaces, and entities are decoded (padded).
void HtmlToView(std::string_view html, std::string* view);

// The publication date the page declares in its metadata (article:published_time,
// datePublished, <time datetime>), as YYYY-MM-DD, or empty.
std::string HtmlMetaDate(std::string_view html);

}  // namespace kzgraph::text

#endif  // KZGRAPH_SRC_TEXT_HTML_H_
