// A body named through its officials or members: "les ministres des
// Affaires étrangères du G7", "les chefs d'État de la Cedeao", "EU foreign
// ministers", "NATO allies", "the bloc's leaders" act as the body itself, as
// subject and as object. The plural nouns are stance_word role=body_members
// (schema/lexicon/triggers_officials_as_body.tsv). The organization's mention is widened
// over the noun phrase (or the unnamed plural title becomes the body), so every
// argument finder reads the body there.
#include <string>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// A dictionary or discovered organization mention that starts at i.
static bool IsBodyMention(const Men& m) {
  return m.kind == "organization" && !m.id.empty() && !m.implied && !m.adj && !m.pronoun;
}

void Engine::BodyThroughMembers(Sent& s) {
  if (!AnyHit(s, c_.stance_word) || s.men.empty()) return;
  // Each reading below ends on an organization's mention or on an unnamed
  // title with its body: a sentence with neither skips the noun look-ups.
  bool body = false;
  for (const Men& m : s.men) {
    body |= IsBodyMention(m) ||
            (m.kind == "person" && m.id.empty() && !m.role.empty() && !m.of.empty());
  }
  if (!body) return;
  const int n = static_cast<int>(s.w.size());
  for (const int i : s.stance_word_at) {
    const int len = StanceWordAt(s, i, "body_members");
    if (len == 0) continue;
    // "les pays membres", "les États membres": a member noun before "membres".
    int b = i;
    if (i > 0 && MentionAt(s, i - 1) < 0 && RoleWordAt(s, i - 1, "member_noun") == 1) b = i - 1;
    // A definite plural: "les", "aux", "ces", "the", or "des" as "de les"
    // after a word. "Plusieurs membres de l'Otan", "some EU leaders", "d'autres
    // dirigeants" are some of its members, not the body.
    const bool definite = Fold(s, b - 1, "les") || Fold(s, b - 1, "aux") || Fold(s, b - 1, "ces") ||
                          Fold(s, b - 1, "the") ||
                          (Fold(s, b - 1, "des") && b >= 2 && s.w[b - 2].word);
    const int at = MentionAt(s, b);
    // The unnamed plural title of a body: "les ministres des Affaires
    // étrangères du G7" (its complement inside the title), "EU foreign
    // ministers" (the body before it). A named one ("..., X et Y") is persons.
    if (at >= 0 && s.men[at].b == b && !s.men[at].role.empty() && s.men[at].kind == "person" &&
        s.men[at].id.empty() && !s.men[at].of.empty()) {
      Men& title = s.men[at];
      const Actor* body = r_.dict.Find(title.of);
      bool organization = body && body->kind == "organization";
      int before = -1;  // the body's own mention right before the title
      for (int q = 0; q < static_cast<int>(s.men.size()); ++q) {
        const Men& m = s.men[q];
        if (m.id != title.of) continue;
        if (!body && m.kind == "organization") organization = true;  // a discovered body
        if (IsBodyMention(m) && m.e == b) before = q;
      }
      if (!organization) continue;
      const bool complement_inside = title.e > b + len;  // "... du G7" in the title
      bool fronted = false;                              // "EU foreign ministers"
      if (before >= 0) {
        const int p = s.men[before].b - 1;
        fronted = p < 0 || !s.w[p].word || Fold(s, p, "the");
      }
      if (!((complement_inside && definite) || fronted)) continue;
      title.id = title.of;
      title.kind = "organization";
      title.role.clear();
      title.rel.clear();
      title.of.clear();
      title.state_office = false;
      title.rule = "body:members";
      if (tracing_) Log(s, "  body '" + Surface(s, title.b, title.e) + "' -> " + title.id);
      continue;
    }
    // Words of the phrase must be no one's mention (a bare title's, at most).
    auto free_or_bare_title = [&](int from, int to) {
      for (int q = from; q < to; ++q) {
        const int m = MentionAt(s, q);
        if (m >= 0 && !(s.men[m].kind == "person" && s.men[m].id.empty() &&
                        !s.men[m].role.empty() && s.men[m].of.empty()))
          return false;
      }
      return true;
    };
    auto widen = [&](int mi, int from, int to) {
      // A bare title read in the phrase is the body's now: no person.
      for (int q = from; q < to; ++q) {
        if (const int m = MentionAt(s, q); m >= 0 && m != mi) {
          s.men[m].kind.clear();
          s.men[m].role.clear();
          s.men[m].rel.clear();
        }
        s.at[q] = mi;
      }
      Men& body = s.men[mi];
      body.b = std::min(body.b, from);
      body.e = std::max(body.e, to);
      if (tracing_) Log(s, "  body '" + Surface(s, body.b, body.e) + "' -> " + body.id);
    };
    // "les chefs d'État de la Cedeao", "the leaders of the G7".
    int k = i + len;
    if (const int dl = HitLen(s, k, c_.role_dept); dl > 0) k += dl;  // "ministres ... des finances"
    // English news also opens a clause with the bare plural: "Meeting in X,
    // leaders of the G7 condemned ...".
    const bool bare_english = Fold(s, k, "of") && (b == 0 || P(s, b - 1, ','));
    if ((definite || bare_english) && k < n && (Is(s, k, c_.prep_de) || Fold(s, k, "of"))) {
      const int q = SkipDet(s, k + 1);
      if (const int mi = MentionAt(s, q);
          mi >= 0 && s.men[mi].b == q && IsBodyMention(s.men[mi]) && free_or_bare_title(b, q)) {
        // Only an article between: "ministers of several NATO countries",
        // "leaders of EU member states" are some of its members.
        bool article_only = true;
        for (int d = k + 1; d < q; ++d)
          article_only &= Fold(s, d, "the") || Fold(s, d, "la") || Fold(s, d, "l") ||
                          Fold(s, d, "le") || Fold(s, d, "les");
        const int after = s.men[mi].e;
        if (!article_only || RoleWordAt(s, after, "member_noun") > 0 ||
            StanceWordAt(s, after, "body_members") > 0)
          continue;
        widen(mi, b, q);
        continue;
      }
    }
    // "EU leaders", "NATO allies", "ECOWAS heads of state"; "the bloc's leaders".
    if (b == 0) continue;
    int e = b;  // where the body's mention ends
    if (GenitiveS(s, e - 1) && !s.w[e - 1].elided && e >= 2 && MentionAt(s, e - 2) >= 0) e = e - 1;
    const int mi = MentionAt(s, e - 1);
    if (mi < 0 || s.men[mi].e != e || !IsBodyMention(s.men[mi])) continue;
    if (const int p = s.men[mi].b - 1; !(p < 0 || !s.w[p].word || Fold(s, p, "the"))) continue;
    // "ECOWAS member states Ghana and Senegal": the members named, not the body.
    if (!free_or_bare_title(b, i + len) || MentionAt(s, i + len) >= 0) continue;
    widen(mi, e, i + len);
  }
}

}  // namespace kzgraph::extract::internal
