// Stance arguments across sentences (session 6, s6stance): an object
// pronoun whose antecedent is the previous sentence's subject.
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
// pronoun, a subject that is no actor or that is the verb's own subject
// give nothing.
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
  if (ids.empty() || plural != collective) return {};
  if (person_only && kind != "person") return {};
  if (thing_only && kind == "person") return {};
  if (!(kind == "person" || kind == "country" || kind == "organization" || kind == "group"))
    return {};
  std::vector<std::string> out;
  for (const std::string& id : ids) {
    if (kind == "person" && GenderClash(id, gender)) return {};
    if (std::find(subj.begin(), subj.end(), id) != subj.end()) return {};
    out.push_back(id);
  }
  return out;
}

}  // namespace kzgraph::extract::internal
