// Sentence splitting and tokenisation. Both are single passes over the
// bytes; look-behind and look-ahead are bounded, so a very long line stays
// linear.
#include <algorithm>
#include <array>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "kzgraph/graph.h"
#include "text/chars.h"
#include "text/clean.h"
#include "util/strings.h"

namespace kzgraph::text {
namespace {

// Longer runs without a sentence end are cut at a space: nothing downstream
// needs more, and it bounds every later per-sentence cost.
constexpr uint32_t kMaxSentence = 4096;
// A quotation still open after this many bytes is taken as unbalanced.
constexpr uint32_t kMaxQuote = 3000;

bool IsWordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Whether a sentence may start at t[i]: a capital, a digit, an opening
// quote, a dash or a bracket.
bool StartsSentence(std::string_view t, size_t i, size_t end) {
  if (i >= end) return false;
  int len = 1;
  uint32_t cp = DecodeAt(t, i, &len);
  return IsUpperCp(cp) || (cp >= '0' && cp <= '9') || IsOpeningQuote(cp) || cp == '"' ||
         cp == 0x2018 || cp == '(' || cp == '[' || cp == '-' || cp == 0x2013 || cp == 0x2014 ||
         cp == 0xBF || cp == 0xA1;
}

// The word just before the period at t[dot], e.g. "M", "janv", "U.S", "J.-C".
std::string_view WordBefore(std::string_view t, size_t block_begin, size_t dot) {
  size_t b = dot;
  while (b > block_begin && dot - b < 24) {
    unsigned char c = t[b - 1];
    if (IsWordByte(c) || c == '.' || c == '-') {
      --b;
    } else {
      break;
    }
  }
  return t.substr(b, dot - b);
}

// True when the period after `word` belongs to the word: a known
// abbreviation, an initial ("V.", "p."), or dotted initials ("U.S", "J.-C").
bool IsAbbreviation(std::string_view word, const Lexicon& lex) {
  if (word.empty()) return false;
  size_t first_len = Utf8Length(static_cast<unsigned char>(word[0]));
  if (first_len == word.size()) {
    int len = 1;
    return IsLetterCp(DecodeAt(word, 0, &len));
  }
  if (word.find('.') != std::string_view::npos) {
    // Dotted: every piece at most two letters ("U.S", "J.-C", "p.ex").
    size_t piece = 0;
    for (char c : word) {
      if (c == '.' || c == '-') {
        piece = 0;
      } else if (++piece > 2) {
        return false;
      }
    }
    return true;
  }
  if (word.size() > 8) return false;
  // FoldWord of an ASCII word (lower case), without a string.
  char folded[8];
  for (size_t k = 0; k < word.size(); ++k) {
    const unsigned char c = word[k];
    if (c >= 0x80) return lex.abbreviations.count(FoldWord(word)) > 0;
    folded[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  }
  return lex.abbreviations.count(std::string_view(folded, word.size())) > 0;
}

// Bytes the splitter looks at one by one: terminators, straight quotes and
// every non-ASCII byte (curly quotes, ellipsis).
constexpr std::array<bool, 256> kSpecial = [] {
  std::array<bool, 256> table{};
  for (int c = 0x80; c < 0x100; ++c) table[c] = true;
  for (unsigned char c : {'.', '!', '?', '"'}) table[c] = true;
  return table;
}();

// The first byte of t[i, limit) that is kSpecial (limit if none): 16 bytes
// at a time where SSE2 is there. With `skip_latin`, the letters of
// U+00C0..U+017F (a C3..C5 lead and its continuation byte in the same 16
// bytes: the accents of French) count as plain too: the per-byte rule only
// steps over them, and the checks it makes after a step (an unbalanced
// quote, a sentence cut at `limit`) cannot fire outside a quotation and
// before `limit`.
size_t SkipPlain(std::string_view t, size_t i, size_t limit, bool skip_latin) {
#ifdef __SSE2__
  const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!');
  const __m128i question = _mm_set1_epi8('?'), quote = _mm_set1_epi8('"');
  // Signed compares: C3..C5 lie between -62 and -58, 80..BF below -64.
  const __m128i below_lead = _mm_set1_epi8(static_cast<char>(0xC2));
  const __m128i above_lead = _mm_set1_epi8(static_cast<char>(0xC6));
  const __m128i above_cont = _mm_set1_epi8(static_cast<char>(0xC0));
  for (; i + 16 <= limit; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    const __m128i marks =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
                     _mm_or_si128(_mm_cmpeq_epi8(v, question), _mm_cmpeq_epi8(v, quote)));
    // The sign bit marks the bytes >= 0x80.
    unsigned special = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(v, marks)));
    if (special != 0 && skip_latin) {
      const unsigned lead = static_cast<unsigned>(_mm_movemask_epi8(
          _mm_and_si128(_mm_cmpgt_epi8(v, below_lead), _mm_cmpgt_epi8(above_lead, v))));
      const unsigned cont = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(above_cont, v)));
      const unsigned letter_lead = lead & (cont >> 1);  // its continuation in these 16 bytes
      special &= ~(letter_lead | (letter_lead << 1));
    }
    if (special != 0) return i + static_cast<size_t>(__builtin_ctz(special));
  }
#else
  (void)skip_latin;
#endif
  while (i < limit && !kSpecial[static_cast<unsigned char>(t[i])]) ++i;
  return i;
}

class Splitter {
 public:
  Splitter(std::string_view t, const Lexicon& lex, Document* doc) : t_(t), lex_(lex), doc_(doc) {}

  void Block(uint32_t index) {
    const Span span = doc_->blocks[index].span;
    block_ = index;
    begin_ = span.begin;
    end_ = span.end;
    start_ = begin_;
    depth_ = 0;
    quote_open_at_ = 0;
    pending_.clear();
    size_t i = begin_;
    while (i < end_) {
      // Plain ASCII bytes, skipped in one go up to the next byte that matters
      // or to where the per-byte rule below would cut a long sentence.
      const size_t limit = std::min<size_t>(end_, start_ + kMaxSentence);
      i = SkipPlain(i, limit);
      if (i >= end_) break;
      unsigned char c = t_[i];
      if (c < 0x80 && c != '.' && c != '!' && c != '?' && c != '"') {
        if (++i - start_ > kMaxSentence) CutLongSentence();
        continue;
      }
      int len = 1;
      uint32_t cp = DecodeAt(t_, i, &len);
      if (IsOpeningQuote(cp) || (cp == '"' && !straight_open_)) {
        if (cp == '"') straight_open_ = true;
        if (depth_++ == 0) {
          quote_open_at_ = static_cast<uint32_t>(i);
          pending_.clear();
        }
        i += len;
      } else if (IsClosingQuote(cp) || cp == '"') {
        if (cp == '"') straight_open_ = false;
        if (depth_ > 0 && --depth_ == 0) pending_.clear();
        i += len;
      } else if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026) {
        i = Terminator(i);
      } else {
        i += len;
      }
      if (depth_ > 0 && i - quote_open_at_ > kMaxQuote) CloseUnbalancedQuote();
      if (i - start_ > kMaxSentence) CutLongSentence();
    }
    if (depth_ > 0) CloseUnbalancedQuote();
    Emit(start_, end_);
  }

 private:
  size_t SkipPlain(size_t i, size_t limit) const {
    return text::SkipPlain(t_, i, limit, depth_ == 0);
  }

  // Handles the terminator at t_[i]; returns where scanning resumes.
  size_t Terminator(size_t i) {
    const size_t dot = i;
    int len = 1;
    // Runs of terminators: "...", "?!", "…".
    while (i < end_) {
      uint32_t cp = DecodeAt(t_, i, &len);
      if (cp != '.' && cp != '!' && cp != '?' && cp != 0x2026) break;
      i += len;
    }
    const bool single_period = t_[dot] == '.' && i == dot + 1;
    // Closing quotes and brackets that end the quoted sentence: «... paix.»
    size_t after = i;
    int depth = depth_;
    bool straight_open = straight_open_;
    size_t k = i;
    while (k < end_) {
      uint32_t cp = DecodeAt(t_, k, &len);
      if (IsSpaceCp(cp)) {
        k += len;
        continue;
      }
      if (IsClosingQuote(cp) || (cp == '"' && straight_open) || cp == ')' || cp == ']') {
        if (cp == '"') straight_open = false;
        if (cp != ')' && cp != ']' && depth > 0) --depth;
        k += len;
        after = k;
        continue;
      }
      break;
    }
    // A boundary needs white space then a sentence start.
    size_t next = after;
    bool spaced = false;
    while (next < end_) {
      uint32_t cp = DecodeAt(t_, next, &len);
      if (!IsSpaceCp(cp)) break;
      spaced = true;
      next += len;
    }
    if (!spaced || !StartsSentence(t_, next, end_)) return i;
    if (single_period && IsAbbreviation(WordBefore(t_, begin_, dot), lex_)) return i;
    if (depth > 0) {
      pending_.push_back({static_cast<uint32_t>(after), static_cast<uint32_t>(next)});
      return i;
    }
    depth_ = 0;
    straight_open_ = false;
    Emit(start_, static_cast<uint32_t>(after));
    start_ = static_cast<uint32_t>(next);
    return next;
  }

  // A quotation that never closes: its inner sentence ends count after all.
  void CloseUnbalancedQuote() {
    for (const auto& [end, next] : pending_) {
      Emit(start_, end);
      start_ = next;
    }
    pending_.clear();
    depth_ = 0;
    straight_open_ = false;
  }

  void CutLongSentence() {
    uint32_t cut = start_ + kMaxSentence;
    uint32_t k = cut;
    while (k > start_ + kMaxSentence / 2 && t_[k] != ' ') --k;
    if (t_[k] == ' ') {
      cut = k;
    } else {
      while (cut > start_ && (static_cast<unsigned char>(t_[cut]) & 0xC0) == 0x80) --cut;
    }
    Emit(start_, cut);
    start_ = cut;
    pending_.clear();
    depth_ = 0;
    quote_open_at_ = cut;
  }

  void Emit(uint32_t b, uint32_t e) {
    int len = 1;
    while (b < e && (IsAsciiSpace(t_[b]) || IsSpaceCp(DecodeAt(t_, b, &len)))) {
      b += IsAsciiSpace(t_[b]) ? 1 : len;
    }
    while (e > b && IsAsciiSpace(t_[e - 1])) --e;
    if (b < e) doc_->sentences.push_back({{b, e}, block_});
  }

  std::string_view t_;
  const Lexicon& lex_;
  Document* doc_;
  uint32_t block_ = 0, begin_ = 0, end_ = 0, start_ = 0;
  int depth_ = 0;
  bool straight_open_ = false;
  uint32_t quote_open_at_ = 0;
  std::vector<std::pair<uint32_t, uint32_t>> pending_;  // (sentence end, next start) inside a quote
};

bool FoldsTo(std::string_view s, const WordSet& set) {
  if (s.empty() || s.size() > 8) return false;
  char folded[8];
  for (size_t k = 0; k < s.size(); ++k) {
    const unsigned char c = s[k];
    if (c >= 0x80) return false;
    folded[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  }
  return set.count(std::string_view(folded, s.size())) > 0;
}

// FoldName() of each code point below U+0180, computed once from FoldName
// itself so the fast path cannot disagree with it ("" for separators).
const std::vector<std::string>& LatinFolds() {
  static const std::vector<std::string> table = [] {
    std::vector<std::string> t(0x180);
    for (uint32_t cp = 0; cp < 0x180; ++cp) {
      std::string utf8;
      AppendUtf8(cp, &utf8);
      t[cp] = FoldName(utf8);
    }
    return t;
  }();
  return table;
}

// FoldName(surface) without ICU when every character is below U+0180, or a
// typographic apostrophe; otherwise FoldName itself.
std::string FastFold(std::string_view surface) {
  const std::vector<std::string>& table = LatinFolds();
  std::string out;
  for (size_t i = 0; i < surface.size();) {
    int len = 1;
    uint32_t cp = DecodeAt(surface, i, &len);
    i += len;
    if (cp == 0x2019) cp = '\'';
    if (cp == static_cast<unsigned char>(kPad)) continue;
    if (cp >= 0x180) return FoldName(surface);
    const std::string& f = table[cp];
    if (f.empty()) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out += f;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void PushToken(std::string_view t, uint32_t b, uint32_t e, bool word, bool elided,
               std::vector<Token>* out) {
  while (b < e && t[b] == kPad) ++b;  // markup around a word is not part of it
  while (e > b && t[e - 1] == kPad) --e;
  Token tok;
  tok.span = {b, e};
  tok.word = word;
  tok.elided = elided;
  std::string_view surface = t.substr(b, e - b);
  bool ascii = true;
  for (unsigned char c : surface) ascii &= c >= 0x20 && c < 0x80;
  if (ascii) {  // most tokens: fold and flags in one pass, no decoding
    bool any_letter = false, all_upper = true;
    tok.fold.reserve(surface.size());
    for (unsigned char c : surface) {
      const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
      if (upper || lower) {
        any_letter = true;
        all_upper &= upper;
        tok.fold.push_back(static_cast<char>(c | 0x20));
      } else if (c >= '0' && c <= '9') {
        tok.fold.push_back(static_cast<char>(c));
      } else if (!tok.fold.empty() && tok.fold.back() != ' ') {
        tok.fold.push_back(' ');
      }
    }
    while (!tok.fold.empty() && tok.fold.back() == ' ') tok.fold.pop_back();
    tok.upper_initial = surface[0] >= 'A' && surface[0] <= 'Z';
    tok.all_caps = any_letter && all_upper;
    out->push_back(std::move(tok));
    return;
  }
  if (surface.find(kPad) != std::string_view::npos) {
    std::string clean;
    for (char c : surface) {
      if (c != kPad) clean.push_back(c);
    }
    tok.fold = FastFold(clean);
  } else {
    tok.fold = FastFold(surface);
  }
  bool any_letter = false, all_upper = true, first = true;
  for (size_t i = 0; i < surface.size();) {
    int len = 1;
    uint32_t cp = DecodeAt(surface, i, &len);
    i += len;
    if (cp == static_cast<unsigned char>(kPad)) continue;
    if (IsLetterCp(cp)) {
      bool upper = IsUpperCp(cp);
      if (first) tok.upper_initial = upper;
      any_letter = true;
      all_upper &= upper;
    }
    first = false;
  }
  tok.all_caps = any_letter && all_upper;
  out->push_back(std::move(tok));
}

}  // namespace

void SplitSentences(std::string_view view, const Lexicon& lexicon, Document* doc) {
  Splitter splitter(view, lexicon, doc);
  // Room for a sentence per 64 bytes of the body (news sentences run
  // longer), so that the list rarely grows.
  size_t body = 0;
  for (const Block& b : doc->blocks) body += b.span.end - b.span.begin;
  doc->sentences.reserve(doc->sentences.size() + doc->blocks.size() + body / 64);
  for (uint32_t b = 0; b < doc->blocks.size(); ++b) {
    // The headline is a sentence of its own whatever its punctuation.
    if (doc->blocks[b].role == "title") {
      doc->sentences.push_back({doc->blocks[b].span, b});
      continue;
    }
    splitter.Block(b);
  }
}

void TokenizeSpan(std::string_view t, const Lexicon& lex, Span span, std::vector<Token>* out) {
  size_t i = span.begin;
  const size_t end = span.end;
  out->reserve(out->size() + (end - i) / 5 + 1);  // about one token per five bytes
  auto cp_at = [&](size_t k, int* len) -> uint32_t {
    if (k >= end) {
      *len = 0;
      return 0;
    }
    return DecodeAt(t, k, len);
  };
  auto is_word_cp = [](uint32_t cp) {
    return (cp >= '0' && cp <= '9') || IsLetterCp(cp) || cp == static_cast<unsigned char>(kPad);
  };
  while (i < end) {
    int len = 1;
    uint32_t cp = cp_at(i, &len);
    if (IsSpaceCp(cp)) {
      i += len;
      continue;
    }
    if (!is_word_cp(cp)) {
      PushToken(t, static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), false, false, out);
      i += len;
      continue;
    }
    size_t start = i;
    const bool numeric = cp >= '0' && cp <= '9';
    while (i < end) {
      cp = cp_at(i, &len);
      if (is_word_cp(cp)) {
        i += len;
        continue;
      }
      int next_len = 0;
      uint32_t next = cp_at(i + len, &next_len);
      if (IsApostrophe(cp) && IsLetterCp(next)) {
        std::string_view before = t.substr(start, i - start);
        if (FoldsTo(before, lex.elisions)) {  // l’ d’ qu’ jusqu’: a token of its own
          PushToken(t, static_cast<uint32_t>(start), static_cast<uint32_t>(i + len), true, true,
                    out);
          start = i + len;
          i = start;
          continue;
        }
        int after_len = 0;
        uint32_t after = cp_at(i + len + next_len, &after_len);
        if ((next == 's' || next == 'S') && !is_word_cp(after)) break;  // Russia's
        i += len;                                                       // aujourd'hui
        continue;
      }
      if (cp == '-' && is_word_cp(next)) {
        // a-t-il, dit-elle: the inverted pronoun is its own token.
        size_t k = i + 1;
        while (k < end && (IsWordByte(t[k]) || t[k] == '-')) ++k;
        if (FoldsTo(t.substr(i + 1, k - i - 1), lex.inverted)) break;
        i += len;
        continue;
      }
      if (numeric && (cp == '.' || cp == ',') && next >= '0' && next <= '9') {
        i += len;  // 2.030, 3,5
        continue;
      }
      break;
    }
    PushToken(t, static_cast<uint32_t>(start), static_cast<uint32_t>(i), true, false, out);
    // An inverted pronoun right after: "-t-il".
    if (i < end && t[i] == '-') {
      size_t k = i + 1;
      while (k < end && (IsWordByte(t[k]) || t[k] == '-')) ++k;
      if (k > i + 1 && FoldsTo(t.substr(i + 1, k - i - 1), lex.inverted)) {
        PushToken(t, static_cast<uint32_t>(i), static_cast<uint32_t>(k), true, false, out);
        i = k;
      }
    }
    // English possessive: "'s".
    if (i < end) {
      int alen = 0;
      uint32_t a = cp_at(i, &alen);
      int slen = 0;
      uint32_t s = cp_at(i + alen, &slen);
      if (IsApostrophe(a) && (s == 's' || s == 'S')) {
        PushToken(t, static_cast<uint32_t>(i), static_cast<uint32_t>(i + alen + slen), false, false,
                  out);
        i += alen + slen;
      }
    }
  }
}

}  // namespace kzgraph::text
