#include "text/clean.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "kzgraph/graph.h"
#include "text/chars.h"
#include "text/date.h"

namespace kzgraph::text {
namespace {

// Lines longer than this are prose, never chrome.
constexpr size_t kShortLine = 200;
// A headline is at most this long.
constexpr size_t kMaxTitle = 300;
// Body text searched for a fallback date.
constexpr size_t kDateSearchBytes = 64 * 1024;
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
  size_t pipes = 0;
  size_t path_marks = 0;  // breadcrumb separators: > ›
  size_t spaces = 0;
};

LineShape Shape(std::string_view line) {
  LineShape s;
  for (size_t i = 0; i < line.size();) {
    int len = 1;
    uint32_t cp = DecodeAt(line, i, &len);
    if (IsLetterCp(cp)) {
      ++s.letters;
    } else if (cp == '|') {
      ++s.pipes;
    } else if (cp == '>' || cp == 0x203A) {
      ++s.path_marks;
    } else if (IsSpaceCp(cp)) {
      ++s.spaces;
    }
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

std::vector<std::string_view> Words(const std::string& folded) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < folded.size()) {
    size_t j = folded.find(' ', i);
    if (j == std::string::npos) j = folded.size();
    if (j > i) words.emplace_back(folded.data() + i, j - i);
    i = j + 1;
  }
  return words;
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

struct DateCandidates {
  PageDate own;     // byline or dateline below the headline
  PageDate header;  // a date line above the headline (often the scrape date)
  void Offer(const PageDate& d, bool after_title) {
    PageDate& slot = after_title ? own : header;
    if (!d.found()) return;
    if (!slot.found() || (!slot.year && d.year)) slot = d;
  }
};

// The publication date, by preference: byline or dateline, a full date in
// the body text, the header date; without a year the day is kept apart.
void ChooseDate(std::string_view t, const Lexicon& lex, DateCandidates& dates, Document* doc) {
  PageDate body_full, body_partial;
  size_t searched = 0;
  for (const Block& b : doc->blocks) {
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
  } else if (dates.own.found()) {
    chosen = dates.own;
    // Year from another full date of the same month, never from the header.
    if (body_full.found() && body_full.month == chosen.month) chosen.year = body_full.year;
  } else if (body_full.found()) {
    chosen = body_full;
  } else if (dates.header.found() && dates.header.year) {
    chosen = dates.header;
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
bool HoldsSeveralSentences(std::string_view line) {
  for (size_t i = 3; i + 2 < line.size(); ++i) {
    const char c = line[i];
    if ((c != '.' && c != '!' && c != '?') || line[i + 1] != ' ') continue;
    const unsigned char next = static_cast<unsigned char>(line[i + 2]);
    if (!(next >= 'A' && next <= 'Z') && next != 0xC3) continue;  // 0xC3: É, À, Ç ...
    int letters = 0;
    for (size_t k = i; k > 0 && std::isalpha(static_cast<unsigned char>(line[k - 1])); --k)
      ++letters;
    if (letters >= 3) return true;
  }
  return false;
}

}  // namespace

void CleanPage(std::string_view t, const Lexicon& lex, Document* doc) {
  const uint32_t n = static_cast<uint32_t>(t.size());
  DateCandidates dates;
  bool have_title = false;
  bool body_started = false;
  std::string found_title;
  for (uint32_t pos = 0; pos < n;) {
    uint32_t eol = pos;
    if (const void* nl = std::memchr(t.data() + pos, '\n', n - pos)) {
      eol = static_cast<uint32_t>(static_cast<const char*>(nl) - t.data());
    } else {
      eol = n;
    }
    Span span = Trim(t, pos, eol);
    pos = eol + 1;
    if (span.begin == span.end) continue;
    std::string_view line = t.substr(span.begin, span.end - span.begin);
    std::vector<std::string_view> words;
    std::string folded;
    if (line.size() <= kShortLine) {
      LineShape shape = Shape(line);
      if (shape.letters < 2) {  // share counters, "* * *", "(230 K)", a bare date
        dates.Offer(FindDate(line, lex), have_title);
        continue;
      }
      if (IsBannerToken(line, shape)) continue;
      folded = FoldName(line);
      words = Words(folded);
      const bool sentence_end = EndsLikeSentence(line);
      bool keep = true;
      switch (lex.Classify(words)) {
        case LineKind::kTail:
          if (body_started) pos = n;  // all that follows is chrome or comments
          keep = false;
          break;
        case LineKind::kDrop:
          keep = false;
          break;
        case LineKind::kByline:
          if (!sentence_end) {
            dates.Offer(FindDate(line, lex), have_title);
            keep = false;
          }
          break;
        case LineKind::kNav:
          keep = have_title;
          break;
        case LineKind::kContent:
          break;
      }
      if (!keep) continue;
      if (shape.pipes >= 2) {  // "Auteur : X | Editeur : Y | date", menus
        dates.Offer(FindDate(line, lex), have_title);
        continue;
      }
      if (!have_title && shape.path_marks >= 2) continue;  // "Monde > Europe > Asie"
      if (!sentence_end || line.size() < 60) {
        // A line that is mostly a date: "Vendredi, 19 Avr. 2024", a dateline
        // "Paris, 7 janv. (AFP) -".
        PageDate d = FindDate(line, lex);
        if (d.found() && d.words <= 4) {
          dates.Offer(d, have_title);
          continue;
        }
      }
    }
    if (!have_title) {
      if (line.size() <= kMaxTitle && !HoldsSeveralSentences(line)) {
        if (words.size() < 3) continue;  // a site name or a label above the headline
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
