// FoldName: the one normalisation behind every name index and every
// case/accent-insensitive comparison.
#include "graph/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>

#include "kzgraph/graph.h"
#include "util/strings.h"

namespace kzgraph {
namespace {

constexpr bool IsAsciiAlnum(unsigned char c) {
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

// The ICU path: NFKD, combining marks dropped, letters and digits lower-cased,
// anything else a space (not yet collapsed).
std::string FoldIcuRaw(std::string_view name) {
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
  return utf8;
}

// The ICU path of every code point below U+0180 and of the General
// Punctuation block (’ « » – … are frequent in French text), computed once
// from ICU itself: NFKD decomposes code points independently and the marks
// it reorders are dropped, so folding piece by piece gives the same string.
constexpr uint32_t kPunctLo = 0x2000, kPunctHi = 0x2070;
const std::vector<std::string>& FastTable() {
  static const std::vector<std::string> table = [] {
    std::vector<std::string> t(0x180 + (kPunctHi - kPunctLo));
    auto encode = [](uint32_t cp) {
      std::string b;
      AppendUtf8(cp, &b);
      return b;
    };
    for (uint32_t cp = 0x80; cp < 0x180; ++cp) t[cp] = FoldIcuRaw(encode(cp));
    for (uint32_t cp = kPunctLo; cp < kPunctHi; ++cp)
      t[0x180 + cp - kPunctLo] = FoldIcuRaw(encode(cp));
    return t;
  }();
  return table;
}

// The table's entry for the UTF-8 sequence at name[i] (advancing i), or
// nullptr when the code point is outside the table or malformed.
const std::string* FastEntry(std::string_view name, size_t* i) {
  const unsigned char c = name[*i];
  uint32_t cp;
  int len;
  if ((c & 0xE0) == 0xC0) {
    cp = c & 0x1F;
    len = 2;
  } else if ((c & 0xF0) == 0xE0) {
    cp = c & 0x0F;
    len = 3;
  } else {
    return nullptr;
  }
  if (*i + len > name.size()) return nullptr;
  for (int k = 1; k < len; ++k) {
    const unsigned char cc = name[*i + k];
    if ((cc & 0xC0) != 0x80) return nullptr;
    cp = (cp << 6) | (cc & 0x3F);
  }
  const std::vector<std::string>& t = FastTable();
  if (len == 2 && cp >= 0x80 && cp < 0x180) {
    *i += len;
    return &t[cp];
  }
  if (len == 3 && cp >= kPunctLo && cp < kPunctHi) {
    *i += len;
    return &t[0x180 + cp - kPunctLo];
  }
  return nullptr;
}

// FastTable's entry of each code point U+0080..U+017F when it is one byte
// (a letter, a digit or a space), else kLatinNotOne (empty, or several bytes
// as "1 2" or "æ"): the two-byte letters of French text without a string.
constexpr uint8_t kLatinNotOne = 0xFF;
const uint8_t* LatinOneFolds() {
  static const std::array<uint8_t, 0x100> table = [] {
    std::array<uint8_t, 0x100> t{};
    const std::vector<std::string>& fast = FastTable();
    for (uint32_t cp = 0x80; cp < 0x180; ++cp) {
      const std::string& f = fast[cp];
      t[cp - 0x80] = f.size() == 1 && static_cast<unsigned char>(f[0]) < 0x80
                         ? static_cast<uint8_t>(f[0])
                         : kLatinNotOne;
    }
    return t;
  }();
  return table.data();
}

// Folded form of each ASCII byte: the lower-case letter or digit, or 0 for
// a separator.
constexpr std::array<char, 128> kAsciiFold = [] {
  std::array<char, 128> table{};
  for (int c = 0; c < 128; ++c) {
    if (IsAsciiAlnum(static_cast<unsigned char>(c))) {
      table[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    }
  }
  return table;
}();

// Eight ASCII bytes (little-endian lanes) folded at once, when none is
// dropped: letters lower-cased, digits kept, each separator a space, with
// no two separators in a row and no separator after *after_space. Writes
// the eight bytes at `to` and returns true, or returns false (nothing
// written) for the byte loop to take them.
inline bool EightAsciiFold(uint64_t x, bool* after_space, char* to) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  if (x & kHigh) return false;
  // Lanes (high bit) of the bytes in [lo, hi]: bytes < 0x80 never carry.
  auto in_range = [](uint64_t v, unsigned char lo, unsigned char hi) {
    return (v + kOnes * (0x80 - lo)) & ~(v + kOnes * (0x7F - hi)) & kHigh;
  };
  const uint64_t upper = in_range(x, 'A', 'Z');
  const uint64_t alnum = upper | in_range(x, 'a', 'z') | in_range(x, '0', '9');
  const uint64_t separator = ~alnum & kHigh;
  if ((separator & (separator << 8)) != 0 || ((separator & 0x80) != 0 && *after_space))
    return false;
  const uint64_t separator_bytes = (separator >> 7) * 0xFF;
  const uint64_t folded = ((x | (upper >> 2)) & ~separator_bytes) | (kOnes * ' ' & separator_bytes);
  std::memcpy(to, &folded, 8);
  *after_space = (separator >> 63) != 0;
  return true;
}

}  // namespace

void FoldNameInto(std::string_view name, std::string* folded) {
  std::string& out = *folded;
  // Fast path: ASCII and the table's code points (nearly all French text),
  // written through a pointer. ASCII gives at most one byte per byte; a
  // table entry (U+00BD gives "1 2") is checked against the room left.
  out.resize(name.size() + 8);
  const uint8_t* const latin = LatinOneFolds();
  char* begin = out.data();
  char* w = begin;
  bool after_space = true;  // no leading space; runs of separators give one
  bool fast = true;
  for (size_t i = 0; i < name.size();) {
    if (i + 8 <= name.size()) {
      uint64_t x;
      std::memcpy(&x, name.data() + i, 8);
      if (std::endian::native == std::endian::little && EightAsciiFold(x, &after_space, w)) {
        w += 8;
        i += 8;
        continue;
      }
    }
    const unsigned char c = name[i];
    if (c < 0x80) {
      // Without a branch (letters and separators alternate unpredictably):
      // the byte or a space is written, and kept unless it is a second
      // separator in a row.
      const char f = kAsciiFold[c];
      const bool separator = f == 0;
      *w = separator ? ' ' : f;
      w += !(separator && after_space);
      after_space = separator;
      ++i;
    } else if (c >= 0xC2 && c <= 0xC5 && i + 1 < name.size() &&
               (static_cast<unsigned char>(name[i + 1]) & 0xC0) == 0x80 &&
               latin[(((c & 0x1F) << 6) | (name[i + 1] & 0x3F)) - 0x80] != kLatinNotOne) {
      // U+0080..U+017F folding to one letter or to a separator ("é" -> "e",
      // "«" -> " "): as an ASCII byte, two bytes in, at most one out.
      const char f = static_cast<char>(latin[(((c & 0x1F) << 6) | (name[i + 1] & 0x3F)) - 0x80]);
      const bool separator = f == ' ';
      *w = f;
      w += !(separator && after_space);
      after_space = separator;
      i += 2;
    } else if (const std::string* f = FastEntry(name, &i)) {
      if (static_cast<size_t>(w - begin) + f->size() + (name.size() - i) > out.size()) {
        const size_t used = static_cast<size_t>(w - begin);
        out.resize(2 * (used + f->size() + name.size() - i) + 8);
        begin = out.data();
        w = begin + used;
      }
      for (char k : *f) {
        if (k != ' ') {
          *w++ = k;
          after_space = false;
        } else if (!after_space) {
          *w++ = ' ';
          after_space = true;
        }
      }
    } else {
      fast = false;
      break;
    }
  }
  if (fast) {
    if (w > begin && w[-1] == ' ') --w;
    out.resize(static_cast<size_t>(w - begin));
    return;
  }
  out.clear();
  for (char c : FoldIcuRaw(name)) AppendFolded(&out, c != ' ', c);
  while (!out.empty() && out.back() == ' ') out.pop_back();
}

std::string FoldName(std::string_view name) {
  std::string out;
  FoldNameInto(name, &out);
  return out;
}

}  // namespace kzgraph
