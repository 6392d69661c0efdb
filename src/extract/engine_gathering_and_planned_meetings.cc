// Membership said by a gathering verb ("l'AES, qui réunit X et Y") and
// meetings said to be planned, not held ("will meet", "rencontrera").
#include <algorithm>
#include <string>
#include <string_view>
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

namespace kzgraph::extract::internal {

namespace {

bool EndsWith(const std::string& word, std::string_view end) {
  return word.size() > end.size() + 2 &&
         word.compare(word.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

// Only meetings: "will support", "va soutenir" state a stance already held.
std::string Engine::MeetingPlanned(const Sent& s, int t, const LexEntry& e) const {
  // "prendra la présidence de O", "will take the helm of O": an office to come.
  if (e.Get("type") == "leads" && e.Get("pos") == "verb") return PlannedVerb(s, t, e.Get("lang"));
  if (e.Get("type") != "meets") return "";
  const bool noun = e.Get("pos") == "noun";
  if (!noun && e.Get("pos") != "verb") return "";
  std::string lang = e.Get("lang");
  // "will hold talks with": a meeting noun after its light verb.
  if (noun) {
    int v = t - 1;
    while (v >= 0 && Is(s, v, c_.det)) --v;
    if (!Fold(s, v, "hold") && !Fold(s, v, "have") && !Fold(s, v, "tenir")) return "";
    lang = Fold(s, v, "tenir") ? "fr" : "en";
    t = v;
  }
  return PlannedVerb(s, t, lang);
}

std::string Engine::PlannedVerb(const Sent& s, int t, const std::string& lang) const {
  const std::string& head = s.w[t].fold;
  // "rencontrera", "se réuniront", "s'entretiendra": the French future.
  if (lang == "fr") {
    for (std::string_view end : {"era", "eront", "ira", "iront", "dra", "dront"}) {
      if (EndsWith(head, end)) return "planned (future " + head + ")";
    }
  }
  // The auxiliary of a future a few words before the verb: "will (then)
  // meet", "is to meet", "is expected to hold talks", "va (y) rencontrer",
  // "doit rencontrer". A name or a comma ends the verb group.
  for (int k = t - 1; k >= 0 && k >= t - 4; --k) {
    if (!s.w[k].word || MentionAt(s, k) >= 0) break;
    const std::string& f = s.w[k].fold;
    if (lang == "en") {
      if (f == "will" || f == "ll" || f == "shall") return "planned (" + f + ")";
      if (f == "to" && k > 0) {
        const std::string& b = s.w[k - 1].fold;
        if (b == "is" || b == "are" || b == "was" || b == "were" || b == "going" || b == "due" ||
            b == "scheduled" || b == "set" || b == "expected" || b == "slated")
          return "planned (" + b + " to)";
        break;
      }
    } else if (f == "va" || f == "vont" || f == "allait" || f == "allaient" || f == "doit" ||
               f == "doivent" || f == "devait" || f == "devaient") {
      return "planned (" + f + ")";
    }
  }
  return "";
}

}  // namespace kzgraph::extract::internal
