#include "extract/partial_quotes.h"

#include <array>

namespace kzgraph::extract {
namespace {

bool Space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// A straight quote's direction from its neighbours: opening after a space
// or the start and before a letter, closing otherwise; 0 when unclear.
char StraightDirection(const std::string& text, const Word& q) {
  const bool space_before = q.span.begin == 0 || Space(text[q.span.begin - 1]) ||
                            text[q.span.begin - 1] == '(';
  const bool space_after = q.span.end >= text.size() || Space(text[q.span.end]);
  if (space_before && !space_after) return '<';
  if (!space_before && space_after) return '>';
  const char after = q.span.end < text.size() ? text[q.span.end] : ' ';
  if (!space_before && (after == '.' || after == ',' || after == ';' || after == ':' ||
                        after == '?' || after == '!' || after == ')'))
    return '>';
  return 0;
}

}  // namespace

void DropPartialQuoteMarks(const std::string& text,
                           const std::function<int(const std::vector<Word>&, int)>& classify,
                           std::vector<Word>* w) {
  std::vector<Word>& words = *w;
  const int n = static_cast<int>(words.size());
  // Cheap exit: most sentences hold no quotation mark. A table test per
  // word, four words a step, and no test of the others once one is found.
  static constexpr auto kQuote = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {'<', '>', '"'}) t[c] = true;
    return t;
  }();
  const auto quote_at = [&](int k) { return kQuote[static_cast<unsigned char>(words[k].punct)]; };
  int first = 0;
  for (; first + 4 <= n; first += 4) {
    if (quote_at(first) | quote_at(first + 1) | quote_at(first + 2) | quote_at(first + 3)) break;
  }
  while (first < n && !quote_at(first)) ++first;
  if (first == n) return;
  // The words without their quotation marks, where classify reads phrases;
  // made when classify is first asked (many quotations are settled before).
  std::vector<Word> bare;
  std::vector<int> bare_at;
  const auto word_class = [&](int i) {
    if (bare_at.empty()) {
      bare_at.assign(n, -1);
      bare.reserve(n);
      for (int k = 0; k < n; ++k) {
        if (quote_at(k)) continue;
        bare_at[k] = static_cast<int>(bare.size());
        bare.push_back(words[k]);
      }
    }
    return classify(bare, bare_at[i]);
  };
  std::vector<char> drop(n, 0);
  std::vector<int> open;  // positions of the marks not yet closed
  bool dropped = false;
  for (int i = first; i < n; ++i) {  // no mark before `first`
    const char p = words[i].punct;
    if (p != '<' && p != '>' && p != '"') continue;
    char dir = p;
    if (p == '"') {
      dir = StraightDirection(text, words[i]);
      if (dir == 0) dir = !open.empty() && words[open.back()].punct == '"' ? '>' : '<';
    }
    if (dir == '<') {
      open.push_back(i);
      continue;
    }
    if (open.empty()) continue;
    const int a = open.back();
    open.pop_back();
    // The quotation's words (marks of quotations inside it not counted).
    int count = 0;
    bool sentence_break = false;
    for (int k = a + 1; k < i; ++k) {
      const char q = words[k].punct;
      if (q == '<' || q == '>' || q == '"') continue;
      ++count;
      sentence_break |= q == '.' || q == '!' || q == '?' || q == ':' || q == ';';
    }
    if (count == 0 || count > kMaxPartialQuoteWords || sentence_break) continue;
    // Opened after a word of the sentence's own wording.
    int before = a - 1;
    while (before >= 0 && drop[before]) --before;
    if (before < 0) continue;
    // After a comma only in an apposition, a word or two going on with the
    // sentence ("La Biélorussie, « membre » de l'OTSC, a envoyé"); else the
    // comma may open reported speech.
    const bool apposition = words[before].punct == ',' && count <= 2 && i + 1 < n &&
                            words[i + 1].word;
    if (!words[before].word && !apposition) continue;
    if (word_class(before) & kMentionNoun) continue;
    // A label after a naming verb a few words back ("called the protesters
    // "terrorists"", "qualifié de « bandits »").
    bool label = false;
    for (int k = before, seen = 0; k >= 0 && seen < 4 && !label; --k) {
      if (drop[k]) continue;
      if (!words[k].word) break;
      label = (word_class(k) & kNamingVerb) != 0;
      ++seen;
    }
    if (label) continue;
    // The quotation must touch a relation phrase: a word inside, or the
    // words right around it.
    // The classes of the quoted words; a relation phrase counts only in the
    // first two ("« pleine solidarité »", "« envoyé des troupes »"): deeper
    // in, the quotation is an adjunct of its own ("seizure of power "by the
    // force of the gun"").
    int inside = 0, seen_words = 0;
    for (int k = a + 1; k < i; ++k) {
      if (!words[k].word) continue;
      const int c = word_class(k);
      inside |= seen_words < 2 ? c : c & ~kRelationWord;
      ++seen_words;
    }
    if (inside & (kChargeWord | kNameWord | kClauseWord)) continue;  // a charge, label, clause
    const bool relation = (inside & kRelationWord) || (word_class(before) & kRelationWord) ||
                          (i + 1 < n && words[i + 1].word && (word_class(i + 1) & kRelationWord));
    if (!relation) continue;
    drop[a] = drop[i] = 1;
    dropped = true;
  }
  if (!dropped) return;
  int out = 0;
  for (int i = 0; i < n; ++i) {
    if (drop[i]) continue;
    if (out != i) words[out] = std::move(words[i]);
    ++out;
  }
  words.resize(out);
}

}  // namespace kzgraph::extract
