// A plural object pronoun that stands for a list of actors named in the
// sentence before (accusation arguments the generic frames miss).
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// "Le Niger a critiqué le Bénin et le Togo. Le Mali les accuse de ...",
// "Niger met Benin and Togo. Mali accused them of ...": a plural object
// pronoun whose sentence before opens on one actor stands for the one list
// of actors that sentence names as a direct complement (not after a
// preposition: "au Mali et au Niger" is where, not whom). Two lists, or one
// holding the verb's own subject, leave the pronoun unresolved.
std::vector<std::string> Engine::PluralListBefore(const Sent& prev,
                                                  const std::vector<std::string>& subj) const {
  std::vector<std::string> found;
  int found_end = -1;  // the last mention of the list found
  int lists = 0;
  for (int mi = 0; mi < static_cast<int>(prev.men.size()); ++mi) {
    const Men& m = prev.men[mi];
    if (m.pronoun || m.adj || m.implied || m.id.empty() || prev.inq[m.b]) continue;
    if (!IsPartyKind(m.kind)) continue;
    std::vector<std::string> list = CoordinationEndingAt(prev, mi);
    if (list.size() < 2) continue;
    // A longer list ending one conjunct later is the same list grown.
    const bool grown = found_end >= 0 && list.size() > found.size() &&
                       std::equal(found.begin(), found.end(), list.begin());
    if (!grown) ++lists;
    found = std::move(list);
    found_end = mi;
  }
  if (lists != 1) return {};
  // The list's first word: not after a preposition.
  int first = -1;
  for (int mi = 0; mi < static_cast<int>(prev.men.size()) && first < 0; ++mi)
    if (!prev.men[mi].pronoun && !prev.men[mi].adj && IdOf(prev, mi) == found.front())
      first = prev.men[mi].b;
  if (first < 0) return {};
  int b = first;
  while (Is(prev, b - 1, c_.det)) --b;
  if (Is(prev, b - 1, c_.prep) || Is(prev, b - 1, c_.prep_de)) return {};
  for (const std::string& id : found)
    if (std::find(subj.begin(), subj.end(), id) != subj.end()) return {};
  return found;
}

}  // namespace kzgraph::extract::internal
