// FoldWords, the one-pass fold of page cleaning, gives the words of
// FoldName (its output split at spaces) for every line.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "kzgraph/graph.h"
#include "text/clean.h"

namespace kzgraph::text {
namespace {

std::vector<std::string> FoldNameWords(std::string_view line) {
  std::vector<std::string> words;
  const std::string folded = FoldName(line);
  size_t start = 0;
  for (size_t i = 0; i <= folded.size(); ++i) {
    if (i == folded.size() || folded[i] == ' ') {
      if (i > start) words.push_back(folded.substr(start, i - start));
      start = i + 1;
    }
  }
  return words;
}

void CheckLine(const std::string& line) {
  std::string buffer;
  std::vector<std::string_view> words;
  FoldWords(line, &buffer, &words);
  INFO("line: " << line);
  CHECK(std::vector<std::string>(words.begin(), words.end()) == FoldNameWords(line));
}

}  // namespace

TEST_CASE("FoldWords gives FoldName's words for chrome and accented lines", "[text]") {
  for (const std::string& line :
       {std::string(), std::string("   "), std::string("Menu Rechercher Accueil Économie Idées"),
        std::string("Partager sur Facebook | Copier le lien | Envoyer par e-mail"),
        std::string("Accueil > Monde > Actualités"), std::string("« L’OTSC » — Œuvre, ½ et æ…"),
        std::string("Publié le 07/01/2022 à 18h11 (mis à jour)"),
        std::string("ALL RIGHTS RESERVED © 2022"), std::string("\x01pad\x01"),
        std::string("Владимир Путин"), std::string("e\xCC\x81t\xC3\xA9"),
        std::string("bad \xC3 byte \xFF"), std::string("👁 3 481 lectures | 💬 4"),
        std::string("under_score@mail.example 12ab")}) {
    CheckLine(line);
  }
}

TEST_CASE("FoldWords gives FoldName's words on generated lines", "[text]") {
  // ASCII of every class, the Latin ranges folded one by one, punctuation,
  // and code points beyond the tables (the slow path), in random order and
  // lengths that cross the eight-byte blocks.
  const std::vector<std::string> pieces = {"a",
                                           "Z",
                                           "q",
                                           "0",
                                           "9",
                                           " ",
                                           "-",
                                           "'",
                                           ".",
                                           "|",
                                           ">",
                                           "_",
                                           "@",
                                           "\t",
                                           "\x01",
                                           "[",
                                           "`",
                                           "{",
                                           "é",
                                           "É",
                                           "à",
                                           "ç",
                                           "ß",
                                           "æ",
                                           "Œ",
                                           "ĳ",
                                           "ŉ",
                                           "½",
                                           "×",
                                           "«",
                                           "»",
                                           "\xC2\xA0",
                                           "’",
                                           "–",
                                           "…",
                                           "\xE2\x80\x8B",
                                           "\xE2\x81\x84",
                                           "ж",
                                           "✓",
                                           "\xCC\x81",
                                           "\xC3",
                                           "\xE2\x80"};
  std::mt19937 rng(7);
  for (int n = 0; n < 5000; ++n) {
    std::string line;
    const int length = static_cast<int>(rng() % 48);
    for (int k = 0; k < length; ++k) {
      line += rng() % 3 == 0 ? pieces[rng() % pieces.size()]
                             : std::string(1, static_cast<char>('a' + rng() % 26));
    }
    CheckLine(line);
  }
}

TEST_CASE("FoldWords gives FoldName's words on every line of the sample pages", "[text]") {
  for (const char* dir : {"/samples/kz", "/samples/dev", "/samples/dev2"}) {
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(KZGRAPH_SOURCE_DIR) + dir)) {
      std::ifstream in(entry.path());
      for (std::string line; std::getline(in, line);) CheckLine(line);
    }
  }
}

}  // namespace kzgraph::text
