// Meetings said to be cancelled or still to come by a word just before the
// meeting noun.
#include <string>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

std::string Engine::MeetingNounUndone(const Sent& s, int t) const {
  if (t > 0 && StanceWordAt(s, t - 1, "meeting_prospect") == 1)
    return "still to come (" + s.w[t - 1].fold + ")";
  // French and English also put the participle after the noun ("la
  // rencontre prévue avec X", "the meeting planned with Y"); set apart by a
  // comma it is a remark ("la rencontre, prévue de longue date, s'est tenue").
  if (InSent(s, t + 1) && StanceWordAt(s, t + 1, "meeting_prospect") == 1 &&
      s.w[t + 1].fold != "possible")
    return "still to come (" + s.w[t + 1].fold + ")";
  int k = t - 1;
  for (int steps = 0; steps < 2 && k >= 0 && Is(s, k, c_.det); ++steps) --k;
  // "a annulé jeudi la rencontre", "cancelled on Friday the talks": a time
  // adverb between the verb and its meeting.
  for (int steps = 0; steps < 2 && k >= 0 && IsAdverb(s, k) && !Is(s, k, c_.det); ++steps) --k;
  // The cancelling phrase ends at k ("called off his meeting": two words).
  for (int q = k; q >= 0 && q >= k - 2; --q) {
    for (const StanceRole role : {StanceRole("called_off"), StanceRole("cancel_verb")}) {
      if (const int len = StanceWordAt(s, q, role); len > 0 && q + len - 1 == k)
        return "called off (" + s.w[q].fold + ")";
    }
  }
  return "";
}

}  // namespace kzgraph::extract::internal
