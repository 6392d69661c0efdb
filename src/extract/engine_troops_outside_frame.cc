// Troop deployments: where troops go and who sends them when the sentence
// names them outside the sending verb's own frame.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

bool Engine::IsWhereWord(const Sent& s, int k) const {
  // "où", not the conjunction "ou" it folds to.
  return Fold(s, k, "where") || FoldAccented(s, k, "ou");
}

std::string Engine::WhereAntecedentPlace(const Sent& s, int k) const {
  if (k <= 0 || k >= static_cast<int>(s.w.size())) return "";
  if (!IsWhereWord(s, k)) return "";
  int p = k - 1;
  if (P(s, p, ',')) --p;
  const int mi = MentionAt(s, p);
  if (mi < 0 || s.men[mi].e != p + 1 || s.men[mi].adj || s.men[mi].pronoun || s.men[mi].id.empty())
    return "";
  const Men& m = s.men[mi];
  // Only a place: the name must follow a place preposition ("au Niger",
  // "from Belarus", "in Mali"), so that "Russia, where" as a subject is not.
  const int before = m.b - 1;
  const bool place_prep = PlacePrepositionAt(s, before) || Fold(s, before, "from") ||
                          Fold(s, before, "depuis") ||
                          Is(s, before, c_.det) && PlacePrepositionAt(s, before - 1);
  if (!place_prep) return "";
  if (m.kind == "country") return m.id;
  if (m.kind == "location") {
    const Actor* a = r_.dict.Find(m.id);
    if (a != nullptr && a->kind == "location") return a->DestinationCountry();
  }
  return "";
}

std::vector<std::string> Engine::TroopParticipleAgent(const Sent& s, int after) const {
  const int n = static_cast<int>(s.w.size());
  if (after >= n || HitLen(s, after, c_.deploy_cue) == 0) return {};
  // The cue must be a participle of a sending verb, not a noun ("mission").
  bool participle = false;
  for (const auto& [entry, form] : LexAt(s, after, c_.trigger).entries)
    participle |=
        form == Form::kPastParticiple && r_.lex.entry(entry).Get("type") == "sends_troops";
  if (!participle) return {};
  for (int k = after + 1; k < std::min(after + 10, n); ++k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',') || P(s, k, '(') || Is(s, k, c_.que) ||
        Is(s, k, c_.qui))
      break;
    if (!Fold(s, k, "par") && !Fold(s, k, "by")) continue;
    std::vector<std::string> agents;
    for (const std::string& id : NP(s, k + 1)) {
      const Actor* a = r_.dict.Find(id);
      if (a != nullptr && (a->kind == "country" || a->kind == "organization")) agents.push_back(id);
    }
    return agents;
  }
  return {};
}

bool Engine::CallForHelpBefore(const Sent& s, int k) const {
  int p = k - 1;
  if (Is(s, p, c_.det)) --p;
  // Only the accented "à" is the preposition.
  return Fold(s, p, "au") || FoldAccented(s, p, "a");
}

std::vector<std::string> Engine::CalledForHelp(const Sent& s, int i) const {
  const int q = SkipDet(s, i);
  if (MentionAt(s, q) < 0 && (Fold(s, q, "alliance") || Fold(s, q, "bloc"))) {
    if (std::string alliance = ArticleAlliance(); !alliance.empty()) return {alliance};
    return {};
  }
  return NP(s, i);
}

bool Engine::DeployedWith(const Sent& s, int b) const {
  if (!Fold(s, b, "avec") && !Fold(s, b, "with")) return false;
  // The sending participle opens the phrase: nothing but its complements
  // (dates, places, commas) between it and "avec"; any other verb or actor
  // makes "avec" that verb's partner.
  for (int k = b - 1; k >= 0 && k >= b - 10; --k) {
    if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.que) || Is(s, k, c_.qui)) return false;
    for (const auto& [entry, form] : LexAt(s, k, c_.trigger).entries) {
      if (form == Form::kPastParticiple && r_.lex.entry(entry).Get("type") == "sends_troops" &&
          HitLen(s, k, c_.deploy_cue) > 0)
        return true;
    }
    if (HitLen(s, k, c_.trigger) > 0) return false;
    if (const int m = MentionAt(s, k); m >= 0 && !InPlacePhrase(s, s.men[m])) return false;
  }
  return false;
}

bool Engine::InOwnBloc(const std::vector<std::string>& speakers, const std::string& body) const {
  const Actor* bloc = r_.dict.Find(body);
  if (bloc == nullptr || bloc->members.empty()) return false;
  auto member = [&](const std::string& id) {
    return std::find(bloc->members.begin(), bloc->members.end(), id) != bloc->members.end();
  };
  for (const std::string& id : speakers) {
    if (member(id)) return true;
    if (const Actor* a = r_.dict.Find(id)) {
      for (const Office& o : a->offices) {
        if (member(o.of)) return true;
      }
    }
  }
  return false;
}

std::vector<std::string> Engine::WarnedCondition(const Sent& s, int k,
                                                 const std::vector<std::string>& speakers) const {
  int q = k;
  if (Fold(s, q, "that") || Fold(s, q, "que") || Fold(s, q, "qu")) {
    ++q;
  } else if (P(s, q, ':')) {
    ++q;
    while (P(s, q, '<') || P(s, q, '"')) ++q;
  } else {
    return {};
  }
  if (!Fold(s, q, "si") && !Fold(s, q, "if")) return {};
  const int mi = MentionAt(s, SkipDet(s, q + 1));
  if (mi < 0 || s.men[mi].pronoun || s.men[mi].adj || s.men[mi].id.empty() ||
      s.men[mi].kind == "location")
    return {};
  const std::string id = IdOf(s, mi);
  if (std::find(speakers.begin(), speakers.end(), id) != speakers.end() ||
      NotOwnSide(s, speakers, {id}).empty() || InOwnBloc(speakers, id))
    return {};
  return {id};
}

bool Engine::IsStatesBody(const Sent& s, int mi) const {
  if (mi < 0 || s.men[mi].adj || s.men[mi].kind != "organization" || s.men[mi].id.empty())
    return false;
  const Actor* a = r_.dict.Find(s.men[mi].id);
  return a != nullptr && !a->members.empty();
}

}  // namespace kzgraph::extract::internal
