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
      if (NegationAsserts(s, k)) break;  // "n'a pas manqué de"
      plan |= Is(s, k, c_.readiness);
      neg |= Is(s, k, c_.neg_after);
      if (Is(s, k, c_.neg_ne)) {
        if (plan && neg) return "negated (ne ... a plan)";
        break;
      }
    }
  }
  // "does not plan to send", "didn't want to meet", "n'envisage pas
  // d'envoyer", "has no intention of asking", "n'a pas l'intention de
  // rencontrer": the verb that governs the infinitive (through its marker)
  // is negated, so the act is not asserted. Not the verbs whose negation
  // asserts it ("did not hesitate to", "did not forget to", "n'a pas tardé
  // à", "ne manque pas de", "not only to"): one list, in the lexicon.
  if (const int mk = vb - 1;
      mk >= 1 && (Fold(s, mk, "to") || Fold(s, mk, "of") || Fold(s, mk, "de") ||
                  Fold(s, mk, "d") || FoldAccented(s, mk, "a"))) {
    for (int k = mk - 1; k >= 0 && k >= mk - 5 && s.w[k].word; --k) {
      if (MentionAt(s, k) >= 0 || Is(s, k, c_.que) || Is(s, k, c_.qui)) break;
      if (NegationAsserts(s, k)) break;
      const std::string& f = s.w[k].fold;
      bool negated = (Is(s, k, c_.neg_en) && f != "nor" && f != "neither") ||
                     (f == "t" && k > 0 && s.w[k - 1].elided);  // "didn't"
      if (!negated && Is(s, k, c_.neg_after)) {
        for (int q = k - 1; q >= 0 && q >= k - 3; --q) negated |= Is(s, q, c_.neg_ne);
      }
      if (negated) return "negated (" + f + ", governing verb)";
    }
  }
  // "Sending ground troops to X is out of the question", "un déploiement de
  // soldats en X serait une escalade": the act opens the clause as the
  // subject of a ruling-out or hypothetical predicate, within a bounded window.
  {
    int b = vb;
    while (b > 0 && Is(s, b - 1, c_.det)) --b;
    const bool opens = b == 0 || P(s, b - 1, ',') || P(s, b - 1, ':') || P(s, b - 1, '"') ||
                       P(s, b - 1, '<') || Fold(s, b - 1, "that") || Is(s, b - 1, c_.que) ||
                       Fold(s, b - 1, "said") || Fold(s, b - 1, "says");
    for (int q = vb + 1; opens && q < n && q < vb + 14; ++q) {
      if (P(s, q, '.') || P(s, q, ';') || P(s, q, ',') || P(s, q, ':') || Is(s, q, c_.qui) ||
          Is(s, q, c_.que) || Fold(s, q, "which"))
        break;
      const bool be = Fold(s, q, "is") || Fold(s, q, "was") || Fold(s, q, "are") ||
                      Fold(s, q, "were") || Fold(s, q, "remains") || Fold(s, q, "be") ||
                      Fold(s, q, "est") || Fold(s, q, "reste") || Fold(s, q, "etait");
      if (be && ((Fold(s, q + 1, "out") && Fold(s, q + 2, "of") && Fold(s, q + 4, "question")) ||
                 (Fold(s, q + 1, "off") && Fold(s, q + 3, "table")) ||
                 (Fold(s, q + 1, "not") && (Fold(s, q + 3, "option") || Fold(s, q + 2, "on"))) ||
                 Fold(s, q + 1, "unthinkable") || Fold(s, q + 1, "excluded") ||
                 (Fold(s, q + 1, "ruled") && Fold(s, q + 2, "out")) || Fold(s, q + 1, "exclu") ||
                 Fold(s, q + 1, "exclue") || Fold(s, q + 1, "impensable") ||
                 Fold(s, q + 1, "inenvisageable") ||
                 (Fold(s, q + 1, "hors") && Fold(s, q + 2, "de") && Fold(s, q + 3, "question"))))
        return "ruled out (" + s.w[q + 1].fold + ")";
      if ((Fold(s, q, "would") || Fold(s, q, "could") || Fold(s, q, "might")) &&
          (Fold(s, q + 1, "be") || Fold(s, q + 1, "mean") || Fold(s, q + 1, "constitute") ||
           Fold(s, q + 1, "amount") || Fold(s, q + 1, "trigger") || Fold(s, q + 1, "provoke")))
        return "hypothetical (" + s.w[q].fold + " " + s.w[q + 1].fold + ")";
      if ((Fold(s, q, "serait") || Fold(s, q, "seraient") || Fold(s, q, "constituerait") ||
           Fold(s, q, "constitueraient") || Fold(s, q, "signifierait") ||
           Fold(s, q, "pourrait") || Fold(s, q, "provoquerait")) &&
          (Is(s, q + 1, c_.det) || Fold(s, q + 1, "etre") || Fold(s, q + 1, "constituer")))
        return "hypothetical (" + s.w[q].fold + ")";
    }
  }
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
