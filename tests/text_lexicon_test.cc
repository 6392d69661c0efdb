// The boilerplate lexicon's pattern index must pick exactly the pattern the
// plain in-order scan picks, for every kind of line.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "kzgraph/graph.h"
#include "text/lexicon.h"

using namespace kzgraph;

namespace {

std::vector<std::string_view> SplitWords(const std::string& folded) {
  std::vector<std::string_view> words;
  size_t at = 0;
  while (at < folded.size()) {
    size_t end = folded.find(' ', at);
    if (end == std::string::npos) end = folded.size();
    if (end > at) words.emplace_back(folded.data() + at, end - at);
    at = end + 1;
  }
  return words;
}

// Index of the pattern Classify() reports, or -1.
int Pick(const text::Lexicon& lex, const std::string& line) {
  const std::string folded = FoldName(line);
  std::string label;
  if (size_t colon = line.find(':'); colon != std::string::npos)
    label = FoldName(line.substr(0, colon));
  const text::LinePattern* matched = nullptr;
  lex.Classify(SplitWords(folded), SplitWords(label), &matched);
  return matched ? static_cast<int>(matched - lex.patterns.data()) : -1;
}

}  // namespace

TEST_CASE("Lexicon index picks the same pattern as the full scan", "[text]") {
  const text::Lexicon& indexed = text::DefaultLexicon();
  REQUIRE(indexed.index.built);
  REQUIRE(indexed.patterns.size() > 50);
  text::Lexicon plain = indexed;
  plain.index = text::PatternIndex();

  std::vector<std::string> lines = {"",
                                    "Lire aussi",
                                    "Next: the vote",
                                    "12 commentaires",
                                    "Jean B. a écrit",
                                    "user_12 · 2 h",
                                    "5 août 20 h",
                                    "© 2023 all rights reserved",
                                    "Partager : Facebook"};
  // Lines built from every pattern: alone, with a word before, after, glued,
  // behind a label colon, with "#" as a number.
  for (const text::LinePattern& p : indexed.patterns) {
    std::string phrase;
    for (const std::string& w : p.words)
      phrase += (phrase.empty() ? "" : " ") + (w == "#" ? "12" : w);
    for (const std::string& line :
         {phrase, "Mot " + phrase, phrase + " suite", phrase + "s", phrase + ": texte",
          "Deux mots " + phrase, "un deux trois quatre cinq six " + phrase,
          phrase + " 3 janvier"}) {
      lines.push_back(line);
    }
  }
  // And every line of the sample pages.
  for (const char* dir : {"/samples/kz", "/samples/dev", "/samples/dev2"}) {
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(KZGRAPH_SOURCE_DIR) + dir)) {
      std::ifstream in(entry.path());
      for (std::string line; std::getline(in, line);) {
        if (line.size() <= 200) lines.push_back(line);
      }
    }
  }
  size_t matched = 0;
  for (const std::string& line : lines) {
    const int with_index = Pick(indexed, line);
    INFO(line);
    CHECK(with_index == Pick(plain, line));
    matched += with_index >= 0;
  }
  // The lines exercise most patterns, not just the no-match path.
  CHECK(matched > indexed.patterns.size());
}
