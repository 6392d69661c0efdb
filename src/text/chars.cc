#include "text/chars.h"

#include <unicode/uchar.h>

#include <string>

#include "kzgraph/graph.h"

namespace kzgraph::text {

bool IsLetterSlow(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  return u_isalpha(static_cast<UChar32>(cp));
}

bool IsUpperSlow(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool IsLowerCp(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  return u_islower(static_cast<UChar32>(cp));
}

std::string CollapseSpaces(std::string_view s) {
  // Written through a pointer into room for every byte, then cut to size.
  std::string out(s.size(), '\0');
  char* const begin = out.data();
  char* w = begin;
  bool space = false;
  for (char c : s) {
    if (c == kPad) continue;
    if (IsAsciiSpace(static_cast<unsigned char>(c))) {
      space = w != begin;
      continue;
    }
    if (space) *w++ = ' ';
    space = false;
    *w++ = c;
  }
  out.resize(static_cast<size_t>(w - begin));
  return out;
}

std::string FoldWord(std::string_view word) {
  for (unsigned char c : word) {
    if (c >= 0x80) return FoldName(word);
  }
  std::string out(word);  // ASCII: lower-cased in place
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  }
  return out;
}

}  // namespace kzgraph::text
