// FoldName: the one normalisation behind every name index and every
// case/accent-insensitive comparison.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "kzgraph/graph.h"

namespace kzgraph {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Appends `c` lower-cased, or a single separating space for anything else.
void AppendFolded(std::string* out, bool alnum, char c) {
  if (alnum) {
    out->push_back(c);
  } else if (!out->empty() && out->back() != ' ') {
    out->push_back(' ');
  }
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool ascii = true;
  for (unsigned char c : name) ascii &= c < 0x80;
  if (ascii) {  // fast path: most names and most tokens
    for (unsigned char c : name) {
      bool alnum = IsAsciiAlnum(c);
      AppendFolded(&out, alnum, alnum ? static_cast<char>(c | (c >= 'A' && c <= 'Z' ? 0x20 : 0)) : ' ');
    }
  } else {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(err);
    icu::UnicodeString src = icu::UnicodeString::fromUTF8(
        icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    icu::UnicodeString decomposed = U_SUCCESS(err) ? nfkd->normalize(src, err) : src;
    icu::UnicodeString kept;
    for (int32_t i = 0; i < decomposed.length();) {
      UChar32 cp = decomposed.char32At(i);
      i += U16_LENGTH(cp);
      if (u_getCombiningClass(cp) != 0 || u_charType(cp) == U_NON_SPACING_MARK) continue;
      if (u_isalnum(cp)) {
        kept.append(u_tolower(cp));
      } else {
        kept.append(static_cast<UChar32>(' '));
      }
    }
    std::string utf8;
    kept.toUTF8String(utf8);
    for (char c : utf8) AppendFolded(&out, c != ' ', c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace kzgraph
