// Coordinated holders of one plural title: the
// states and the names are two lists in the same order, paired one by one.
// - English order: "his Russian and Iranian counterparts, X and Y", "the
//   Kenyan and Ugandan presidents, X and Y";
// - French order: "ses homologues malien et nigérien, X et Y", "les
//   ministres des Affaires étrangères rwandais et congolais, X et Y";
// - complement: "the presidents of Kenya and Uganda, X and Y", "les
//   présidents du Kenya et de l'Ouganda, X et Y".
// A counterpart holds the office of the person named before it; a former
// holder ("ancien", "former") gets no edge. Lists of unequal length give
// nothing here (TryRole reads the title as usual).
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

namespace {

struct Holder {
  int b = 0, e = 0;
  std::string id;
  LiteralText rule;
};

}  // namespace

int Engine::TitleHolderAt(Sent& s, int q, std::string* id, LiteralText* rule) {
  id->clear();
  if (const int dl = DictPersonAt(s, q); dl > 0) {
    *id = r_.dict.actors()[DictPersonActor(s, q)].id;
    *rule = "dict:alias";
    return dl;
  }
  const int nl = NameRun(s, q);
  if (nl == 0) return 0;
  std::string discovered;  // PersonFromName's own rule: the title names the person here
  *id = PersonFromName(s, q, q + nl, &discovered);
  *rule = "discover:title";
  return id->empty() ? 0 : nl;
}

int Engine::CountryNameAt(const Sent& s, int c, std::string* id) const {
  const PhraseIndex::Match& cm = DictAt(s, c);
  for (int p : cm.payloads) {
    const NameInfo& nm = r_.dict.name(p);
    if (r_.dict.actors()[nm.actor].kind == "country" && nm.how != NameHow::kAdjective &&
        nm.how != NameHow::kDemonym && nm.how != NameHow::kMetonym) {
      *id = r_.dict.actors()[nm.actor].id;
      return static_cast<int>(cm.length);
    }
  }
  return 0;
}

bool Engine::TryCoordinatedTitle(Sent& s, int i, int title_len, int* next) {
  const int n = static_cast<int>(s.w.size());
  const int j0 = i + title_len;
  if (j0 >= n) return false;
  // The title's head noun is plural: French heads first ("ministres des
  // Affaires étrangères"), English last ("foreign ministers") unless "of"
  // follows it ("secretaries of state").
  bool of_inside = false;
  for (int k = i + 1; k < j0; ++k) of_inside |= Fold(s, k, "of");
  const int head = x_->article.lang == "fr" || of_inside ? i : j0 - 1;
  const std::string& hw = s.w[head].fold;
  if (hw.size() < 4 || hw.back() != 's') return false;

  // The states, in order.
  struct State {
    int b, e;
    std::string id;
    bool add;  // a word this rule reads as the state (not yet a mention)
  };
  std::vector<State> states;
  int j = j0;
  if (i >= 3) {
    // English order: "Russian and Iranian counterparts", "Kenyan, Ugandan and Rwandan presidents".
    int k = i - 1;
    while (k >= 0) {
      const int mi = MentionAt(s, k);
      if (mi < 0 || s.men[mi].kind != "country" || s.men[mi].e != k + 1 || s.men[mi].id.empty())
        break;
      states.insert(states.begin(), {s.men[mi].b, s.men[mi].e, s.men[mi].id, false});
      k = s.men[mi].b - 1;
      if (states.size() == 1) {
        if (!(Fold(s, k, "and") || Fold(s, k, "et"))) break;
      } else if (!P(s, k, ',')) {
        break;
      }
      --k;
    }
    if (states.size() < 2) states.clear();
  }
  const int list_begin = states.empty() ? i : states.front().b;
  if (states.empty()) {
    // French order: "homologues malien et nigérien".
    int k = j;
    for (int round = 0; round < 5; ++round) {
      std::string id;
      const int al = CountryAdjectiveAt(s, k, &id);
      if (al == 0) break;
      states.push_back({k, k + al, id, true});
      k += al;
      if (Fold(s, k, "et") || Fold(s, k, "and")) {
        ++k;
      } else if (!P(s, k, ',') || CountryAdjectiveAt(s, k + 1, &id) == 0) {
        break;
      } else {
        ++k;
      }
    }
    if (states.size() >= 2 && Fold(s, states[states.size() - 1].b - 1, "et")) {
      j = states.back().e;
    } else if (states.size() >= 2 && Fold(s, states[states.size() - 1].b - 1, "and")) {
      j = states.back().e;
    } else {
      states.clear();
    }
  }
  if (states.empty() && (Fold(s, j, "of") || Is(s, j, c_.prep_de))) {
    // Complement: "presidents of Kenya and Uganda", "du Kenya et de l'Ouganda".
    int k = SkipDet(s, j + 1);
    for (int round = 0; round < 5; ++round) {
      std::string id;
      const int cl = CountryNameAt(s, k, &id);
      if (cl == 0) break;
      states.push_back({k, k + cl, id, true});
      k += cl;
      const bool last = Fold(s, k, "et") || Fold(s, k, "and");
      if (!last && !P(s, k, ',')) break;
      ++k;
      if (Fold(s, k, "of") || Is(s, k, c_.prep_de)) ++k;
      k = SkipDet(s, k);
    }
    if (states.size() >= 2 &&
        (Fold(s, states.back().b - 1, "et") || Fold(s, states.back().b - 1, "and") ||
         Is(s, states.back().b - 1, c_.det) || Is(s, states.back().b - 1, c_.prep_de) ||
         Fold(s, states.back().b - 1, "of"))) {
      j = states.back().e;
    } else {
      states.clear();
    }
  }
  // s11args: "ses homologues malien, X, et guinéen, Y": each state's
  // adjective, then its holder between commas.
  std::vector<Holder> holders;
  auto holder_at = [&](int q, Holder* hd) {
    hd->b = q;
    hd->e = q + TitleHolderAt(s, q, &hd->id, &hd->rule);
    return !hd->id.empty();
  };
  // A title's mention (words b..e) pointing to its holder `id`.
  auto title_mention = [&](int b, int e, const std::string& role, const std::string& rel,
                           const std::string& of, const std::string& id, LiteralText rule,
                           bool implied) {
    Men t;
    t.b = b;
    t.e = e;
    t.kind = "person";
    t.role = role;
    t.rel = rel;
    t.of = of;
    t.id = id;
    t.rule = rule;
    t.implied = implied;
    return t;
  };
  // The title's mention and the holder's own name.
  auto add_titled = [&](int b, int e, const std::string& role, const std::string& rel,
                        const std::string& of, const Holder& hd, bool implied) {
    AddMention(s, title_mention(b, e, role, rel, of, hd.id, "title:apposition", implied));
    Men p;
    p.b = hd.b;
    p.e = hd.e;
    p.id = hd.id;
    p.kind = "person";
    p.rule = hd.rule;
    AddMention(s, std::move(p));
  };
  bool interleaved = false;
  if (states.empty() && x_->article.lang != "en") {
    int k = j0;
    for (int round = 0; round < 5 && !interleaved; ++round) {
      std::string id;
      const int al = CountryAdjectiveAt(s, k, &id);
      Holder hd;
      if (al == 0 || !P(s, k + al, ',') || !holder_at(k + al + 1, &hd)) break;
      states.push_back({k, k + al, id, true});
      holders.push_back(hd);
      // The last state comes after "et": "X, et guinéen, Y".
      interleaved = round > 0 && Fold(s, k - 1, "et");
      k = hd.e;
      if (P(s, k, ',')) ++k;
      if (Fold(s, k, "et")) ++k;
    }
    if (interleaved) {
      j = states.front().e;
    } else {
      states.clear();
      holders.clear();
    }
  }
  if (states.empty() && !interleaved) {
    // "Presidents Putin and Lukashenko", "Prime Ministers Sunak and
    // Meloni", "les ministres de la Défense Austin et Pistorius": a plural
    // title before a list of names, no state named; each holder's office of
    // that kind on the article's date names his state. Every name must hold
    // one, else TryRole reads the title as usual.
    std::vector<Holder> named;
    int q = j0;
    while (q < n && named.size() < 6) {
      Holder hd;
      if (!holder_at(q, &hd) || hd.rule != "dict:alias") break;
      named.push_back(hd);
      q = hd.e;
      if (P(s, q, ',') && !(Fold(s, q + 1, "and") || Fold(s, q + 1, "et"))) {
        ++q;
        continue;
      }
      if (P(s, q, ',')) ++q;
      if (Fold(s, q, "and") || Fold(s, q, "et")) {
        ++q;
        continue;
      }
      break;
    }
    if (named.size() < 2 || named.back().e != q ||
        (q < n && (NameRun(s, q) > 0 || DictAt(s, q).length > 0 || Fold(s, q, "s"))))
      return false;
    const LexEntry& te = r_.lex.entry(LexAt(s, i, c_.role).entries[0].first);
    const std::string& trole = te.Get("role");
    const std::string& trel = te.Get("rel");
    if (trel.empty() || trole.empty() || trole == "minister" || trole == "official" ||
        trole == "counterpart" || trole == "institution")
      return false;
    const int before = i - 1;
    if (Fold(s, before, "ancien") || Fold(s, before, "anciens") || Fold(s, before, "former") ||
        Fold(s, before, "late") || Fold(s, before, "feu"))
      return false;
    std::vector<std::string> ofs;
    for (const Holder& hd : named) {
      const Actor* a = r_.dict.Find(hd.id);
      std::string of;
      for (size_t o = 0; a && o < a->offices.size() && of.empty(); ++o) {
        if (a->offices[o].role == trole && a->offices[o].HeldOn(x_->article.date))
          of = a->offices[o].of;
      }
      if (of.empty()) return false;
      ofs.push_back(of);
    }
    for (size_t h = 0; h < named.size(); ++h) {
      bindings_[trole + "|" + ofs[h]] = named[h].id;
      add_titled(i, j0, trole, trel, ofs[h], named[h], h > 0);
    }
    *next = named.back().e;
    return true;
  }
  if (states.size() < 2) return false;

  // The holders, as many as the states: "X and Y", "X, Y et Z".
  int q = interleaved ? holders.back().e : j;
  if (!interleaved && P(s, q, ',')) ++q;
  bool unnamed = false;  // no names follow: the holders on the article's date
  for (size_t h = 0; h < states.size() && !interleaved; ++h) {
    if (h > 0) {
      const bool last = h + 1 == states.size();
      if (last && P(s, q, ',') && (Fold(s, q + 1, "and") || Fold(s, q + 1, "et"))) ++q;
      if (last ? !(Fold(s, q, "and") || Fold(s, q, "et")) : !P(s, q, ',')) return false;
      ++q;
    }
    Holder hd;
    if (!holder_at(q, &hd)) {
      if (h > 0) return false;
      unnamed = true;
      break;
    }
    holders.push_back(hd);
    q = hd.e;
  }
  // The list ends there: "X and Y" is not "X and Y Z's ...".
  if (!unnamed && q < n && (NameRun(s, q) > 0 || DictAt(s, q).length > 0 || Fold(s, q, "s")))
    return false;

  const LexEntry& entry = r_.lex.entry(LexAt(s, i, c_.role).entries[0].first);
  std::string role = entry.Get("role"), rel = entry.Get("rel");
  if (int n2 = HitLen(s, j0, c_.role_dept); n2 > 0 && role == "minister")
    role = r_.lex.entry(LexAt(s, j0, c_.role_dept).entries[0].first).Get("role");
  if (unnamed) {
    // "the Russian and Belarusian presidents", "les présidents russe et
    // biélorusse", "les ministres français et allemand des Affaires
    // étrangères": each state's holder of the office on the article's date
    // (named earlier in the article, else the dictionary's), all of them
    // the title's referents.
    if (int n2 = HitLen(s, j, c_.role_dept); n2 > 0 && role == "minister" && j > j0) {
      role = r_.lex.entry(LexAt(s, j, c_.role_dept).entries[0].first).Get("role");
      j += n2;
    }
    if (rel.empty() || role.empty() || role == "minister" || role == "official" ||
        role == "counterpart" || role == "institution")
      return false;
    const int before = list_begin - 1;
    if (Fold(s, before, "ancien") || Fold(s, before, "anciens") || Fold(s, before, "anciennes") ||
        Fold(s, before, "former") || Fold(s, before, "late") || Fold(s, before, "feu") ||
        Fold(s, before, "futur") || Fold(s, before, "futurs") || Fold(s, before, "incoming") ||
        Fold(s, before, "next") || Fold(s, before, "prochains"))
      return false;
    std::vector<std::string> roles = {role};
    if (role == "head_of_state")
      roles = {"head_of_state", "chair", "secretary_general", "head_of_government"};
    if (role == "head_of_government") roles = {"head_of_government", "head_of_state"};
    std::vector<std::string> ids;
    for (const State& st : states) {
      std::string who;
      for (size_t r = 0; r < roles.size() && who.empty(); ++r) {
        if (auto it = bindings_.find(roles[r] + "|" + st.id); it != bindings_.end()) who = it->second;
      }
      for (size_t r = 0; r < roles.size() && who.empty(); ++r) {
        if (const Actor* a = r_.dict.Holder(roles[r], st.id, x_->article.date)) who = a->id;
      }
      if (who.empty() || std::find(ids.begin(), ids.end(), who) != ids.end()) return false;
      ids.push_back(who);
    }
    for (size_t h = 0; h < states.size(); ++h) {
      if (states[h].add)
        AddImpliedMention(s, states[h].b, states[h].e, states[h].id, "country", "title:of");
    }
    for (size_t h = 0; h < states.size(); ++h) {
      // The title's words point to the first holder, its group to all.
      Men t = title_mention(i, j, role, rel, states[h].id, ids[h], "title:dictionary", h > 0);
      if (h == 0) t.group = ids;
      AddMention(s, std::move(t));
    }
    *next = j;
    return true;
  }
  if (role == "counterpart") {
    // The office of the person named before the title, else the holders' own.
    std::string office = OfficeOfPersonBefore(s, list_begin);
    for (size_t h = 0; h < holders.size() && office.empty(); ++h) {
      if (const Office* o = OfficeOnDate(holders[h].id, states[h].id)) office = o->role;
    }
    if (office.empty()) return false;
    role = office;
    rel = IsHeadRole(office) ? "leads" : "official_of";
  }
  // "the former Kenyan and Ugandan presidents": no edge.
  const int before = list_begin - 1;
  if (Fold(s, before, "ancien") || Fold(s, before, "anciens") || Fold(s, before, "anciennes") ||
      Fold(s, before, "former") || Fold(s, before, "late") || Fold(s, before, "feu"))
    rel.clear();

  for (size_t h = 0; h < states.size(); ++h) {
    if (states[h].add)
      AddImpliedMention(s, states[h].b, states[h].e, states[h].id, "country", "title:of");
  }
  for (size_t h = 0; h < holders.size(); ++h) {
    if (!rel.empty()) bindings_[role + "|" + states[h].id] = holders[h].id;
    // Interleaved, each holder's title ends at its own adjective; else the
    // title's words point to the first holder.
    add_titled(interleaved && h > 0 ? states[h].b : i, interleaved ? states[h].e : j, role, rel,
               states[h].id, holders[h], h > 0 && !interleaved);
  }
  *next = holders.back().e;
  return true;
}

}  // namespace kzgraph::extract::internal
