// Reference and speaker resolution: a pronoun's referent is the closest
// fitting person, not a person named long before; a person's warning to or
// meeting with the state he serves is no edge.
#include <string>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

std::string Engine::NamedSubjectPerson(const Sent& s) const {
  std::string found;
  for (const Men& m : s.men) {
    if (m.kind != "person" || m.pronoun || m.implied || m.id.empty() || !m.group.empty() ||
        s.inq[m.b] || IsComplement(s, m))
      continue;
    // What stands before the name (its title mention first): the start, a
    // comma, a determiner or a conjunction open a clause; a verb or a
    // preposition makes the name its object or complement.
    int k = m.b - 1;
    if (int tm = MentionAt(s, k); tm >= 0 && s.men[tm].e == m.b) k = s.men[tm].b - 1;
    while (k >= 0 && Is(s, k, c_.det)) --k;
    if (int cm = MentionAt(s, k); cm >= 0 && s.men[cm].kind != "person") k = s.men[cm].b - 1;
    while (k >= 0 && Is(s, k, c_.det)) --k;
    const bool opens = k < 0 || P(s, k, ',') || P(s, k, ')') || P(s, k, ';') ||
                       Is(s, k, c_.coord) || Is(s, k, c_.que) || Fold(s, k, "that");
    if (!opens) continue;
    // A name followed by a comma and a verb-less aside, or directly by the
    // verb: either way the clause is its own. A name closing the sentence
    // ("..., said X") is the speaker's business, handled elsewhere.
    if (m.e >= static_cast<int>(s.w.size()) - 1) continue;
    found = m.id;
  }
  return found;
}

std::string Engine::OwnStateObject(const std::string& subj, const std::string& pred,
                                   const std::string& obj) const {
  if (pred != "warns" && pred != "meets") return "";
  for (const PendingRelation& r : relations_) {
    if ((r.p == "leads" || r.p == "official_of") && r.s == subj && r.o == obj) {
      const Actor* state = r_.dict.Find(obj);
      if (state && state->kind == "country") return subj + " serves " + obj;
    }
  }
  return "";
}

}  // namespace kzgraph::extract::internal
