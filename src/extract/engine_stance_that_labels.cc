// A criticism verb with no object whose that-clause labels an actor's act
// with a pejorative after the copula: "shot back that X's remarks were
// "offensive"", "a répliqué que la décision de X était « inacceptable »".
// The act's owners are the target.
#include "engine_internal.h"

namespace kzgraph::extract::internal {

std::vector<std::string> Engine::ThatLabelledActOwners(const Sent& s, int te,
                                                       const std::vector<std::string>& subj) const {
  const int n = static_cast<int>(s.w.size());
  int k = te;
  // Past adverbs and time phrases ("on Monday").
  for (int steps = 0; steps < 4 && k < n &&
                      (IsAdverb(s, k) || P(s, k, ',') || HitLen(s, k, c_.adverb) > 1);
       ++steps)
    k += std::max(1, HitLen(s, k, c_.adverb));
  if (!(Is(s, k, c_.que) || Fold(s, k, "that"))) return {};
  ++k;
  std::vector<std::string> owners;
  int oe = k;
  // "X's remarks": an owner, its genitive, the act noun.
  if (const int m = MentionAt(s, SkipDet(s, k));
      m >= 0 && !s.men[m].adj && !s.men[m].pronoun && !s.men[m].id.empty()) {
    int g = s.men[m].e;
    if (P(s, g, '\'')) ++g;
    if (Fold(s, g, "s") && !s.w[g].elided && HitLen(s, g + 1, c_.act) > 0) {
      owners = {IdOf(s, m)};
      oe = g + HitLen(s, g + 1, c_.act);
    }
  }
  if (owners.empty()) owners = LabelledActOwners(s, k, &oe);
  if (owners.empty()) return {};
  // The rest of the act's phrase, then the copula ("were", "était").
  int j = oe + 1;
  for (int steps = 0; steps < 6 && j < n && !Is(s, j, c_.etre) && s.w[j].word &&
                      HitLen(s, j, c_.trigger) == 0;
       ++steps)
    ++j;
  if (!Is(s, j, c_.etre)) return {};
  ++j;
  for (int steps = 0; steps < 4 && j < n && (P(s, j, '<') || P(s, j, '"') || IsAdverb(s, j));
       ++steps) {
    // "were not offensive", "n'était pas inacceptable": no criticism.
    if (Is(s, j, c_.neg_en) || Fold(s, j, "pas") || Fold(s, j, "not")) return {};
    ++j;
  }
  if (Is(s, j, c_.neg_en) || Fold(s, j, "pas") || Fold(s, j, "not")) return {};
  if (HitLen(s, j, c_.pejorative) == 0) return {};
  return NotOwnSide(s, subj, owners);
}

}  // namespace kzgraph::extract::internal
