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
  for (int steps = 0;
       steps < 4 && k < n && (IsAdverb(s, k) || P(s, k, ',') || HitLen(s, k, c_.adverb) > 1);
       ++steps)
    k += std::max(1, HitLen(s, k, c_.adverb));
  if (!(Is(s, k, c_.que) || Fold(s, k, "that"))) return {};
  ++k;
  // "X's remarks", "la décision de X", "the Russian decision".
  int oe = k;
  std::vector<std::string> owners = SpokenActOwners(s, k, &oe);
  // "retorted that the remark was \"offensive\"", "a répliqué que ces propos
  // étaient « insultants »": words named again with no holder are those of
  // the speaker of the two sentences before (SpeechAnaphorAuthor).
  if (owners.empty() && Is(s, k, c_.det)) {
    int c = k + 1;
    while (c < n && (P(s, c, '<') || P(s, c, '"'))) ++c;
    if (const int cl = StanceWordAt(s, c, "claim_noun"); cl > 0) {
      owners = SpeechAnaphorAuthor(s, k, subj);
      oe = c + cl - 1;
    }
  }
  if (owners.empty()) return {};
  // The rest of the act's phrase, then the copula ("were", "était").
  int j = oe + 1;
  for (int steps = 0;
       steps < 6 && j < n && !Is(s, j, c_.etre) && s.w[j].word && HitLen(s, j, c_.trigger) == 0;
       ++steps)
    ++j;
  if (!Is(s, j, c_.etre)) return {};
  ++j;
  for (int steps = 0; steps < 4 && j < n && (P(s, j, '<') || P(s, j, '"') || IsAdverb(s, j)) &&
                      HitLen(s, j, c_.pejorative) == 0;
       ++steps) {
    // "were not offensive", "n'était pas inacceptable": no criticism (a
    // negated praise, "pas acceptable", is a pejorative of its own).
    if (Is(s, j, c_.neg_en) || Fold(s, j, "pas") || Fold(s, j, "not")) return {};
    ++j;
  }
  if (HitLen(s, j, c_.pejorative) == 0) return {};
  return NotOwnSide(s, subj, owners);
}

}  // namespace kzgraph::extract::internal
