// Owners of titles and armies: the country words before a title in an
// inverted attribution ("…, warned the Ukrainian president X") and the owner
// of a bare army ("Poutine, dont l'armée", "his army").
#include <string>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

bool Engine::IsTitleCountryModifier(const Sent& s, int q) const {
  const int n = static_cast<int>(s.w.size());
  if (q < 0 || q >= n) return false;
  // "Kenya's": the "s" after a country's elided name.
  if (q > 0 && GenitiveS(s, q) && s.w[q - 1].elided) {
    const int mi = MentionAt(s, q - 1);
    return mi >= 0 && s.men[mi].kind == "country" && !s.men[mi].adj && !s.men[mi].pronoun;
  }
  const int mi = MentionAt(s, q);
  if (mi < 0 || s.men[mi].kind != "country" || s.men[mi].pronoun) return false;
  // "the Ukrainian president", "the Congolese president" (a demonym the
  // dictionary also reads as a noun)
  if (s.men[mi].adj || s.men[mi].rule == "dict:demonym") return true;
  const int e = s.men[mi].e;
  return s.w[e - 1].elided && GenitiveS(s, e);  // "Kenya's foreign minister"
}

std::string Engine::ArmyOwnerState(const Sent& s, int i) const {
  auto state_of = [&](const Men& m) -> std::string {
    if (m.id.empty() || m.pronoun || m.implied || m.adj) return "";
    if (m.kind == "country") return m.id;
    if (m.kind == "person") return StateHeadedBy(m);
    return "";
  };
  // "Its military spokesman": an attribute of a title, no army acting.
  if (const int e = i + HitLen(s, i, c_.institution); HitLen(s, e, c_.role) > 0) return "";
  int k = i - 1;
  if (Fold(s, k, "l") || Fold(s, k, "the")) --k;
  // "Vladimir Poutine, dont l'armée", "Putin, whose army": the antecedent.
  if (Fold(s, k, "dont") || Fold(s, k, "whose")) {
    int a = P(s, k - 1, ',') ? k - 2 : k - 1;
    const int mi = MentionAt(s, a);
    if (mi < 0 || s.men[mi].e != a + 1) return "";
    return state_of(s.men[mi]);
  }
  // A plain "the army" is not owned: "Egypt, which backs the army" names
  // another state's army.
  if (!Is(s, i - 1, c_.possessive)) return "";
  // "Poutine a affirmé que son armée", "Putin said his army": the clause's
  // subject speaks of its own army. A pronoun, a quotation or a subject
  // that is a complement tells nothing.
  for (const Men& m : s.men) {
    if (m.b >= i) break;
    if (m.implied || m.kind.empty() || s.inq[m.b]) continue;
    if (m.adj) continue;
    if (m.pronoun || m.id.empty()) return "";
    if (IsComplement(s, m)) continue;
    return state_of(m);
  }
  // "Son armée a bombardé": the previous sentence's subject's state.
  if (const Actor* c = r_.dict.Find(prev_subject_org_); c && c->kind == "country")
    return prev_subject_org_;
  if (const Actor* c = r_.dict.Find(prev_subject_office_); c && c->kind == "country")
    return prev_subject_office_;
  return "";
}

}  // namespace kzgraph::extract::internal
