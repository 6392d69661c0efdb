#include "text/lexicon.h"

#include <algorithm>
#include <bit>
#include <fstream>

#include "kzgraph/extractor.h"

namespace kzgraph::text {
namespace {

bool IsNumber(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool WordMatches(std::string_view pattern, std::string_view word, bool glued) {
  if (pattern.size() == 1 && pattern[0] == '#') return IsNumber(word);
  if (glued) return word.substr(0, pattern.size()) == pattern;
  return word == pattern;
}

// p.words equal words[at, at + p.words.size()).
bool MatchesAt(const LinePattern& p, const std::vector<std::string_view>& words, size_t at) {
  for (size_t i = 0; i < p.words.size(); ++i) {
    const bool last = i + 1 == p.words.size();
    if (!WordMatches(p.words[i], words[at + i], last && p.mode == MatchMode::kGlued)) return false;
  }
  return true;
}

bool Matches(const LinePattern& p, const std::vector<std::string_view>& words,
             const std::vector<std::string_view>& label_words) {
  const size_t n = p.words.size();
  switch (p.mode) {
    case MatchMode::kLine:
      return words.size() == n && MatchesAt(p, words, 0);
    case MatchMode::kPrefix:
    case MatchMode::kGlued:
      return words.size() >= n && MatchesAt(p, words, 0);
    case MatchMode::kLabel:
      return label_words.size() == n && MatchesAt(p, label_words, 0);
    case MatchMode::kContains: {
      // Every word of the line is a possible start: a word that is not the
      // pattern's first (not even in length) is passed over at once.
      const std::string_view first = p.words[0];
      const bool number = first.size() == 1 && first[0] == '#';
      for (size_t at = 0; at + n <= words.size(); ++at) {
        if (!number && (words[at].size() != first.size() || words[at][0] != first[0])) continue;
        if (MatchesAt(p, words, at)) return true;
      }
      return false;
    }
    case MatchMode::kSuffix:
      return words.size() > n && words.size() <= kSuffixMaxWords &&
             MatchesAt(p, words, words.size() - n);
  }
  return false;
}

}  // namespace

LineKind Lexicon::Classify(const std::vector<std::string_view>& words,
                           const std::vector<std::string_view>& label_words,
                           const LinePattern** matched) const {
  if (matched) *matched = nullptr;
  // "Lundi 19 février 2024 - 20 h" is a dateline, never a comment signature;
  // looked up only when a suffix pattern could apply.
  int has_month = -1;
  auto try_pattern = [&](const LinePattern& p) {
    if (p.mode == MatchMode::kSuffix && words.size() > kSuffixMaxWords) return false;
    if (!Matches(p, words, label_words)) return false;
    // The months last: a suffix pattern rarely matches, a lookup per word costs.
    if (p.mode == MatchMode::kSuffix) {
      if (has_month < 0) {
        has_month = std::any_of(words.begin(), words.end(),
                                [this](std::string_view w) { return months.count(w) > 0; });
      }
      if (has_month) return false;
    }
    if (matched) *matched = &p;
    return true;
  };
  if (!index.built || patterns.size() > kMaxIndexed) {
    for (const LinePattern& p : patterns) {
      if (try_pattern(p)) return p.kind;
    }
    return LineKind::kContent;
  }
  // The patterns to try, in file order: the index's lists that the line's
  // first word, last word and label can reach, as a set of bits.
  uint64_t picked[kMaxIndexed / 64];
  std::copy(std::begin(index.anywhere_bits), std::end(index.anywhere_bits), picked);
  auto add = [&](const std::vector<uint16_t>& list) {
    for (uint16_t p : list) picked[p >> 6] |= uint64_t{1} << (p & 63);
  };
  if (!words.empty()) {
    if (IsNumber(words[0])) add(index.number_first);
    if (auto it = index.by_first_word.find(words[0]); it != index.by_first_word.end()) {
      add(it->second);
    }
  }
  if (!words.empty() && words.size() <= kSuffixMaxWords) {
    if (IsNumber(words.back())) add(index.suffix_number_last);
    if (auto it = index.suffix_by_last_word.find(words.back());
        it != index.suffix_by_last_word.end()) {
      add(it->second);
    }
  }
  if (index.contains_first_filter != 0) {
    for (std::string_view w : words) {
      if (w.empty() || (index.contains_first_filter & ContainsFilterBit(w)) == 0) continue;
      if (auto it = index.contains_by_first_word.find(w);
          it != index.contains_by_first_word.end()) {
        add(it->second);
      }
    }
  }
  if (!label_words.empty()) {
    if (IsNumber(label_words[0])) add(index.label_number_first);
    if (auto it = index.by_label_word.find(label_words[0]); it != index.by_label_word.end()) {
      add(it->second);
    }
  }
  for (size_t b = 0; b < std::size(picked); ++b) {
    for (uint64_t bits = picked[b]; bits != 0; bits &= bits - 1) {
      const LinePattern& p = patterns[b * 64 + static_cast<size_t>(std::countr_zero(bits))];
      if (try_pattern(p)) return p.kind;
    }
  }
  return LineKind::kContent;
}

void Lexicon::BuildIndex() {
  index = PatternIndex();
  if (patterns.size() > kMaxIndexed) return;  // Classify() then tries them all
  for (size_t i = 0; i < patterns.size(); ++i) {
    const LinePattern& p = patterns[i];
    const uint16_t at = static_cast<uint16_t>(i);
    const std::string& first = p.words[0];
    switch (p.mode) {
      case MatchMode::kLine:
      case MatchMode::kPrefix:
      case MatchMode::kGlued:
        // A one-word glued pattern matches the start of the first word only.
        if (p.mode == MatchMode::kGlued && p.words.size() == 1) {
          index.anywhere.push_back(at);
        } else if (first == "#") {
          index.number_first.push_back(at);
        } else {
          index.by_first_word[first].push_back(at);
        }
        break;
      case MatchMode::kLabel:
        if (first == "#") {
          index.label_number_first.push_back(at);
        } else {
          index.by_label_word[first].push_back(at);
        }
        break;
      case MatchMode::kContains:
        if (first == "#") {
          index.anywhere.push_back(at);
        } else {
          index.contains_by_first_word[first].push_back(at);
          index.contains_first_filter |= ContainsFilterBit(first);
        }
        break;
      case MatchMode::kSuffix:
        if (p.words.back() == "#") {
          index.suffix_number_last.push_back(at);
        } else {
          index.suffix_by_last_word[p.words.back()].push_back(at);
        }
        break;
    }
  }
  for (uint16_t at : index.anywhere) index.anywhere_bits[at >> 6] |= uint64_t{1} << (at & 63);
  index.built = true;
}

Status LoadLexicon(const std::string& path, Lexicon* out) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot open");
  std::string line;
  int number = 0;
  std::vector<std::string> rest;
  while (std::getline(in, line)) {
    ++number;
    // The line's words between white space, as `std::istream >>` reads them
    // (without a stream per line).
    rest.clear();
    for (size_t i = 0; i < line.size();) {
      auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
      };
      while (i < line.size() && space(line[i])) ++i;
      const size_t b = i;
      while (i < line.size() && !space(line[i])) ++i;
      if (i > b) rest.emplace_back(line, b, i - b);
    }
    if (rest.empty() || rest[0][0] == '#') continue;
    const std::string kind = std::move(rest[0]);
    rest.erase(rest.begin());
    auto bad = [&](const char* why) {
      return Status::InvalidArgument(path + ":" + std::to_string(number) + ": " + why);
    };
    if (rest.empty()) return bad("entry without words");
    if (kind == "abbrev") {
      out->abbreviations.insert(rest.begin(), rest.end());
    } else if (kind == "weekday") {
      out->weekdays.insert(rest.begin(), rest.end());
    } else if (kind == "elision") {
      out->elisions.insert(rest.begin(), rest.end());
    } else if (kind == "inverted") {
      out->inverted.insert(rest.begin(), rest.end());
    } else if (kind == "month") {
      int month = std::atoi(rest[0].c_str());
      if (month < 1 || month > 12 || rest.size() < 2) return bad("month: expected N NAME...");
      for (size_t i = 1; i < rest.size(); ++i) out->months[rest[i]] = month;
    } else {
      LinePattern p;
      if (kind == "tail") {
        p.kind = LineKind::kTail;
      } else if (kind == "drop") {
        p.kind = LineKind::kDrop;
      } else if (kind == "teaser") {
        p.kind = LineKind::kTeaser;
      } else if (kind == "byline") {
        p.kind = LineKind::kByline;
      } else if (kind == "updated") {
        p.kind = LineKind::kUpdated;
      } else if (kind == "nav") {
        p.kind = LineKind::kNav;
      } else {
        return bad(
            "unknown kind (tail, drop, teaser, byline, updated, nav, abbrev, month, weekday, "
            "elision, "
            "inverted)");
      }
      const std::string& mode = rest[0];
      if (mode == "line") {
        p.mode = MatchMode::kLine;
      } else if (mode == "prefix") {
        p.mode = MatchMode::kPrefix;
      } else if (mode == "glued") {
        p.mode = MatchMode::kGlued;
      } else if (mode == "label") {
        p.mode = MatchMode::kLabel;
      } else if (mode == "contains") {
        p.mode = MatchMode::kContains;
      } else if (mode == "suffix") {
        p.mode = MatchMode::kSuffix;
      } else {
        return bad("unknown mode (line, prefix, glued, label, contains, suffix)");
      }
      p.words.assign(rest.begin() + 1, rest.end());
      if (p.words.empty()) return bad("pattern without words");
      out->patterns.push_back(std::move(p));
    }
  }
  out->BuildIndex();
  return Status::OK();
}

const Lexicon& DefaultLexicon() {
  static const Lexicon* lexicon = [] {
    auto* l = new Lexicon;
    Lexicon loaded;
    if (LoadLexicon(SchemaDir() + "/lexicon/boilerplate.txt", &loaded).ok()) *l = std::move(loaded);
    return l;
  }();
  return *lexicon;
}

}  // namespace kzgraph::text
