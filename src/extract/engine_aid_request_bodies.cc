// Requests for help addressed to bodies: arbiter bodies (councils, courts),
// bare appeals, bodies named through their leaders.
// Vocabulary in schema/lexicon/triggers_requests_aid_arbiters_warnings.tsv.
#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// A body that rules or arbitrates -- a security council, a court -- asked to
// act is asked for help: "a saisi le Conseil de sécurité", "asked the court
// to order". Its name holds one of the arbiter words.
bool Engine::ArbiterBodyAt(const Sent& s, int i) const {
  const int m = MentionAt(s, i);
  if (m < 0 || s.men[m].adj || s.men[m].pronoun || s.men[m].id.empty() ||
      s.men[m].kind != "organization")
    return false;
  for (int w = s.men[m].b; w < s.men[m].e; ++w)
    if (StanceWordAt(s, w, "arbiter") > 0) return true;
  return false;
}

bool Engine::BareRequest(const Sent& s, int i) const {
  const int m = MentionAt(s, i);
  if (m < 0 || s.men[m].adj || s.men[m].pronoun || s.men[m].id.empty() ||
      (s.men[m].kind != "organization" && s.men[m].kind != "country"))
    return false;
  const int n = static_cast<int>(s.w.size());
  for (int k = s.men[m].e; k < n && k < s.men[m].e + 12; ++k) {
    if (P(s, k, ',') || P(s, k, '.') || P(s, k, ';') || P(s, k, ':')) return true;
    // "son appel à l'OTSC en affirmant que ...", "... et a ordonné": a
    // gerund or a coordinated verb ends the appeal's phrase, no purpose in it.
    if (Fold(s, k, "en") && k + 1 < n && s.w[k + 1].fold.size() > 4 &&
        s.w[k + 1].fold.compare(s.w[k + 1].fold.size() - 3, 3, "ant") == 0)
      return true;
    if (Is(s, k, c_.coord) && Is(s, k + 1, c_.aux)) return true;
    // "appealed to NATO for air defence systems", "son appel à l'OTSC pour
    // des renforts": a purpose that names help (class aid, troops) asks for it.
    if (Fold(s, k, "for") || Fold(s, k, "pour")) {
      for (int q = k + 1; q < n && q < k + 5; ++q) {
        if (HitLen(s, q, c_.aid) > 0 || HitLen(s, q, c_.troop) > 0) return true;
        if (!(Is(s, q, c_.det) || Is(s, q, c_.quantity) || Is(s, q, c_.prep_de) ||
              (s.w[q].word && !s.w[q].upper_initial && MentionAt(s, q) < 0) ||
              (MentionAt(s, q) >= 0 && s.men[MentionAt(s, q)].adj)))
          break;
      }
    }
    if (Fold(s, k, "to") || Fold(s, k, "for") || FoldAccented(s, k, "a") || Fold(s, k, "au") ||
        Fold(s, k, "aux") || Fold(s, k, "de") || Fold(s, k, "d") || Fold(s, k, "pour") ||
        Fold(s, k, "afin") || Fold(s, k, "not") || Fold(s, k, "that") || Is(s, k, c_.que))
      return false;
  }
  return true;
}

std::vector<std::string> Engine::BodyOfLeaders(const Sent& s, int i) const {
  while (P(s, i, '"') || P(s, i, '<')) ++i;
  i = SkipDet(s, i);
  int len = HitLen(s, i, c_.govnoun);
  if (len == 0) len = StanceWordAt(s, i, "body_members");
  if (len == 0) len = StanceWordAt(s, i, "leader_plural");
  if (len == 0 || !(Is(s, i + len, c_.prep_de) || Fold(s, i + len, "of"))) return {};
  // Only articles and member nouns ("states", "États membres") up to the body.
  for (int k = i + len + 1; k < i + len + 7; ++k) {
    if (const int m = MentionAt(s, k); m >= 0) {
      if (s.men[m].b != k || s.men[m].kind != "organization" || s.men[m].adj || s.men[m].pronoun ||
          s.men[m].id.empty())
        return {};
      return {s.men[m].id};
    }
    if (!(Is(s, k, c_.det) || Is(s, k, c_.prep_de) || Fold(s, k, "of") ||
          RoleWordAt(s, k, "member_noun") > 0))
      return {};
  }
  return {};
}

}  // namespace kzgraph::extract::internal
