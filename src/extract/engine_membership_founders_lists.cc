// Membership as news French and English state it:
// founding verbs checked against the dictionary's member lists ("le Mali, le
// Burkina Faso et le Niger ont créé l'AES"), states listed in brackets after
// a body ("l'OTSC (Russie, Biélorussie, Arménie)"), a body owned by "their"
// states, a person of a party, and a body's member noun in apposition
// ("Turkey, a NATO member,").
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

bool Engine::ListedMember(const std::string& state, const std::string& body) const {
  const Actor* b = r_.dict.Find(body);
  return b != nullptr && std::find(b->members.begin(), b->members.end(), state) != b->members.end();
}

bool Engine::ListedFounders(const Sent& s, int vb, const std::string& body,
                            std::vector<std::string>* subj) const {
  // "Le Niger, qui a quitté avec le Mali et le Burkina Faso la Cedeao pour
  // former l'AES", "Russia founded the SCO with China": states named with
  // the subject found the body too.
  for (int k = 0; k < static_cast<int>(s.w.size()); ++k) {
    if (!Fold(s, k, "avec") && !Fold(s, k, "with") && !Fold(s, k, "alongside")) continue;
    const int mi = MentionAt(s, SkipDet(s, k + 1));
    if (mi < 0 || s.men[mi].adj || s.men[mi].pronoun || s.men[mi].id.empty() ||
        s.men[mi].kind != "country")
      continue;
    for (const std::string& id : Expand(s, mi, +1, false)) {
      if (std::find(subj->begin(), subj->end(), id) == subj->end()) subj->push_back(id);
    }
  }
  // "Le Niger, qui a quitté ... pour former l'AES": the main clause's
  // subject founds it too.
  for (const std::string& id : MainSubject(s, vb)) {
    if (std::find(subj->begin(), subj->end(), id) == subj->end()) subj->push_back(id);
  }
  std::erase_if(*subj, [&](const std::string& id) { return !ListedMember(id, body); });
  return !subj->empty();
}

// A party, movement or front (an office_org_class word in its name) that no
// member list makes a body of states, and that `person`'s offices do not
// lead: membership of persons in it is read from "of" or a possessive.
bool Engine::PartyOfPerson(const Sent& s, const Men& org, const std::string& person) const {
  if ((org.kind != "organization" && org.kind != "group") || org.adj || org.implied ||
      org.id.empty())
    return false;
  const Actor* body = r_.dict.Find(org.id);
  if (body != nullptr && !body->members.empty()) return false;
  // The word may also stand before or right after the name: "du parti (au
  // pouvoir) Rêve géorgien", "the ruling Georgian Dream party".
  bool party = false;
  for (int q = std::max(0, org.b - 3); q <= org.e && !party; ++q)
    party = StanceWordAt(s, q, "office_org_class") > 0;
  if (!party) return false;
  if (const Actor* a = r_.dict.Find(person)) {
    for (const Office& o : a->offices) {
      if (o.of == org.id) return false;  // its leader or official
    }
  }
  return true;
}

void Engine::MentionMembershipRule(Sent& s) {
  for (size_t bi = 0; bi < s.men.size(); ++bi) {
    const Men& m = s.men[bi];
    const int before = m.b - 1;
    if (Fold(s, before, "their") || Fold(s, before, "leur") ||
        (Fold(s, before, "own") && Fold(s, before - 1, "their")))
      PossessedBody(s, static_cast<int>(bi));
    // "Nika Melia of the United National Movement", "within his own
    // Democratic Party": a person in a party.
    const int poss = Fold(s, before, "own") || Fold(s, before, "propre") ? before - 1 : before;
    if (Fold(s, poss, "his") || Fold(s, poss, "her")) {
      const std::vector<std::string> owner = MainSubject(s, poss);
      if (owner.size() == 1 && PartyOfPerson(s, m, owner[0])) {
        const Actor* a = r_.dict.Find(owner[0]);
        if (a != nullptr && a->kind == "person") {
          const std::string id = m.id;
          Emit(s, owner, "member_of", {id}, "member_of:own-party", 0.7);
          continue;
        }
      }
    }
    if (m.kind != "person" || m.pronoun || m.implied || !m.role.empty() || m.id.empty()) continue;
    // "X of the <party>"; "X, issu du parti au pouvoir Y", "X, du parti Y":
    // past the party word and a few modifiers ("au pouvoir").
    int j = -1;
    if (Fold(s, m.e, "of")) {
      j = SkipDet(s, m.e + 1);
    } else if (P(s, m.e, ',') &&
               (Fold(s, m.e + 1, "issu") || Fold(s, m.e + 1, "issue") ||
                Fold(s, m.e + 1, "issus")) &&
               Is(s, m.e + 2, c_.prep_de)) {
      j = SkipDet(s, m.e + 3);
    } else if (P(s, m.e, ',') && Is(s, m.e + 1, c_.prep_de) &&
               StanceWordAt(s, SkipDet(s, m.e + 2), "office_org_class") > 0) {
      j = SkipDet(s, m.e + 2);
    }
    if (j >= 0 && MentionAt(s, j) < 0 && StanceWordAt(s, j, "office_org_class") > 0) {
      int q = j + 1;  // "parti au pouvoir Y", "parti d'opposition Y"
      while (q < j + 4 && MentionAt(s, q) < 0 && s.w[q].word && !s.w[q].upper_initial) ++q;
      if (MentionAt(s, q) >= 0) j = q;
    }
    if (j >= 0) {
      const int om = MentionAt(s, j);
      if (om >= 0 && PartyOfPerson(s, s.men[om], m.id)) {
        const std::string person = m.id, party = s.men[om].id;
        // "the heads of the two main Albanian parties, Ali Ahmeti of the DUI
        // and Menduh Thaçi of the DPA": the list's heads lead their parties.
        int c = m.b - 1;
        while (c >= 0 && c >= m.b - 25 && !P(s, c, ',') && !P(s, c, '.') && !P(s, c, ';') &&
               !Is(s, c, c_.aux) && !Is(s, c, c_.qui) && HitLen(s, c, c_.trigger) == 0)
          --c;
        bool heads = false;
        for (int k = c - 1; P(s, c, ',') && k >= 0 && k >= c - 9 && !heads; --k) {
          if (P(s, k, ',') || P(s, k, '.') || P(s, k, ';')) break;
          // (heads "of" parties: "opposition leaders, among them X of Y"
          // names a member)
          heads = (Fold(s, k, "heads") || Fold(s, k, "leaders") || Fold(s, k, "chairmen") ||
                   Fold(s, k, "chiefs")) &&
                  Fold(s, k + 1, "of");
        }
        if (heads) {
          Emit(s, {person}, "leads", {party}, "leads:heads-of-parties", 0.7);
          continue;
        }
        Emit(s, {person}, "member_of", {party}, "member_of:person-of-party", 0.7);
      }
    }
  }
  if (!s.has_bracket) return;
  for (size_t bi = 0; bi < s.men.size(); ++bi) {
    const Men& m = s.men[bi];
    if (m.kind != "organization" || m.adj || m.implied || m.pronoun || m.id.empty() ||
        !P(s, m.e, '('))
      continue;
    const Actor* body = r_.dict.Find(m.id);
    if (body == nullptr || body->kind != "organization") continue;
    // "(Russie, Biélorussie et Arménie)", "(dont le Mali et le Niger)",
    // "(including Kenya and Uganda)": only states up to the closing bracket.
    int k = m.e + 1;
    while (const int l = HitLen(s, k, c_.list_intro)) k += l;
    std::vector<std::string> members;
    bool closed = false;
    while (!closed) {
      k = SkipDet(s, k);
      const int mi = MentionAt(s, k);
      if (mi < 0 || s.men[mi].b != k || s.men[mi].kind != "country" || s.men[mi].adj ||
          s.men[mi].pronoun || s.men[mi].id.empty())
        break;
      members.push_back(s.men[mi].id);
      k = s.men[mi].e;
      if (P(s, k, ')')) {
        closed = true;
      } else if (P(s, k, ',')) {
        ++k;
        if (Is(s, k, c_.coord)) ++k;
      } else if (Is(s, k, c_.coord)) {
        ++k;
      } else {
        break;
      }
    }
    // One state in brackets is a seat or a host ("l'ONU (Genève)"); a state
    // the body's list leaves out says the brackets are no member list.
    if (!closed || members.size() < 2) continue;
    if (!body->members.empty() &&
        std::any_of(members.begin(), members.end(),
                    [&](const std::string& id) { return !ListedMember(id, m.id); }))
      continue;
    if (std::find(members.begin(), members.end(), m.id) != members.end()) continue;
    const std::string id = m.id;  // Emit may grow the sentence's records
    Emit(s, members, "member_of", {id}, "member_of:brackets", 0.8);
  }
}

void Engine::PossessedBody(Sent& s, int bi) {
  // "X, Y and Z turned their Alliance of Sahel States into a confederation",
  // "Tiani hosted Mali's Goïta and Burkina Faso's Traoré, where the three
  // leaders turned their Alliance ...": "their" stands for the states named
  // before it in the sentence, or for the persons heading them; those the
  // body lists are members (at least two: "their" stands for several).
  const Men& m = s.men[bi];
  if (m.kind != "organization" || m.adj || m.implied || m.id.empty()) return;
  const Actor* body = r_.dict.Find(m.id);
  if (body == nullptr || body->members.empty()) return;
  const std::string id = m.id;
  const int limit = m.b;
  std::vector<std::string> members;
  for (const Men& o : s.men) {
    if (o.b >= limit) break;
    if (o.implied || o.pronoun || o.id.empty() || s.inq[o.b]) continue;
    std::string state;
    if (o.kind == "country" && !o.adj) {
      state = o.id;
    } else if (o.kind == "person") {
      if (const Actor* a = r_.dict.Find(o.id)) {
        for (const Office& office : a->offices) {
          if (office.role == "head_of_state" && ListedMember(office.of, id)) state = office.of;
        }
      }
    }
    if (!state.empty() && ListedMember(state, id) &&
        std::find(members.begin(), members.end(), state) == members.end())
      members.push_back(state);
  }
  if (tracing_)
    Log(s, "  possessed body " + id + ": " + std::to_string(members.size()) + " listed");
  if (members.size() < 2) return;
  Emit(s, members, "member_of", {id}, "member_of:possessive", 0.75);
}

std::vector<std::string> Engine::CountedClauseSubject(const Sent& s, int vb) const {
  // "Those three countries, which expelled French forces, have formed O",
  // "Les trois pays, qui ont quitté la Cedeao, ont créé O": the counted noun
  // opening the sentence, past a relative clause set off by commas.
  const int start = DatelineEnd(s);
  int q = SkipDet(s, start);
  if (Fold(s, q, "these") || Fold(s, q, "those") || Fold(s, q, "ces")) ++q;
  if (CountAt(s, q) < 2 || RoleWordAt(s, q + 1, "member_noun") == 0 || !P(s, q + 2, ',') ||
      !(Is(s, q + 3, c_.qui) || Fold(s, q + 3, "which") || Fold(s, q + 3, "who")))
    return {};
  int k = vb - 1;  // the relative's closing comma, then at most an adverb
  while (k > q + 3 && (IsAdverb(s, k) || Is(s, k, c_.aux))) --k;
  if (k <= q + 3 || !P(s, k, ',')) return {};
  return CountedCountries(s, start, /*latest_only=*/true);
}

std::vector<std::string> Engine::ApposedMembers(const Sent& s, int body_b) const {
  // Back from the body over "a", "an", "un", "une", "both", "fellow",
  // "deux", "tous deux" to the apposition's comma, or to a copula right
  // after its subject ("Turkey is a NATO member").
  int b = body_b - 1;
  while (b >= 0 && (Fold(s, b, "a") || Fold(s, b, "an") || Fold(s, b, "un") || Fold(s, b, "une") ||
                    Fold(s, b, "both") || Fold(s, b, "fellow") || Fold(s, b, "tous") ||
                    Fold(s, b, "toutes") || Fold(s, b, "deux") || Fold(s, b, "two") ||
                    Fold(s, b, "also") || Fold(s, b, "aussi") ||
                    // "X, Y and Z, all GCC members", "Oman, the sixth GCC
                    // member", "Finland, the newest NATO member"
                    Fold(s, b, "all") || Fold(s, b, "the") || Fold(s, b, "another") ||
                    Fold(s, b, "newest") || Fold(s, b, "latest") || Fold(s, b, "only") ||
                    Fold(s, b, "first") || Fold(s, b, "second") || Fold(s, b, "third") ||
                    Fold(s, b, "fourth") || Fold(s, b, "fifth") || Fold(s, b, "sixth") ||
                    Fold(s, b, "seventh") || Fold(s, b, "eighth") || Fold(s, b, "ninth") ||
                    Fold(s, b, "tenth")))
    --b;
  // "Sweden became NATO's 32nd member": a verb of becoming, done, after its
  // subject.
  const bool become = Fold(s, b, "became") || Fold(s, b, "becomes") || Fold(s, b, "devenu") ||
                      Fold(s, b, "devenue") || Fold(s, b, "devient");
  if (b == body_b - 1 && !become) return {};  // "NATO members have agreed": a subject
  if (!P(s, b, ',') && !Is(s, b, c_.etre) && !become) return {};
  const int hm = MentionAt(s, b - 1);
  if (hm < 0 || s.men[hm].e != b || s.men[hm].adj || s.men[hm].pronoun || s.men[hm].id.empty() ||
      s.men[hm].kind != "country")
    return {};
  return Expand(s, hm, -1, false);
}

}  // namespace kzgraph::extract::internal
