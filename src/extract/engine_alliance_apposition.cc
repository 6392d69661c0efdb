// Alliances said in apposition: "Le Caire, allié de longue
// date de l'armée soudanaise", "Turkey, Azerbaijan's closest ally", "Nabih
// Berri, a Hezbollah ally": news writers name a supporter by its alliance, and
// the guidelines read an ally as backing the actor it is allied to.
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// The trigger at f.t..f.te is an ally noun (frame ally_appos). The ally is
// the complement after it ("de Y", "of Y", past a few modifiers: "allié
// historique de", "allié de longue date de") or the owner before it ("Y's
// closest ally", "a key Y ally"); the supporter is the name the apposition
// describes, right before its opening comma. No comma (a subject, "ses alliés
// de l'OTSC", "is not a reliable ally") or a former alliance ("ancien allié",
// "former ally") gives nothing.
void Engine::AllyFrame(Sent& s, const FrameCall& f) {
  const int t = f.t, te = f.te, n = static_cast<int>(s.w.size());
  auto missing = [&](const char* what) { Missing(s, f, what); };
  auto plain = [&](int q) {
    return PlainWord(s, q) && !Is(s, q, c_.det) && HitLen(s, q, c_.trigger) == 0;
  };
  auto former = [&](int q) {
    return Fold(s, q, "former") || Fold(s, q, "ancien") || Fold(s, q, "ancienne") ||
           Fold(s, q, "anciens") || Fold(s, q, "anciennes") || Fold(s, q, "ex") ||
           Fold(s, q, "erstwhile") || Fold(s, q, "onetime");
  };
  auto quote = [&](int q) { return P(s, q, '<') || P(s, q, '>') || P(s, q, '"'); };
  // The ally after the noun: "de|du|des|d'|of" + an actor, past modifiers.
  std::vector<std::string> allied;
  for (int k = te, steps = 0; k < n && steps < 6; ++k, ++steps) {
    if (Is(s, k, c_.prep_de) || Fold(s, k, "of")) {
      const int m = MentionAt(s, SkipDet(s, k + 1));
      if (m >= 0) {
        if (!s.men[m].adj && !s.men[m].pronoun) allied = NP(s, k + 1);
        break;
      }
      continue;  // "de longue date de"
    }
    if (!plain(k) && !quote(k)) break;
  }
  // Back over the noun's modifiers and its owner to the apposition's comma.
  int b = t - 1;
  auto genitive = [&](int q) { return GenitiveS(s, q) && !s.w[q].elided; };
  // ("main Western arms supplier": a capitalised modifier that names no actor.)
  auto modifier = [&](int q) {
    return q > 0 && s.w[q].word && s.w[q].upper_initial && MentionAt(s, q) < 0 &&
           HitLen(s, q, c_.trigger) == 0;
  };
  while (b >= 0 && (plain(b) || quote(b) || modifier(b)) && !genitive(b)) {
    if (former(b)) return missing("current alliance");
    --b;
  }
  if (genitive(b) && MentionAt(s, b) < 0) {  // "Azerbaijan's closest ally"
    const int om = MentionAt(s, b - 1);
    if (om < 0 || s.men[om].e != b || s.men[om].adj || s.men[om].pronoun) return;
    if (allied.empty()) allied = {IdOf(s, om)};
    b = s.men[om].b - 1;
  } else if (const int om = MentionAt(s, b);
             om >= 0 && s.men[om].e == b + 1 && !s.men[om].pronoun && !s.men[om].id.empty() &&
             (Fold(s, s.men[om].b - 1, "a") || Fold(s, s.men[om].b - 1, "an") ||
              plain(s.men[om].b - 1))) {
    // "a Hezbollah ally", "a close Maduro ally": the owner as a modifier.
    if (allied.empty() && !s.men[om].adj) allied = {IdOf(s, om)};
    b = s.men[om].b - 1;
  }
  while (b >= 0 &&
         (plain(b) || quote(b) || Is(s, b, c_.det) || Fold(s, b, "a") || Fold(s, b, "an")) &&
         !Is(s, b, c_.etre) && StanceWordAt(s, b, "copula") == 0) {
    if (former(b)) return missing("current alliance");
    --b;
  }
  // "Germany, one of Israel's staunchest allies," (s10support): one ally
  // among several is an ally.
  if ((Fold(s, b, "of") && Fold(s, b - 1, "one")) || (Fold(s, b, "among") && b > 0)) {
    b -= Fold(s, b, "of") ? 2 : 1;
    while (b >= 0 && (quote(b) || Is(s, b, c_.det))) --b;
  }
  if (!P(s, b, ',')) {
    // "Russia's ally Belarus", "Moscow's closest ally, Minsk,", "a key Maduro
    // ally, Cuba,": the owner before the noun, the ally named right after it.
    if (!allied.empty() && te < n) {
      const int q = P(s, te, ',') ? te + 1 : te;
      const int am = MentionAt(s, q);
      if (am >= 0 && s.men[am].b == q && !s.men[am].adj && !s.men[am].pronoun &&
          !s.men[am].id.empty() && IsPartyKind(s.men[am].kind)) {
        std::vector<std::string> who = NP(s, q);
        std::erase_if(who, [&](const std::string& id) {
          return std::find(allied.begin(), allied.end(), id) != allied.end();
        });
        if (!who.empty()) {
          Emit(s, who, "supports", allied, "supports:ally-before-name", 0.7);
          return;
        }
      }
    }
    // "X has become Y's main arms supplier" (s8support): a copula.
    if (!allied.empty() && CopularAlly(s, f, b, allied)) return;
    return missing("apposition");
  }
  if (allied.empty()) return missing("ally");
  std::vector<std::string> who;
  if (const int hm = MentionAt(s, b - 1);
      hm >= 0 && s.men[hm].e == b && !s.men[hm].pronoun && !s.men[hm].id.empty()) {
    // "Ghana and Benin, Togo's closest allies": the coordinated names.
    who = Is(s, s.men[hm].b - 1, c_.coord) ? Expand(s, hm, -1) : std::vector{IdOf(s, hm)};
  }
  if (who.empty()) who = LeftHead(s, b, nullptr);
  std::erase_if(who, [&](const std::string& id) {
    return std::find(allied.begin(), allied.end(), id) != allied.end();
  });
  if (who.empty()) return missing("apposition head");
  Emit(s, who, "supports", allied, "supports:ally-apposition", 0.7);
  // "Belarus, Russia's ally within the CSTO", "le Bélarus, allié de la Russie
  // au sein de l'OTSC": both allies belong to the body the alliance is
  // within, those the dictionary lists among its members.
  for (int k = te; k < n && k < te + 8; ++k) {
    if (P(s, k, ',') || P(s, k, '.') || P(s, k, ';')) break;
    int q = -1;
    if (Fold(s, k, "within") || Fold(s, k, "inside")) q = k + 1;
    if (Fold(s, k, "au") && Fold(s, k + 1, "sein") && (Is(s, k + 2, c_.prep_de) || Fold(s, k + 2, "du")))
      q = k + 3;
    if (q < 0) continue;
    const int bm = MentionAt(s, SkipDet(s, q));
    if (bm < 0 || s.men[bm].kind != "organization" || s.men[bm].adj || s.men[bm].id.empty()) break;
    const std::string& body = s.men[bm].id;
    std::vector<std::string> members;
    for (const auto* ids : {&who, &allied}) {
      for (const std::string& id : *ids) {
        if (ListedMember(id, body)) members.push_back(id);
      }
    }
    if (!members.empty()) Emit(s, members, "member_of", {body}, "member_of:ally-within", 0.7);
    break;
  }
  // "Turkey, a NATO ally", "la Pologne, alliée de l'Otan" (s11member): the
  // ally of a body of states it is listed in is one of its members.
  if (allied.size() == 1 && StanceWordAt(s, t, "member_partner") > 0) {
    std::vector<std::string> members = who;
    std::erase_if(members, [&](const std::string& id) { return !ListedMember(id, allied[0]); });
    if (!members.empty()) Emit(s, members, "member_of", allied, "member_of:ally-apposition", 0.7);
  }
}

// The subject of a passive stance verb at vb is an act of an actor: "La
// décision du Togo a été condamnée par X", "l'offensive togolaise a été
// dénoncée par X", "Togo's decision was condemned by X". The subject starts
// the clause (after the sentence's start, a comma, a colon or a semicolon);
// its owner is the actor after the act noun's "de" (past modifiers), the
// nationality adjective right after it, or the possessive before it.
std::vector<std::string> Engine::PassiveActOwner(const Sent& s, int vb) const {
  const int b = ClauseSubjectStart(s, vb);
  if (b >= vb) return {};
  auto owner = [&](int m) -> std::vector<std::string> {
    if (m < 0 || s.men[m].pronoun || s.men[m].id.empty() || s.men[m].kind == "location") return {};
    return {IdOf(s, m)};
  };
  // "Togo's decision": an owner, its genitive, the act.
  if (const int m = MentionAt(s, b); m >= 0 && s.men[m].b == b && !s.men[m].adj) {
    const int g = s.men[m].e;
    if (GenitiveS(s, g) && !s.w[g].elided && HitLen(s, g + 1, c_.act) > 0) return owner(m);
    return {};
  }
  const int al = HitLen(s, b, c_.act);
  if (al == 0) return {};
  int k = b + al;
  // "l'offensive togolaise": the nationality right after the act.
  if (const int m = MentionAt(s, k); m >= 0 && s.men[m].b == k && s.men[m].adj) return owner(m);
  for (int steps = 0; steps < 3 && k < vb && s.w[k].word && !s.w[k].upper_initial &&
                      MentionAt(s, k) < 0 && !Is(s, k, c_.prep_de) && !Is(s, k, c_.aux);
       ++steps)
    ++k;  // "la décision unilatérale du Togo"
  if (!Is(s, k, c_.prep_de)) return {};
  const int m = MentionAt(s, SkipDet(s, k + 1));
  if (m < 0 || s.men[m].adj) return {};
  return owner(m);
}

}  // namespace kzgraph::extract::internal
