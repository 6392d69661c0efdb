// Warnings said as a consequence for another actor: "X will pay a heavy
// price", "X would face consequences", "le Togo en paiera le prix", said by
// the sentence's speaker, are the speaker's warning to X (ConsequenceFrame).
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// The trigger at f.t..f.te (frame=consequence) names a cost; the actor it
// falls on is the clause subject right before it, past modals, auxiliaries,
// adverbs and clitics ("Peru would", "le Togo en", "Kenya will surely"). A
// negation there ("will not pay") or no speaker other than that actor gives
// nothing.
void Engine::ConsequenceFrame(Sent& s, const FrameCall& f) {
  if (s.speaker.empty()) {
    if (tracing_) Log(s, "  no edge " + f.rule + ": no speaker");
    return;
  }
  int k = f.t - 1;
  for (int steps = 0; k >= 0 && steps < 5; ++steps, --k) {
    if (NegationAt(s, k) || Fold(s, k, "never") || Fold(s, k, "jamais")) {
      if (tracing_) Log(s, "  blocked " + f.rule + ": negated");
      return;
    }
    if (Is(s, k, c_.modal) || Is(s, k, c_.aux) || IsAdverb(s, k) || Is(s, k, c_.clitic) ||
        Fold(s, k, "will") || Fold(s, k, "would") || Fold(s, k, "en") || Fold(s, k, "y"))
      continue;
    break;
  }
  int m = MentionAt(s, k);
  // "Beijing told Washington it would face consequences", "a prévenu Kiev
  // qu'elle en paierait le prix" (s11aidwarn): a pronoun right after the
  // addressee of a speech verb ("that"/"que" between) is that addressee.
  if ((m >= 0 && s.men[m].pronoun && s.men[m].e == k + 1) ||
      (m < 0 && (Fold(s, k, "it") || Fold(s, k, "they") || Fold(s, k, "il") ||
                 Fold(s, k, "elle") || Fold(s, k, "ils") || Fold(s, k, "elles")))) {
    int q = k - 1;
    if (Fold(s, q, "that") || Is(s, q, c_.que)) --q;
    const int am = MentionAt(s, q);
    m = -1;
    if (am >= 0 && s.men[am].e == q + 1 && !s.men[am].pronoun && !s.men[am].adj) {
      int v = s.men[am].b - 1;
      while (v >= 0 && Is(s, v, c_.det)) --v;
      if (v >= 0 && HitLen(s, v, c_.speech) > 0) m = am;
    }
  }
  if (m < 0 || s.men[m].e > k + 1 || s.men[m].pronoun || s.men[m].id.empty() ||
      s.men[m].kind == "location") {
    if (tracing_) Log(s, "  no edge " + f.rule + ": no actor bears the cost");
    return;
  }
  const std::string target = IdOf(s, m);
  if (target == s.speaker) return;
  Emit(s, {s.speaker}, "warns", {target}, "warns:consequence", 0.7);
}

}  // namespace kzgraph::extract::internal
