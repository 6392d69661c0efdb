// Warnings said as a consequence for another actor: "X will pay a heavy
// price", "X would face consequences", "le Togo en paiera le prix", said by
// the sentence's speaker, are the speaker's warning to X (session 5).
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
    if (Is(s, k, c_.neg_en) || Is(s, k, c_.neg_after) || Is(s, k, c_.neg_ne) ||
        Fold(s, k, "never") || Fold(s, k, "jamais")) {
      if (tracing_) Log(s, "  blocked " + f.rule + ": negated");
      return;
    }
    if (Is(s, k, c_.modal) || Is(s, k, c_.aux) || IsAdverb(s, k) || Is(s, k, c_.clitic) ||
        Fold(s, k, "will") || Fold(s, k, "would") || Fold(s, k, "en") || Fold(s, k, "y"))
      continue;
    break;
  }
  const int m = MentionAt(s, k);
  if (m < 0 || s.men[m].e != k + 1 || s.men[m].pronoun || s.men[m].id.empty() ||
      s.men[m].kind == "location") {
    if (tracing_) Log(s, "  no edge " + f.rule + ": no actor bears the cost");
    return;
  }
  const std::string target = IdOf(s, m);
  if (target == s.speaker) return;
  Emit(s, {s.speaker}, "warns", {target}, "warns:consequence", 0.7);
}

}  // namespace kzgraph::extract::internal
