// Accusation wordings whose arguments the generic frames do not reach: terror
// lists, an inserted conjunct, an absolute "with" clause, a misdeed's agent.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// "X figure sur la liste des organisations terroristes des États-Unis", "X
// reste inscrit sur les listes terroristes de l'ONU et de l'UE", "X is on
// the US terrorist list": the keeper of a terror list labels whom it lists.
// The listed actor is the one placed "sur"/"on"/"to" the list; the keepers
// follow as its "de" complement or precede it as a nationality or owner.
void Engine::TerrorListFrame(Sent& s, const FrameCall& f) {
  const int n = static_cast<int>(s.w.size());
  int p = BeforeDets(s, f.t);
  // Keepers before the list: "the US terrorist list", "Washington's list".
  std::vector<std::string> keepers;
  if (int km = MentionAt(s, p); km >= 0 && !s.men[km].pronoun && s.men[km].e == p + 1) {
    keepers = Expand(s, km, -1);
    p = s.men[km].b - 1;
    if (p >= 0 && Is(s, p, c_.det)) p = BeforeDets(s, p + 1);
  } else if (GenitiveS(s, p)) {
    if (int om = MentionAt(s, p - 1); om >= 0 && !s.men[om].pronoun) {
      keepers = Expand(s, om, -1);
      p = BeforeDets(s, s.men[om].b);
    }
  }
  // "placed on", "inscrit sur", "added to"; "removed from", "retiré de" are
  // the contrary and give nothing.
  if (!(Fold(s, p, "sur") || Fold(s, p, "on") || Fold(s, p, "onto") || Fold(s, p, "to"))) {
    if (tracing_) Log(s, "  no edge " + f.rule + ": not placed on the list");
    return;
  }
  if (keepers.empty() && Is(s, f.te, c_.prep_de)) {
    const int r = SkipDet(s, f.te + 1);
    if (int km = MentionAt(s, r); km >= 0 && !s.men[km].pronoun && r < n)
      keepers = Expand(s, km, +1);
  }
  // The listed actor: the nearest actor before the preposition in its clause.
  std::vector<std::string> listed;
  int listed_at = -1;
  for (int k = p - 1; k >= 0 && k >= p - 12; --k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':')) break;
    const int mi = MentionAt(s, k);
    if (mi < 0) continue;
    if (s.men[mi].pronoun || s.men[mi].adj || s.men[mi].id.empty()) break;
    listed = Expand(s, mi, -1);
    listed_at = s.men[mi].b;
    break;
  }
  // "n'est plus inscrit sur", "was not placed on", "si X était inscrit".
  for (int k = std::max(listed_at, 0); listed_at >= 0 && k < p; ++k) {
    if (NegationAt(s, k) || Is(s, k, c_.hypo_if)) {
      if (tracing_) Log(s, "  blocked " + f.rule + ": negated (" + s.w[k].fold + ")");
      return;
    }
  }
  // "Washington a inscrit le Hamas sur sa liste": the subject keeps it.
  if (keepers.empty() && listed_at > 0) {
    for (int k = listed_at - 1; k >= 0 && k >= listed_at - 8; --k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || P(s, k, ',')) break;
      const int mi = MentionAt(s, k);
      if (mi >= 0 && !s.men[mi].pronoun && !s.men[mi].adj && !s.men[mi].id.empty()) {
        keepers = Expand(s, mi, -1);
        break;
      }
    }
  }
  if (listed.empty() || keepers.empty()) {
    if (tracing_) Log(s, "  no edge " + f.rule + ": missing keeper or listed actor");
    return;
  }
  std::vector<std::string> kept;
  for (const std::string& a : listed)
    if (a != "terrorists") kept.push_back(a);
  Emit(s, keepers, "accuses", kept, "accuses:terror_list", 0.75);
}

// "accuse ses deux voisins, et plus largement l'OTAN, d'orchestrer",
// "accused both Nordic countries, and Sweden in particular, of": the direct
// object names no actor; the conjunct set off by commas after it does.
std::vector<std::string> Engine::InsertedConjunct(const Sent& s, int te) const {
  const int n = static_cast<int>(s.w.size());
  int k = te;
  // The object phrase: a determiner or possessive and a few plain words.
  int words = 0;
  while (k < n && words < 5 && s.w[k].word && MentionAt(s, k) < 0 && !Is(s, k, c_.prep) &&
         !Is(s, k, c_.prep_de) && !Is(s, k, c_.aux) && !Is(s, k, c_.que) && !Is(s, k, c_.qui) &&
         !Is(s, k, c_.coord)) {
    ++k;
    ++words;
  }
  // "accuse ses deux voisins, et plus largement l'OTAN,": the object itself
  // a name or a resolved description.
  if (const int om = MentionAt(s, k); om >= 0 && s.men[om].b == k && !s.men[om].adj) {
    k = s.men[om].e;
    ++words;
  }
  if (words == 0 || !P(s, k, ',') || !Is(s, k + 1, c_.coord)) return {};
  k = SkipDet(s, SkipExtentAdverbs(s, k + 2));
  const int mi = MentionAt(s, k);
  if (mi < 0 || s.men[mi].pronoun || s.men[mi].adj || s.men[mi].id.empty() || s.men[mi].b != k)
    return {};
  // The insert closes with a comma, past a trailing "in particular".
  int e = s.men[mi].e;
  if (const int el = StanceWordAt(s, e, "extent"); el > 0) e += el;
  if (!P(s, e, ',')) return {};
  return Expand(s, mi, +1);
}

// "with the State Department accusing Moscow of", "with Kyiv blaming
// Minsk": an absolute clause names its own actor before the gerund.
std::vector<std::string> Engine::WithClauseSubject(const Sent& s, int vb) const {
  int k = vb - 1;
  // ("Department" is no adverb in "-ment": a name ends the walk)
  while (k >= 0 && MentionAt(s, k) < 0 && IsAdverb(s, k)) --k;
  const int mi = MentionAt(s, k);
  if (mi < 0 || s.men[mi].pronoun || s.men[mi].adj || s.men[mi].id.empty() || s.men[mi].e != k + 1)
    return {};
  const int w = BeforeDets(s, s.men[mi].b);
  if (!Fold(s, w, "with")) return {};
  return {IdOf(s, mi)};
}

// "what it called Ethiopian aggression", "denounced Russia's interference",
// "an unprovoked American attack": English names a misdeed's author before
// the noun, as a nationality or a possessive, past at most two plain
// adjectives ("unprovoked", "brutal").
std::vector<std::string> Engine::MisdeedAgentBefore(const Sent& s, int i) const {
  // "since the start of Russia's full-scale invasion": a seizure is the
  // narrative's fact more than anyone's charge.
  if (WrongdoingRole(s, i) == "seizure") return {};
  int k = i - 1;
  for (int steps = 0; steps < 2 && PlainWord(s, k) && !Is(s, k, c_.det) &&
                      !Is(s, k, c_.possessive) && !Fold(s, k, "s");
       ++steps)
    --k;
  if (GenitiveS(s, k)) {  // "Russia's"
    const int end = k;
    const int om = MentionAt(s, end - 1);
    if (om < 0 || s.men[om].pronoun || s.men[om].adj || s.men[om].id.empty() || s.men[om].e != end)
      return {};
    return {IdOf(s, om)};
  }
  const int am = MentionAt(s, k);
  if (am < 0 || !s.men[am].adj || s.men[am].id.empty() || s.men[am].e != k + 1) return {};
  // English only: its nationality adjectives are capitalized, French ones
  // are not and follow their noun ("l'agression russe", "le président
  // américain attaque").
  if (!s.w[s.men[am].b].upper_initial || s.men[am].b == 0) return {};
  // "prepared for a Russian attack", "fakes about a Russian occupation": an
  // indefinite misdeed is a feared or a denied one, not a charge.
  if (Fold(s, s.men[am].b - 1, "a") || Fold(s, s.men[am].b - 1, "an")) return {};
  return {IdOf(s, am)};
}

}  // namespace kzgraph::extract::internal
