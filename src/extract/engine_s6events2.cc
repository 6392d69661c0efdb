// Session 6 (s6events2): helpers for membership said by a gathering verb.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// "l'AES, qui réunit le Mali, le Burkina Faso et le Niger", "the bloc, which
// brings together X and Y": "réunir" is also a meeting verb, but a body that
// gathers states lists its members; a person who "a réuni X et Y" still
// hosts a meeting.
bool Engine::GathersMembers(const Sent& s, int t, const std::vector<std::string>& subj) const {
  if (subj.empty() || !std::all_of(subj.begin(), subj.end(), [&](const std::string& id) {
        return KindOf(s, id) == "organization";
      }))
    return false;
  for (int start = std::max(0, t - 1); start <= t; ++start) {
    for (const auto& [entry, form] : LexAt(s, start, c_.trigger).entries) {
      if (r_.lex.entry(entry).Get("frame") == "member_list") return true;
    }
  }
  return false;
}

}  // namespace kzgraph::extract::internal
