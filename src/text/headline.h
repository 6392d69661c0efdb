// A headline that arrives apart from its body (the "title" field of a JSONL
// record) is part of the article: the guidelines annotate the headline, the
// lead and the paragraphs alike. Pages read from files carry it in their text.
#ifndef KZGRAPH_SRC_TEXT_HEADLINE_H_
#define KZGRAPH_SRC_TEXT_HEADLINE_H_

#include <string>
#include <string_view>

namespace kzgraph::text {

// True when `title` should be set above `body`: the title holds words, the
// body is not markup, and the body's opening does not already hold the
// headline (a site name after " | " aside, spaces collapsed).
bool HeadlineMissingFromBody(std::string_view title, std::string_view body);

// Sets `title` above *body as its first paragraph (a blank line between)
// when HeadlineMissingFromBody(); otherwise leaves *body as it is.
void PutHeadlineAboveBody(std::string_view title, std::string* body);

}  // namespace kzgraph::text

#endif  // KZGRAPH_SRC_TEXT_HEADLINE_H_
