// Lists of actors set between commas before a verb ("X, along with Y,
// sent", "Several states, including A and B, accused", "Les présidents turc
// et azerbaïdjanais, X et Y, ont averti"): they are (part of) the verb's
// subject, and the comma closing them is no inverted speaker's ("…, a
// déclaré X").
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// The actors of a list between the comma at k and the comma before its
// opening word, and of the name before that comma when the opening word
// joins it (coordinator, comitative) or the list names its members
// ("including", "notamment", "dont"); empty when the incise holds anything
// but actors, or a verb comes before it in the clause.
std::vector<std::string> Engine::InciseListSubject(const Sent& s, int k) const {
  auto actor = [](const Men& m) {
    return !m.pronoun && !m.adj && !m.id.empty() &&
           (m.kind == "country" || m.kind == "organization" || m.kind == "group" ||
            m.kind == "person");
  };
  // The opening word's length at p (0: none); *joins: it adds the list to
  // the name before the comma rather than naming that name's members.
  auto opener = [&](int p, bool* joins) {
    *joins = true;
    if (const int l = HitLen(s, p, c_.coord); l > 1) return l;  // ainsi que, as well as
    if ((Fold(s, p, "along") || Fold(s, p, "together")) && Fold(s, p + 1, "with")) return 2;
    if (Fold(s, p, "just") && Fold(s, p + 1, "like")) return 2;
    if (Fold(s, p, "tout") && Fold(s, p + 1, "comme")) return 2;
    // "aux côtés de/du/des": the list's own function words follow.
    if (Fold(s, p, "aux") && Fold(s, p + 1, "cotes")) return 2;
    if ((Fold(s, p, "accompagne") || Fold(s, p, "accompagnee") || Fold(s, p, "accompagnes")) &&
        (Fold(s, p + 1, "de") || Fold(s, p + 1, "d") || Fold(s, p + 1, "du") ||
         Fold(s, p + 1, "des")))
      return 2;
    if (Fold(s, p, "accompanied") && Fold(s, p + 1, "by")) return 2;
    if (Fold(s, p, "with") || Fold(s, p, "avec") || Fold(s, p, "alongside") ||
        Fold(s, p, "like"))
      return 1;
    if (const int l = HitLen(s, p, c_.list_intro); l > 0 && !Fold(s, p, "soit")) {
      *joins = Fold(s, p, "comme");  // "la Pologne, comme les pays baltes, accuse"
      return l;
    }
    return 0;
  };
  for (int p = k - 1; p >= 2 && p > k - 25; --p) {
    if (!s.w[p].word && !P(s, p, ',')) return {};
    if (!P(s, p - 1, ',')) continue;
    bool joins = false;
    const int len = opener(p, &joins);
    if (len == 0) joins = false;
    // "Les présidents turc et azerbaïdjanais, X et Y, ont", "Three
    // countries, A, B and C, sent": with no opening word, names in
    // apposition to a plural noun; a name before the comma is the list's.
    // (The plural title may itself be read as the first holder's mention:
    // "the Kenyan and Ugandan presidents, X and Y".)
    const int before = MentionAt(s, p - 2);
    const bool title = before >= 0 && s.men[before].kind == "person" && !s.men[before].role.empty();
    if (len == 0 && before >= 0 && !s.men[before].adj && !title) continue;
    // The incise: actors only, joined by commas and conjunctions.
    std::vector<std::string> out;
    int i = p + len;
    while (i < k) {
      while (i < k && MentionAt(s, i) < 0 && (Is(s, i, c_.det) || Is(s, i, c_.prep_de))) ++i;
      const int mi = MentionAt(s, i);
      if (mi < 0 || s.men[mi].b != i || !actor(s.men[mi])) return {};
      out.push_back(IdOf(s, mi));
      i = s.men[mi].e;
      // "le président Emmanuel Macron": the name after its title.
      for (int same = MentionAt(s, i); same >= 0 && s.men[same].b == i &&
                                       s.men[same].id == s.men[mi].id;
           same = MentionAt(s, i))
        i = s.men[same].e;
      if (i >= k) break;
      if (!P(s, i, ',') && !Is(s, i, c_.coord)) return {};
      ++i;
      if (i < k && Is(s, i, c_.coord)) ++i;
    }
    if (out.empty() || i > k || (len == 0 && out.size() < 2)) return {};
    // Before the incise: a clause opening with no verb of its own.
    for (int q = p - 2, steps = 0; q >= 0 && steps < 20; --q, ++steps) {
      if (P(s, q, '.') || P(s, q, ';') || P(s, q, ':')) break;
      if (s.inq[q] || IsAuxWord(s, q) || Is(s, q, c_.qui) || Is(s, q, c_.que)) return {};
      // A trigger verb ("condemned several countries, including X,"); a
      // noun ("Several NATO members, including X,") is the list's head.
      if (HitLen(s, q, c_.trigger) > 0 && MentionAt(s, q) < 0) {
        for (const auto& [entry, form] : LexAt(s, q, c_.trigger).entries)
          if (form != Form::kOther) return {};
      }
    }
    const int hm = before;
    const bool head = len > 0 && hm >= 0 && actor(s.men[hm]) && !IsComplement(s, s.men[hm]);
    if (joins && !head) return {};
    if (!head && (!s.w[p - 2].word || (hm < 0 && s.w[p - 2].upper_initial))) return {};
    // Last conjunct first, as Expand walking left gives them.
    std::reverse(out.begin(), out.end());
    if (!head) return out;
    for (std::string& id : Expand(s, hm, -1))
      if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(std::move(id));
    return out;
  }
  return {};
}

}  // namespace kzgraph::extract::internal
