// The shortcuts of the extractor's hot paths give the answers of the plain
// computations they skip.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/words.h"

namespace kzgraph::extract {
namespace {

// The plain rule: split the sentence's last space-separated token and ask
// its last word.
bool SplitTailEndsWithAbbrev(const std::string& text) {
  size_t e = text.size();
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
  size_t b = e;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
  if (b == e) return false;
  std::vector<Word> words;
  SplitWords(text, {static_cast<uint32_t>(b), static_cast<uint32_t>(e)}, &words);
  return !words.empty() && words.back().abbrev;
}

}  // namespace

TEST_CASE("EndsWithAbbrev tells a title or an initial from a sentence end", "[extract][speed]") {
  auto ends = [](const std::string& s) {
    return EndsWithAbbrev(s, {0, static_cast<uint32_t>(s.size())});
  };
  CHECK(ends("Selon M."));
  CHECK(ends("Il a reçu V."));
  CHECK(ends("les forces des U.S."));
  CHECK(ends("a dit Mme. "));
  CHECK(ends("le Gén.\n"));
  CHECK_FALSE(ends("La Russie accuse le Kazakhstan."));
  CHECK_FALSE(ends("Il a tout dit."));
  CHECK_FALSE(ends("selon l'agence (AFP)."));
  CHECK_FALSE(ends("Il le dit à M.."));
  CHECK_FALSE(ends("2 %."));
  CHECK_FALSE(ends(""));
  CHECK_FALSE(ends("   "));

  // Every tail shape around the five-letter shortcut agrees with the split.
  const std::vector<std::string> tails = {
      "M.",       "MM.",  "Mlle.", "Mmes.",      "Pr.",      "V.",     "v.",           "U.S.",
      "U.S.A.",   "a.b.", "abcd.", "abcde.",     "abcdef.",  "ABCDE.", "e.V.",         "Poutine.",
      "Tokaïev.", "Gén.", "Jr.",   "x.y",        "site.com", "2.030.", "12345.",       "1234.",
      "(M.)",     "M.)",  "«M.»",  "M.\xc2\xa0", "#Tag.",    "l'O.",   "Saint-M.",     "a_b_c.",
      ".",        "..",   "M..",   "A.B",        "Dr",       "",       "\xc3\x89tat.", "fin ."};
  for (const std::string& tail : tails) {
    for (const std::string& head :
         {std::string(""), std::string("Texte avant "), std::string("ligne\n")}) {
      const std::string text = head + tail;
      INFO("text: " << text);
      CHECK(ends(text) == SplitTailEndsWithAbbrev(text));
    }
  }
}

}  // namespace kzgraph::extract
