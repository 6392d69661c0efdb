// Stance arguments of session 5 (s5stance2): the speaker's own side in
// reported speech, the author of an act a warning is about, the country a
// condemned coup struck, and the owners of a labelled act.
#include <algorithm>
#include <string>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// Reported stance of the speaker's own side: "« La France condamne ... »,
// a déclaré le président français", "the spokesman said Tehran supports
// ...". The guidelines attribute reported speech to its speaker, so the
// speaker holds the stance his state or body takes in his words.
// For each stance edge of this sentence whose subject is an actor the
// speaker heads or serves (a leads or official_of edge of the article so
// far, this sentence included), the speaker gets the same edge.
void Engine::SpeakerOwnSideRule(Sent& s, size_t sentence_start) {
  if (s.speaker.empty() || relations_.size() == sentence_start) return;
  const std::string speaker = s.speaker;
  bool person = false;
  if (const Actor* a = r_.dict.Find(speaker)) {
    person = a->kind == "person";
  } else {
    for (const Men& m : s.men) person |= m.id == speaker && m.kind == "person";
  }
  if (!person) return;
  auto serves = [&](const std::string& body) {
    for (const PendingRelation& r : relations_) {
      if (r.s == speaker && r.o == body && (r.p == "leads" || r.p == "official_of")) return true;
    }
    // An office the dictionary dates on the article's day ("Xi told Y that
    // Beijing would support"): the article's own titles may come later or
    // never, the known offices are drawn only after the last sentence.
    return OfficeOnDate(speaker, body) != nullptr;
  };
  auto already = [&](const std::string& p, const std::string& o) {
    for (size_t k = sentence_start; k < relations_.size(); ++k) {
      if (relations_[k].s == speaker && relations_[k].p == p && relations_[k].o == o) return true;
    }
    return false;
  };
  // The subject must stand in the speaker's words: inside the quotation, or
  // opening the clause right after the speech verb ("said Tehran supports",
  // "a assuré que la France"). A pluperfect reports an earlier act, not the
  // speaker's stance ("said Pretoria had warned X"); a participle's agent
  // ("units backed by Washington") is no subject there.
  auto in_words = [&](const std::string& id) {
    for (const Men& m : s.men) {
      if (m.id != id || m.adj || m.implied) continue;
      const bool quoted = m.b < static_cast<int>(s.inq.size()) && s.inq[m.b];
      int k = m.b - 1;
      while (k > s.speaker_pos && (Is(s, k, c_.det) || Is(s, k, c_.que) || P(s, k, '<') ||
                                   P(s, k, '"') || Fold(s, k, "that")))
        --k;
      bool after_verb = s.speaker_pos >= 0 && k <= s.speaker_pos + 1 && k >= s.speaker_pos;
      // "said on Friday that NATO ...", "a affirmé mardi à la presse que la
      // France ...": a short adjunct between the speech verb and its "that".
      if (!after_verb && s.speaker_pos >= 0 && k > s.speaker_pos + 1 && k <= s.speaker_pos + 8 &&
          !quoted) {
        bool that = false;
        for (int q = k + 1; q < m.b && !that; ++q) that = Is(s, q, c_.que) || Fold(s, q, "that");
        bool plain = that;
        for (int q = s.speaker_pos + 1; q <= k && plain; ++q)
          plain = !P(s, q, '.') && !P(s, q, ';') && !P(s, q, ':') && !P(s, q, '"') &&
                  !P(s, q, '<') && !Is(s, q, c_.que) && !Fold(s, q, "that") &&
                  HitLen(s, q, c_.trigger) == 0 && HitLen(s, q, c_.speech) == 0;
        after_verb = plain;
      }
      // "a réaffirmé le « soutien indéfectible » des États-Unis", "reaffirmed
      // the support of Washington": the holder of the stance noun the speech
      // verb governs (its genitive, one or two words after the noun's start).
      if (const int g = m.b - 1;
          !after_verb && s.speaker_pos >= 0 && g > s.speaker_pos + 1 &&
          (Is(s, g, c_.prep_de) || Fold(s, g, "of") || Fold(s, g, "des") || Fold(s, g, "du"))) {
        int q = g - 1;
        while (q > s.speaker_pos && (P(s, q, '>') || P(s, q, '"'))) --q;
        int noun = -1;
        for (int j = q; j > s.speaker_pos && j >= q - 3; --j) {
          if (P(s, j, '<') || P(s, j, '>') || P(s, j, '"')) continue;  // "le soutien « ferme » de"
          if (!s.w[j].word || MentionAt(s, j) >= 0) break;
          if (HitLen(s, j, c_.trigger) > 0) noun = j;
        }
        if (noun > s.speaker_pos) {
          int b = noun - 1;
          while (b > s.speaker_pos &&
                 (Is(s, b, c_.det) || Is(s, b, c_.possessive) || P(s, b, '<') || P(s, b, '"')))
            --b;
          after_verb = b <= s.speaker_pos + 1;
        }
      }
      if (!quoted && !after_verb) continue;
      if (Fold(s, m.e, "had") || Fold(s, m.e, "avait") || Fold(s, m.e, "avaient")) continue;
      return true;
    }
    return false;
  };
  const size_t end = relations_.size();  // Emit appends: copy before use
  for (size_t k = sentence_start; k < end; ++k) {
    const PendingRelation r = relations_[k];
    if (!IsStanceType(r.p) || r.s == speaker || r.o == speaker || !serves(r.s) || !in_words(r.s))
      continue;
    if (already(r.p, r.o)) continue;
    Emit(s, {speaker}, r.p, {r.o}, r.p + ":speaker_side", r.conf * 0.9);
  }
}

// "warned that any military intervention by X would ...", "préviennent
// qu'une intervention de X serait ...": the that-clause opens at q with an
// act noun (one or two plain words before it) whose agent follows by/par/de;
// the warned actor is that agent, never the speaker's own side. "of" and
// the French "de" after a seizure noun name the victim ("the invasion of
// X"), not the author.
std::vector<std::string> Engine::WarnedActAgent(const Sent& s, int q,
                                                const std::vector<std::string>& subj) const {
  if (!AnyHit(s, c_.act)) return {};
  const int n = static_cast<int>(s.w.size());
  int a = q;
  while (a < n && a < q + 3 && HitLen(s, a, c_.act) == 0 && s.w[a].word && !s.w[a].upper_initial &&
         MentionAt(s, a) < 0 && !Is(s, a, c_.prep) && !Is(s, a, c_.prep_de))
    ++a;
  const int al = HitLen(s, a, c_.act);
  if (al == 0) return {};
  int j = a + al;
  if (j < n && s.w[j].word && !s.w[j].upper_initial && MentionAt(s, j) < 0 && !Is(s, j, c_.prep) &&
      !Is(s, j, c_.prep_de) && !Fold(s, j, "by") && !Fold(s, j, "par"))
    ++j;  // "une intervention militaire de"
  const bool seizure = Fold(s, a, "invasion") || Fold(s, a, "occupation") ||
                       Fold(s, a, "annexion") || Fold(s, a, "annexation");
  if (!(Fold(s, j, "by") || Fold(s, j, "par") || (Is(s, j, c_.prep_de) && !seizure))) return {};
  std::vector<std::string> kept;
  for (const std::string& id : NP(s, j + 1)) {
    const std::string kind = KindOf(s, id);
    if (kind != "country" && kind != "organization") continue;
    bool own = false;
    for (const std::string& who : subj) {
      own |= who == id;
      for (const PendingRelation& r : relations_)
        own |= r.s == who && r.o == id &&
               (r.p == "leads" || r.p == "official_of" || r.p == "member_of");
    }
    if (!own) kept.push_back(id);
  }
  return kept;
}

// "condemned the coup in Gabon", "a condamné le putsch nigérien", "Niger's
// coup", "the Gabonese coup", "condamne le coup d'État militaire en cours":
// the direct object of a criticism verb is a coup word (stance_word
// role=coup); the country is
// named after in/au/en/à or as a nationality right after the word, or before
// it with 's; else the article's clear focus country. A coup "by" someone
// names its author, read by the other rules; the subject's own country is
// never its target.
std::vector<std::string> Engine::CoupCountry(const Sent& s, int te,
                                             const std::vector<std::string>& subj) const {
  const int n = static_cast<int>(s.w.size());
  int j = te;
  while (j < n && (IsAdverb(s, j) || P(s, j, '<') || P(s, j, '"'))) ++j;
  std::string country;
  auto country_of = [&](int mi) {
    if (mi < 0 || s.men[mi].id.empty()) return std::string();
    std::string kind = s.men[mi].kind;
    if (const Actor* a = r_.dict.Find(s.men[mi].id)) kind = a->kind;
    return kind == "country" ? s.men[mi].id : std::string();
  };
  // "Niger's coup", "Gabon's military takeover".
  const int om = MentionAt(s, j);
  if (om >= 0 && !s.men[om].adj && GenitiveS(s, s.men[om].e)) {
    country = country_of(om);
    j = s.men[om].e + 1;
  } else {
    j = SkipDet(s, j);
    // "the Gabonese coup", "the Peruvian military takeover".
    if (const int am = MentionAt(s, j); am >= 0 && s.men[am].adj && s.men[am].b == j &&
                                        (StanceWordAt(s, s.men[am].e, "coup") > 0 ||
                                         StanceWordAt(s, s.men[am].e + 1, "coup") > 0)) {
      country = country_of(am);
      j = s.men[am].e;
    }
  }
  int cl = StanceWordAt(s, j, "coup");
  if (cl == 0 && j + 1 < n && s.w[j].word && !s.w[j].upper_initial && MentionAt(s, j) < 0) {
    cl = StanceWordAt(s, j + 1, "coup");  // "the military coup", "the recent takeover"
    if (cl > 0) ++j;
  }
  if (cl == 0) return {};
  int k = j + cl;
  for (int step = 0;
       step < 2 && k < n && s.w[k].word && !s.w[k].upper_initial && MentionAt(s, k) < 0 &&
       !Is(s, k, c_.prep) && !Is(s, k, c_.prep_de) && !Fold(s, k, "by") && !Fold(s, k, "par");
       ++step)
    ++k;  // "militaire", "en cours" is read below
  if (Fold(s, k, "by") || Fold(s, k, "par")) return {};
  if (country.empty()) {
    if (const int am = MentionAt(s, k); am >= 0 && s.men[am].adj) {
      country = country_of(am);
    } else if (Fold(s, k, "in") || Fold(s, k, "au") || Fold(s, k, "en") || Fold(s, k, "a") ||
               Fold(s, k, "dans")) {
      country = country_of(MentionAt(s, SkipDet(s, k + 1)));
      if (country.empty() && !Fold(s, k, "en")) return {};  // a place that is no country
    }
  }
  if (country.empty() && focus_clear_) country = focus_;
  if (country.empty()) return {};
  for (const std::string& who : subj) {
    if (who == country) return {};
    for (const PendingRelation& r : relations_)
      if (r.s == who && r.o == country && (r.p == "leads" || r.p == "official_of")) return {};
  }
  return {country};
}

// The direct object of a labelling verb at k is an act noun (one plain
// adjective may precede it) whose owners follow de/of ("la politique de X")
// or between/entre ("the cooperation between X and Y"). Returns the owners
// (countries, organizations, persons, groups) and sets *end past the last.
std::vector<std::string> Engine::LabelledActOwners(const Sent& s, int k, int* end) const {
  if (!AnyHit(s, c_.act)) return {};
  const int n = static_cast<int>(s.w.size());
  int j = SkipDet(s, k);
  // "the "shoot to kill" order": a quoted modifier before the act noun.
  const bool opens = P(s, j, '"') || P(s, j, '<');
  if (opens || (j > k && (P(s, j - 1, '"') || P(s, j - 1, '<')))) {  // SkipDet may pass it
    for (int c = opens ? j + 1 : j; c < n && c < j + 8; ++c) {
      if (!(P(s, c, '"') || P(s, c, '>'))) continue;
      if (HitLen(s, c + 1, c_.act) > 0) j = c + 1;
      break;
    }
  }
  if (HitLen(s, j, c_.act) == 0 && j + 1 < n && s.w[j].word && !s.w[j].upper_initial &&
      MentionAt(s, j) < 0)
    ++j;  // "the military cooperation"
  const int al = HitLen(s, j, c_.act);
  if (al == 0) return {};
  int q = j + al;
  // "the order issued by X", "les chiffres publiés par X", "the attack by X":
  // the act's agent, after one participle at most.
  auto agent = [&](int i) { return Fold(s, i, "by") || Fold(s, i, "par"); };
  if (!agent(q) && q + 1 < n && s.w[q].word && !s.w[q].upper_initial && MentionAt(s, q) < 0 &&
      agent(q + 1))
    ++q;
  if (!(Is(s, q, c_.prep_de) || Fold(s, q, "of") || Fold(s, q, "between") || Fold(s, q, "entre") ||
        agent(q)))
    return {};
  std::vector<std::string> kept;
  for (const std::string& id : NP(s, q + 1)) {
    std::string kind;
    for (const Men& m : s.men) {
      if (m.id == id && m.b > q) kind = m.kind;
    }
    if (const Actor* a = r_.dict.Find(id)) kind = a->kind;
    if (IsPartyKind(kind)) kept.push_back(id);
  }
  if (kept.empty()) return {};
  for (const Men& m : s.men) {
    if (m.b > q && m.b < q + 12 && std::find(kept.begin(), kept.end(), m.id) != kept.end())
      *end = std::max(*end, m.e - 1);
  }
  return kept;
}

}  // namespace kzgraph::extract::internal
