// Chairs of bodies (session 11, s11offices). A rotating chair is rarely
// titled next to the name the way a head of state is: "X, président en
// exercice de l'organisation", "IGAD's chairman, Djibouti's President X",
// "re-elected X as chairman", "X a été désigné président de la
// confédération", "X was named the confederation's first president". The
// dictionary's dated `chair` office tells which body; the sentence must say
// the chair near the name and name the body (or refer to it by a class noun).
#include <string>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

void Engine::ChairOfficeRule(Sent& s) {
  if (x_->article.date.empty() || !AnyHit(s, c_.stance_word)) return;
  const int n = static_cast<int>(s.w.size());
  const std::string& date = x_->article.date;
  // A class noun of a body ("l'organisation", "the bloc") from word i on.
  // It refers to the chair's body only when no other body is named before it.
  auto body_noun = [&](int i, const std::string& body) {
    if (StanceWordAt(s, i, "office_chair_body") == 0) return false;
    for (const Men& m : s.men) {
      if (m.b < i && m.kind == "organization" && m.id != body) return false;
    }
    return true;
  };
  for (size_t pi = 0; pi < s.men.size(); ++pi) {
    const Men& p = s.men[pi];
    if (p.kind != "person" || p.pronoun || p.implied || p.id.empty()) continue;
    const Actor* a = ActorOf(p);
    if (a == nullptr) continue;
    for (const Office& o : a->offices) {
      if (o.role != "chair" || o.from > date || (!o.to.empty() && date > o.to)) continue;
      bool body_named = false, done = false;
      for (const Men& m : s.men) {
        body_named |= m.id == o.of && !m.implied;
        done |= m.id == p.id && m.rel == "leads" && m.of == o.of;
      }
      if (done) continue;
      // The chair word nearest the name, with no other person in between.
      std::string cue;
      const int lo = std::max(0, p.b - 10), hi = std::min(n, p.e + 10);
      for (int k = lo; k < hi && cue.empty(); ++k) {
        if (k >= p.b && k < p.e) continue;
        bool other = false;
        for (const Men& m : s.men) {
          if (m.kind != "person" || m.id == p.id || m.id.empty()) continue;
          if ((k < p.b && m.b > k && m.b < p.b) || (k >= p.e && m.b >= p.e && m.b < k))
            other = true;
        }
        if (other) continue;
        const int chair = StanceWordAt(s, k, "office_chair");
        const int title = chair > 0 ? 0 : HitLen(s, k, c_.role);
        if (chair == 0 && title == 0) continue;
        const int len = chair > 0 ? chair : title;
        // The body after the word: "de l'organisation", "of the bloc", or the
        // body itself; or before it with its possessive: "the confederation's".
        bool body_near = false;
        for (int q = k + len; q < std::min(n, k + len + 4) && !body_near; ++q) {
          const int mi = MentionAt(s, q);
          body_near = body_noun(q, o.of) || (mi >= 0 && s.men[mi].id == o.of);
        }
        for (int q = std::max(0, k - 4); q < k && !body_near; ++q) {
          if (body_noun(q, o.of) && q + 2 < n && s.w[q + 1].elided && Fold(s, q + 2, "s"))
            body_near = true;
        }
        // A chair word needs the body in the sentence; a head's title
        // ("président") needs it right beside.
        if (body_near || (chair > 0 && body_named)) cue = "chair";
      }
      if (!cue.empty()) EmitPair(s, p.id, "leads", o.of, "leads:dictionary-chair", 0.7);
    }
  }
}

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
