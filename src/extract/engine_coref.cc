// Coreference: institutions, roles and offices, pronouns, speakers.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

void Engine::ResolveInstitutions() {
  for (Sent& s : sents_) {
    for (Men& m : s.men) {
      if (m.role != "institution") continue;
      m.role.clear();
      // "In Kyrgyzstan, ... Kyrgyz soldiers ...; the parliament approved": the
      // one state the sentence named before, else the page's.
      std::string country;
      for (const Men& c : s.men) {
        if (c.b >= m.b) break;
        if (c.kind != "country" || c.id.empty() || c.pronoun) continue;
        if (!country.empty() && country != c.id) {
          country.clear();
          break;
        }
        country = c.id;
      }
      if (country.empty()) country = focus_;
      m.id = country.empty() ? "" : InstitutionId(country, m.of);
      m.of = country;
      if (m.id.empty()) m.kind.clear();
    }
  }
}

const Office* Engine::OfficeOnDate(const std::string& person, const std::string& of) const {
  const std::string& date = x_->article.date;
  const Actor* a = r_.dict.Find(person);
  if (!a || date.empty()) return nullptr;
  for (const Office& o : a->offices) {
    if (!of.empty() && o.of != of) continue;
    if (o.from <= date && (o.to.empty() || date <= o.to)) return &o;
  }
  return nullptr;
}

std::string Engine::OfficeCountryOfPersonBefore(const Sent& s, int limit) const {
  // "her spokesman": the nearest woman named before, "his": the nearest man.
  const std::string gender = Fold(s, limit, "her") ? "f" : Fold(s, limit, "his") ? "m" : "";
  for (int mi = static_cast<int>(s.men.size()) - 1; mi >= 0; --mi) {
    const Men& m = s.men[mi];
    if (m.b >= limit || m.kind != "person" || m.pronoun || m.implied || m.id.empty()) continue;
    if (const Actor* a = r_.dict.Find(m.id);
        a && !gender.empty() && !a->gender.empty() && a->gender != gender)
      continue;
    if (!m.of.empty() && !m.rel.empty()) return m.of;
    if (const Office* o = OfficeOnDate(m.id, "")) return o->of;
    return "";
  }
  return "";
}

// Titles without a name: the person the article named so, else the
// dictionary's holder of the office on the article's date.
void Engine::ResolveRoles() {
  for (Sent& s : sents_) {
    for (Men& m : s.men) {
      if (m.role.empty() || !m.id.empty() || m.role == "institution") continue;
      std::string who;
      std::vector<std::string> roles = {m.role};
      if (m.role == "head_of_state")
        roles = {"head_of_state", "chair", "secretary_general", "head_of_government"};
      if (m.role == "head_of_government") roles = {"head_of_government", "head_of_state"};
      for (const std::string& role : roles) {
        auto it = bindings_.find(role + "|" + m.of);
        if (it != bindings_.end()) {
          who = it->second;
          m.rule = "title:article";
          break;
        }
      }
      // A bare "ministre" or "ambassadeur" names no office precisely enough
      // for the dictionary to pick its holder.
      if (who.empty() && m.role != "minister" && m.role != "official") {
        for (const std::string& role : roles) {
          if (const Actor* a = r_.dict.Holder(role, m.of, x_->article.date)) {
            who = a->id;
            m.rule = "title:dictionary";
            break;
          }
        }
      }
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

std::string Engine::IdOf(const Sent& s, int mi) const {
  const Men& m = s.men[mi];
  if (m.plural) return s.speaker;
  if (m.pronoun) return ResolvePronoun(s, m.b);
  if (m.kind == "location" && !m.of.empty()) return m.of;  // a capital standing for its state
  return m.id;
}

std::string Engine::ResolvePronoun(const Sent& s, int pos) const {
  // the nearest person named earlier in the same sentence
  for (int mi = static_cast<int>(s.men.size()) - 1; mi >= 0; --mi) {
    const Men& m = s.men[mi];
    // '"... it's just Putin and his clique," he said': a person named
    // inside a quotation is spoken of, not the "he" outside it.
    if (s.inq[m.b] && !s.inq[pos]) continue;
    if (m.b < pos && m.kind == "person" && !m.pronoun && !m.id.empty() && !m.implied) return m.id;
  }
  if (!s.speaker.empty()) {
    const Actor* a = r_.dict.Find(s.speaker);
    if (!a || a->kind == "person") return s.speaker;
  }
  return last_person_;
}

void Engine::FindSpeaker(Sent& s) {
  if (!AnyHit(s, c_.according) && !AnyHit(s, c_.speech)) return;  // no cue: no speaker
  const int n = static_cast<int>(s.w.size());
  for (int i = 0; i < n; ++i) {
    // "selon X", "d'après X", "according to X", sentence-initial "Pour X,"
    if (int len = HitLen(s, i, c_.according); len > 0) {
      if (s.w[i].fold == "pour" && i != 0) continue;
      int j = SkipDet(s, i + len);
      int mi = MentionAt(s, j);
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
    if (h.length == 0 || h.entries[0].second == Form::kInfinitive) continue;
    std::string how;
    std::vector<std::string> subj;
    // Inverted: "« ... », a déclaré M. X" / "a-t-il ajouté"
    int after = i + h.length;
    if (Fold(s, after, "t") && s.w[after].hyphen_before) ++after;
    if (after < n) {
      int mi = MentionAt(s, SkipDet(s, after));
      int vb = VerbGroupStart(s, i);
      bool inverted = vb > 0 && (P(s, vb - 1, ',') || P(s, vb - 1, '>') || P(s, vb - 1, '"'));
      if (mi >= 0 && (inverted || s.w[after].hyphen_before) && s.men[mi].kind == "person") {
        subj = {IdOf(s, mi)};
        how = "inverted";
      }
    }
    if (subj.empty()) {
      if (!s.speaker.empty()) continue;  // keep the first; an inverted attribution may still come
      subj = Subject(s, i, &how);
      // "Le Mali saisit le Conseil de sécurité et accuse la France": a
      // coordinated verb speaks for the clause's subject, not the last object.
      if (const int vb = VerbGroupStart(s, i);
          how != "relative" && InheritsSubject(s, i, vb, h.entries[0].second)) {
        std::vector<std::string> main = MainSubject(s, vb);
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
      const Actor* a = r_.dict.Find(subj[0]);
      bool person = a ? a->kind == "person" : true;
      for (const Men& m : s.men) {
        if (m.id == subj[0]) person = m.kind == "person";
      }
      if (person) last_person_ = subj[0];
      Log(s, "  speaker " + s.speaker + " (" + how + ", " + s.w[i].fold + ")");
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
    const Actor* a = r_.dict.Find(p.id);
    if (!a) continue;
    const Office* o = OfficeOnDate(p.id, "");
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
    auto is_gov = [&](int k) {
      return Fold(s, k, "government") || Fold(s, k, "gouvernement") ||
             Fold(s, k, "administration") || Fold(s, k, "regime") || Fold(s, k, "cabinet");
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
      if (poss_after && is_gov(p.e + 1)) cue = "government";
      if (Is(s, before, c_.prep_de) && is_gov(before - 1)) cue = "government";
      if (is_gov(p.e) && (Fold(s, before, "the") || Fold(s, before, "le"))) cue = "government";
    }
    if (cue.empty()) continue;
    Emit(s, {p.id}, rel, {o->of}, rel + ":dictionary-context", 0.7);
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
    for (int k = std::max(0, m.b - 3); k < m.e; ++k)
      ranked |= (HitLen(s, k, c_.rank) > 0 || Fold(s, k, "gen") || Fold(s, k, "gal")) &&
                !Fold(s, k - 1, "secretary") && !Fold(s, k - 1, "secretaire");  // no rank
    auto it = std::find_if(recent_persons_.begin(), recent_persons_.end(),
                           [&](const RecentPerson& p) { return p.id == m.id; });
    if (it != recent_persons_.end()) {
      ranked |= it->ranked;
      recent_persons_.erase(it);
    }
    recent_persons_.push_back({m.id, s.index, ranked});
  }
}

// "Le vétéran socialiste catalan a reproché à Moscou", "the former general
// said": a definite description with no name of its own stands for the person
// named last whose gender (and rank) fits. "les deux hommes", "both generals":
// the last two such persons. Only persons of the two sentences before count,
// and none the sentence names itself.
void Engine::ResolvePersonReferences(Sent& s) {
  ResolveActorPronouns(s);
  if (!AnyHit(s, c_.stance_word)) return;  // references start at a stance_word phrase
  const int n = static_cast<int>(s.w.size());
  auto named_here = [&](const std::string& id) {
    for (const Men& m : s.men) {
      if (m.id == id && m.group.empty()) return true;
    }
    return false;
  };
  // The most recent persons that fit, newest first.
  auto candidates = [&](const LexEntry& e, const std::string& det_gender, size_t want) {
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
      if (out.size() == want) break;
    }
    return out;
  };
  auto entry_at = [&](int i, const char* role) -> const LexEntry* {
    if (HitLen(s, i, c_.stance_word) == 0) return nullptr;
    for (const auto& [entry, form] : LexAt(s, i, c_.stance_word).entries) {
      if (r_.lex.entry(entry).Get("role") == role) return &r_.lex.entry(entry);
    }
    return nullptr;
  };
  for (int i = 0; i < n; ++i) {
    if (MentionAt(s, i) >= 0 || s.inq[i]) continue;
    if (const LexEntry* e = entry_at(i, "group_ref")) {
      const int len = StanceWordAt(s, i, "group_ref");
      bool free = true;
      for (int k = i; k < i + len; ++k) free &= MentionAt(s, k) < 0;
      std::vector<std::string> two = candidates(*e, "", 2);
      if (free && two.size() == 2) {
        Men m;
        m.b = i;
        m.e = i + len;
        m.kind = "person";
        m.id = two[1];
        m.group = {two[1], two[0]};
        m.rule = "coref:plural";
        Log(s, "  plural reference '" + Surface(s, i, i + len) + "' -> " + two[1] + ", " + two[0]);
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
      if (Fold(s, j, "year") && !(j > i + 1 && !s.w[j - 1].fold.empty() &&
                                  s.w[j - 1].fold[0] >= '0' && s.w[j - 1].fold[0] <= '9'))
        break;
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
      Log(s, "  description '" + Surface(s, i, j + len) + "' -> " + one[0]);
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
                    Fold(s, 0, "puis") || Fold(s, 0, "then"))))
      pos = j;
    else
      return;
  }
  if (pos < 0) return;
  const std::string& f = s.w[pos].fold;
  // "Il faut", "il y a", "il s'agit", "it is clear that", "it seems", "it's
  // time": no actor. "it has sent", "it will send" are the actor's.
  static const std::set<std::string> kImpersonal = {
      "faut",   "fallait", "faudra", "y",       "semble",   "semblait", "est",
      "etait",  "sera",    "serait", "parait",  "reste",    "convient", "is",
      "was",    "seems",   "seemed", "appears", "appeared", "remains",  "remained",
      "became", "becomes", "takes",  "took"};
  if (pos + 1 < n) {
    const std::string& v = s.w[pos + 1].fold;
    if (kImpersonal.count(v) || (v == "s" && (f == "it" || Fold(s, pos + 2, "agit"))) ||
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
  Log(s, "  pronoun '" + s.w[pos].fold + "' -> " + actors[0] + (actors.size() > 1 ? " +" : ""));
  if (int mi = MentionAt(s, pos); mi >= 0) {
    s.men[mi] = std::move(m);
  } else {
    InsertMention(s, std::move(m));
  }
}

}  // namespace kzgraph::extract::internal
