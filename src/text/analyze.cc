// First cut of the text stage: one block per non-empty line, sentences ended
// by . ! ?, tokens split at spaces and punctuation. The text issue deepens it.
#include "kzgraph/graph.h"
#include "text/text.h"

namespace kzgraph::text {
namespace {

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsWordByte(unsigned char c) { return c >= 0x80 || std::isalnum(c) || c == '-'; }

void Tokenize(const std::string& text, Span span, std::vector<Token>* out) {
  uint32_t i = span.begin;
  while (i < span.end) {
    unsigned char c = text[i];
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    Token t;
    uint32_t start = i;
    if (IsWordByte(c)) {
      while (i < span.end && IsWordByte(text[i])) ++i;
      t.word = true;
      if (i < span.end && text[i] == '\'') {
        ++i;
        t.elided = true;
      }
    } else {
      ++i;
      while (i < span.end && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    }
    t.span = {start, i};
    std::string_view surface(text.data() + start, i - start);
    t.fold = FoldName(surface);
    t.upper_initial = std::isupper(static_cast<unsigned char>(surface[0]));
    out->push_back(std::move(t));
  }
}

}  // namespace

void Analyze(const Article& article, Document* doc) {
  const std::string& text = article.text;
  doc->date = article.date;
  doc->title = article.title;
  uint32_t pos = 0;
  const uint32_t n = static_cast<uint32_t>(text.size());
  while (pos < n) {
    uint32_t eol = pos;
    while (eol < n && text[eol] != '\n') ++eol;
    uint32_t b = pos, e = eol;
    while (b < e && IsSpace(text[b])) ++b;
    while (e > b && IsSpace(text[e - 1])) --e;
    if (b < e) {
      const uint32_t block = static_cast<uint32_t>(doc->blocks.size());
      doc->blocks.push_back({{b, e}, "paragraph"});
      uint32_t s = b;
      for (uint32_t i = b; i < e; ++i) {
        char c = text[i];
        if ((c == '.' || c == '!' || c == '?') && (i + 1 == e || IsSpace(text[i + 1]))) {
          doc->sentences.push_back({{s, i + 1}, block});
          s = i + 1;
          while (s < e && IsSpace(text[s])) ++s;
        }
      }
      if (s < e) doc->sentences.push_back({{s, e}, block});
    }
    pos = eol + 1;
  }
  doc->tokens.resize(doc->sentences.size());
  for (size_t i = 0; i < doc->sentences.size(); ++i) {
    Tokenize(text, doc->sentences[i].span, &doc->tokens[i]);
  }
}

}  // namespace kzgraph::text
