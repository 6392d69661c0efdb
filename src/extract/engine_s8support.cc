// Recall of supports and meets on fresh text (session 8, s8support).
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// "with his Russian and Iranian counterparts, Sergey Lavrov and Abbas
// Araghchi", "avec ses homologues russe et iranien, X et Y": a title (often
// plural) whose holders are named in apposition after it. k is the word after
// with/avec. Empty unless the phrase is possessive/article, nationalities,
// a title word and then the persons.
std::vector<std::string> Engine::CounterpartNames(const Sent& s, int k) const {
  const int n = static_cast<int>(s.w.size());
  int q = k;
  if (Is(s, q, c_.possessive) || Is(s, q, c_.det) || Fold(s, q, "his") || Fold(s, q, "her") ||
      Fold(s, q, "their") || Fold(s, q, "its"))
    ++q;
  bool title = false;
  for (int steps = 0; q < n && steps < 8; ++steps) {
    if (const int hl = HitLen(s, q, c_.role); hl > 0 && !s.w[q].upper_initial) {
      title = true;
      q += hl;
      continue;
    }
    const int m = MentionAt(s, q);
    if (m >= 0 && s.men[m].adj) {
      q = std::max(q + 1, s.men[m].e);
      continue;
    }
    // A nationality the mention pass folded into a title of its own.
    if (std::string country; m < 0 || !s.men[m].adj) {
      if (const int al = CountryAdjectiveAt(s, q, &country); al > 0) {
        q += al;
        continue;
      }
    }
    // "russe et iranien", "Russian and Iranian": only between nationalities.
    if (!title && Is(s, q, c_.coord)) {
      ++q;
      continue;
    }
    break;
  }
  if (!title) return {};
  if (P(s, q, ',')) ++q;
  const int m = MentionAt(s, q);
  if (m < 0 || s.men[m].adj || s.men[m].pronoun || s.men[m].kind != "person" || s.men[m].id.empty())
    return {};
  std::vector<std::string> names = Expand(s, m, +1);
  std::erase_if(names, [&](const std::string& id) { return !IsPersonId(id); });
  return names;
}

}  // namespace kzgraph::extract::internal
