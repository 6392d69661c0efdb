// Hyphenated modifiers around names and titles ("U.N.-recognised",
// "Russian-led", "self-styled"), for offices, leadership and membership.
#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

int Engine::CompoundModifierEnd(const Sent& s, int q) const {
  // Mentions after the title are not found yet: the dictionary's match.
  const int len = DictAt(s, q).length;
  if (len == 0) return q;
  // "U.N.-recognised": after an abbreviation's dot the hyphen is a token.
  const int e = P(s, q + len, '-') ? q + len + 1 : q + len;
  if (e + 1 >= static_cast<int>(s.w.size()) || !s.w[e].word || s.w[e].upper_initial ||
      !(s.w[e].hyphen_before || e > q + len))
    return q;
  return e + 1;
}

int Engine::HyphenModifierEnd(const Sent& s, int i) const {
  if (i + 2 >= static_cast<int>(s.w.size())) return i;
  const Word& a = s.w[i];
  const Word& b = s.w[i + 1];
  if (!a.word || a.upper_initial || !b.word || b.upper_initial || !b.hyphen_before ||
      a.hyphen_before)
    return i;
  return i + 2;
}

}  // namespace kzgraph::extract::internal
