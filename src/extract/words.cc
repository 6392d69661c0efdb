#include "extract/words.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "kzgraph/graph.h"

namespace kzgraph::extract {
namespace {

// Decodes the UTF-8 code point at text[i]; *len gets its byte count. Invalid
// bytes decode as themselves (one byte), so offsets never drift.
char32_t Decode(std::string_view text, size_t i, int* len) {
  unsigned char c = text[i];
  auto cont = [&](size_t k) {
    return k < text.size() && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80;
  };
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if ((c & 0xE0) == 0xC0 && cont(i + 1)) {
    *len = 2;
    return ((c & 0x1F) << 6) | (text[i + 1] & 0x3F);
  }
  if ((c & 0xF0) == 0xE0 && cont(i + 1) && cont(i + 2)) {
    *len = 3;
    return ((c & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F);
  }
  if ((c & 0xF8) == 0xF0 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
    *len = 4;
    return ((c & 0x07) << 18) | ((text[i + 1] & 0x3F) << 12) | ((text[i + 2] & 0x3F) << 6) |
           (text[i + 3] & 0x3F);
  }
  *len = 1;
  return 0xFFFD;
}

// ASCII letters for U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A).
const char* LatinBase(char32_t cp) {
  static const char* const kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  struct Range {
    char32_t lo, hi;
    const char* base;
  };
  static const Range kExtA[] = {
      {0x100, 0x105, "a"}, {0x106, 0x10D, "c"},  {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
      {0x11C, 0x123, "g"}, {0x124, 0x127, "h"},  {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
      {0x134, 0x135, "j"}, {0x136, 0x138, "k"},  {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
      {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
      {0x162, 0x167, "t"}, {0x168, 0x173, "u"},  {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
      {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"}};
  for (const Range& r : kExtA) {
    if (cp >= r.lo && cp <= r.hi) return r.base;
  }
  return nullptr;
}

bool LatinUpper(char32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  if (cp == 0x178) return true;
  if (cp >= 0x179 && cp <= 0x17E) return cp % 2 == 1;
  return false;
}

bool IsSpaceCp(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF;
}

bool IsApostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x2BC || cp == '`';
}

bool IsQuote(char32_t cp) {
  return cp == '"' || cp == 0xAB || cp == 0xBB || cp == 0x201C || cp == 0x201D || cp == 0x201E ||
         cp == 0x2039 || cp == 0x203A;
}

bool IsLetterOrDigit(char32_t cp) {
  if (cp < 0x80)
    return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || cp == '_';
  if (cp < 0xC0) return false;  // Latin-1 punctuation and symbols
  if (LatinBase(cp) != nullptr) return true;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, arrows, symbols
  return u_isalnum(static_cast<UChar32>(cp));
}

bool IsTitleAbbrev(std::string_view raw) {
  // string_views: no strlen per candidate (this runs for every word before a dot).
  static constexpr std::string_view kAbbrev[] = {"M",   "Mme", "Mmes", "MM",  "Mlle", "Mr", "Mrs",
                                                 "Ms",  "Dr",  "St",   "Jr",  "Mgr",  "Pr", "Gen",
                                                 "Gén", "Sen", "Rep",  "Col", "Lt"};
  if (raw.empty() || raw.size() > 4) return false;
  for (std::string_view a : kAbbrev) {
    if (raw == a) return true;
  }
  return false;
}

// Per code point of U+00C0..U+017F: its ASCII base (LatinBase) and whether
// it is a capital (LatinUpper), looked up once instead of per word.
struct LatinInfo {
  const char* base = nullptr;
  uint8_t base_len = 0;
  bool upper = false;
};
const LatinInfo* LatinTable() {
  static const auto* table = [] {
    auto* t = new LatinInfo[0x180 - 0xC0];
    for (char32_t cp = 0xC0; cp < 0x180; ++cp) {
      LatinInfo& e = t[cp - 0xC0];
      e.base = LatinBase(cp);
      e.base_len = e.base ? static_cast<uint8_t>(std::strlen(e.base)) : 0;
      e.upper = e.base && LatinUpper(cp);
    }
    return t;
  }();
  return table;
}

// ASCII bytes that continue a word: letters, digits and '_'.
constexpr bool IsAsciiWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
}

// What SplitWords needs of each byte: 1 continues an ASCII word, 2 is an
// ASCII space, 0 anything else (punctuation, non-ASCII).
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    if (IsAsciiWordByte(static_cast<unsigned char>(c))) t[c] = 1;
  }
  for (char c : {' ', '\n', '\t', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = 2;
  return t;
}();

// Per ASCII byte inside a word: its fold (0: dropped; '.' is decided by
// position) in the low byte, then whether it is a letter, a capital; one
// load per byte.
constexpr uint16_t kLetterBit = 0x100, kUpperBit = 0x200;
constexpr std::array<uint16_t, 128> kAsciiFold = [] {
  std::array<uint16_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c >= 'A' && c <= 'Z') {
      t[c] = static_cast<uint16_t>((c | 0x20) | kLetterBit | kUpperBit);
    } else if (c >= 'a' && c <= 'z') {
      t[c] = static_cast<uint16_t>(c | kLetterBit);
    } else if ((c >= '0' && c <= '9') || c == '_') {
      t[c] = static_cast<uint16_t>(c);
    }
  }
  return t;
}();

// Eight ASCII bytes at once (SWAR): which are capitals, which are letters
// (0x80 in the byte's lane), and the bytes lower-cased. Bytes must be < 0x80;
// zero bytes are neither.
struct AsciiLanes {
  uint64_t lower, upper, letter;
};
inline AsciiLanes FoldAsciiLanes(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  // b + (0x80 - lo) sets the lane's high bit iff b >= lo (no carry: b < 0x80).
  const uint64_t upper = (x + kOnes * (0x80 - 'A')) & ~(x + kOnes * (0x80 - 'Z' - 1)) & kHigh;
  const uint64_t y = x | (kOnes * 0x20);
  const uint64_t letter = (y + kOnes * (0x80 - 'a')) & ~(y + kOnes * (0x80 - 'z' - 1)) & kHigh;
  return {x | (upper >> 2), upper, letter};
}

// Sets a new Word's fold (empty) to buf[0, n). Nearly every fold fits
// std::string's inline buffer (15 bytes): it is built from a fixed 15 bytes
// of buf, copied by fixed-size moves, then cut to n, where a copy of n bytes
// calls memcpy. buf must hold 15 initialised bytes.
inline void SetFold(std::string* fold, const char* buf, size_t n) {
  std::destroy_at(fold);  // a new Word: its empty fold is built again in place
  if (n <= 15) {
    std::construct_at(fold, buf, 15);
    fold->resize(n);
  } else {
    std::construct_at(fold, buf, n);
  }
}

// Bytes after a word that end it as a space does, Flush first and then the
// byte read on its own: white space and ASCII punctuation, but for those
// that may keep the word going or mark it ('.', '-', '\'', '`').
constexpr std::array<bool, 256> kEndsWordPlainly = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) t[c] = !IsAsciiWordByte(static_cast<unsigned char>(c));
  for (char c : {'.', '-', '\'', '`'}) t[static_cast<unsigned char>(c)] = false;
  return t;
}();

// The number n (0..8) of ASCII letters and digits that open text[i, i + 8),
// from one 8-byte load `v` of those bytes.
[[gnu::always_inline]] inline size_t LeadingAlnums(uint64_t v) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  // Lanes (high bit) of the bytes in [lo, hi]; a byte >= 0x80 may spoil the
  // lanes after it, never those before (carries go up), and ends the run.
  auto in_range = [](uint64_t b, unsigned char lo, unsigned char hi) {
    return (b + kOnes * (0x80 - lo)) & ~(b + kOnes * (0x7F - hi)) & kHigh;
  };
  const uint64_t alnum = in_range(v | kOnes * 0x20, 'a', 'z') | in_range(v, '0', '9');
  const uint64_t other = (~alnum & kHigh) | (v & kHigh);
  return other == 0 ? 8 : static_cast<size_t>(std::countr_zero(other)) / 8;
}

struct Builder {
  const std::string& text;
  std::vector<Word>* out;
  size_t start = std::string::npos;  // of the word under construction
  bool hyphen_next = false;
  // The word so far is ASCII letters, digits and '_' only: FlushAscii folds it.
  bool pure = false;

  void Punct(size_t b, size_t e, char p) {
    Word& w = out->emplace_back();
    w.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    w.punct = p;
    w.fold.assign(1, p);
    w.hash = FoldHashFinish(FoldHashChunk(0, static_cast<unsigned char>(p)), 1);
  }

  // Flush for a pure word of at most 64 bytes: eight bytes per step, the
  // fold, its hash and the case flags from the same lanes.
  // `end` is that of the letters: a kept final dot is not folded.
  void FlushAscii(Word& w, size_t end, bool keep_dot) {
    const size_t size = end - start;
    const char* p = text.data() + start;
    if (size - 1 < 8 && start + 8 <= text.size()) {
      // One chunk (most words): the same lanes, without the loop's state.
      uint64_t x;
      std::memcpy(&x, p, 8);
      x &= ~0ull >> (8 * (8 - size));  // drop bytes past the word
      FoldChunk(w, x, size);
      w.abbrev = keep_dot;
      return;
    }
    FoldLong(w, size, p);
    w.abbrev = keep_dot;
  }

  // The fold, hash and case flags of a word of `size` (1..8) ASCII letters,
  // digits and '_', from its bytes `x` (zero past the word).
  [[gnu::always_inline]] static void FoldChunk(Word& w, uint64_t x, size_t size) {
    const AsciiLanes lanes = FoldAsciiLanes(x);
    alignas(16) char buf[16];
#ifdef __SSE2__
    // One 16-byte store: SetFold's overlapping 8-byte loads (bytes 0..7
    // and 7..14) each lie inside it and are forwarded from it, where an
    // 8-byte store beside a zeroed tail made the second load wait.
    _mm_store_si128(reinterpret_cast<__m128i*>(buf),
                    _mm_cvtsi64_si128(static_cast<long long>(lanes.lower)));
#else
    std::memset(buf, 0, sizeof buf);
    std::memcpy(buf, &lanes.lower, 8);
#endif
    SetFold(&w.fold, buf, size);
    w.hash = FoldHashFinish(FoldHashChunk(0, lanes.lower), size);
    w.upper_initial = (lanes.upper & lanes.letter & (0 - lanes.letter)) != 0;
    w.all_caps = (lanes.letter & (lanes.letter - 1)) != 0 && (lanes.letter & ~lanes.upper) == 0;
  }

  void FoldLong(Word& w, size_t size, const char* p) {
    char buf[64 + 8];
    std::memset(buf, 0, 16);  // SetFold reads 15 bytes
    uint64_t h = 0, letters_seen = 0, not_upper = 0;
    bool initial_found = false, two_letters = false;
    for (size_t k = 0; k < size; k += 8) {
      uint64_t x = 0;
      if (start + k + 8 <= text.size()) {
        std::memcpy(&x, p + k, 8);
        if (size - k < 8) x &= ~0ull >> (8 * (8 - (size - k)));  // drop bytes past the word
      } else {
        std::memcpy(&x, p + k, std::min<size_t>(8, size - k));
      }
      const AsciiLanes lanes = FoldAsciiLanes(x);
      std::memcpy(buf + k, &lanes.lower, 8);
      h = FoldHashChunk(h, lanes.lower);
      if (lanes.letter != 0) {
        if (!initial_found) {
          initial_found = true;
          w.upper_initial = (lanes.upper & lanes.letter & (0 - lanes.letter)) != 0;
        }
        two_letters |= letters_seen != 0 || (lanes.letter & (lanes.letter - 1)) != 0;
        letters_seen = 1;
        not_upper |= lanes.letter & ~lanes.upper;
      }
    }
    SetFold(&w.fold, buf, size);
    w.hash = FoldHashFinish(h, size);
    w.all_caps = two_letters && not_upper == 0;
  }

  // The word of n (1..8) ASCII word bytes at text[b], with its bytes `x`
  // (zero past them), ended and folded at once: what Flush(b + n) does.
  [[gnu::always_inline]] void FlushShort(size_t b, size_t n, uint64_t x) {
    Word& w = out->emplace_back();
    w.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(b + n)};
    w.word = true;
    w.hyphen_before = hyphen_next;
    hyphen_next = false;
    FoldChunk(w, x, n);
  }

  // Ends the word [start, end); returns it. The fold and the case flags come
  // from one pass; it gives FoldWord's fold (see there) and counts letters
  // as IsLetterOrDigit minus digits.
  // The plain ASCII word (most of them) inline, the rest in FlushOther.
  [[gnu::always_inline]] Word* Flush(size_t end, bool keep_dot = false) {
    if (start == std::string::npos) return nullptr;
    if (pure && end - start <= 64 && std::endian::native == std::endian::little) {
      Word& w = out->emplace_back();
      w.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
      w.word = true;
      w.hyphen_before = hyphen_next;
      hyphen_next = false;
      FlushAscii(w, keep_dot ? end - 1 : end, keep_dot);
      start = std::string::npos;
      return &w;
    }
    return FlushOther(end, keep_dot);
  }
  [[gnu::noinline]] Word* FlushOther(size_t end, bool keep_dot) {
    Word& w = out->emplace_back();
    w.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    w.word = true;
    w.hyphen_before = hyphen_next;
    hyphen_next = false;
    std::string_view raw(text.data() + start, end - start);
    start = std::string::npos;
    if (!raw.empty() && raw[0] == '#') w.hashtag = true;
    int letters = 0, uppers = 0;
    const LatinInfo* latin = LatinTable();
    // Fast path: ASCII and U+00C0..U+017F (2-byte sequences led by C3..C5),
    // whose folds are never longer than their bytes.
    char buf[64];
    std::memset(buf, 0, 16);  // SetFold reads 15 bytes
    size_t n = 0;
    if (raw.size() <= sizeof(buf)) {
      const auto* p = reinterpret_cast<const unsigned char*>(raw.data());
      const size_t size = raw.size();
      bool fast = true;
      for (size_t i = 0; i < size;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
          const uint16_t a = kAsciiFold[c];
          char f = static_cast<char>(a & 0xFF);
          if (a & kLetterBit) {
            const bool upper = (a & kUpperBit) != 0;
            if (letters == 0) w.upper_initial = upper;
            ++letters;
            uppers += upper;
          } else if (c == '.' && i + 1 < size) {
            f = '.';  // inner dots: "2.030", "U.S"; a final one is dropped
          }
          if (f) buf[n++] = f;
          ++i;
        } else if (c >= 0xC3 && c <= 0xC5 && i + 1 < size && (p[i + 1] & 0xC0) == 0x80) {
          const LatinInfo& e = latin[(((c & 0x1F) << 6) | (p[i + 1] & 0x3F)) - 0xC0];
          if (e.base != nullptr) {
            for (int k = 0; k < e.base_len; ++k) buf[n++] = e.base[k];
            if (letters == 0) w.upper_initial = e.upper;
            ++letters;
            uppers += e.upper;
          }
          i += 2;
        } else {
          fast = false;
          break;
        }
      }
      if (fast) {
        SetFold(&w.fold, buf, n);
        w.all_caps = letters >= 2 && letters == uppers;
        w.abbrev = keep_dot;
        w.hash = FoldHash(w.fold);
        return &w;
      }
      n = 0;
      letters = uppers = 0;
      w.upper_initial = false;
    }
    // Folds are at most as long as the word, but for the few code points
    // folding to two letters ("æ", "ß") or through FoldName.
    bool small = raw.size() <= 30;
    std::string big;  // the rare long or unusual word
    auto put = [&](const char* p, size_t len) {
      if (small && n + len <= sizeof(buf)) {
        std::memcpy(buf + n, p, len);
        n += len;
        return;
      }
      if (small) {
        big.assign(buf, n);
        small = false;
      }
      big.append(p, len);
    };
    for (size_t i = 0; i < raw.size();) {
      const unsigned char c = raw[i];
      if (c < 0x80) {
        const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
        if (upper || lower) {
          if (letters == 0) w.upper_initial = upper;
          ++letters;
          uppers += upper;
          const char f = static_cast<char>(c | 0x20);
          put(&f, 1);
        } else if ((c >= '0' && c <= '9') || c == '_' || (c == '.' && i + 1 < raw.size())) {
          const char f = static_cast<char>(c);
          put(&f, 1);
        }
        ++i;
        continue;
      }
      int len;
      const char32_t cp = Decode(raw, i, &len);
      if (cp >= 0xC0 && cp < 0x180) {
        const LatinInfo& e = latin[cp - 0xC0];
        if (e.base != nullptr) {
          put(e.base, e.base_len);
          if (letters == 0) w.upper_initial = e.upper;
          ++letters;
          uppers += e.upper;
        }
        i += len;
        continue;
      }
      if (IsLetterOrDigit(cp)) {
        const std::string f = FoldName(raw.substr(i, len));
        put(f.data(), f.size());
        const bool upper = u_isupper(static_cast<UChar32>(cp));
        if (letters == 0) w.upper_initial = upper;
        ++letters;
        uppers += upper;
      }
      i += len;
    }
    if (small) {
      w.fold.assign(buf, n);
    } else {
      w.fold = std::move(big);
    }
    w.all_caps = letters >= 2 && letters == uppers;
    w.abbrev = keep_dot;
    w.hash = FoldHash(w.fold);
    return &w;
  }
};

}  // namespace

std::string FoldWord(std::string_view surface) {
  std::string out;
  out.reserve(surface.size());
  for (size_t i = 0; i < surface.size();) {
    unsigned char c = surface[i];
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') {
        out.push_back(static_cast<char>(c | 0x20));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
        out.push_back(static_cast<char>(c));
      } else if (c == '.' && i + 1 < surface.size()) {
        out.push_back('.');  // inner dots: "cinktank.com", "2.030"; a final one is dropped
      }
      ++i;
      continue;
    }
    int len;
    char32_t cp = Decode(surface, i, &len);
    if (const char* base = LatinBase(cp)) {
      out += base;
    } else if (IsLetterOrDigit(cp)) {
      out += FoldName(surface.substr(i, len));
    }
    i += len;
  }
  return out;
}

void SplitWords(const std::string& text, Span span, std::vector<Word>* out) {
  Builder b{text, out};
  out->reserve(out->size() + (span.end - span.begin) / 5 + 4);
  std::string_view all(text);
  size_t i = span.begin;
  const size_t end = std::min<size_t>(span.end, text.size());
  const LatinInfo* const latin = LatinTable();
  auto next_is_alnum = [&](size_t k) {
    if (k >= end) return false;
    int len;
    return IsLetterOrDigit(Decode(all, k, &len));
  };
  while (i < end) {
    // Most bytes: ASCII word characters and spaces.
    const uint8_t cls = kByteClass[static_cast<unsigned char>(text[i])];
    if (cls == 1) {
      if (b.start == std::string::npos) {
        size_t n = 1;  // word bytes known from i on
        if (std::endian::native == std::endian::little && i + 8 <= text.size()) {
          // Most words: at most eight letters and digits, then a byte that
          // ends them as a space does; ended and folded at once from the
          // bytes loaded, without the byte loop and FlushAscii's own load.
          uint64_t v;
          std::memcpy(&v, text.data() + i, 8);
          n = std::max<size_t>(LeadingAlnums(v), 1);
          if (i + n < end && kEndsWordPlainly[static_cast<unsigned char>(text[i + n])]) {
            b.FlushShort(i, n, v & (~0ull >> (8 * (8 - n))));
            i += n;
            i += kByteClass[static_cast<unsigned char>(text[i])] == 2;  // a space: Flush() no-op
            continue;
          }
        }
        b.start = i;
        b.pure = true;
        i = std::min(i + n, end);
      } else {
        ++i;
      }
      while (i < end && kByteClass[static_cast<unsigned char>(text[i])] == 1) ++i;
      continue;
    }
    if (cls == 2) {
      b.Flush(i);
      ++i;
      continue;
    }
    // A letter of U+00C0..U+017F (French accents: two bytes led by C3..C5)
    // without Decode and IsLetterOrDigit: those with a LatinBase are letters.
    if (const auto c = static_cast<unsigned char>(text[i]);
        c >= 0xC3 && c <= 0xC5 && i + 1 < end &&
        (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80 &&
        latin[(((c & 0x1F) << 6) | (text[i + 1] & 0x3F)) - 0xC0].base != nullptr) {
      if (b.start == std::string::npos) b.start = i;
      b.pure = false;
      i += 2;
      continue;
    }
    int len;
    char32_t cp = Decode(all, i, &len);
    if (IsLetterOrDigit(cp)) {
      if (b.start == std::string::npos) b.start = i;
      b.pure = false;
      i += len;
      continue;
    }
    if (IsSpaceCp(cp)) {
      b.Flush(i);
      i += len;
      continue;
    }
    if (IsApostrophe(cp)) {
      if (b.start != std::string::npos) {
        Word* w = b.Flush(i);
        if (w && next_is_alnum(i + len)) w->elided = true;
      }
      i += len;
      continue;
    }
    if (cp == '-') {
      if (b.start != std::string::npos && next_is_alnum(i + 1)) {
        b.Flush(i);
        b.hyphen_next = true;
      } else {
        b.Flush(i);
        b.Punct(i, i + 1, '-');
      }
      i += 1;
      continue;
    }
    if (cp == '.') {
      if (b.start != std::string::npos) {
        std::string_view raw(text.data() + b.start, i - b.start);
        bool single_upper = raw.size() == 1 && raw[0] >= 'A' && raw[0] <= 'Z';
        if (next_is_alnum(i + 1)) {  // "2.030", "U.S", "site.com"
          b.pure = false;
          i += 1;
          continue;
        }
        if (single_upper || IsTitleAbbrev(raw) || (raw.size() >= 3 && raw[raw.size() - 2] == '.')) {
          b.Flush(i + 1, true);  // "M.", "V.", "U.S."
          i += 1;
          continue;
        }
      }
      b.Flush(i);
      b.Punct(i, i + 1, '.');
      i += 1;
      continue;
    }
    if (cp == '#' && next_is_alnum(i + 1)) {
      b.Flush(i);
      b.start = i;
      b.pure = false;
      i += 1;
      continue;
    }
    b.Flush(i);
    char p = 0;
    if (cp == 0xAB || cp == 0x201C || cp == 0x201E || cp == 0x2039) {
      p = '<';  // opening quotation mark
    } else if (cp == 0xBB || cp == 0x201D || cp == 0x203A) {
      p = '>';  // closing quotation mark
    } else if (IsQuote(cp)) {
      p = '"';
    } else if (cp == 0x2013 || cp == 0x2014 || cp == 0x2212) {
      p = '-';
    } else if (cp == 0x2026) {
      p = '.';
    } else if (cp < 0x80) {
      p = static_cast<char>(cp);
      if (p == '[' || p == '{') p = '(';
      if (p == ']' || p == '}') p = ')';
    }
    if (p) b.Punct(i, i + len, p);
    i += len;
  }
  b.Flush(end);
}

bool EndsWithAbbrev(const std::string& text, Span span) {
  uint32_t e = std::min<uint32_t>(span.end, static_cast<uint32_t>(text.size()));
  while (e > span.begin && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
  // Only the tail from the last space on is split (a space always ends a
  // word). An abbreviation ends at the tail's last dot (a later dot makes a
  // word of its own); five bytes of letters or digits (ASCII, or Latin
  // letters of two bytes) before that dot make a word too long for a title
  // and with no inner dot: no abbreviation, no need to split ("Kazakhstan.",
  // "Tokaïev."). The dot first, scanning back to the tail's start: most
  // tails end without one after a long word, and need no more reading.
  uint32_t dot = e;
  while (dot > span.begin && text[dot - 1] != '.' && text[dot - 1] != ' ' && text[dot - 1] != '\n')
    --dot;
  if (dot == span.begin || text[dot - 1] != '.') return false;  // no dot in the tail
  --dot;                                                        // at the '.'
  uint32_t letters = 0;  // bytes of the word's letters just before the dot
  // (bounded by the span: a space before the tail stops it as any non-letter)
  for (uint32_t k = dot; k > span.begin && letters < 5;) {
    const auto byte = [&](uint32_t at) { return static_cast<unsigned char>(text[at]); };
    if (kByteClass[byte(k - 1)] == 1) {
      ++letters;
      --k;
      continue;
    }
    if (k - 1 > span.begin && (byte(k - 1) & 0xC0) == 0x80 && byte(k - 2) >= 0xC3 &&
        byte(k - 2) <= 0xC5 &&
        LatinTable()[(((byte(k - 2) & 0x1F) << 6) | (byte(k - 1) & 0x3F)) - 0xC0].base != nullptr) {
      letters += 2;
      k -= 2;
      continue;
    }
    break;
  }
  if (letters >= 5) return false;
  uint32_t b = dot;  // the tail's start
  while (b > span.begin && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
  static thread_local std::vector<Word> words;
  words.clear();
  SplitWords(text, {b, e}, &words);
  return !words.empty() && words.back().abbrev;
}

namespace {

// FoldPhrase for a phrase of ASCII letters, digits and '_', Latin letters
// of U+00C0..U+017F that fold to a base, and single-byte spaces: there
// SplitWords ends a word at each space and folds letters one by one (see
// Builder::Flush). A hyphen or an apostrophe (' and U+2019) also ends a
// word there and leaves nothing a phrase keeps (at most a punctuation
// word), as a space does: "Kassym-Jomart", "l'OTSC". False, with *out
// unspecified, for any other phrase.
bool FoldSimplePhrase(std::string_view phrase, std::vector<std::string>* out) {
  // At most 60 bytes: a fold is never longer than its bytes, so no word
  // overflows the buffer.
  if (phrase.size() > 60) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(phrase.data());
  const size_t n = phrase.size();
  if (out->capacity() == 0) {  // a new vector; the loaders' reused one needs no count
    size_t words = 1;
    for (size_t i = 0; i < n; ++i) words += p[i] == ' ';
    out->reserve(words);
  }
  char buf[64];
  size_t len = 0;  // of the fold in buf
  for (size_t i = 0;;) {
    // A run of ASCII letters, digits and '_', folded: eight bytes at a
    // time while 8 remain (the letters up to the first other byte), then
    // byte by byte. A byte >= 0x80 may spoil the lanes after it, never
    // those before (carries go up), so the letters before it count.
    while (i + 8 <= n) {
      constexpr uint64_t kHigh = 0x8080808080808080ull;
      uint64_t x;
      std::memcpy(&x, p + i, 8);
      const AsciiLanes lanes = FoldAsciiLanes(x);
      const uint64_t other = (~lanes.letter & kHigh) | (x & kHigh);
      std::memcpy(buf + len, &lanes.lower, 8);  // bytes past the letters: rewritten later
      if (other == 0) {
        len += 8;
        i += 8;
        continue;
      }
      if constexpr (std::endian::native == std::endian::little) {
        const size_t letters = static_cast<size_t>(std::countr_zero(other)) / 8;
        len += letters;
        i += letters;
      }
      break;
    }
    for (; i < n; ++i) {
      const char f = p[i] < 0x80 ? static_cast<char>(kAsciiFold[p[i]] & 0xFF) : 0;
      if (f == 0) break;
      buf[len++] = f;
    }
    // A separator's length in bytes (0: none).
    size_t separator = 0;
    if (i < n && (p[i] == ' ' || p[i] == '-' || p[i] == '\'')) {
      separator = 1;
    } else if (i + 2 < n && p[i] == 0xE2 && p[i + 1] == 0x80 && p[i + 2] == 0x99) {
      separator = 3;  // U+2019
    }
    if (i == n || separator > 0) {
      if (len > 0) out->emplace_back(buf, len);
      len = 0;
      if (i == n) return true;
      i += separator;
      continue;
    }
    const unsigned char c = p[i];
    if (c < 0xC3 || c > 0xC5 || i + 1 >= n || (p[i + 1] & 0xC0) != 0x80) return false;
    const LatinInfo& e = LatinTable()[(((c & 0x1F) << 6) | (p[i + 1] & 0x3F)) - 0xC0];
    if (e.base == nullptr) return false;  // "×", "÷": not letters
    for (int k = 0; k < e.base_len; ++k) buf[len++] = e.base[k];
    i += 2;
  }
}

}  // namespace

std::vector<std::string> FoldPhrase(std::string_view phrase) {
  std::vector<std::string> out;
  FoldPhraseInto(phrase, &out);
  return out;
}

void FoldPhraseInto(std::string_view phrase, std::vector<std::string>* out) {
  out->clear();
  if (FoldSimplePhrase(phrase, out)) return;
  out->clear();
  // Reused across calls: the loaders fold tens of thousands of names.
  static thread_local std::string text;
  static thread_local std::vector<Word> words;
  text.assign(phrase);
  words.clear();
  SplitWords(text, {0, static_cast<uint32_t>(text.size())}, &words);
  for (Word& w : words) {
    if (w.word && !w.fold.empty()) out->push_back(std::move(w.fold));
  }
}

}  // namespace kzgraph::extract
