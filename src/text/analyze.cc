// The text stage's entry points: Analyze(), Tokenize(), SpanText().
#include "text/chars.h"
#include "text/clean.h"
#include "text/html.h"
#include "text/lexicon.h"
#include "text/text.h"

namespace kzgraph::text {
namespace {

std::string_view ViewOf(const Article& article, const Document& doc) {
  return doc.view.empty() ? std::string_view(article.text) : std::string_view(doc.view);
}

}  // namespace

void Analyze(const Article& article, Document* doc) { Analyze(article, doc, AnalyzeOptions{}); }

void Analyze(const Article& article, Document* doc, const AnalyzeOptions& options) {
  const Lexicon& lexicon = DefaultLexicon();
  doc->title = article.title;
  doc->date = article.date;
  if (LooksLikeHtml(article.text)) {
    HtmlToView(article.text, &doc->view);
    if (doc->date.empty()) doc->date = HtmlMetaDate(article.text);
  }
  const std::string_view view = ViewOf(article, *doc);
  CleanPage(view, lexicon, doc);
  SplitSentences(view, lexicon, doc);
  if (options.tokens) {
    doc->tokens.resize(doc->sentences.size());
    for (size_t i = 0; i < doc->sentences.size(); ++i) {
      TokenizeSpan(view, lexicon, doc->sentences[i].span, &doc->tokens[i]);
    }
  }
}

void Tokenize(const Article& article, const Document& doc, Span span, std::vector<Token>* out) {
  TokenizeSpan(ViewOf(article, doc), DefaultLexicon(), span, out);
}

std::string SpanText(const Article& article, const Document& doc, Span span) {
  std::string_view view = ViewOf(article, doc);
  if (span.begin >= view.size() || span.end <= span.begin) return "";
  return CollapseSpaces(view.substr(span.begin, span.end - span.begin));
}

}  // namespace kzgraph::text
