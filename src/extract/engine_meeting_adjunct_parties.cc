// Meetings whose parties stand outside the meeting verb's own subject slot:
// a time adjunct after the main clause ("X called
// for calm after meeting Y", "après s'être entretenu avec Y"), a verb
// coordinated after another one whose subject it shares ("X, who flew to A
// and held talks with Y", "after X travelled to B and met Y"), and a plural
// reference in the same sentence ("... auprès de Y ; les deux hommes se sont
// rencontrés").
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// The conjunctions and prepositions of time that open a clause or adjunct
// with a subject of their own (function words, as FindSubject's).
bool Engine::TimeSubordinatorAt(const Sent& s, int k) const {
  return Fold(s, k, "after") || Fold(s, k, "when") || Fold(s, k, "once") || Fold(s, k, "since") ||
         Fold(s, k, "before") || Fold(s, k, "until") || Fold(s, k, "lorsque") ||
         Fold(s, k, "quand") || Fold(s, k, "apres") || Fold(s, k, "depuis") || Fold(s, k, "avant");
}

std::vector<std::string> Engine::MeetingAdjunctSubject(const Sent& s, int t, int vb) const {
  // Past the adjunct's own function words: "after holding talks", "après
  // s'être entretenu", "after his talks with", "following a meeting with".
  int k = std::min(t, vb) - 1;
  for (int steps = 0; steps < 3 && k > 0; ++steps) {
    if (Is(s, k, c_.det) || Is(s, k, c_.possessive) || Is(s, k, c_.clitic) || Fold(s, k, "s") ||
        Fold(s, k, "etre") || Fold(s, k, "avoir") || Fold(s, k, "having") || Fold(s, k, "being"))
      --k;
    else
      break;
  }
  if (k <= 0) return {};  // an adjunct opening the sentence: FrontedAdjunctSubject's
  if (!(Fold(s, k, "after") || Fold(s, k, "following") || Fold(s, k, "apres") ||
        Fold(s, k, "upon") || Fold(s, k, "lors")))
    return {};
  // The adjunct follows its clause: a verb of that clause before it.
  bool verb = false;
  for (int q = k - 1; q >= 0 && !verb; --q) {
    if (P(s, q, ';') || P(s, q, ':')) return {};
    verb = IsAuxWord(s, q) || HitLen(s, q, c_.trigger) > 0 ||
           (s.w[q].word && s.w[q].fold.size() > 3 &&
            s.w[q].fold.compare(s.w[q].fold.size() - 2, 2, "ed") == 0 && MentionAt(s, q) < 0);
  }
  if (!verb) return {};
  return CoordinatedMainSubject(s, k);
}

std::vector<std::string> Engine::CoordinatedMainSubject(const Sent& s, int limit) const {
  std::vector<std::string> main = MainSubject(s, limit);
  if (main.size() != 1) return main;
  // "X and Y called for ...", "A, B and C are": MainSubject reads the first
  // name only; its coordination names the others.
  for (size_t mi = 0; mi < s.men.size(); ++mi) {
    if (s.men[mi].b >= limit) break;
    if (s.men[mi].id != main[0] || s.men[mi].adj) continue;
    if (!(Fold(s, s.men[mi].e, "and") || Fold(s, s.men[mi].e, "et") || P(s, s.men[mi].e, ',')))
      break;
    std::vector<std::string> all = Expand(s, static_cast<int>(mi), +1, false);
    if (all.size() > 1) return all;
    break;
  }
  return main;
}

std::vector<std::string> Engine::AmongSenders(const Sent& s, int vb) const {
  const int rel = vb - 1;
  if (!(Is(s, rel, c_.qui) || Fold(s, rel, "that") || Fold(s, rel, "which"))) return {};
  // The relative's head: a plain plural noun ("countries", "pays", "states"),
  // itself the complement of "among" / "parmi" / "font partie de".
  const int head = rel - 1;
  if (head < 2 || !s.w[head].word || MentionAt(s, head) >= 0 || s.w[head].upper_initial ||
      s.w[head].fold.back() != 's')
    return {};
  int b = head - 1;
  while (b > 0 && (Is(s, b, c_.det) || Is(s, b, c_.prep_de))) --b;
  if (!(Fold(s, b, "among") || Fold(s, b, "parmi") || Fold(s, b, "partie"))) return {};
  std::vector<std::string> out;
  for (const std::string& id : CoordinatedMainSubject(s, b)) {
    const Actor* a = r_.dict.Find(id);
    if (a != nullptr && (a->kind == "country" || a->kind == "organization")) out.push_back(id);
  }
  return out;
}

std::vector<std::string> Engine::MeetingConjunctSubject(const Sent& s, int vb,
                                                        bool* relative) const {
  int c = vb - 1;
  // "and held talks with": the light verb of a meeting noun.
  if (c > 0 && StanceWordAt(s, c, "meet_light") > 0) --c;
  while (c > 0 && c >= vb - 5 && (IsAdverb(s, c) || P(s, c, ',') || Fold(s, c, "on"))) --c;
  if (!(Fold(s, c, "and") || Fold(s, c, "et"))) return {};
  // The first conjunct's verb, then its subject right before it: a relative
  // pronoun's head or a name after a conjunction of time.
  for (int j = c - 1, steps = 0; j > 0 && steps < 25; --j, ++steps) {
    if (P(s, j, ';') || P(s, j, ':') || P(s, j, '.') || P(s, j, '<') || P(s, j, '>')) return {};
    if (Is(s, j, c_.qui) && (Fold(s, j, "who") || Fold(s, j, "qui")) && P(s, j - 1, ',')) {
      int q = j - 2;
      if (P(s, q, ')')) --q;
      const int mi = MentionAt(s, q);
      if (mi < 0 || s.men[mi].adj || s.men[mi].pronoun || s.men[mi].id.empty() ||
          s.men[mi].kind == "location" || s.men[mi].kind == "group")
        return {};
      *relative = true;
      return {IdOf(s, mi)};
    }
    const int mi = MentionAt(s, j);
    if (mi < 0) continue;
    const Men& m = s.men[mi];
    j = m.b;
    int b = m.b - 1;
    while (b > 0 && Is(s, b, c_.det)) --b;
    if (!TimeSubordinatorAt(s, b)) continue;
    // The name must be the subject: a verb right after it.
    if (!(s.w[m.e].word && MentionAt(s, m.e) < 0 && !s.w[m.e].upper_initial)) return {};
    if (m.adj || m.pronoun || m.id.empty() || m.kind == "location" || m.kind == "group") return {};
    return Expand(s, mi, -1);
  }
  return {};
}

std::vector<std::string> Engine::SameSentencePair(const Sent& s, int vb) const {
  // "les deux hommes se sont rencontrés", "the two leaders met": the group
  // reference (coref.tsv role=group_ref) right before the verb group.
  int g = -1;
  for (int k = vb - 1; k >= 0 && k >= vb - 5; --k) {
    if (const int len = StanceWordAt(s, k, "group_ref"); len > 0 && k + len == vb) g = k;
  }
  if (g <= 0) return {};
  // Its antecedents in this sentence, before a semicolon or comma ending
  // the clause that named them.
  if (!(P(s, g - 1, ';') || P(s, g - 1, ',') || Fold(s, g - 1, "and") || Fold(s, g - 1, "et")))
    return {};
  std::vector<std::string> pair;
  for (int mi = static_cast<int>(s.men.size()) - 1; mi >= 0 && pair.size() < 3; --mi) {
    const Men& m = s.men[mi];
    if (m.b >= g || m.adj || m.pronoun || m.id.empty() || m.kind != "person") continue;
    if (std::find(pair.begin(), pair.end(), m.id) == pair.end()) pair.push_back(m.id);
  }
  if (pair.size() < 2) return {};
  pair.resize(2);
  std::reverse(pair.begin(), pair.end());
  return pair;
}

bool Engine::MeetingClauseParties(Sent& s, int t, int vb, const std::string& rule,
                                  const std::vector<std::string>& obj,
                                  std::vector<std::string>* subj, std::string* how) {
  std::vector<std::string> found;
  std::string kind;
  bool relative = false;
  if (obj.empty() && subj->empty()) {
    found = SameSentencePair(s, vb);
    kind = "pair";
  }
  if (found.empty()) {
    found = MeetingConjunctSubject(s, vb, &relative);
    kind = "conjunct";
    // An earlier guess stands unless the conjunct's subject is a relative's head.
    if (!subj->empty() && !relative) found.clear();
  }
  if (found.empty() && subj->empty()) {
    found = MeetingAdjunctSubject(s, t, vb);
    kind = "adjunct";
  }
  if (found.empty()) return false;
  *subj = found;
  *how = kind;
  if (!obj.empty() || found.size() < 2) return false;
  // No other party: the subjects met one another.
  for (size_t a = 0; a + 1 < found.size(); ++a)
    Emit(s, {found[a]}, "meets", {found.begin() + a + 1, found.end()},
         rule + "/" + kind + "/reciprocal", 0.75);
  return true;
}

bool Engine::CoDeployedUnits(const Sent& s, int i, int tl) const {
  // Units named by origin ("units from A", "des unités venues de A"), not by
  // a nationality adjective ("alongside Congolese troops" are the partner).
  const int after = i + tl;
  if (!Fold(s, after, "from") && !Fold(s, after, "venus") && !Fold(s, after, "venues") &&
      !Fold(s, after, "de") && !Fold(s, after, "d"))
    return false;
  int b = i - 1;
  while (b > 0 && (Is(s, b, c_.det) || Is(s, b, c_.prep_de))) --b;
  // One plain qualifier may stand between ("smaller units", "autres unités").
  if (b > 0 && s.w[b].word && !s.w[b].upper_initial && MentionAt(s, b) < 0 &&
      HitLen(s, b, c_.troop) == 0 && !Fold(s, b, "alongside") && !Fold(s, b, "cotes"))
    --b;
  while (b > 0 && (Is(s, b, c_.det) || Is(s, b, c_.prep_de))) --b;
  if (!Fold(s, b, "alongside") && !(Fold(s, b, "cotes") && Fold(s, b - 1, "aux"))) return false;
  // Another troop noun earlier in the clause: the force they joined.
  for (int k = b - 1; k >= 0 && k >= b - 20; --k) {
    if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.que) || Is(s, k, c_.qui)) return false;
    if (MentionAt(s, k) < 0 && HitLen(s, k, c_.troop) > 0) return true;
  }
  return false;
}

std::string Engine::DepartureDestination(const Sent& s, int after) const {
  const int n = static_cast<int>(s.w.size());
  for (int k = after; k < std::min(n, after + 8); ++k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',') || Is(s, k, c_.que) || Is(s, k, c_.qui))
      return "";
    const int len = HitLen(s, k, c_.deploy_cue);
    if (len == 0) continue;
    bool departure = false;
    for (const auto& [entry, form] : LexAt(s, k, c_.deploy_cue).entries)
      departure |= r_.lex.entry(entry).Get("role") == "departure";
    if (!departure) return "";
    // The place left: right after the cue, past "out of", "from", "de".
    int j = k + len;
    if (Fold(s, j, "out") && Fold(s, j + 1, "of")) j += 2;
    if (Fold(s, j, "of") || Fold(s, j, "from") || Is(s, j, c_.prep_de)) ++j;
    j = SkipDet(s, j);
    if (Fold(s, j, "country") || Fold(s, j, "pays")) return focus_;
    const int mi = MentionAt(s, j);
    if (mi < 0 || s.men[mi].adj || s.men[mi].id.empty()) return "";
    if (s.men[mi].kind == "country") return s.men[mi].id;
    if (s.men[mi].kind == "location") {
      const Actor* a = r_.dict.Find(s.men[mi].id);
      if (a != nullptr && a->kind == "location") return a->DestinationCountry();
    }
    return "";
  }
  return "";
}

}  // namespace kzgraph::extract::internal
