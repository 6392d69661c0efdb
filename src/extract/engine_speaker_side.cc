// Reported stance of the speaker's own side: "« La France condamne ... »,
// a déclaré le président français", "the spokesman said Tehran supports
// ...". The guidelines attribute reported speech to its speaker, so the
// speaker holds the stance his state or body takes in his words.
#include <string>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

namespace {

bool IsStance(const std::string& p) {
  return p == "accuses" || p == "criticizes" || p == "supports" || p == "warns";
}

}  // namespace

// For each stance edge of this sentence whose subject is an actor the
// speaker heads or serves (a leads or official_of edge of the article so
// far, this sentence included), the speaker gets the same edge.
void Engine::SpeakerOwnSideRule(Sent& s, size_t sentence_start) {
  if (s.speaker.empty() || relations_.size() == sentence_start) return;
  const std::string speaker = s.speaker;
  bool person = false;
  if (const Actor* a = r_.dict.Find(speaker)) {
    person = a->kind == "person";
  } else {
    for (const Men& m : s.men) person |= m.id == speaker && m.kind == "person";
  }
  if (!person) return;
  auto serves = [&](const std::string& body) {
    for (const PendingRelation& r : relations_) {
      if (r.s == speaker && r.o == body && (r.p == "leads" || r.p == "official_of")) return true;
    }
    return false;
  };
  auto already = [&](const std::string& p, const std::string& o) {
    for (size_t k = sentence_start; k < relations_.size(); ++k) {
      if (relations_[k].s == speaker && relations_[k].p == p && relations_[k].o == o) return true;
    }
    return false;
  };
  // The subject must stand in the speaker's words: inside the quotation, or
  // opening the clause right after the speech verb ("said Tehran supports",
  // "a assuré que la France"). A pluperfect reports an earlier act, not the
  // speaker's stance ("said Pretoria had warned X"); a participle's agent
  // ("units backed by Washington") is no subject there.
  auto in_words = [&](const std::string& id) {
    for (const Men& m : s.men) {
      if (m.id != id || m.adj || m.implied) continue;
      const bool quoted = m.b < static_cast<int>(s.inq.size()) && s.inq[m.b];
      int k = m.b - 1;
      while (k > s.speaker_pos && (Is(s, k, c_.det) || Is(s, k, c_.que) || P(s, k, '<') ||
                                   P(s, k, '"') || Fold(s, k, "that")))
        --k;
      const bool after_verb = s.speaker_pos >= 0 && k <= s.speaker_pos + 1 && k >= s.speaker_pos;
      if (!quoted && !after_verb) continue;
      if (Fold(s, m.e, "had") || Fold(s, m.e, "avait") || Fold(s, m.e, "avaient")) continue;
      return true;
    }
    return false;
  };
  const size_t end = relations_.size();  // Emit appends: copy before use
  for (size_t k = sentence_start; k < end; ++k) {
    const PendingRelation r = relations_[k];
    if (!IsStance(r.p) || r.s == speaker || r.o == speaker || !serves(r.s) || !in_words(r.s))
      continue;
    if (already(r.p, r.o)) continue;
    Emit(s, {speaker}, r.p, {r.o}, r.p + ":speaker_side", r.conf * 0.9);
  }
}

}  // namespace kzgraph::extract::internal
