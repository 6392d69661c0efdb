// Precision checks: a meeting word inside a longer meeting verb phrase
// ("held talks with X"), and whether an actor is a person.
#include <algorithm>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

bool Engine::InsideMeetVerbPhrase(const Sent& s, int t, const LexEntry& e) const {
  // "and on Friday held talks with X": "talks" (the noun, or the verb
  // "talk") is the object of "hold talks", whose frame inherits a
  // coordinated clause's subject; read alone it would take the nearest
  // actor before it, the first verb's object.
  if (e.Get("type") != "meets") return false;
  for (int k = t - 1; k >= 0 && k >= t - 3; --k) {
    const Lexicon::Hit h = LexAt(s, k, c_.trigger);
    if (h.length <= t - k) continue;
    for (const auto& [entry, form] : h.entries) {
      const LexEntry& le = r_.lex.entry(entry);
      if (le.Get("type") != "meets" || le.Get("pos") != "verb" || OtherLanguage(entry)) continue;
      // Only when the verb has its party after avec/with: "X and Y held
      // talks" is a meeting between the subjects, which the noun reads.
      const int end = std::min<int>(k + h.length + 8, s.w.size());
      for (int j = k + h.length; j < end; ++j) {
        if (P(s, j, '.') || P(s, j, ';')) break;
        if (Fold(s, j, "with") || Fold(s, j, "avec")) return true;
      }
      return false;
    }
  }
  return false;
}

bool Engine::IsPersonActor(const Sent& s, const std::string& id) const {
  for (const Men& m : s.men) {
    if (m.id == id && !m.kind.empty() && !m.adj) return m.kind == "person";
  }
  const Actor* a = r_.dict.Find(id);
  return a != nullptr && a->kind == "person";
}

}  // namespace kzgraph::extract::internal
