// Precision checks: an infinitive trigger whose governing expectation, wish
// or ability word stands before the infinitive's own agent states a plan or
// a prospect, not an act.
#include <string>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

std::string Engine::BlockedByGovernorPastAgent(const Sent& s, int vb) const {
  // Only a readiness word returns from the walk: none in the sentence, no walk.
  if (vb < 3 || !AnyIs(s, c_.readiness)) return "";
  // The infinitive's marker: "to send", "à envoyer", "de soutenir".
  auto is_marker = [&](int k) {
    return Fold(s, k, "to") || Fold(s, k, "a") || Fold(s, k, "de") || Fold(s, k, "d");
  };
  int marker = vb - 1;
  if (!is_marker(marker)) return "";
  // "to recognise the vote or to send": a coordinated infinitive shares the
  // first one's governor and agent; walk from the first one's marker.
  if (Is(s, marker - 1, c_.coord)) {
    int first = -1;
    for (int k = marker - 2; k >= 0 && k >= marker - 9 && s.w[k].word; --k) {
      if (is_marker(k)) {
        first = k;
        break;
      }
    }
    if (first < 0) return "";
    marker = first;
  }
  // "expect Moscow to recognise X or to send", "the ability of the United
  // States to support", "exhorte la Russie et le Belarus à envoyer": between
  // the governor and the marker stand only the agent (mentions, their
  // determiners, "of", coordination).
  bool agent = false;
  for (int k = marker - 1; k >= 0 && k >= marker - 12; --k) {
    if (!s.w[k].word) {
      if (P(s, k, '<') || P(s, k, '"') || P(s, k, '>')) continue;
      return "";  // a comma or a stop: a clause of its own
    }
    if (const int mi = MentionAt(s, k); mi >= 0) {
      agent = true;
      k = s.men[mi].b;  // the loop steps past the mention's first word
      continue;
    }
    if (Is(s, k, c_.readiness)) {
      // The governor itself must not be part of the agent's phrase, and the
      // agent must stand right after it (its determiners and "of" aside).
      return agent ? "hypothetical (" + s.w[k].fold + " ... " + s.w[marker].fold + ")" : "";
    }
    if (Is(s, k, c_.que) || Is(s, k, c_.qui) || Fold(s, k, "that") || Is(s, k, c_.aux) ||
        Is(s, k, c_.etre))
      return "";
    if (Is(s, k, c_.det) || Is(s, k, c_.prep_de) || Is(s, k, c_.coord) || Fold(s, k, "of"))
      continue;
    return "";
  }
  return "";
}

bool Engine::ConjoinedClauseCommonSubject(const Sent& s, int vb) const {
  // "X did not comment, but local commentators accused Y", "..., et des
  // responsables locaux ont dénoncé Y": after a comma and a clause
  // conjunction, a common noun phrase before the verb group is the second
  // clause's own subject; an actor of the first clause is not.
  // Most verbs follow their actor: no walk.
  if (vb < 3) return false;
  if (const int mi = MentionAt(s, vb - 1);
      mi >= 0 && !s.men[mi].adj && !InPlacePhrase(s, s.men[mi]))
    return false;
  // Then the comma, by character tests only: most verbs have none close.
  int comma = -1;
  for (int k = vb - 2; k >= 0 && k >= vb - 8; --k) {
    if (s.w[k].word) continue;
    if (P(s, k, ',')) comma = k;
    break;
  }
  if (comma < 0) return false;
  const int c = comma + 1;
  if (!(Fold(s, c, "but") || Fold(s, c, "mais") || Fold(s, c, "and") || Fold(s, c, "et")) ||
      c + 1 >= vb || Fold(s, c + 1, "then") || Fold(s, c + 1, "puis"))
    return false;
  bool noun = false;
  for (int k = vb - 1; k > c; --k) {
    if (const int mi = MentionAt(s, k); mi >= 0) {
      // A nationality adjective or a place ("politicians in Yerevan") inside
      // the phrase; any other mention may be the subject itself.
      const Men& m = s.men[mi];
      if (m.adj && !m.pronoun) {  // "des éditorialistes russes"
        noun = true;
        k = m.b;
        continue;
      }
      if (!InPlacePhrase(s, m)) return false;
      k = BeforeDets(s, m.b);  // the loop steps past the preposition
      continue;
    }
    if (Is(s, k, c_.det) && !Fold(s, k, "de") && !Fold(s, k, "d")) continue;  // "des", "les"
    if (Is(s, k, c_.qui) || Is(s, k, c_.que) || Is(s, k, c_.prep) || Is(s, k, c_.prep_de) ||
        IsAuxWord(s, k) || HitLen(s, k, c_.trigger) > 0 || HitLen(s, k, c_.speech) > 0 ||
        Fold(s, k, "that"))
      return false;
    if (IsAdverb(s, k)) continue;
    noun = true;
  }
  return noun;
}

bool Engine::ListedAfterComplement(const Sent& s, const Men& m, int depth) const {
  // "appealed to the African Union, the UN and the EU, and accused X": the
  // later conjuncts of a list whose first one a preposition introduces are
  // complements too, when the list closes the phrase (a comma or a stop
  // after it, not a verb: "from the EU, Russia and Belarus accused" keeps
  // Russia and Belarus as the subject).
  if (depth > 8) return false;
  int p = BeforeDets(s, m.b);
  // "the UN secretary-general": the title's qualifier opens the conjunct.
  if (const int q = MentionAt(s, p); q >= 0 && s.men[q].e == m.b) p = BeforeDets(s, s.men[q].b);
  if (p < 1 || !(P(s, p, ',') || Is(s, p, c_.coord))) return false;
  const int pm = MentionAt(s, p - 1);
  if (pm < 0 || &s.men[pm] == &m || s.men[pm].adj || s.men[pm].pronoun) return false;
  if (!IsComplement(s, s.men[pm]) && !ListedAfterComplement(s, s.men[pm], depth + 1)) return false;
  if (depth > 0) return true;  // the end of the list is checked once, from its last conjunct
  const int n = static_cast<int>(s.w.size());
  // A mention right after a conjunct's end is its head ("UN secretary-general").
  auto past_head = [&](int e) {
    const int h = MentionAt(s, e);
    return h >= 0 && s.men[h].b == e ? s.men[h].e : e;
  };
  int e = past_head(m.e);
  // A list has its "and"/"et" somewhere: "dans un courrier adressé à Paris,
  // la ministre X, Olivia Y, avait estimé" is a fronted phrase, then the subject.
  bool coord_seen = Is(s, p, c_.coord);
  while (e < n && (P(s, e, ',') || Is(s, e, c_.coord))) {
    coord_seen |= Is(s, e, c_.coord);
    const int next = MentionAt(s, SkipDet(s, e + 1));
    if (next < 0 || s.men[next].adj) break;
    e = past_head(s.men[next].e);
  }
  return coord_seen && (e >= n || P(s, e, ',') || P(s, e, '.') || P(s, e, ';'));
}

bool Engine::LabelOfIndefiniteOthers(const Sent& s, const Men& m) const {
  // "now they call us all terrorists", "ils nous qualifient de terroristes":
  // the speaker reports an unnamed third party's label, not their own.
  if (!AnyHit(s, c_.trigger)) return false;
  for (int k = m.b - 1; k >= 1 && k >= m.b - 6; --k) {
    if (!s.w[k].word) return false;
    if (HitLen(s, k, c_.trigger) == 0) continue;
    bool qualify = false;
    for (const auto& [entry, form] : LexAt(s, k, c_.trigger).entries)
      qualify |= r_.lex.entry(entry).Get("frame") == "qualify";
    if (!qualify) return false;
    int subj = VerbGroupStart(s, k) - 1;
    while (subj >= 0 && (Is(s, subj, c_.clitic) || IsAdverb(s, subj))) --subj;
    const int pm = MentionAt(s, subj);
    if (pm < 0 || !s.men[pm].pronoun) return false;
    const std::string& f = s.w[s.men[pm].b].fold;
    return f == "they" || f == "ils" || f == "elles" || f == "on";
  }
  return false;
}

int Engine::NounComplementAgent(const Sent& s, int vb) const {
  // "the decision of Armenia to seek help", "la décision du Mali de
  // solliciter": the "of"/"de" complement of the noun that governs the
  // infinitive is its agent, not the clause's subject.
  // The mention right before the marker first: one array look-up.
  const int marker = vb - 1;
  if (marker < 3) return -1;
  const int mi = MentionAt(s, marker - 1);
  if (mi < 0 || !(Fold(s, marker, "to") || Fold(s, marker, "de") || Fold(s, marker, "d")))
    return -1;
  const Men& m = s.men[mi];
  if (m.e != marker || m.adj || m.pronoun || m.id.empty() || m.kind.empty() || m.kind == "location")
    return -1;
  const int p = BeforeDets(s, m.b);
  if (!(Fold(s, p, "of") || Fold(s, p, "du") || Fold(s, p, "de") || Fold(s, p, "d"))) return -1;
  // The governing noun, after its determiner: "the decision", "la volonté".
  const int noun = p - 1;
  if (!PlainWord(s, noun) || HitLen(s, noun, c_.trigger) > 0 || !Is(s, noun - 1, c_.det)) return -1;
  return mi;
}

}  // namespace kzgraph::extract::internal
