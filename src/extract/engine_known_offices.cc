// Offices the dictionary dates on the article's day, held by a person the
// article names, in a state or body the article names too: "Emmanuel
// Macron, who ... said France wanted", "la Russie ... a félicité Maduro.
// Vladimir Poutine lui a adressé un message". An analyst draws the office
// whether or not a title is said next to the name (on the tuning sets 556 of
// 627 such head pairs and 230 of 231 minister pairs are gold edges, most of
// the rest optional; spokespersons 85 of 129, 37 optional).
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

namespace {

// A body's head, elected or rotating.
bool IsBodyHeadRole(const std::string& role) {
  return role == "secretary_general" || role == "chair";
}

// The relation an office gives, or "" for offices read only from the text
// ("official" holds deputies, envoys and heads of agencies and missions,
// whose office the gold files draw only from what the text says).
const char* KnownOfficeRelation(const std::string& role) {
  if (role == "head_of_state" || role == "head_of_government" || IsBodyHeadRole(role))
    return "leads";
  if (role == "foreign_minister" || role == "defense_minister" || role == "interior_minister" ||
      role == "minister" || role == "spokesperson")
    return "official_of";
  return "";
}

// A word before a holder's name that puts the office in the past or takes
// it away: "former", "l'ancien président", "feu", "ousted", "a limogé le
// chef de l'OTSC, X", "removed X as premier". Words that as often open a
// sentence about a sitting holder ("then", "killed", "replaced") are none.
bool PastHolderCue(const Word& w) {
  // string_view, not const char*: comparing a std::string with a C string
  // measures the C string first, and this runs for every word before every
  // person mention (it was 3% of extraction's instructions).
  static constexpr std::string_view kCues[] = {
      "former",   "ex",        "ancien",    "ancienne",    "anciens",      "anciennes",
      "late",     "feu",       "defunt",    "defunte",     "ousted",       "deposed",
      "toppled",  "overthrown", "removed",  "dismissed",   "sacked",       "limoge",
      "limogee",  "destitue",  "destituee", "renverse",    "renversee",    "demis",
      "demise",   "evince",    "evincee",   "predecessor", "predecesseur"};
  // Most words are rejected at once: a cue of the word's length and first
  // letter must exist (one bit per length and letter), and a cue is compared
  // only when its length and first and last letters match.
  static constexpr auto kFirstByLength = [] {
    std::array<uint32_t, 16> mask{};
    for (std::string_view cue : kCues) mask[cue.size()] |= 1u << (cue[0] - 'a');
    return mask;
  }();
  const std::string& f = w.fold;
  if (f.size() >= kFirstByLength.size() || f.empty() || f[0] < 'a' || f[0] > 'z' ||
      !(kFirstByLength[f.size()] >> (f[0] - 'a') & 1))
    return false;
  for (std::string_view cue : kCues) {
    if (cue.size() == f.size() && cue[0] == f[0] && cue.back() == f.back() && f == cue) return true;
  }
  return false;
}

}  // namespace

void Engine::KnownOfficeRule() {
  const std::string& date = x_->article.date;
  if (date.empty()) return;
  auto known = [&](const std::string& id) {
    const size_t* slot = entity_index_.Find(std::string_view(id));
    return slot != nullptr && *slot != 0;
  };
  // Kinds are interned: comparing with these is a pointer compare, where a
  // literal costs a memcmp call per person mention.
  static const KindText kPerson("person"), kCountry("country");
  std::vector<std::string> done;  // persons already read: a handful per article
  done.reserve(16);
  std::vector<const Actor*> drawn;  // persons whose offices were read
  drawn.reserve(16);
  // Persons the article speaks of as past holders anywhere: none of their
  // dictionary offices is drawn (the text's own titles still are).
  for (const Sent& s : sents_) {
    for (const Men& m : s.men) {
      if (m.kind != kPerson || m.pronoun || m.id.empty()) continue;
      for (int k = m.b - 1; k >= 0 && k >= m.b - 8; --k) {
        if (P(s, k, '.') || P(s, k, ';')) break;
        // another actor in between owns the cue ("Russia ousted X, Y said"),
        // unless it is a past holder coordinated with this one ("ses anciens
        // homologues ivoirien, X, et sénégalais, Y").
        if (const int o = MentionAt(s, k);
            o >= 0 && s.men[o].id != m.id && !s.men[o].adj &&
            (s.men[o].kind == kPerson || s.men[o].kind == kCountry)) {
          bool coordinated = std::find(done.begin(), done.end(), s.men[o].id) != done.end();
          for (int q = s.men[o].e; q < m.b && coordinated; ++q) {
            const int qm = MentionAt(s, q);
            coordinated = P(s, q, ',') || Is(s, q, c_.coord) || (qm >= 0 && s.men[qm].adj);
          }
          if (coordinated) done.push_back(m.id);
          break;
        }
        if (PastHolderCue(s.w[k])) {
          done.push_back(m.id);
          break;
        }
      }
    }
  }
  for (Sent& s : sents_) {
    for (const Men& m : s.men) {
      if (m.kind != kPerson || m.pronoun || m.implied || m.id.empty() || !m.group.empty())
        continue;
      const Actor* a = ActorOf(m);
      if (a == nullptr || a->offices.empty()) continue;
      // A person named again is found by pointer, sparing a string compare
      // per person read; the ids are compared only for a new actor.
      if (std::find(drawn.begin(), drawn.end(), a) != drawn.end()) continue;
      bool seen = false;
      for (const std::string& d : done) seen |= d == a->id;
      for (const Actor* b : drawn) seen |= b->id == a->id;
      if (seen) continue;
      drawn.push_back(a);
      // A head of government who keeps a ministry ("Dbeibah, also defence
      // minister") is drawn as the head only.
      std::vector<std::string> headed;
      for (const Office& o : a->offices) {
        if ((o.role == "head_of_state" || o.role == "head_of_government") && o.HeldOn(date))
          headed.push_back(o.of);
      }
      // Of two bodies the holder heads, one named inside the other's name
      // ("ECOWAS" in "ECOWAS Commission"): the text says which he heads
      // (the Commission's president serves the Community, gold files agree).
      auto inner_body = [&](const Office& o) {
        for (const Office& p : a->offices) {
          if (&p == &o || !IsBodyHeadRole(p.role) || !p.HeldOn(date) || !known(p.of))
            continue;
          if (p.of.size() > o.of.size() && p.of.compare(0, o.of.size(), o.of) == 0 &&
              p.of[o.of.size()] == ' ')
            return true;
        }
        return false;
      };
      for (const Office& o : a->offices) {
        if (!o.HeldOn(date)) continue;
        const std::string rel = KnownOfficeRelation(o.role);
        if (rel.empty() || !known(o.of)) continue;
        const Actor* of = r_.dict.Find(o.of);
        if (of == nullptr) continue;
        bool heads = false;
        for (const std::string& h : headed) heads |= h == o.of;
        if (heads && rel == "official_of") continue;
        // A body's minister or spokesperson serves it ("Josep Borrell", the
        // EU's foreign-policy chief), and so does the head of its inner body.
        if (of->kind != "organization" && (of->kind != "country" || IsBodyHeadRole(o.role)))
          continue;
        const bool inner = IsBodyHeadRole(o.role) && inner_body(o);
        EmitPair(s, a->id, inner ? "official_of" : rel, o.of,
                 (inner ? "official_of" : rel) + ":dictionary-office", 0.6);
      }
    }
  }
}

}  // namespace kzgraph::extract::internal
