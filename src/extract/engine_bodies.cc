// Mentions: bodies of experts and inquiry that an organization sets up ("UN
// Group of Experts", "le groupe d'experts de l'ONU sur le Soudan", "a UN
// fact-finding mission", "la commission d'enquête de l'ONU").
#include <string>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// The expert body's entry (coref.tsv stance_word role=expert_body) at i, or null.
const LexEntry* Engine::ExpertBodyAt(const Sent& s, int i, int* len) const {
  *len = 0;
  if (i < 0 || i >= static_cast<int>(s.w.size()) || HitLen(s, i, c_.stance_word) == 0)
    return nullptr;
  // The sentence's cached look-up (StanceHit): the stance rules read the same words later.
  const Lexicon::Hit& h = StanceHit(s, i);
  for (const auto& [entry, form] : h.entries) {
    const LexEntry& e = r_.lex.entry(entry);
    if (e.Get("role") != "expert_body") continue;
    *len = h.length;
    return &e;
  }
  return nullptr;
}

// The id of the organization the dictionary names at i, null if none (or
// empty). It points into the dictionary: a caller copies it only when it
// keeps it. Inline: both callers are here, and TryExpertBody runs for
// thousands of candidate words per corpus.
[[gnu::always_inline]] inline const std::string* Engine::DictOrgIdAt(const Sent& s, int i) const {
  if (!DictOrgAt(s, i)) return nullptr;
  for (int p : DictAt(s, i).payloads) {
    const Actor& a = r_.dict.actors()[r_.dict.name(p).actor];
    if (a.kind == "organization") return a.id.empty() ? nullptr : &a.id;
  }
  return nullptr;
}

// The body and its owner, before it ("UN experts", "the UN Panel of
// Experts") or after it ("le groupe d'experts de l'ONU", "experts of the
// UN"), and the country it watches ("on Sudan", "sur le Soudan"). A bare
// "experts" is a body only with its owner ("des experts" alone are persons);
// a capitalised head names one alone ("the Panel of Experts on Yemen").
bool Engine::TryExpertBody(Sent& s, int i, int* next) {
  const int n = static_cast<int>(s.w.size());
  // The body's head is a stance word at i or right after the dictionary
  // name at i (its owner): most words here are a country's name with none,
  // and skip the owner's look-up.
  if (HitLen(s, i, c_.stance_word) == 0 &&
      (s.dict[i].length == 0 || HitLen(s, i + s.dict[i].length, c_.stance_word) == 0))
    return false;
  // "un rapport d'experts des Nations unies", "a report of UN experts": the
  // body as a document's complement names its author, no actor of the
  // sentence; the owner's mention stays.
  const int before = Is(s, i - 1, c_.det) ? i - 2 : i - 1;
  if (before >= 0 && Is(s, before, c_.prep_de)) return false;
  // The owner's id is copied only once a body's head is found past it: most
  // stance words or names here head none.
  const std::string* owner_id = DictOrgIdAt(s, i);
  int head = owner_id != nullptr ? i + DictAt(s, i).length : i;
  int hl = 0;
  const LexEntry* e = ExpertBodyAt(s, head, &hl);
  if (e == nullptr) return false;
  std::string owner = owner_id != nullptr ? *owner_id : std::string();
  int end = head + hl;
  if (owner.empty() && (Is(s, end, c_.prep_de) || Fold(s, end, "of"))) {
    const int q = SkipDet(s, end + 1);
    if (const std::string* o = DictOrgIdAt(s, q); o != nullptr) {
      owner = *o;
      end = q + DictAt(s, q).length;
    }
  }
  std::string topic;
  if (end < n && (Fold(s, end, "on") || Fold(s, end, "sur"))) {
    const int q = SkipDet(s, end + 1);
    for (int p : DictAt(s, q).payloads) {
      const Actor& a = r_.dict.actors()[r_.dict.name(p).actor];
      if (a.kind != "country" || r_.dict.name(p).how == NameHow::kAdjective) continue;
      topic = " on " + a.id;
      end = q + DictAt(s, q).length;
      break;
    }
  }
  const bool capital_head = s.w[head].upper_initial && head > 0 && s.w[head - 1].word;
  if (owner.empty() && (e->Get("need_owner") == "1" || !(capital_head || !topic.empty())))
    return false;
  Men m;
  m.b = i;
  m.e = end;
  m.id = (owner.empty() ? "" : owner + " ") + e->Get("name") + topic;
  m.kind = "organization";
  m.rule = "discover:expert_body";
  AddMention(s, std::move(m));
  *next = end;
  return true;
}

}  // namespace kzgraph::extract::internal
