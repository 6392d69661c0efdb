// Byte-level character helpers shared by the text stage. They work on UTF-8
// without decoding ASCII, which is most of the text, so the hot loops stay fast.
#ifndef KZGRAPH_SRC_TEXT_CHARS_H_
#define KZGRAPH_SRC_TEXT_CHARS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace kzgraph::text {

// Filler the HTML reader writes where markup was, so the view keeps the
// original length; it is ignored inside words and never printed.
inline constexpr char kPad = '\x01';

// Length of the UTF-8 sequence starting with byte `c` (1 for stray bytes).
inline int Utf8Length(unsigned char c) {
  if (c < 0xC0) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

// Code point at t[i] (the caller checked i < size); *len gets its length.
inline uint32_t DecodeAt(std::string_view t, size_t i, int* len) {
  unsigned char c = t[i];
  int n = Utf8Length(c);
  if (i + n > t.size()) n = 1;
  *len = n;
  if (n == 1) return c;
  uint32_t cp = c & (0x7F >> n);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3F);
  return cp;
}

inline bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == static_cast<unsigned char>(kPad);
}

// Spaces: ASCII, no-break (U+00A0), narrow no-break and thin spaces (U+2000..U+200B, U+202F).
inline bool IsSpaceCp(uint32_t cp) {
  return (cp < 0x80 && IsAsciiSpace(static_cast<unsigned char>(cp))) || cp == 0xA0 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000 || cp == 0xFEFF;
}

inline bool IsOpeningQuote(uint32_t cp) {
  return cp == 0xAB || cp == 0x201C || cp == 0x2039 || cp == 0x201E;
}
inline bool IsClosingQuote(uint32_t cp) { return cp == 0xBB || cp == 0x201D || cp == 0x203A; }
inline bool IsApostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019; }

bool IsLetterSlow(uint32_t cp);
bool IsUpperSlow(uint32_t cp);
bool IsLowerCp(uint32_t cp);

// Letters and capitals; ASCII inline, the rest through ICU.
inline bool IsLetterCp(uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return IsLetterSlow(cp);
}
inline bool IsUpperCp(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return IsUpperSlow(cp);
}

// `s` without markup filler, each run of ASCII white space made one space.
std::string CollapseSpaces(std::string_view s);

// Lower-cased ASCII fold of a short word with Latin accents removed
// ("Févr" -> "fevr"); other letters go through FoldName.
std::string FoldWord(std::string_view word);

}  // namespace kzgraph::text

#endif  // KZGRAPH_SRC_TEXT_CHARS_H_
