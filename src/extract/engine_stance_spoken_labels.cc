// A judgement of another's act in reported speech.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// The owners of an act named at q: "la décision de X" / "the decision of X"
// (LabelledActOwners) or an English genitive, "Hungary's move", "Kenya's
// latest decision" (one plain word may stand before the act noun). Sets
// *end to the act phrase's last word. Empty if q names no actor's act.
std::vector<std::string> Engine::SpokenActOwners(const Sent& s, int q, int* end) const {
  *end = q;
  if (std::vector<std::string> owners = LabelledActOwners(s, q, end); !owners.empty())
    return owners;
  // "the Russian decision", "la décision russe": a nationality adjective
  // right before (English) or right after (French) the act noun.
  {
    const int a = SkipDet(s, q);
    if (const int am = MentionAt(s, a);
        am >= 0 && s.men[am].adj && !s.men[am].id.empty() && s.men[am].b == a) {
      if (const int al = HitLen(s, s.men[am].e, c_.act); al > 0) {
        *end = s.men[am].e + al - 1;
        return {IdOf(s, am)};
      }
    }
    if (const int al = HitLen(s, a, c_.act); al > 0) {
      if (const int am = MentionAt(s, a + al);
          am >= 0 && s.men[am].adj && !s.men[am].id.empty() && s.men[am].b == a + al) {
        *end = s.men[am].e - 1;
        return {IdOf(s, am)};
      }
    }
  }
  const int mi = MentionAt(s, SkipDet(s, q));
  if (mi < 0) return {};
  const Men& m = s.men[mi];
  if (m.id.empty() || m.adj || m.pronoun || m.implied) return {};
  if (!IsPartyKind(m.kind)) return {};
  if (!Fold(s, m.e, "s") || s.w[m.e].elided) return {};
  int a = m.e + 1;
  if (HitLen(s, a, c_.act) == 0 && s.w[a].word && !s.w[a].upper_initial && MentionAt(s, a) < 0)
    ++a;  // "Hungary's latest move"
  const int al = HitLen(s, a, c_.act);
  if (al == 0) return {};
  *end = a + al - 1;
  return {IdOf(s, mi)};
}

// "des manifestants favorables à la junte", "protesters angry at the
// government": an attitude phrase (stance_word role=attitude_adjective at its
// start) right after an actor's name describes that actor, not the clause's
// subject. Empty if no such actor stands there.
std::vector<std::string> Engine::DescribedHolder(const Sent& s, int t) const {
  if (t == 0 || StanceWordAt(s, t, "attitude_adjective") == 0) return {};
  const int mi = MentionAt(s, t - 1);
  if (mi < 0) return {};
  const Men& m = s.men[mi];
  if (m.e != t || m.adj || m.pronoun || m.implied || m.id.empty()) return {};
  if (!IsPartyKind(m.kind)) return {};
  return {IdOf(s, mi)};
}

// The length of a word of praise at j (stance_word role=praise_label),
// opening quotes and, in English, an article skipped: *end is set past it.
int Engine::PraiseLabelAt(const Sent& s, int j, int* end) const {
  const int n = static_cast<int>(s.w.size());
  while (j < n && (P(s, j, '<') || P(s, j, '"'))) ++j;
  int len = StanceWordAt(s, j, "praise_label");
  if (len == 0 && (Fold(s, j, "a") || Fold(s, j, "an")) && x_->article.lang != "fr") {
    ++j;
    len = StanceWordAt(s, j, "praise_label");
  }
  if (len > 0) *end = j + len;
  return len;
}

// A labelling verb (frame qualify) with a word of praise supports the act's
// author: "a jugé « courageuse » la décision de X", "called X's decision
// courageous", "described X's move as a positive step". Not a verb of
// rejection ("dismissed ... as"), nor a negated label. Whether it emitted.
bool Engine::QualifyPraise(Sent& s, int t, int te, const std::vector<std::string>& subj) {
  if (subj.empty() || !AnyHit(s, c_.stance_word)) return false;
  const int n = static_cast<int>(s.w.size());
  // Most labelling verbs carry no praise: the sentence is asked once whether
  // it holds a word of praise at all.
  if (s.praise_label < 0) {
    s.praise_label = 0;
    for (int k : s.stance_word_at) {
      if (StanceWordAt(s, k, "praise_label") > 0) {
        s.praise_label = 1;
        break;
      }
    }
  }
  if (s.praise_label == 0 || StanceWordAt(s, t, "reject_verb") > 0) return false;
  int j = te;
  while (j < n && (P(s, j, '<') || P(s, j, '"') || IsAdverb(s, j))) ++j;
  if (Fold(s, j, "comme")) ++j;
  int end = j;
  std::vector<std::string> obj;
  if (PraiseLabelAt(s, j, &end) > 0) {  // the label first
    while (end < n && (P(s, end, '>') || P(s, end, '"'))) ++end;
    obj = NP(s, end);
  } else {
    int oe = te;
    obj = Object(s, te, "direct", &oe);
    if (obj.empty()) obj = LabelledActOwners(s, te, &oe);
    if (obj.empty()) return false;
    bool found = false;
    for (int k = oe + 1; k < std::min(n, te + 12) && !found; ++k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',') || Is(s, k, c_.neg_en) ||
          Is(s, k, c_.neg_after) || HitLen(s, k, c_.pejorative) > 0)
        return false;
      int q = k;
      if (Fold(s, k, "as") || Fold(s, k, "comme") || Fold(s, k, "de") || Fold(s, k, "d")) ++q;
      found = PraiseLabelAt(s, q, &end) > 0;
    }
    if (!found) return false;
  }
  obj = NotOwnSide(s, subj, obj);
  if (obj.empty()) return false;
  Emit(s, subj, "supports", obj, "supports:qualify-praise", 0.75);
  return true;
}

// "X said (that) Y's decision was a mistake", "X a déclaré que la décision de
// Y était « inacceptable »": the speaker criticizes the act's author; with a
// word of praise ("courageous", "un pas dans la bonne direction", stance_word
// role=praise_label) the speaker supports him. The act's phrase runs at most
// six words to its copula; a negation or a condition on the speech verb or on
// the copula ("was not a mistake", "would be") gives nothing, and so does an
// act of the speaker's own side.
void Engine::SpokenLabelRule(Sent& s) {
  if (s.speaker.empty() || s.speaker_pos < 0) return;
  // "X said Rwanda must withdraw its forces", "a estimé que le Pérou doit
  // cesser", "jugé que M. X « ferait mieux de partir »": a demand that an
  // actor go or stop (stance_word role=demand_modal, then role=demand_act
  // past quotes and adverbs) criticizes that actor; the actor is named right
  // after the speech verb (and "that"/"que"), a negation blocks.
  if (AnyHit(s, c_.stance_word)) {
    const int n = static_cast<int>(s.w.size());
    const int v = s.speaker_pos;
    int q = v + std::max(1, HitLen(s, v, c_.speech));
    while (q < n && (IsAdverb(s, q) || P(s, q, ','))) ++q;
    if (Fold(s, q, "that") || Is(s, q, c_.que)) ++q;
    // « Le Rwanda doit se retirer », a déclaré X: the quotation opening the
    // sentence, its speaker after it.
    if (v > 2 && (P(s, 0, '<') || P(s, 0, '"'))) q = 1;
    const int mi = MentionAt(s, SkipDet(s, q));
    if (HitLen(s, v, c_.speech) > 0 && mi >= 0 && !s.men[mi].pronoun && !s.men[mi].adj &&
        !s.men[mi].implied && !s.men[mi].id.empty() && IsPartyKind(s.men[mi].kind)) {
      int k = s.men[mi].e;
      auto skip = [&] {
        while (k < n && (P(s, k, '<') || P(s, k, '"') || IsAdverb(s, k))) ++k;
      };
      // "l'OTSC, l'alliance pilotée par Moscou, n'avait pas rempli": past an
      // apposition between commas.
      if (P(s, k, ',')) {
        for (int c = k + 1; c < n && c < k + 12; ++c) {
          if (P(s, c, '.') || P(s, c, ';') || Is(s, c, c_.que) || Is(s, c, c_.qui)) break;
          if (P(s, c, ',')) {
            k = c + 1;
            break;
          }
        }
      }
      skip();
      // "said the alliance had failed Armenia", "a estimé que l'OTSC n'avait
      // pas rempli ses obligations" (stance_word role=failure): a failure
      // charged to the actor criticizes it too.
      const bool failure = StanceWordAt(s, k, "failure") > 0;
      // "said Turkey had a right to defend its airspace", "« Israël a le
      // droit de se défendre », a déclaré X" (stance_word role=entitled):
      // the speaker justifies the actor, which supports it.
      const bool entitled = !failure && StanceWordAt(s, k, "entitled") > 0;
      const int ml = failure || entitled ? 0 : StanceWordAt(s, k, "demand_modal");
      bool negated = false;
      if (ml > 0) {
        k += ml;
        skip();
        negated = Is(s, k, c_.neg_en) || Is(s, k, c_.neg_after);
      }
      if ((failure || entitled || (ml > 0 && !negated && StanceWordAt(s, k, "demand_act") > 0)) &&
          Blocked(s, VerbGroupStart(s, v), v + 1, Form::kFinite).empty()) {
        const std::vector<std::string> subj =
            s.speakers.empty() ? std::vector<std::string>{s.speaker} : s.speakers;
        const std::vector<std::string> obj = NotOwnSide(s, subj, {IdOf(s, mi)});
        if (!obj.empty() && entitled)
          Emit(s, subj, "supports", obj, "supports:spoken-entitled", 0.7);
        else if (!obj.empty())
          Emit(s, subj, "criticizes", obj,
               failure ? "criticizes:spoken-failure" : "criticizes:spoken-demand", 0.7);
      }
    }
  }
  if (!AnyHit(s, c_.act) || !AnyHit(s, c_.etre)) return;
  const bool praise_words = AnyHit(s, c_.stance_word);
  if (!AnyHit(s, c_.pejorative) && !praise_words) return;
  const int n = static_cast<int>(s.w.size());
  const int v = s.speaker_pos;
  const int vl = HitLen(s, v, c_.speech);
  if (vl == 0) return;  // "selon X": no verb of speech
  int q = v + vl;
  while (q < n && (IsAdverb(s, q) || P(s, q, ','))) ++q;
  // "told AFP that", "told reporters in Kyiv that", "a jugé auprès de l'AFP
  // que", "a déclaré aux journalistes que": the addressee or the place
  // between the verb of speech and its clause.
  for (int k = q; k < n && k < q + 6; ++k) {
    if (Fold(s, k, "that") || Is(s, k, c_.que)) {
      q = k;
      break;
    }
    if (!(Is(s, k, c_.prep) || Is(s, k, c_.prep_de) || Is(s, k, c_.det) || IsAdverb(s, k) ||
          MentionAt(s, k) >= 0 || Fold(s, k, "reporters") || Fold(s, k, "journalists") ||
          Fold(s, k, "journalistes") || Fold(s, k, "presse") || Fold(s, k, "press")))
      break;
  }
  if (Fold(s, q, "that") || Is(s, q, c_.que)) ++q;
  // "« Les propos de X sont irresponsables », a estimé Y", "\"X's remarks
  // are dangerous,\" Y said": the quoted clause opens the sentence, its
  // speaker after it.
  if (v > 2 && (P(s, 0, '<') || P(s, 0, '"')) && s.inq[1]) q = 1;
  int oe = q;
  const std::vector<std::string> owners = SpokenActOwners(s, q, &oe);
  if (owners.empty()) return;
  // A finite trigger verb ends the act's phrase; a trigger noun or
  // infinitive inside it does not ("decision to suspend the accession
  // process was").
  auto finite_trigger = [&](int k) {
    if (HitLen(s, k, c_.trigger) == 0) return false;
    for (const auto& [entry, f] : LexAt(s, k, c_.trigger).entries)
      if (f == Form::kFinite) return true;
    return false;
  };
  int j = oe + 1;
  for (int steps = 0; steps < 8 && j < n && !Is(s, j, c_.etre) && s.w[j].word && !P(s, j, ',') &&
                      !finite_trigger(j);
       ++steps)
    ++j;  // the rest of the act's phrase: "to close its border"
  if (!Is(s, j, c_.etre)) return;
  const int cop = j;
  ++j;
  while (j < n && (P(s, j, '<') || P(s, j, '"') || IsAdverb(s, j))) ++j;
  // The label, with its article ("un pas dans la bonne direction") or past
  // it ("was a mistake", "était une erreur").
  std::string type;
  for (int pass = 0; pass < 2 && type.empty(); ++pass) {
    if (pass == 1) {
      const int at = j;
      j = SkipDet(s, j);
      if ((Fold(s, j, "a") || Fold(s, j, "an")) && x_->article.lang != "fr") j = SkipDet(s, j + 1);
      while (j < n && (P(s, j, '<') || P(s, j, '"'))) ++j;
      if (j == at) break;
    }
    if (HitLen(s, j, c_.pejorative) > 0) {
      type = "criticizes";
    } else if (praise_words && StanceWordAt(s, j, "praise_label") > 0) {
      type = "supports";
    }
  }
  if (type.empty()) return;
  for (int k = cop; k < j; ++k) {
    if (NegationAt(s, k)) return;
  }
  std::string why = Blocked(s, VerbGroupStart(s, v), v + vl - 1, Form::kFinite);
  if (why.empty()) why = Blocked(s, VerbGroupStart(s, cop), cop, Form::kFinite);
  // "serait une erreur", "would be a mistake": a judgement of a supposed act.
  for (int k = oe + 1; k <= cop && why.empty(); ++k) {
    if (Is(s, k, c_.modal)) why = "hypothetical";
  }
  if (why.empty()) why = ConditionAfter(s, j);
  if (!why.empty()) {
    if (tracing_) Log(s, "  blocked " + type + ":spoken-label: " + why);
    return;
  }
  const std::vector<std::string> subj =
      s.speakers.empty() ? std::vector<std::string>{s.speaker} : s.speakers;
  const std::vector<std::string> obj = NotOwnSide(s, subj, owners);
  if (obj.empty()) return;
  Emit(s, subj, type, obj, type + ":spoken-label", 0.75);
}

}  // namespace kzgraph::extract::internal
