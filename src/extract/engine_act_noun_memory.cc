// Authors of acts remembered by their noun: "l'offensive
// du Tchad", "Chad's offensive", "le Tchad a lancé une offensive" record
// who made "the offensive"; a later "a condamné l'offensive" takes that
// author even past the generic window of EventAuthor, since the same noun
// names the same act.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// How many sentences after the act noun was last named "the <noun>" still
// refers to the act whose author was recorded with it.
constexpr uint32_t kActNounWindow = 20;

std::string Engine::ActNounKey(const Sent& s, int i) const {
  if (i < 0 || i >= static_cast<int>(s.w.size())) return {};
  std::string key = s.w[i].fold;
  // "frappes" and "frappe", "strikes" and "strike" name one act.
  if (key.size() > 3 && key.back() == 's') key.pop_back();
  return key;
}

// "l'offensive (éclair) du Tchad", "Chad's (military) offensive": the
// country or organization that owns the act noun at i (length el); empty
// when none is named or when the noun's complement is its victim
// ("l'invasion de l'Ukraine").
std::vector<std::string> Engine::ActNounOwner(const Sent& s, int i, int el) const {
  const int n = static_cast<int>(s.w.size());
  auto actor = [&](int mi) -> std::vector<std::string> {
    if (mi < 0) return {};
    const Men& m = s.men[mi];
    if (m.adj || m.pronoun || m.implied || m.id.empty()) return {};
    if (m.kind != "country" && m.kind != "organization") return {};
    return {m.id};
  };
  // English "Chad's offensive", "Chad's military offensive".
  for (int k = i - 1, steps = 0; k >= 0 && steps < 2; --k, ++steps) {
    if (k > 0 && GenitiveS(s, k) && s.w[k - 1].elided) return actor(MentionAt(s, k - 1));
    // "Turkey's Syria offensive": the place the act strikes, named as a
    // modifier between the genitive and the noun.
    if (const int pm = MentionAt(s, k);
        pm >= 0 && s.men[pm].e == k + 1 && !s.men[pm].adj && !s.men[pm].pronoun &&
        s.men[pm].b > 0 && (s.men[pm].kind == "country" || s.men[pm].kind == "location")) {
      k = s.men[pm].b;  // the loop steps to the word before the place
      continue;
    }
    if (!s.w[k].word || s.w[k].upper_initial || MentionAt(s, k) >= 0) break;
  }
  // A complement after these nouns is the act's victim, not its author.
  const std::string key = ActNounKey(s, i);
  if (key == "invasion" || key == "incursion" || key == "occupation" || key == "repression" ||
      key == "deploiement" || key == "deployment" || key == "annexion" || key == "annexation" ||
      key == "crackdown")
    return {};
  int k = i + el;
  // "l'offensive éclair de": one or two lower-case modifiers.
  for (int skip = 0;
       skip < 2 && k < n && s.w[k].word && !s.w[k].upper_initial && MentionAt(s, k) < 0 &&
       !Is(s, k, c_.prep) && !Is(s, k, c_.det) && !Is(s, k, c_.aux) && !Is(s, k, c_.que) &&
       !Is(s, k, c_.qui) && !Fold(s, k, "de") && !Fold(s, k, "du") && !Fold(s, k, "d") &&
       !Fold(s, k, "of");
       ++skip)
    ++k;
  if (!(Fold(s, k, "de") || Fold(s, k, "du") || Fold(s, k, "d") || Fold(s, k, "of"))) return {};
  const int mi = MentionAt(s, SkipDet(s, k + 1));
  if (mi < 0) return {};
  // "l'attaque de Kiev par la Russie": the agent after it is the author.
  const int after = s.men[mi].e;
  if (Fold(s, after, "par") || Fold(s, after, "by")) return {};
  return actor(mi);
}

void Engine::RememberActNoun(const Sent& s, int i, const std::vector<std::string>& author) {
  const std::string key = ActNounKey(s, i);
  if (key.empty()) return;
  if (ActNounMemory* m = FindActNoun(key)) {
    if (author.empty()) {
      m->last = s.index;  // named again: the act stays in mind
    } else {
      m->Retell(author, s.index);
    }
    return;
  }
  if (!author.empty()) act_nouns_.push_back({key, author, s.index, s.index, false});
}

std::vector<std::string> Engine::RememberedActAuthor(const Sent& s, int i) const {
  if (act_nouns_.empty()) return {};
  const std::string key = ActNounKey(s, i);
  for (const ActNounMemory& m : act_nouns_) {
    if (m.key != key) continue;
    if (m.ambiguous || s.index > m.last + kActNounWindow) return {};
    // Another author's act told since the noun was last named ("Des
    // manifestants s'en sont pris ... Y a condamné ces violences"): that act
    // may be the one meant. Only acts of attack count (act_maker_): troops
    // sent since ("Russian peacekeepers deployed ...") make no other offensive.
    if (act_maker_sent_ > m.last &&
        std::none_of(act_maker_.begin(), act_maker_.end(), [&](const std::string& id) {
          return std::find(m.author.begin(), m.author.end(), id) != m.author.end();
        }))
      return {};
    return m.author;
  }
  return {};
}

}  // namespace kzgraph::extract::internal
