// Headlines given apart from the body: see headline.h.
#include "text/headline.h"

#include "text/chars.h"
#include "text/html.h"

namespace kzgraph::text {
namespace {

// How far into the body a headline the page repeats may start: past a site
// banner and a menu line or two, never the whole article.
constexpr size_t kHeadWindow = 2048;
// Enough of the headline to know it again, so a body that drops the title's
// tail ("..., says minister") still counts as holding it.
constexpr size_t kKeyBytes = 48;

// The headline without a trailing " | Site name" and with spaces collapsed.
std::string HeadlineKey(std::string_view title) {
  if (size_t bar = title.find(" | "); bar != std::string_view::npos && bar >= 12) {
    title = title.substr(0, bar);
  }
  std::string key = CollapseSpaces(title);
  if (key.size() > kKeyBytes) {
    size_t cut = kKeyBytes;
    // Cut on a code point's first byte.
    while (cut > 0 && (static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80) --cut;
    key.resize(cut);
  }
  return key;
}

// Whether `key` (spaces collapsed) occurs in `head` read as CollapseSpaces
// reads it: pads skipped, a run of spaces one space, none at either end.
// Matched in place: collapsing the window first cost as much as the rest of
// the article's cleaning.
bool HoldsCollapsed(std::string_view head, std::string_view key) {
  for (size_t i = head.find(key[0]); i != std::string_view::npos; i = head.find(key[0], i + 1)) {
    size_t k = i, j = 0;
    while (j < key.size()) {
      if (key[j] == ' ') {
        bool space = false;
        while (k < head.size() && IsAsciiSpace(static_cast<unsigned char>(head[k]))) {
          space |= head[k] != kPad;
          ++k;
        }
        if (!space || k >= head.size()) break;  // no space, or none before a next word
      } else {
        while (k < head.size() && head[k] == kPad) ++k;
        if (k >= head.size() || head[k] != key[j]) break;
        ++k;
      }
      ++j;
    }
    if (j == key.size()) return true;
  }
  return false;
}

}  // namespace

bool HeadlineMissingFromBody(std::string_view title, std::string_view body) {
  const std::string key = HeadlineKey(title);
  if (key.empty()) return false;
  if (LooksLikeHtml(body)) return false;
  return !HoldsCollapsed(body.substr(0, kHeadWindow), key);
}

void PutHeadlineAboveBody(std::string_view title, std::string* body) {
  if (!HeadlineMissingFromBody(title, *body)) return;
  std::string joined;
  joined.reserve(title.size() + 2 + body->size());
  joined.append(title);
  joined.append("\n\n");
  joined.append(*body);
  body->swap(joined);
}

}  // namespace kzgraph::text
