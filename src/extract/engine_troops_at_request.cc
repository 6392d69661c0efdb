// Troop deployments: the country at whose request troops are sent ("à la
// demande de", "at the request of").
#include <string>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

std::string Engine::RequesterCountry(const Sent& s) const {
  if (!AnyHit(s, c_.trigger)) return "";
  const int n = static_cast<int>(s.w.size());
  for (int k = 0; k < n; ++k) {
    const int tl = HitLen(s, k, c_.trigger);
    if (tl == 0) continue;
    bool at_request = false;
    for (const auto& [entry, form] : LexAt(s, k, c_.trigger).entries) {
      const auto& e = r_.lex.entry(entry);
      // Only the whole phrase ("à la demande de"): the bare noun "request"
      // also names requests that were refused or never made.
      at_request |= e.Get("frame") == "at_request" && e.Get("pos") == "phrase";
    }
    if (!at_request) continue;
    const int mi = MentionAt(s, SkipDet(s, k + tl));
    if (mi < 0 || s.men[mi].adj || s.men[mi].id.empty()) return "";
    if (s.men[mi].kind == "country") return s.men[mi].id;
    // "à la demande du président mozambicain": the country a person leads.
    if (s.men[mi].kind == "person" && !s.men[mi].of.empty()) return s.men[mi].of;
    return "";
  }
  return "";
}

}  // namespace kzgraph::extract::internal
