// Membership said without "member of" (s4member): a membership noun with its
// holder ("Croatia's membership of the EU", "l'adhésion de la Croatie à
// l'UE"), partners or allies inside a body ("Egypt and its partners in the
// Arab League", "ses alliés de l'OTAN"), and a body acted within ("Au sein de
// l'OPEP, l'Arabie saoudite ...", "X, allié de Y au sein de Z").
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

namespace {

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

// The weaker rules (partners, within) read membership from context; where the
// dictionary lists a body's members, a state outside the list is no member
// ("Au sein de l'UE, la Russie suscite la méfiance"). The list only vetoes,
// it never adds an edge.
bool Engine::ListedNonMember(const std::string& state, const std::string& body) const {
  const Actor* b = r_.dict.Find(body);
  if (!b || b->members.empty()) return false;
  return std::find(b->members.begin(), b->members.end(), state) == b->members.end();
}

std::string Engine::MembershipPending(const Sent& s, int vb) const {
  for (int k = vb - 1; k >= 0 && k >= vb - 6; --k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',')) break;
    if (Fold(s, k, "si") || Fold(s, k, "if") || Fold(s, k, "unless"))
      return "hypothetical (" + s.w[k].fold + ")";
    if (StanceWordAt(s, k, "member_pending") > 0) return "pending (" + s.w[k].fold + ")";
  }
  return "";
}

std::string Engine::DescribedBody(const Sent& s, int k) const {
  const int n = static_cast<int>(s.w.size());
  k = SkipDet(s, k);
  // "the eight-nation bloc", "l'organisation régionale", "du Conseil": a
  // class noun (member_body role) or a capitalised head word of a name,
  // past a count and a few lower-case modifiers.
  int noun = -1;
  bool capital = false;
  for (int q = k; q < std::min(n, k + 5) && noun < 0; ++q) {
    if (MentionAt(s, q) >= 0 || !s.w[q].word) {
      if (P(s, q, '-')) continue;  // "eight-nation"
      break;
    }
    if (StanceWordAt(s, q, "member_body") > 0) {
      noun = q;
      capital = s.w[q].upper_initial;
    } else if (s.w[q].upper_initial) {
      break;
    }
  }
  if (noun < 0) return "";
  const std::string head = Surface(s, noun, noun + 1);
  auto fits = [&](const Men& m) {
    if (m.kind != "organization" || m.id.empty() || m.adj || m.implied) return false;
    const Actor* a = r_.dict.Find(m.id);
    if (a == nullptr) return false;
    if (capital) {  // "du Conseil": a body whose name has that word
      return a->name.find(head) != std::string::npos || a->name_fr.find(head) != std::string::npos;
    }
    if (!a->members.empty()) return true;  // a body of states
    for (const char* word :
         {"Alliance", "Treaty", "Pact", "Community", "Union", "Organization", "Organisation",
          "League", "Authority", "Communauté", "Ligue", "Autorité"}) {
      if (a->name.find(word) != std::string::npos || a->name_fr.find(word) != std::string::npos)
        return true;
    }
    return false;
  };
  // The body named last before (this sentence, then up to three before; a
  // short name, anywhere before), else the first named after it in this
  // sentence.
  const Sent* first = sents_.data();
  for (const Sent* p = &s; p >= first && (capital || p >= &s - 3); --p) {
    for (auto m = p->men.rbegin(); m != p->men.rend(); ++m) {
      if ((p != &s || m->b < k) && fits(*m)) return m->id;
    }
  }
  for (const Men& m : s.men) {
    if (m.b > noun && fits(m)) return m.id;
  }
  return "";
}

bool Engine::MemberBodies(const Sent& s, std::vector<std::string>* ids) const {
  std::erase_if(*ids, [&](const std::string& id) {
    if (const Actor* a = r_.dict.Find(id)) return a->kind != "organization";
    for (const Men& m : s.men) {
      if (m.id == id) return m.kind != "organization";
    }
    return true;
  });
  return !ids->empty();
}

void Engine::MembershipFrame(Sent& s, const FrameCall& f) {
  const int t = f.t, te = f.te, n = static_cast<int>(s.w.size());
  auto missing = [&](const char* what) { Missing(s, f, what); };
  // A named state or organization (not a nationality, pronoun or implied
  // entity) at word k, or -1.
  auto actor_at = [&](int k, bool org_only) {
    const int mi = MentionAt(s, k);
    if (mi < 0 || s.men[mi].adj || s.men[mi].pronoun || s.men[mi].implied || s.men[mi].id.empty())
      return -1;
    if (s.men[mi].kind == "organization" || (!org_only && s.men[mi].kind == "country")) return mi;
    return -1;
  };
  // The first organization of a complement starting at k, past its
  // determiners and a few lower-case modifiers ("to the 27-member EU").
  auto org_from = [&](int k) -> std::vector<std::string> {
    for (int q = k; q < std::min(n, k + 5); ++q) {
      if (P(s, q, ',') || P(s, q, '.') || P(s, q, ';')) break;
      const int mi = actor_at(q, true);
      if (mi >= 0) return {s.men[mi].id};
      if (MentionAt(s, q) >= 0 || (s.w[q].word && s.w[q].upper_initial)) break;
    }
    return {};
  };
  if (f.frame == "member_holder") {
    // A membership noun: "Croatia's membership of/in the EU", "Sweden's
    // NATO membership", "the accession of Croatia to the EU", "l'adhésion
    // de la Croatie à l'UE". A pending, requested, blocked or hoped-for
    // membership is none (lexicon role=member_pending before or after it).
    for (int k = t - 1; k >= 0 && k >= t - 8; --k) {
      if (P(s, k, '.') || P(s, k, ';')) break;
      if (StanceWordAt(s, k, "member_pending") > 0) {
        if (tracing_)
          Log(s, "  blocked " + f.rule + " '" + Surface(s, t, te) + "': pending (" + s.w[k].fold +
                     ")");
        return;
      }
    }
    for (int k = te; k < std::min(n, te + 8); ++k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',')) break;
      if (StanceWordAt(s, k, "member_pending") > 0) {
        if (tracing_)
          Log(s, "  blocked " + f.rule + " '" + Surface(s, t, te) + "': pending (" + s.w[k].fold +
                     ")");
        return;
      }
    }
    if (std::string why = NounBlocked(s, t); !why.empty()) {
      if (tracing_) Log(s, "  blocked " + f.rule + ": " + why);
      return;
    }
    std::vector<std::string> holder, body;
    int k = t - 1;
    // "Sweden's NATO membership": the body between the possessive and the noun.
    if (const int bm = actor_at(k, true); bm >= 0 && s.men[bm].e == t) {
      body = {s.men[bm].id};
      k = s.men[bm].b - 1;
    }
    if (GenitiveS(s, k) && MentionAt(s, k) < 0) {
      if (const int hm = actor_at(k - 1, false); hm >= 0 && s.men[hm].e == k)
        holder = {s.men[hm].id};
    }
    int q = te;
    if (holder.empty() && (Fold(s, q, "of") || Is(s, q, c_.prep_de))) {
      // "the membership of Croatia in", "l'adhésion de la Croatie à"
      const int hm = actor_at(SkipDet(s, q + 1), false);
      if (hm >= 0) {
        holder = {s.men[hm].id};
        q = s.men[hm].e;
      }
    }
    if (body.empty() && (Fold(s, q, "of") || Fold(s, q, "in") || Fold(s, q, "to") ||
                         Fold(s, q, "a") || Fold(s, q, "au") || Fold(s, q, "aux")))
      body = org_from(SkipDet(s, q + 1));
    if (holder.empty() || body.empty()) return missing(holder.empty() ? "holder" : "organization");
    if (!MemberBodies(s, &body)) return missing("organization");
    if (Contains(body, holder[0])) return;
    Emit(s, holder, "member_of", body, "member_of:holder", 0.75);
    return;
  }
  if (f.frame == "member_partners") {
    // "Egypt and its partners in the Arab League", "Washington and its NATO
    // allies", "la France et ses partenaires de l'UE", "ses alliés au sein
    // de l'OTAN": the possessive's owner is a member of the body.
    int k = t - 1;
    std::vector<std::string> body;
    if (const int bm = actor_at(k, true); bm >= 0 && s.men[bm].e == t) {  // "its NATO allies"
      body = {s.men[bm].id};
      k = s.men[bm].b - 1;
    }
    if (!Is(s, k, c_.possessive) || Fold(s, k, "his") || Fold(s, k, "her") || Fold(s, k, "my") ||
        Fold(s, k, "your") || Fold(s, k, "our"))
      return;
    const int poss = k;
    const bool body_after = body.empty();
    if (body.empty()) {
      int q = te;
      if (Fold(s, q, "au") && Fold(s, q + 1, "sein") && Is(s, q + 2, c_.prep_de))
        q += 3;
      else if (Fold(s, q, "in") || Fold(s, q, "within") || Is(s, q, c_.prep_de))
        q += 1;
      else
        return;
      body = org_from(SkipDet(s, q));
    }
    if (body.empty()) return missing("organization");
    std::vector<std::string> owner;
    if (Is(s, poss - 1, c_.coord)) {  // "X and its", "X et ses"
      if (const int om = actor_at(poss - 2, false); om >= 0) owner = Expand(s, om, -1, false);
    }
    if (owner.empty()) owner = MainSubject(s, poss);
    std::erase_if(owner, [&](const std::string& id) {
      const Actor* a = r_.dict.Find(id);
      return !a || a->kind != "country" || Contains(body, id) || ListedNonMember(id, body[0]);
    });
    if (owner.empty()) return missing("owner");
    // The partners named after the noun or the body ("its CSTO allies
    // Belarus and Armenia", "ses alliés de l'OTSC, le Bélarus et
    // l'Arménie,") are members too.
    int after = te;
    if (body_after) {
      while (after < n && after < te + 8 &&
             (MentionAt(s, after) < 0 || s.men[MentionAt(s, after)].id != body[0]))
        ++after;
      after = after < n && MentionAt(s, after) >= 0 ? s.men[MentionAt(s, after)].e : -1;
    }
    if (after >= 0 && after < n) {
      const int q = SkipDet(s, P(s, after, ',') ? after + 1 : after);
      if (const int am = actor_at(q, false);
          am >= 0 && s.men[am].b == q && s.men[am].kind == "country") {
        for (const std::string& id : Expand(s, am, +1, false)) {
          const Actor* a = r_.dict.Find(id);
          if (a && a->kind == "country" && !Contains(body, id) && !ListedNonMember(id, body[0]) &&
              !Contains(owner, id))
            owner.push_back(id);
        }
      }
    }
    Emit(s, owner, "member_of", body, "member_of:partners", 0.75);
    return;
  }
  if (f.frame == "member_within") {
    // "au sein de l'OTSC", "within ASEAN": the body acted within.
    std::vector<std::string> body = org_from(SkipDet(s, te));
    if (body.empty()) return;
    int be = te;
    while (be < n && (MentionAt(s, be) < 0 || s.men[MentionAt(s, be)].id != body[0])) ++be;
    if (be < n) be = s.men[MentionAt(s, be)].e;
    std::vector<std::string> members;
    // "X, allié de Y au sein de Z", "Saudi Arabia, an ally of Egypt within
    // the Arab League": both partners belong to the body.
    if (const int pm = actor_at(t - 1, false); pm >= 0 && s.men[pm].kind == "country") {
      const int b = s.men[pm].b;
      int a = Is(s, b - 1, c_.det) ? b - 1 : b;
      if (Is(s, a - 1, c_.prep_de) || Fold(s, a - 1, "of")) {
        const int noun = a - 2;
        if (StanceWordAt(s, noun, "member_partner") > 0 ||
            StanceWordAt(s, noun - 1, "member_partner") == 2) {
          int h = noun - 1;
          while (h >= 0 && (Is(s, h, c_.det) || IsAdverb(s, h))) --h;
          if (P(s, h, ',')) {
            if (const int hm = actor_at(h - 1, false); hm >= 0 && s.men[hm].kind == "country") {
              members = Expand(s, hm, -1, false);
              members.push_back(s.men[pm].id);
            }
          }
        }
      }
    }
    // "le Mali, le Burkina et le Niger, réunis au sein de l'AES", "Kenya and
    // Uganda, grouped within the EAC": states gathered in the body
    // (stance_word role=member_gather, s9titles).
    if (members.empty() && StanceWordAt(s, t - 1, "member_gather") > 0 && P(s, t - 2, ',')) {
      if (const int gm = actor_at(t - 3, false);
          gm >= 0 && s.men[gm].kind == "country" && s.men[gm].e == t - 2)
        members = Expand(s, gm, -1, false);
    }
    // "Au sein de l'OPEP, l'Arabie saoudite ...", "Within NATO, Turkey
    // ...": a fronted body is where the clause's subject acts.
    if (members.empty() && SkipDet(s, DatelineEnd(s)) == t && P(s, be, ',')) {
      const int sm = actor_at(SkipDet(s, be + 1), false);
      if (sm >= 0 && s.men[sm].kind == "country" &&
          !GenitiveS(s, s.men[sm].e))
        members = Expand(s, sm, +1, false);
    }
    std::erase_if(members, [&](const std::string& id) {
      const Actor* a = r_.dict.Find(id);
      return !a || a->kind != "country" || Contains(body, id) || ListedNonMember(id, body[0]);
    });
    if (members.empty()) return;
    if (std::string why = Blocked(s, f.vb, te, Form::kOther); !why.empty()) {
      if (tracing_) Log(s, "  blocked " + f.rule + ": " + why);
      return;
    }
    Emit(s, members, "member_of", body, "member_of:within", 0.75);
    return;
  }
}

}  // namespace kzgraph::extract::internal
