// Coreference: institutions, roles and offices, pronouns, speakers.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

void Engine::ResolveInstitutions() {
  for (Sent& s : sents_) {
    // A title's body named by its kind only ("le président du Parlement, X"):
    // that institution of the one state the sentence names before, else of
    // the page's (TryRole writes "institution:<name>").
    auto resolve = [&](std::string* id, int pos) {
      if (id->compare(0, 12, "institution:") != 0) return;
      std::string country;
      for (const Men& c : s.men) {
        if (c.b >= pos) break;
        if (c.kind != "country" || c.id.empty() || c.pronoun || c.implied) continue;
        if (!country.empty() && country != c.id) {
          country.clear();
          break;
        }
        country = c.id;
      }
      if (country.empty() && focus_clear_) country = focus_;
      *id = country.empty() ? "" : InstitutionId(country, id->substr(12));
    };
    for (Men& m : s.men) {
      if (!m.of.empty() && !m.role.empty() && m.role != "institution") resolve(&m.of, m.b);
      if (m.implied && m.rule == "title:of") {
        resolve(&m.id, m.b);
        if (m.id.empty()) m.kind.clear();
      }
    }
    for (Men& m : s.men) {
      if (m.role != "institution") continue;
      m.role.clear();
      // "In Kyrgyzstan, ... Kyrgyz soldiers ...; the parliament approved": the
      // one state the sentence named before, else the page's.
      std::string country;
      // A bare junta or regular army is the page's own state's, not that of
      // the state the sentence named first ("X received a critic of the junta").
      const bool own = known_only_institutions_.count(m.of) > 0;
      for (const Men& c : s.men) {
        if (own || c.b >= m.b) break;
        if (c.kind != "country" || c.id.empty() || c.pronoun) continue;
        if (!country.empty() && country != c.id) {
          country.clear();
          break;
        }
        country = c.id;
      }
      if (country.empty()) country = focus_;
      // A bare opposition ("l'opposition") is the page's state's, and none
      // when its sentence names that state: "Moscou, que l'opposition
      // soupçonne" sets the opposition against a state, most often another's.
      if (m.of == "opposition") {
        country = focus_;
        for (const Men& c : s.men) {
          if (c.b >= m.b) break;
          const bool dateline = c.e + 1 < static_cast<int>(s.w.size()) && P(s, c.e, ',') &&
                                !s.w[c.e + 1].fold.empty() &&
                                std::isdigit(static_cast<unsigned char>(s.w[c.e + 1].fold[0]));
          if (c.kind == "country" && c.id == country && !c.pronoun &&
              c.rule.compare(0, 5, "dict:") == 0 && !dateline)
            country.clear();
        }
      }
      // "The Burkinabe junta expelled ... the junta accused": a bare junta or
      // army is the body of that kind the page named last, before the page's.
      if (std::string named = own ? LastNamedBody(s, m) : ""; !named.empty()) {
        m.id = named;
      } else {
        m.id = country.empty() ? "" : InstitutionId(country, m.of);
      }
      m.of = country;
      if (m.id.empty()) m.kind.clear();
    }
  }
}

// The organization named last before `m` (in its sentence, then up to eight
// sentences back) that shares a head word with it ("junta", "armée").
std::string Engine::LastNamedBody(const Sent& s, const Men& m) const {
  auto shares_word = [&](const Sent& cs, const Men& c) {
    for (int i = m.b; i < m.e; ++i) {
      if (s.w[i].fold.size() < 4) continue;
      for (int j = c.b; j < c.e; ++j)
        if (cs.w[j].fold == s.w[i].fold) return true;
    }
    return false;
  };
  for (int back = 0; back <= 8 && back <= static_cast<int>(s.index); ++back) {
    const Sent& cs = back == 0 ? s : sents_[s.index - back];
    for (int k = static_cast<int>(cs.men.size()) - 1; k >= 0; --k) {
      const Men& c = cs.men[k];
      if (back == 0 && c.b >= m.b) continue;
      if (c.kind != "organization" || c.id.empty() || c.pronoun || !c.role.empty()) continue;
      if (shares_word(cs, c)) return c.id;
    }
  }
  return "";
}

const Office* Engine::OfficeOnDate(const std::string& person, const std::string& of) const {
  return OfficeOfActorOnDate(r_.dict.Find(person), of);
}

const Office* Engine::OfficeOnDate(const Men& person) const {
  return x_->article.date.empty() ? nullptr : OfficeOfActorOnDate(ActorOf(person), "");
}

const Office* Engine::OfficeOfActorOnDate(const Actor* a, const std::string& of) const {
  const std::string& date = x_->article.date;
  if (!a || date.empty()) return nullptr;
  for (const Office& o : a->offices) {
    if (!of.empty() && o.of != of) continue;
    if (o.HeldOn(date)) return &o;
  }
  return nullptr;
}

std::string Engine::OfficeCountryOfPersonBefore(const Sent& s, int limit) const {
  // "her spokesman": the nearest woman named before, "his": the nearest man.
  const std::string gender = Fold(s, limit, "her") ? "f" : Fold(s, limit, "his") ? "m" : "";
  for (int mi = static_cast<int>(s.men.size()) - 1; mi >= 0; --mi) {
    const Men& m = s.men[mi];
    if (m.b >= limit || m.kind != "person" || m.pronoun || m.implied) continue;
    // "le président russe ..., en présence de son ministre": a title whose
    // holder is not resolved yet (ResolveRoles) still names its state.
    // (near, and with no state or body named in between: "Le Premier
    // ministre arménien ... Le Kremlin a répondu par la voix de son
    // porte-parole" is the Kremlin's)
    if (m.id.empty()) {
      if (m.role.empty() || m.rel.empty() || m.of.empty() || m.b < limit - 20) continue;
      for (const Men& o : s.men) {
        if (o.b >= m.e && o.b < limit && !o.implied && !o.adj && !o.pronoun &&
            (o.kind == "country" || o.kind == "organization"))
          return "";
      }
      return m.of;
    }
    if (const Actor* a = r_.dict.Find(m.id);
        a && !gender.empty() && !a->gender.empty() && a->gender != gender)
      continue;
    if (!m.of.empty() && !m.rel.empty()) return m.of;
    if (const Office* o = OfficeOnDate(m)) return o->of;
    return "";
  }
  return "";
}

// Titles without a name: the person the article named so, else the
// dictionary's holder of the office on the article's date.
void Engine::ResolveRoles() {
  for (Sent& s : sents_) {
    PossessiveTitleOwner(s);
    PossessiveTitleNamedNext(s);
    TitleCountryFromContext(s);
    for (Men& m : s.men) {
      if (m.role.empty() || !m.id.empty() || m.role == "institution") continue;
      // "the former French president", "l'ancien ministre russe de la
      // Défense": a past holder's title (rel cleared) is not today's holder.
      if (m.rel.empty()) continue;
      // "dismissed as head of the KNB", "démis de son poste de chef de",
      // "comme ministre": a title predicated of someone, no reference of its own.
      if (int p = Is(s, m.b - 1, c_.det) ? m.b - 2 : m.b - 1;
          Fold(s, p, "as") || Fold(s, p, "comme") ||
          ((Fold(s, p, "que") || Fold(s, p, "qu")) && Fold(s, p - 1, "tant")) ||
          (Is(s, p, c_.prep_de) && (Fold(s, p - 1, "poste") || Fold(s, p - 1, "fonctions"))))
        continue;
      std::string who;
      std::vector<std::string> roles = {m.role};
      if (m.role == "head_of_state")
        roles = {"head_of_state", "chair", "secretary_general", "head_of_government"};
      if (m.role == "head_of_government") roles = {"head_of_government", "head_of_state"};
      // "le chef du Kremlin", "the head of the Kremlin": a state's head.
      const Actor* c = r_.dict.Find(m.of);
      if (m.role == "head" && c && c->kind == "country") {
        // "the Russian chief of the general staff", "le chef russe des
        // services secrets": a head word whose complement names a body the
        // mention does not cover heads that body, not the state.
        if (int q = m.e; Fold(s, q, "of") || Fold(s, q, "de") || Fold(s, q, "du") ||
                         Fold(s, q, "des") || Fold(s, q, "d")) {
          const int j = SkipDet(s, q + 1);
          if (j < static_cast<int>(s.w.size()) && MentionAt(s, j) < 0 && s.w[j].word &&
              !IsNameWord(s, j))
            continue;
        }
        roles = {"head", "head_of_state"};
      }
      // "the head of the CIA", "le patron du Mossad", "the Knesset speaker":
      // a body's head is its secretary general (director) or its chair; a
      // chairman's or speaker's title names the chair first. A head of one
      // field ("the UN refugee chief": official_of) or a founder is not.
      const std::string& w = s.w[m.b].fold;
      // "SADC's chairman, Zambia's President X": the apposition names him.
      const bool apposed = P(s, m.e, ',') && (IsNameWord(s, m.e + 1) || MentionAt(s, m.e + 1) >= 0);
      if (m.role == "head" && m.rel == "leads" && c && c->kind == "organization" && !apposed &&
          w != "founder" && w != "fondateur" && w != "fondatrice") {
        const bool chair_word = w == "chairman" || w == "chairwoman" || w == "chairperson" ||
                                w == "chair" || w == "speaker" || w == "president" ||
                                w == "presidente";
        roles = chair_word ? std::vector<std::string>{"head", "chair", "secretary_general"}
                           : std::vector<std::string>{"head", "secretary_general", "chair"};
      }
      // The office itself first (the article's holder, then the
      // dictionary's), then the kindred offices: "le chef de l'État" is the
      // president the dictionary knows before a prime minister the article names.
      // A bare "ministre" or "ambassadeur" names no office precisely enough
      // for the dictionary to pick its holder.
      const bool dictionary = m.role != "minister" && m.role != "official";
      auto holder = [&](size_t from, size_t to) {
        for (size_t q = from; q < to && who.empty(); ++q) {
          auto it = bindings_.find(roles[q] + "|" + m.of);
          if (it != bindings_.end()) {
            who = it->second;
            m.rule = "title:article";
          }
        }
        for (size_t q = from; q < to && who.empty() && dictionary; ++q) {
          if (const Actor* a = r_.dict.Holder(roles[q], m.of, x_->article.date)) {
            who = a->id;
            m.rule = "title:dictionary";
          }
        }
      };
      // "Prime Minister Albin Kurti ... the Kosovo leader": a generic head's
      // title is the head the article named by another head office, unless
      // the article names the dictionary's head of state too.
      const bool generic = m.role == "head_of_state" &&
                           (Fold(s, m.b, "leader") || Fold(s, m.b, "dirigeant") ||
                            Fold(s, m.b, "dirigeante") || Fold(s, m.b, "strongman"));
      if (generic && bindings_.find(roles[0] + "|" + m.of) == bindings_.end()) {
        const Actor* head = r_.dict.Holder(roles[0], m.of, x_->article.date);
        bool named = false;
        for (size_t o = 0; head && !named && o < sents_.size(); ++o) {
          for (const Men& p : sents_[o].men) named |= p.kind == "person" && p.id == head->id;
        }
        for (size_t q = 1; q < roles.size() && who.empty() && !named; ++q) {
          if (auto it = bindings_.find(roles[q] + "|" + m.of); it != bindings_.end()) {
            who = it->second;
            m.rule = "title:article";
          }
        }
      }
      holder(0, 1);
      holder(1, roles.size());
      if (who.empty() && m.b <= 2 && !m.rel.empty() && !m.of.empty() &&
          &s - sents_.data() + 1 < static_cast<std::ptrdiff_t>(sents_.size())) {
        // "Le Premier ministre kosovar n'en croit rien. Albin Kurti accuse
        // ...": a title opening a sentence, named by the next one's first word.
        const Sent& next = sents_[&s - sents_.data() + 1];
        for (const Men& p : next.men) {
          if (p.b != 0 || p.kind != "person" || p.pronoun || p.implied || p.id.empty() ||
              !p.role.empty())
            continue;
          bool other_office = false;
          if (const Actor* a = r_.dict.Find(p.id)) {
            for (const Office& o : a->offices) other_office |= o.of != m.of;
          }
          if (!other_office) {
            who = p.id;
            m.rule = "title:next-sentence";
            bindings_.emplace(m.role + "|" + m.of, who);  // "son gouvernement" later
          }
          break;
        }
      }
      if (who.empty()) {
        m.kind.clear();  // unknown holder: not an actor
        continue;
      }
      m.id = who;
    }
  }
}

std::string Engine::PersonState(const std::string& id) const {
  std::string of;
  if (const Office* o = OfficeOnDate(id, "")) {
    of = o->of;
  } else {
    for (const auto& [key, who] : bindings_) {
      if (who == id) of = key.substr(key.find('|') + 1);
    }
  }
  const Actor* a = r_.dict.Find(of);
  return a && a->kind == "country" ? of : "";
}

int Engine::OpeningPossessiveState(const Sent& s) const {
  // Maybe after a conjunction: "Mais son gouvernement".
  const int k = Is(s, 0, c_.coord) || Fold(s, 0, "mais") || Fold(s, 0, "but") ? 1 : 0;
  if (!(Fold(s, k, "son") || Fold(s, k, "sa") || Fold(s, k, "ses") || Fold(s, k, "leur") ||
        Fold(s, k, "its") || Fold(s, k, "their")))
    return -1;
  if (MentionAt(s, k + 1) >= 0 || StateNounAt(s, k + 1) == 0) return -1;
  return k;
}

std::string Engine::SubjectCountry(const Sent& s, bool alone) const {
  // "Son gouvernement a déploré": the state of the subject before.
  if (OpeningPossessiveState(s) >= 0) {
    const std::ptrdiff_t at = &s - sents_.data();
    std::string state;
    if (at > 0 && sents_[at - 1].index + 1 == s.index && &sents_[at] == &s) {
      const Sent& prev = sents_[at - 1];
      if (OpeningPossessiveState(prev) < 0) state = SubjectCountry(prev, false);
    }
    if (state.empty() || !alone) return state;
    for (const Men& o : s.men) {
      if (!o.adj && !o.pronoun && o.kind == "country" && !o.id.empty() && o.id != state) return "";
    }
    return state;
  }
  for (const Men& m : s.men) {
    if (m.implied || m.adj || m.kind.empty() || m.pronoun || s.inq[m.b]) continue;
    if (m.id.empty()) return "";
    if (IsComplement(s, m) && !IsOrganOf(s, m)) continue;
    // The sentence opens with it, maybe after a conjunction, an adverb or
    // a fronted adjunct and its comma ("In Yerevan, X"); else what comes
    // first is no subject ("Troops from Uganda, Burundi ...").
    int k = m.b - 1;
    while (k >= 0 && (Is(s, k, c_.det) || P(s, k, '<') || P(s, k, '"') || Is(s, k, c_.coord) ||
                      Fold(s, k, "but") || Fold(s, k, "mais") || IsAdverb(s, k)))
      --k;
    if (k >= 0 && !(P(s, k, ',') && (Is(s, 0, c_.prep) || IsAdverb(s, 0)))) return "";
    std::string country;
    if (m.kind == "country") {
      country = m.id;
    } else if (m.kind == "person") {
      country = !m.of.empty() && !m.rel.empty() ? m.of : PersonState(m.id);
    }
    const Actor* a = r_.dict.Find(country);
    if (!a || a->kind != "country") return "";
    if (!alone) return country;
    // "Tokaïev a parlé au président Poutine": another state named too.
    for (const Men& o : s.men) {
      if (o.id.empty() || o.id == country || o.pronoun || o.adj) continue;
      std::string other;
      if (o.kind == "country") {
        other = o.id;
      } else if (o.kind == "person") {
        if (!o.of.empty() && !o.rel.empty()) {
          other = o.of;
        } else if (const Office* off = OfficeOnDate(o.id, "")) {
          other = off->of;
        }
      }
      if (const Actor* oa = r_.dict.Find(other); oa && oa->kind == "country" && other != country)
        return "";
    }
    return country;
  }
  return "";
}

// "Ethiopia warned ... Foreign Minister Taye Atske Selassie said", "Le
// président français ... Le ministre des Affaires étrangères, Bernard
// Kouchner": a state's title naming its holder but no country is in the
// country of the sentence before's subject, when the dictionary does not
// know the person's offices.
void Engine::TitleCountryFromContext(Sent& s) {
  const std::ptrdiff_t at = &s - sents_.data();
  if (at <= 0) return;
  const Sent& prev = sents_[at - 1];
  if (prev.index + 1 != s.index) return;
  std::string country;
  bool looked = false;
  for (Men& m : s.men) {
    if (m.role.empty() || m.rel.empty() || !m.of.empty() || m.id.empty() ||
        m.rule != "title:apposition" || s.inq[m.b])
      continue;
    // "Deputy Prime Minister for Reintegration": a minister below the head.
    bool minister = false;
    for (int k = m.b; k < m.e; ++k) minister |= Fold(s, k, "minister") || Fold(s, k, "ministre");
    if (!IsStateTitle(s, m.b, m.role) && !(m.role == "official" && minister)) continue;
    if (Is(s, m.b - 1, c_.possessive)) continue;              // "son ministre": TryRole's own rule
    if (Fold(s, m.b, "premier") && m.e == m.b + 1) continue;  // "le premier président"
    if (IsComplement(s, m)) continue;  // "reçue par le président X": not the subject's
    // "président de l'association": the complement's office.
    if (Is(s, m.e, c_.prep_de) || Fold(s, m.e, "of")) continue;
    // A person the dictionary gives offices up to this date held another one.
    bool past_office = false;
    if (const Actor* a = r_.dict.Find(m.id)) {
      for (const Office& o : a->offices) past_office |= o.from <= x_->article.date;
    }
    if (past_office) continue;
    // Another country named before the title in its sentence may be the one.
    bool other = false;
    for (const Men& c : s.men) {
      if (c.b >= m.b) break;
      other |= c.kind == "country" && !c.id.empty();
    }
    if (other) continue;
    if (!looked) {
      country = SubjectCountry(prev);
      looked = true;
    }
    if (country.empty()) return;
    // A single-holder office another person holds in that state on the
    // date ("President Tokayev ... President Ali Berdanov") is not this one's.
    if (m.role != "official" && m.role != "minister" && m.role != "spokesperson") {
      auto it = bindings_.find(m.role + "|" + country);
      if (it != bindings_.end() && it->second != m.id) continue;
      if (const Actor* h = r_.dict.Holder(m.role, country, x_->article.date); h && h->id != m.id)
        continue;
    }
    m.of = country;
    m.rule = "title:context";
    if (tracing_)
      Log(s, "  title '" + Surface(s, m.b, m.e) + "' of " + country + " (subject before)");
  }
}

// "..., according to Foro Penal, a legal aid group. Its director, Alfredo
// Romero, blamed ...": a body's office ("its director", "its spokesman")
// whose owner the sentence does not name is in the only organization the
// sentence before named.
void Engine::PossessiveTitleOwner(Sent& s) {
  const std::ptrdiff_t at = &s - sents_.data();
  if (at <= 0 || sents_[at - 1].index + 1 != s.index) return;
  for (Men& m : s.men) {
    if (m.role.empty() || m.rel.empty() || !m.of.empty() || m.id.empty() || s.inq[m.b]) continue;
    // English "its" owns no person's office; French "son" may be a man's.
    if (!Fold(s, m.b - 1, "its")) continue;
    if (IsStateTitle(s, m.b, m.role) || m.role == "head_of_state") continue;  // a state's
    if (OfficeOnDate(m) != nullptr) continue;
    // Nothing before it in its sentence could own it.
    bool owner_here = false;
    for (const Men& o : s.men) {
      if (o.b >= m.b) break;
      owner_here |= !o.id.empty() && (o.kind == "organization" || o.kind == "country");
    }
    if (owner_here) continue;
    std::set<std::string> orgs;
    for (const Men& o : sents_[at - 1].men) {
      if (o.kind == "organization" && !o.id.empty() && !o.implied && !o.adj) orgs.insert(o.id);
      // A state may own it too; not one in a compound ("Caracas-based").
      const Sent& p = sents_[at - 1];
      if (o.kind == "country" && !o.id.empty() && !o.adj &&
          !(o.e < static_cast<int>(p.w.size()) && p.w[o.e].hyphen_before))
        return;
    }
    if (orgs.size() != 1) continue;
    m.of = *orgs.begin();
    m.rule = "title:possessive";
    if (tracing_)
      Log(s, "  title '" + Surface(s, m.b - 1, m.e) + "' of " + m.of + " (sentence before)");
  }
}

// "The Senegalese head of state ... His prime minister was less
// conciliatory. Ousmane Sonko, ...": a possessive state title opening a
// sentence, with no name, is an office in the state of the person it points
// back to, and the next sentence's opening name holds it.
void Engine::PossessiveTitleNamedNext(Sent& s) {
  const std::ptrdiff_t at = &s - sents_.data();
  if (at <= 0 || at + 1 >= static_cast<std::ptrdiff_t>(sents_.size())) return;
  const Sent& prev = sents_[at - 1];
  const Sent& next = sents_[at + 1];
  if (prev.index + 1 != s.index || next.index != s.index + 1) return;
  const int i = 1;
  if (!Is(s, 0, c_.possessive) || MentionAt(s, i) >= 0 || HitLen(s, i, c_.role) == 0) return;
  const LexEntry& e = r_.lex.entry(LexAt(s, i, c_.role).entries[0].first);
  const std::string& role = e.Get("role");
  if (!IsStateTitle(s, i, role) && role != "head_of_state") return;
  const int j = i + HitLen(s, i, c_.role);
  if (Is(s, j, c_.prep_de) || Fold(s, j, "of") || IsNameWord(s, j) || P(s, j, ',')) return;
  // The owner: "his"/"her" the person of that gender named before, "son"/"sa"
  // the subject before.
  const char gender = Fold(s, 0, "his") ? 'm' : Fold(s, 0, "her") ? 'f' : 0;
  std::string state;
  for (int mi = static_cast<int>(prev.men.size()) - 1; mi >= 0 && state.empty(); --mi) {
    const Men& m = prev.men[mi];
    if (m.kind != "person" || m.pronoun || m.implied || m.id.empty()) continue;
    if (gender != 0 && GenderClash(m.id, gender)) continue;
    state = !m.of.empty() && !m.rel.empty() ? m.of : PersonState(m.id);
    if (gender == 0) break;
  }
  if (state.empty()) return;
  // The holder opens the next sentence ("Ousmane Sonko, ...").
  const Men* holder = nullptr;
  for (const Men& p : next.men) {
    if (p.b != 0) break;
    if (p.kind == "person" && !p.pronoun && !p.implied && !p.id.empty() && p.role.empty())
      holder = &p;
  }
  if (!holder || (OfficeOnDate(holder->id, "") && PersonState(holder->id) != state)) return;
  if (auto it = bindings_.find(role + "|" + state);
      it != bindings_.end() && it->second != holder->id)
    return;
  Men m;
  m.b = i;
  m.e = j;
  m.kind = "person";
  m.role = role;
  m.rel = e.Get("rel");
  m.of = state;
  m.id = holder->id;
  m.rule = "title:next-sentence";
  bindings_.emplace(role + "|" + state, holder->id);
  if (tracing_)
    Log(s, "  title '" + Surface(s, 0, j) + "' of " + state + " -> " + holder->id +
               " (next sentence)");
  InsertMention(s, std::move(m));
}

std::string Engine::KindOf(const Sent& s, const std::string& id) const {
  if (const Actor* a = r_.dict.Find(id)) return a->kind;
  for (auto m = s.men.rbegin(); m != s.men.rend(); ++m) {
    if (m->id == id) return m->kind;
  }
  return "";
}

std::string Engine::IdOf(const Sent& s, int mi) const {
  const Men& m = s.men[mi];
  if (m.plural) return s.speaker;
  if (m.pronoun) return ResolvePronoun(s, m.b);
  if (m.kind == "location" && !m.of.empty()) return m.of;  // a capital standing for its state
  return m.id;
}

char Engine::PronounGender(const Sent& s, int pos) const {
  if (pos < 0 || pos >= static_cast<int>(s.w.size())) return 0;
  const std::string& f = s.w[pos].fold;
  if (f == "il" || f == "he" || f == "him" || f == "his") return 'm';
  if (f == "elle" || f == "she" || f == "her") return 'f';
  // "selon lui", "pour lui": the stressed form is masculine; the dative
  // clitic ("lui a dit") is either.
  if (f == "lui" && (Is(s, pos - 1, c_.according) || Is(s, pos - 1, c_.prep))) return 'm';
  return 0;
}

bool Engine::GenderClash(const std::string& id, char gender) const {
  if (gender == 0 || id.empty()) return false;
  const Actor* a = r_.dict.Find(id);
  return a && !a->gender.empty() && a->gender[0] != gender;
}

bool Engine::RelativeAntecedent(const Sent& s, const Men& m, int pos) const {
  // "Antony Blinken, à qui il a demandé", "Poutine, avec qui il dit s'être
  // entretenu", "Perthes, whom he accused": the subject of a relative clause
  // is not the antecedent of its relative pronoun.
  int k = pos - 1;
  if (!(Is(s, k, c_.qui) || Fold(s, k, "whom") || Fold(s, k, "dont") || Fold(s, k, "lequel") ||
        Fold(s, k, "laquelle") || Fold(s, k, "que") || Fold(s, k, "qu")))
    return false;
  --k;
  if (Is(s, k, c_.prep) || Fold(s, k, "a") || Fold(s, k, "avec") || Fold(s, k, "with") ||
      Fold(s, k, "to") || Fold(s, k, "pour") || Fold(s, k, "for") || Fold(s, k, "par") ||
      Fold(s, k, "by") || Fold(s, k, "contre") || Fold(s, k, "against"))
    --k;
  if (P(s, k, ',')) --k;
  return k == m.e - 1;
}

std::string Engine::ResolvePronoun(const Sent& s, int pos) const {
  const char gender = PronounGender(s, pos);
  const bool quoted = pos >= 0 && pos < static_cast<int>(s.w.size()) && s.inq[pos];
  // the nearest person named earlier in the same sentence: not one named
  // inside a quotation the pronoun is outside of ("« ... le président
  // Bazoum ... », a-t-il déclaré"), nor one of the other gender, nor the
  // antecedent of the relative clause the pronoun is the subject of.
  std::string antecedent;
  // "Il s'est entretenu avec X, puis, à la demande du président Y, il a
  // appelé Z": a subject pronoun repeated in the sentence keeps the first
  // one's referent over persons named as objects or complements in between.
  // (Not an inverted incise, "dont l'aide, a-t-il dit,": its clause's
  // arguments are read elsewhere.)
  int prior = -1;
  if (Is(s, pos, c_.pron_subj) && !s.w[pos].hyphen_before) {
    for (const Men& m : s.men) {
      if (m.b >= pos) break;
      if (m.pronoun && !m.plural && s.w[m.b].fold == s.w[pos].fold && s.inq[m.b] == quoted)
        prior = m.b;
    }
  }
  auto object_like = [&](const Men& m) {
    if (IsComplement(s, m)) return true;
    int k = m.b - 1;
    if (int tm = MentionAt(s, k); tm >= 0 && !s.men[tm].role.empty() && s.men[tm].e == m.b)
      k = s.men[tm].b - 1;
    while (k > 0 && Is(s, k, c_.det)) --k;
    return k >= 0 && s.w[k].word && !s.w[k].upper_initial && !Is(s, k, c_.coord) &&
           !Is(s, k, c_.que) && !Is(s, k, c_.qui) && !Fold(s, k, "that") &&
           !Fold(s, k, "but") && !Fold(s, k, "mais") && !Fold(s, k, "puis") &&
           !Fold(s, k, "then");
  };
  // "X met Y in Minsk, and he later criticized Z", "X a reçu Y, puis il a
  // critiqué Z": a subject pronoun opening a coordinated clause continues
  // the first clause's subject, not a person named as its object.
  bool after_coord = false;
  if (Is(s, pos, c_.pron_subj) && !s.w[pos].hyphen_before && !quoted) {
    int k = pos - 1;
    while (k > 0 && (IsAdverb(s, k) || P(s, k, ','))) --k;
    after_coord = Fold(s, k, "and") || Fold(s, k, "et") || Fold(s, k, "but") ||
                  Fold(s, k, "mais") || Fold(s, k, "puis") || Fold(s, k, "then");
  }
  for (int mi = static_cast<int>(s.men.size()) - 1; mi >= 0; --mi) {
    const Men& m = s.men[mi];
    if (prior >= 0 && m.b == prior) return ResolvePronoun(s, prior);
    if ((prior >= 0 || after_coord) && (after_coord || m.b > prior) && m.b < pos &&
        m.kind == "person" && !m.pronoun && object_like(m))
      continue;
    if (m.b < pos && m.kind == "person" && !m.pronoun && !m.id.empty() && !m.implied) {
      if (!quoted && s.inq[m.b]) continue;
      if (antecedent.empty() && RelativeAntecedent(s, m, pos)) antecedent = m.id;
      if (GenderClash(m.id, gender) || m.id == antecedent) continue;
      return m.id;
    }
  }
  if (!s.speaker.empty() && !GenderClash(s.speaker, gender)) {
    const Actor* a = r_.dict.Find(s.speaker);
    if (!a || a->kind == "person") return s.speaker;
    // "La France a assuré qu'elle soutiendrait l'Ukraine", "le G7 a indiqué
    // qu'il": a state or body that speaks is the pronoun opening the clause
    // it reports.
    if (!quoted && s.speaker_pos >= 0 && s.speaker_pos < pos && Is(s, pos - 1, c_.que) &&
        Is(s, pos, c_.pron_subj))
      return s.speaker;
  }
  // "He was received by X. ... he also signed": consecutive opening subject
  // pronouns of one form stand for one person, whoever else the sentence
  // before named as agent or object (not if it gave another speaker).
  if (const std::ptrdiff_t at = &s - sents_.data();
      at > 0 && at < static_cast<std::ptrdiff_t>(sents_.size()) && !quoted &&
      OpeningPronounPos(s) == pos) {
    const Sent& prev = sents_[at - 1];
    if (prev.index + 1 == s.index && !prev.opening_pronoun_id.empty() &&
        prev.opening_pronoun == s.w[pos].fold &&
        (prev.speaker.empty() || prev.speaker == prev.opening_pronoun_id))
      return prev.opening_pronoun_id;
  }
  return RecentPersonFor(s, gender);
}

int Engine::OpeningPronounPos(const Sent& s) const {
  const int n = static_cast<int>(s.w.size());
  for (int j = 0; j < std::min(n, 10); ++j) {
    if (s.inq[j] || P(s, j, '.') || P(s, j, ';') || P(s, j, ':')) return -1;
    const int mi = MentionAt(s, j);
    // A named actor opens it; a place or complement may ("In Kyiv, he").
    if (mi >= 0 && !s.men[mi].pronoun && !IsComplement(s, s.men[mi])) return -1;
    if (!Is(s, j, c_.pron_subj)) continue;
    // "In a tour that began in May he was received": any opening phrase
    // with no actor of its own.
    if (mi < 0 || s.men[mi].plural) return -1;
    return j;
  }
  return -1;
}

std::string Engine::RecentPersonFor(const Sent& s, char gender) const {
  if (gender == 0 || last_person_.empty()) return last_person_;
  // "Victoria Nuland met ... Gen. Moussa Salaou Barmou. She described": a
  // feminine pronoun after a person of unknown or other gender goes to the
  // last woman named in the two sentences before, if any.
  const Actor* last = r_.dict.Find(last_person_);
  const bool known = last && !last->gender.empty();
  if (known && last->gender[0] == gender) return last_person_;
  if (!known && gender != 'f') return last_person_;
  for (auto it = recent_persons_.rbegin(); it != recent_persons_.rend(); ++it) {
    if (it->sent + 2 < s.index) break;
    const Actor* a = r_.dict.Find(it->id);
    if (a && !a->gender.empty() && a->gender[0] == gender) return it->id;
  }
  return known ? "" : last_person_;
}

void Engine::FindSpeaker(Sent& s) {
  if (!AnyHit(s, c_.according) && !AnyHit(s, c_.speech)) return;  // no cue: no speaker
  const int n = static_cast<int>(s.w.size());
  size_t next_cue = 0;
  for (int i = 0; i < n; ++i) {
    if ((i = NextAt(s.speech_at, &next_cue, i, n)) >= n) break;
    // "selon X", "d'après X", "according to X", sentence-initial "Pour X,"
    if (int len = WordHitLen(s, i, c_.according); len > 0) {
      if (s.w[i].fold == "pour" && i != 0) continue;
      int j = SkipDet(s, i + len);
      // "Dmitri Peskov, selon qui Kiev était derrière", "X, according to
      // whom": the relative's antecedent speaks.
      if (Is(s, j, c_.qui) || Fold(s, j, "whom")) {
        const int am = MentionAt(s, P(s, i - 1, ',') ? i - 2 : i - 1);
        if (am >= 0 && !s.men[am].adj && !s.men[am].pronoun && !s.men[am].id.empty()) {
          s.speaker = s.men[am].id;
          s.speakers = {s.speaker};
          s.speaker_pos = i;
          return;
        }
      }
      int mi = MentionAt(s, j);
      // "according to the Kazakh leader": the title after its country word.
      if (mi >= 0 && s.men[mi].kind == "country") {
        if (int pm = TitleAfterCountry(s, mi); pm >= 0) mi = pm;
      }
      if (mi >= 0 && s.men[mi].kind == "person" && s.men[mi].pronoun) {
        std::string p = !s.speaker.empty() ? s.speaker : last_person_;
        if (!p.empty()) {
          s.speaker = p;
          s.speakers = {p};
          s.speaker_pos = i;
          return;
        }
      } else if (mi >= 0 && !s.men[mi].id.empty() && !s.men[mi].adj) {
        s.speaker = s.men[mi].id;
        s.speakers = {s.speaker};
        s.speaker_pos = i;
        return;
      }
    }
    Lexicon::Hit h = LexAt(s, i, c_.speech);
    if (h.length > 0 && OtherLanguage(h.entries[0].first)) continue;
    if (h.length == 0) continue;
    // English spells its plural present like the infinitive: "the rebels
    // say", "officials insist", "they claim" speak; "to say", "will say"
    // do not.
    if (h.entries[0].second == Form::kInfinitive) {
      if (r_.lex.entry(h.entries[0].first).Get("lang") != "en") continue;
      int k = i - 1;
      for (int steps = 0; steps < 2 && k >= 0 && IsAdverb(s, k) && MentionAt(s, k) < 0; ++steps)
        --k;
      const int sm = MentionAt(s, k);
      const bool plural_pronoun =
          Fold(s, k, "they") || Fold(s, k, "we") || Fold(s, k, "i") || Fold(s, k, "you");
      const bool named = sm >= 0 && !s.men[sm].adj && s.men[sm].e == k + 1 && !s.inq[k];
      // "The Houthis, who hold Sanaa, say": a relative incise closed by a
      // comma after a plural subject (Subject reads past it).
      bool incise = false;
      if (P(s, k, ',')) {
        for (int q = k - 1; q >= 0 && q >= k - 25 && !incise; --q) {
          if (P(s, q, '.') || P(s, q, ';') || s.inq[q]) break;
          if ((Fold(s, q, "who") || Fold(s, q, "which")) && P(s, q - 1, ',')) {
            const int hm = MentionAt(s, q - 2);
            incise = hm >= 0 && !s.men[hm].adj && !s.men[hm].pronoun;
          }
        }
      }
      if (!plural_pronoun && !named && !incise) continue;
    }
    if (SpeechWordIsNoun(s, i)) continue;  // "Pashinyan's claims": no verb
    // "Mohamed Hamdan Daglo, dit « Hemedti »" (s9args): "dit" right after a
    // person's name and its comma gives a nickname; it reports no words.
    if ((Fold(s, i, "dit") || Fold(s, i, "dite")) && P(s, i - 1, ',')) {
      const int nm = MentionAt(s, i - 2);
      if (nm >= 0 && s.men[nm].kind == "person" && !s.men[nm].pronoun) continue;
    }
    std::string how;
    std::vector<std::string> subj;
    // Inverted: "« ... », a déclaré M. X" / "a-t-il ajouté"
    int after = i + h.length;
    if (Fold(s, after, "t") && s.w[after].hyphen_before) ++after;
    // "…, a annoncé samedi le Comité de sécurité nationale": a time word or
    // adverb may stand between the verb and its postposed speaker, who then
    // closes the clause (s8speech).
    if (int past = after; past < n && IsAdverb(s, past) && MentionAt(s, past) < 0) {
      while (past < n && past < after + 3 && IsAdverb(s, past) && MentionAt(s, past) < 0) ++past;
      const int pm = MentionAt(s, SkipDet(s, past));
      // "», a réagi mercredi Patrick Muyaya": a person's name needs no article.
      if (pm >= 0 &&
          (Is(s, past, c_.det) ||
           (s.men[pm].kind == "person" && !s.men[pm].pronoun && s.men[pm].b == past)) &&
          (s.men[pm].e >= n || P(s, s.men[pm].e, '.') || P(s, s.men[pm].e, ',')))
        after = past;
    }
    if (after < n) {
      int mi = MentionAt(s, SkipDet(s, after));
      // "…, warned the Ukrainian president X", "said Kenya's foreign
      // minister X": the title after its country words.
      if (mi >= 0 && s.men[mi].kind == "country" && Is(s, after, c_.det)) {
        int q = SkipDet(s, after);
        while (q < n && q < after + 6 && IsTitleCountryModifier(s, q)) ++q;
        for (int pm = 0; pm < static_cast<int>(s.men.size()); ++pm) {
          if (s.men[pm].b == q && s.men[pm].kind == "person" && !s.men[pm].pronoun) mi = pm;
        }
      }
      int vb = VerbGroupStart(s, i);
      // "protesters gathered ..., accusing X of": a participle is no
      // inverted attribution, its object no speaker (s5stance).
      bool inverted = vb > 0 && (P(s, vb - 1, ',') || P(s, vb - 1, '>') || P(s, vb - 1, '"')) &&
                      h.entries[0].second != Form::kPresentParticiple && !SplitAfterAux(s, vb);
      // "Several countries, including A and B, condemned X", "The Turkish and
      // Azerbaijani presidents, A and B, warned X", "X, along with Y, warned
      // Z": the comma closes a list of actors set between commas after the
      // clause's opening noun phrase, which has no verb of its own; the
      // subject stands before the verb (FindSubject reads the list), the
      // name after it is its object, not a postposed speaker.
      if (inverted && P(s, vb - 1, ',') && !InciseListSubject(s, vb - 1).empty())
        inverted = false;
      // "X, alors ministre, avait dénoncé une Algérie qui ...": an
      // indefinite article introduces the verb's object, never a postposed
      // speaker.
      if (Fold(s, after, "une") || Fold(s, after, "un") || Fold(s, after, "a") || Fold(s, after, "an"))
        inverted = false;
      // "X, its spokesman, accused Washington and London of ...", "X, who
      // chairs the bloc, said Pretoria had ...": a comma closing the subject's
      // apposition is no incise; the actor after the verb is then its object
      // or the subject of its clause. A postposed speaker closes the clause
      // ("», a déclaré X.", "said X on Tuesday", "a indiqué X à l'AFP").
      if (inverted && mi >= 0) {
        int e = s.men[mi].e;
        // "accused Washington and London of": the coordinated list.
        // "a déclaré le ministre kényan Musalia Mudavadi": the name after its title.
        while (e < n && (MentionAt(s, e) >= 0 || (e + 1 < n && Is(s, e, c_.coord) &&
                                                  MentionAt(s, e + 1) >= 0))) {
          const int next = MentionAt(s, e) >= 0 ? MentionAt(s, e) : MentionAt(s, e + 1);
          if (s.men[next].e <= e) break;
          e = s.men[next].e;
        }
        const bool genitive = GenitiveS(s, e) || P(s, e, '-');
        const bool closes =
            !genitive &&
            (e >= n || !s.w[e].word || IsAdverb(s, e) ||
             (Is(s, e, c_.prep) && !Is(s, e, c_.prep_de) && !Fold(s, e, "of") &&
              !Fold(s, e, "against") && !Fold(s, e, "contre") && !Fold(s, e, "to") &&
              !Fold(s, e, "for") && !Fold(s, e, "pour") && !Fold(s, e, "with") &&
              !Fold(s, e, "avec")));
        if (!closes) inverted = false;
      }
      // "« ... », a déclaré le Congo", '"...," said Kenya': a state or body
      // speaks as well as a person, right after an inverted verb (s5stance).
      const bool speaks =
          mi >= 0 && (s.men[mi].kind == "person" ||
                      (inverted && !s.men[mi].adj && !s.men[mi].pronoun &&
                       (s.men[mi].kind == "country" || s.men[mi].kind == "organization")));
      if (mi >= 0 && (inverted || s.w[after].hyphen_before) && speaks) {
        subj = {IdOf(s, mi)};
        how = "inverted";
      }
    }
    if (subj.empty()) {
      // "a lancé une offensive": a verb of the incise only ("», a-t-il
      // lancé"), not here.
      if (r_.lex.entry(h.entries[0].first).Get("incise") == "only") {
        int k = VerbGroupStart(s, i) - 1;
        while (k >= 0 && (Is(s, k, c_.pron_subj) || Fold(s, k, "t") || Is(s, k, c_.aux) ||
                          Is(s, k, c_.etre) || Is(s, k, c_.clitic) || IsAdverb(s, k)))
          --k;
        if (!(P(s, k, ',') || P(s, k, '>') || P(s, k, '"'))) continue;
      }
      if (!s.speaker.empty()) continue;  // keep the first; an inverted attribution may still come
      subj = Subject(s, i, &how);
      if (how == "pronoun") RelativePronounSpeaker(s, i, &subj, &how);
      // "Le Mali saisit le Conseil de sécurité et accuse la France": a
      // coordinated verb speaks for the clause's subject, not the last object.
      if (const int vb = VerbGroupStart(s, i);
          how != "relative" && InheritsSubject(s, i, vb, h.entries[0].second)) {
        std::vector<std::string> main = CoordinatedMainSubject(s, vb);
        if (!main.empty()) {
          subj = main;
          how = "inherited";
        }
      }
    }
    if (!subj.empty() && !subj[0].empty()) {
      s.speaker = subj[0];
      s.speakers = subj;
      s.speaker_pos = i;
      // Its last mention's kind decides; without one, the dictionary's.
      const Men* named = nullptr;
      for (const Men& m : s.men) {
        if (m.id == subj[0]) named = &m;
      }
      const Actor* a = named ? nullptr : r_.dict.Find(subj[0]);
      bool person = named ? named->kind == "person" : a ? a->kind == "person" : true;
      if (person) last_person_ = subj[0];
      if (tracing_) Log(s, "  speaker " + s.speaker + " (" + how + ", " + s.w[i].fold + ")");
      if (how == "inverted") return;
    }
  }
}

// A person the dictionary knows as an office holder on the article's date,
// with the office or its country named next to the name: "Tokayev, who became
// president in 2019", "Russia's Putin", "la Russie de Poutine", "Macron's
// government", "le gouvernement de Macron". A bare mention gives nothing.
void Engine::DictionaryContextRule(Sent& s) {
  const int n = static_cast<int>(s.w.size());
  auto fits = [](const std::string& word, const std::string& office) {
    if (word == office) return true;
    const bool word_head = word == "head_of_state" || word == "head_of_government";
    const bool office_head = office == "head_of_state" || office == "head_of_government";
    if (word_head && office_head) return true;
    if (word == "head" && (office_head || office == "secretary_general" || office == "chair"))
      return true;
    if (word == "secretary_general" && office == "chair") return true;
    return word == "minister" && office.size() > 9 &&
           office.compare(office.size() - 9, 9, "_minister") == 0;
  };
  // A country or organization mention among words [b, e) other than `of`.
  auto other_actor = [&](int b, int e, const std::string& of) {
    for (int k = std::max(0, b); k < std::min(n, e); ++k) {
      int mi = MentionAt(s, k);
      if (mi < 0) continue;
      const Men& m = s.men[mi];
      if ((m.kind == "country" || m.kind == "organization") && m.id != of) return true;
    }
    return false;
  };
  for (size_t pi = 0; pi < s.men.size(); ++pi) {
    const Men& p = s.men[pi];  // nothing below adds mentions
    if (p.kind != "person" || p.pronoun || p.implied || p.id.empty() || !p.role.empty()) continue;
    const Office* o = OfficeOnDate(p);  // none for a name the dictionary lacks
    if (!o) continue;
    bool titled = false;  // "le président Tokaïev": the title gave the edge
    for (const Men& m : s.men) titled |= m.id == p.id && !m.rel.empty() && m.of == o->of;
    if (titled) continue;
    const std::string rel = IsHeadRole(o->role) ? "leads" : "official_of";
    std::string cue;
    // The office named by a title word near the name, with no other country.
    for (int k = std::max(0, p.b - 8); k < std::min(n, p.e + 8) && cue.empty(); ++k) {
      if (k >= p.b && k < p.e) continue;
      int rl = HitLen(s, k, c_.role);
      if (rl == 0) continue;
      // Next to the name only: "Tokaïev, président", "président ... Tokaïev",
      // "Tokayev, who became president"; any complement names the office's own body.
      // A word of the office's own body: "de la présidence russe", "Wagner's".
      auto own = [&](int q) {
        std::string adj;
        int mi = MentionAt(s, q);
        return (mi >= 0 && s.men[mi].id == o->of) ||
               (CountryAdjectiveAt(s, q, &adj) > 0 && adj == o->of);
      };
      if (k < p.b) {
        // "le porte-parole de la présidence russe, Dmitri Peskov": a
        // complement must name the office's own body.
        int q = k + rl;
        bool complement = false, named = false;
        while (q < p.b && q < k + rl + 7) {
          if (own(q)) {
            named = true;
          } else if (Is(s, q, c_.prep_de) || Fold(s, q, "of")) {
            complement = true;
          } else if (MentionAt(s, q) >= 0 && !s.men[MentionAt(s, q)].adj) {
            break;
          } else if (!(P(s, q, ',') || Is(s, q, c_.det) ||
                       (s.w[q].word && !s.w[q].upper_initial))) {
            break;
          }
          ++q;
        }
        if (q != p.b || (complement && !named)) continue;
      } else {
        int q = p.e;
        if (!P(s, q, ',')) continue;
        ++q;
        if (Is(s, q, c_.qui)) {
          ++q;
          for (int steps = 0; steps < 3 && q < k && s.w[q].word && !s.w[q].upper_initial; ++steps)
            ++q;
        }
        while (q < k && (Is(s, q, c_.det) || own(q) || (Fold(s, q, "s") && s.w[q - 1].elided) ||
                         (MentionAt(s, q) >= 0 && s.men[MentionAt(s, q)].adj)))
          ++q;
        if (q != k) continue;
        if (Is(s, k + rl, c_.prep_de) || Fold(s, k + rl, "of")) {
          int mi = MentionAt(s, SkipDet(s, k + rl + 1));
          if (mi < 0 || s.men[mi].id != o->of) continue;
        }
      }
      int mi = MentionAt(s, k);
      if (mi >= 0 && !s.men[mi].role.empty()) {
        const Men& r = s.men[mi];
        if (r.id != p.id && !r.id.empty()) continue;  // another person's title
        if (!r.of.empty() && r.of != o->of) continue;
        if (fits(r.role, o->role)) cue = "title";
        continue;
      }
      const LexEntry& e = r_.lex.entry(LexAt(s, k, c_.role).entries[0].first);
      if (!fits(e.Get("role"), o->role)) continue;
      if (other_actor(k - 2, k + rl + 4, o->of)) continue;
      cue = "title";
    }
    // The country next to the name: "Russia's Putin", "Putin's Russia",
    // "la Russie de Poutine"; the government of a head: "Macron's government".
    auto is_of = [&](int k) {
      int mi = MentionAt(s, k);
      return mi >= 0 && s.men[mi].id == o->of && !s.men[mi].implied;
    };
    const bool poss_after = s.w[p.e - 1].elided && Fold(s, p.e, "s");
    int before = p.b - 1;
    if (cue.empty() && Fold(s, before, "s") && before > 0 && s.w[before - 1].elided &&
        is_of(before - 1))
      cue = "country";
    if (cue.empty() && before >= 0 && (Is(s, before, c_.prep_de)) && is_of(before - 1) &&
        !Fold(s, before, "des"))
      cue = "country";
    if (cue.empty() && poss_after && is_of(p.e + 1)) cue = "country";
    if (cue.empty() && IsHeadRole(o->role) && o->role != "secretary_general") {
      if (poss_after && HeadGovernmentAt(s, p.e + 1)) cue = "government";
      if (Is(s, before, c_.prep_de) && HeadGovernmentAt(s, before - 1)) cue = "government";
      if (HeadGovernmentAt(s, p.e) && (Fold(s, before, "the") || Fold(s, before, "le")))
        cue = "government";
    }
    if (cue.empty()) continue;
    EmitPair(s, p.id, rel, o->of, rel + ":dictionary-context", 0.7);
  }
}

}  // namespace kzgraph::extract::internal

namespace kzgraph::extract::internal {

namespace {
// How many sentences back a description or plural reference may reach.
constexpr uint32_t kPersonWindow = 2;
}  // namespace

void Engine::InsertMention(Sent& s, Men m) {
  size_t idx = 0;
  while (idx < s.men.size() && s.men[idx].b <= m.b) ++idx;
  for (int& a : s.at) {
    if (a >= static_cast<int>(idx)) ++a;
  }
  for (int k = m.b; k < m.e; ++k) s.at[k] = static_cast<int>(idx);
  s.men.insert(s.men.begin() + idx, std::move(m));
}

void Engine::RememberPersons(const Sent& s) {
  for (const Men& m : s.men) {
    if (m.kind != "person" || m.pronoun || m.implied || m.id.empty() || !m.group.empty()) continue;
    bool ranked = false;
    // A rank word or its abbreviation ("Gen. Burhan") just before the name.
    for (int k = std::max(0, m.b - 3); k < m.e && !ranked; ++k)
      ranked = (HitLen(s, k, c_.rank) > 0 || Fold(s, k, "gen") || Fold(s, k, "gal")) &&
               !Fold(s, k - 1, "secretary") && !Fold(s, k - 1, "secretaire");  // no rank
    // Each person is there once, most likely among the newest: search from the end.
    auto found = std::find_if(recent_persons_.rbegin(), recent_persons_.rend(),
                              [&](const RecentPerson& p) { return p.id == m.id; });
    if (found != recent_persons_.rend()) {
      const auto it = std::prev(found.base());
      // Moved to the end as it is: no copy of its id, and nothing moves
      // when it is already the newest (a title and its name).
      ranked |= it->ranked;
      std::rotate(it, it + 1, recent_persons_.end());
      recent_persons_.back().sent = s.index;
      recent_persons_.back().ranked = ranked;
    } else {
      recent_persons_.push_back({m.id, s.index, ranked});
    }
  }
}

// "Le vétéran socialiste catalan a reproché à Moscou", "the former general
// said": a definite description with no name of its own stands for the person
// named last whose gender (and rank) fits. "les deux hommes", "both generals":
// the last two such persons. Only persons of the two sentences before count,
// and none the sentence names itself.
void Engine::ResolvePersonReferences(Sent& s) {
  ResolveActorPronouns(s);
  if (AnyHit(s, c_.pron_subj)) {
    if (const int pos = OpeningPronounPos(s); pos >= 0) {
      s.opening_pronoun = s.w[pos].fold;
      s.opening_pronoun_id = ResolvePronoun(s, pos);
    }
  }
  if (AnyHit(s, c_.pron_obj)) ResolveObjectPronouns(s);
  QuoteOnlySpeaker(s);
  if (const int k = OpeningPossessiveState(s); k >= 0) {
    // "Son gouvernement a également déploré", "Its government said".
    const std::ptrdiff_t at = &s - sents_.data();
    if (at > 0 && sents_[at - 1].index + 1 == s.index) {
      if (std::string state = SubjectCountry(sents_[at - 1], false); !state.empty()) {
        Men m;
        m.b = k;
        m.e = k + 1 + StateNounAt(s, k + 1);
        m.kind = "country";
        m.id = state;
        m.rule = "coref:possessive-state";
        if (tracing_) Log(s, "  possessive state '" + Surface(s, m.b, m.e) + "' -> " + state);
        InsertMention(s, std::move(m));
      }
    }
  }
  if (AnyHit(s, c_.role)) ResolveBareTitles(s);
  if (AnyHit(s, c_.coref_word)) ResolveOrgDescriptions(s);
  // "the rebels", "rebel groups" still unresolved: no group the article names
  // (M23, FLA, TPLF) stands behind them, and a generic rebel collective is no
  // actor. The mention keeps its words (no other actor takes its place) but
  // names nobody.
  for (Men& m : s.men) {
    if (m.kind == "group" && m.id == "rebels") m.id.clear();
  }
  ResolveShortNames(s);
  if (!AnyHit(s, c_.stance_word)) return;  // references start at a stance_word phrase
  const int n = static_cast<int>(s.w.size());
  auto named_here = [&](const std::string& id) {
    for (const Men& m : s.men) {
      if (m.id == id && m.group.empty()) return true;
    }
    return false;
  };
  // The most recent persons that fit, newest first.
  auto candidates = [&](const LexEntry& e, const std::string& det_gender, size_t want,
                        std::vector<uint32_t>* sents = nullptr) {
    std::string gender = e.Get("gender");
    if (gender.empty()) gender = det_gender;
    const bool need_rank = e.Get("need") == "rank";
    const bool need_head = e.Get("need") == "head";
    const std::string& reach = e.Get("window");
    const uint32_t window = reach.empty() ? kPersonWindow : std::stoul(reach);
    std::vector<std::string> out;
    for (auto it = recent_persons_.rbegin(); it != recent_persons_.rend(); ++it) {
      if (it->sent + window < s.index) break;
      if (named_here(it->id)) continue;
      if (need_rank && !it->ranked) continue;
      if (need_head) {  // "the two presidents": heads of state or government on the date
        const Office* o = OfficeOnDate(it->id, "");
        bool head = o && IsHeadRole(o->role);
        for (const auto& [role, who] : bindings_)
          head |= who == it->id && role.rfind("head", 0) == 0;
        if (!head) continue;
      }
      const Actor* a = r_.dict.Find(it->id);
      if (!gender.empty() && a && !a->gender.empty() && a->gender != gender) continue;
      out.push_back(it->id);
      if (sents) sents->push_back(it->sent);
      if (out.size() == want) break;
    }
    return out;
  };
  auto entry_at = [&](int i, const char* role) -> const LexEntry* {
    if (WordHitLen(s, i, c_.stance_word) == 0) return nullptr;  // i: a word of s
    for (const auto& [entry, form] : StanceHit(s, i).entries) {
      if (r_.lex.entry(entry).Get("role") == role) return &r_.lex.entry(entry);
    }
    return nullptr;
  };
  size_t next_stance = 0;
  for (int i = 0; i < n; ++i) {
    // Both references need a stance_word phrase at i or at most 3 words on.
    const int stance = NextAt(s.stance_word_at, &next_stance, i, n);
    if (stance >= n) break;
    i = std::max(i, stance - 3);
    if (MentionAt(s, i) >= 0 || s.inq[i]) continue;
    if (const LexEntry* e = entry_at(i, "group_ref")) {
      const int len = StanceWordAt(s, i, "group_ref");
      bool free = true;
      for (int k = i; k < i + len; ++k) free &= MentionAt(s, k) < 0;
      // "Biden phoned Xi, then called Kishida. The two leaders": three
      // named together, so which two is not said.
      std::vector<uint32_t> sents;
      std::vector<std::string> two = candidates(*e, "", 3, &sents);
      if (two.size() == 3) {
        if (sents[2] == sents[1]) two.clear();
        two.resize(std::min<size_t>(two.size(), 2));
      }
      if (free && two.size() == 2) {
        Men m;
        m.b = i;
        m.e = i + len;
        m.kind = "person";
        m.id = two[1];
        m.group = {two[1], two[0]};
        m.rule = "coref:plural";
        if (tracing_)
          Log(s,
              "  plural reference '" + Surface(s, i, i + len) + "' -> " + two[1] + ", " + two[0]);
        InsertMention(s, std::move(m));
      }
      i += len - 1;
      continue;
    }
    // A definite article, at most two modifiers, then the description's noun.
    const bool definite =
        Fold(s, i, "le") || Fold(s, i, "la") || Fold(s, i, "l") || Fold(s, i, "the");
    // "Juan Guaidó, the 35-year-old head of ...": an apposition, named here.
    if (!definite) continue;
    if (int pm = MentionAt(s, i - 2); P(s, i - 1, ',') && pm >= 0 && s.men[pm].kind == "person")
      continue;
    const std::string det_gender = Fold(s, i, "le") ? "m" : Fold(s, i, "la") ? "f" : "";
    for (int j = i + 1; j < std::min(n, i + 4); ++j) {
      if (MentionAt(s, j) >= 0 || !s.w[j].word || s.w[j].upper_initial) break;
      const LexEntry* e = entry_at(j, "person_desc");
      if (!e) continue;
      const int len = StanceWordAt(s, j, "person_desc");
      // "the 69-year-old": a number before "year old".
      if (Fold(s, j, "year") && !(j > i + 1 && DigitWordAt(s, j - 1))) break;
      // "la diplomate suisse Christine Schraner Burgener": named here.
      bool named = false;
      for (int k = j + len; k < std::min(n, j + len + 4) && !named; ++k) {
        if (P(s, k, '.') || P(s, k, ';')) break;
        int mi = MentionAt(s, k);
        named = mi >= 0 && s.men[mi].kind == "person";
      }
      named |= IsNameWord(s, j + len) && MentionAt(s, j + len) < 0;
      // "le diplomate de l'ambassade": a complement may name another body's man.
      if (named || Is(s, j + len, c_.prep_de) || Is(s, j + len, c_.qui)) break;
      std::vector<std::string> one = candidates(*e, det_gender, 1);
      if (one.empty()) break;
      Men m;
      m.b = i + 1;
      m.e = j + len;
      m.kind = "person";
      m.id = one[0];
      m.rule = "coref:description";
      if (tracing_) Log(s, "  description '" + Surface(s, i, j + len) + "' -> " + one[0]);
      InsertMention(s, std::move(m));
      i = j + len - 1;
      break;
    }
  }
}

}  // namespace kzgraph::extract::internal

namespace kzgraph::extract::internal {

char Engine::HeadGender(const std::string& fold) const {
  auto it = r_.gender_heads.find(fold);
  return it == r_.gender_heads.end() ? 0 : it->second;
}

char Engine::FrenchGender(const Sent& s, const Men& m, bool* plural) const {
  *plural = false;
  int head = m.b;
  int det = m.b - 1;
  // A metonym may hold its article ("le Kremlin").
  if (m.e - m.b > 1 && Is(s, m.b, c_.det)) {
    det = m.b;
    head = m.b + 1;
  }
  char gender = 0;
  if (Fold(s, det, "le") || Fold(s, det, "du") || Fold(s, det, "au")) gender = 'm';
  if (Fold(s, det, "la")) gender = 'f';
  if (Fold(s, det, "les") || Fold(s, det, "des") || Fold(s, det, "aux")) *plural = true;
  if (gender != 0) return gender;
  const bool elided = Fold(s, det, "l") || Fold(s, det, "d");
  std::string word = head < m.e ? s.w[head].fold : "";
  const Actor* a = r_.dict.Find(m.id);
  // An acronym takes the gender of its French name's noun ("l'OTSC": l'Organisation).
  if (head < m.e && s.w[head].all_caps && a && !a->name_fr.empty())
    word = FoldWord(a->name_fr.substr(0, a->name_fr.find(' ')));
  if (char g = HeadGender(word); g != 0) return g;
  // "l'Arménie", "l'Ukraine" but "l'Iran", "l'Azerbaïdjan".
  if (elided && m.kind == "country" && !word.empty()) return word.back() == 'e' ? 'f' : 'm';
  return *plural ? 'm' : 0;
}

bool Engine::FrontedAdjunct(const Sent& s, int j) const {
  // "On Tuesday it refused", "In a statement on Friday it said": a
  // prepositional phrase of a few plain words before the subject, no comma.
  if (j < 2 || !Is(s, 0, c_.prep)) return false;
  for (int k = 1; k < j; ++k) {
    if (!s.w[k].word || Is(s, k, c_.aux) || Is(s, k, c_.etre) || Is(s, k, c_.que) ||
        Is(s, k, c_.qui) || HitLen(s, k, c_.trigger) > 0 || HitLen(s, k, c_.speech) > 0)
      return false;
  }
  return true;
}

void Engine::ResolveActorPronouns(Sent& s) {
  const std::ptrdiff_t at = &s - sents_.data();
  if (at <= 0 || at >= static_cast<std::ptrdiff_t>(sents_.size())) return;
  const Sent& prev = sents_[at - 1];
  if (prev.index + 1 != s.index) return;
  const int n = static_cast<int>(s.w.size());
  // The pronoun opens the sentence, maybe after a conjunction or an opening
  // phrase and its comma ("Jeudi, elle a", "In a statement, it said").
  int pos = -1;
  for (int j = 0; j < std::min(n, 8) && pos < 0; ++j) {
    if (s.inq[j] || P(s, j, '.') || P(s, j, ';') || P(s, j, ':')) return;
    int mi = MentionAt(s, j);
    if (mi >= 0 && !s.men[mi].pronoun) return;  // a named actor opens it
    const std::string& f = s.w[j].fold;
    if (f != "il" && f != "elle" && f != "ils" && f != "elles" && f != "it" && f != "they")
      continue;
    if (j == 0 || P(s, j - 1, ',') ||
        (j == 1 && (Is(s, 0, c_.coord) || Fold(s, 0, "mais") || Fold(s, 0, "but") ||
                    Fold(s, 0, "puis") || Fold(s, 0, "then"))) ||
        (FrontedAdjunct(s, j) && (f == "it" || f == "they")))
      pos = j;
    else
      return;
  }
  if (pos < 0) return;
  const std::string& f = s.w[pos].fold;
  // "Il faut", "il y a", "il s'agit", "it is clear that", "it seems", "it's
  // time": no actor. "it has sent", "it will send" are the actor's.
  // (stance_word role=impersonal_verb, coref.tsv)
  if (pos + 1 < n) {
    const std::string& v = s.w[pos + 1].fold;
    if ((r_.WordLists(s.w[pos + 1].hash) & kImpersonalVerb) ||
        (v == "s" && (f == "it" || Fold(s, pos + 2, "agit"))) ||
        ((v == "has" || v == "had" || v == "will" || v == "would") &&
         (Fold(s, pos + 2, "been") || Fold(s, pos + 2, "be"))))
      return;
  }
  // The sentence before: its subject, an organization or country.
  int subject = -1;
  for (size_t mi = 0; mi < prev.men.size(); ++mi) {
    const Men& m = prev.men[mi];
    if (m.implied || m.adj || m.kind.empty() || prev.inq[m.b]) continue;
    if (m.id.empty() && !m.pronoun) continue;
    if (IsComplement(prev, m) && !IsOrganOf(prev, m)) continue;
    if ((m.kind == "organization" || m.kind == "country") && !m.id.empty()) subject = mi;
    break;
  }
  if (subject < 0) return;
  const Men& sm = prev.men[subject];
  std::vector<std::string> actors = Expand(prev, subject, +1);
  for (const std::string& id : actors) {
    if (id.empty()) return;
  }
  const bool english = f == "it" || f == "they";
  const bool fr_plural = f == "ils" || f == "elles";
  const char want = f == "il" || f == "ils" ? 'm' : f == "elle" || f == "elles" ? 'f' : 0;
  bool plural = actors.size() > 1;
  char gender = 0;
  if (!english) {
    bool pl = false;
    gender = FrenchGender(prev, sm, &pl);
    plural |= pl;
    if (actors.size() > 1) {  // "ils" unless every conjunct is feminine
      bool all_feminine = true;
      for (const Men& c : prev.men) {
        if (c.b < sm.b || c.adj || c.implied) continue;
        if (std::find(actors.begin(), actors.end(), c.id) == actors.end()) continue;
        all_feminine &= FrenchGender(prev, c, &pl) == 'f';
      }
      gender = all_feminine ? 'f' : 'm';
    }
  }
  if (f == "it" && plural) return;
  if (f == "they" && !plural) return;
  if (!english && (gender != want || plural != fr_plural)) return;
  // A person in the sentence before who fits the pronoun may be meant.
  if (f != "it") {
    for (const Men& m : prev.men) {
      if (m.kind != "person" || m.implied) continue;
      const Actor* a = m.id.empty() ? nullptr : r_.dict.Find(m.id);
      if (english || want == 0 || !a || a->gender.empty() || a->gender[0] == want) return;
    }
  }
  Men m;
  m.b = pos;
  m.e = pos + 1;
  m.kind = sm.kind;
  m.id = actors[0];
  m.group = actors;
  m.rule = "coref:actor-pronoun";
  if (tracing_)
    Log(s, "  pronoun '" + s.w[pos].fold + "' -> " + actors[0] + (actors.size() > 1 ? " +" : ""));
  // "On Tuesday it refused ..., and it has warned": the same pronoun opening
  // a coordinated clause of the sentence keeps the referent.
  std::vector<Men> again;
  for (int k = pos + 1; k < n; ++k) {
    if (s.w[k].fold != f || s.inq[k] ||
        !(Is(s, k - 1, c_.coord) || Fold(s, k - 1, "mais") || Fold(s, k - 1, "but")))
      continue;
    if (int mk = MentionAt(s, k); mk >= 0 && !s.men[mk].pronoun) continue;
    Men r = m;
    r.b = k;
    r.e = k + 1;
    again.push_back(std::move(r));
  }
  if (int mi = MentionAt(s, pos); mi >= 0) {
    s.men[mi] = std::move(m);
  } else {
    InsertMention(s, std::move(m));
  }
  for (Men& r : again) {
    if (int mk = MentionAt(s, r.b); mk >= 0) {
      s.men[mk] = std::move(r);
    } else {
      InsertMention(s, std::move(r));
    }
  }
}

// "X did receive support. Putin congratulated him", "Poutine s'est entretenu
// avec lui": an object pronoun cannot be its own clause's subject, so it stands for a person of an
// earlier sentence. Only when the sentence names at most one person before it
// (that subject), and the nearest earlier sentence that names another person
// names exactly one of the pronoun's gender; else it stays unresolved.
void Engine::ResolveObjectPronouns(Sent& s) {
  // The pronoun at i stands for the person `id` (`why` ends the trace line).
  auto add_pronoun = [&](int i, const std::string& id, const std::string& f, const char* why) {
    Men m;
    m.b = i;
    m.e = i + 1;
    m.kind = "person";
    m.id = id;
    m.rule = "coref:object-pronoun";
    if (tracing_) Log(s, "  object pronoun '" + f + "' -> " + m.id + why);
    InsertMention(s, std::move(m));
  };
  const int n = static_cast<int>(s.w.size());
  for (int i = 1; i < n; ++i) {
    const std::string& f = s.w[i].fold;
    // French: the stressed form after a preposition ("s'est entretenu avec lui").
    const bool french = (f == "lui" || f == "elle") &&
                        (Fold(s, i - 1, "avec") || Fold(s, i - 1, "contre") ||
                         Fold(s, i - 1, "envers"));
    if ((f != "him" && f != "her" && !french) || s.inq[i] || MentionAt(s, i) >= 0) continue;
    // "her government" is a possessive: "her" must end its phrase.
    if (f == "her" && i + 1 < n && s.w[i + 1].word && !Is(s, i + 1, c_.prep) &&
        !Is(s, i + 1, c_.prep_de) && !Fold(s, i + 1, "to") && !Fold(s, i + 1, "as") &&
        !Fold(s, i + 1, "and") && !Fold(s, i + 1, "over"))
      continue;
    const char gender = f == "him" || f == "lui" ? 'm' : 'f';
    std::set<std::string> before;
    bool pronoun_before = false;  // "he congratulated him": whose is not known
    // "Faye ..., after ECOWAS asked him": another actor after the person may
    // be the clause's subject, and the person then the pronoun's referent.
    bool actor_after_person = false;
    for (const Men& m : s.men) {
      if (m.b >= i) break;
      if (m.kind == "person" && !m.pronoun && !m.implied && !m.id.empty() && !s.inq[m.b]) {
        before.insert(m.id);
        actor_after_person = false;
      } else if (!before.empty() && !m.adj && !m.kind.empty() && m.kind != "location") {
        actor_after_person = true;
      }
      pronoun_before |= m.kind == "person" && m.pronoun;
    }
    if (before.size() > 1 || pronoun_before || actor_after_person) continue;
    // "Opposition politicians criticised X, accusing him of ...": a
    // participle after the comma continues the clause whose object is the one
    // person named, when another actor with a verb between is its subject.
    if (before.size() == 1 && i >= 3 && P(s, i - 2, ',') && s.w[i - 1].fold.size() > 4 &&
        s.w[i - 1].fold.compare(s.w[i - 1].fold.size() - 3, 3, "ing") == 0) {
      int pb = -1, actor_end = -1;
      for (const Men& m : s.men) {
        if (m.b >= i) break;
        if (m.kind == "person" && !m.pronoun && !m.implied && m.id == *before.begin()) {
          pb = m.b;
          break;
        }
        if (!m.adj && !m.implied && !m.pronoun && IsPartyKind(m.kind) && !s.inq[m.b])
          actor_end = m.e;
      }
      bool verb_between = false;
      for (int k = actor_end; actor_end >= 0 && k < pb; ++k) {
        verb_between |= s.w[k].word && MentionAt(s, k) < 0 && !Is(s, k, c_.det) &&
                        !Fold(s, k, "s") && !s.w[k].upper_initial;
        if (P(s, k, ',') || P(s, k, ';')) verb_between = false;  // "X, the Y of Z, ..."
      }
      if (pb >= 0 && verb_between) {
        add_pronoun(i, *before.begin(), f, " (object before)");
        continue;
      }
    }
    std::set<std::string> found;
    uint32_t nearest = 0;
    for (auto it = recent_persons_.rbegin(); it != recent_persons_.rend(); ++it) {
      if (it->sent + kPersonWindow < s.index) break;
      if (before.count(it->id)) continue;
      if (!found.empty() && it->sent != nearest) continue;  // an older sentence
      const Actor* a = r_.dict.Find(it->id);
      if (a && !a->gender.empty() && a->gender[0] != gender) continue;
      nearest = it->sent;  // newest first: each person once, at its last sentence
      found.insert(it->id);
    }
    if (found.size() != 1) continue;
    add_pronoun(i, *found.begin(), f, "");
  }
}

}  // namespace kzgraph::extract::internal

namespace kzgraph::extract::internal {

// How many sentences back a bare title looks for its holder.
constexpr uint32_t kTitleWindow = 3;

bool Engine::LooksInfinitive(const Sent& s, int i) const {
  const std::string& f = s.w[i].fold;
  auto ends = [&](const char* x) {
    const size_t k = __builtin_strlen(x);
    return f.size() > k + 1 && f.compare(f.size() - k, k, x) == 0;
  };
  return ends("er") || ends("ir") || ends("re") || Is(s, i, c_.clitic);
}

std::string Engine::OfficeOfHolder(const std::string& id, const std::string& role) const {
  const std::string& date = x_->article.date;
  if (const Actor* a = r_.dict.Find(id)) {
    for (const Office& o : a->offices) {
      if (o.role == role && (date.empty() || o.HeldOn(date)))
        return o.of;
    }
  }
  const std::string prefix = role + "|";
  for (const auto& [key, who] : bindings_) {
    if (who == id && key.compare(0, prefix.size(), prefix) == 0) return key.substr(prefix.size());
  }
  return "";
}

// "Le chef de l'État a ensuite ...", "reproché au chef du gouvernement",
// "the prime minister said": a state's single-holder title with no name, no
// country and no complement stands for the one person holding that office
// among those named in the sentences just before, else for the holder of the
// office in the country the article is clearly about.
void Engine::ResolveBareTitles(Sent& s) {
  const int n = static_cast<int>(s.w.size());
  for (int i = 1; i < n; ++i) {
    const int len = HitLen(s, i, c_.role);
    if (len == 0 || MentionAt(s, i) >= 0 || s.inq[i]) continue;
    const bool fr_det = Fold(s, i - 1, "le") || Fold(s, i - 1, "la") || Fold(s, i - 1, "l") ||
                        Fold(s, i - 1, "au") || Fold(s, i - 1, "du");
    if (!fr_det && !Fold(s, i - 1, "the")) continue;
    const LexEntry& e = r_.lex.entry(LexAt(s, i, c_.role).entries[0].first);
    const std::string& role = e.Get("role");
    const bool chief = Fold(s, i, "chef") || Fold(s, i, "cheffe") || Fold(s, i, "head");
    if (!(role == "head_of_government" || role == "foreign_minister" ||
          role == "defense_minister" || role == "interior_minister" ||
          (role == "head_of_state" && (IsStateTitle(s, i, role) || chief))))
      continue;
    if (role == "head_of_state" && chief && len == 1) continue;  // "le chef": of anything
    if (Fold(s, i, "premier") && len == 1) continue;             // "le premier": the first
    const int j = i + len;
    // A name, a country, a complement or a qualifier of its own: not bare.
    std::string adj;
    // "reproché au chef du gouvernement de « céder »": "de" opens the verb's
    // infinitive, not the title's complement.
    int inf = j + 1;
    while (P(s, inf, '<') || P(s, inf, '"')) ++inf;
    const bool infinitive = Is(s, j, c_.prep_de) && inf < n && s.w[inf].word &&
                            !s.w[inf].upper_initial && !Is(s, inf, c_.det) &&
                            LooksInfinitive(s, inf);
    if ((Is(s, j, c_.prep_de) && !infinitive) || Fold(s, j, "of") ||
        CountryAdjectiveAt(s, j, &adj) > 0 || IsNameWord(s, j) || DictPersonAt(s, j) > 0 ||
        HitLen(s, j, c_.role_qualifier) > 0 || HitLen(s, j, c_.role_dept) > 0 ||
        (P(s, j, ',') && IsNameWord(s, j + 1)) || MentionAt(s, j) >= 0)
      continue;
    // What follows a bare title is its verb, an adverb, a clause or the
    // sentence's end; an adjective ("du président déchu") or a coordinated
    // title ("le Premier ministre et ministre des Affaires étrangères du
    // Qatar, X") makes it another person's or names it.
    if (j < n && s.w[j].word && !infinitive &&
        !(Is(s, j, c_.aux) || Is(s, j, c_.etre) || Is(s, j, c_.modal) || Is(s, j, c_.clitic) ||
          Is(s, j, c_.pron_obj) || Is(s, j, c_.neg_ne) || Is(s, j, c_.qui) || Is(s, j, c_.que) ||
          Is(s, j, c_.prep) || IsAdverb(s, j) || HitLen(s, j, c_.trigger) > 0 ||
          HitLen(s, j, c_.speech) > 0 || (Is(s, j, c_.coord) && HitLen(s, j + 1, c_.role) == 0)))
      continue;
    if (int pm = MentionAt(s, i - 2); pm >= 0 && s.men[pm].kind == "country") continue;
    if (Fold(s, i - 2, "ancien") || Fold(s, i - 2, "former") || Fold(s, i - 2, "ex")) continue;
    const char gender = Fold(s, i - 1, "la") ? 'f'
                        : (Fold(s, i - 1, "le") || Fold(s, i - 1, "au") || Fold(s, i - 1, "du"))
                            ? 'm'
                            : 0;
    std::set<std::string> named_here;
    for (const Men& m : s.men) {
      if (m.kind == "person" && !m.id.empty() && m.group.empty()) named_here.insert(m.id);
    }
    std::string who, of;
    int found = 0;
    for (auto it = recent_persons_.rbegin(); it != recent_persons_.rend(); ++it) {
      if (it->sent + kTitleWindow < s.index) break;
      if (named_here.count(it->id) || GenderClash(it->id, gender)) continue;
      std::string office = OfficeOfHolder(it->id, role);
      if (office.empty()) continue;
      if (found++ == 0) {
        who = it->id;
        of = office;
      }
    }
    if (found > 1) continue;  // two holders of such offices just named: either
    // Else the holder in the state of a fronted place ("À Paris, le chef de
    // l'État a réagi"), or of the page's clear focus: the title says whose.
    std::string state;
    if (found == 0) state = FrontedPlaceCountry(s, i);
    if (found == 0 && state.empty() && focus_clear_) state = focus_;
    if (found == 0 && !state.empty()) {
      auto it = bindings_.find(role + "|" + state);
      if (it != bindings_.end()) {
        who = it->second;
      } else if (const Actor* a = r_.dict.Holder(role, state, x_->article.date)) {
        who = a->id;
      }
      of = state;
      if (named_here.count(who) || GenderClash(who, gender)) who.clear();
    }
    if (who.empty()) continue;
    if (found == 0) {
      const std::string rel = e.Get("rel");
      if (!rel.empty()) EmitPair(s, who, rel, of, rel + ":title:bare", 0.7);
    }
    Men m;
    m.b = i;
    m.e = j;
    m.kind = "person";
    m.id = who;
    m.rule = "coref:title";
    if (tracing_) Log(s, "  bare title '" + Surface(s, i - 1, j) + "' -> " + who + " (" + of + ")");
    InsertMention(s, std::move(m));
    i = j - 1;
  }
}

}  // namespace kzgraph::extract::internal

namespace kzgraph::extract::internal {

namespace {
constexpr int kBlocName = 1, kMissionName = 2, kOrganName = 4, kAllianceName = 8;
// Kept in org_kinds_ beside the kinds, never returned by OrgNameKinds: the
// dictionary also names the body with a rebel word ("M23 rebels").
constexpr int kRebelName = 16;
// How many sentences after a quarrel "both sides" still means its parties,
// and after "both sides" was last resolved.
constexpr uint32_t kQuarrelWindow = 3, kSidesWindow = 8;
}  // namespace

bool Engine::IsPersonId(const std::string& id) const {
  if (const Actor* a = r_.dict.Find(id)) return a->kind == "person";
  for (const Person& p : discovered_) {
    if (p.id == id) return true;
  }
  return false;
}

int Engine::OrgNameKinds(const Sent& s, const Men& m) const {
  auto it = org_kinds_.find(m.id);
  if (it != org_kinds_.end()) return it->second & ~kRebelName;
  int bits = 0;
  auto scan = [&](const std::vector<Word>& words, size_t b, size_t e) {
    for (size_t k = b; k < e; ++k) {
      if (!words[k].word) continue;
      Lexicon::Hit h = r_.lex.Longest(words, k, c_.coref_word);
      for (const auto& [entry, form] : h.entries) {
        const LexEntry& le = r_.lex.entry(entry);
        if (le.Get("role") != "org_name") continue;
        const std::string& kind = le.Get("kind");
        bits |= kind == "bloc"       ? kBlocName
                : kind == "alliance" ? kAllianceName
                : kind == "mission"  ? kMissionName
                                     : kOrganName;
      }
    }
  };
  if (const Actor* a = r_.dict.Find(m.id)) {
    std::vector<Word> words;
    for (const std::string* name : {&a->name, &a->name_fr}) {
      words.clear();
      SplitWords(*name, {0, static_cast<uint32_t>(name->size())}, &words);
      scan(words, 0, words.size());
    }
    // "IGAD ... the eight-nation bloc": a body the dictionary lists member
    // states of is a union of states, whatever its name says.
    if (a->members.size() >= 2) bits = (bits & ~kOrganName) | kBlocName;
    // "les rebelles": does the dictionary know the body as "X rebels",
    // "rebelles X" or "rebelles du X" (once per body and article)?
    const auto names_it = [&](const std::string& phrase) {
      words.clear();
      SplitWords(phrase, {0, static_cast<uint32_t>(phrase.size())}, &words);
      const PhraseIndex::Match hit = r_.dict.Longest(phrase, words, 0);
      if (words.empty() || hit.length != static_cast<int>(words.size())) return false;
      for (int p : hit.payloads) {
        if (r_.dict.actors()[r_.dict.name(p).actor].id == a->id) return true;
      }
      return false;
    };
    const std::string& fr = a->name_fr.empty() ? a->name : a->name_fr;
    if (bits == 0 && (names_it(a->name + " rebels") || names_it("rebelles " + fr) ||
                      names_it("rebelles du " + fr) || names_it(a->id + " rebels")))
      bits |= kRebelName;
  } else {
    scan(s.w, m.b, m.e);  // a discovered body: the words it was named with
  }
  org_kinds_[m.id] = bits;
  return bits & ~kRebelName;
}

bool Engine::OrgFits(const Sent& s, const Men& m, const std::string& kind) const {
  if (m.kind != "organization" || m.id.empty() || m.adj || m.implied || m.pronoun ||
      !m.group.empty())
    return false;
  // "the ministry", "le panel": a state's ministry, a body of experts.
  if (kind == "ministry")
    return m.rule.find("ministry") != std::string::npos ||
           (m.id.size() > 9 && m.id.compare(m.id.size() - 9, 9, " Ministry") == 0);
  if (kind == "experts") return m.rule.find("expert_body") != std::string::npos;
  // A state's own body ("the Nigerian Senate", "Sudan's army") or a medium
  // is no bloc, mission or movement.
  for (const char* own : {"institution", "ministry", "national", "state", "media"}) {
    if (m.rule.find(own) != std::string::npos) return false;
  }
  if (const Actor* a = r_.dict.Find(m.id); a && a->kind != "organization") return false;
  const int bits = OrgNameKinds(s, m);
  if (kind == "bloc") return (bits & (kBlocName | kAllianceName)) && !(bits & kOrganName);
  if (kind == "alliance") return (bits & kAllianceName) && !(bits & kOrganName);
  // "Operation Prosperity Guardian ... the coalition": a named multinational
  // operation is a coalition too.
  if (kind == "coalition") return bits == 0 || bits == kAllianceName || bits == kMissionName;
  if (kind == "mission") return (bits & kMissionName) && !(bits & kOrganName);
  return bits == 0;  // armed: neither a union of states, a mission nor an organ
}

const Men* Engine::OpeningSubject(const Sent& s) const {
  for (const Men& m : s.men) {
    if (m.implied || m.adj || m.kind.empty() || s.inq[m.b]) continue;
    if (m.id.empty() && !m.pronoun) return nullptr;
    if (IsComplement(s, m) && !IsOrganOf(s, m)) continue;
    int k = m.b - 1;
    while (k >= 0 && (Is(s, k, c_.det) || P(s, k, '<') || P(s, k, '"') || Is(s, k, c_.coord) ||
                      Fold(s, k, "but") || Fold(s, k, "mais") || IsAdverb(s, k) ||
                      (s.w[k].word && (!s.w[k].upper_initial || k == 0) && k == m.b - 1 &&
                       !Is(s, k, c_.prep) && !Is(s, k, c_.prep_de) && !Is(s, k, c_.according))))
      --k;
    if (k >= 0 && !(P(s, k, ',') && (Is(s, 0, c_.prep) || IsAdverb(s, 0)))) return nullptr;
    return &m;
  }
  return nullptr;
}

std::vector<std::string> Engine::OrgDescription(const Sent& s, int i, const std::string& kind,
                                                std::string* how) {
  const std::ptrdiff_t at = &s - sents_.data();
  const Sent* prev = at > 0 && sents_[at - 1].index + 1 == s.index ? &sents_[at - 1] : nullptr;
  if (kind == "pair") {
    // "A ceasefire between Israel and Iran ... after Trump accused both
    // countries": two countries coordinated earlier in the same sentence,
    // the last such pair before the description.
    std::vector<std::string> here;
    for (int mi = 0; mi < static_cast<int>(s.men.size()) && s.men[mi].b < i; ++mi) {
      const Men& m = s.men[mi];
      if (m.kind != "country" || m.adj || m.pronoun || m.implied || m.id.empty()) continue;
      if (!Is(s, m.e, c_.coord)) continue;
      // Not the tail of a longer list ("le Tchad, le Cameroun et le Nigeria").
      if (const int before = BeforeDets(s, m.b); before >= 0 && P(s, before, ',')) {
        const int pm = MentionAt(s, BeforeDets(s, before));
        if (pm >= 0 && s.men[pm].kind == "country") {
          here.clear();
          continue;
        }
      }
      std::vector<std::string> two = Expand(s, mi, +1);
      const int last = MentionAt(s, SkipDet(s, m.e + 1));
      if (two.size() == 2 && two[0] != two[1] && last >= 0 && s.men[last].e <= i &&
          r_.dict.Find(two[1]) && r_.dict.Find(two[1])->kind == "country")
        here = two;
    }
    if (!here.empty()) {
      *how = "pair in sentence";
      return here;
    }
    // "Mali and Burkina Faso ... Both countries sent": the two countries of
    // the subject before.
    const Men* subj = prev ? OpeningSubject(*prev) : nullptr;
    if (subj && subj->kind == "country" && !subj->pronoun) {
      std::vector<std::string> two = Expand(*prev, static_cast<int>(subj - prev->men.data()), +1);
      std::set<std::string> distinct(two.begin(), two.end());
      bool countries = two.size() == 2 && distinct.size() == 2;
      for (const std::string& id : two) {
        const Actor* a = r_.dict.Find(id);
        countries &= a != nullptr && a->kind == "country";
      }
      if (countries) {
        *how = "pair";
        return two;
      }
    }
    // Else the last list of countries named before, if it has two
    // ("Poland and Lithuania ... ses deux voisins"), as for three below.
  }
  if (kind == "trio" || kind == "pair") {
    const size_t wanted = kind == "pair" ? 2 : 3;
    // "Mali, Burkina Faso and Niger ... the three countries accuse": the
    // last list of exactly three countries of this sentence before it or of
    // the sentences before (a list's first member, not the tail of a
    // longer one), within kTrioWindow sentences.
    constexpr int kTrioWindow = 12;
    for (std::ptrdiff_t k = at; k >= 0 && k >= at - kTrioWindow; --k) {
      const Sent& p = sents_[k];
      std::vector<std::string> found;
      for (int mi = 0; mi < static_cast<int>(p.men.size()); ++mi) {
        const Men& m = p.men[mi];
        if (k == at && m.b >= i) break;
        if (m.kind != "country" || m.adj || m.pronoun || m.implied || m.id.empty()) continue;
        const int before = BeforeDets(p, m.b);
        if (before >= 0 && (P(p, before, ',') || Is(p, before, c_.coord))) {
          const int pm = MentionAt(p, BeforeDets(p, before));
          if (pm >= 0 && p.men[pm].kind == "country") continue;  // inside a list
        }
        std::vector<std::string> list = Expand(p, mi, +1);
        std::set<std::string> distinct(list.begin(), list.end());
        if (list.size() < 2) continue;
        bool countries = true;
        for (const std::string& id : list) {
          const Actor* a = r_.dict.Find(id);
          countries &= a != nullptr && a->kind == "country";
        }
        if (countries) found = distinct.size() == list.size() ? list : std::vector<std::string>{};
        if (countries && found.empty()) found = {""};  // a list, but no clean one
      }
      // The latest list of countries decides: three, or no antecedent
      // ("A, B and C signed, and D and E welcomed it. The three ...").
      if (!found.empty()) {
        if (found.size() != wanted) return {};
        *how = wanted == 2 ? "two named before" : k == at ? "three in sentence" : "three named before";
        return found;
      }
    }
    // No list at all: a bilateral quarrel names its two countries apart
    // ("Burundi closed its border with Rwanda ... Kigali denies ... the EAC,
    // of which both countries are members"). The two countries named most
    // in the window stand for "both countries" when each is named at least
    // twice and no third comes close (at most half as often as the second).
    if (kind != "pair") return {};
    std::map<std::string, int> count;
    for (std::ptrdiff_t k = at; k >= 0 && k >= at - kTrioWindow; --k) {
      for (const Men& m : sents_[k].men) {
        if (k == at && m.b >= i) break;
        if (m.kind != "country" || m.pronoun || m.implied || m.id.empty()) continue;
        const Actor* a = r_.dict.Find(m.id);
        if (a != nullptr && a->kind == "country") ++count[m.id];
      }
    }
    std::string first, second;
    int c1 = 0, c2 = 0, c3 = 0;
    for (const auto& [id, c] : count) {
      if (c > c1) {
        c3 = c2, c2 = c1, second = first;
        c1 = c, first = id;
      } else if (c > c2) {
        c3 = c2, c2 = c, second = id;
      } else if (c > c3) {
        c3 = c;
      }
    }
    if (c2 < 2 || c3 * 2 > c2) return {};
    *how = "two named most";
    return {first, second};
  }
  if (kind == "sides") {
    // The sides named so last time, else the two sides of the last
    // accusation, criticism or warning between organizations or states of
    // the sentences before ("the army accused the RSF ... both sides").
    if (!sides_.empty() && sides_sent_ + kSidesWindow >= s.index) {
      *how = "sides again";
      return sides_;
    }
    for (auto r = relations_.rbegin(); r != relations_.rend(); ++r) {
      if (r->sent == s.index) continue;
      if (r->sent + kQuarrelWindow < s.index) break;
      // ... or of talks between them in the sentence before ("X and Y
      // signed a deal. The two sides agreed").
      if (r->p != "accuses" && r->p != "criticizes" && r->p != "warns" &&
          !(r->p == "meets" && r->sent + 1 >= s.index))
        continue;
      if (IsPersonId(r->s) || IsPersonId(r->o)) continue;
      *how = "sides";
      sides_ = {r->s, r->o};
      sides_sent_ = s.index;
      return sides_;
    }
    return {};
  }
  if (kind == "other") {
    // "Each side accuses the other": the sides named before it.
    for (const Men& m : s.men) {
      if (m.b < i && m.rule == "coref:org-description" && m.group.size() == 2 &&
          m.kind != "person") {
        *how = "other side";
        return {m.group[1], m.group[0]};
      }
    }
    return {};
  }
  if (kind == "latter") {
    // "des milliers de manifestants ... Ces derniers lui reprochent": the
    // collective named last before.
    const Sent* t = &s;
    int limit = i;
    for (int round = 0; round < 2 && t; ++round) {
      for (int mi = static_cast<int>(t->men.size()) - 1; mi >= 0; --mi) {
        const Men& m = t->men[mi];
        if (m.b >= limit || m.id.empty() || m.implied || m.adj || m.pronoun) continue;
        const Actor* a = r_.dict.Find(m.id);
        if (m.kind == "group" && a && a->kind == "group") {
          *how = "latter";
          return {m.id};
        }
        // A singular name between ("devant le Parlement") is not meant;
        // another plural one is: a body of that gender ("les Forces de
        // défense rwandaises ... ces dernières"), else none.
        bool plural = false;
        FrenchGender(*t, m, &plural);
        // The gender of the name's head noun, singular ("Forces": force).
        const int head = m.e - m.b > 1 && Is(*t, m.b, c_.det) ? m.b + 1 : m.b;
        std::string noun = t->w[head].fold;
        if (noun.size() > 1 && noun.back() == 's') noun.pop_back();
        const std::string& self = s.w[i].fold;
        const char wanted = self.size() > 2 && self.compare(self.size() - 2, 2, "es") == 0 ? 'f' : 'm';
        if (plural && m.group.empty() && (m.kind == "organization" || m.kind == "group") &&
            HeadGender(noun) == wanted) {
          *how = "latter body";
          return {m.id};
        }
        int before = m.b - 1;
        while (before >= 0 && Is(*t, before, c_.det)) --before;
        if (plural || !m.group.empty() || Is(*t, before, c_.coord)) return {};  // "X et Y"
      }
      t = prev;
      limit = prev ? static_cast<int>(prev->w.size()) : 0;
    }
    return {};
  }
  if (kind == "army") {
    // The state whose army was named last ("Sudan's army ... the army"),
    // else the page's clear focus when the dictionary knows its army.
    for (std::ptrdiff_t k = at; k >= 0 && k >= at - 12; --k) {
      const Sent& t = sents_[k];
      for (int mi = static_cast<int>(t.men.size()) - 1; mi >= 0; --mi) {
        const Men& m = t.men[mi];
        if (k == at && m.b >= i) continue;
        if (m.kind != "organization" || m.id.empty() || m.of.empty()) continue;
        if (const Actor* c = r_.dict.Find(m.of); !c || c->kind != "country") continue;
        if (InstitutionId(m.of, "army") != m.id) continue;
        *how = "army named before";
        return {m.id};
      }
    }
    if (!focus_clear_ || focus_.empty()) return {};
    const std::string id = InstitutionId(focus_, "army");
    if (id.empty() || r_.dict.Find(id) == nullptr) return {};
    *how = "army of the focus";
    return {id};
  }
  if (kind == "junta") {
    // The state whose military rulers are meant: named with the word
    // ("la junte malienne", "the Malian junta"), else the one the sentence
    // or the page last tied to a junta, else the page's clear focus.
    std::string country, adj;
    if (CountryAdjectiveAt(s, i + HitLen(s, i, c_.coref_word), &adj) > 0) country = adj;
    if (country.empty() && i >= 1 && CountryAdjectiveAt(s, i - 1, &adj) > 0) country = adj;
    if (country.empty()) country = junta_country_;
    if (country.empty() && focus_clear_) country = focus_;
    if (country.empty()) return {};
    std::string id = InstitutionId(country, "junta");
    *how = "junta";
    return {id.empty() ? country : id};
  }
  // "le ministère de la Santé", "the ministry of defence": a complement
  // names a ministry of its own (even a verb's "of" is left unread).
  if ((kind == "ministry" || kind == "experts") &&
      (Is(s, i + HitLen(s, i, c_.coref_word), c_.prep_de) ||
       Fold(s, i + HitLen(s, i, c_.coref_word), "of")))
    return {};
  if (kind == "peacekeepers") {
    // "les casques bleus", "the peacekeepers": the one mission the page has
    // named so far (GUIDELINES), however far back; none if it named two.
    std::set<std::string> fits;
    for (std::ptrdiff_t k = at; k >= 0 && fits.size() < 2; --k) {
      for (const Men& m : sents_[k].men) {
        if (k == at && m.b >= i) continue;
        if (OrgFits(sents_[k], m, "mission")) fits.insert(m.id);
      }
    }
    if (fits.size() != 1) return {};
    *how = "the page's mission";
    return {*fits.begin()};
  }
  // The organization of that kind that was the subject before, else the
  // only one of that kind named in this sentence or the two before.
  if (prev) {
    if (const Men* subj = OpeningSubject(*prev); subj && OrgFits(*prev, *subj, kind)) {
      *how = "subject";
      return {subj->id};
    }
  }
  std::set<std::string> fits;
  std::string latest;
  for (std::ptrdiff_t k = at; k >= 0 && k >= at - 2; --k) {
    const Sent& t = sents_[k];
    if (t.index + (at - k) != s.index) break;
    for (int mi = static_cast<int>(t.men.size()) - 1; mi >= 0; --mi) {
      const Men& m = t.men[mi];
      if (k == at && m.b >= i) continue;
      if (!OrgFits(t, m, kind)) continue;
      if (latest.empty()) latest = m.id;
      fits.insert(m.id);
    }
  }
  if (fits.empty() && IsHeadline(s)) {
    // "West African bloc orders standby force": a headline's description is
    // named by the lead.
    for (std::ptrdiff_t k = at + 1; k < static_cast<std::ptrdiff_t>(sents_.size()) && k <= at + 3;
         ++k) {
      for (const Men& m : sents_[k].men) {
        if (!OrgFits(sents_[k], m, kind)) continue;
        if (latest.empty()) latest = m.id;
        fits.insert(m.id);
      }
    }
    if (fits.size() == 1) *how = "headline";
  }
  if (fits.size() != 1) return {};
  if (how->empty()) *how = "only";
  return {latest};
}

std::string Engine::StateDescription(const Sent& s, int i, const LexEntry& entry,
                                     std::string* how) const {
  // fits=A,B: the states the description may mean; colonies=C:A,B;D:E: the
  // colonizers C and D, each with its former colonies.
  std::set<std::string> fits;
  std::map<std::string, std::set<std::string>> colonies_of;
  const auto split = [](std::string_view text, char by) {
    std::vector<std::string> parts;
    size_t from = 0;
    while (from <= text.size()) {
      size_t to = text.find(by, from);
      if (to == std::string_view::npos) to = text.size();
      if (to > from) parts.emplace_back(text.substr(from, to - from));
      from = to + 1;
    }
    return parts;
  };
  if (entry.Get("fits") == "*") {
    // s11args: "le pays", "the country" with no state of its own: the state
    // that was the subject of the sentence before; else the page's clear
    // focus ("M. Peskov a souligné que le pays peut ..." on a Kazakh page is
    // Kazakhstan, not the spokesman's state); else the state of a person
    // who was the subject of one of the two sentences before.
    const std::ptrdiff_t here = &s - sents_.data();
    if (here > 0) {
      const Sent& prev = sents_[here - 1];
      if (std::string state = SubjectCountry(prev, false); !state.empty()) {
        for (const Men& m : prev.men) {
          // (A title's state, "porte-parole du Kremlin", is its holder's.)
          if (m.implied || m.adj || m.pronoun || m.kind.empty() || m.rule == "title:of" ||
              IsComplement(prev, m))
            continue;
          if (m.kind == "country" && m.id == state) {
            *how = "subject before";
            return state;
          }
          break;  // the subject is a person or a body
        }
      }
    }
    if (focus_clear_ && !focus_.empty()) {
      *how = "focus";
      return focus_;
    }
    // (Not in reported words: "Peskov a souligné que le pays peut" is about
    // the country discussed, not the speaker's.)
    const bool reported = Is(s, i - 2, c_.que) || Fold(s, i - 2, "that");
    for (std::ptrdiff_t k = here - 1; k >= 0 && k >= here - 2 && !reported; --k) {
      if (std::string state = SubjectCountry(sents_[k], false); !state.empty()) {
        *how = "subject's state before";
        return state;
      }
    }
    return "";
  }
  for (const std::string& id : split(entry.Get("fits"), ',')) fits.insert(id);
  for (const std::string& group : split(entry.Get("colonies"), ';')) {
    const size_t colon = group.find(':');
    if (colon == std::string::npos) continue;
    for (const std::string& id : split(std::string_view(group).substr(colon + 1), ','))
      colonies_of[group.substr(0, colon)].insert(id);
  }
  // The countries named before, nearest first (this sentence before i, then
  // the sentences before it in the article).
  const std::ptrdiff_t at = &s - sents_.data();
  std::vector<std::string> named;
  for (std::ptrdiff_t k = at; k >= 0; --k) {
    const Sent& t = sents_[k];
    for (int mi = static_cast<int>(t.men.size()) - 1; mi >= 0; --mi) {
      const Men& m = t.men[mi];
      if ((k == at && m.b >= i) || m.kind != "country" || m.id.empty() || m.implied ||
          m.pronoun || !m.group.empty())
        continue;
      named.push_back(m.id);
    }
  }
  for (const std::string& id : named) {
    if (fits.count(id)) {
      *how = "state named before";
      return id;
    }
    const auto colonies = colonies_of.find(id);
    if (colonies == colonies_of.end()) continue;
    // The page's main country was its colony; without a clear one, a
    // country named before was.
    if (focus_clear_ && !focus_.empty()) {
      if (colonies->second.count(focus_)) {
        *how = "colonizer of the focus";
        return id;
      }
      continue;
    }
    for (const std::string& other : named) {
      if (colonies->second.count(other)) {
        *how = "colonizer of a state named";
        return id;
      }
    }
  }
  return "";
}

// "The junta has turned to Russia", "the group accused Kenya", "l'organisation
// régionale", "Both countries sent officials": descriptions of organizations
// and states named just before (coref.tsv role=org_desc).
// The description's mention replaces the one at its first word (mi >= 0)
// or joins the sentence's mentions.
void Engine::PlaceDescription(Sent& s, int mi, Men m) {
  if (mi >= 0) {
    for (int k = m.b; k < m.e; ++k) s.at[k] = mi;
    s.men[mi] = std::move(m);
  } else {
    InsertMention(s, std::move(m));
  }
}

void Engine::ResolveOrgDescriptions(Sent& s) {
  const int n = static_cast<int>(s.w.size());
  const std::ptrdiff_t at = &s - sents_.data();
  constexpr std::ptrdiff_t kDescriptionWindow = 12;  // sentences back, never another article
  const auto definite_at = [&](int k) {
    return Fold(s, k, "le") || Fold(s, k, "la") || Fold(s, k, "l") || Fold(s, k, "les") ||
           Fold(s, k, "the") || Fold(s, k, "du") || Fold(s, k, "au") || Fold(s, k, "aux") ||
           Fold(s, k, "cette") || Fold(s, k, "ce") || Fold(s, k, "ces") || Fold(s, k, "this") ||
           Fold(s, k, "these");
  };
  // The nearest sentence (this one before `before`, then back) naming an
  // actor `fits` admits: its one such actor, "" for none or two there.
  const auto nearest_fit = [&](int before, const auto& fits) -> std::string {
    for (std::ptrdiff_t k = at; k >= 0 && k >= at - kDescriptionWindow; --k) {
      const Sent& t = sents_[k];
      std::set<std::string> here;
      for (const Men& m : t.men) {
        if ((k == at && m.b >= before) || m.id.empty() || m.implied || m.pronoun ||
            !m.group.empty())
          continue;
        if (fits(t, m)) here.insert(m.id);
      }
      if (!here.empty()) return here.size() == 1 ? *here.begin() : "";
    }
    return "";
  };
  // "les rebelles", "the insurgents" (kind=rebels): bare and definite, the
  // one body named before that the dictionary also calls rebels.
  const auto resolve_rebels = [&](int i, int len, int mi) {
    const int e = i + len;
    std::string adj;
    if (mi < 0 || s.men[mi].id != "rebels" || s.men[mi].b != i || s.men[mi].e != e ||
        rebel_orgs_conflict_ || !(definite_at(i - 1) || Fold(s, i - 1, "des")) ||
        Is(s, e, c_.prep_de) || Fold(s, e, "of") || P(s, e, '(') || MentionAt(s, e) >= 0 ||
        IsNameWord(s, e) || CountryAdjectiveAt(s, e, &adj) > 0)
      return;
    const std::string id = nearest_fit(i, [&](const Sent& t, const Men& m) {
      if (m.kind != "organization" || m.adj) return false;
      OrgNameKinds(t, m);  // fills org_kinds_
      const auto it = org_kinds_.find(m.id);
      return it != org_kinds_.end() && (it->second & kRebelName) != 0;
    });
    if (id.empty()) return;
    Men m = s.men[mi];
    m.id = id;
    m.kind = "organization";
    m.rule = "coref:rebels";
    m.actor = -1;
    if (tracing_) Log(s, "  description '" + Surface(s, i - 1, e) + "' -> " + id + " (rebels)");
    PlaceDescription(s, mi, std::move(m));
  };
  // "Poutine a apporté son soutien à son homologue", "Xi praised his
  // counterpart" (kind=counterpart): with no name, nationality or complement,
  // the holder of the possessor's office (the person named last before it
  // in the sentence) in the state the page is clearly about.
  const auto resolve_counterpart = [&](int i, int len, int mi) {
    const int e = i + len;
    std::string adj;
    if (mi >= 0 || !Is(s, i - 1, c_.possessive) || !focus_clear_ || focus_.empty() ||
        x_->article.date.empty() || MentionAt(s, e) >= 0 || IsNameWord(s, e) ||
        (P(s, e, ',') && (MentionAt(s, e + 1) >= 0 || IsNameWord(s, e + 1))) ||
        P(s, e, '(') || Is(s, e, c_.prep_de) || Fold(s, e, "of") ||
        CountryAdjectiveAt(s, e, &adj) > 0)
      return;
    for (int k = static_cast<int>(s.men.size()) - 1; k >= 0; --k) {
      const Men& owner = s.men[k];
      if (owner.b >= i || owner.kind != "person" || owner.pronoun || owner.id.empty() ||
          owner.implied)
        continue;
      const Office* office = OfficeOnDate(owner);
      if (!office || office->of == focus_) return;
      const Actor* holder = r_.dict.Holder(office->role, focus_, x_->article.date);
      if (!holder || holder->id == owner.id) return;
      Men m;
      m.b = i;
      m.e = e;
      m.kind = "person";
      m.id = holder->id;
      m.rule = "coref:counterpart";
      if (tracing_)
        Log(s, "  description '" + Surface(s, i - 1, e) + "' -> " + holder->id + " (counterpart)");
      PlaceDescription(s, -1, std::move(m));
      return;
    }
  };
  // A region adjective after the description ("l'organisation
  // ouest-africaine") or before it ("the West African bloc"): the nearest
  // body (orgs=) or state (states=) of the region named before; returns the
  // description's end (resolved or left as nothing), 0 when no region
  // adjective applies.
  const auto resolve_region = [&](int i, int len, const std::string& kind, int mi) -> int {
    if (kind != "bloc" && kind != "alliance" && kind != "coalition" && kind != "state") return 0;
    const auto region_at = [&](int k) -> std::pair<const LexEntry*, int> {
      if (k < 0 || k >= n || HitLen(s, k, c_.coref_word) == 0) return {nullptr, 0};
      const Lexicon::Hit h = LexAt(s, k, c_.coref_word);
      for (const auto& [entry, form] : h.entries) {
        const LexEntry& le = r_.lex.entry(entry);
        if (le.Get("role") == "region_adj") return {&le, h.length};
      }
      return {nullptr, 0};
    };
    int b = i, e = i + len;
    const LexEntry* region = nullptr;
    if (auto [le, rl] = region_at(e); le && definite_at(i - 1)) {
      region = le;
      e += rl;
    } else {
      for (int k = std::max(1, i - 4); k < i && !region; ++k) {
        if (auto [le2, rl2] = region_at(k); le2 && k + rl2 == i && definite_at(k - 1)) {
          region = le2;
          b = k;
        }
      }
    }
    if (!region) return 0;
    // Named here ("the West African bloc ECOWAS", "(Cédéao)") or in an
    // apposition ("la Cédéao, l'organisation ouest-africaine"): no reference.
    // ("the West African state of Mali": its complement names it.)
    if (IsNameWord(s, e) || MentionAt(s, e) >= 0 || P(s, e, '(') || Fold(s, e, "of") ||
        Is(s, e, c_.prep_de) ||
        (P(s, b - 2, ',') && (MentionAt(s, b - 3) >= 0 || IsNameWord(s, b - 3))))
      return 0;
    // "the West African bloc": "West" names no actor there; another name
    // inside the description's own words makes it another body.
    for (int k = b; k < e; ++k) {
      const int other = MentionAt(s, k);
      if (other < 0 || other == mi) continue;
      if (k >= i || s.men[other].kind != "group") return 0;
    }
    if (mi >= 0 && s.men[mi].rule != "coref:orgnoun") return 0;
    for (int k = b; k < i; ++k) {
      if (const int other = MentionAt(s, k); other >= 0 && other != mi) {
        s.men[other].implied = true;
        s.at[k] = -1;
      }
    }
    std::set<std::string> ids;
    const std::string& listed = kind == "state" ? region->Get("states") : region->Get("orgs");
    for (std::string_view list = listed; !list.empty();) {
      const size_t comma = list.find(',');
      ids.insert(std::string(list.substr(0, comma)));
      list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    }
    if (ids.empty()) return 0;
    const std::string id = nearest_fit(b, [&](const Sent&, const Men& m) {
      return (kind == "state" ? m.kind == "country" : m.kind == "organization") && ids.count(m.id);
    });
    if (id.empty()) {
      // "la SADC ... l'organisation ouest-africaine": not the last body
      // named, which is of another region.
      if (mi >= 0 && s.men[mi].rule == "coref:orgnoun") {
        s.men[mi].implied = true;
        for (int k = s.men[mi].b; k < s.men[mi].e; ++k) s.at[k] = -1;
      }
      return e;
    }
    Men m;
    m.b = b;
    m.e = e;
    if (kind == "state")
      m.kind = "country";
    else
      m.kind = "organization";
    m.id = id;
    m.group = {id};
    m.rule = "coref:org-description";
    if (tracing_) Log(s, "  description '" + Surface(s, b - 1, e) + "' -> " + id + " (region)");
    PlaceDescription(s, mi, std::move(m));
    return e;
  };
  for (int i = 0; i < n; ++i) {
    if (HitLen(s, i, c_.coref_word) == 0 || s.inq[i]) continue;
    const Lexicon::Hit hit = LexAt(s, i, c_.coref_word);
    const int len = hit.length;
    std::string kind, after_prep;
    const LexEntry* described_by = nullptr;
    for (const auto& [entry, form] : hit.entries) {
      const LexEntry& le = r_.lex.entry(entry);
      if (le.Get("role") != "org_desc") continue;
      kind = le.Get("kind");
      after_prep = le.Get("after_prep");
      described_by = &le;
    }
    if (kind.empty()) continue;  // a word of names, not a description
    const int mi = MentionAt(s, i);
    if (kind == "rebels") {
      resolve_rebels(i, len, mi);
      continue;
    }
    if (kind == "counterpart") {
      resolve_counterpart(i, len, mi);
      continue;
    }
    // "l'organisation ouest-africaine", "the West African bloc", "le pays
    // sahélien": a region adjective limits the description to the bodies or
    // states it lists (coref.tsv role=region_adj).
    if (const int end = resolve_region(i, len, kind, mi); end > 0) {
      i = end - 1;
      continue;
    }
    if (described_by->Get("need_region") == "1") continue;
    // Named already, unless the description was resolved before to the last
    // organization of any kind, or left as nothing.
    // "the jihadist group": a collective's word inside it is no name.
    const bool collective = mi >= 0 && s.men[mi].kind == "group" && s.men[mi].e <= i + len &&
                            s.men[mi].e < i + len && kind == "armed";
    if (mi >= 0 && s.men[mi].rule != "coref:orgnoun" && !s.men[mi].kind.empty() && !collective) {
      // "Mali's military government": the state a later "the junta" means.
      const Men& named = s.men[mi];
      if (kind == "junta" && named.kind == "country" && !named.id.empty())
        junta_country_ = named.id;
      continue;
    }
    if (mi >= 0 && (s.men[mi].b != i || s.men[mi].e > i + len)) continue;
    // "the Malian junta": the state's adjective between the article and it.
    std::string pre_adj;
    int d = i - 1;
    if ((kind == "junta" || kind == "state") && d > 0 && CountryAdjectiveAt(s, d, &pre_adj) == 1)
      --d;
    // "son voisin rwandais", "its Rwandan neighbour": a possessive will do
    // where the adjective names the state.
    const bool needs_adj = kind == "state" && described_by->Get("need_adj") == "1";
    const bool possessive = needs_adj && (Fold(s, d, "son") || Fold(s, d, "sa") ||
                                          Fold(s, d, "its") || Fold(s, d, "leur") ||
                                          Fold(s, d, "their"));
    // "the new mission", "the Iran-aligned movement": English adjectives
    // between the article and the noun.
    bool modified = false;
    if (pre_adj.empty() && !Fold(s, d, "the")) {
      int k = d, words = 0;
      while (k > 0 && words < 3 &&
             ((s.w[k].word && !s.w[k].upper_initial && MentionAt(s, k) < 0 && !Is(s, k, c_.det) &&
               !Is(s, k, c_.prep) && !Is(s, k, c_.prep_de) && !Is(s, k, c_.aux) &&
               HitLen(s, k, c_.trigger) == 0 && HitLen(s, k, c_.speech) == 0) ||
              (s.w[k].word && s.w[k].hyphen_before) || s.w[k + 1].hyphen_before)) {
        --k;
        ++words;
      }
      if (words > 0 && Fold(s, k, "the")) {
        d = k;
        modified = true;
      }
    }
    const bool both =
        Fold(s, i, "both") || Fold(s, i, "each") || Fold(s, i, "either") || Fold(s, i, "chaque");
    const bool definite = Fold(s, d, "le") || Fold(s, d, "la") || Fold(s, d, "l") ||
                          Fold(s, d, "les") || Fold(s, d, "the") || Fold(s, d, "du") ||
                          Fold(s, d, "au") || Fold(s, d, "aux") || Fold(s, d, "cette") ||
                          Fold(s, d, "ces") || Fold(s, d, "ce") || Fold(s, d, "this") ||
                          ((kind == "pair" || kind == "trio") &&
                           (Fold(s, d, "des") || Fold(s, d, "ses") || Fold(s, d, "leurs") ||
                            Fold(s, d, "its") || Fold(s, d, "their")));
    // A headline drops its articles: "West African bloc orders", "Russian-led
    // alliance sends"; not a verb's idiom ("font bloc").
    const bool headline = !definite && !both && IsHeadline(s) &&
                          (i == 0 || !s.w[i - 1].word || s.w[i - 1].upper_initial ||
                           s.w[i - 1].hyphen_before || MentionAt(s, i - 1) >= 0);
    if (!definite && !both && !headline && !possessive) continue;
    if (kind == "state" && headline) continue;
    // s11args (subject=1): "Le pays a condamné", "the country accused" only
    // as a clause's subject -- after the sentence's start, a comma, a
    // conjunction or "que"/"that", before a word that is no complement
    // ("le pays de", "the country's", "in the country" stay places), and
    // as the agent of an active verb.
    if (described_by->Get("subject") == "1") {
      // "les pays membres de", "ces pays": French "pays" is plural too; many
      // states are no one state taken up.
      if (Fold(s, d, "les") || Fold(s, d, "ces") || Fold(s, d, "des")) continue;
      const int before = d - 1, after = i + len;
      const bool opens =
          definite && (before < 0 || P(s, before, ',') || P(s, before, ';') || P(s, before, ':') ||
                       Is(s, before, c_.coord) || Is(s, before, c_.que) || Fold(s, before, "that"));
      // "the country is (now) a member of", "le pays reste membre de", "the
      // country, a NATO member,": membership is stated of the subject by a
      // copula or an apposition (a few words ahead, no name between).
      const auto member_within = [&](int from) {
        for (int j = from; j < n && j < from + 5; ++j) {
          if (Fold(s, j, "member") || Fold(s, j, "members") || Fold(s, j, "membre") ||
              Fold(s, j, "membres"))
            return true;
          if (!s.w[j].word || Is(s, j, c_.que) || Is(s, j, c_.qui) ||
              HitLen(s, j, c_.trigger) > 0)
            return false;
        }
        return false;
      };
      const int copula = Is(s, after, c_.etre) || StanceWordAt(s, after, "copula") > 0 ? after
                         : IsAuxWord(s, after) && Is(s, after + 1, c_.etre)            ? after + 1
                                                                                       : -1;
      const bool membership = opens && after < n &&
                              ((copula >= 0 && member_within(copula + 1)) ||
                               (P(s, after, ',') && member_within(after + 1)));
      if (!membership && (!opens || after >= n || !s.w[after].word || Is(s, after, c_.prep_de) ||
          Fold(s, after, "of") || (Is(s, after, c_.prep) && !IsAuxWord(s, after)) ||
          Is(s, after, c_.det) || Fold(s, after, "s") || Is(s, after, c_.que) ||
          Is(s, after, c_.qui) || MentionAt(s, after) >= 0 || s.w[after].upper_initial))
        continue;
      // "le pays a été la cible de", "the country is": a copula or a
      // passive, no agent of a relation (and no antecedent to take from a
      // later "il"), unless it states the country's membership.
      if (!membership && copula >= 0) continue;
    }
    if (kind == "latter" && !Fold(s, d, "ces")) continue;
    if ((kind == "other" || kind == "latter" || kind == "sides") && headline) continue;
    if (after_prep == "no" && (Is(s, d - 1, c_.prep) || Is(s, d - 1, c_.prep_de))) continue;
    const int e = i + len;
    // A name, a complement or another state's adjective of its own: another body.
    std::string adj;
    const bool adj_after = MentionAt(s, e) >= 0 && s.men[MentionAt(s, e)].adj;
    // "accused the army of being", "accusant l'armée d'être": the verb's
    // complement, not the army's.
    int v = e + 1;
    while (P(s, v, '<') || P(s, v, '"')) ++v;
    const bool verb_complement =
        (Is(s, e, c_.prep_de) || Fold(s, e, "of")) && v < n && s.w[v].word &&
        !s.w[v].upper_initial &&
        (LooksInfinitive(s, v) ||
         (s.w[v].fold.size() > 4 && s.w[v].fold.compare(s.w[v].fold.size() - 3, 3, "ing") == 0) ||
         // "accused the paramilitary group of genocide": the verb's "of".
         HitLen(s, d - 1, c_.trigger) > 0);
    std::string state;
    if (needs_adj) {
      // "le voisin rwandais": the adjective's state; "le voisin" alone, none.
      if (pre_adj.empty() && CountryAdjectiveAt(s, e, &state) <= 0) continue;
      if (state.empty()) state = pre_adj;
    } else if (kind == "state" && (!pre_adj.empty() || CountryAdjectiveAt(s, e, &state) > 0)) {
      // "the Saudi kingdom", "le royaume saoudien": the adjective's state.
      if (state.empty()) state = pre_adj;
    } else if (kind == "state") {
      // "l'émirat du Qatar", "the kingdom's", "the Gulf state Qatar": named
      // here; "le royaume voisin": another one.
      if (IsNameWord(s, e) || MentionAt(s, e) >= 0 || Fold(s, e, "s") ||
          ((Is(s, e, c_.prep_de) || Fold(s, e, "of")) && !verb_complement) || P(s, e, '(') ||
          (e < n && s.w[e].word && !s.w[e].upper_initial && LooksAdjective(s, e)))
        continue;
      if (const int c = definite ? d - 1 : i - 1;
          P(s, c, ',') && (MentionAt(s, c - 1) >= 0 || IsNameWord(s, c - 1)))
        continue;
      if (Fold(s, i - 2, "ancien") || Fold(s, i - 2, "former")) continue;
      std::string how;
      state = StateDescription(s, i, *described_by, &how);
      if (state.empty()) continue;
    }
    if (kind == "state") {
      Men m;
      m.b = i;
      m.e = e;
      m.kind = "country";
      m.id = state;
      m.group = {state};
      m.rule = "coref:org-description";
      if (tracing_)
        Log(s, "  description '" + Surface(s, std::max(0, d), e) + "' -> " + state + " (state)");
      PlaceDescription(s, mi, std::move(m));
      i = e - 1;
      continue;
    }
    if (IsNameWord(s, e) || (MentionAt(s, e) >= 0 && !(kind == "junta" && adj_after)) ||
        (kind != "junta" &&
         (CountryAdjectiveAt(s, e, &adj) > 0 ||
          ((Is(s, e, c_.prep_de) || Fold(s, e, "of")) && !verb_complement) || P(s, e, '('))) ||
        (kind == "junta" && Fold(s, e, "of") && !verb_complement))
      continue;
    if (kind == "army" && Is(s, i - 2, c_.prep_de) && !Fold(s, i - 2, "des")) continue;
    // "l'organisation ouest-africaine": an adjective of its own may make it
    // another one.
    if (kind != "junta" && kind != "pair" && kind != "trio" && e < n && s.w[e].word && !s.w[e].upper_initial &&
        (LooksAdjective(s, e) ||
         (e + 1 < n && s.w[e + 1].hyphen_before && s.w[e + 1].word && !s.w[e + 1].upper_initial)))
      continue;
    // "IGAD, the regional bloc": an apposition names it here.
    if (const int c = definite ? d - 1 : i - 1;
        P(s, c, ',') && (MentionAt(s, c - 1) >= 0 || IsNameWord(s, c - 1)))
      continue;
    // "la force de maintien de la paix dirigée par l'OTAN, la KFOR": named
    // in an apposition of this sentence, the page's earlier one may differ.
    bool named_after = false;
    for (int k = e; k < std::min(n, e + 8) && !named_after; ++k) {
      if (P(s, k, '.') || P(s, k, ';')) break;
      const int am = P(s, k, ',') ? MentionAt(s, SkipDet(s, k + 1)) : -1;
      named_after = am >= 0 && kind != "junta" && kind != "pair" && kind != "trio" && kind != "sides" &&
                    kind != "other" && kind != "latter" && OrgFits(s, s.men[am], kind);
    }
    if (named_after) continue;
    // "l'ancienne junte", "the former group": not the one acting now.
    if (Fold(s, i - 2, "ancien") || Fold(s, i - 2, "former")) continue;
    std::string how;
    std::vector<std::string> ids;
    if (!pre_adj.empty()) {
      const std::string body = InstitutionId(pre_adj, "junta");
      ids = {body.empty() ? pre_adj : body};
      how = "junta";
    } else {
      // "the new mission" again: what the same modified description meant.
      std::string key;
      for (int k = d + 1; k < i + len; ++k) key += s.w[k].fold + " ";
      auto seen = described_.find(key);
      if (modified && seen != described_.end()) {
        ids = {seen->second};
        how = "same description";
      } else {
        ids = OrgDescription(s, i, kind, &how);
      }
      if (modified && ids.size() == 1) described_[key] = ids[0];
    }
    if (ids.empty() || ids[0].empty()) continue;
    const Actor* a = r_.dict.Find(ids[0]);
    Men m;
    m.b = i;
    m.e = e;
    if (modified) {
      // "the Iran-backed group": the group acts, its modifiers do not.
      for (Men& inner : s.men) {
        if (inner.b > d && inner.e <= i) inner.implied = true;
      }
      for (int k = d + 1; k < i; ++k) {
        if (MentionAt(s, k) >= 0 && s.men[MentionAt(s, k)].implied) s.at[k] = -1;
      }
    }
    m.kind = kind == "pair" || kind == "trio" ? "country" : a ? a->kind : "organization";
    m.id = ids[0];
    m.group = ids;
    m.rule = "coref:org-description";
    if (tracing_)
      Log(s, "  description '" + Surface(s, definite ? std::max(0, d) : i, e) + "' -> " + ids[0] +
                 (ids.size() > 1 ? " +" : "") + " (" + how + ")");
    if (kind == "junta") junta_country_ = a && a->kind == "country" ? a->id : junta_country_;
    PlaceDescription(s, mi, std::move(m));
    i = e - 1;
  }
}

}  // namespace kzgraph::extract::internal

namespace kzgraph::extract::internal {

bool Engine::QuoteOnly(const Sent& s) const {
  const int n = static_cast<int>(s.w.size());
  if (n < 3 || !(P(s, 0, '<') || P(s, 0, '"'))) return false;
  // The quotation closes at the end: only punctuation after its last mark.
  int last = n - 1;
  while (last > 0 && !s.w[last].word && !P(s, last, '>') && !P(s, last, '"')) --last;
  return last > 0 && (P(s, last, '>') || P(s, last, '"'));
}

// "« Nous ne reculerons pas. » Le ministre ...", "\"We stand with Kyiv.\"
// \"We will not waver,\" he added.": a sentence that is nothing but a
// quotation has the speaker of the quotation it continues, or of the
// incise that attributes the next one.
void Engine::QuoteOnlySpeaker(Sent& s) {
  if (AnyHit(s, c_.according) || AnyHit(s, c_.speech) || !QuoteOnly(s)) return;
  const std::ptrdiff_t at = &s - sents_.data();
  std::string who;
  if (at > 0 && sents_[at - 1].index + 1 == s.index) {
    const Sent& prev = sents_[at - 1];
    bool quoted = false;
    for (char q : prev.inq) quoted |= q != 0;
    if (!prev.speaker.empty() && (quoted || P(prev, static_cast<int>(prev.w.size()) - 1, ':')))
      who = prev.speaker;
  }
  if (who.empty() && at + 1 < static_cast<std::ptrdiff_t>(sents_.size()) &&
      sents_[at + 1].index == s.index + 1) {
    const Sent& next = sents_[at + 1];
    if ((P(next, 0, '<') || P(next, 0, '"')) && AnyHit(next, c_.speech)) {
      Sent copy = next;  // its own pass finds the speaker again
      FindSpeaker(copy);
      if (copy.speaker_pos > 0 && !copy.inq[copy.speaker_pos]) who = copy.speaker;
    }
  }
  if (who.empty()) return;
  s.speaker = who;
  s.speakers = {who};
  s.speaker_pos = static_cast<int>(s.w.size()) - 1;
  if (tracing_) Log(s, "  speaker " + who + " (quotation around)");
}

}  // namespace kzgraph::extract::internal

namespace kzgraph::extract::internal {

namespace {

// The twelve sentences before whose organisations a short form may stand
// for (ResolveShortNames).
constexpr int kShortNameWindow = 12;

// ResolveShortNames' long dictionary organisation names of the window, kept
// from one sentence to the next of a chunk (the sentences run in order), so
// that a sentence gathers only the one before instead of all twelve.
struct ShortNameWindow {
  struct Name {
    const Sent* t;
    int first, last;  // the name's words, past its article, before an acronym
    std::string id;
    // One bit per word fold a short form can start with (the words
    // first..last-1): most words after an article start none, and the bit
    // test spares them the runs below.
    uint64_t starts;
    std::ptrdiff_t k;  // its sentence in sents_
  };
  const Sent* base = nullptr;  // sents_.data() of the chunk
  std::ptrdiff_t next = -1;    // the sentence expected next
  std::vector<Name> names;     // by sentence, oldest first
};
thread_local ShortNameWindow short_name_window;

}  // namespace

// "l'opposition s'est dotée d'un Conseil de coordination ... a qualifié ce
// Conseil de", "the Revolutionary Guards ... the Guards": the head word of an
// organization's name, capitalised after a definite or demonstrative
// article, stands for the only organization of the sentences just before
// whose name begins with it.
void Engine::ResolveShortNames(Sent& s) {
  const int n = static_cast<int>(s.w.size());
  const std::ptrdiff_t at = &s - sents_.data();
  // The words of an organization's name in sentence t, past its article and
  // before an acronym in parentheses: [*first, *last].
  auto name_words = [&](const Sent& t, const Men& m, int* first, int* last) {
    *first = m.b, *last = m.e - 1;
    if (Is(t, *first, c_.det)) ++*first;
    if (P(t, *last, ')')) {
      while (*last > *first && !P(t, *last, '(')) --*last;
      --*last;
    }
  };
  // A longer name of its own from word j on ("le Conseil européen", "l'union
  // douanière européenne"): the short name is not this one.
  auto longer_name_at = [&](int j) {
    std::string adj;
    return IsNameWord(s, j) || MentionAt(s, j) >= 0 || CountryAdjectiveAt(s, j, &adj) > 0 ||
           ((Is(s, j, c_.prep_de) || Fold(s, j, "of")) &&
            (IsNameWord(s, SkipDet(s, j + 1)) || MentionAt(s, SkipDet(s, j + 1)) >= 0));
  };
  // Words [b, e) stand for the organization id.
  auto add_short_name = [&](int b, int e, const std::string& id) {
    Men m;
    m.b = b;
    m.e = e;
    m.kind = "organization";
    m.id = id;
    m.group = {m.id};
    m.rule = "coref:short-name";
    if (tracing_) Log(s, "  short name '" + Surface(s, b - 1, e) + "' -> " + m.id);
    InsertMention(s, std::move(m));
  };
  // "l'union douanière" after "l'union douanière de Moscou", "le groupe de
  // contact" after "le Groupe de contact trilatéral", "the Contact Group"
  // after "the Trilateral Contact Group": the first or last words of an
  // organization's dictionary name (two or more, half the name or more),
  // after a definite article, stand for the only such organization of the
  // twelve sentences before. Lowercase too: the press shortens names so.
  {
    auto start_bit = [](const Word& w) { return uint64_t{1} << (w.hash & 63); };
    ShortNameWindow& win = short_name_window;
    // A dictionary organisation of sentence k (t) named in three words or
    // more, with the bits of the words a short form can start with.
    auto add_name = [&](const Sent& t, const Men& m, std::ptrdiff_t k) {
      int first, last;
      name_words(t, m, &first, &last);
      if (last - first >= 2) {
        uint64_t starts = 0;
        for (int w = first; w < last; ++w) starts |= start_bit(t.w[w]);
        win.names.push_back({&t, first, last, m.id, starts, k});
      }
    };
    auto gather = [&](std::ptrdiff_t k) {
      const Sent& t = sents_[k];
      for (const Men& m : t.men) {
        if (m.kind != "organization" || m.id.empty() || m.implied || m.rule.find("dict:") != 0)
          continue;
        add_name(t, m, k);
      }
    };
    // The sentences before are read once each, when the next one comes; an
    // earlier sentence known to name no organization in two words or more
    // (long_org, set when it was read, below) has none to gather. Out of
    // order (a new chunk), the window is gathered again.
    if (win.base != sents_.data() || win.next != at) {
      win.names.clear();
      for (std::ptrdiff_t k = std::max<std::ptrdiff_t>(0, at - kShortNameWindow); k < at; ++k)
        if (sents_[k].long_org != 0) gather(k);
    } else if (at > 0 && sents_[at - 1].long_org != 0) {
      gather(at - 1);
    }
    win.base = sents_.data();
    win.next = at + 1;
    size_t old = 0;
    while (old < win.names.size() && win.names[old].k < at - kShortNameWindow) ++old;
    win.names.erase(win.names.begin(), win.names.begin() + old);
    const size_t before = win.names.size();
    // This sentence's own, dropped again below, and whether it names an
    // organization in two words or more (long_org: the short names added
    // below are such names too), in one pass over its mentions.
    bool own_long_org = false;
    for (const Men& m : s.men) {
      if (m.e - m.b < 2 || m.kind != "organization" || m.id.empty() || m.implied) continue;
      own_long_org = true;
      if (m.rule.compare(0, 5, "dict:") == 0) add_name(s, m, at);
    }
    const std::vector<ShortNameWindow::Name>& names = win.names;
    uint64_t any_start = 0;
    for (const ShortNameWindow::Name& nm : names) any_start |= nm.starts;
    using Name = ShortNameWindow::Name;
    // The words stay where they are (the short names only add mentions).
    const Word* const words = s.w.data();
    for (int i = 1; any_start != 0 && i + 1 < n; ++i) {
      if (!(any_start & start_bit(words[i]))) continue;
      if (!s.w[i].word || s.w[i].all_caps || MentionAt(s, i) >= 0 || s.inq[i]) continue;
      if (!(Fold(s, i - 1, "le") || Fold(s, i - 1, "la") || Fold(s, i - 1, "l") ||
            Fold(s, i - 1, "les") || Fold(s, i - 1, "ce") || Fold(s, i - 1, "cette") ||
            Fold(s, i - 1, "the") || Fold(s, i - 1, "this")))
        continue;
      std::set<std::string> ids;
      int len = 0;
      for (const Name& nm : names) {
        if (!(nm.starts & start_bit(s.w[i]))) continue;
        const int words = nm.last - nm.first + 1;
        // The longest run of the name's first words (French heads) or last
        // words (English heads) that the text repeats, short of the whole.
        auto run = [&](int from) {
          int k = 0;
          while (from + k <= nm.last && i + k < n && s.w[i + k].word &&
                 s.w[i + k].fold == nm.t->w[from + k].fold)
            ++k;
          return k;
        };
        int k = std::min(run(nm.first), words - 1);
        while (k > 0 && (Is(s, i + k - 1, c_.prep_de) || Is(s, i + k - 1, c_.prep) ||
                         Is(s, i + k - 1, c_.det)))
          --k;
        for (int l = words - 1; l > k && l >= 2; --l) {
          if (run(nm.last - l + 1) >= l) {
            k = l;
            break;
          }
        }
        if (k < 2 || 2 * k < words || MentionAt(s, i + k - 1) >= 0) continue;
        const int after = i + k;
        if (after < n && longer_name_at(after)) continue;
        // ... or another body's ("l'union douanière européenne"): the short
        // name ends the phrase, before a verb, a function word or a stop.
        if (after < n && s.w[after].word && !Is(s, after, c_.det) && !Is(s, after, c_.prep) &&
            !Is(s, after, c_.prep_de) && !Is(s, after, c_.coord) && !Is(s, after, c_.aux) &&
            !Is(s, after, c_.qui) && !Is(s, after, c_.que) && !IsAdverb(s, after) &&
            HitLen(s, after, c_.trigger) == 0 && HitLen(s, after, c_.speech) == 0)
          continue;
        if (k > len) ids.clear(), len = k;
        if (k == len) ids.insert(nm.id);
      }
      if (ids.size() != 1) continue;
      add_short_name(i, i + len, *ids.begin());
      own_long_org = true;
      i += len - 1;
    }
    win.names.resize(before);
    s.long_org = own_long_org ? 1 : 0;
  }
  // A short name needs a name of two words or more among the organizations
  // of this sentence or of the three before (the search below): with none,
  // no word is read. (This sentence's organizations are final here: the
  // short names added below are one word long.)
  auto names_long_org = [](const Sent& t) {
    if (t.long_org < 0) {
      t.long_org = 0;
      for (const Men& m : t.men) {
        if (m.kind == "organization" && !m.id.empty() && !m.implied && m.e - m.b >= 2) {
          t.long_org = 1;
          break;
        }
      }
    }
    return t.long_org == 1;
  };
  bool any_long_org = false;
  for (std::ptrdiff_t k = at; k >= 0 && k >= at - 3 && !any_long_org; --k) {
    const Sent& t = sents_[k];
    if (t.index + (at - k) != s.index) break;
    any_long_org = names_long_org(t);
  }
  if (!any_long_org) return;
  const Word* const words = s.w.data();
  for (int i = 1; i < n; ++i) {
    const Word& w = words[i];
    if (!w.upper_initial || !w.word || w.all_caps || MentionAt(s, i) >= 0 || s.inq[i]) continue;
    if (!(Fold(s, i - 1, "le") || Fold(s, i - 1, "la") || Fold(s, i - 1, "l") ||
          Fold(s, i - 1, "les") || Fold(s, i - 1, "ce") || Fold(s, i - 1, "cette") ||
          Fold(s, i - 1, "du") || Fold(s, i - 1, "des") || Fold(s, i - 1, "the") ||
          Fold(s, i - 1, "this")))
      continue;
    if (longer_name_at(i + 1)) continue;
    std::set<std::string> ids;
    for (std::ptrdiff_t k = at; k >= 0 && k >= at - 3; --k) {
      const Sent& t = sents_[k];
      if (t.index + (at - k) != s.index) break;
      for (const Men& m : t.men) {
        if (k == at && m.b >= i) break;
        if (m.kind != "organization" || m.id.empty() || m.implied || m.e - m.b < 2) continue;
        // The head noun comes first in French ("Front de salut national"),
        // last in English ("National Salvation Front"), before any acronym.
        int first, last;
        name_words(t, m, &first, &last);
        if (last > first && (t.w[first].fold == w.fold || t.w[last].fold == w.fold))
          ids.insert(m.id);
      }
    }
    if (ids.size() != 1) continue;
    add_short_name(i, i + 1, *ids.begin());
  }
}

}  // namespace kzgraph::extract::internal

namespace kzgraph::extract::internal {

bool Engine::IsHeadline(const Sent& s) const {
  const uint32_t b = x_->sentences[s.index].block;
  return b < x_->blocks.size() && x_->blocks[b].role == "title";
}

}  // namespace kzgraph::extract::internal
