// Precision checks that recur on any text: a terrorist label that is not
// the speaker's, a sending still to come, a sender's earlier destination, a
// title after a country, the speaker of a relative pronoun's clause.
#include <algorithm>
#include <string>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

std::string Engine::LabelNotSpeakers(const Sent& s, const Men& m) const {
  if (std::string why = LabelOfOthers(s, m); !why.empty()) return why;
  // A label in the speaker's quotation marks («bandits», "terrorists") is the
  // speaker's word whatever surrounds it.
  const bool quoted = m.b > 0 && (P(s, m.b - 1, '"') || P(s, m.b - 1, '<'));
  // "a force to fight the jihadist groups", "face aux groupes armés", "under
  // fire from armed groups" (triggers_vetoes_combat_time_to_come.tsv label_combat): a fight names
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

std::string Engine::SendingToCome(const Sent& s, int te) const {
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

int Engine::TitleAfterCountry(const Sent& s, int mi) const {
  int q = s.men[mi].e;
  if (GenitiveS(s, q)) ++q;  // "Russia's"
  for (int pm = 0; pm < static_cast<int>(s.men.size()); ++pm) {
    const Men& m = s.men[pm];
    if (m.b == q && m.kind == "person" && !m.pronoun && !m.id.empty()) return pm;
  }
  return -1;
}

void Engine::RelativePronounSpeaker(const Sent& s, int verb, std::vector<std::string>* subj,
                                    std::string* how) const {
  int pron = -1;
  for (const Men& m : s.men) {
    if (m.pronoun && m.b < verb && m.b >= verb - 4) pron = m.b;
  }
  // "X, qu'il qualifie": the relative opens after a comma and its antecedent.
  if (pron < 3 || !Is(s, pron - 1, c_.que) || !P(s, pron - 2, ',') || !s.w[pron - 3].word) return;
  for (int k = pron - 3; k >= 0; --k) {
    if (P(s, k, '"') || P(s, k, '<') || P(s, k, '>') || s.inq[k]) return;  // a quotation
  }
  std::vector<std::string> main = MainSubject(s, pron - 3);
  if (main.empty() || main[0].empty() || main == *subj) return;
  *subj = main;
  *how = "relative-pronoun-main";
}

}  // namespace kzgraph::extract::internal
