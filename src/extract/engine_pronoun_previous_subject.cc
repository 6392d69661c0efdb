// Stance arguments across sentences: an object
// pronoun whose antecedent is the previous sentence's subject, and the
// authors of a coup an actor praises.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

namespace {
// The pronoun agrees with a plural antecedent: "les", "leur", "them".
bool PluralPronoun(const std::string& f) { return f == "les" || f == "leur" || f == "them"; }
}  // namespace

// "Zourabichvili a dénoncé la répression. Le gouvernement l'accuse de ...",
// "Forty soldiers from X are detained. The junta accuses them of ...": an
// object pronoun with no antecedent in its own sentence stands for the
// subject opening the sentence right before, when number, gender and kind
// agree (a person for him/her, no person for it; a list, a collective or a
// nationality on a plural noun for les/leur/them). A headline, a quoted
// pronoun, a subject that is no actor or that is the verb's own subject,
// a person with another person of that gender beside give nothing.
std::vector<std::string> Engine::CliticAntecedentBefore(
    const Sent& s, int pron, const std::vector<std::string>& subj) const {
  const std::ptrdiff_t at = &s - sents_.data();
  if (at <= 0 || at >= static_cast<std::ptrdiff_t>(sents_.size()) || pron < 0 ||
      pron >= static_cast<int>(s.w.size()) || s.inq[pron])
    return {};
  const Sent& prev = sents_[at - 1];
  if (prev.index + 1 != s.index || IsHeadline(prev) || IsHeadline(s)) return {};
  const std::string& f = s.w[pron].fold;
  const bool plural = PluralPronoun(f);
  const bool person_only = f == "him" || f == "her";
  const bool thing_only = f == "it";
  const char gender = (f == "la" || f == "her") ? 'f' : (f == "le" || f == "him") ? 'm' : 0;
  std::vector<std::string> ids;
  std::string kind;
  bool collective = false;  // the antecedent names many ("les manifestants", a list)
  if (const Men* m = OpeningSubject(prev); m != nullptr) {
    const int mi = static_cast<int>(m - prev.men.data());
    kind = m->kind;
    if (m->pronoun && !m->plural) {
      const std::string id = IdOf(prev, mi);
      if (!id.empty()) ids = {id};
      kind = "person";
    } else if (!m->pronoun && !m->id.empty()) {
      ids = Expand(prev, mi, +1);
    }
    // A lower-case plural head ("manifestants", "protesters") names a collective.
    const Word& head = prev.w[m->e - 1];
    collective = ids.size() > 1 || (kind == "group" && !head.upper_initial && !head.fold.empty() &&
                                    head.fold.back() == 's');
  } else if (plural) {
    // "Quarante soldats ivoiriens, arrivés ...": the nationality of a plural
    // troop noun opening the sentence.
    for (const Men& m : prev.men) {
      if (m.b > 5 || prev.inq[m.b]) break;
      if (!m.adj) break;
      if (!m.id.empty() && Is(prev, m.b - 1, c_.troop)) {
        ids = {m.id};
        kind = "country";
        collective = true;
      }
      break;
    }
  }
  // s10acc2: a plural pronoun after a sentence opening on one actor.
  if (plural && !collective && !ids.empty()) return PluralListBefore(prev, subj);
  if (ids.empty() || plural != collective) return {};
  if (person_only && kind != "person") return {};
  if (thing_only && kind == "person") return {};
  if (!IsPartyKind(kind)) return {};
  // A person antecedent with another person of that gender named in the
  // sentence too: which one is meant is not said.
  if (kind == "person") {
    for (const Men& m : prev.men) {
      // (the verb's own subject is no antecedent of its object pronoun)
      if (m.kind == "person" && !m.pronoun && !m.implied && !m.id.empty() && m.id != ids.front() &&
          std::find(subj.begin(), subj.end(), m.id) == subj.end() && !GenderClash(m.id, gender))
        return {};
    }
  }
  std::vector<std::string> out;
  for (const std::string& id : ids) {
    if (kind == "person" && GenderClash(id, gender)) return {};
    if (std::find(subj.begin(), subj.end(), id) != subj.end()) return {};
    out.push_back(id);
  }
  return out;
}

// "Prigozhin praised the takeover", "a salué dès jeudi le coup d'État":
// praise of a coup with no author named on it supports the coup makers, the
// junta the dictionary knows for the country the coup struck: a nationality
// or place right after the coup ("le putsch nigérien", "the coup in
// Niger"), else the state last tied to a junta, else the page's clear focus.
// A by-phrase names the authors itself (read elsewhere); none without such
// a body, nor for the junta itself or its own members.
std::vector<std::string> Engine::CoupMakers(const Sent& s, int te,
                                            const std::vector<std::string>& subj) const {
  if (!AnyHit(s, c_.stance_word)) return {};
  const int n = static_cast<int>(s.w.size());
  // The object's article, past a short adjunct naming nobody ("dès jeudi":
  // "dès" folds like the article "des"), then the coup noun, one plain
  // adjective allowed ("the military takeover").
  int c = -1, cl = 0;
  for (int d = te; d < n && d < te + 5 && cl == 0; ++d) {
    if (MentionAt(s, d) >= 0 || HitLen(s, d, c_.trigger) > 0 ||
        !(s.w[d].word || P(s, d, '<') || P(s, d, '"') || P(s, d, '>')))
      break;
    if (!Is(s, d, c_.det) || Is(s, d, c_.possessive)) continue;
    c = d + 1;
    cl = StanceWordAt(s, c, "coup");
    if (cl == 0) cl = StanceWordAt(s, c, "coup_attempt");  // "la tentative de putsch"
    if (cl == 0 && c < n && s.w[c].word && !s.w[c].upper_initial && MentionAt(s, c) < 0)
      cl = StanceWordAt(s, ++c, "coup");
  }
  if (cl == 0) return {};
  const int k = c + cl;
  // A by-phrase names the authors (read elsewhere), unless it is a manner
  // phrase ("par la voix de son porte-parole") or names them only as the
  // military ("la prise du pouvoir par les militaires", "the takeover by
  // the army"): those are the junta of the struck state, found below.
  if ((Fold(s, k, "by") || Fold(s, k, "par")) && StanceWordAt(s, k, "by_manner") == 0) {
    const int a = SkipDet(s, k + 1);
    if (MentionAt(s, a) >= 0 || StanceWordAt(s, a, "coup_agent") == 0) return {};
  }
  std::string country;
  auto country_at = [&](int q) {
    const int mi = MentionAt(s, q);
    if (mi < 0 || s.men[mi].id.empty()) return std::string();
    return KindOf(s, s.men[mi].id) == "country" ? s.men[mi].id : std::string();
  };
  if (const int am = MentionAt(s, k); am >= 0 && s.men[am].adj) {
    country = country_at(k);
  } else if (Fold(s, k, "in") || Fold(s, k, "au") || Fold(s, k, "en")) {
    country = country_at(SkipDet(s, k + 1));
  }
  // Else the junta of the state last tied to one, or of the page's focus,
  // when the page is clear about that state or has named that junta.
  std::string junta;
  if (!country.empty()) {
    junta = InstitutionId(country, "junta");
  } else {
    const std::ptrdiff_t at = &s - sents_.data();
    auto named_before = [&](const std::string& id) {
      for (std::ptrdiff_t k = at; k >= 0; --k) {
        for (const Men& m : sents_[k].men) {
          if (m.id == id) return true;
        }
      }
      return false;
    };
    for (const std::string& c : {junta_country_, focus_}) {
      if (c.empty()) continue;
      const std::string id = InstitutionId(c, "junta");
      if (!id.empty() && ((c == focus_ && focus_clear_) || named_before(id))) {
        junta = id;
        country = c;
        break;
      }
    }
  }
  if (junta.empty() || r_.dict.Find(junta) == nullptr) return {};
  for (const std::string& who : subj) {
    if (who == junta || who == country) return {};
  }
  return NotOwnSide(s, subj, {junta});
}

}  // namespace kzgraph::extract::internal
