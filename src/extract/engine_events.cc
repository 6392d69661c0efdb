// The two event relations (requests_aid, sends_troops): small helpers their
// frames share (session 4, s4events).
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {
std::string Engine::Promised(const Sent& s, int vb, std::string_view type) const {
  // "Egypt pledged to contribute troops", "le Bénin s'est engagé à envoyer",
  // "a promis de rencontrer": the promise word right before the infinitive's
  // group, as for readiness in Blocked. The lexicon entry lists (blocks=) the
  // types a promise puts off: acts not yet done, not a pledge of support.
  for (int k = vb - 1; k >= 0 && k >= vb - 3; --k) {
    if (!s.w[k].word) break;
    if (HitLen(s, k, c_.stance_word) == 0) continue;
    if (!(k + 1 == vb || Fold(s, k + 1, "a") || Fold(s, k + 1, "de") || Fold(s, k + 1, "d") ||
          Fold(s, k + 1, "to")))
      continue;
    for (const auto& [entry, form] : StanceHit(s, k).entries) {
      const LexEntry& e = r_.lex.entry(entry);
      if (e.Get("role") == "promise" && ListHas(e.Get("blocks"), type))
        return "promised (" + s.w[k].fold + ")";
    }
  }
  return "";
}

std::vector<std::string> Engine::TroopNationality(const Sent& s, int troops, int tl) const {
  // French after the noun ("des soldats rwandais"), English before it
  // ("Russian troops"); only a nationality, never a named body, but a
  // state's troop body read as one actor ("the Russian peacekeepers").
  if (const int im = MentionAt(s, troops);
      im >= 0 && s.men[im].rule == "discover:institution" && !s.men[im].id.empty() &&
      !s.men[im].of.empty() && !s.men[im].adj) {
    const Actor* a = r_.dict.Find(s.men[im].of);
    if (a != nullptr && a->kind == "country") return {s.men[im].of};
  }
  if (const int am = MentionAt(s, troops + tl); am >= 0 && s.men[am].adj && !s.men[am].id.empty())
    return Expand(s, am, +1);
  if (const int bm = MentionAt(s, troops - 1);
      bm >= 0 && s.men[bm].adj && !s.men[bm].id.empty() && s.men[bm].e == troops)
    return Expand(s, bm, -1);
  return {};
}

bool Engine::TroopOrigin(const Sent& s, const std::string& id) const {
  const int n = static_cast<int>(s.w.size());
  for (int q = 0; q < n; ++q) {
    const int tl = HitLen(s, q, c_.troop);
    if (tl == 0) continue;
    for (const std::string& nat : TroopNationality(s, q, tl)) {
      if (nat == id) return true;
    }
    if (Fold(s, q + tl, "from")) {
      const int mi = MentionAt(s, SkipDet(s, q + tl + 1));
      if (mi >= 0 && !s.men[mi].adj) {
        for (const std::string& from : Expand(s, mi, +1)) {
          if (from == id) return true;
        }
      }
    }
    q += tl - 1;
  }
  return false;
}

int Engine::AmountBoundLen(const Sent& s, int i) const {
  // "a déployé plus de 2 000 soldats", "sent more than 1,000 troops", "ont
  // envoyé au total plusieurs milliers d'hommes", "at least 500 soldiers":
  // a bound on the number, not a word of the object. "over" and "up to"
  // only before a number ("over the border" is a place).
  auto number = [&](int q) {
    return q >= 0 && q < static_cast<int>(s.w.size()) && !s.w[q].fold.empty() &&
           std::isdigit(static_cast<unsigned char>(s.w[q].fold[0]));
  };
  if ((Fold(s, i, "plus") || Fold(s, i, "moins")) && Is(s, i + 1, c_.prep_de)) return 2;
  if ((Fold(s, i, "more") || Fold(s, i, "fewer") || Fold(s, i, "less")) && Fold(s, i + 1, "than"))
    return 2;
  if ((Fold(s, i, "au") && Fold(s, i + 1, "total")) ||
      (Fold(s, i, "en") && Fold(s, i + 1, "tout")) ||
      (Fold(s, i, "in") && (Fold(s, i + 1, "total") || Fold(s, i + 1, "all"))) ||
      (Fold(s, i, "at") && Fold(s, i + 1, "least")) ||
      (Fold(s, i, "au") && Fold(s, i + 1, "moins")))
    return 2;
  if (Fold(s, i, "over") && number(i + 1)) return 1;
  if (Fold(s, i, "up") && Fold(s, i + 1, "to") && number(i + 2)) return 2;
  if (Fold(s, i, "jusqu") && Fold(s, i + 1, "a") && number(i + 2)) return 2;
  return 0;
}

std::vector<std::string> Engine::GenitiveAsker(const Sent& s, int t) const {
  int q = t - 1;
  if (!GenitiveS(s, q) || s.w[q].elided) return {};
  const int g = q - 1;
  int am = MentionAt(s, g);
  // "at the Chadian government's invitation": the government's nationality.
  if (am < 0 && Is(s, g, c_.govnoun)) {
    am = MentionAt(s, g - 1);
    if (am >= 0 && !s.men[am].adj) am = -1;
  } else if (am >= 0 && s.men[am].adj) {
    am = -1;
  }
  if (am < 0 || s.men[am].pronoun || s.men[am].id.empty()) return {};
  // Back to "at" over the name's title and article ("at President X's",
  // "at the Malian junta's"); a verb or a comma in between is another phrase.
  for (int b = s.men[am].b - 1; b >= 0 && b >= s.men[am].b - 4; --b) {
    if (Fold(s, b, "at")) return {IdOf(s, am)};
    if (!(Is(s, b, c_.det) || MentionAt(s, b) >= 0 || IsNameWord(s, b))) break;
  }
  return {};
}

std::vector<std::string> Engine::ItAntecedent(const Sent& s, int vb,
                                              const std::vector<std::string>& subj) const {
  auto usable = [&](const Men& m) {
    if (m.adj || m.pronoun || m.implied || m.id.empty() || s.inq[m.b]) return false;
    if (GenitiveS(s, m.e)) return false;
    return std::find(subj.begin(), subj.end(), m.id) == subj.end();
  };
  for (int mi = static_cast<int>(s.men.size()) - 1; mi >= 0; --mi) {
    const Men& m = s.men[mi];
    if (m.b >= vb || m.kind != "organization" || !usable(m)) continue;
    // "the Moscow-led alliance": the compound's first word is no antecedent
    // (its kind is a country); the alliance is.
    return {IdOf(s, mi)};
  }
  std::vector<std::string> main = MainSubject(s, vb);
  if (main.size() != 1 || std::find(subj.begin(), subj.end(), main[0]) != subj.end()) return {};
  for (const Men& m : s.men) {
    if (m.b >= vb) break;
    if (m.id == main[0] && m.kind == "country" && usable(m)) return main;
  }
  return {};
}

int Engine::TimePhraseLen(const Sent& s, int i) const {
  auto number = [&](int q) {
    return q >= 0 && q < static_cast<int>(s.w.size()) && !s.w[q].fold.empty() &&
           std::isdigit(static_cast<unsigned char>(s.w[q].fold[0]));
  };
  if (Fold(s, i, "at") && (Fold(s, i + 1, "the") || Fold(s, i + 1, "that")) &&
      Fold(s, i + 2, "time"))
    return 3;
  if ((Fold(s, i, "this") || Fold(s, i, "last")) && Fold(s, i + 1, "year")) return 2;
  // "présidé cette année par", "à l'époque", "l'an dernier", "l'année dernière".
  if (Fold(s, i, "cette") && (Fold(s, i + 1, "annee") || Fold(s, i + 1, "fois"))) return 2;
  if (Fold(s, i, "a") && Fold(s, i + 1, "l") && s.w[i + 1].elided && Fold(s, i + 2, "epoque"))
    return 3;
  if (Fold(s, i, "l") && s.w[i].elided && (Fold(s, i + 1, "an") || Fold(s, i + 1, "annee")) &&
      (Fold(s, i + 2, "dernier") || Fold(s, i + 2, "derniere") || Fold(s, i + 2, "passe") ||
       Fold(s, i + 2, "passee")))
    return 3;
  // Not "until 2019": a holder who has left leads no more.
  if ((Fold(s, i, "since") || Fold(s, i, "in") || Fold(s, i, "depuis") || Fold(s, i, "en")) &&
      number(i + 1))
    return 2;
  if (IsAdverb(s, i) && !Fold(s, i, "by")) return 1;
  return 0;
}

std::vector<std::string> Engine::InvokedTreatyBody(const Sent& s, int te) const {
  const int n = static_cast<int>(s.w.size());
  bool clause = false;
  std::vector<std::string> body;
  for (int k = te; k < std::min(n, te + 14); ++k) {
    if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.que) || Is(s, k, c_.qui)) break;
    if (P(s, k, ',') && (clause || !body.empty())) break;
    clause |= Fold(s, k, "article") || Fold(s, k, "articles") || Fold(s, k, "clause");
    const int mi = MentionAt(s, k);
    if (mi >= 0 && body.empty() && !s.men[mi].adj && !s.men[mi].pronoun && !s.men[mi].id.empty() &&
        s.men[mi].kind == "organization")
      body = {IdOf(s, mi)};
    if (mi >= 0) k = std::max(k, s.men[mi].e - 1);
  }
  if (!clause) return {};
  return body;
}

}  // namespace kzgraph::extract::internal
