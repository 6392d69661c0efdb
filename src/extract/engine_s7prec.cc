// Precision fixes of session 7 (s7prec): readings that recur on any text.
#include <algorithm>
#include <string>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

std::string Engine::LabelNotSpeakers(const Sent& s, const Men& m) const {
  // A label in the speaker's quotation marks («bandits», "terrorists") is the
  // speaker's word whatever surrounds it.
  const bool quoted = m.b > 0 && (P(s, m.b - 1, '"') || P(s, m.b - 1, '<'));
  // "a force to fight the jihadist groups", "face aux groupes armés", "under
  // fire from armed groups" (triggers_s7prec.tsv label_combat): a fight names
  // its enemy, it does not call anyone a terrorist.
  for (int k = m.b - 1; k >= 0 && k >= m.b - 5 && !quoted; --k) {
    if (P(s, k, ',') || P(s, k, '.') || P(s, k, ';') || MentionAt(s, k) >= 0) break;
    if (StanceWordAt(s, k, "label_combat") > 0) return "a fight, no label (" + s.w[k].fold + ")";
  }
  // "accuse la France de soutenir les groupes djihadistes": the label is
  // part of the charge against France, which the accusation itself gives.
  for (int k = m.b - 1; k >= 0 && k >= m.b - 20; --k) {
    if (P(s, k, '.') || P(s, k, ';')) break;
    if (HitLen(s, k, c_.trigger) == 0) continue;
    bool accusation = false;
    for (const auto& [entry, form] : LexAt(s, k, c_.trigger).entries)
      accusation |= r_.lex.entry(entry).Get("type") == "accuses" && !OtherLanguage(entry);
    if (!accusation) continue;
    for (const Men& a : s.men) {
      if (a.b > k && a.b < m.b && !a.id.empty() && a.id != "terrorists" && a.id != s.speaker &&
          !a.adj)
        return "inside the charge against " + a.id;
    }
  }
  return "";
}

std::string Engine::SenderDestination(const std::string& id) const {
  if (id.empty()) return "";
  for (const PendingRelation& r : relations_) {
    if (r.p == "sends_troops" && r.s == id) return r.o;
  }
  return "";
}

std::string Engine::SendingToCome(const Sent& s, int te, int troops) const {
  // "doivent renforcer leurs contingents dans les prochaines semaines": their
  // own troops are already there; only more are to come.
  if (troops > 0 && StanceWordAt(s, troops - 1, "own_troops") > 0) return "";
  // Only up to the clause's end: "sent troops last week and will send more
  // in the coming weeks" keeps its first sending.
  for (int k = te; k < std::min<int>(te + 15, s.w.size()); ++k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',') || Is(s, k, c_.coord) || Is(s, k, c_.que) ||
        Is(s, k, c_.qui))
      break;
    if (StanceWordAt(s, k, "time_to_come") > 0) return "to come (" + s.w[k].fold + ")";
  }
  return "";
}

}  // namespace kzgraph::extract::internal
