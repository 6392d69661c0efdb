// Precision checks: triggers that name no act because the verb that governs
// them denies it or gives it no actor; titles of another (a former holder, a
// relative); labels that are another's word.
#include <string>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

std::string Engine::BlockedGoverned(const Sent& s, int vb) const {
  const int n = static_cast<int>(s.w.size());
  if (vb <= 0 || vb >= n) return "";
  // "elle ne peut pas envoyer", "n'entend pas rencontrer": the verb group of
  // the infinitive starts at the "pas" of a negation whose "ne" stands before
  // the governing verb, which the verb group does not reach.
  if (Is(s, vb, c_.neg_after) && AnyIs(s, c_.neg_ne)) {
    for (int k = vb - 1; k >= 0 && k >= vb - 3 && s.w[k].word; --k) {
      if (Is(s, k, c_.neg_ne)) return "negated (ne ... " + s.w[vb].fold + ", governing verb)";
    }
  }
  // "ne prévoit pas de rencontrer", "n'envisage pas de demander", "n'a pas
  // l'intention d'envoyer": a plan that the negation denies. The plan word
  // stands between "ne" and the infinitive's "de".
  if (vb >= 3 && (Fold(s, vb - 1, "de") || Fold(s, vb - 1, "d")) && AnyIs(s, c_.neg_ne) &&
      AnyIs(s, c_.readiness)) {
    bool plan = false, neg = false;
    for (int k = vb - 2; k >= 0 && k >= vb - 7 && s.w[k].word; --k) {
      plan |= Is(s, k, c_.readiness);
      neg |= Is(s, k, c_.neg_after);
      if (Is(s, k, c_.neg_ne)) {
        if (plan && neg) return "negated (ne ... a plan)";
        break;
      }
    }
  }
  // "does not plan to meet", "did not want to send", "doesn't intend to
  // back": a negated verb governing the infinitive; not one that asserts the
  // act ("did not hesitate to accuse", "never failed to").
  if (vb >= 3 && Fold(s, vb - 1, "to") && s.w[vb - 2].word && MentionAt(s, vb - 2) < 0 &&
      (Is(s, vb - 3, c_.neg_en) ||
       (Fold(s, vb - 3, "t") && s.w[vb - 4 >= 0 ? vb - 4 : 0].elided)) &&
      !Fold(s, vb - 2, "hesitate") && !Fold(s, vb - 2, "hesitated") &&
      !Fold(s, vb - 2, "fail") && !Fold(s, vb - 2, "failed") && !Fold(s, vb - 2, "forget") &&
      !Fold(s, vb - 2, "forgot") && !Fold(s, vb - 2, "wait") && !Fold(s, vb - 2, "waited"))
    return "negated (not ... to, governing verb)";
  // "would not allow anyone to threaten", "ne laissera personne menacer": an
  // indefinite agent of the infinitive; the sentence's subject does not act.
  int agent = vb - 1;
  if (Fold(s, agent, "to")) --agent;
  if (agent >= 0 && StanceWordAt(s, agent, "indefinite_agent") > 0)
    return "indefinite agent (" + s.w[agent].fold + ")";
  // "accused X of bankrolling Y", "accuse X de soutenir Y", "a accusé X de
  // chercher à rejeter sur Y": the act is the accuser's charge, which the
  // accusation's own edge gives; it is not asserted as a fact.
  int de = vb - 1;
  if (Fold(s, de, "a") || Fold(s, de, "to")) de -= 2;  // "de chercher à"
  if (de >= 1 && (Fold(s, de, "de") || Fold(s, de, "d") || Fold(s, de, "of")) &&
      AnyHit(s, c_.trigger)) {
    for (int k = de - 1; k >= 0 && k >= de - 10; --k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || Is(s, k, c_.qui) || Is(s, k, c_.que))
        break;
      if (HitLen(s, k, c_.trigger) == 0) continue;
      for (const auto& [entry, form] : LexAt(s, k, c_.trigger).entries) {
        if (r_.lex.entry(entry).Get("type") == "accuses" && !OtherLanguage(entry))
          return "inside the charge of an accusation (" + s.w[k].fold + ")";
      }
    }
  }
  return "";
}

bool Engine::TitleOfAnother(const Sent& s, int i) const {
  // "former South African deputy president", "l'ancienne vice-présidente":
  // the past-office word stands before a country adjective and other
  // modifiers of the title.
  for (int k = i - 1, step = 0; k >= 0 && step < 4 && s.w[k].word; ++step) {
    if (FormerHolderWord(s, k)) return true;
    if (const int mi = MentionAt(s, k); mi >= 0) {
      if (s.men[mi].kind != "country" || s.men[mi].e != k + 1) break;
      k = s.men[mi].b - 1;
      continue;
    }
    // Capitalised nationality words stay in ("South African" that the
    // dictionary does not know as an adjective).
    if (Is(s, k, c_.det) || Is(s, k, c_.prep) || Is(s, k, c_.prep_de) || Is(s, k, c_.coord)) break;
    --k;
  }
  // "l'un des fils du président, X", "the wife of the president, X": a kin
  // noun before the title's "de"/"of" makes X the relative.
  int pd = i - 1;
  while (pd >= 0 && Is(s, pd, c_.det) && !Is(s, pd, c_.prep_de)) --pd;
  if (pd < 1 || !(Is(s, pd, c_.prep_de) || Fold(s, pd, "of"))) return false;
  int kin = pd - 1;
  while (kin >= 0 && Is(s, kin, c_.det)) --kin;
  return kin >= 0 && StanceWordAt(s, kin, "kin") > 0;
}

std::string Engine::LabelOfOthers(const Sent& s, const Men& m) const {
  // "is designated as a terrorist organization by", "est considéré comme
  // terroriste par": a passive labelling; the subject is its target.
  int k = m.b - 1;
  while (k >= 0 && (Is(s, k, c_.det) || Fold(s, k, "a") || Fold(s, k, "an"))) --k;
  if (k >= 2 && (Fold(s, k, "as") || Fold(s, k, "comme")) && s.w[k - 1].word &&
      (Is(s, k - 2, c_.etre) || (IsAdverb(s, k - 2) && Is(s, k - 3, c_.etre))))
    return "a passive labelling of the subject";
  for (int q = m.b - 1; q >= 0 && q >= m.b - 10 && AnyHit(s, c_.stance_word); --q) {
    if (P(s, q, '.') || P(s, q, ';')) break;
    if (StanceWordAt(s, q, "account_noun") > 0) return "another's account (" + s.w[q].fold + ")";
  }
  return "";
}

}  // namespace kzgraph::extract::internal
