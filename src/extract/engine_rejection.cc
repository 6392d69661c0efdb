// Rejections as criticism: the rejection of an actor's
// words ("rejected Moscow's claims", "a balayé les accusations de Kigali")
// and the speech words that are nouns ("X's claims") rather than verbs.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// "rejected Pashinyan's claims", "dismissed what she called \"crazy Russian
// claims\"", "a rejeté les accusations de Kinshasa", "a balayé les
// « allégations » russes", "rejected accusations by Kyiv": the verb at t
// (stance.tsv role=reject_verb) rejects the words (role=claim_noun) of an
// actor named as their owner, by a nationality, or after de/of/by/par. The
// claim's content ("claims that Russia had ...") names no holder. Returns the
// holder, never one of `subj`, or nothing.
std::vector<std::string> Engine::RejectedClaimsHolder(const Sent& s, int t, int te,
                                                      const std::vector<std::string>& subj) const {
  if (StanceWordAt(s, t, "reject_verb") == 0) return {};
  const int n = static_cast<int>(s.w.size());
  auto quote = [&](int q) { return P(s, q, '<') || P(s, q, '>') || P(s, q, '"'); };
  int k = te;
  // "a rejeté en bloc les propos de": an adverbial phrase too.
  while (k < n) {
    if (Fold(s, k, "en") && Fold(s, k + 1, "bloc")) {
      k += 2;
    } else if (IsAdverb(s, k) || quote(k)) {
      ++k;
    } else {
      break;
    }
  }
  // "what she called", "ce qu'il appelle": the subject's own words first.
  if (Fold(s, k, "what") || (Fold(s, k, "ce") && (Fold(s, k + 1, "qu") || Fold(s, k + 1, "que")))) {
    for (int j = k + 1; j < std::min(n, k + 5); ++j) {
      if (const int cl = StanceWordAt(s, j, "calls"); cl > 0) {
        k = j + cl;
        break;
      }
    }
  }
  std::vector<std::string> holder;
  int claim = -1;
  for (int j = k, steps = 0; j < n && steps < 7 && claim < 0; ++steps) {
    if (const int cl = StanceWordAt(s, j, "claim_noun"); cl > 0) {
      claim = j + cl;
      break;
    }
    if (quote(j) || Is(s, j, c_.det) || Is(s, j, c_.possessive)) {
      ++j;
      continue;
    }
    if (const int mi = MentionAt(s, j); mi >= 0) {
      const Men& m = s.men[mi];
      if (m.pronoun || m.id.empty() || !holder.empty()) return {};
      // "Russian claims" (an adjective) or "Pashinyan's claims" (an owner).
      const int after = m.e;
      if (m.adj) {
        holder = {IdOf(s, mi)};
        j = after;
        continue;
      }
      if (Fold(s, after, "s") && !s.w[after].elided) {
        holder = {IdOf(s, mi)};
        j = after + 1;
        continue;
      }
      // "the Security Council text", "the Kremlin statement": an English
      // name modifying the claim noun right after it.
      if (x_->article.lang != "fr" && StanceWordAt(s, after, "claim_noun") > 0) {
        holder = {IdOf(s, mi)};
        j = after;
        continue;
      }
      return {};
    }
    // A plain qualifier: "crazy", "baseless", "nouvelles".
    if (s.w[j].word && !s.w[j].upper_initial && HitLen(s, j, c_.trigger) == 0 &&
        !Is(s, j, c_.prep) && !Is(s, j, c_.prep_de) && !Is(s, j, c_.que)) {
      ++j;
      continue;
    }
    return {};
  }
  if (claim < 0) return {};
  int q = claim;
  while (q < n && quote(q)) ++q;
  if (holder.empty() && q < n) {
    // "les accusations russes": a nationality after the noun.
    if (const int mi = MentionAt(s, q); mi >= 0 && s.men[mi].adj && !s.men[mi].id.empty()) {
      holder = {IdOf(s, mi)};
    } else if (Is(s, q, c_.prep_de) || Fold(s, q, "of") || Fold(s, q, "by") || Fold(s, q, "par")) {
      // "rejected criticism of the mission": the complement of a criticism
      // is its target, not its holder (only "by" names the critic there).
      const int cn = claim - 1;
      if ((Fold(s, cn, "criticism") || Fold(s, cn, "criticisms") || Fold(s, cn, "critiques")) &&
          !Fold(s, q, "by") && !Fold(s, q, "par"))
        return {};
      // "les accusations de Kigali", "the claims of Moscow", "accusations by Kyiv"
      const int om = MentionAt(s, SkipDet(s, q + 1));
      if (om >= 0 && !s.men[om].adj && !s.men[om].pronoun) holder = NP(s, q + 1);
    }
  }
  std::vector<std::string> out;
  for (const std::string& id : holder) {
    if (!id.empty() && std::find(subj.begin(), subj.end(), id) == subj.end()) out.push_back(id);
  }
  return out;
}

// "rejected Pashinyan's claims", "such claims", "crazy Russian claims": an
// English speech word after an owner, a determiner or a nationality is a
// noun, and its "subject" speaks nothing.
bool Engine::SpeechWordIsNoun(const Sent& s, int i) const {
  if (i <= 0 || x_->article.lang == "fr") return false;
  const int p = i - 1;
  if (Fold(s, p, "s") && !s.w[p].elided && MentionAt(s, p - 1) >= 0) return true;
  if (Fold(s, p, "the") || Fold(s, p, "such") || Fold(s, p, "these") || Fold(s, p, "those") ||
      Fold(s, p, "his") || Fold(s, p, "her") || Fold(s, p, "its") || Fold(s, p, "their") ||
      Fold(s, p, "our") || Fold(s, p, "my") || Fold(s, p, "your"))
    return true;
  // "its own member states", "other states": a plural noun after a noun
  // modifier or quantifier is no speech verb.
  if (Fold(s, p, "member") || Fold(s, p, "own") || Fold(s, p, "other") || Fold(s, p, "several") ||
      Fold(s, p, "many"))
    return true;
  const int mi = MentionAt(s, p);
  return mi >= 0 && s.men[mi].adj;
}

}  // namespace kzgraph::extract::internal
