#include "text/date.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "text/chars.h"

namespace kzgraph::text {
namespace {

struct DateToken {
  enum Type : uint8_t { kNumber, kWord, kMark } type;
  // Digits (in the line), the folded word (in the lexer's buffer), or the
  // mark character.
  std::string_view text;
  int value = 0;  // numbers only
};

// The tokens of a line, kept between calls so lexing allocates nothing once
// the buffers have grown.
struct DateTokens {
  std::vector<DateToken> tokens;
  std::string folded;  // folded words, back to back
  // (token, offset in `folded`) of each word while `folded` grows.
  std::vector<std::pair<size_t, size_t>> word_at;
};

void Lex(std::string_view line, DateTokens* out) {
  std::vector<DateToken>& tokens = out->tokens;
  std::string& folded = out->folded;
  tokens.clear();
  folded.clear();
  std::vector<std::pair<size_t, size_t>>& word_at = out->word_at;
  word_at.clear();
  size_t i = 0;
  while (i < line.size()) {
    int len = 1;
    uint32_t cp = DecodeAt(line, i, &len);
    if (cp >= '0' && cp <= '9') {
      size_t b = i;
      int value = 0;
      while (i < line.size() && line[i] >= '0' && line[i] <= '9') {
        if (i - b < 6) value = value * 10 + (line[i] - '0');
        ++i;
      }
      tokens.push_back({DateToken::kNumber, line.substr(b, i - b), i - b <= 6 ? value : -1});
    } else if (IsLetterCp(cp)) {
      size_t b = i;
      bool ascii = true;
      while (i < line.size()) {
        const unsigned char byte = line[i];
        if (byte < 0x80) {  // IsLetterCp of an ASCII byte, without decoding it
          if ((byte | 0x20) < 'a' || (byte | 0x20) > 'z') break;
          ++i;
          continue;
        }
        uint32_t c = DecodeAt(line, i, &len);
        if (!IsLetterCp(c)) break;
        ascii = false;
        i += len;
      }
      const size_t at = folded.size();
      if (ascii) {  // FoldWord without a string of its own
        folded.append(line.data() + b, i - b);
        for (size_t k = at; k < folded.size(); ++k) {
          if (folded[k] >= 'A' && folded[k] <= 'Z') folded[k] = static_cast<char>(folded[k] | 0x20);
        }
      } else {
        folded += FoldWord(line.substr(b, i - b));
      }
      word_at.emplace_back(tokens.size(), at);
      tokens.push_back({DateToken::kWord, std::string_view(), 0});
    } else {
      switch (cp) {
        case '-':
        case 0x2013:
          tokens.push_back({DateToken::kMark, "-"});
          break;
        case '/':
          tokens.push_back({DateToken::kMark, "/"});
          break;
        case '.':
          tokens.push_back({DateToken::kMark, "."});
          break;
        case ',':
          tokens.push_back({DateToken::kMark, ","});
          break;
        default:
          break;
      }
      i += len;
    }
  }
  for (size_t w = 0; w < word_at.size(); ++w) {
    const size_t end = w + 1 < word_at.size() ? word_at[w + 1].second : folded.size();
    tokens[word_at[w].first].text =
        std::string_view(folded).substr(word_at[w].second, end - word_at[w].second);
  }
}

bool ValidDay(int d) { return d >= 1 && d <= 31; }
bool ValidYear(int y) { return y >= 1900 && y <= 2100; }

}  // namespace

namespace {

PageDate FindDateIn(std::string_view line, const Lexicon& lex);

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The first digit of `s` (its size if none): 16 bytes at a time where SSE2
// is there (most lines of a page have no digit at all).
size_t FirstDigit(std::string_view s) {
  size_t i = 0;
#ifdef __SSE2__
  // Signed compares: bytes >= 0x80 are negative, never digits.
  const __m128i below = _mm_set1_epi8('0' - 1), above = _mm_set1_epi8('9' + 1);
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const unsigned digits = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, below), _mm_cmpgt_epi8(above, v))));
    if (digits != 0) return i + static_cast<size_t>(__builtin_ctz(digits));
  }
#endif
  while (i < s.size() && !IsDigit(s[i])) ++i;
  return i;
}

}  // namespace

PageDate FindDate(std::string_view line, const Lexicon& lex) {
  line = line.substr(0, 4096);
  const size_t first_digit = FirstDigit(line);
  if (first_digit == line.size()) return {};  // every form has a number
  if (line.size() <= 256) return FindDateIn(line, lex);
  // Long text: look only around each number, so prose costs a byte scan.
  for (size_t p = first_digit; p < line.size(); ++p) {
    if (!IsDigit(line[p]) || (p > 0 && IsDigit(line[p - 1]))) continue;
    size_t b = p > 24 ? p - 24 : 0, e = std::min(line.size(), p + 40);
    while (b > 0 && (static_cast<unsigned char>(line[b]) & 0xC0) == 0x80) --b;
    while (e < line.size() && (static_cast<unsigned char>(line[e]) & 0xC0) == 0x80) ++e;
    // Start the window at a word boundary so a cut word is not misread.
    while (b > 0 && b < p && !IsAsciiSpace(static_cast<unsigned char>(line[b - 1]))) ++b;
    PageDate d = FindDateIn(line.substr(b, e - b), lex);
    if (d.found()) {
      d.words = 1000;  // prose, not a date line
      return d;
    }
  }
  return {};
}

namespace {

PageDate FindDateIn(std::string_view line, const Lexicon& lex) {
  thread_local DateTokens lexed;
  Lex(line, &lexed);
  const std::vector<DateToken>& t = lexed.tokens;
  const size_t n = t.size();
  auto is = [&](size_t k, DateToken::Type type) { return k < n && t[k].type == type; };
  auto mark = [&](size_t k, char c) { return is(k, DateToken::kMark) && t[k].text[0] == c; };
  auto month_at = [&](size_t k) -> int {
    if (!is(k, DateToken::kWord)) return 0;
    auto it = lex.months.find(t[k].text);
    return it == lex.months.end() ? 0 : it->second;
  };
  size_t word_count = 0;
  for (const DateToken& tok : t) word_count += tok.type == DateToken::kWord;
  PageDate d;
  for (size_t k = 0; k < n; ++k) {
    size_t used_words = 0;
    // 2022-01-07
    if (is(k, DateToken::kNumber) && t[k].text.size() == 4 && mark(k + 1, '-') &&
        is(k + 2, DateToken::kNumber) && mark(k + 3, '-') && is(k + 4, DateToken::kNumber)) {
      int y = t[k].value, m = t[k + 2].value, day = t[k + 4].value;
      if (ValidYear(y) && m >= 1 && m <= 12 && ValidDay(day)) {
        d = {y, m, day};
      }
    } else if (is(k, DateToken::kNumber) && t[k].text.size() <= 2 &&
               (mark(k + 1, '/') || mark(k + 1, '.')) && is(k + 2, DateToken::kNumber) &&
               t[k + 2].text.size() <= 2 && mark(k + 3, t[k + 1].text[0]) &&
               is(k + 4, DateToken::kNumber) && t[k + 4].text.size() == 4) {
      // 10/01/2022: day first, as in French, unless the first cannot be a day.
      int a = t[k].value, b = t[k + 2].value, y = t[k + 4].value;
      if (b > 12 && a <= 12) std::swap(a, b);
      if (ValidYear(y) && b >= 1 && b <= 12 && ValidDay(a)) d = {y, b, a};
    } else if (is(k, DateToken::kNumber) && t[k].text.size() <= 2) {
      // 7 janv. 2022 / 1er janvier / 06 Janv. 2022
      size_t m = k + 1;
      if (is(m, DateToken::kWord) && (t[m].text == "er" || t[m].text == "th")) ++m;
      int month = month_at(m);
      if (month && ValidDay(t[k].value)) {
        used_words = 1;
        size_t y = m + 1;
        if (mark(y, '.')) ++y;
        if (mark(y, ',')) ++y;
        int year = is(y, DateToken::kNumber) && t[y].text.size() == 4 && ValidYear(t[y].value)
                       ? t[y].value
                       : 0;
        d = {year, month, t[k].value};
      }
    } else if (is(k, DateToken::kWord) && (is(k + 1, DateToken::kNumber) ||
                                           (mark(k + 1, '.') && is(k + 2, DateToken::kNumber)))) {
      // Jan. 7, 2022 / January 7, 2022 (the month looked up only for a word
      // before a number: most words of a line are not)
      size_t m = k + 1;
      if (mark(m, '.')) ++m;
      const int month = is(m, DateToken::kNumber) && t[m].text.size() <= 2 && ValidDay(t[m].value)
                            ? month_at(k)
                            : 0;
      if (month) {
        size_t y = m + 1;
        if (is(y, DateToken::kWord) &&
            (t[y].text == "th" || t[y].text == "st" || t[y].text == "nd" || t[y].text == "rd")) {
          ++y;
        }
        if (mark(y, ',')) ++y;
        if (is(y, DateToken::kNumber) && t[y].text.size() == 4 && ValidYear(t[y].value)) {
          d = {t[y].value, month, t[m].value};
          used_words = 1;
        }
      }
    }
    if (d.found()) {
      size_t weekday = 0;
      for (const DateToken& tok : t)
        weekday += tok.type == DateToken::kWord && lex.weekdays.count(tok.text);
      d.words = word_count - used_words - weekday;
      return d;
    }
  }
  return d;
}

}  // namespace

std::string ToIso(const PageDate& d) {
  if (!d.found()) return "";
  char buf[16];
  if (d.year) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  } else {
    std::snprintf(buf, sizeof buf, "--%02d-%02d", d.month, d.day);
  }
  return buf;
}

}  // namespace kzgraph::text
