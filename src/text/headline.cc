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

}  // namespace

bool HeadlineMissingFromBody(std::string_view title, std::string_view body) {
  const std::string key = HeadlineKey(title);
  if (key.empty()) return false;
  if (LooksLikeHtml(body)) return false;
  const std::string head = CollapseSpaces(body.substr(0, kHeadWindow));
  return head.find(key) == std::string::npos;
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
