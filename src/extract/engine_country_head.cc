// Offices the dictionary dates on the article's day, said near a name in
// words the title patterns do not read.
#include <string>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// A head of state or government the dictionary dates on the article's day,
// said to head "the country" right after the name: "X, the country's
// military leader", "X, who has led the country since", "X, qui dirige le
// pays", "X, chef du pays". "The country" is then the office's own country.
void Engine::CountryHeadRule(Sent& s) {
  if (x_->article.date.empty()) return;
  const bool roles = AnyHit(s, c_.role), verbs = AnyHit(s, c_.trigger);
  if (!roles && !verbs) return;
  const int n = static_cast<int>(s.w.size());
  auto country_at = [&](int i) { return Fold(s, i, "country") || Fold(s, i, "pays"); };
  auto head_title = [&](int i) {
    if (HitLen(s, i, c_.role) == 0 || MentionAt(s, i) >= 0) return 0;
    const LexEntry& e = r_.lex.entry(LexAt(s, i, c_.role).entries[0].first);
    return IsHeadRole(e.Get("role")) ? HitLen(s, i, c_.role) : 0;
  };
  auto leads_verb = [&](int i) {
    if (HitLen(s, i, c_.trigger) == 0) return false;
    for (const auto& [entry, form] : LexAt(s, i, c_.trigger).entries) {
      const LexEntry& e = r_.lex.entry(entry);
      if (e.Get("type") == "leads" && e.Get("frame") == "svo") return true;
    }
    return false;
  };
  for (size_t pi = 0; pi < s.men.size(); ++pi) {
    const Men& p = s.men[pi];
    if (p.kind != "person" || p.pronoun || p.implied || p.id.empty() || !p.role.empty()) continue;
    if (!P(s, p.e, ',')) continue;
    const Office* o = OfficeOnDate(p);
    if (o == nullptr || (o->role != "head_of_state" && o->role != "head_of_government")) continue;
    const Actor* c = r_.dict.Find(o->of);
    if (c == nullptr || c->kind != "country") continue;
    int q = p.e + 1;
    bool cue = false;
    if (Fold(s, q, "the") && country_at(q + 1) && s.w[q + 1].elided && Fold(s, q + 2, "s")) {
      // "the country's (military) leader"
      for (int k = q + 3; k < std::min(n, q + 6) && !cue; ++k) cue = head_title(k) > 0;
    } else if (Is(s, q, c_.qui) || Fold(s, q, "who")) {
      // "who has led the country", "qui dirige le pays": an auxiliary or an
      // adverb at most before the verb.
      int v = q + 1;
      while (v < std::min(n, q + 4) && (Is(s, v, c_.aux) || IsAdverb(s, v))) ++v;
      cue = leads_verb(v) && Is(s, v + 1, c_.det) && country_at(v + 2) &&
            !(s.w[v + 2].elided && Fold(s, v + 3, "s"));  // "the country's army"
    } else if (const int k = SkipDet(s, q); head_title(k) > 0) {
      // "chef du pays", "leader of the country"
      const int after = k + head_title(k);
      int d = after;
      if (Fold(s, d, "du") || Fold(s, d, "of"))
        ++d;
      else if (Is(s, d, c_.prep_de))
        ++d;
      d = SkipDet(s, d);
      cue = d > after && country_at(d);
    }
    if (cue) EmitPair(s, p.id, "leads", o->of, "leads:dictionary-country", 0.75);
  }
}

}  // namespace kzgraph::extract::internal
