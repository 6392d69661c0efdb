// Mentions: titles, roles, institutions, ministries, media and dictionary names.
#include <algorithm>
#include <cctype>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

namespace {

// A mention of an entity that is no actor of the sentence's verbs.
Men ImpliedMen(int b, int e, const std::string& id, const std::string& kind, LiteralText rule) {
  Men m;
  m.b = b;
  m.e = e;
  m.id = id;
  m.kind = kind;
  m.rule = rule;
  m.implied = true;
  return m;
}

// Whether `text` holds "rebel", "Rebel" or "rébellion": read at each 'b'
// (rare), where three searches each stopped at every 'r'.
bool HasRebelWord(std::string_view text) {
  for (size_t b = text.find('b'); b != std::string_view::npos; b = text.find('b', b + 1)) {
    if (b >= 2 && text.compare(b - 1, 4, "ebel") == 0 && (text[b - 2] == 'r' || text[b - 2] == 'R'))
      return true;  // "rebel", "Rebel"
    if (b >= 3 && text.compare(b - 3, 10, "r\u00E9bellion") == 0) return true;
  }
  return false;
}

}  // namespace

void Engine::AddImpliedMention(Sent& s, int b, int e, const std::string& id,
                               const std::string& kind, LiteralText rule) {
  AddMention(s, ImpliedMen(b, e, id, kind, rule));
}

void Engine::AddEntityOnly(Sent& s, int b, int e, const std::string& id, const std::string& kind,
                           LiteralText rule) {
  s.entity_only.push_back(ImpliedMen(b, e, id, kind, rule));
}

int Engine::AddDiscoveredOrg(Sent& s, int b, int e) {
  Men org;
  org.b = b;
  org.e = e;
  org.id = Surface(s, b, e);
  org.kind = "organization";
  org.rule = "discover:organization";
  return AddMention(s, std::move(org));
}

int Engine::AddMention(Sent& s, Men&& m) {
  int idx = static_cast<int>(s.men.size());
  if (!m.implied) {
    for (int k = m.b; k < m.e; ++k) s.at[k] = idx;
  }
  if (m.kind == "organization" && !m.id.empty()) {
    last_org_ = m.id;
    // "l'Alliance" means a military alliance: a treaty organization.
    if (const Actor* a = last_alliance_ == m.id ? nullptr : ActorOf(m)) {
      for (const std::string* name : {&a->name, &a->name_fr}) {
        if (name->find("Treaty") != std::string::npos ||
            name->find("traité") != std::string::npos ||
            name->find("Alliance") != std::string::npos)
          last_alliance_ = m.id;
      }
    }
  }
  if (m.kind == "organization" && !m.id.empty() && m.e > m.b) {
    // "M23 rebels", "les rebelles du M23": an armed group "the rebels" means.
    // A view of the words, not a copy: read here for every organization.
    const std::string_view surface =
        std::string_view(x_->article.text)
            .substr(s.w[m.b].span.begin, s.w[m.e - 1].span.end - s.w[m.b].span.begin);
    bool rebel = HasRebelWord(surface);
    // "les rebelles du FPRC", "the rebel group X", "X, un groupe rebelle":
    // a rebel word next to the name, across articles, "de" and class nouns.
    auto rebel_word = [&](int k) {
      // rebel words are dictionary names ("rebels" group): most words are none
      if (k < 0 || k >= static_cast<int>(s.w.size()) || s.dict[k].length == 0) return false;
      const std::string& f = s.w[k].fold;
      return f.size() >= 5 && (f[0] == 'r' || f[0] == 'i') &&
             (f.compare(0, 5, "rebel") == 0 || f.compare(0, 6, "insurg") == 0);
    };
    auto skippable = [&](int k) {
      return Is(s, k, c_.det) || Is(s, k, c_.prep_de) || HitLen(s, k, c_.org_intro) == 1;
    };
    bool near = false;  // a rebel word close by at all: one test of a letter each
    // (rebel_word's own first test inline: most words name nothing)
    for (int k = std::max(0, m.b - 3), end = std::min<int>(s.w.size(), m.e + 4); k < end && !near;
         ++k)
      near = s.dict[k].length != 0 && rebel_word(k);
    if (!rebel && near && m.rule != "coref:rebels") {
      int k = m.b - 1;
      while (k >= m.b - 3 && k >= 0 && skippable(k) && !rebel_word(k)) --k;
      rebel = rebel_word(k);
      k = m.e;
      if (P(s, k, ',')) ++k;
      while (!rebel && k < m.e + 4 && k < static_cast<int>(s.w.size()) && skippable(k) &&
             !rebel_word(k))
        ++k;
      rebel = rebel || rebel_word(k);
    }
    // "the rebels" means the one armed group named so; two make it vague.
    if (rebel && !last_rebel_org_.empty() && last_rebel_org_ != m.id) rebel_orgs_conflict_ = true;
    if (rebel && last_rebel_org_.empty()) last_rebel_org_ = m.id;
  }
  // "Karabakh separatists": the separatists the page means later on.
  if (m.kind == "group" && m.id.size() > 12 &&
      m.id.compare(m.id.size() - 12, 12, " separatists") == 0)
    last_separatists_ = m.id;
  if (m.kind == "person" && !m.pronoun && !m.id.empty() && !m.implied) last_named_person_ = m.id;
  if (m.kind == "person" && !m.pronoun && !m.id.empty() && m.role.empty() && m.e > m.b &&
      s.w[m.e - 1].upper_initial) {
    // later "M. Diop" or "Diop" alone refer to the same person
    const std::string& surname = s.w[m.e - 1].fold;
    bool known = false;
    for (const Person& p : discovered_) {
      if (p.surname == surname) {
        known = true;
        break;
      }
    }
    if (!known) {
      discovered_.push_back({m.id, surname});
      if (!new_person_named_) new_person_named_ = ActorOf(m) == nullptr;
    }
  }
  // Room for a sentence's usual count at once: growing 1, 2, 4, 8 moved
  // every mention's strings three times.
  if (s.men.capacity() < 8) s.men.reserve(8);
  // "le Conseil de sécurité de l'ONU", "les experts des Nations unies": the
  // owning body is named too (an entity of the page, never an argument).
  const bool owned_organ = m.kind == "organization" && !m.implied && m.e - m.b >= 3;
  const int organ_b = m.b, organ_e = m.e;
  s.men.push_back(std::move(m));
  if (owned_organ) AddOwnerOfOrgan(s, organ_b, organ_e);
  return idx;
}

// An organization named after "de", "des", "of (the)" inside the organ's
// name over [b, e): an entity of the page only (Sent::entity_only), without
// AddMention's bookkeeping (the organ stays the body the page names last).
void Engine::AddOwnerOfOrgan(Sent& s, int b, int e) {
  for (int k = b + 2; k < e; ++k) {
    const PhraseIndex::Match& d = s.dict[k];
    if (d.length == 0 || k + d.length > e || !s.w[k].upper_initial) continue;
    int p = k - 1;
    if (Is(s, p, c_.det) && !Is(s, p, c_.prep_de)) --p;  // "de l'ONU", "of the UN"
    if (!Is(s, p, c_.prep_de)) continue;
    for (int payload : d.payloads) {
      const NameInfo& n = r_.dict.name(payload);
      const Actor& a = r_.dict.actors()[n.actor];
      if (a.kind != "organization" || n.how == NameHow::kAdjective) continue;
      if (!s.men.empty() && s.men.back().id == a.id) return;  // "les rebelles du M23"
      AddEntityOnly(s, k, k + d.length, a.id, a.kind, "dict:organ-owner");
      return;
    }
  }
}

// Capitalised words of a name starting at i ("Kassym-Jomart Tokaïev"); 0 if none.
int Engine::NameRun(const Sent& s, int i) const {
  if (s.shouting) return 0;
  int j = i;
  // "George W. Bush": a middle initial between two name words.
  auto initial = [&](int k) {
    return k > i && s.w[k].word && s.w[k].abbrev && s.w[k].upper_initial &&
           s.w[k].fold.size() == 1 && IsNameWord(s, k + 1);
  };
  while (j < static_cast<int>(s.w.size()) && j - i < 5 &&
         (IsNameWord(s, j) || (j > i && s.w[j].hyphen_before && s.w[j].word) ||
          (j > i && IsNameParticle(s, j)) || initial(j))) {
    ++j;
  }
  // "a nommé Ali Diarra Premier ministre": a title ends the name.
  for (int k = i + 1; k < j; ++k) {
    if (s.lex[k] != nullptr && s.w[k].upper_initial && HitLen(s, k, c_.role) >= 2) return k - i;
  }
  return j - i;
}

// "Celui-ci a accusé", "Cette dernière a dénoncé": a demonstrative subject
// (no preposition before, a verb group after) standing for the person named
// last; the feminine only for a woman the dictionary knows.
bool Engine::DemonstrativeSubject(const Sent& s, int i, int len) const {
  if (last_named_person_.empty() || Is(s, i - 1, c_.prep) || Is(s, i - 1, c_.prep_de)) return false;
  const int k = i + len;
  if (!(Is(s, k, c_.aux) || Is(s, k, c_.clitic) || Is(s, k, c_.neg_ne) || IsAdverb(s, k)))
    return false;
  if (s.w[i].fold == "celui" || s.w[i].fold == "ce") return true;
  const Actor* a = r_.dict.Find(last_named_person_);
  return a != nullptr && a->gender == "f";
}

const Men* Engine::LatterActor(const Sent& s, int i, int len) const {
  if (Is(s, i - 1, c_.prep) || Is(s, i - 1, c_.prep_de)) return nullptr;
  if (Fold(s, i, "celui") || Fold(s, i, "celle")) return nullptr;  // "celui-ci": a person
  // A subject: a verb group after it ("a démenti", "responded").
  const int k = i + len;
  if (!(Is(s, k, c_.aux) || Is(s, k, c_.clitic) || Is(s, k, c_.neg_ne) || IsAdverb(s, k) ||
        HitLen(s, k, c_.trigger) > 0 || HitLen(s, k, c_.speech) > 0))
    return nullptr;
  // The last actor named before it, in this sentence or the one before.
  const Men* last = nullptr;
  const Sent* where = &s;
  for (const Men& m : s.men) {
    if (m.b < i && !m.implied && !m.adj && !m.pronoun && !m.id.empty()) last = &m;
  }
  if (last == nullptr) {
    const std::ptrdiff_t at = &s - sents_.data();
    if (at <= 0 || at >= static_cast<std::ptrdiff_t>(sents_.size()) || &sents_[at] != &s)
      return nullptr;
    where = &sents_[at - 1];
    for (const Men& m : where->men) {
      if (!m.implied && !m.adj && !m.pronoun && !m.id.empty()) last = &m;
    }
  }
  // A person is DemonstrativeSubject's; a place is no actor.
  if (last == nullptr || (last->kind != "country" && last->kind != "organization")) return nullptr;
  // "the EU and NATO ... the latter": the last conjunct; a name given inside
  // another's ("China's foreign ministry") is not meant.
  if (Fold(*where, last->e, "s") && !where->w[last->e].elided) return nullptr;
  if (Fold(s, i, "the")) return last;  // English: no gender
  bool plural = false;
  const char gender = FrenchGender(*where, *last, &plural);
  const char wanted = Fold(s, i, "cette") ? 'f' : 'm';
  return !plural && gender == wanted ? last : nullptr;
}

// The person named by words [b, e): a dictionary person if any suffix of the
// run is one ("Kasim Khomart Tokayev"), else a discovered person.
std::string Engine::PersonFromName(Sent& s, int b, int e, std::string* rule) {
  for (int k = b; k < e; ++k) {
    const PhraseIndex::Match& m = DictAt(s, k);
    if (m.length == e - k) {
      // "M. Ousmane Kaboré": another first name, another person than the
      // dictionary's Kaboré; "M. Dmitriy Peskov": a spelling of Peskov's.
      if (k > b && m.length == 1 && DictPersonAt(s, k) == 1) {
        if (int actor = PersonWithGivenName(s, b, k); actor >= 0) {
          *rule = "dict:alias";
          return r_.dict.actors()[actor].id;
        }
        break;
      }
      for (int p : m.payloads) {
        const Actor& a = r_.dict.actors()[r_.dict.name(p).actor];
        if (a.kind == "person") {
          *rule = "dict:alias";
          return a.id;
        }
      }
    }
  }
  for (int k = b; k < e; ++k) {  // any other actor inside: not a person's name
    // ("Abbas Kamel" shares a name with Mahmoud Abbas: still a person)
    if (DictAt(s, k).length > 0 &&
        (DictPersonActor(s, k) < 0 || k + DictAt(s, k).length > e))  // the dictionary's longer name
      return "";
  }
  std::string name = Surface(s, b, e);
  std::string surname = s.w[e - 1].fold;
  for (Person& p : discovered_) {
    if (p.surname == surname && !OtherFirstName(p, s, b, e)) {
      *rule = "discover:coreference";
      return p.id;
    }
  }
  discovered_.push_back({name, surname});
  new_person_named_ = true;
  *rule = "discover:name";
  return name;
}

int Engine::RankRun(const Sent& s, int i) const {
  int k = i;
  while (int rl = HitLen(s, k, c_.rank)) {
    // "A MAJOR VIOLATION": a capitalised headline or slogan word, no rank
    if (s.w[k].all_caps && s.w[k].fold.size() > 4) break;
    k += rl;
    // "le général-major Peter Cirimwami": a lower-case part joined by a hyphen
    while (k < static_cast<int>(s.w.size()) && s.w[k].hyphen_before && s.w[k].word &&
           !s.w[k].upper_initial)
      ++k;
    // "Maj. Gen. Pat Ryder", "Col. X": an abbreviated rank's period.
    if (P(s, k, '.') && s.w[k - 1].fold.size() <= 4 && k + 1 < static_cast<int>(s.w.size()) &&
        s.w[k + 1].upper_initial)
      ++k;
  }
  return k - i;
}

// "le colonel Assimi Goïta", "General Abdourahamane Tiani", "Colonel General
// Andrei Serdyukov": a rank names a person.
bool Engine::TryRank(Sent& s, int i, int* next) {
  int rl = RankRun(s, i);
  if (rl == 0 || DictAt(s, i).length > rl) return false;  // "General Assembly"
  // "le commandant kényan Godfrey Otunge": a nationality between.
  std::string adj;
  if (int al = CountryAdjectiveAt(s, i + rl, &adj);
      al > 0 && !s.w[i + rl].upper_initial && NameRun(s, i + rl + al) >= 2)
    rl += al;
  int n = NameRun(s, i + rl);
  if (n == 0) return false;
  std::string rule;
  std::string id = PersonFromName(s, i + rl, i + rl + n, &rule);
  if (id.empty()) return false;
  Men m;
  m.b = i;
  m.e = i + rl + n;
  m.id = id;
  m.kind = "person";
  m.rule = rule == "dict:alias" ? LiteralText("dict:alias") : LiteralText("discover:rank");
  *next = m.e;
  AddMention(s, std::move(m));
  return true;
}

bool Engine::TryHonorific(Sent& s, int i, int* next) {
  const Word& w = s.w[i];
  if (!w.word || !w.upper_initial || !Is(s, i, c_.honorific)) return false;
  if (w.fold == "m" && !w.abbrev) return false;  // "M" without its dot: an initial
  int n = NameRun(s, i + 1);
  if (n == 0) return false;
  std::string rule;
  std::string id = PersonFromName(s, i + 1, i + 1 + n, &rule);
  if (id.empty()) return false;
  Men m;
  m.b = i;
  m.e = i + 1 + n;
  m.id = id;
  m.kind = "person";
  m.rule = rule == "dict:alias" ? LiteralText("dict:alias") : LiteralText("discover:honorific");
  *next = m.e;
  AddMention(s, std::move(m));
  return true;
}

// A nationality adjective at i: its length and country id.
int Engine::CountryAdjectiveAt(const Sent& s, int i, std::string* id) const {
  if (i < 0 || i >= static_cast<int>(s.w.size()) || !s.w[i].word) return 0;
  const PhraseIndex::Match& m = DictAt(s, i);
  for (int p : m.payloads) {
    const NameInfo& n = r_.dict.name(p);
    if (n.how == NameHow::kAdjective) {
      *id = r_.dict.actors()[n.actor].id;
      return m.length;
    }
  }
  return 0;
}

const Actor* Engine::ActorNamedAt(const Sent& s, int k, std::string_view kind) const {
  for (int p : DictAt(s, k).payloads) {
    const NameInfo& n = r_.dict.name(p);
    const Actor& a = r_.dict.actors()[n.actor];
    if (a.kind == kind && n.how != NameHow::kAdjective && n.how != NameHow::kDemonym) return &a;
  }
  return nullptr;
}

bool Engine::NameAt(const Sent& s, int k) const {
  if (k < 0 || k >= static_cast<int>(s.w.size())) return false;
  if (DictPersonAt(s, k) > 0) return true;
  if (Is(s, k, c_.honorific) && s.w[k].upper_initial) return NameRun(s, k + 1) > 0;
  return NameRun(s, k) > 0 && DictAt(s, k).length == 0;
}

int Engine::PersonDescriptorRun(const Sent& s, int q, std::string* country, int* cb,
                                int* ce) const {
  int k = q;
  for (int step = 0; step < 3 && k < static_cast<int>(s.w.size()); ++step) {
    if (NameAt(s, k) && k > q) break;
    if (int rl = RankRun(s, k); rl > 0) {
      k += rl;
      continue;
    }
    if (IsPersonNoun(s, k) && !s.w[k].upper_initial) {
      ++k;
      continue;
    }
    // A nationality: "le Gambien", "the Kenyan", "suisse" after its noun.
    int len = 0;
    std::string id;
    for (int p : DictAt(s, k).payloads) {
      const NameInfo& n = r_.dict.name(p);
      if ((n.how == NameHow::kDemonym || n.how == NameHow::kAdjective) &&
          r_.dict.actors()[n.actor].kind == "country") {
        id = r_.dict.actors()[n.actor].id;
        len = DictAt(s, k).length;
        break;
      }
    }
    if (len == 0 || !country->empty()) break;
    *country = id;
    *cb = k;
    *ce = k + len;
    k += len;
  }
  return k > q && NameAt(s, k) ? k - q : 0;
}

int Engine::RoleWordAt(const Sent& s, int i, const char* kind) const {
  if (HitLen(s, i, c_.stance_word) == 0) return 0;
  const Lexicon::Hit& h = StanceHit(s, i);  // cached per sentence and word
  const size_t n = __builtin_strlen(kind);
  for (const auto& [entry, form] : h.entries) {
    // role=office_<kind> (roles.tsv)
    const std::string& role = r_.lex.entry(entry).Get("role");
    if (role.size() == 7 + n && role.compare(0, 7, "office_") == 0 && role.compare(7, n, kind) == 0)
      return h.length;
  }
  return 0;
}

int Engine::ComplementStart(const Sent& s, int k, bool* class_noun, bool* region) const {
  const int n = static_cast<int>(s.w.size());
  int q = k;
  // "the leader of Georgia's breakaway region of Abkhazia": a state owning
  // the region the complement names; the office is the region's.
  if (const int cl = q < n && ActorNamedAt(s, q, "country") ? DictAt(s, q).length : 0;
      cl > 0 && s.w[q + cl - 1].elided && GenitiveS(s, q + cl)) {
    int r = q + cl + 1;
    for (int m = 0; m < 2 && r < n && MentionAt(s, r) < 0 && s.w[r].word &&
                    !s.w[r].upper_initial && RoleWordAt(s, r, "region") == 0;
         ++m)
      ++r;
    if (const int rl = RoleWordAt(s, r, "region");
        rl > 0 && (Is(s, r + rl, c_.prep_de) || Fold(s, r + rl, "of"))) {
      *region = true;
      q = SkipDet(s, r + rl + 1);
      if (q < n && (IsNameWord(s, q) || DictAt(s, q).length > 0)) return q;
      q = k;
    }
  }
  // "the deputy chairman of Machar's SPLM-IO": a person owning the body named
  // right after him; the office is the body's.
  if (const int pl = q < n ? DictPersonAt(s, q) : 0;
      pl > 0 && s.w[q + pl - 1].elided && GenitiveS(s, q + pl) && q + pl + 1 < n &&
      ActorNamedAt(s, q + pl + 1, "organization") != nullptr)
    return q + pl + 1;
  for (int step = 0; step < 4 && q < n; ++step) {
    // "the Istanbul-based X", "the Moscow-backed X": a compound modifier.
    if (s.w[q].word && q + 1 < n && s.w[q + 1].hyphen_before && s.w[q + 1].word &&
        !s.w[q + 1].upper_initial && MentionAt(s, q) < 0) {
      q += 2;
      continue;
    }
    // s10roles: "the U.N.-recognised X", "the Russian-led X": an actor in a
    // compound modifier qualifies the head noun after it.
    if (int cm = CompoundModifierEnd(s, q); cm > q) {
      q = cm;
      continue;
    }
    // "de l'ONG Human Rights Watch": a class noun written as an acronym.
    if (int cl = s.w[q].all_caps && MentionAt(s, q) < 0 ? RoleWordAt(s, q, "org_class") : 0;
        cl > 0 && q + cl < n && (IsNameWord(s, q + cl) || DictAt(s, q + cl).length > 0)) {
      *class_noun = true;
      q += cl;
      break;
    }
    if (MentionAt(s, q) >= 0 || !s.w[q].word || s.w[q].upper_initial || DictAt(s, q).length > 0)
      break;
    // "de la région de X", "of the breakaway region of X"
    if (int rl = RoleWordAt(s, q, "region");
        rl > 0 && (Is(s, q + rl, c_.prep_de) || Fold(s, q + rl, "of"))) {
      *region = true;
      q = SkipDet(s, q + rl + 1);
      break;
    }
    if (int cl = RoleWordAt(s, q, "org_class"); cl > 0) {
      *class_noun = true;
      q += cl;
      // "la coalition de gangs X": a bare noun completing the class noun
      if (Fold(s, q, "de") && q + 1 < n && s.w[q + 1].word && !s.w[q + 1].upper_initial &&
          !Is(s, q + 1, c_.det) && DictAt(s, q + 1).length == 0)
        q += 2;
      continue;
    }
    if (Is(s, q, c_.det) || Is(s, q, c_.prep) || Is(s, q, c_.prep_de) || Is(s, q, c_.qui) ||
        Is(s, q, c_.que) || Is(s, q, c_.aux) || Is(s, q, c_.coord) || Is(s, q, c_.clitic) ||
        HitLen(s, q, c_.trigger) > 0 || HitLen(s, q, c_.role) > 0)
      break;
    ++q;  // a modifier: "ruling", "opposition-controlled", "breakaway"
  }
  // A name must follow, not an adjective ("du régime nigérien").
  bool name = q > k && q < n && IsNameWord(s, q);
  if (q > k && q < n) {
    for (int p : DictAt(s, q).payloads) {
      const NameHow how = r_.dict.name(p).how;
      name |= how != NameHow::kAdjective && how != NameHow::kDemonym;
    }
  }
  if (name) return q;
  *class_noun = *region = false;
  return k;
}

std::string Engine::AppointedHolder(const Sent& s, int i, int owner_begin) const {
  int b = owner_begin >= 0 && owner_begin < i ? owner_begin - 1 : i - 1;
  // "named X as acting premier", "installed as interim president"
  if (b == i - 1 && HitLen(s, b, c_.role_qualifier) == 1 && !s.w[b].upper_initial) --b;
  // "named X as the new army chief", "as its new head": an article and "new".
  if (b == i - 1 && (Fold(s, b, "new") || Fold(s, b, "nouveau") || Fold(s, b, "nouvelle"))) --b;
  if (b < i && (Fold(s, b, "the") || Fold(s, b, "its") || Fold(s, b, "their")) &&
      Fold(s, b - 1, "as"))
    --b;
  // "au poste de Premier ministre", "aux fonctions de"
  if (Is(s, b, c_.prep_de) && (Fold(s, b - 1, "poste") || Fold(s, b - 1, "fonctions")) &&
      (Fold(s, b - 2, "au") || Fold(s, b - 2, "aux")))
    b -= 3;
  const bool as =
      Fold(s, b, "as") || (Fold(s, b, "que") && Fold(s, b - 1, "tant") && Fold(s, b - 2, "en"));
  const int q = !as ? b : Fold(s, b, "as") ? b - 1 : b - 3;
  auto person_at = [&](int k) -> std::string {
    const int pm = MentionAt(s, k);
    if (pm < 0 || s.men[pm].kind != "person" || s.men[pm].pronoun || s.men[pm].implied ||
        s.men[pm].id.empty())
      return "";
    return s.men[pm].id;
  };
  // An appointment verb or noun whose last word is at k: its first word (-1: none).
  auto appoint_ending_at = [&](int k) {
    for (int start = k; start >= 0 && start > k - 2; --start) {
      if (RoleWordAt(s, start, "appoint") == k - start + 1) return start;
    }
    return -1;
  };
  // "Gonsalves, as chair of the bloc": the apposition's person.
  if (as && P(s, q, ',')) return person_at(q - 1);
  if (!AnyHit(s, c_.stance_word)) return "";
  // "a nommé X Premier ministre", "la nomination de X au poste de": the object.
  if (std::string object = person_at(q); !object.empty()) {
    int v = s.men[MentionAt(s, q)].b - 1;
    // "named First Deputy Prime Minister X as": the object's own title
    // stands between the verb and the name.
    if (const int tm = MentionAt(s, v); tm >= 0 && s.men[tm].kind == "person" &&
                                        !s.men[tm].role.empty() && s.men[tm].e == v + 1 &&
                                        s.men[tm].id == object) {
      v = s.men[tm].b - 1;
      if (Fold(s, v, "first") || Fold(s, v, "premier")) --v;
    }
    if (Is(s, v, c_.prep_de)) --v;  // "la nomination d'Alikhan Smaïlov"
    const int verb = appoint_ending_at(v);
    // "has not appointed X as", "n'a pas nommé X": no appointment.
    for (int k = verb - 1; verb >= 0 && k >= 0 && k >= verb - 3; --k) {
      if (Is(s, k, c_.neg_en) || Is(s, k, c_.neg_after)) return "";
    }
    return verb >= 0 ? object : "";
  }
  int v = appoint_ending_at(q);
  if (v < 0) return "";
  // The verb's subject: the nearest person before it ("X, the pro-Russian
  // politician installed as", "X was sworn in as", "X, qui a été élu").
  for (int k = v - 1, steps = 0; k >= 0 && steps < 10; --k, ++steps) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || Is(s, k, c_.que)) return "";
    const int mi = MentionAt(s, k);
    if (mi < 0) continue;
    const Men& m = s.men[mi];
    if (m.adj || m.implied) continue;
    if (m.kind == "person" && !m.pronoun && !m.id.empty()) return m.id;
    if (m.kind == "person" && m.pronoun) return "";
    if (!m.role.empty()) continue;
    return "";  // another actor acts or is named between
  }
  return "";
}

std::string Engine::LastMinistryBefore(const Sent& s, int i) const {
  const Sent* first = sents_.data();
  for (const Sent* p = &s; p >= first && p >= &s - 3; --p) {
    for (auto m = p->men.rbegin(); m != p->men.rend(); ++m) {
      if ((p != &s || m->b < i) && m->kind == "organization" && !m->implied && m->id.size() > 9 &&
          m->id.compare(m->id.size() - 9, 9, " Ministry") == 0)
        return m->id;
    }
  }
  return "";
}

bool Engine::StateNounQualified(const Sent& s, int k) const {
  // "les autorités locales", "the government forces", "Mali's government
  // spokesman": a lower-case word after the noun qualifies it or it another.
  return k < static_cast<int>(s.w.size()) && s.w[k].word && !s.w[k].upper_initial &&
         !Is(s, k, c_.aux) && !Is(s, k, c_.modal) && !Is(s, k, c_.qui) && !Is(s, k, c_.que) &&
         !Is(s, k, c_.coord) && !Is(s, k, c_.prep) && !Is(s, k, c_.clitic) &&
         !Is(s, k, c_.neg_ne) && !IsAdverb(s, k) && HitLen(s, k, c_.trigger) == 0 &&
         HitLen(s, k, c_.speech) == 0;
}

// Whether the title whose word before is `before`, whose phrase ends at `end`
// and whose holder's name (if after it) ends at `name_end` names an office its holder no longer
// held on the page's date: "the then prime minister", "the late founder", "la mort de son
// fondateur", "limogeait le chef du KNB, X", "X, the founder of Y, was killed" (stance.tsv roles
// office_*).
bool Engine::EndedOfficeContext(const Sent& s, int before, int end, int name_end) const {
  if (before < 0) return false;
  if ((Fold(s, before, "then") && Fold(s, before - 1, "the")) ||
      (Fold(s, before, "alors") && Fold(s, before - 1, "l")) ||
      StanceWordAt(s, before, "office_late") > 0)
    return true;
  int q = before;
  if (Is(s, q, c_.det) || Is(s, q, c_.possessive)) --q;
  if (q >= 1 && Is(s, q, c_.prep_de) && StanceWordAt(s, q - 1, "office_death") > 0) return true;
  if (q >= 0 && q < before && StanceWordAt(s, q, "office_end") > 0) return true;
  // "X, the founder of Y, was killed", "X, chef de Y, est mort": the
  // apposition's own clause ends the holder's life.
  for (int k = end; k < std::min<int>(end + 12, s.w.size()); ++k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, '(') || P(s, k, '"')) break;
    if (!P(s, k, ',') || k + 1 < name_end) continue;  // the holder's name after the title
    int v = k + 1;
    while (v < static_cast<int>(s.w.size()) && (Is(s, v, c_.aux) || IsAdverb(s, v))) ++v;
    return v > k + 1 && StanceWordAt(s, v, "office_died") > 0;
  }
  return false;
}

// The office of the last person named before word `before` (its title in
// the text, else its dictionary office on the article's date), for a
// "counterpart" that holds the same office elsewhere; "" when none.
std::string Engine::OfficeOfPersonBefore(const Sent& s, int before) const {
  for (int mi = static_cast<int>(s.men.size()) - 1; mi >= 0; --mi) {
    const Men& a = s.men[mi];
    if (a.b >= before || a.kind != "person" || a.pronoun || a.id.empty()) continue;
    if (!a.role.empty() && a.role != "counterpart") return a.role;
    // A holder of a generic office and a precise one on the date ("Prime
    // Cabinet Secretary and foreign minister"): the precise one has
    // counterparts elsewhere.
    const Office* generic = nullptr;
    if (const Actor* p = r_.dict.Find(a.id); p && !x_->article.date.empty()) {
      for (const Office& o : p->offices) {
        if (!o.HeldOn(x_->article.date)) continue;
        if (o.role != "official" && o.role != "minister") return o.role;
        if (generic == nullptr) generic = &o;
      }
    }
    if (generic != nullptr) return generic->role;
  }
  return "";
}

bool Engine::TryRole(Sent& s, int i, int* next) {
  Lexicon::Hit hit = LexAt(s, i, c_.role);
  if (hit.length == 0) return false;
  // "his Russian and Iranian counterparts, X and Y" (engine_coordinated_titles.cc)
  if (TryCoordinatedTitle(s, i, hit.length, next)) return true;
  // "le premier contingent": the English "Premier" is a title only with its capital.
  // "as acting premier": lower case after an office qualifier or "as".
  if (hit.length == 1 && Fold(s, i, "premier") && !s.w[i].upper_initial &&
      !(x_->article.lang != "fr" &&
        (HitLen(s, i - 1, c_.role_qualifier) == 1 || Fold(s, i - 1, "as"))))
    return false;
  // "membre fondateur de l'AES", "membres fondateurs": the member noun's
  // adjective, no title of its own.
  if (Fold(s, i - 1, "membre") || Fold(s, i - 1, "membres")) return false;
  const LexEntry& e = r_.lex.entry(hit.entries[0].first);
  // given_name=1: "Amir Haddad said" is a first name, unless an owner comes
  // first ("Qatar's Amir Tamim").
  if (e.Get("given_name") == "1" && NameRun(s, i + 1) > 0 && !Fold(s, i - 1, "s") &&
      MentionAt(s, i - 1) < 0)
    return false;
  std::string role = e.Get("role"), rel = e.Get("rel"), of;
  int j = i + hit.length;
  std::string adj;
  // English order: "Russian President", "Kremlin spokesman".
  int owner_begin = -1;  // the owner's mention before the title, if it gave `of`
  bool owner_possessive = false;
  if (i > 0) {
    int pm = MentionAt(s, i - 1);
    // "Somalia's foreign minister": the owner before the possessive.
    if (pm < 0 && GenitiveS(s, i - 1)) {
      pm = MentionAt(s, i - 2);
      if (pm >= 0 && s.men[pm].adj) pm = -1;
    }
    // "Ukraine's infrastructure minister", "Kenya's Defence Cabinet
    // Secretary": a minister's portfolio between the owner and the title;
    // "Aliyev's foreign policy adviser", "Lula's chief foreign policy
    // adviser": lower-case words of any office's field.
    if (pm < 0) {
      const bool minister = role == "minister" || role == "defense_minister";
      int b = i - 1;
      while (b > i - (minister ? 3 : 5) && b > 1 && s.w[b].word && MentionAt(s, b) < 0 &&
             !Is(s, b, c_.det) && !Fold(s, b, "s") &&
             (minister ? HitLen(s, b, c_.role) == 0
                       : !s.w[b].upper_initial && !Is(s, b, c_.prep) && !Is(s, b, c_.prep_de) &&
                             !Is(s, b, c_.coord) && !Is(s, b, c_.aux)))
        --b;
      if (b < i - 1 && GenitiveS(s, b) && s.w[b - 1].elided) {
        pm = MentionAt(s, b - 1);
        if (pm >= 0 && s.men[pm].adj) pm = -1;
        // "Russia's airborne troops chief", "Ukraine's military intelligence
        // head": the chief of a unit the owner has, an official of the
        // owner, not its head.
        // ("Guinea's main opposition leader" names its body itself; "main",
        // "top", "new" qualify the title, they name no unit.)
        bool unit = false;
        for (int w = b + 1; w < i; ++w)
          unit |= !(Fold(s, w, "main") || Fold(s, w, "top") || Fold(s, w, "new") ||
                    Fold(s, w, "current") || Fold(s, w, "longtime") || Fold(s, w, "veteran"));
        if (pm >= 0 && unit && rel == "leads" && role == "head" && e.Get("body").empty()) {
          rel = "official_of";
          role = "official";  // no dictionary holder of the state's head
        }
      } else if (b < i - 1 && rel == "official_of" && x_->article.lang != "fr" &&
                 s.w[b].word && s.w[b].fold.size() > 2 && s.w[b].fold.back() == 's' &&
                 [&] {  // "rebels'" or "rebels’" (ASCII or typographic apostrophe)
                   const std::string& raw = x_->article.text;
                   const size_t at = s.w[b].span.end;
                   return (at < raw.size() && raw[at] == '\'') ||
                          raw.compare(at, 3, "\xE2\x80\x99") == 0;
                 }()) {
        // "the rebels' military spokesman": a plural owner's bare apostrophe.
        if (const int mb = MentionAt(s, b);
            mb >= 0 && s.men[mb].e == b + 1 && !s.men[mb].adj && !s.men[mb].pronoun)
          pm = mb;
      }
    }
    // "the UN refugee chief", "the United Nations human rights chief": a
    // body's head of one field, lower-case words between the body and the
    // title, is an official of the body, not its head.
    if (pm < 0 && rel == "leads" && role == "head" && x_->article.lang != "fr") {
      int b = i - 1;
      while (b > i - 4 && b > 0 && s.w[b].word && !s.w[b].upper_initial && MentionAt(s, b) < 0 &&
             !Is(s, b, c_.det) && !Is(s, b, c_.prep) && !Is(s, b, c_.prep_de) &&
             !Is(s, b, c_.coord) && !Is(s, b, c_.aux) && HitLen(s, b, c_.role) == 0)
        --b;
      if (const int bm = b < i - 1 ? MentionAt(s, b) : -1;
          bm >= 0 && s.men[bm].e == b + 1 && s.men[bm].kind == "organization" && !s.men[bm].adj &&
          !s.men[bm].pronoun && !s.men[bm].id.empty()) {
        pm = bm;
        rel = "official_of";
      }
    }
    if (pm >= 0 && (s.men[pm].kind == "country" || s.men[pm].kind == "organization"))
      of = s.men[pm].id;
    owner_possessive = pm >= 0 && s.w[s.men[pm].e - 1].elided &&
                       (GenitiveS(s, s.men[pm].e) || Fold(s, s.men[pm].e + 1, "s"));
    // "Crimea's prime minister": a region's head leads the region.
    if (owner_possessive && s.men[pm].kind == "location" && s.men[pm].of.empty() &&
        rel == "leads" && (role == "head_of_government" || role == "head"))
      of = s.men[pm].id;
    // "Aliyev's foreign policy adviser", "Putin's spokesman": an office in
    // the state or body the person heads or serves.
    if (owner_possessive && s.men[pm].kind == "person" && !s.men[pm].pronoun &&
        !s.men[pm].id.empty() && rel == "official_of") {
      for (const Men& t : s.men) {
        if (t.id == s.men[pm].id && !t.rel.empty() && !t.of.empty()) of = t.of;
      }
      if (of.empty()) {
        if (const Office* o = OfficeOnDate(s.men[pm].id, "")) of = o->of;
      }
    }
    if (pm >= 0 && !of.empty() && !s.men[pm].pronoun) owner_begin = s.men[pm].b;
  }
  // "Premier ministre de transition", "secrétaire d'État adjointe américaine
  // par intérim", "porte-parole du gouvernement": qualifiers of the office.
  bool state_office = e.Get("state") == "yes";  // "vice-premier ministre", "chef d'état-major"
  bool of_adjective = false;  // `of` comes from the title's own adjective ("ministre malien")
  for (int round = 0; round < 3; ++round) {
    if (int n = CountryAdjectiveAt(s, j, &adj); n > 0 && of.empty()) {
      of = adj;
      j += n;
      of_adjective = true;
    } else if (of.empty() && j > i && j < static_cast<int>(s.w.size()) && s.w[j].word &&
               !s.w[j].upper_initial && DictAt(s, j).length == 1) {
      // "le chef de la diplomatie talibane", "le porte-parole houthiste": a
      // movement's lower-case name used as the title's adjective.
      if (const Actor* oa = ActorNamedAt(s, j, "organization")) {
        of = oa->id;
        j += 1;
        of_adjective = true;
      }
    }
    if (int n = HitLen(s, j, c_.role_dept); n > 0 && role == "minister") {
      role = r_.lex.entry(LexAt(s, j, c_.role_dept).entries[0].first).Get("role");
      j += n;
    }
    if (int n = HitLen(s, j, c_.role_qualifier); n > 0 && j > i) {
      state_office |=
          r_.lex.entry(LexAt(s, j, c_.role_qualifier).entries[0].first).Get("state") == "yes";
      j += n;
    }
  }
  bool national_body = false;  // a state's own body the dictionary does not hold
  int possessive = i - 1;      // "son porte-parole", "le porte-parole de sa diplomatie"
  // "Son vice-ministre", "sa co-présidente": a prefix glued by a hyphen
  // before the title stands between it and its possessive.
  if (s.w[i].hyphen_before && i >= 2 && s.w[i - 1].word && !s.w[i - 1].upper_initial &&
      Is(s, i - 2, c_.possessive))
    possessive = i - 2;
  // "le gouverneur militaire du Nord-Kivu", "the interim head of": one
  // plain adjective between the title and its complement.
  if (of.empty() && j > i && j + 1 < static_cast<int>(s.w.size()) && s.w[j].word &&
      !s.w[j].upper_initial && MentionAt(s, j) < 0 && DictAt(s, j).length == 0 &&
      (Is(s, j + 1, c_.prep_de) || Fold(s, j + 1, "of")) && !Is(s, j, c_.det) &&
      !Is(s, j, c_.prep) && !Is(s, j, c_.prep_de) && !Is(s, j, c_.qui) && !Is(s, j, c_.que) &&
      !Is(s, j, c_.aux) && !Is(s, j, c_.coord) && HitLen(s, j, c_.trigger) == 0 &&
      HitLen(s, j, c_.role) == 0 && !IsAdverb(s, j)) {
    const int k = SkipDet(s, j + 2);
    for (int p : DictAt(s, k).payloads) {
      const std::string& kind = r_.dict.actors()[r_.dict.name(p).actor].kind;
      if (kind == "country" || kind == "organization" || (kind == "location" && rel == "leads")) {
        ++j;
        break;
      }
    }
  }
  // body= (roles.tsv): "Uganda's Speaker of Parliament", "the Speaker of the
  // House", "Senate Majority Leader X", "le président de l'Assemblée
  // nationale": the office is in the state's legislature, not in the state.
  if (std::string body = e.Get("body"); !body.empty()) {
    const Actor* owner = of.empty() ? nullptr : r_.dict.Find(of);
    // "the junta's army chief": a body's own office within another body
    // (no state's) is an office in that body.
    if (owner_possessive && owner && owner->kind == "organization" && rel == "leads")
      rel = "official_of";
    if (of.empty() || (owner && owner->kind == "country")) {
      int end = j;
      bool other = false;  // "de la Douma": a body the dictionary knows, read below
      if (Is(s, j, c_.prep_de) || Fold(s, j, "of")) {
        const int q = SkipDet(s, j + 1);
        Lexicon::Hit h = LexAt(s, q, c_.institution);
        if (h.length > 0 && s.w[q].upper_initial &&
            r_.lex.entry(h.entries[0].first).Get("known_only").empty() &&
            r_.lex.entry(h.entries[0].first).Get("name") != "state" &&
            r_.lex.entry(h.entries[0].first).Get("name") != "army") {
          body = r_.lex.entry(h.entries[0].first).Get("name");
          end = q + h.length;
        } else if (Fold(s, q, "house") && s.w[q].upper_initial) {
          body = "House of Representatives";  // "Speaker of the House"
          end = q + 1;
        } else {
          // "army chief of Pakistan", "chef de l'armée du Mali": the body of
          // the state named after the title.
          const Actor* state =
              of.empty() && s.w[q].upper_initial ? ActorNamedAt(s, q, "country") : nullptr;
          if (state != nullptr) {
            of = state->id;
            end = q + DictAt(s, q).length;
          }
          other = state == nullptr && DictAt(s, q).length > 0;
        }
      }
      // "a speaker at the rally": a bare lower-case word names no office.
      if (!other && of.empty() && end == j && hit.length == 1 && !s.w[i].upper_initial)
        return false;
      if (!other) {
        // Unnamed: the holder's state, else the one whose leaders the page
        // calls by bare titles ("President Biden ... House Speaker X").
        // (the holder's only when the title is its apposition: "X, Speaker of").
        const bool apposition = P(s, i - 1, ',') || (Is(s, i - 1, c_.det) && P(s, i - 2, ','));
        std::string country = !of.empty() ? of : apposition ? PersonCountryBefore(s, i) : "";
        // "Armenia's parliament ... Parliament speaker X": the body of that
        // kind the page named last.
        const auto named = country.empty() ? last_institution_.find(body) : last_institution_.end();
        if (named != last_institution_.end()) country = named->second.second;
        if (country.empty() && !bare_title_conflict_) country = bare_title_country_;
        of = country.empty() ? "institution:" + body : InstitutionId(country, body);
        national_body = !of.empty();
        j = end;
      }
    }
  }
  // "le chef des affaires humanitaires des Nations unies", "la cheffe des
  // droits de l'homme de l'ONU": a body's head of one field, lower-case
  // words between the title and the body, is an official of the body.
  if (of.empty() && rel == "leads" && role == "head" && j == i + hit.length &&
      Fold(s, j, "des")) {
    // A field in the plural ("des affaires", "des droits", "des
    // opérations"); "chef du bureau politique du Hamas" heads the movement,
    // "chef du contingent de l'OTSC" commands one unit of it.
    const int n = static_cast<int>(s.w.size());
    int words = 0;
    for (int q = SkipDet(s, j + 1); q < std::min(n, j + 8); ++q) {
      if (Is(s, q, c_.prep_de) && words > 0) {
        const int k = SkipDet(s, q + 1);
        const int length = DictAt(s, k).length;
        if (const Actor* body = ActorNamedAt(s, k, "organization")) {
          of = body->id;
          j = k + length;
          rel = "official_of";
        }
        if (length > 0) break;
        continue;
      }
      if (Is(s, q, c_.det) && words > 0) continue;
      if (!s.w[q].word || s.w[q].upper_initial || DictAt(s, q).length > 0 || Is(s, q, c_.prep) ||
          Is(s, q, c_.coord) || Is(s, q, c_.qui) || Is(s, q, c_.aux) ||
          HitLen(s, q, c_.institution) > 0 || HitLen(s, q, c_.role) > 0 ||
          HitLen(s, q, c_.trigger) > 0)
        break;
      ++words;
    }
  }
  // Complement: "du Kremlin", "de l'OTSC", "du Kazakhstan".
  // "a spokeswoman for the Forces of Freedom and Change": a spokesperson's
  // body after "for" (a minister's "for" names a portfolio, an envoy's a place).
  if (of.empty() &&
      (Is(s, j, c_.prep_de) || Fold(s, j, "of") || (Fold(s, j, "for") && role == "spokesperson"))) {
    const int j0 = j;
    bool class_noun = false, region = false;
    int k = ComplementStart(s, SkipDet(s, j + 1), &class_noun, &region);
    const PhraseIndex::Match& m = DictAt(s, k);
    // "spokesman for India's Ministry of External Affairs", "Speaker of
    // Uganda's Parliament": the country's body, not the country.
    if (int nx = 0; m.length > 0 && s.w[k + m.length - 1].elided && Fold(s, k + m.length, "s") &&
                    TryInstitution(s, k, &nx)) {
      of = s.men.back().id;
      j = nx;
    } else if (std::string adj; m.length > 0 && HitLen(s, k, c_.institution) == m.length &&
                                CountryAdjectiveAt(s, k + m.length, &adj) > 0 &&
                                TryInstitution(s, k, &nx)) {
      // "président du Conseil de sécurité kazakh": the state's own body
      // named like the dictionary's international one.
      of = s.men.back().id;
      j = nx;
    } else if (int ih = m.length == 0 ? HitLen(s, k, c_.institution) : 0; ih > 0) {
      // "le commandant des soldats de la paix russes": a body no name
      // begins, its state's adjective after it.
      const LexEntry& body = r_.lex.entry(LexAt(s, k, c_.institution).entries[0].first);
      if (std::string adj; body.Get("name") != "state" && body.Get("known_only").empty() &&
                           CountryAdjectiveAt(s, k + ih, &adj) > 0) {
        const int an = CountryAdjectiveAt(s, k + ih, &adj);
        if (std::string id = InstitutionId(adj, body.Get("name")); !id.empty()) {
          of = id;
          j = k + ih + an;
          national_body = true;
        }
      }
    }
    // "the chief of staff of Iran's armed forces": the staff's chief leads
    // the army (roles.tsv army_head=1).
    if (!of.empty() && rel == "official_of" && e.Get("army_head") == "1" && !s.men.empty() &&
        s.men.back().id == of && s.men.back().rule == "discover:institution" &&
        of == InstitutionId(s.men.back().of, "army"))
      rel = "leads";
    // A region's head leads the region ("le gouverneur du Nord-Kivu",
    // "leader of the breakaway region of X"), not a city it sits in.
    const bool place_ok = rel == "leads" && (role == "head" || role == "head_of_government") &&
                          HitLen(s, k, c_.capital) != m.length &&
                          !(k + m.length < static_cast<int>(s.w.size()) &&
                            s.w[k + m.length].hyphen_before);  // "Istanbul-based X"
    for (int p : m.payloads) {
      if (!of.empty()) break;  // the country's body read just above
      const NameInfo& n = r_.dict.name(p);
      const Actor& a = r_.dict.actors()[n.actor];
      // "le gouverneur de Kinshasa" governs the city, not the state it stands for.
      const bool governor =
          Fold(s, i, "gouverneur") || Fold(s, i, "gouverneure") || Fold(s, i, "governor");
      // s10roles: "the leader of the Karabakh separatists": a delimited
      // group's head leads it (not "the governor of West Darfur": a name
      // goes on after the group's word).
      const bool group_ok = a.kind == "group" && rel == "leads" &&
                            (role == "head" || role == "head_of_state") && !governor &&
                            !IsNameWord(s, k + m.length);
      if ((a.kind == "country" || a.kind == "organization" || group_ok ||
           (a.kind == "location" && place_ok)) &&
          n.how != NameHow::kAdjective && n.how != NameHow::kDemonym &&
          !(governor && n.how == NameHow::kMetonym)) {
        of = a.id;
        j = k + m.length;
        break;
      }
    }
    // "deputy chairman of Russia's Security Council": the state owns the
    // body named after it, whose office this is.
    if (const Actor* oc = of.empty() ? nullptr : r_.dict.Find(of);
        oc && oc->kind == "country" &&
        GenitiveS(s, j)) {
      const int q = j + 1;
      const PhraseIndex::Match& om = DictAt(s, q);
      for (int p : om.payloads) {
        const std::string& body = r_.dict.actors()[r_.dict.name(p).actor].id;
        const size_t sp = body.find(' ');
        // "the chief of Russia's Airborne Forces": a body the dictionary files
        // under the state's adjective is that state's own; the office is in it.
        if (r_.dict.actors()[r_.dict.name(p).actor].kind == "organization" &&
            !oc->adj_en.empty() && sp == oc->adj_en.size() &&
            body.compare(0, sp, oc->adj_en) == 0) {
          of = body;
          j = q + om.length;
          break;
        }
        if (r_.dict.actors()[r_.dict.name(p).actor].kind != "organization" || sp == 0 ||
            sp == std::string::npos || !std::isupper(static_cast<unsigned char>(body[0])) ||
            !std::isupper(static_cast<unsigned char>(body[sp - 1])))
          continue;
        if (std::string id = InstitutionId(of, body.substr(sp + 1)); !id.empty()) {
          of = id;
          national_body = true;
          j = q + om.length;
        }
        break;
      }
      // "head of Russia's airborne troops", "chief of Ukraine's presidential
      // office": the title governs the noun the state owns, no body the
      // dictionary knows; the holder serves the state, he does not lead it.
      if (of == oc->id && rel == "leads" && q < static_cast<int>(s.w.size()) && s.w[q].word) {
        rel = "official_of";
        role = "official";  // no dictionary holder of the state's head
      }
    }
    // "Medvedev, vice-président du Conseil de sécurité": the holder's state's council.
    if (std::string generic; !of.empty() && ChairedNationalBody(s, k, j, of, &generic)) {
      const std::string country = PersonCountryBefore(s, i);
      if (std::string id = country.empty() ? "" : InstitutionId(country, generic); !id.empty()) {
        of = id;
        national_body = true;
      }
    }
    // "porte-parole du Conseil de sécurité nationale": a qualifier makes it
    // another, national body than the dictionary's; its country is not said.
    bool qualified = !of.empty() && Is(s, j, c_.org_qualifier) && !s.w[j].upper_initial;
    // "leader of the opposition Congress party": one country's body by its
    // generic name, then "party", is a party of its own (discovered).
    const bool party = !of.empty() && j == k + 1 && Fold(s, j, "party") && !s.w[j].upper_initial &&
                       (HitLen(s, k, c_.org_head_en) == 1 || HitLen(s, k, c_.org_head_fr) == 1 ||
                        HitLen(s, k, c_.institution) == 1);
    // "the Kazakhstan International Bureau for Human Rights": the name goes
    // on past the dictionary's, so the office is in a body to discover.
    if (of.empty() || IsNameWord(s, j) || qualified || party) {
      int nx = 0;
      if (TryDiscoverOrg(s, k, &nx)) {
        of = s.men.back().id;
        j = nx;
      } else if (party) {
        of.clear();  // a party without a name of its own: no office read
      } else if (int run = class_noun && of.empty() && DictAt(s, k).length == 0 ? NameRun(s, k) : 0;
                 run > 0 && run <= 4) {
        // "président de l'association Berry-Eurasie", "chef de la coalition
        // Viv Ansanm": a class noun, then the body's own name.
        of = s.men[AddDiscoveredOrg(s, k, k + run)].id;
        j = k + run;
      } else if (int named = of.empty() && x_->article.lang != "fr" && DictAt(s, k).length == 0
                                 ? NameRun(s, k)
                                 : 0;
                 named > 0 && named <= 4 && !s.w[k + named].upper_initial &&
                 RoleWordAt(s, k + named, "org_class") > 0) {
        // "leader of the far-right Jewish Power party", "head of the Wagner
        // group": the body's own name, then its class noun (English order).
        of = s.men[AddDiscoveredOrg(s, k, k + named)].id;
        j = k + named + RoleWordAt(s, k + named, "org_class");
      } else if (of.empty() && (TryMinistry(s, SkipDet(s, j0 + 1), &nx) ||
                                (x_->article.lang != "fr" && SkipDet(s, j0 + 1) > j0 + 1 &&
                                 TryInstitution(s, SkipDet(s, j0 + 1), &nx)))) {
        // "la porte-parole du ministère russe des Affaires étrangères, X",
        // "a spokesman for the Indian Ministry of External Affairs"
        of = s.men.back().id;
        j = nx;
      } else if (qualified) {
        of.clear();
        ++j;
      } else if (std::string country; of.empty() && StateNounAt(s, k) > 0 &&
                                      CountryAdjectiveAt(s, k + StateNounAt(s, k), &country) > 0) {
        // "porte-parole du régime nigérien", "du gouvernement malien": the state.
        j = k + StateNounAt(s, k) + CountryAdjectiveAt(s, k + StateNounAt(s, k), &country);
        of = country;
      } else if (Lexicon::Hit h = of.empty() ? LexAt(s, k, c_.institution) : Lexicon::Hit();
                 h.length > 0 && !Is(s, k + h.length, c_.prep_de) &&
                 CountryAdjectiveAt(s, k + h.length, &country) == 0 &&
                 r_.lex.entry(h.entries[0].first).Get("name") != "state") {
        // "Abdel Fattah al-Burhane, commandant de l'armée": the army of the
        // holder's state; "le président du Parlement, Nabih Berri": the
        // state is the sentence's or the page's (ResolveInstitutions).
        const std::string& name = r_.lex.entry(h.entries[0].first).Get("name");
        country = PersonCountryBefore(s, i);
        of = country.empty() ? "institution:" + name : InstitutionId(country, name);
        national_body = true;
        j = k + h.length;
      } else if (int sl = of.empty() ? RoleWordAt(s, k, "service") : 0;
                 sl > 0 && CountryAdjectiveAt(s, k + sl, &country) > 0) {
        // "le chef des renseignements égyptiens": a state's service that is
        // no actor of its own; its head is an official of the state.
        j = k + sl + CountryAdjectiveAt(s, k + sl, &country);
        of = country;
        if (rel == "leads") rel = "official_of";
      } else if (of.empty() && j0 + 3 < static_cast<int>(s.w.size()) &&
                 Is(s, j0 + 1, c_.possessive) && s.w[j0 + 2].word && !s.w[j0 + 2].upper_initial &&
                 P(s, j0 + 3, ',')) {
        // "le porte-parole de sa diplomatie, X": the owner, as for "son porte-parole".
        possessive = j0 + 1;
        j = j0 + 3;
      } else if (of.empty()) {
        j = j0;
      }
    }
    // "(OTSC)" right after its full name.
    if (!of.empty() && P(s, j, '(') && P(s, j + 2, ')')) j += 3;
  }
  // "l'envoyé spécial de l'ONU au Soudan, Volker Perthes", "l'ambassadeur
  // israélien auprès des Nations unies, Gilad Erdan", "envoy to Sudan": the
  // place of the office is not its holder's body; step over it to the name.
  if (j > i && (Fold(s, j, "au") || Fold(s, j, "aux") || Fold(s, j, "en") || Fold(s, j, "a") ||
                Fold(s, j, "to") || Fold(s, j, "in") || Fold(s, j, "aupres"))) {
    int k = j + 1;
    if (Fold(s, j, "aupres") && Is(s, k, c_.prep_de)) ++k;
    // Past the determiners, but not past a name spelled as one ("to the UN",
    // whose acronym folds to the French article "un").
    while (k < static_cast<int>(s.w.size()) && (Is(s, k, c_.det) || P(s, k, '<') || P(s, k, '"')) &&
           !(Is(s, k, c_.det) && s.w[k].upper_initial && DictAt(s, k).length > 0 && k > j + 1))
      ++k;
    if (int dl = DictAt(s, k).length;
        dl > 0 && !DictPersonAt(s, k) && (P(s, k + dl, ',') || IsNameWord(s, k + dl))) {
      j = k + dl;
    } else if (dl == 0 && k > j + 1) {
      // "permanent representative to the international organisations in
      // Vienna, X": a few lower-case words, a seat's name, then the comma.
      int q = k;
      while (q < k + 4 && PlainWord(s, q) && !Is(s, q, c_.det) && HitLen(s, q, c_.trigger) == 0)
        ++q;
      if (q > k && (Fold(s, q, "in") || Fold(s, q, "a")))
        if (const int pl = DictAt(s, q + 1).length; pl > 0 && !DictPersonAt(s, q + 1)) q += 1 + pl;
      if (q > k && P(s, q, ',')) j = q;
    }
  }
  // "le haut représentant de l'UE pour la politique étrangère, Josep
  // Borrell", "Deputy Prime Minister for Reintegration Oleg Serebrian": the
  // portfolio after "pour"/"for" is part of the title. So is a French
  // portfolio after "à"/"aux" ("le commissaire européen à l'élargissement,
  // X", "la haute-commissaire de l'ONU aux droits de l'homme, X"), kept to
  // an article after "à" (the verb "a" is spelled alike) and closed by the
  // apposition comma before the name.
  auto french_portfolio_at = [&](int k) {
    return Fold(s, k, "aux") || Fold(s, k, "au") || (Fold(s, k, "a") && Is(s, k + 1, c_.det));
  };
  // (past one lower-case adjective the title did not read: "le commissaire
  // européen à la Santé, X")
  const int pj = !french_portfolio_at(j) && j < static_cast<int>(s.w.size()) && s.w[j].word &&
                         !s.w[j].upper_initial && !Is(s, j, c_.det) && !Is(s, j, c_.prep) &&
                         !Is(s, j, c_.prep_de) && !Is(s, j, c_.aux) && !Is(s, j, c_.qui) &&
                         !Is(s, j, c_.que) && HitLen(s, j, c_.trigger) == 0 &&
                         french_portfolio_at(j + 1)
                     ? j + 1
                     : j;
  const bool french_portfolio = french_portfolio_at(pj);
  // "the UN special rapporteur on Myanmar, X", "le rapporteur spécial de
  // l'ONU sur la Birmanie, X": a mandate's country, closed by the comma.
  const bool topic = j > i && (Fold(s, j, "on") || Fold(s, j, "sur")) && !of.empty();
  if (j > i && (Fold(s, j, "pour") || Fold(s, j, "for") || french_portfolio || topic)) {
    int q = pj + 1;
    int words = 0;
    bool place = false;
    while (q < static_cast<int>(s.w.size()) && words < 6 && s.w[q].word && !Is(s, q, c_.qui) &&
           !Is(s, q, c_.que) && !Is(s, q, c_.aux) && HitLen(s, q, c_.trigger) == 0 &&
           DictPersonAt(s, q) == 0) {
      if (const int qm = MentionAt(s, q); qm >= 0) {
        if (!topic || s.men[qm].b != q ||
            (s.men[qm].kind != "country" && s.men[qm].kind != "location"))
          break;
        place = true;
        q = s.men[qm].e;
        ++words;
        continue;
      }
      if (words > 0 && s.w[q].upper_initial && NameRun(s, q) >= 2) break;  // the name
      ++q;
      ++words;
    }
    if (words > 0 && (!place || (P(s, q, ',') && NameRun(s, q + 1) > 0)) &&
        (P(s, q, ',') || (q < static_cast<int>(s.w.size()) && NameRun(s, q) >= 2) ||
         DictPersonAt(s, q) > 0) &&
        (!french_portfolio ||
         (P(s, q, ',') && (NameRun(s, SkipDet(s, q + 1)) > 0 || DictPersonAt(s, q + 1) > 0))))
      j = q;
  }
  // org= (roles.tsv): an office that only one body has ("la haute-commissaire
  // aux droits de l'homme", the UN's) serves that body when none is named.
  if (of.empty()) {
    if (const std::string& org = e.Get("org"); !org.empty() && r_.dict.Find(org) != nullptr)
      of = org;
  }
  // group=separatists (roles.tsv): "le dirigeant séparatiste X", "the
  // separatist leader X" heads the separatists last named with their region
  // ("les séparatistes du Haut-Karabakh"); with none named, no body.
  if (of.empty() && e.Get("group") == "separatists") of = last_separatists_;
  // "le ministre de la Sécurité nationale, Itamar Ben Gvir", "le secrétaire
  // à la Défense, Lloyd Austin": a minister's portfolio naming no actor,
  // closed by the apposition comma before the name.
  const bool minister_role =
      role == "minister" || (role.size() > 9 && role.compare(role.size() - 9, 9, "_minister") == 0);
  // "le ministre malien de l'Administration territoriale, X": after the adjective too.
  if (minister_role && (of.empty() || of_adjective) &&
      (Is(s, j, c_.prep_de) || Fold(s, j, "a") || Fold(s, j, "of") || Fold(s, j, "for"))) {
    int q = j + 1;
    std::string portfolio_of;  // "de l'Énergie du Qatar", "des Mines malien"
    while (q < static_cast<int>(s.w.size()) && q < j + 7 && !P(s, q, ',') && MentionAt(s, q) < 0 &&
           !Is(s, q, c_.qui) && !Is(s, q, c_.que) && !Is(s, q, c_.aux) &&
           HitLen(s, q, c_.trigger) == 0 && s.w[q].word) {
      if (const PhraseIndex::Match& m = DictAt(s, q); m.length > 0) {
        std::string id;
        for (int p : m.payloads) {
          const NameInfo& n = r_.dict.name(p);
          const Actor& a = r_.dict.actors()[n.actor];
          if (a.kind == "country" && n.how == NameHow::kAdjective) id = a.id;
          if ((a.kind == "country" || a.kind == "organization") && n.how != NameHow::kAdjective &&
              n.how != NameHow::kDemonym && (Is(s, q - 1, c_.prep_de) || Is(s, q - 1, c_.det)))
            id = a.id;
        }
        if (id.empty() || !portfolio_of.empty()) break;
        portfolio_of = id;
        q += m.length;
        continue;
      }
      ++q;
    }
    int name = q + 1;
    if (Is(s, name, c_.det)) ++name;
    name += RankRun(s, name);
    // "le ministre de la Sécurité nationale Itamar Ben Gvir": no comma
    // before a name the dictionary knows.
    if (q > j + 1 && ((P(s, q, ',') && (NameRun(s, name) > 0 || DictPersonAt(s, name) > 0)) ||
                      DictPersonAt(s, q) > 0)) {
      j = q;
      if (!of_adjective || !portfolio_of.empty()) of = portfolio_of;
      state_office = of.empty();
    }
  }
  // The person named by the title: "le président russe Vladimir Poutine",
  // "le président kazakh en difficulté, M. Tokayev", "président Tokayev".
  int k = j;
  int lower = 0;
  while (k < static_cast<int>(s.w.size()) && lower < 3 && s.w[k].word && !s.w[k].upper_initial &&
         !Is(s, k, c_.prep_de) && !Is(s, k, c_.qui) && !Is(s, k, c_.que) && !Is(s, k, c_.aux)) {
    ++k;
    ++lower;
  }
  if (lower > 0 && !P(s, k, ',')) k = j;  // a lower-case detour must end in an apposition comma
  if (P(s, k, ',')) ++k;
  if (P(s, k, '<') || P(s, k, '"')) ++k;
  // ", le colonel Assimi Goïta", ", le Gambien Omar Touray", ", la
  // diplomate suisse X": a rank, nationality or profession between the
  // comma and the name (the nationality stays an entity of its own).
  std::string nationality;
  int nat_b = -1, nat_e = -1;
  if (k > j && P(s, k - 1, ',')) {
    int q = Is(s, k, c_.det) ? k + 1 : k;
    std::string other;
    if (int cl = CountryAdjectiveAt(s, q, &other); cl > 0 && HitLen(s, q + cl, c_.role) > 0) {
      // "the Kazakh leader, Chinese President Xi": a nationality and a title
      // of their own; the name is that title's holder, not this one's.
      k = static_cast<int>(s.w.size());
    } else if (int dl = PersonDescriptorRun(s, q, &nationality, &nat_b, &nat_e); dl > 0) {
      k = q + dl;
    }
  } else if (int rl = RankRun(s, k); rl > 0 && NameRun(s, k + rl) > 0) {
    k += rl;  // "ministry spokesman Major General Igor Konashenkov"
  }
  std::string person, person_rule;
  int pe = k;
  // A dictionary name inside a longer run ("Abbas Kamel") is not that person.
  if (int dl = DictPersonAt(s, k); dl > 0 && NameRun(s, k) <= dl) {
    // A dictionary person named in full ("Jean-Yves Le Drian").
    person = r_.dict.actors()[DictPersonActor(s, k)].id;
    person_rule = "dict:alias";
    pe = k + dl;
  } else if (k < static_cast<int>(s.w.size())) {
    if (Is(s, k, c_.honorific) && s.w[k].upper_initial) {
      int n = NameRun(s, k + 1);
      if (n > 0) {
        person = PersonFromName(s, k + 1, k + 1 + n, &person_rule);
        pe = k + 1 + n;
      }
    } else if (int n = NameRun(s, k); n > 0) {
      // The name must be a person, not another actor ("le président Biden" yes, "le président
      // Russie" no).
      person = PersonFromName(s, k, k + n, &person_rule);
      pe = k + n;
    }
  }
  // Apposition before: "Alexandre Loukachenko, le président biélorusse".
  bool former_modifier = false;
  if (person.empty()) {
    int b = i - 1;
    // "X, the Russian ambassador, ...", "X, Somalia's foreign minister",
    // "X, the 35-year-old head of Y", "X, le nouveau chef de Y": the owner
    // named before the title and a few lower-case modifiers, when the title's
    // phrase closes (a comma, "who") as an apposition does.
    const int b0 = b;
    auto modifiers = [&](int q) {
      for (int step = 0;
           step < 4 && q > 1 && MentionAt(s, q) < 0 && s.w[q].word && !s.w[q].upper_initial &&
           !Is(s, q, c_.det) && !Is(s, q, c_.prep) && !Is(s, q, c_.prep_de) &&
           !Is(s, q, c_.coord) && !Is(s, q, c_.aux) && !Is(s, q, c_.qui) && !Is(s, q, c_.que) &&
           !Is(s, q, c_.possessive) && !Fold(s, q, "s");
           ++step) {
        former_modifier |= FormerHolderWord(s, q);
        --q;
      }
      return q;
    };
    b = modifiers(b);
    bool possessive_owner = false;
    if (owner_begin >= 0 && b >= owner_begin && b < i) {
      b = owner_begin - 1;
      possessive_owner = owner_possessive;
      // "President Lula's": the owner's own title before its name.
      if (int tm = MentionAt(s, b); tm >= 0 && s.men[tm].e == b + 1 && s.men[tm].kind == "person" &&
                                    s.men[tm].id == s.men[MentionAt(s, owner_begin)].id)
        b = s.men[tm].b - 1;
      b = modifiers(b);
    }
    // "X, who is also SNS leader,", "X, qui est aussi le chef du parti,": a
    // relative in the present stands for the apposition's comma (not "who
    // was": a past office).
    bool relative_is = false;
    if (b != b0 || Is(s, b, c_.det)) {
      int q = b;
      if (Is(s, q, c_.det)) --q;
      while (q > 2 && IsAdverb(s, q)) --q;
      if (q > 2 && (Fold(s, q, "is") || Fold(s, q, "est")) &&
          (Fold(s, q - 1, "who") || Fold(s, q - 1, "qui")) && P(s, q - 2, ',')) {
        b = q - 2;
        relative_is = true;
      }
    }
    const int last = j;
    const bool closed = P(s, last, ',') || P(s, last, ')') || P(s, last, '.') || P(s, last, ';') ||
                        Is(s, last, c_.qui) || last >= static_cast<int>(s.w.size());
    // "X, a spokeswoman for Y": the English indefinite article ("a" is a
    // verb in French: "X, a déclaré").
    auto article = [&](int q) {
      return Is(s, q, c_.det) || Fold(s, q, "an") ||
             (Fold(s, q, "a") && x_->article.lang != "fr" && !s.w[q].upper_initial);
    };
    // "X, nouveau chef d'état-major des armées": French appositions may
    // drop the article before their modifiers.
    if (b != b0 && !(((article(b) && P(s, b - 1, ',')) || (possessive_owner && P(s, b, ',')) ||
                      relative_is ||
                      (P(s, b, ',') && (x_->article.lang != "en" || AdverbsOnly(s, b + 1, i)))) &&
                     closed))
      b = b0;
    if (b == b0) former_modifier = false;
    if (article(b)) --b;
    if (P(s, b, ',')) --b;
    if (P(s, b, '>') || P(s, b, '"')) --b;
    int pm = MentionAt(s, b);
    // "son ministre des Affaires étrangères, Bernard Kouchner, le président
    // français s'est entretenu": a title followed by its verb is the next
    // clause's subject, not a second title of the name before it.
    int v = j;
    while (v < static_cast<int>(s.w.size()) && IsAdverb(s, v)) ++v;
    const bool subject_of_verb = Is(s, v, c_.aux) || Is(s, v, c_.neg_ne) ||
                                 (s.w.size() > static_cast<size_t>(v) && s.w[v].elided &&
                                  (Fold(s, v, "s") || Fold(s, v, "n")));
    if (pm >= 0 && s.men[pm].kind == "person" && !s.men[pm].pronoun && b < i - 1 &&
        !subject_of_verb) {
      person = s.men[pm].id;
      person_rule = "apposition";
    }
  }
  // "X, commandant de l'armée et président du Conseil": the holder of the
  // title coordinated before.
  int coordinated = -1;
  if (Fold(s, i - 1, "et") || Fold(s, i - 1, "and")) {
    if (int tm = MentionAt(s, i - 2);
        tm >= 0 && s.men[tm].kind == "person" && !s.men[tm].role.empty() && s.men[tm].e == i - 1)
      coordinated = tm;
  }
  if (person.empty() && coordinated >= 0 && !s.men[coordinated].id.empty()) {
    person = s.men[coordinated].id;
    person_rule = "apposition";
  }
  if (person.empty()) person = AppointedHolder(s, i, owner_begin);
  if (person.empty()) {
    // "X is the head of Y", "X est désormais le chef de Y", "X became acting
    // head of Y": a title predicated of the person subject of a copula in
    // the present, or of "become" (a past "was" may name a former holder;
    // a negation or a modal keeps the title from him).
    int b = owner_begin >= 0 && owner_begin < i ? owner_begin - 1 : i - 1;
    for (int step = 0; step < 4 && b > 0; ++step) {
      const bool article = Is(s, b, c_.det) || Fold(s, b, "an") ||
                           (Fold(s, b, "a") && x_->article.lang != "fr" && !s.w[b].upper_initial);
      if (!(article || (HitLen(s, b, c_.role_qualifier) == 1 && !s.w[b].upper_initial) ||
            Fold(s, b, "new") || Fold(s, b, "nouveau") || Fold(s, b, "nouvelle") ||
            Fold(s, b, "now") || Fold(s, b, "currently") || Fold(s, b, "still") ||
            Fold(s, b, "desormais") || Fold(s, b, "actuellement") || Fold(s, b, "toujours")))
        break;
      --b;
    }
    int q = -1;  // the last word before the copula's subject
    if (Fold(s, b, "is") || Fold(s, b, "remains") || Fold(s, b, "became") ||
        Fold(s, b, "becomes") || Fold(s, b, "reste") || Fold(s, b, "devient")) {
      q = b - 1;
    } else if (Fold(s, b, "est") && x_->article.lang != "en") {
      q = b - 1;
    } else if ((Fold(s, b, "devenu") || Fold(s, b, "devenue")) && Fold(s, b - 1, "est")) {
      q = b - 2;
    } else if (Fold(s, b, "become") && (Fold(s, b - 1, "has") || Fold(s, b - 1, "have"))) {
      q = b - 2;
    }
    if (const int sm = q >= 0 ? MentionAt(s, q) : -1;
        sm >= 0 && s.men[sm].kind == "person" && !s.men[sm].pronoun && !s.men[sm].adj &&
        !s.men[sm].id.empty() && s.men[sm].e == q + 1) {
      person = s.men[sm].id;
    }
  }
  // Set when the state or body comes from the possessive's owner ("son
  // homologue", "his counterpart"), not from words of the title itself.
  bool of_from_owner = false;
  if (of.empty() && !person.empty() && Is(s, possessive, c_.possessive)) {
    // "Sa porte-parole, Maria Zakharova", "par la voix de son porte-parole":
    // the office is in the organization or country acting in the sentence,
    // else in the one that was the previous sentence's subject.
    const bool personal = Fold(s, possessive, "his") || Fold(s, possessive, "her");
    if (personal) of = OfficeCountryOfPersonBefore(s, possessive);
    // "Le Kényan X assistait au sommet ; le Rwanda y était représenté par sa
    // ministre": after a semicolon, the subject of the possessive's own clause.
    // (A clause opening on the possessive, "; son chef, X", is the first
    // clause's subject's.)
    int clause = -1;
    for (int k = possessive - 1; k > 0 && k >= possessive - 30 && clause < 0; --k) {
      if (P(s, k, ';')) clause = k;
    }
    bool clause_subject = false;
    if (of.empty() && clause >= 0) {
      for (const Men& m : s.men) {
        if (m.b <= clause || m.implied || m.adj || m.pronoun || m.id.empty() || s.inq[m.b])
          continue;
        clause_subject = m.b < possessive;
        if (clause_subject && (m.kind == "organization" || m.kind == "country")) of = m.id;
        break;
      }
    }
    if (of.empty() && !clause_subject) of = SubjectOrgBefore(s, possessive);
    if (of.empty() && !personal) {
      // "X, the NLA's leader, and Y, its spokesman": the organization of the
      // nearest title just before in the sentence (bounded window).
      int best_e = -1;
      for (const Men& m : s.men)
        if (m.rule == "title:of" && m.kind == "organization" && !m.id.empty() &&
            m.e <= possessive && m.b >= possessive - 20 && m.e > best_e) {
          best_e = m.e;
          of = m.id;
        }
    }
    if (of.empty() && !personal) of = OfficeCountryOfPersonBefore(s, possessive);
    if (of.empty()) of = prev_subject_org_;
    // "Guterres a condamné ... Son envoyée spéciale, X": the body of the
    // previous subject's office.
    if (of.empty() && prev_subject_office_.compare(0, 12, "institution:") != 0)
      of = prev_subject_office_;
    of_from_owner = !of.empty();
  }
  if (role == "counterpart") {
    // "son homologue russe Sergueï Lavrov", "his Azerbaijani counterpart,
    // Ilham Aliyev": the same office as the person met, in the other country.
    std::string office;
    if (of_from_owner) {
      // "le président mozambicain X ... son homologue Paul Kagame": a
      // counterpart holds his office in another state than the owner's;
      // only the dictionary's office on the date can name it.
      const std::string owner_state = of;
      of.clear();
      const Office* o = person.empty() ? nullptr : OfficeOnDate(person, "");
      if (o == nullptr || o->of == owner_state) return false;
      office = o->role;
      of = o->of;
    } else if (!person.empty()) {
      if (const Office* o = OfficeOnDate(person, of)) {
        office = o->role;
        of = o->of;
      }
    }
    if (office.empty() && !of.empty()) office = OfficeOfPersonBefore(s, i);
    if (office.empty() || of.empty()) return false;
    role = office;
    rel = IsHeadRole(office) ? "leads" : "official_of";
  }
  // "President X of Moldova": an English head's state after the name (not
  // "of Moldova's ruling party", whose country owns the next noun).
  if (of.empty() && !person.empty() && rel == "leads" && person_rule != "apposition" && pe > k &&
      Fold(s, pe, "of")) {
    const int c = SkipDet(s, pe + 1);
    const PhraseIndex::Match& cm = DictAt(s, c);
    if (!(c + cm.length < static_cast<int>(s.w.size()) && Fold(s, c + cm.length, "s") &&
          s.w[c + cm.length - 1].elided)) {
      for (int p : cm.payloads) {
        const NameInfo& n = r_.dict.name(p);
        if (r_.dict.actors()[n.actor].kind == "country" && n.how != NameHow::kAdjective &&
            n.how != NameHow::kDemonym && n.how != NameHow::kMetonym) {
          of = r_.dict.actors()[n.actor].id;
          break;
        }
      }
    }
  }
  // "le président Tokaïev", "le ministre de l'Intérieur, X": a state's title
  // with no country and no complement ("président de l'association" is none).
  const bool bare_title = of.empty() && !person.empty() && IsStateTitle(s, i, role) &&
                          !Is(s, i - 1, c_.possessive) && !Is(s, j, c_.prep_de) &&
                          !Fold(s, j, "of") && person_rule != "apposition";
  bool of_from_dictionary = false;
  if (of.empty() && !person.empty()) {
    // "le président Tokayev": the office comes from the dictionary.
    if (const Actor* a = r_.dict.Find(person)) {
      for (const Office& o : a->offices) {
        bool head = rel == "leads" && (o.role == "head_of_state" || o.role == "head_of_government");
        if ((o.role == role || head) && (x_->article.date.empty() || o.from <= x_->article.date) &&
            (o.to.empty() || x_->article.date.empty() || x_->article.date <= o.to)) {
          of = o.of;
          of_from_dictionary = true;
          break;
        }
      }
    }
  }
  if (bare_title) {
    const Actor* a = r_.dict.Find(person);
    const Actor* state = of.empty() ? nullptr : r_.dict.Find(of);
    if (state && state->kind == "country") {
      // A known holder called by a bare title: the article speaks of its state as its own.
      bare_title_conflict_ |= !bare_title_country_.empty() && bare_title_country_ != of;
      bare_title_country_ = of;
    } else if (of.empty() && (!a || a->offices.empty())) {
      // "À Washington, le président George W. Bush", else the state whose
      // known leaders the article already called by bare titles.
      // Only a minister: "President Lula" is as often a foreign head as the article's own.
      of = FrontedPlaceCountry(s, i);
      if (of.empty() && !bare_title_conflict_ && !IsHeadRole(role)) of = bare_title_country_;
    }
  }
  // "The Russian Defence Ministry says ...; ministry spokesman X", "le
  // porte-parole du ministère, X": the ministry named last.
  bool in_ministry = false;
  // A known holder's state from the dictionary gives way to that state's
  // ministry named last; a sentence's first word has its capital anyway
  // ("Ministry spokeswoman X said").
  if ((of.empty() || of_from_dictionary) && !person.empty() && i >= 1 && MentionAt(s, i - 1) < 0 &&
      HitLen(s, i - 1, c_.ministry_head) == 1 && (!s.w[i - 1].upper_initial || i == 1)) {
    std::string ministry = LastMinistryBefore(s, i - 1);
    const Actor* state = of.empty() ? nullptr : r_.dict.Find(of);
    if (!ministry.empty() &&
        (of.empty() || (state && !state->adj_en.empty() &&
                        ministry.compare(0, state->adj_en.size() + 1, state->adj_en + " ") == 0))) {
      of = ministry;
      in_ministry = true;
    }
  }
  if (of.empty() && person.empty() && Is(s, j, c_.prep_de) &&
      HitLen(s, SkipDet(s, j + 1), c_.ministry_head) == 1 && P(s, SkipDet(s, j + 1) + 1, ',') &&
      NameAt(s, SkipDet(s, j + 1) + 2)) {
    if (std::string ministry = LastMinistryBefore(s, i); !ministry.empty()) {
      // The holder's name after the comma: read again from there.
      const int k2 = SkipDet(s, j + 1) + 2;
      std::string rule2;
      const int dl = DictPersonAt(s, k2);
      const int nl = dl > 0 ? dl : NameRun(s, k2);
      person = dl > 0 ? r_.dict.actors()[DictPersonActor(s, k2)].id
                      : PersonFromName(s, k2, k2 + nl, &rule2);
      if (!person.empty()) {
        of = ministry;
        in_ministry = true;
        j = SkipDet(s, j + 1) + 1;
        k = k2;
        pe = k2 + nl;
        person_rule = dl > 0 ? "dict:alias" : "discover:title";
      }
    }
  }
  if (of.empty() && person.empty()) return false;
  // "Foreign Ministry spokeswoman Maria Zakharova": an office in that
  // country's ministry, named before the title without its country.
  // The word tests first: most titles have no ministry word before them,
  // and skip the dictionary look-up.
  if (i >= 2 && MentionAt(s, i - 1) < 0 && HitLen(s, i - 1, c_.ministry_head) == 1 &&
      s.w[i - 1].upper_initial) {
    if (const Actor* country = r_.dict.Find(of);
        country && country->kind == "country" && !country->adj_en.empty()) {
      for (int b = i - 2; b >= 0 && b >= i - 4 && !in_ministry; --b) {
        Lexicon::Hit h = LexAt(s, b, c_.ministry_name);
        if (h.length != i - 1 - b || MentionAt(s, b) >= 0) continue;
        std::string tmp;
        if (b > 0 && CountryAdjectiveAt(s, b - 1, &tmp) > 0) break;  // discovered already
        of = country->adj_en + " " + r_.lex.entry(h.entries[0].first).Get("name") + " Ministry";
        in_ministry = true;
      }
    }
  }
  // "la porte-parole de la diplomatie russe", "Russian foreign ministry
  // spokesman": a spokesperson of the foreign ministry speaks for that
  // ministry (the ministry convention of TryMinistry), not for the state.
  // Looked up only for a foreign minister's title (most titles are not).
  if (const Actor* country =
          !in_ministry && role == "foreign_minister" ? r_.dict.Find(of) : nullptr;
      country && country->kind == "country" && !country->adj_en.empty()) {
    bool spokes = false;
    for (int k = i; k < i + hit.length; ++k) {
      spokes |= Fold(s, k, "porte") || Fold(s, k, "parole") || Fold(s, k, "spokesman") ||
                Fold(s, k, "spokeswoman") || Fold(s, k, "spokesperson");
    }
    if (spokes) {
      of = country->adj_en + " Foreign Ministry";
      in_ministry = true;
    }
  } else if (of.empty() && !person.empty() && role == "foreign_minister" && hit.length >= 3 &&
             HitLen(s, i + 1, c_.ministry_head) == 1) {
    // "foreign ministry spokesman X" naming no state: the foreign ministry
    // the page named last.
    if (std::string ministry = LastMinistryBefore(s, i);
        ministry.size() > 17 &&
        ministry.compare(ministry.size() - 17, 17, " Foreign Ministry") == 0) {
      of = ministry;
      in_ministry = true;
    }
  }
  // "le porte-parole du président russe, X", "the adviser to the Emirati
  // president, X": the name holds the outer office, one below the head. A
  // name glued to the inner title ("X, adviser to President Ilham Aliyev")
  // is that title's own holder.
  const bool name_glued = person_rule != "apposition" && !(k > j && P(s, k - 1, ','));
  if (!person.empty() && !rel.empty() && !name_glued) {
    int pd = i - 1;
    if (int am = MentionAt(s, pd); am >= 0 && s.men[am].e == i && s.men[am].id == of)
      pd = s.men[am].b - 1;
    while (pd >= 0 && Is(s, pd, c_.det) && !Is(s, pd, c_.prep_de)) --pd;
    if (pd >= 1 && (Is(s, pd, c_.prep_de) || Fold(s, pd, "to"))) {
      for (int q = std::max(0, pd - 3); q < pd; ++q) {
        const int rl = HitLen(s, q, c_.role);
        if (rl == 0 || q + rl > pd) continue;
        bool plain = true;
        for (int w = q + rl; w < pd; ++w)
          plain &= s.w[w].word && !s.w[w].upper_initial && MentionAt(s, w) < 0;
        if (!plain) continue;
        role = r_.lex.entry(LexAt(s, q, c_.role).entries[0].first).Get("role");
        rel = "official_of";
        break;
      }
    }
  }
  // "le président déchu, X", "le Premier ministre destitué": French puts the
  // removal after the title; the office has ended as with "ousted" before it.
  auto removed_after = [&](int q) {
    return Fold(s, q, "dechu") || Fold(s, q, "dechue") || Fold(s, q, "destitue") ||
           Fold(s, q, "destituee") || Fold(s, q, "renverse") || Fold(s, q, "renversee") ||
           Fold(s, q, "evince") || Fold(s, q, "evincee") || Fold(s, q, "defunt") ||
           Fold(s, q, "defunte") || Fold(s, q, "limoge") ||
           Fold(s, q, "limogee");
  };
  // "les dirigeants séparatistes ont rejeté": with no holder named, the
  // separatists' title stands for the collective (TryDict reads it).
  if (person.empty() && e.Get("group") == "separatists") return false;
  // "l'ancien chef du KNB", "former president": a past office gives no edge.
  // "former Dutch Prime Minister": the word before the country's adjective.
  int before = i - 1;
  if (int am = MentionAt(s, before); am >= 0 && s.men[am].e == i && s.men[am].id == of)
    before = s.men[am].b - 1;
  if (Fold(s, before, "ancien") || Fold(s, before, "ancienne") || Fold(s, before, "anciens") ||
      Fold(s, before, "anciennes") || Fold(s, before, "former") ||
      // "Ousted Niger leader Bazoum", "deposed president X", "the late king":
      // a removal or a death before the title ends the office too.
      Fold(s, before, "ousted") || Fold(s, before, "deposed") || Fold(s, before, "toppled") ||
      Fold(s, before, "overthrown") || Fold(s, before, "late") ||
      ((Fold(s, before, "ex") || Fold(s, before, "then")) && s.w[before + 1].hyphen_before) ||
      former_modifier || removed_after(i + hit.length) ||
      EndedOfficeContext(s, before, j, pe) || TitleOfAnother(s, i))
    rel.clear();
  Men m;
  m.b = i;
  m.e = j;
  m.kind = "person";
  m.role = role;
  m.rel = rel;
  m.of = of;
  m.state_office = state_office;
  if (!person.empty()) {
    m.id = person;
    m.rule = "title:apposition";
    if (!of.empty() && !rel.empty()) bindings_[role + "|" + of] = person;  // not a former holder
  } else {
    m.rule = "title:role";
  }
  if (i > 0 && MentionAt(s, i - 1) >= 0 && s.men[MentionAt(s, i - 1)].id == of) {
    // English order: the country word before the title is already a mention.
  } else if (!of.empty()) {
    const Actor* oa = r_.dict.Find(of);
    std::string kind = in_ministry || national_body ? "organization" : oa ? oa->kind : "country";
    for (const Men& d : s.men) {  // a body discovered in the complement
      if (!oa && d.id == of && d.kind == "organization") kind = d.kind;
    }
    AddImpliedMention(s, i, j, of, kind, "title:of");
  }
  // "Le Premier ministre et ministre des Affaires étrangères du Qatar, X":
  // a bare title coordinated before this one shares its holder and state.
  if (!person.empty() && !of.empty() && !rel.empty() && coordinated < 0 &&
      (Fold(s, i - 1, "et") || Fold(s, i - 1, "and")) && MentionAt(s, i - 2) < 0) {
    for (int b = std::max(0, i - 5); b <= i - 2; ++b) {  // the longest title first
      if (HitLen(s, b, c_.role) != i - 1 - b) continue;
      // "l'ancien Premier ministre et ministre de X": a former holder of both.
      if (Fold(s, b - 1, "ancien") || Fold(s, b - 1, "ancienne") || Fold(s, b - 1, "former")) {
        m.rel.clear();
        bindings_.erase(role + "|" + of);
        break;
      }
      const LexEntry& first = r_.lex.entry(LexAt(s, b, c_.role).entries[0].first);
      if (first.Get("role") == "counterpart") break;
      Men t = m;
      t.b = b;
      t.e = i - 1;
      t.role = first.Get("role");
      t.rel = first.Get("rel");
      AddMention(s, std::move(t));
      break;
    }
  }
  // Moved, not copied: a plural title's next holders copy it from s.men.
  const int title_at = AddMention(s, std::move(m));
  if (!person.empty() && pe > k && person_rule != "apposition") {
    if (!nationality.empty() && nat_b >= j && nat_e <= k)  // "le Gambien"
      AddImpliedMention(s, nat_b, nat_e, nationality, "country", "dict:demonym");
    Men p;
    p.b = k;
    p.e = pe;
    p.id = person;
    p.kind = "person";
    p.rule =
        person_rule == "dict:alias" ? LiteralText("dict:alias") : LiteralText("discover:title");
    const int holder_at = AddMention(s, std::move(p));
    *next = pe;
    // "les présidents kirghiz Sadyr Japarov et tadjik Emomali Rakhmon",
    // "Presidents X of Uganda, Y of Kenya and Z of Rwanda": a plural
    // title's next holders, each with the state of its own adjective or
    // complement; the list ends at "et"/"and" or at a name with neither.
    const std::string& title_word = s.w[i + hit.length - 1].fold;
    if (title_word.size() > 1 && title_word.back() == 's' && !rel.empty()) {
      // "of Uganda" at k: the country and its end (0: none).
      auto country_complement = [&](int k, std::string* id) {
        if (!(Fold(s, k, "of") || Fold(s, k, "du") || Fold(s, k, "de"))) return 0;
        const int c = SkipDet(s, k + 1);
        const int cl = CountryNameAt(s, c, id);
        return cl > 0 ? c + cl : 0;
      };
      auto add_country = [&](int b, int e2, const std::string& id) {
        AddImpliedMention(s, b, e2, id, "country", "title:of");
      };
      std::string first_of;
      int cur = pe;  // the end of the holder read last, past its complement
      int pending_b = -1,
          pending_e = -1;  // the first holder's "of X", added once a next one is read
      if (int ce = country_complement(cur, &first_of); ce > 0) {
        pending_b = cur;
        pending_e = ce;
        cur = ce;
      }
      for (int round = 0; round < 6; ++round) {
        const bool last = Fold(s, cur, "et") || Fold(s, cur, "and");
        if (!last && !P(s, cur, ',')) break;
        std::string adj2;
        const int al = CountryAdjectiveAt(s, cur + 1, &adj2);
        const int q = cur + 1 + al;
        std::string person2;
        LiteralText rule2;
        const int n2 = TitleHolderAt(s, q, &person2, &rule2);
        std::string of2;
        int after = q + n2;
        if (int ce = al == 0 && !person2.empty() ? country_complement(after, &of2) : 0; ce > 0) {
          add_country(after, ce, of2);
          after = ce;
        }
        if (person2.empty() || (al == 0 && of2.empty())) break;
        if (al > 0) {
          of2 = adj2;
          add_country(cur + 1, q, adj2);
        }
        if (pending_b >= 0) {
          add_country(pending_b, pending_e, first_of);
          pending_b = -1;
        }
        Men m2 = s.men[title_at];
        m2.b = al > 0 ? cur + 1 : q + n2;
        m2.e = al > 0 ? q : after;
        m2.of = of2;
        m2.id = person2;
        AddMention(s, std::move(m2));
        Men p2 = s.men[holder_at];
        p2.b = q;
        p2.e = q + n2;
        p2.id = person2;
        p2.rule = rule2;
        AddMention(s, std::move(p2));
        *next = after;
        cur = after;
        if (last) break;
      }
    }
  } else {
    *next = j;
  }
  return true;
}

// The id of a country's institution: a dictionary actor named "<Adjective>
// <name>" ("Sudanese army" -> Sudanese Armed Forces), else that name itself.
std::string Engine::InstitutionId(const std::string& country, const std::string& name) const {
  if (name == "state") return country;  // the state acting through its government
  const Actor* c = r_.dict.Find(country);
  if (c == nullptr || c->adj_en.empty()) return "";
  // "l'armée régulière": the country's army as the dictionary names it.
  const std::string id = c->adj_en + " " + (name == "regular army" ? std::string("army") : name);
  std::vector<std::string> folds = FoldPhrase(id);
  if (const PhraseIndex::Bucket* b = r_.dict.index().Find(folds[0])) {
    for (const PhraseIndex::Entry& e : *b) {
      if (std::ranges::equal(b->Rest(e), std::span(folds).subspan(1)))
        return r_.dict.actors()[r_.dict.name(e.payload).actor].id;
    }
  }
  // Another country's junta or regular army is that state acting.
  return known_only_institutions_.count(name) ? country : id;
}

// "accuse le gouvernement de museler", "accused the army of torture": "de"
// or "of" at k and a plain lower-case word, the charge rather than an owner.
bool Engine::ChargeAfter(const Sent& s, int k) const {
  return (Fold(s, k, "de") || Fold(s, k, "d") || Fold(s, k, "of")) &&
         k + 1 < static_cast<int>(s.w.size()) && s.w[k + 1].word && !s.w[k + 1].upper_initial &&
         !Is(s, k + 1, c_.det) && DictAt(s, k + 1).length == 0;
}

// "à Niamey", "au Niger", "in Bamako", "du Mali", "of Sudan" at k: the
// country the place names, its end in *end; "" if none.
std::string Engine::CountryPlaceAfter(const Sent& s, int k, int* end) const {
  if (!(Fold(s, k, "a") || Fold(s, k, "au") || Fold(s, k, "en") || Fold(s, k, "in") ||
        Fold(s, k, "du") || Fold(s, k, "de") || Fold(s, k, "d") || Fold(s, k, "of")))
    return "";
  const int q = SkipDet(s, k + 1);
  const PhraseIndex::Match& m = DictAt(s, q);
  for (int p : m.payloads) {
    const NameInfo& n = r_.dict.name(p);
    const Actor& a = r_.dict.actors()[n.actor];
    if (a.kind == "country" && n.how != NameHow::kAdjective && n.how != NameHow::kDemonym &&
        s.w[q].upper_initial) {
      *end = q + m.length;
      return a.id;
    }
  }
  return "";
}

// "Nigeria's Senate", "Sudan's ruling army", "Sudan's Foreign Ministry",
// "le Sénat nigérian", and with the country left to the context "the army",
// "The Interior Ministry" (resolved once the article's country is known).
bool Engine::TryInstitution(Sent& s, int i, int* next) {
  // "an opposition coalition", "une coalition de l'opposition": a collective
  // whose entry lets an indefinite article name it as "the" does.
  auto IndefiniteCollectiveAt = [&](const Sent& st, int k) {
    if (!(Fold(st, k - 1, "an") || Fold(st, k - 1, "une") ||
          (Fold(st, k - 1, "a") && Surface(st, k - 1, k) != "\u00E0")))
      return false;
    const Lexicon::Hit h = LexAt(st, k, c_.institution);
    return h.length > 0 && r_.lex.entry(h.entries[0].first).Get("indefinite") == "1";
  };
  std::string country, name;
  int j = i;
  int owner_e = -1;  // "China's foreign ministry": the state's name ends here
  const PhraseIndex::Match& m = DictAt(s, i);
  // The words first: most names are not followed by "'s", and reading their
  // actors costs cache misses.
  if (!m.payloads.empty() && s.w[i + m.length - 1].elided && Fold(s, i + m.length, "s") &&
      s.w[i].upper_initial) {
    for (int p : m.payloads) {
      const NameInfo& n = r_.dict.name(p);
      const Actor& a = r_.dict.actors()[n.actor];
      if (a.kind == "country" && n.how != NameHow::kAdjective && n.how != NameHow::kDemonym &&
          s.w[i + m.length - 1].elided && Fold(s, i + m.length, "s") && s.w[i].upper_initial) {
        country = a.id;
        j = i + m.length + 1;
        owner_e = i + m.length;
        break;
      }
    }
  }
  if (!country.empty() && j < static_cast<int>(s.w.size()) && !s.w[j].upper_initial &&
      (Fold(s, j, "ruling") || Fold(s, j, "new") || Fold(s, j, "transitional")))
    ++j;  // "Sudan's ruling ..."
  // English order: "the Russian parliament", "the Nigerian Senate" (an army
  // has its own rules).
  // A collective ("Abkhaz separatists") needs no article, but an indefinite
  // one ("any Turkish separatists") is no delimited group.
  if (std::string adj;
      country.empty() && s.w[i].upper_initial &&
      (Fold(s, i - 1, "the") || (AnyHit(s, c_.institution) && !Is(s, i - 1, c_.det)))) {
    if (int n = CountryAdjectiveAt(s, i, &adj); n > 0) {
      if (Lexicon::Hit h = LexAt(s, i + n, c_.institution);
          h.length > 0 && r_.lex.entry(h.entries[0].first).Get("name") != "army" &&
          (Fold(s, i - 1, "the") || r_.lex.entry(h.entries[0].first).Get("kind") == "group" ||
           // "Russian peacekeepers head for Karabakh": a state's troop body
           // (unarticled=1) named without an article, never after one
           // ("no Turkish peacekeepers", "any Turkish peacekeepers").
           (r_.lex.entry(h.entries[0].first).Get("unarticled") == "1" &&
            !Is(s, i - 1, c_.det) && !Fold(s, i - 1, "no") && !Fold(s, i - 1, "a")))) {
        country = adj;
        j = i + n;
      } else if (int mh = HitLen(s, i + n, c_.ministry_head);
                 mh > 0 && Fold(s, i + n + mh, "of") &&
                 HitLen(s, i + n + mh, c_.ministry_name) > 0) {
        // "the Indian Ministry of External Affairs": read as "India's Ministry of".
        country = adj;
        j = i + n;
      }
    }
  }
  bool bare = false, contracted = false;
  bool unarticled = false;  // "opposition politicians in Yerevan": no article, a place tells whose
  bool owned_army = false;    // resolved through its owner: not "the army" of the page
  std::string entry_bare_ok;  // the institution's bare= ("0": never without its country)
  std::string entry_kind;     // the institution's kind= ("group": separatists, peacekeepers)
  if (country.empty()) {
    // "The Interior Ministry", "the interior ministry said" (lower case only
    // with the head noun after it)
    if ((HitLen(s, i, c_.institution) > 0 ||
         (HitLen(s, i, c_.ministry_name) > 0 &&
          (s.w[i].upper_initial ||
           (HitLen(s, i + HitLen(s, i, c_.ministry_name), c_.ministry_head) > 0 &&
            // "the foreign ministry spokeswoman in Moscow": the title's rule
            HitLen(s, i + HitLen(s, i, c_.ministry_name) + 1, c_.role) == 0)))) &&
        (Fold(s, i - 1, "the") || Fold(s, i - 1, "l") || Fold(s, i - 1, "le") ||
         Fold(s, i - 1, "la") || Fold(s, i - 1, "les") || Fold(s, i - 1, "au") ||
         Fold(s, i - 1, "du") || Fold(s, i - 1, "aux") || Is(s, i - 1, c_.possessive) ||
         // "chef des séparatistes sud-ossètes": a collective after "des"
         (Fold(s, i - 1, "des") && HitLen(s, i, c_.institution) > 0 &&
          r_.lex.entry(LexAt(s, i, c_.institution).entries[0].first).Get("kind") == "group") ||
         (Fold(s, i - 1, "whose") && HitLen(s, i, c_.institution) > 0 &&
          r_.lex.entry(LexAt(s, i, c_.institution).entries[0].first).Get("name") == "army") ||
         IndefiniteCollectiveAt(s, i))) {
      bare = true;  // the country comes from after it or from the context
      // "au Parlement turc", "aux soldats de la paix russes": after a
      // contracted article, only with its country
      contracted = Fold(s, i - 1, "au") || Fold(s, i - 1, "du") || Fold(s, i - 1, "aux");
    } else if (int hl = HitLen(s, i, c_.institution);
               hl >= 2 && !Is(s, i - 1, c_.prep_de) &&
               r_.lex.entry(LexAt(s, i, c_.institution).entries[0].first).Get("known_only") ==
                   "1") {
      bare = true;  // "Government forces said", "attacked government troops"
    } else if (int gl = HitLen(s, i, c_.institution);
               gl >= 2 && !Is(s, i - 1, c_.possessive) && !Fold(s, i - 1, "a") &&
               !Fold(s, i - 1, "an") && !Fold(s, i - 1, "un") && !Fold(s, i - 1, "une") &&
               r_.lex.entry(LexAt(s, i, c_.institution).entries[0].first).Get("kind") == "group" &&
               r_.lex.entry(LexAt(s, i, c_.institution).entries[0].first).Get("bare") ==
                   "definite") {
      // "opposition politicians in Yerevan slammed", "In Yerevan, opposition
      // figures said": a collective named by its members, plural and without
      // article, belongs to the state of the place said with it (below).
      bare = true;
      unarticled = true;
    } else if (std::string adj;
               hl > 0 && !Fold(s, i - 1, "l") && !Fold(s, i - 1, "le") && !Fold(s, i - 1, "la") &&
               r_.lex.entry(LexAt(s, i, c_.institution).entries[0].first).Get("kind") == "group" &&
               CountryAdjectiveAt(s, i + hl, &adj) > 0) {
      // "Plusieurs opposants rwandais accusent", "certains séparatistes
      // serbes": a collective with its country's adjective after it, after
      // a quantifier as after an article.
      bare = true;
    } else {
      return false;
    }
  }
  int e = j;
  if (Lexicon::Hit h = LexAt(s, j, c_.ministry_name);
      h.length > 0 && HitLen(s, j + h.length, c_.ministry_head) > 0) {
    name = r_.lex.entry(h.entries[0].first).Get("name") + " Ministry";
    e = j + h.length + 1;
  } else if (int mh = !bare && Fold(s, j + 1, "of") ? HitLen(s, j, c_.ministry_head) : 0;
             mh > 0 && HitLen(s, j + mh, c_.ministry_name) > 0) {
    // "Qatar's Ministry of Foreign Affairs": the name after the head.
    name =
        r_.lex.entry(LexAt(s, j + mh, c_.ministry_name).entries[0].first).Get("name") + " Ministry";
    e = j + mh + HitLen(s, j + mh, c_.ministry_name);
  } else if (Lexicon::Hit h = LexAt(s, j, c_.institution); h.length > 0) {
    const LexEntry& entry = r_.lex.entry(h.entries[0].first);
    name = entry.Get("name");
    if (name == "state") return false;  // the state itself: TryStateNoun
    // "its military operations", "Russia's military presence": the adjective
    // before a noun, not the army (a verb, a clause's end or a preposition
    // follows the army).
    auto noun_after = [&](int k) {
      if (k >= static_cast<int>(s.w.size()) || !s.w[k].word || s.w[k].upper_initial) return false;
      const std::string& f = s.w[k].fold;
      const bool verb_like = f.size() > 3 && f.compare(f.size() - 2, 2, "ed") == 0;
      return !verb_like && !Is(s, k, c_.aux) && !Is(s, k, c_.modal) && !Is(s, k, c_.prep) &&
             !Is(s, k, c_.prep_de) && !Is(s, k, c_.coord) && !Is(s, k, c_.qui) &&
             !Is(s, k, c_.que) && !Is(s, k, c_.det) && !IsAdverb(s, k) &&
             HitLen(s, k, c_.speech) == 0 && HitLen(s, k, c_.trigger) == 0;
    };
    if (name == "army" && h.length == 1 && Fold(s, j, "military") && noun_after(j + 1))
      return false;
    // "le Parlement européen": the dictionary's longer name wins (not over
    // a country's adjective: "l'armée soudanaise" tells whose army the page
    // means by "l'armée" later on).
    if (std::string adj;
        DictAt(s, i).length > h.length + (j - i) + CountryAdjectiveAt(s, j + h.length, &adj) &&
        DictOrgAt(s, i))
      return false;
    entry_bare_ok = entry.Get("bare");
    entry_kind = entry.Get("kind");
    // "Mali's military government", "the military government": the state, not its army.
    if (StateNounAt(s, j + h.length) > 0) return false;
    // "Niger's military leader": a ruler's title, not the army.
    if (Lexicon::Hit rh = LexAt(s, j, c_.role);
        rh.length > h.length && r_.lex.entry(rh.entries[0].first).Get("role") == "head_of_state")
      return false;
    // "the Libyan National Army", "les Forces armées ...": a body's own name.
    if (entry.Get("known_only") == "1" && s.w[j].upper_initial && j > 0 && s.w[j - 1].word)
      return false;
    if (entry.Get("known_only") == "1") known_only_institutions_.insert(name);
    e = j + h.length;
  } else {
    return false;
  }
  if (bare) {
    std::string adj;
    int place_end = 0;
    if (int n = CountryAdjectiveAt(s, e, &adj); n > 0) {  // "le Sénat nigérian"
      country = adj;
      e += n;
      bare = false;
    } else if ((known_only_institutions_.count(name) ||
                (name != "army" && !Fold(s, e, "de") && !Fold(s, e, "d") && !Fold(s, e, "du") &&
                 !Fold(s, e, "of"))) &&
               !(country = CountryPlaceAfter(s, e, &place_end)).empty()) {
      // "la junte au pouvoir à Niamey", "the ruling military in Bamako",
      // "the Central Election Commission in Minsk" (not "the army in Mali":
      // an army stands abroad)
      e = place_end;
      bare = false;
    } else if (unarticled) {
      // "In Yerevan, opposition politicians ...", "À Stockholm, des députés de
      // l'opposition ...": the place opening the sentence; else nobody's (the
      // page's state is as often another's).
      int pe = 0;
      const int k0 = s.w.empty() || s.w[0].word ? 0 : 1;
      country = CountryPlaceAfter(s, k0, &pe);
      if (country.empty() || pe >= i || !P(s, pe, ',')) return false;
      bare = false;
    } else if (contracted ||
               (Is(s, e, c_.prep_de) && Surface(s, e, e + 1) != "d\u00E8s" && !ChargeAfter(s, e)) ||
               CountryAdjectiveAt(s, i - 2, &adj) > 0) {
      return false;  // "l'armée du Mali", "Russian army": other rules
    } else if (entry_bare_ok == "0") {
      return false;  // only with its country
    } else if (entry_bare_ok == "definite" &&
               (!(Fold(s, i - 1, "l") || Fold(s, i - 1, "the") || Fold(s, i - 1, "les") ||
                  IndefiniteCollectiveAt(s, i)) ||
                Surface(s, e, e + 1) == "\u00E0" ||  // not the verb "a"
                Fold(s, e, "au") || Fold(s, e, "aux") || Fold(s, e, "to") ||
                Fold(s, e, "against") || s.w[i].upper_initial ||
                (e < static_cast<int>(s.w.size()) && s.w[e].word && s.w[e].upper_initial))) {
      // "l'opposition", "the opposition": the page's state's (its other uses,
      // "son opposition au projet", "the opposition to the war", are stances;
      // "the opposition Democratic Alliance" names a party)
      return false;
    } else if (std::string owner; name == "army" && !Fold(s, e, "of") &&
                                  !(owner = ArmyOwnerState(s, i)).empty() &&
                                  !InstitutionId(owner, name).empty()) {
      // "Poutine, dont l'armée", "Putin said his army": the army of its
      // owner's state, not the one named last nor the page's.
      country = owner;
      bare = false;
      owned_army = true;
    } else if (name == "army" && !last_institution_.count(name)) {
      // "the army", "l'Armée nationale libyenne (ANL)": whose army the page
      // has not said; its focus country is as often the wrong one ("the
      // army" of Kyiv in a page about Russia). A name is left to discovery.
      return false;
    }
  }
  {  // "the upper house of Russia's parliament": the house is the actor named
    int k = i - 1;
    if (Fold(s, k, "the")) --k;
    if ((Fold(s, k, "of") && Fold(s, k - 1, "house")) ||
        (Fold(s, k, "du") && (Fold(s, k - 1, "haute") || Fold(s, k - 1, "basse")))) {
      *next = e;
      return true;
    }
  }
  Men men;
  men.b = i;
  men.e = e;
  men.kind = entry_kind.empty() ? "organization" : entry_kind;
  men.rule = "discover:institution";
  if (bare) {
    auto it = last_institution_.find(name);
    if (it != last_institution_.end()) {  // "Sudan's army ... the army"
      men.id = it->second.first;
      men.of = it->second.second;
    } else {
      men.role = "institution";  // resolved by ResolveInstitutions
      men.of = name;
    }
  } else {
    men.id = InstitutionId(country, name);
    if (men.id.empty()) return false;
    men.of = country;
    if (!owned_army) last_institution_[name] = {men.id, country};
  }
  const std::string kind = men.kind;
  const bool owner_named = owner_e > i && !bare && men.of == country;
  AddMention(s, std::move(men));
  // The state named as the owner is an entity of the page too.
  if (owner_named) AddEntityOnly(s, i, owner_e, country, "country", "dict:owner");
  // "les séparatistes abkhazes et sud-ossètes": a second adjective
  // coordinated after the first names a second collective.
  if (std::string adj2;
      kind == "group" && !bare && s.w[e - 1].word && (Fold(s, e, "et") || Fold(s, e, "and"))) {
    if (int n2 = CountryAdjectiveAt(s, e + 1, &adj2); n2 > 0 && adj2 != country) {
      Men second;
      second.b = e + 1;
      second.e = e + 1 + n2;
      second.kind = kind;
      second.rule = "discover:institution";
      second.id = InstitutionId(adj2, name);
      second.of = adj2;
      if (!second.id.empty()) {
        AddMention(s, std::move(second));
        e += 1 + n2;
      }
    }
  }
  *next = e;
  return true;
}

// The state noun (words.tsv institution name=state) at k: its length.
int Engine::StateNounAt(const Sent& s, int k) const {
  Lexicon::Hit h = LexAt(s, k, c_.institution);
  if (h.length == 0 || r_.lex.entry(h.entries[0].first).Get("name") != "state") return 0;
  return h.length;
}

// The state whose capital's name (a dictionary metonym) starts at k: "" if
// none; *len gets the name's length.
std::string Engine::SeatCountryAt(const Sent& s, int k, int* len) const {
  if (k >= static_cast<int>(s.w.size()) || !s.w[k].upper_initial) return "";
  const PhraseIndex::Match& m = DictAt(s, k);
  for (int p : m.payloads) {
    const NameInfo& n = r_.dict.name(p);
    const Actor& a = r_.dict.actors()[n.actor];
    if (a.kind == "country" && n.how == NameHow::kMetonym) {
      *len = m.length;
      return a.id;
    }
  }
  return "";
}

// The state a person heads on the article's date ("Sandu's government"): ""
// if none.
std::string Engine::StateHeadedBy(const Men& m) const {
  if (m.kind != "person" || m.id.empty() || m.pronoun) return "";
  std::string of = m.rel == "leads" ? m.of : "";
  if (of.empty()) {
    const Office* o = OfficeOnDate(m.id, "");
    if (o != nullptr && (o->role == "head_of_state" || o->role == "head_of_government")) of = o->of;
  }
  const Actor* c = of.empty() ? nullptr : r_.dict.Find(of);
  return c != nullptr && c->kind == "country" ? of : "";
}

// The state acting through its government: "Mali's government", "Sandu's
// government", "her government", "le gouvernement de transition", "the
// authorities" (the state the page last named so, else resolved with the
// institutions: the sentence's one state, else the page's). "le gouvernement
// malien", "the Malian authorities", "the government of Mali" are the
// adjective's and the complement's rules.
bool Engine::TryStateNoun(Sent& s, int i, int* next) {
  std::string country;
  int b = i, j = i;
  bool owned = false;
  // "Mali's government": a country's name, then the possessive.
  if (const PhraseIndex::Match& m = DictAt(s, i); m.length > 0 && s.w[i].upper_initial) {
    int k = i + m.length;
    if (!s.w[k - 1].elided) k = -1;
    if (const Actor* state = k > 0 && GenitiveS(s, k) ? ActorNamedAt(s, i, "country") : nullptr) {
      country = state->id;
      j = k + 1;
      owned = true;
    }
    if (!owned) return false;
  }
  // "Sandu's government": the possessive after a person who heads a state.
  if (!owned && i > 0 && GenitiveS(s, i) && s.w[i - 1].elided) {
    int pm = MentionAt(s, i - 1);
    if (pm >= 0 && !(country = StateHeadedBy(s.men[pm])).empty()) {
      j = i + 1;
      owned = true;
    }
  }
  // "her government": the woman named last, if she heads a state.
  if (!owned && (Fold(s, i, "her") || Fold(s, i, "his")) && !last_named_person_.empty()) {
    Men last;
    last.kind = "person";
    last.id = last_named_person_;
    const Actor* a = r_.dict.Find(last_named_person_);
    const std::string gender = Fold(s, i, "her") ? "f" : "m";
    if (a != nullptr && a->gender == gender && !(country = StateHeadedBy(last)).empty()) {
      j = i + 1;
      owned = true;
    }
  }
  if (owned && (Fold(s, j, "transitional") || Fold(s, j, "interim") || Fold(s, j, "ruling") ||
                Fold(s, j, "military") || Fold(s, j, "new"))) {
    // "Mali's military government": a later bare "the junta" is Mali's.
    if (Fold(s, j, "military") && StateNounAt(s, j + 1) > 0) {
      known_only_institutions_.insert("junta");
      last_institution_["junta"] = {InstitutionId(country, "junta"), country};
    }
    ++j;
  }
  if (!owned) {
    // English modifiers before: "the transitional government".
    if (Fold(s, i, "transitional") || Fold(s, i, "interim") || Fold(s, i, "military")) {
      if (!Fold(s, i - 1, "the")) return false;
      j = i + 1;
    } else if (!(Fold(s, i - 1, "the") || Fold(s, i - 1, "le") || Fold(s, i - 1, "la") ||
                 Fold(s, i - 1, "les") || (Fold(s, i - 1, "l") && s.w[i - 1].elided))) {
      return false;
    }
  }
  // "Kyiv's forces", "Russia's troops": the state's armed men acting.
  const int troops =
      owned && !(Fold(s, j, "force") || Fold(s, j, "units")) ? HitLen(s, j, c_.troop) : 0;
  int len = troops > 0 ? troops : StateNounAt(s, j);
  // "le pouvoir à Bamako": a noun that names the state only with its seat.
  // (One word: its seat's preposition, a cheap test, is asked first.)
  const bool seat_only = len == 0 && !owned &&
                         (Fold(s, j + 1, "a") || Fold(s, j + 1, "in") ||
                          (Fold(s, j + 1, "en") && Fold(s, j + 2, "place"))) &&
                         (len = StanceWordAt(s, j, "state_seat_noun")) == 1;
  if (len == 0 || s.w[j].upper_initial) return false;
  int e = j + len;
  bool charge = false;
  if (!owned) {
    // "the government in Tbilisi", "the authorities in Bamako", "le pouvoir
    // à Bamako": a government named by its seat is the seat's state.
    // Also "le gouvernement de transition à Bamako", "le pouvoir en place à
    // Bamako".
    int se = e;
    if (Fold(s, se, "de") && Fold(s, se + 1, "transition")) se += 2;
    if (Fold(s, se, "en") && Fold(s, se + 1, "place")) se += 2;
    if (int seat_len = 0; (Fold(s, se, "in") || Fold(s, se, "a")) &&
                          !(country = SeatCountryAt(s, se + 1, &seat_len)).empty()) {
      Men men;
      men.b = b;
      men.e = se + 1 + seat_len;
      men.kind = "country";
      men.rule = "discover:state";
      men.id = country;
      last_institution_["state"] = {country, country};
      *next = men.e;
      AddMention(s, std::move(men));
      return true;
    }
    if (seat_only) return false;
    std::string adj;
    // "le gouvernement malien", "the government of Mali": other rules; they
    // tell which state a later bare "le gouvernement" is.
    if (CountryAdjectiveAt(s, e, &adj) > 0) {
      last_institution_["state"] = {adj, adj};
      return false;
    }
    if (Fold(s, e, "de") && Fold(s, e + 1, "transition")) {
      e += 2;
    } else if (Fold(s, e, "transitoire") || Fold(s, e, "interimaire")) {
      ++e;
    }
    // "accuse le gouvernement de museler la presse": an infinitive after
    // "de" is the charge, not the government's owner.
    // "accused the government of torture": a common noun after "of".
    charge = ChargeAfter(s, e);
    if ((Is(s, e, c_.prep_de) || Fold(s, e, "of")) && !charge) {
      if (const Actor* state = ActorNamedAt(s, SkipDet(s, e + 1), "country"))
        last_institution_["state"] = {state->id, state->id};
      return false;
    }
    if (int pm = MentionAt(s, b - 1); pm >= 0) return false;  // "the Malian authorities"
  }
  if (!charge && StateNounQualified(s, e)) return false;
  Men men;
  men.b = b;
  // The troop noun stays outside, for the troop rules: "Russia's troops" as "US troops".
  men.e = troops > 0 ? j : e;
  men.kind = "country";
  men.rule = "discover:state";
  if (owned) {
    men.id = country;
    last_institution_["state"] = {country, country};
  } else if (auto it = last_institution_.find("state"); it != last_institution_.end()) {
    men.id = it->second.first;
  } else {
    men.role = "institution";  // resolved by ResolveInstitutions
    men.of = "state";
  }
  *next = men.e;
  AddMention(s, std::move(men));
  return true;
}

bool Engine::TryMinistry(Sent& s, int i, int* next) {
  std::string adj, name;
  int j = i;
  bool english = false;
  if (int n = HitLen(s, i, c_.ministry_head); n > 0) {
    j = i + n;
  } else if (int n = HitLen(s, i, c_.diplomacy); n > 0) {
    j = i + n;
    name = "Foreign";
  } else if (int n = HitLen(s, i, c_.security_forces); n > 0) {
    j = i + n;
    name = "security forces";
  } else if (int n = CountryAdjectiveAt(s, i, &adj); n > 0) {
    // English: "Russian Foreign Ministry", "Kazakh security forces".
    int k = i + n;
    Lexicon::Hit h = LexAt(s, k, c_.ministry_name);
    if (h.length > 0 && HitLen(s, k + h.length, c_.ministry_head) > 0) {
      name = r_.lex.entry(h.entries[0].first).Get("name");
      j = k + h.length + 1;
      english = true;
    } else if (int f = HitLen(s, k, c_.security_forces); f > 0) {
      name = "security forces";
      j = k + f;
      english = true;
    } else {
      return false;
    }
  } else {
    return false;
  }
  if (!english) {
    for (int round = 0; round < 2; ++round) {
      if (adj.empty()) {
        if (int n = CountryAdjectiveAt(s, j, &adj); n > 0) j += n;
      }
      if (name.empty()) {
        int k = j;
        Lexicon::Hit h = LexAt(s, k, c_.ministry_name);
        if (h.length > 0) {
          name = r_.lex.entry(h.entries[0].first).Get("name");
          j = k + h.length;
        }
      }
    }
    if (adj.empty() && Is(s, j, c_.prep_de)) {  // "ministère de l'Intérieur du Kazakhstan"
      int k = SkipDet(s, j + 1);
      const PhraseIndex::Match& m = DictAt(s, k);
      for (int p : m.payloads) {
        const NameInfo& n = r_.dict.name(p);
        if (r_.dict.actors()[n.actor].kind == "country" && n.how != NameHow::kAdjective) {
          adj = r_.dict.actors()[n.actor].id;
          j = k + m.length;
          break;
        }
      }
    }
  }
  // "Le ministère de l'Intérieur" naming no state: the article's own, when
  // its leaders were called by bare titles of one state only.
  if (adj.empty() && !name.empty() && name != "security forces" && !english &&
      !bare_title_conflict_)
    adj = bare_title_country_;
  if (adj.empty() && !name.empty() && name != "security forces" && !english &&
      (Fold(s, i - 1, "le") || Fold(s, i - 1, "the")) && !Is(s, j, c_.prep_de)) {
    // "Le ministère de l'Intérieur fait état de ...": a ministry naming no
    // state is the one state its sentence named before, else the page's
    // (ResolveInstitutions); not after "du"/"au" ("responsables du ministère").
    Men m;
    m.b = i;
    m.e = j;
    m.kind = "organization";
    m.rule = "discover:ministry";
    m.role = "institution";
    m.of = name + " Ministry";
    AddMention(s, std::move(m));
    *next = j;
    return true;
  }
  if (adj.empty() || name.empty()) return false;
  const Actor* country = r_.dict.Find(adj);
  if (!country || country->adj_en.empty()) return false;
  Men m;
  m.b = i;
  m.e = j;
  m.kind = "organization";
  m.id = country->adj_en + " " + (name == "security forces" ? name : name + " Ministry");
  m.rule = name == "security forces" ? LiteralText("discover:security-forces")
                                     : LiteralText("discover:ministry");
  AddMention(s, std::move(m));
  *next = j;
  return true;
}

bool Engine::TryMedia(Sent& s, int i, int* next) {
  int n = HitLen(s, i, c_.media_head);
  if (n == 0 || s.w[i].upper_initial) return false;
  int j = i + n;
  std::string adj;
  for (int skip = 0;
       skip < 3 && j < static_cast<int>(s.w.size()) && s.w[j].word && !s.w[j].upper_initial;
       ++skip) {
    if (Is(s, j, c_.prep_de) || Is(s, j, c_.prep) || Is(s, j, c_.que) || Is(s, j, c_.qui))
      return false;
    ++j;
  }
  int run = NameRun(s, j);
  if (run == 0 || DictAt(s, j).length > 0) return false;
  Men m;
  m.b = j;
  m.e = j + run;
  m.kind = "organization";
  m.id = Surface(s, j, j + run);
  m.rule = "discover:media";
  AddMention(s, std::move(m));
  *next = j + run;
  return true;
}

// An international body's generic name ("Security Council", "Conseil de
// sécurité") as the office a person holds or takes: "la tête du", "vice-président
// du", "chairmanship of the". Its name without the body's prefix in *generic.
bool Engine::ChairedNationalBody(const Sent& s, int i, int e, const std::string& id,
                                 std::string* generic) const {
  const size_t sp = id.find(' ');
  if (sp == std::string::npos) return false;
  for (size_t k = 0; k < sp; ++k) {
    if (!std::isupper(static_cast<unsigned char>(id[k]))) return false;  // "UN Security Council"
  }
  for (int k = i; k < e; ++k) {
    if (s.w[k].all_caps || Fold(s, k, "onu") || Fold(s, k, "nations") || Fold(s, k, "united"))
      return false;
  }
  int h = i - 1;
  if (s.w[h].word && !s.w[h].upper_initial && !Is(s, h, c_.det) && !Is(s, h, c_.prep_de) &&
      (Fold(s, h - 1, "the") || Fold(s, h - 1, "du")))
    --h;  // "of the powerful Security Council"
  if (Fold(s, h, "du")) {
    --h;
  } else if (Fold(s, h, "the") && Fold(s, h - 1, "of")) {
    h -= 2;
  } else if ((Fold(s, h, "the") || Fold(s, h, "le")) && h >= 1 && s.w[h - 1].word &&
             (r_.WordLists(s.w[h - 1].hash) & kChairTitle) && HitLen(s, i, c_.institution) == e - i) {
    // "who chaired the powerful Security Council", "qui préside le Conseil de
    // sécurité": a state body's bare name (not "le Conseil de sécurité
    // collective de l'alliance", which names its owner)
    --h;
  } else {
    return false;
  }
  // "head of the powerful Security Council", "chef du Conseil de sécurité":
  // a one-word title of a body's head (roles.tsv role=head) chairs it too.
  const bool head_title = HitLen(s, h, c_.role) == 1 &&
                          r_.lex.entry(LexAt(s, h, c_.role).entries[0].first).Get("role") == "head";
  // (stance_word role=office_chair, roles.tsv)
  if (!(r_.WordLists(s.w[h].hash) & kChairTitle) && !head_title &&
      !(s.w[h].hyphen_before && Fold(s, h - 1, "vice")))
    return false;
  // The holder must be a person of the sentence: "la France assure la
  // présidence du Conseil de sécurité" stays the UN's.
  bool person = false;
  // "il a pris la tête du Conseil de sécurité": "il", "he", "she" are
  // persons ("elle" may be a state).
  for (const Men& m : s.men)
    person |= m.b < i && m.kind == "person" &&
              (!m.pronoun || Fold(s, m.b, "il") || Fold(s, m.b, "he") || Fold(s, m.b, "she"));
  if (!person && !Is(s, h - 1, c_.possessive)) return false;
  *generic = id.substr(sp + 1);
  return true;
}

// The state of the person named last before `limit`: the title's ("le
// président russe X"), else the dictionary's offices, at any date.
std::string Engine::PersonCountryBefore(const Sent& s, int limit) const {
  for (int mi = static_cast<int>(s.men.size()) - 1; mi >= 0; --mi) {
    const Men& m = s.men[mi];
    if (m.b >= limit || m.kind != "person" || m.pronoun || m.implied) continue;
    if (!m.of.empty() && !m.rel.empty()) return m.of;
    if (const Actor* a = m.id.empty() ? nullptr : r_.dict.Find(m.id)) {
      for (const Office& o : a->offices) {
        if (const Actor* c = r_.dict.Find(o.of); c && c->kind == "country") return o.of;
      }
    }
    return "";
  }
  return "";
}

// "le golfe de Guinée", "the Gulf of Aden", "le statut de Rome", "the Minsk
// agreements", a dateline "(London)", "in Prague": the name of a place or a
// document, not the state acting.
bool Engine::PlaceOnly(const Sent& s, int i, int e, const NameInfo& name) const {
  const bool metonym = name.how == NameHow::kMetonym;
  if ((Fold(s, i - 1, "de") || Fold(s, i - 1, "of")) && HitLen(s, i - 2, c_.place_head) == 1)
    return true;
  if (metonym && s.w[i].upper_initial && HitLen(s, e, c_.place_head) > 0 && !s.w[e].upper_initial &&
      !Is(s, i - 1, c_.prep_de))
    return !Fold(s, e, "port");  // "Rome Statute", not "Moscow's port"
  if (metonym && P(s, i - 1, '(') && P(s, e, ')')) return true;
  if (metonym && (Fold(s, i - 1, "in") || Fold(s, i - 1, "dans") || Fold(s, i - 1, "near") ||
                  Fold(s, i - 1, "at")))
    return true;
  return false;
}

namespace {

// The words after the acronym that opens a dictionary id ("UN Security
// Council" -> "Security Council"); empty when the id opens with no acronym.
std::string AfterAcronym(const std::string& id) {
  const size_t sp = id.find(' ');
  if (sp == std::string::npos) return "";
  for (size_t k = 0; k < sp; ++k)
    if (!std::isupper(static_cast<unsigned char>(id[k]))) return "";
  return id.substr(sp + 1);
}

}  // namespace

bool Engine::TryDict(Sent& s, int i, int* next) {
  const PhraseIndex::Match& m = DictAt(s, i);
  if (m.length == 0) return false;
  // A state's own body named like an international one ([i, e) is its name).
  auto add_national_body = [&](int e, const std::string& id, const std::string& state) {
    Men men;
    men.b = i;
    men.e = e;
    men.id = id;
    men.kind = "organization";
    men.of = state;
    men.rule = "discover:national-body";
    *next = e;
    AddMention(s, std::move(men));
    return true;
  };
  bool any_upper = false;
  for (int k = i; k < i + m.length; ++k) any_upper |= s.w[k].upper_initial;
  const NameInfo* best = nullptr;
  for (int p : m.payloads) {
    const NameInfo& n = r_.dict.name(p);
    // "between Moscow and the west": a collective written in lower case,
    // coordinated with an actor, is still that actor (not "the west of").
    if (n.needs_capital && !any_upper && n.how != NameHow::kAdjective &&
        !(r_.dict.actors()[n.actor].kind == "group" && i >= 2 &&
          (Fold(s, i - 1, "and") || Fold(s, i - 1, "et")) && MentionAt(s, i - 2) >= 0 &&
          !Is(s, i + m.length, c_.prep_de)))
      continue;
    if (n.how == NameHow::kDemonym && !s.w[i].upper_initial) continue;
    if (r_.dict.actors()[n.actor].kind == "location") {
      if (!best) best = &n;
      continue;
    }
    if (!best || best->how == NameHow::kAdjective ||
        r_.dict.actors()[best->actor].kind == "location")
      best = &n;
    if (best->how != NameHow::kAdjective) break;
  }
  if (!best) return false;
  const Actor& a = r_.dict.actors()[best->actor];
  // "Mocímboa da Praia", "Ponta do Sol": a capital's name ending a longer
  // place name after a Romance particle names that other place, no state.
  if (best->how == NameHow::kMetonym && i >= 2 && s.w[i - 2].upper_initial &&
      (Fold(s, i - 1, "da") || Fold(s, i - 1, "do") || Fold(s, i - 1, "das") ||
       Fold(s, i - 1, "dos") || Fold(s, i - 1, "del"))) {
    *next = i + m.length;
    return true;  // consumed, but no mention
  }
  // "a Hutu militia", "Tutsi refugees", "un groupe armé hutu": a people's
  // name as the adjective of another noun is no actor (the noun is).
  if (a.kind == "group" && m.length == 1 &&
      (a.id == "Hutu" || a.id == "Tutsi" || a.id == "Masalit")) {
    const int n = static_cast<int>(s.w.size());
    const bool english_before_noun =
        i + 1 < n && s.w[i + 1].word && !s.w[i + 1].upper_initial &&
        (HitLen(s, i + 1, c_.troop) > 0 || Fold(s, i + 1, "militia") ||
         Fold(s, i + 1, "militias") || Fold(s, i + 1, "extremists") ||
         Fold(s, i + 1, "rebels") || Fold(s, i + 1, "refugees") || Fold(s, i + 1, "civilians") ||
         Fold(s, i + 1, "group") || Fold(s, i + 1, "groups") || Fold(s, i + 1, "armed") ||
         Fold(s, i + 1, "fighters") || Fold(s, i + 1, "community") ||
         Fold(s, i + 1, "population") || Fold(s, i + 1, "villages") || Fold(s, i + 1, "villagers"));
    const bool french_after_noun = i > 0 && s.w[i - 1].word && !s.w[i].upper_initial &&
                                   !s.w[i - 1].upper_initial && !Is(s, i - 1, c_.det) &&
                                   !Is(s, i - 1, c_.prep_de) && !Is(s, i - 1, c_.prep) &&
                                   !Is(s, i - 1, c_.coord) && !Is(s, i - 1, c_.aux);
    if (english_before_noun || french_after_noun) {
      *next = i + 1;
      return true;  // consumed, but no mention
    }
  }
  // "le ministre français de l'Europe et des Affaires étrangères": a place
  // or collective named inside a minister's department belongs to the title.
  if (a.kind == "group" || a.kind == "location") {
    for (int k = std::max(0, i - 3); k < i; ++k) {
      if (const int dl = HitLen(s, k, c_.role_dept); dl > 0 && k + dl > i) {
        *next = k + dl;
        return true;
      }
    }
  }
  if (a.kind == "group" && (a.id == "rebels" || a.id == "separatists") && m.length == 1) {
    // "un ancien chef rebelle", "la région séparatiste", "a rebel militia":
    // an adjective of another noun, not the collective.
    const bool french_after_noun = i > 0 && s.w[i - 1].word && !s.w[i - 1].upper_initial &&
                                   !Is(s, i - 1, c_.det) && !Is(s, i - 1, c_.prep_de) &&
                                   !Is(s, i - 1, c_.prep) && !Is(s, i - 1, c_.coord) &&
                                   !Is(s, i - 1, c_.aux) && !Is(s, i - 1, c_.qui) &&
                                   !Is(s, i - 1, c_.que) && !IsAdverb(s, i - 1) &&
                                   (Fold(s, i, "rebelle") || Fold(s, i, "rebelles") ||
                                    Fold(s, i, "separatiste") || Fold(s, i, "separatistes")) &&
                                   // "les dirigeants séparatistes" act for the collective
                                   !(Is(s, i - 1, c_.govnoun) && s.w[i].fold.back() == 's');
    // "the separatist leadership", "separatist authorities" act for the collective
    const bool english_before_noun =
        (Fold(s, i, "rebel") || Fold(s, i, "separatist")) && i + 1 < static_cast<int>(s.w.size()) &&
        s.w[i + 1].word && !s.w[i + 1].upper_initial && !Is(s, i + 1, c_.aux) &&
        // "Rebel commander X": a rank is a noun, not a verb
        (HitLen(s, i + 1, c_.trigger) == 0 || HitLen(s, i + 1, c_.rank) > 0) &&
        !Is(s, i + 1, c_.govnoun) && !Fold(s, i + 1, "leadership");
    if (french_after_noun || english_before_noun) {
      *next = i + 1;
      return true;
    }
    if (a.id == "separatists" && !last_separatists_.empty()) {
      Men men;
      men.b = i;
      men.e = Fold(s, i + 1, "leadership") || Is(s, i + 1, c_.govnoun) ? i + 2 : i + 1;
      men.id = last_separatists_;
      men.kind = "group";
      men.rule = "coref:separatists";
      *next = men.e;
      AddMention(s, std::move(men));
      return true;
    }
    // "les rebelles du FPRC", "the rebels of the SPLM-N": the group named
    // after is the actor.
    if (a.id == "rebels" && (Is(s, i + 1, c_.prep_de) || Fold(s, i + 1, "of"))) {
      const int q = SkipDet(s, i + 2);
      if (DictOrgAt(s, q) || (q < static_cast<int>(s.w.size()) && s.w[q].all_caps)) {
        *next = i + 1;
        return true;
      }
    }
    // "the rebels" after "M23 rebels": the armed group the page named so.
    // Not "the Syrian rebels", "les rebelles syriens": another state's.
    std::string other_state;
    if (a.id == "rebels" && !last_rebel_org_.empty() && !rebel_orgs_conflict_ &&
        CountryAdjectiveAt(s, i - 1, &other_state) <= 0 &&
        CountryAdjectiveAt(s, i + 1, &other_state) <= 0) {
      Men men;
      men.b = i;
      men.e = i + 1;
      men.id = last_rebel_org_;
      men.kind = "organization";
      men.rule = "coref:rebels";
      AddMention(s, std::move(men));
      *next = i + 1;
      return true;
    }
  }
  // "Ousmane Kaboré ... Kaboré": a surname the dictionary knows, after a
  // person of that surname the article named in full, is that person.
  if (a.kind == "person" && m.length == 1 && new_person_named_) {
    for (const Person& p : discovered_) {
      if (p.surname != s.w[i].fold || p.id == a.id || r_.dict.Find(p.id) != nullptr) continue;
      Men men;
      men.b = i;
      men.e = i + 1;
      men.id = p.id;
      men.kind = "person";
      men.rule = "coref:surname";
      *next = i + 1;
      AddMention(s, std::move(men));
      return true;
    }
  }
  // "the militant group Jabha Kusini", "le groupe armé X": the collective's
  // noun introduces a named body, the actor (engine_discovery.cc).
  if (a.kind == "group" && !s.w[i].upper_initial) {
    const int after = i + m.length;
    const int intro = HitLen(s, after, c_.org_intro) == 1 ? 1 : 0;
    if ((intro > 0 || HitLen(s, i, c_.org_intro) == 1 ||
         HitLen(s, i + m.length - 1, c_.org_intro) == 1) &&
        (IsNameWord(s, after + intro) || DictOrgAt(s, after + intro))) {
      *next = after;
      return true;
    }
  }
  // "the West African states", "West Darfur": a compass word of a name.
  if (a.kind == "group" && m.length == 1 && s.w[i].upper_initial && !Is(s, i - 1, c_.det) &&
      IsNameWord(s, i + 1) && (Fold(s, i, "west") || Fold(s, i, "ouest"))) {
    *next = i + 1;
    return true;
  }
  // "le Conseil de sécurité kazakh": the national body of that country, not
  // the dictionary's international one ("UN Security Council").
  if (std::string country;
      a.kind == "organization" && m.length > 1 && !s.w[i + m.length - 1].all_caps &&
      CountryAdjectiveAt(s, i + m.length, &country) > 0 && !s.w[i + m.length].upper_initial) {
    std::string generic = AfterAcronym(a.id);
    if (generic.empty()) generic = a.id;
    std::string id = InstitutionId(country, generic);
    if (!id.empty()) {
      const int e = i + m.length + CountryAdjectiveAt(s, i + m.length, &country);
      return add_national_body(e, id, country);
    }
  }
  // "le Conseil de sécurité du Kazakhstan", "Russia's Security Council": a
  // state named as the owner makes it that state's body, not the
  // dictionary's international one.
  if (a.kind == "organization" && m.length > 1 && !s.w[i + m.length - 1].all_caps) {
    const std::string generic = AfterAcronym(a.id);
    const bool caps = !generic.empty();
    std::string owner;
    const int e = i + m.length;
    if (caps && (Fold(s, e, "du") || Fold(s, e, "de") || Fold(s, e, "d"))) {
      const PhraseIndex::Match& cm = DictAt(s, SkipDet(s, e + 1));
      for (int p : cm.payloads) {
        const NameInfo& n = r_.dict.name(p);
        if (r_.dict.actors()[n.actor].kind == "country" && n.how != NameHow::kAdjective &&
            n.how != NameHow::kDemonym && n.how != NameHow::kMetonym)
          owner = r_.dict.actors()[n.actor].id;
      }
    } else if (caps && i >= 2 && GenitiveS(s, i - 1)) {
      if (int om = MentionAt(s, i - 2); om >= 0 && s.men[om].kind == "country" && !s.men[om].adj)
        owner = s.men[om].id;
    }
    if (std::string id = owner.empty() ? "" : InstitutionId(owner, generic); !id.empty())
      return add_national_body(e, id, owner);
  }
  if (std::string generic; a.kind == "organization" && m.length > 1 &&
                           ChairedNationalBody(s, i, i + m.length, a.id, &generic)) {
    // "pris la tête du Conseil de sécurité", "Medvedev, vice-président du
    // Conseil de sécurité": a state's own council, whose state is the
    // holder's (else the sentence's or the page's).
    Men men;
    men.b = i;
    men.e = i + m.length;
    men.kind = "organization";
    men.rule = "discover:institution";
    const std::string country = PersonCountryBefore(s, i);
    men.id = country.empty() ? "" : InstitutionId(country, generic);
    if (men.id.empty()) {
      men.role = "institution";  // resolved by ResolveInstitutions
      men.of = generic;
    } else {
      men.of = country;
    }
    *next = men.e;
    AddMention(s, std::move(men));
    return true;
  }
  if (a.kind == "organization" && m.length > 1 && Is(s, i + m.length, c_.org_qualifier) &&
      !s.w[i + m.length].upper_initial) {
    // "le Conseil de sécurité nationale": a national body, not the
    // dictionary's international one.
    *next = i + m.length + 1;
    return true;
  }
  if (a.kind == "organization" && m.length > 1) {
    // "Conseil de sécurité [collective] de l'OTSC": the name goes on, so the
    // dictionary phrase is only a part of it.
    int k = i + m.length;
    int extra = 0;
    while (extra < 2 && k < static_cast<int>(s.w.size()) && s.w[k].word && !s.w[k].upper_initial &&
           !Is(s, k, c_.prep_de) && !Is(s, k, c_.prep) && !Is(s, k, c_.det) && !Is(s, k, c_.aux) &&
           !Is(s, k, c_.coord) && !Is(s, k, c_.qui) && !Is(s, k, c_.que)) {
      ++k;
      ++extra;
    }
    // also "... de l'organisation": the body named before
    if (extra > 0 && Is(s, k, c_.prep_de) &&
        (DictAt(s, SkipDet(s, k + 1)).length > 0 ||
         HitLen(s, SkipDet(s, k + 1), c_.orgclass) > 0)) {
      *next = i + 1;
      return true;
    }
  }
  Men men;
  men.b = i;
  men.e = i + m.length;
  // "chef de la coalition de gangs Viv Ansanm": the mention spans its class
  // noun, so that a complement still reads as one.
  if (a.kind == "organization" && s.w[i].upper_initial) {
    bool quoted = false;
    if (int b = IntroNounBefore(s, i, &quoted); b >= 0 && !quoted) men.b = b;
  }
  men.id = a.id;
  men.actor = best->actor;
  if (a.id == "separatists" && !last_separatists_.empty()) men.id = last_separatists_;
  men.kind = a.kind;
  if (best->how == NameHow::kAdjective) {
    // Only where the adjective denotes an actor: "des troupes biélorusses",
    // "le gouvernement russe", "Russian troops"; also coordinated adjectives.
    bool context = false;
    // "les soldats de la paix russes", "les forces de maintien de la paix
    // russes": a troop phrase of several words ends right before it.
    for (int b = std::max(0, i - 7); b < i - 1 && !context; ++b)
      context = HitLen(s, b, c_.troop) == i - b;
    // "l'aide russe", "l'assistance militaire turque": help given (aid
    // phrases of words.tsv).
    for (int b = std::max(0, i - 3); b < i && !context; ++b)
      context = HitLen(s, b, c_.aid) == i - b;
    int k = i - 1;
    // "l'« agression » russe": the act noun inside quotation marks (s5stance).
    while (k >= 0 && (P(s, k, '>') || P(s, k, '"'))) --k;
    // 16 words: "soldats russes, biélorusses, arméniens, tadjiks et kirghizes",
    // "militaires, russes pour l'essentiel, mais aussi biélorusses et arméniens".
    for (int steps = 0; k >= 0 && steps < 16; ++steps, --k) {
      // "l'attaque iranienne", "les frappes russes": an act's author.
      if (Is(s, k, c_.govnoun) || HitLen(s, k, c_.troop) > 0 ||
          (HitLen(s, k, c_.act) == 1 && steps == 0) ||
          (HitLen(s, k, c_.wrongdoing) == 1 && steps == 0)) {
        context = true;
        break;
      }
      std::string tmp;
      // "russes pour l'essentiel, mais aussi biélorusses", "mostly Russian but
      // also Belarusian": a hedge or "mais aussi" between the list's adjectives.
      if (steps > 0 && (Fold(s, k, "mais") || Fold(s, k, "but"))) continue;
      if (bool hedge = false; steps > 0) {
        for (int b = std::max(0, k - 3); b <= k && !hedge; ++b) {
          if (const int al = HitLen(s, b, c_.adverb); al > 0 && b + al == k + 1) {
            k = b;
            hedge = true;
          }
        }
        if (hedge) continue;
      }
      // "des « instructeurs » russes": quotation marks around the noun.
      if (P(s, k, ',') || P(s, k, '>') || P(s, k, '"') || Is(s, k, c_.coord) ||
          CountryAdjectiveAt(s, k, &tmp) > 0)
        continue;
      if (steps == 0 && s.w[k].word && !s.w[k].upper_initial && !Is(s, k, c_.prep_de) &&
          !Is(s, k, c_.det))
        continue;  // one plain adjective between: "forces armées russes"
      break;
    }
    int after = i + m.length;
    while (P(s, after, '<') || P(s, after, '"')) ++after;  // Russian "aggression"
    // "asked for Russian help", "sought American help": help asked of a
    // state (a request trigger within four words before), as "l'aide russe";
    // "blamed a Ukrainian air defense missile" names no actor.
    auto AskedHelp = [&](int a) {
      if (HitLen(s, a, c_.aid) == 0) return false;
      for (int b = std::max(0, i - 4); b < i; ++b) {
        for (const auto& [entry, form] : LexAt(s, b, c_.trigger).entries)
          if (r_.lex.entry(entry).Get("type") == "requests_aid") return true;
      }
      return false;
    };

    // "Russian and Iranian counterparts": coordinated adjectives before the noun.
    for (int round = 0; round < 4 && s.w[i].upper_initial && (Is(s, after, c_.coord) || P(s, after, ','));
         ++round) {
      std::string next_adj;
      const int al = CountryAdjectiveAt(s, after + 1, &next_adj);
      if (al == 0) break;
      after += 1 + al;
    }
    if (!context &&
        (Is(s, after, c_.govnoun) || HitLen(s, after, c_.troop) > 0 ||
         HitLen(s, after, c_.role) > 0 || HitLen(s, after, c_.act) == 1 ||
         HitLen(s, after, c_.wrongdoing) == 1 || AskedHelp(after)) &&
        s.w[i].upper_initial) {
      context = true;  // English order
    }
    if (!context) {
      *next = i + m.length;
      return true;  // consumed, but no mention
    }
    men.adj = true;
    men.rule = "dict:adjective";
  } else {
    // "ALMATY, Kazakhstan (CPS) —", "GOMA (AFP) -" (s5prec): an acronym in
    // parentheses before a dateline's dash credits the news agency; it names
    // no actor of the article.
    if (best->how == NameHow::kAcronym && i <= 8 && P(s, i - 1, '(') && P(s, i + m.length, ')') &&
        P(s, i + m.length + 1, '-') && i >= 2 && s.w[i - 2].word && s.w[i - 2].upper_initial) {
      *next = i + m.length;
      return true;  // consumed, but no mention
    }
    static constexpr LiteralText kHow[] = {"dict:alias", "dict:acronym", "dict:adjective",
                                           "dict:demonym", "dict:metonym"};
    men.rule = kHow[static_cast<int>(best->how)];
  }
  int e = i + m.length;
  // "Organisation du traité ... (OTSC)": the acronym joins its full name.
  if (P(s, e, '(') && P(s, e + 2, ')')) {
    const PhraseIndex::Match& acr = DictAt(s, e + 1);
    for (int p : acr.payloads) {
      if (r_.dict.name(p).actor == best->actor) {
        men.e = e + 3;
        break;
      }
    }
  }
  if (a.kind == "country" && best->how != NameHow::kAdjective && PlaceOnly(s, i, e, *best)) {
    // A state's name inside a place or a document's name, or a capital that
    // only locates: a place that stands for its state only where it acts.
    men.kind = "location";
    men.of = a.id;
    // "backed the Minsk agreements", "defended the Nairobi process": a
    // capital naming a document or a process never stands for its state.
    if (s.w[i].upper_initial && HitLen(s, e, c_.place_head) > 0 && !s.w[e].upper_initial &&
        !Fold(s, e, "port") && !Is(s, i - 1, c_.prep_de) && !Fold(s, i - 1, "of"))
      men.implied = true;
  }
  // "Kenyan Major General Jeff Nyagah": the nationality of the person named
  // after it, an entity but not an actor of the verbs ("commanded by").
  if (a.kind == "country" && (best->how == NameHow::kDemonym || best->how == NameHow::kAdjective)) {
    if (int rl = RankRun(s, e); rl > 0 && NameRun(s, e + rl) > 0) men.implied = true;
  }
  // "Kosovo Serbs", "Karabakh's Armenians", "les Arméniens du Karabakh",
  // "Serbs of Bosnia": a people named by the place it lives in, another
  // than its state, is a group of its own ("Karabakh Armenians"), not that
  // state (nor its government acting).
  if (a.kind == "country" && best->how == NameHow::kDemonym && !men.implied &&
      s.w[men.e - 1].word && Surface(s, men.e - 1, men.e).back() == 's') {
    // A place of another state, nor one its people's state claims: a
    // disputed place no state is recognised in ("les Palestiniens de Gaza")
    // may be theirs.
    auto foreign_place = [&](const Actor& pa) {
      return pa.id != a.id && pa.in_country != a.id && pa.de_jure != a.id &&
             !(pa.disputed && pa.de_jure.empty());
    };
    auto other_place = [&](const Men& pm) {
      if (!(pm.kind == "location" || pm.kind == "country") || pm.adj || pm.rule == "dict:demonym" ||
          pm.id == a.id || pm.of == a.id)
        return false;
      const Actor* pa = r_.dict.Find(pm.id);
      return pa != nullptr && foreign_place(*pa);
    };
    std::string place, place_country;  // the place's name; its id if a state
    int place_b = 0, place_e = 0;      // French order: where the place is
    bool english_order = false;
    // English order: the place right before it, with or without "'s".
    for (auto it = s.men.rbegin(); it != s.men.rend() && place.empty(); ++it) {
      if (it->e > i) continue;
      const int g = it->e;
      if ((g == i || (Fold(s, g, "s") && g + 1 == i) ||
           (P(s, g, '\'') && Fold(s, g + 1, "s") && g + 2 == i)) &&
          other_place(*it) && s.w[it->b].upper_initial)
        place = Surface(s, it->b, it->e), english_order = true;
      break;
    }
    // French order: "du Karabakh", "de Bosnie", "d'Ukraine", "of Kosovo".
    if (place.empty() && (Fold(s, men.e, "du") || Fold(s, men.e, "de") || Fold(s, men.e, "d") ||
                          Fold(s, men.e, "of"))) {
      const int q = Fold(s, men.e, "du") ? men.e + 1 : SkipDet(s, men.e + 1);
      if (InSent(s, q) && s.w[q].upper_initial) {
        for (int p : DictAt(s, q).payloads) {
          const NameInfo& pn = r_.dict.name(p);
          const Actor& pa = r_.dict.actors()[pn.actor];
          if ((pa.kind == "location" || (pa.kind == "country" && pn.how == NameHow::kAlias)) &&
              foreign_place(pa)) {
            // The name as written where the English name holds it
            // ("du Karabakh": "Karabakh Armenians"), else the English name.
            const std::string written = Surface(s, q, q + DictAt(s, q).length);
            place = pa.name.find(written) != std::string::npos ? written : pa.name;
            place_b = q;
            place_e = q + DictAt(s, q).length;
            if (pa.kind == "country") place_country = pa.id;
            break;
          }
        }
      }
    }
    if (!place.empty()) {
      std::string people;
      if (english_order) {
        people = Surface(s, i, men.e);  // "Serbs", "Armenians"
      } else {
        people = a.adj_en;  // "Arméniens" -> "Armenians"
        const bool as_is = people.ends_with("ese") || people.ends_with("ch") ||
                           people.ends_with("sh") || people.ends_with("ss");
        if (!as_is) people += 's';
      }
      if (!people.empty() && people != "s") {
        men.id = place + " " + people;
        men.kind = "group";
        men.rule = "discover:people";
        men.actor = -1;
        // The whole phrase is the group's name ("Arméniens du Karabakh");
        // a state named in it stays an entity of the page.
        if (place_e > men.e) {
          if (!place_country.empty())
            AddEntityOnly(s, place_b, place_e, place_country, "country", "dict:alias");
          men.e = place_e;
        }
      }
    }
  }
  // "the Bongo family", "the Nazarbayev clan", "le clan Nazarbaïev", "la
  // famille Bongo": the ruler's kin as a collective, not the ruler.
  if (a.kind == "person" && best->how == NameHow::kAlias) {
    const bool after =
        Fold(s, men.e, "family") || Fold(s, men.e, "clan") || Fold(s, men.e, "dynasty");
    const bool before =
        !after && i > 0 &&
        (Fold(s, i - 1, "clan") || Fold(s, i - 1, "famille") || Fold(s, i - 1, "dynastie")) &&
        Is(s, i - 2, c_.det);
    if (after || before) {
      std::string name = a.id.find(' ') == std::string::npos ? a.id : Surface(s, men.e - 1, men.e);
      men.id = name + " family";
      men.kind = "group";
      men.rule = "discover:kin";
      men.actor = -1;
      if (after)
        men.e += 1;
      else
        men.b = i - 1;
    }
    // "les partisans de X", "supporters of X", "X supporters", "X's
    // loyalists": the followers as a collective, not the leader.
    auto followers = [&](int k) {
      return Fold(s, k, "partisans") || Fold(s, k, "partisanes") || Fold(s, k, "supporters") ||
             Fold(s, k, "loyalists") || Fold(s, k, "loyalistes") || Fold(s, k, "followers") ||
             Fold(s, k, "sympathisants");
    };
    int follow_b = -1, follow_e = -1;
    if (men.kind == "person" && i >= 2 &&
        (Fold(s, i - 1, "de") || Fold(s, i - 1, "d") || Fold(s, i - 1, "of")) && followers(i - 2)) {
      follow_b = i - 2;
      follow_e = men.e;
    } else if (men.kind == "person") {
      int k = men.e;
      if (Fold(s, k, "s")) ++k;
      else if (P(s, k, '\'') && Fold(s, k + 1, "s")) k += 2;
      if (followers(k) && !Fold(s, k, "partisans")) {
        follow_b = i;
        follow_e = k + 1;
      }
    }
    // "Pashinyan's opponents", "les opposants de Pachinian": the opposition
    // of the state the leader holds office in, when the dictionary knows it.
    if (men.kind == "person" && follow_b < 0) {
      int k = men.e, ob = -1, oe = -1;
      if (Fold(s, k, "s")) ++k;
      else if (P(s, k, '\'') && Fold(s, k + 1, "s")) k += 2;
      if (k > men.e && (Fold(s, k, "opponents") || Fold(s, k, "rivals"))) {
        ob = i;
        oe = k + 1;
      } else if (i >= 2 && (Fold(s, i - 1, "de") || Fold(s, i - 1, "d")) &&
                 (Fold(s, i - 2, "opposants") || Fold(s, i - 2, "adversaires"))) {
        ob = i - 2;
        oe = men.e;
      }
      if (ob >= 0) {
        if (std::string state = PersonState(a.id); !state.empty()) {
          if (std::string id = InstitutionId(state, "opposition"); !id.empty()) {
            AddEntityOnly(s, men.b, men.e, a.id, "person", "dict:alias");
            men.id = id;
            men.kind = "group";
            men.rule = "discover:institution";
            men.actor = -1;
            men.b = ob;
            men.e = oe;
          }
        }
      }
    }
    if (follow_b >= 0) {
      std::string name = a.id.find(' ') == std::string::npos ? a.id : Surface(s, men.e - 1, men.e);
      men.id = name + " supporters";
      men.kind = "group";
      men.rule = "discover:kin";
      men.actor = -1;
      men.b = follow_b;
      men.e = follow_e;
    }
  }
  if (a.kind == "location") {
    // "Paris" is only a place to the dictionary; acting, it is France.
    Lexicon::Hit cap = LexAt(s, i, c_.capital);
    if (cap.length == m.length) men.of = r_.lex.entry(cap.entries[0].first).Get("of");
  }
  *next = men.e;
  AddMention(s, std::move(men));
  return true;
}

}  // namespace kzgraph::extract::internal
