#include "text/lexicon.h"

#include <fstream>
#include <sstream>

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
  if (pattern == "#") return IsNumber(word);
  if (glued) return word.substr(0, pattern.size()) == pattern;
  return word == pattern;
}

}  // namespace

LineKind Lexicon::Classify(const std::vector<std::string_view>& words) const {
  for (const LinePattern& p : patterns) {
    if (words.size() < p.words.size()) continue;
    if (p.mode == MatchMode::kLine && words.size() != p.words.size()) continue;
    bool ok = true;
    for (size_t i = 0; ok && i < p.words.size(); ++i) {
      const bool last = i + 1 == p.words.size();
      ok = WordMatches(p.words[i], words[i], last && p.mode == MatchMode::kGlued);
    }
    if (ok) return p.kind;
  }
  return LineKind::kContent;
}

Status LoadLexicon(const std::string& path, Lexicon* out) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot open");
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::istringstream fields(line);
    std::string kind;
    if (!(fields >> kind) || kind[0] == '#') continue;
    std::vector<std::string> rest;
    for (std::string w; fields >> w;) rest.push_back(w);
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
      } else if (kind == "byline") {
        p.kind = LineKind::kByline;
      } else if (kind == "nav") {
        p.kind = LineKind::kNav;
      } else {
        return bad(
            "unknown kind (tail, drop, byline, nav, abbrev, month, weekday, elision, inverted)");
      }
      const std::string& mode = rest[0];
      if (mode == "line") {
        p.mode = MatchMode::kLine;
      } else if (mode == "prefix") {
        p.mode = MatchMode::kPrefix;
      } else if (mode == "glued") {
        p.mode = MatchMode::kGlued;
      } else {
        return bad("unknown mode (line, prefix, glued)");
      }
      p.words.assign(rest.begin() + 1, rest.end());
      if (p.words.empty()) return bad("pattern without words");
      out->patterns.push_back(std::move(p));
    }
  }
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
