#include "text/clean.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstring>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "graph/fold.h"
#include "kzgraph/graph.h"
#include "text/chars.h"
#include "text/date.h"
#include "util/strings.h"

namespace kzgraph::text {
namespace {

// Lines longer than this are prose, never chrome.
constexpr size_t kShortLine = 200;
// Article paragraphs that must precede the reader comments: a lead alone is
// not yet an article.
constexpr int kProseBeforeComments = 2;
constexpr size_t kProseParagraph = 60;  // bytes of a line ending like a sentence
// At most this many words in the label of a list of links ("Also on The Horn & Nile Review").
constexpr size_t kListLabelWords = 7;
// A headline is at most this long.
constexpr size_t kMaxTitle = 300;
// Body text searched for a fallback date.
constexpr size_t kDateSearchBytes = 64 * 1024;
// A line in capitals above the headline with at most this many words is a
// section kicker.
constexpr size_t kKickerWords = 4;
// Lines read ahead for article prose after a tail cue: past a photo caption
// once the article has begun; past a kicker, headline, date and byline above it.
constexpr int kCaptionLines = 4;
constexpr int kHeaderLines = 8;
// A byline ending with a parenthesis has at most this many words.
constexpr size_t kBylineWords = 8;
// Trailing blocks shorter than this (in words) without a sentence end are chrome.
constexpr size_t kTrailingWords = 8;

bool IsSpaceAt(std::string_view t, size_t i, int* len) {
  unsigned char c = t[i];
  if (c < 0x80) {
    *len = 1;
    return IsAsciiSpace(c);
  }
  return IsSpaceCp(DecodeAt(t, i, len));
}

// [b, e) without surrounding white space (ASCII, filler, no-break spaces).
Span Trim(std::string_view t, uint32_t b, uint32_t e) {
  int len = 1;
  while (b < e && IsSpaceAt(t, b, &len)) b += len;
  while (e > b) {
    uint32_t k = e - 1;  // back to the start of the last code point
    while (k > b && (static_cast<unsigned char>(t[k]) & 0xC0) == 0x80) --k;
    if (!IsSpaceAt(t, k, &len)) break;
    e = k;
  }
  return {b, e};
}

uint32_t LastCodePoint(std::string_view s) {
  size_t k = s.size();
  while (k > 0 && (static_cast<unsigned char>(s[k - 1]) & 0xC0) == 0x80) --k;
  if (k == 0) return 0;
  int len = 1;
  return DecodeAt(s, k - 1, &len);
}

bool EndsLikeSentence(std::string_view line) {
  uint32_t cp = LastCodePoint(line);
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == ':' || cp == ';' ||
         cp == ')' || cp == '"' || IsClosingQuote(cp);
}

struct LineShape {
  size_t letters = 0;
  size_t lower = 0;  // lower-case letters
  size_t pipes = 0;
  size_t path_marks = 0;  // breadcrumb separators: > ›
  size_t spaces = 0;
};

// What a code point adds to a LineShape (the rule for every character).
[[gnu::always_inline]] inline void AddToShape(uint32_t cp, LineShape* s) {
  if (cp >= 0xC0 && cp <= 0xFF) {  // Latin-1 letters (IsLetterCp, IsLowerCp), × and ÷ aside
    if (cp != 0xD7 && cp != 0xF7) {
      ++s->letters;
      s->lower += cp >= 0xDF;
    }
    return;
  }
  if (IsLetterCp(cp)) {
    ++s->letters;
    s->lower += cp < 0x80 ? (cp >= 'a' && cp <= 'z') : IsLowerCp(cp);
  } else if (cp == '|') {
    ++s->pipes;
  } else if (cp == '>' || cp == 0x203A) {
    ++s->path_marks;
  } else if (IsSpaceCp(cp)) {
    ++s->spaces;
  }
}

LineShape Shape(std::string_view line) {
  LineShape s;
  size_t i = 0;
#ifdef __SSE2__
  // ASCII bytes 16 at a time: one 8-bit counter per byte position and per
  // count (a line of at most 255 bytes cannot overflow them), summed at the
  // end; a non-ASCII code point goes through AddToShape.
  if (line.size() <= 255) {
    const __m128i zero = _mm_setzero_si128();
    const __m128i below_a = _mm_set1_epi8('a' - 1), above_z = _mm_set1_epi8('z' + 1);
    const __m128i case_bit = _mm_set1_epi8(0x20), pipe = _mm_set1_epi8('|');
    const __m128i path = _mm_set1_epi8('>'), blank = _mm_set1_epi8(' ');
    const __m128i below_tab = _mm_set1_epi8('\t' - 1), above_cr = _mm_set1_epi8('\r' + 1);
    const __m128i pad = _mm_set1_epi8(kPad);
    // kFirst + 16 - k: k bytes of 0xFF, then zeros.
    alignas(16) static constexpr uint8_t kFirst[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                                       0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                                       0xFF, 0xFF, 0xFF, 0xFF};
    __m128i letters = zero, lower = zero, pipes = zero, paths = zero, spaces = zero;
    while (i + 16 <= line.size()) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i));
      const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
      // The ASCII bytes before the first non-ASCII one (all 16 if none).
      const unsigned ascii = high == 0 ? 16 : static_cast<unsigned>(__builtin_ctz(high));
      const __m128i take = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kFirst + 16 - ascii));
      // Signed compares: bytes >= 0x80 are negative, never in these ranges.
      const __m128i folded = _mm_or_si128(v, case_bit);
      const __m128i letter =
          _mm_and_si128(_mm_cmpgt_epi8(folded, below_a), _mm_cmpgt_epi8(above_z, folded));
      const __m128i low = _mm_and_si128(_mm_cmpgt_epi8(v, below_a), _mm_cmpgt_epi8(above_z, v));
      const __m128i space =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, blank), _mm_cmpeq_epi8(v, pad)),
                       _mm_and_si128(_mm_cmpgt_epi8(v, below_tab), _mm_cmpgt_epi8(above_cr, v)));
      // A mask byte is -1: subtracting it counts one.
      letters = _mm_sub_epi8(letters, _mm_and_si128(letter, take));
      lower = _mm_sub_epi8(lower, _mm_and_si128(low, take));
      pipes = _mm_sub_epi8(pipes, _mm_and_si128(_mm_cmpeq_epi8(v, pipe), take));
      paths = _mm_sub_epi8(paths, _mm_and_si128(_mm_cmpeq_epi8(v, path), take));
      spaces = _mm_sub_epi8(spaces, _mm_and_si128(space, take));
      i += ascii;
      if (ascii < 16) {
        int len = 1;
        AddToShape(DecodeAt(line, i, &len), &s);
        i += len;
      }
    }
    auto sum = [&](__m128i counts) {
      const __m128i halves = _mm_sad_epu8(counts, zero);
      return static_cast<size_t>(_mm_cvtsi128_si32(halves)) +
             static_cast<size_t>(_mm_cvtsi128_si32(_mm_srli_si128(halves, 8)));
    };
    s.letters += sum(letters);
    s.lower += sum(lower);
    s.pipes += sum(pipes);
    s.path_marks += sum(paths);
    s.spaces += sum(spaces);
  }
#endif
  while (i < line.size()) {
    int len = 1;
    AddToShape(DecodeAt(line, i, &len), &s);
    i += len;
  }
  return s;
}

// "www.site.tld", "https://...", "#Hash_tag": one token that is a banner.
bool IsBannerToken(std::string_view line, const LineShape& shape) {
  if (shape.spaces > 0) return false;
  if (line[0] == '#') return true;
  if (line.substr(0, 4) == "www." || line.substr(0, 4) == "http") return true;
  size_t dot = line.find('.');
  return dot != std::string_view::npos && dot + 1 < line.size();
}

// Sets *words to the words of a FoldName() result (single spaces between).
void SplitFolded(const std::string& folded, std::vector<std::string_view>* words) {
  words->clear();
  const char* const data = folded.data();
  const size_t n = folded.size();
  size_t start = 0;  // of the current word
  auto word_ends_at = [&](size_t space) {
    if (space > start) words->emplace_back(data + start, space - start);
    start = space + 1;
  };
  size_t i = 0;
#ifdef __SSE2__
  // The spaces of 16 bytes at a time, as bits.
  const __m128i space = _mm_set1_epi8(' ');
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    for (unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, space)));
         bits != 0; bits &= bits - 1) {
      word_ends_at(i + static_cast<size_t>(__builtin_ctz(bits)));
    }
  }
#endif
  for (; i < n; ++i) {
    if (data[i] == ' ') word_ends_at(i);
  }
  word_ends_at(n);
}

// How FoldName folds one code point inside a word: a separator (it ends
// the word), up to three ASCII letters or digits glued to the word
// ("é" -> "e", "æ" -> "ae"), or neither (kOther: the line takes the slow
// path).
struct CodePointFold {
  enum Kind : uint8_t { kOther, kSeparator, kLetters } kind = kOther;
  uint8_t length = 0;
  char letters[3] = {};
};

// CodePointFold of U+0080..U+017F and of U+2000..U+206F, and the letter or
// digit of each ASCII byte (0: a separator) -- the ranges FoldNameInto
// folds code point by code point -- found once from FoldName itself
// between two letters ("a" + c + "a"), so that the fast path cannot
// disagree with it.
struct FoldTables {
  char ascii[0x80] = {};
  bool ascii_ok = true;  // every ASCII byte folds to a separator or one byte
  CodePointFold latin[0x100], punct[0x70];
};
const FoldTables& Folds() {
  static const FoldTables* const tables = [] {
    auto* t = new FoldTables;
    auto fold_of = [](uint32_t cp) {
      std::string between = "a";
      AppendUtf8(cp, &between);
      between.push_back('a');
      const std::string folded = FoldName(between);
      CodePointFold f;
      if (folded == "a a") {
        f.kind = CodePointFold::kSeparator;
      } else if (folded.size() >= 3 && folded.size() <= 5 && folded.front() == 'a' &&
                 folded.back() == 'a' && std::all_of(folded.begin(), folded.end(), [](char c) {
                   return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                 })) {
        f.kind = CodePointFold::kLetters;
        f.length = static_cast<uint8_t>(folded.size() - 2);
        std::copy(folded.begin() + 1, folded.end() - 1, f.letters);
      }
      return f;
    };
    for (uint32_t cp = 0; cp < 0x80; ++cp) {
      const CodePointFold f = fold_of(cp);
      if (f.kind == CodePointFold::kLetters && f.length == 1) {
        t->ascii[cp] = f.letters[0];
      } else if (f.kind != CodePointFold::kSeparator) {
        t->ascii_ok = false;
      }
    }
    for (uint32_t cp = 0x80; cp < 0x180; ++cp) t->latin[cp - 0x80] = fold_of(cp);
    for (uint32_t cp = 0x2000; cp < 0x2070; ++cp) t->punct[cp - 0x2000] = fold_of(cp);
    return t;
  }();
  return *tables;
}

// The words of FoldName(line) (what FoldNameInto then SplitFolded give) in
// one pass, as views into *folded, for a line of ASCII and the code points
// of FoldTables; false for any other line (*words then unspecified). Eight
// ASCII bytes at a time are folded and stored whole, separators included:
// the words are the runs between them.
bool FoldWordsFast(std::string_view line, const FoldTables& tables, std::string* folded,
                   std::vector<std::string_view>* words) {
  words->clear();
  // A fold is at most 3 bytes for 2 (a letter), and one byte per byte
  // otherwise (a separator keeps its byte).
  if (folded->size() < 2 * line.size() + 8) folded->resize(2 * line.size() + 8);
  char* w = folded->data();
  char* word = w;  // the current word's first byte
  auto end_word_at = [&](char* separator) {
    if (separator != word) words->emplace_back(word, static_cast<size_t>(separator - word));
    word = separator + 1;
  };
  const auto* p = reinterpret_cast<const unsigned char*>(line.data());
  const size_t n = line.size();
  for (size_t i = 0; i < n;) {
    if constexpr (std::endian::native == std::endian::little) {
      if (i + 8 <= n) {
        constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
        uint64_t x;
        std::memcpy(&x, p + i, 8);
        if ((x & kHigh) == 0) {
          // Lanes (high bit) of the bytes in [lo, hi]: bytes < 0x80 never carry.
          auto in_range = [](uint64_t v, unsigned char lo, unsigned char hi) {
            return (v + kOnes * (0x80 - lo)) & ~(v + kOnes * (0x7F - hi)) & kHigh;
          };
          // With its 0x20 bit set, a letter of either case is 'a'..'z', and
          // no other byte is; digits have that bit already.
          const uint64_t letters = in_range(x | kOnes * 0x20, 'a', 'z');
          const uint64_t lower = x | (letters >> 2);
          std::memcpy(w, &lower, 8);
          for (uint64_t separators = ~(letters | in_range(x, '0', '9')) & kHigh; separators != 0;
               separators &= separators - 1) {
            end_word_at(w + std::countr_zero(separators) / 8);
          }
          i += 8;
          w += 8;
          continue;
        }
      }
    }
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      if (const char f = tables.ascii[c]; f != 0) {
        *w++ = f;
      } else {
        end_word_at(w++);
      }
      continue;
    }
    const CodePointFold* f = nullptr;
    if (c >= 0xC2 && c <= 0xC5 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      f = &tables.latin[(((c & 0x1F) << 6) | (p[i + 1] & 0x3F)) - 0x80];
      i += 2;
    } else if (c == 0xE2 && i + 2 < n && (p[i + 1] == 0x80 || p[i + 1] == 0x81) &&
               (p[i + 2] & 0xC0) == 0x80 && ((p[i + 1] & 0x3F) << 6 | (p[i + 2] & 0x3F)) < 0x70) {
      f = &tables.punct[((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F)];
      i += 3;
    }
    if (f == nullptr || f->kind == CodePointFold::kOther) return false;
    if (f->kind == CodePointFold::kSeparator) {
      end_word_at(w++);
    } else {
      for (int k = 0; k < f->length; ++k) *w++ = f->letters[k];
    }
  }
  end_word_at(w);
  return true;
}

}  // namespace

void FoldWords(std::string_view line, std::string* folded, std::vector<std::string_view>* words) {
  const FoldTables& tables = Folds();
  if (tables.ascii_ok && FoldWordsFast(line, tables, folded, words)) return;
  FoldNameInto(line, folded);
  SplitFolded(*folded, words);
}

namespace {

// Words of a menu item or breadcrumb step; the site name may be longer.
constexpr size_t kMenuItemWords = 3;
// A label ("Next", "Mots-clés", "Photo") ends its colon within this many bytes.
constexpr size_t kMaxLabelBytes = 40;

// "Home | World | Africa", "Accueil > Monde > Afrique", "Africa > West
// Africa", "NEWS / WORLD / AFRICA", "Le Quotidien - Actualité - Politique":
// short items between menu or path separators. Dashes count only between
// spaces, and a two-item line needs a path mark or a pipe, so a headline
// "Mali - France : la rupture" is not a menu.
bool IsMenuLine(std::string_view line) {
  size_t items = 0, long_items = 0, words = 0;
  bool in_word = false, path_or_pipe = false;
  auto close_item = [&] {
    if (words == 0) return;
    ++items;
    long_items += words > kMenuItemWords;
    words = 0;
  };
  for (size_t i = 0; i < line.size();) {
    // ASCII, most of a line, without decoding: the same cases, by byte.
    if (const unsigned char c = line[i]; c < 0x80) {
      if (c == '|' || c == '>' || c == '/' ||
          (c == '-' && i > 0 && i + 1 < line.size() && line[i - 1] == ' ' && line[i + 1] == ' ')) {
        path_or_pipe |= c != '-';
        close_item();
        in_word = false;
      } else if (IsAsciiSpace(c)) {
        in_word = false;
      } else if (!in_word) {
        in_word = true;
        ++words;
      }
      ++i;
      continue;
    }
    int len = 1;
    uint32_t cp = DecodeAt(line, i, &len);
    const bool spaced =
        i > 0 && i + len < line.size() && line[i - 1] == ' ' && line[i + len] == ' ';
    const bool path = cp == '|' || cp == '>' || cp == 0x203A || cp == '/';
    const bool list =
        cp == 0xB7 || cp == 0x2022 || (spaced && (cp == '-' || cp == 0x2013 || cp == 0x2014));
    if (path || list) {
      path_or_pipe |= path;
      close_item();
      in_word = false;
    } else if (IsSpaceCp(cp)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
    i += len;
  }
  close_item();
  if (items >= 3) return long_items <= 1;
  return items == 2 && path_or_pipe && long_items == 0;
}

// "Shares: 58", "👁 3 481 lectures | 💬 4": counters with at most one word.
bool IsCounterLine(const std::vector<std::string_view>& folded_words) {
  size_t alphabetic = 0, numbers = 0;
  for (std::string_view w : folded_words) {
    if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      ++numbers;
    } else {
      ++alphabetic;
    }
  }
  return numbers > 0 && alphabetic <= 1;
}

// A comment signature is a user name then the phrase ("Jean-Luc B. a écrit",
// "user123 · 2 h"): every other word is capitalised or a handle with a digit
// or an underscore. "Le président a écrit :" introduces a quotation instead.
bool IsSignature(std::string_view line, const std::vector<std::string>& phrase) {
  for (size_t i = 0; i < line.size();) {
    while (i < line.size() && IsAsciiSpace(static_cast<unsigned char>(line[i]))) ++i;
    size_t end = i;
    while (end < line.size() && !IsAsciiSpace(static_cast<unsigned char>(line[end]))) ++end;
    std::string_view token = line.substr(i, end - i);
    i = end;
    if (token.find_first_of("0123456789_") != std::string_view::npos) continue;
    uint32_t first = 0;
    for (size_t k = 0; k < token.size();) {
      int len = 1;
      uint32_t cp = DecodeAt(token, k, &len);
      if (IsLetterCp(cp)) {
        first = cp;
        break;
      }
      k += len;
    }
    if (first == 0 || IsUpperCp(first)) continue;
    const std::string folded = FoldName(token);
    std::vector<std::string_view> words;
    SplitFolded(folded, &words);
    for (std::string_view w : words) {
      if (std::find(phrase.begin(), phrase.end(), w) == phrase.end()) return false;
    }
  }
  return true;
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (unsigned char c : s) {
    bool space = IsAsciiSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// "24/11/2017 à 18h05 – Par X", "Jan. 7, 2022 | By X": a dateline whose
// byline follows a dash or a bar. Returns where the byline's separator
// begins (npos if the line has none), so the date is read on what precedes it.
size_t BylineAfterSeparator(std::string_view line, const Lexicon& lex) {
  std::string folded;
  std::vector<std::string_view> words;
  for (std::string_view sep : {" \u2013 ", " \u2014 ", " - ", " | "}) {
    const size_t at = line.find(sep);
    if (at == std::string_view::npos) continue;
    FoldWords(line.substr(at + sep.size()), &folded, &words);
    if (!words.empty() && lex.Classify(words) == LineKind::kByline) return at;
  }
  return std::string_view::npos;
}

struct DateCandidates {
  PageDate own;      // byline or dateline below the headline
  PageDate header;   // a date line above the headline (often the scrape date)
  PageDate updated;  // "Mis à jour le ...": the publication date wins over it
  // A full date inside a longer header line ("WORLD NEWS July 17, 2023 3:58 PM
  // GMT Updated 2 hours ago", "Shows > X > Transcript for December 14, 2023"):
  // the last resort before a date without a year.
  PageDate loose;
  void Offer(const PageDate& d, bool after_title) { Keep(d, after_title ? own : header); }
  void OfferUpdated(const PageDate& d) { Keep(d, updated); }
  void OfferLoose(const PageDate& d) {
    if (d.found() && d.year && !loose.found()) loose = d;
  }

 private:
  static void Keep(const PageDate& d, PageDate& slot) {
    if (!d.found()) return;
    if (!slot.found() || (!slot.year && d.year)) slot = d;
  }
};

// The publication date, by preference: byline or dateline, a full date in
// the body text, the header date; without a year the day is kept apart.
void ChooseDate(std::string_view t, const Lexicon& lex, DateCandidates& dates, Document* doc) {
  // The page gave its date already, or the byline or revision line holds a
  // full one: the body's dates would not be used, skip the search.
  if (!doc->date.empty()) return;
  const bool body_needed =
      !(dates.own.found() && dates.own.year) && !(dates.updated.found() && dates.updated.year);
  PageDate body_full, body_partial;
  size_t searched = 0;
  for (size_t k = 0; body_needed && k < doc->blocks.size(); ++k) {
    const Block& b = doc->blocks[k];
    if (searched > kDateSearchBytes || (body_full.found())) break;
    if (b.role == "title") continue;
    std::string_view s = t.substr(b.span.begin, b.span.end - b.span.begin);
    searched += s.size();
    // A block may hold several dates; look at each one in turn.
    for (size_t from = 0; from < s.size() && from < 8192;) {
      PageDate d = FindDate(s.substr(from, 4096), lex);
      if (!d.found()) break;
      if (d.year && !body_full.found()) body_full = d;
      if (!d.year && !body_partial.found()) body_partial = d;
      if (body_full.found()) break;
      from += 4096;  // FindDate returns the first; move on by windows
    }
  }
  PageDate chosen;
  if (dates.own.found() && dates.own.year) {
    chosen = dates.own;
  } else if (dates.updated.found() && dates.updated.year) {
    chosen = dates.updated;
  } else if (dates.own.found()) {
    chosen = dates.own;
    // Year from another full date of the same month, never from the header.
    if (body_full.found() && body_full.month == chosen.month) chosen.year = body_full.year;
  } else if (body_full.found()) {
    chosen = body_full;
  } else if (dates.header.found() && dates.header.year) {
    chosen = dates.header;
  } else if (dates.loose.found()) {
    chosen = dates.loose;
  } else {
    chosen = body_partial;
  }
  if (!doc->date.empty()) return;
  if (chosen.year) {
    doc->date = ToIso(chosen);
  } else if (chosen.found()) {
    doc->date_month_day = ToIso(chosen).substr(2);
  }
}

}  // namespace

namespace {

// "La Russie accuse la France. Le Mali critique la CEDEAO.": a sentence end
// (. ! ?) followed by a capital inside the line, after a word of three or
// more letters (not "M. Poutine", "U.S. envoy"). Such a line is body text,
// never a headline.
// A line that opens with a list bullet ("› Liban : ...", "• Georgia's ...",
// "- Mali : ..."). Hyphen and asterisk need a space after them so that
// "-5 °C" or "*Note" are not read as bullets.
bool StartsWithBullet(std::string_view line) {
  for (std::string_view glyph : {"\u203A", "\u00BB", "\u2022", "\u00B7", "\u2192", "\u25B6",
                                 "\u25BA", "\u25B8", "\u2013", "\u2014"}) {
    if (line.substr(0, glyph.size()) == glyph) return true;
  }
  return line.size() > 1 && (line[0] == '-' || line[0] == '*') && line[1] == ' ';
}

bool HoldsSeveralSentences(std::string_view line) {
  for (size_t i = 3; i + 2 < line.size(); ++i) {
    const char c = line[i];
    if ((c != '.' && c != '!' && c != '?') || line[i + 1] != ' ') continue;
    // The next sentence may open with a quotation: « (C2 AB), “ (E2 80 9C), ".
    size_t start = i + 2;
    if (line.compare(start, 2, "\xC2\xAB") == 0) {
      start += 2;
    } else if (line.compare(start, 3, "\xE2\x80\x9C") == 0) {
      start += 3;
    } else if (line[start] == '"') {
      start += 1;
    }
    while (start < line.size() && (line[start] == ' ' || line.compare(start, 2, "\xC2\xA0") == 0))
      start += line[start] == ' ' ? 1 : 2;  // « Nous : a space, often a no-break one
    if (start >= line.size()) continue;
    const unsigned char next = static_cast<unsigned char>(line[start]);
    if (!(next >= 'A' && next <= 'Z') && next != 0xC3) continue;  // 0xC3: É, À, Ç ...
    int letters = 0;
    for (size_t k = i; k > 0 && std::isalpha(static_cast<unsigned char>(line[k - 1])); --k)
      ++letters;
    if (letters >= 3) return true;
  }
  return false;
}

// The line at *pos without surrounding white space (empty for a blank
// line); moves *pos past its end of line.
Span NextLine(std::string_view t, uint32_t* pos) {
  const uint32_t n = static_cast<uint32_t>(t.size());
  const void* nl = std::memchr(t.data() + *pos, '\n', n - *pos);
  const uint32_t eol = nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - t.data()) : n;
  const Span span = Trim(t, *pos, eol);
  *pos = eol + 1;
  return span;
}

// The next line at or after *pos that is not blank (empty at the end of the
// text); moves *pos past it.
std::string_view NextNonBlankLine(std::string_view t, uint32_t* pos) {
  while (*pos < t.size()) {
    const Span span = NextLine(t, pos);
    if (span.begin != span.end) return t.substr(span.begin, span.end - span.begin);
  }
  return {};
}

// The next non-empty line after `pos` is article prose: long, several
// sentences, and not "name: comment" or "name a écrit :". Used to tell a
// section heading inside the article ("Reactions", then the reactions of
// governments) from the heading of the reader comments that ends a page.
bool IsArticleProse(std::string_view line) {
  constexpr size_t kCommenterLabel = 40;  // "sudan_watcher:", "Fatou S. :"
  const size_t colon = line.find(':');
  if (colon != std::string_view::npos && colon < kCommenterLabel) return false;
  constexpr size_t kParagraph = 120;
  return line.size() >= kParagraph && EndsLikeSentence(line) && HoldsSeveralSentences(line);
}

bool NextLineIsArticleProse(std::string_view t, uint32_t pos) {
  return IsArticleProse(NextNonBlankLine(t, &pos));
}

// At least two of the next few non-empty lines after `pos` are article
// paragraphs: what follows a header line is the article, not its comments
// (a photo caption may come first). `lines` bounds the look-ahead.
bool ArticleFollows(std::string_view t, uint32_t pos, int lines) {
  int paragraphs = 0;
  for (int k = 0; k < lines && paragraphs < 2; ++k) {
    const std::string_view line = NextNonBlankLine(t, &pos);
    if (line.empty()) break;
    paragraphs += IsArticleProse(line);
  }
  return paragraphs >= 2;
}

// The next two non-empty lines after `pos` open with a list bullet: the
// line before them is the label of a list of links ("Related briefs",
// "Nos dernières vidéos", "Also on <site>") when it reads like a label.
bool FollowedByBulletList(std::string_view t, uint32_t pos) {
  for (int bullets = 0; bullets < 2; ++bullets) {
    const std::string_view line = NextNonBlankLine(t, &pos);
    if (line.empty() || !StartsWithBullet(line)) return false;
  }
  return true;
}

}  // namespace

void CleanPage(std::string_view t, const Lexicon& lex, Document* doc) {
  const uint32_t n = static_cast<uint32_t>(t.size());
  DateCandidates dates;
  bool have_title = false;
  bool body_started = false;
  // Paragraphs of article prose kept so far: reader comments follow an
  // article, so a comment header above its first paragraphs, with the
  // article below it, is a counter of the page's header ("3 commentaires |
  // 14 852 lectures"), not the tail.
  int prose_paragraphs = 0;
  // The line before was a bare teaser label, or a headline linked from one
  // with no blank line between: this one is a linked headline too.
  bool drop_teaser_headline = false;
  bool blank_before = false;      // an empty line separates this line from the last
  bool teaser_run_began = false;  // a linked headline was dropped since the label
  // A teaser label was seen and only bulleted lines followed: more teasers.
  bool in_teaser_list = false;
  std::string found_title;
  // Room for a block per 64 bytes of the page, so that the list rarely grows.
  doc->blocks.reserve(doc->blocks.size() + t.size() / 64 + 4);
  // Per-line buffers, kept across lines and pages so a short line allocates
  // nothing.
  static thread_local std::vector<std::string_view> words, label_words;
  static thread_local std::string folded, label_folded;
  for (uint32_t pos = 0; pos < n;) {
    Span span = NextLine(t, &pos);
    if (span.begin == span.end) {
      blank_before = true;
      continue;
    }
    std::string_view line = t.substr(span.begin, span.end - span.begin);
    const bool after_blank = std::exchange(blank_before, false);
    if (in_teaser_list) {
      if (StartsWithBullet(line)) {
        drop_teaser_headline = false;
        continue;
      }
      in_teaser_list = false;
    }
    // "Also read" / headline / headline: a list of linked headlines ends at
    // a blank line, at a line that reads like prose, or at a line the
    // vocabulary knows (a comment header).
    bool more_headlines = false;
    if (std::exchange(drop_teaser_headline, false) && line.size() <= kShortLine &&
        LastCodePoint(line) != '.') {
      if (!teaser_run_began) {
        drop_teaser_headline = true;
        teaser_run_began = true;
        continue;
      }
      more_headlines = !after_blank;
    }
    words.clear();
    LineShape shape;  // filled for short lines only
    if (line.size() <= kShortLine) {
      shape = Shape(line);
      if (shape.letters < 2) {  // share counters, "* * *", "(230 K)", a bare date
        dates.Offer(FindDate(line, lex), have_title);
        continue;
      }
      if (IsBannerToken(line, shape)) continue;
      // "© AFP", "© 2023 Le Journal", "MK/APP — © Agence X 2025": a credit
      // or copyright line.
      if (line.find("\u00A9") != std::string_view::npos) continue;
      FoldWords(line, &folded, &words);
      label_words.clear();
      if (size_t colon = line.find(':');
          colon != std::string_view::npos && colon <= kMaxLabelBytes) {
        FoldWords(line.substr(0, colon), &label_folded, &label_words);
      }
      const bool sentence_end = EndsLikeSentence(line);
      bool keep = true;
      const LinePattern* matched = nullptr;
      LineKind kind = lex.Classify(words, label_words, &matched);
      if (kind == LineKind::kTail && matched->mode == MatchMode::kSuffix &&
          !IsSignature(line, matched->words)) {
        kind = LineKind::kContent;
      }
      switch (kind) {
        case LineKind::kTail:
          // A bare heading word ("Réactions") followed by article prose is a
          // section of the article, not the start of the comments.
          // So is a teaser set inside the article, "Sur le même sujet : <headline>",
          // when the article goes on after it.
          // Above the first paragraph of prose, a tail cue ("Abonnez-vous",
          // a comment counter) is page chrome when the article comes a few
          // lines below, after the section label, headline, date and byline.
          if (body_started &&
              (prose_paragraphs >= kProseBeforeComments ||
               !ArticleFollows(t, pos, prose_paragraphs == 0 ? kHeaderLines : kCaptionLines)) &&
              !((matched->mode == MatchMode::kLine ||
                 (words.size() > matched->words.size() && line.find(':') != line.npos)) &&
                NextLineIsArticleProse(t, pos))) {
            pos = n;  // all that follows is chrome or comments
          }
          keep = false;
          break;
        case LineKind::kDrop:
          keep = false;
          break;
        case LineKind::kTeaser:
          drop_teaser_headline = words.size() == matched->words.size();
          teaser_run_began = false;
          in_teaser_list = true;
          keep = false;
          break;
        case LineKind::kByline:
          // "Par X (avec agences)": a parenthesis ends a byline, not a sentence;
          // a longer one when it credits news agencies ("Par la rédaction de X
          // (avec AFP et Reuters)").
          if (!sentence_end ||
              (LastCodePoint(line) == ')' &&
               (words.size() <= kBylineWords ||
                (matched->mode == MatchMode::kContains && words.size() <= 2 * kBylineWords)))) {
            dates.Offer(FindDate(line, lex), have_title);
            keep = false;
          }
          break;
        case LineKind::kUpdated:
          if (!sentence_end) {
            dates.OfferUpdated(FindDate(line, lex));
            keep = false;
          }
          break;
        case LineKind::kNav:
          keep = have_title;
          break;
        case LineKind::kContent:
          if (more_headlines) {
            drop_teaser_headline = true;
            keep = false;
          } else if (body_started && !sentence_end && words.size() <= kListLabelWords &&
                     LastCodePoint(line) != ':' && !StartsWithBullet(line) &&
                     FollowedByBulletList(t, pos)) {
            // A short label over bulleted lines is a list of links; a list
            // the prose announces ends its label with a colon.
            in_teaser_list = true;
            keep = false;
          }
          break;
      }
      if (!keep) continue;
      if (shape.pipes >= 2) {  // "Auteur : X | Editeur : Y | date", menus
        dates.Offer(FindDate(line, lex), have_title);
        continue;
      }
      if (!have_title && shape.path_marks >= 2) {  // "Monde > Europe > Asie"
        dates.OfferLoose(FindDate(line, lex));
        continue;
      }
      if (!sentence_end || line.size() < 60) {
        // A line that is mostly a date: "Vendredi, 19 Avr. 2024", a dateline
        // "Paris, 7 janv. (AFP) -".
        PageDate d = FindDate(line, lex);
        if (d.found() && d.words > 4) {
          if (size_t cut = BylineAfterSeparator(line, lex); cut != std::string_view::npos) {
            d = FindDate(line.substr(0, cut), lex);
          }
        }
        if (d.found() && d.words <= 4) {
          dates.Offer(d, have_title);
          continue;
        }
        if (!body_started) dates.OfferLoose(d);
        if (IsCounterLine(words)) continue;
        // Menus and breadcrumbs of the page header, never a headline or a lead.
        if (!body_started && IsMenuLine(line)) continue;
      }
    }
    if (!have_title) {
      // A long line ending with a period is the body's first paragraph.
      const bool prose = line.size() > kShortLine && LastCodePoint(line) == '.';
      if (line.size() <= kMaxTitle && !prose && !HoldsSeveralSentences(line)) {
        const size_t word_count = words.empty() ? CountWords(line) : words.size();
        if (word_count < 3) continue;  // a site name or a label above the headline
        // "ASIE CENTRALE ET CAUCASE": a section kicker in capitals.
        // Words counted between spaces: "D'AFRIQUE" is one word of a masthead.
        if (shape.letters > 0 && shape.lower == 0 && CountWords(line) <= kKickerWords) continue;
        have_title = true;
        found_title = CollapseSpaces(line);
        doc->blocks.push_back({span, "title"});
        continue;
      }
      have_title = true;  // no headline: the page starts with its body
    }
    int first_len = 1;
    uint32_t first = DecodeAt(line, 0, &first_len);
    std::string role = "paragraph";
    if (IsOpeningQuote(first) || first == '"') {
      role = "quote";
    } else if (!body_started && !doc->blocks.empty() && doc->blocks.back().role == "title") {
      role = "lead";
    }
    body_started = true;
    if (line.size() >= kProseParagraph && EndsLikeSentence(line)) ++prose_paragraphs;
    doc->blocks.push_back({span, role});
  }
  // Trailing labels and links after the last paragraph ("Voir tout", "Tous les jobs").
  while (!doc->blocks.empty() && doc->blocks.back().role != "title") {
    const Block& b = doc->blocks.back();
    std::string_view s = t.substr(b.span.begin, b.span.end - b.span.begin);
    if (EndsLikeSentence(s) || CountWords(s) >= kTrailingWords) break;
    doc->blocks.pop_back();
  }
  if (doc->title.empty()) doc->title = found_title;
  ChooseDate(t, lex, dates, doc);
}

}  // namespace kzgraph::text
