#include "extract/engine.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace kzgraph::extract {

void Classes::Init(Lexicon* lex) {
  det = lex->Class("det");
  prep_de = lex->Class("prep_de");
  prep = lex->Class("prep");
  neg_ne = lex->Class("neg_ne");
  neg_after = lex->Class("neg_after");
  neg_en = lex->Class("neg_en");
  aux = lex->Class("aux");
  etre = lex->Class("etre");
  modal = lex->Class("modal");
  hypo_if = lex->Class("hypo_if");
  deny = lex->Class("deny");
  adverb = lex->Class("adverb");
  clitic = lex->Class("clitic");
  coord = lex->Class("coord");
  list_intro = lex->Class("list_intro");
  que = lex->Class("que");
  qui = lex->Class("qui");
  according = lex->Class("according");
  pron_subj = lex->Class("pron_subj");
  pron_obj = lex->Class("pron_obj");
  pron_we = lex->Class("pron_we");
  possessive = lex->Class("possessive");
  govnoun = lex->Class("govnoun");
  troop = lex->Class("troop");
  act = lex->Class("act");
  orgclass = lex->Class("orgclass");
  deploy_cue = lex->Class("deploy_cue");
  wrongdoing = lex->Class("wrongdoing");
  agent_marker = lex->Class("agent_marker");
  pejorative = lex->Class("pejorative");
  aid = lex->Class("aid");
  honorific = lex->Class("honorific");
  media_head = lex->Class("media_head");
  ministry_head = lex->Class("ministry_head");
  ministry_name = lex->Class("ministry_name");
  diplomacy = lex->Class("diplomacy");
  security_forces = lex->Class("security_forces");
  not_name = lex->Class("not_name");
  role = lex->Class("role");
  role_dept = lex->Class("role_dept");
  trigger = lex->Class("trigger");
  speech = lex->Class("speech");
  rank = lex->Class("rank");
  name_particle = lex->Class("name_particle");
  capital = lex->Class("capital");
  pron_plural = lex->Class("pron_plural");
  region_part = lex->Class("region_part");
  pron_demo = lex->Class("pron_demo");
  readiness = lex->Class("readiness");
  quantity = lex->Class("quantity");
  institution = lex->Class("institution");
  org_head_en = lex->Class("org_head_en");
  org_head_fr = lex->Class("org_head_fr");
  event = lex->Class("event");
  strike_verb = lex->Class("strike_verb");
  order_verb = lex->Class("order_verb");
  org_qualifier = lex->Class("org_qualifier");
  common_acronym = lex->Class("common_acronym");
}

void Resources::IndexWords() {
  words.clear();
  for (const auto& [fold, bits] : lex.all_bits()) words[fold].bits = bits;
  lex.index().ForEachFirst(
      [&](const std::string& fold, const PhraseIndex::Bucket* b) { words[fold].lex = b; });
  dict.index().ForEachFirst(
      [&](const std::string& fold, const PhraseIndex::Bucket* b) { words[fold].dict = b; });
}

namespace {

// One actor mention over words [b, e) of a sentence.
struct Men {
  int b = 0, e = 0;
  std::string id, kind, rule;
  bool adj = false;           // a nationality adjective ("troupes russes")
  bool pronoun = false;       // il/elle/lui: resolved when used
  bool plural = false;        // ils/elles/they: the actors of the speech verb
  bool implied = false;       // the country of a title ("le président russe"): entity only
  std::string role, rel, of;  // for title mentions
};

constexpr int kMaxClasses = 64;  // the lexicon registers at most 64 classes

struct Sent {
  uint32_t index = 0;
  Span span;
  std::vector<Word> w;
  std::vector<uint64_t> bits;
  std::vector<int> at;                          // word -> mention covering it (-1)
  std::vector<char> inq;                        // word inside quotation marks
  std::vector<const PhraseIndex::Bucket*> lex;  // lexicon phrases starting at each word
  std::vector<int8_t>
      hit_len;  // longest lexicon phrase per word and class: word * kMaxClasses + class
  std::vector<PhraseIndex::Match> dict;  // longest dictionary phrase at each word
  std::vector<Men> men;
  std::vector<std::string> log;
  std::string speaker;                // subject of the sentence's speech verb, or "selon X"
  std::vector<std::string> speakers;  // all of them when coordinated ("X and Y said")
  bool shouting = false;              // written in capitals: no name discovery
  int speaker_pos = -1;
};

struct PendingRelation {
  std::string s, p, o;
  uint32_t sent;
  std::string rule;
  double conf;
};

struct Person {
  std::string id, surname;
};

class Engine {
 public:
  Engine(const Resources& r, Extraction* x, bool tracing)
      : r_(r), c_(r.cls), x_(x), tracing_(tracing) {}
  void Run(std::string* trace);

 private:
  // --- words ---
  bool Is(const Sent& s, int i, int cls) const {
    return i >= 0 && i < static_cast<int>(s.w.size()) && (s.bits[i] >> cls & 1);
  }
  int HitLen(const Sent& s, int i, int cls) const {
    if (i < 0 || i >= static_cast<int>(s.w.size()) || s.lex[i] == nullptr) return 0;
    return s.hit_len[static_cast<size_t>(i) * kMaxClasses + cls];
  }
  Lexicon::Hit LexAt(const Sent& s, int i, int cls) const {
    if (HitLen(s, i, cls) == 0) return Lexicon::Hit();
    return r_.lex.Longest(s.w, i, cls, s.lex[i]);
  }
  const PhraseIndex::Match& DictAt(const Sent& s, int i) const {
    static const PhraseIndex::Match kNone;
    if (i < 0 || i >= static_cast<int>(s.w.size())) return kNone;
    return s.dict[i];
  }
  bool P(const Sent& s, int i, char p) const {
    return i >= 0 && i < static_cast<int>(s.w.size()) && s.w[i].punct == p;
  }
  // A literal's length is known at compile time: no strlen per call.
  template <size_t N>
  bool Fold(const Sent& s, int i, const char (&f)[N]) const {
    if (i < 0 || i >= static_cast<int>(s.w.size())) return false;
    const std::string& w = s.w[i].fold;
    return w.size() == N - 1 && std::char_traits<char>::compare(w.data(), f, N - 1) == 0;
  }
  std::string Surface(const Sent& s, int b, int e) const {
    if (b >= e) return "";
    return x_->article.text.substr(s.w[b].span.begin, s.w[e - 1].span.end - s.w[b].span.begin);
  }
  bool IsNameWord(const Sent& s, int i) const {
    if (i < 0 || i >= static_cast<int>(s.w.size())) return false;
    const Word& w = s.w[i];
    return w.word && w.upper_initial && !w.hashtag && !Is(s, i, c_.not_name) && !w.abbrev &&
           !(w.fold.size() > 0 && w.fold[0] >= '0' && w.fold[0] <= '9');
  }
  bool IsAdverb(const Sent& s, int i) const {
    if (Is(s, i, c_.adverb)) return true;
    if (i < 0 || i >= static_cast<int>(s.w.size()) || !s.w[i].word) return false;
    const std::string& f = s.w[i].fold;
    return (f.size() > 6 && f.compare(f.size() - 4, 4, "ment") == 0 && f != "gouvernement" &&
            f != "parlement" && f != "mouvement" && f != "deploiement" && f != "engagement" &&
            f != "document" && f != "element" && f != "moment" && f != "armement") ||
           (f.size() > 4 && f.compare(f.size() - 2, 2, "ly") == 0 &&
            s.w[i].upper_initial == false && f != "italy" && f != "only" && f != "family" &&
            f != "ally" && f != "rally");
  }
  int SkipDet(const Sent& s, int i) const {
    while (i < static_cast<int>(s.w.size()) && (Is(s, i, c_.det) || P(s, i, '<') || P(s, i, '"')))
      ++i;
    return i;
  }
  int MentionAt(const Sent& s, int i) const {
    if (i < 0 || i >= static_cast<int>(s.w.size())) return -1;
    return s.at[i];
  }

  // A dictionary person's name starting at i: its length (0: none).
  int DictPersonAt(const Sent& s, int i) const {
    return DictPersonActor(s, i) >= 0 ? DictAt(s, i).length : 0;
  }
  int DictPersonActor(const Sent& s, int i) const {
    for (int p : DictAt(s, i).payloads) {
      const NameInfo& n = r_.dict.name(p);
      if (r_.dict.actors()[n.actor].kind == "person" && (s.w[i].upper_initial || !n.needs_capital))
        return n.actor;
    }
    return -1;
  }
  // "Le", "de", "von", "bin" inside a person's name ("Jean-Yves Le Drian").
  bool IsNameParticle(const Sent& s, int i) const {
    return i >= 0 && i < static_cast<int>(s.w.size()) && Is(s, i, c_.name_particle) &&
           IsNameWord(s, i + 1) && DictAt(s, i + 1).length == 0;
  }

  // A verb of the other language than the article's ("accusés" folds to
  // English "accuses"): not a form of this text.
  bool OtherLanguage(int entry) const {
    const std::string& article = x_->article.lang;
    if (article != "fr" && article != "en") return false;
    const std::string& lang = r_.lex.entry(entry).Get("lang");
    return !lang.empty() && lang != article;
  }

  // --- mentions ---
  void FindMentions(Sent& s);
  int AddMention(Sent& s, Men m);
  bool TryHonorific(Sent& s, int i, int* next);
  bool TryRank(Sent& s, int i, int* next);
  bool TryRole(Sent& s, int i, int* next);
  bool TryMinistry(Sent& s, int i, int* next);
  bool TryInstitution(Sent& s, int i, int* next);
  std::string InstitutionId(const std::string& country, const std::string& name) const;
  void ResolveInstitutions();
  bool TryMedia(Sent& s, int i, int* next);
  bool TryDict(Sent& s, int i, int* next);
  bool TryDiscoverOrg(Sent& s, int i, int* next);
  bool TryDiscoverPerson(Sent& s, int i, int* next);
  bool TryDiscoveredAcronym(Sent& s, int i, int* next);
  int AcronymAfter(const Sent& s, int e) const;
  int CountryAdjectiveAt(const Sent& s, int i, std::string* id) const;
  int NameRun(const Sent& s, int i) const;
  bool DemonstrativeSubject(const Sent& s, int i, int len) const;
  std::string PersonFromName(Sent& s, int b, int e, std::string* rule);
  void ResolveRoles();
  // The office a dictionary person holds on the article's date (in `of` if
  // given); nullptr if none.
  const Office* OfficeOnDate(const std::string& person, const std::string& of) const;
  static bool IsHeadRole(const std::string& role) {
    return role == "head_of_state" || role == "head_of_government" || role == "secretary_general" ||
           role == "chair" || role == "head";
  }
  // The country or body of the office held by the person named last before
  // `limit` ("Angela Merkel ... her spokesman"); "" if none.
  std::string OfficeCountryOfPersonBefore(const Sent& s, int limit) const;
  void DictionaryContextRule(Sent& s);

  // --- relations ---
  void Relations(Sent& s);
  void Emit(Sent& s, const std::vector<std::string>& subj, const std::string& pred,
            const std::vector<std::string>& obj, const std::string& rule, double conf);
  std::string Blocked(const Sent& s, int vb, int te, Form form) const;
  int VerbGroupStart(const Sent& s, int t) const;
  bool IsComplement(const Sent& s, const Men& m) const;
  bool IsOrganOf(const Sent& s, const Men& m) const;
  std::vector<std::string> Subject(Sent& s, int t, std::string* how);
  std::vector<std::string> MainSubject(const Sent& s, int limit) const;
  std::string SubjectOrgBefore(const Sent& s, int limit) const;
  bool InheritsSubject(const Sent& s, int t, int vb, Form form) const;
  std::vector<std::string> Expand(const Sent& s, int mi, int dir, bool allow_adj = true) const;
  std::vector<std::string> NP(const Sent& s, int i, int depth = 0, bool allow_adj = true) const;
  std::vector<std::string> Object(const Sent& s, int i, const std::string& preps,
                                  int* end = nullptr) const;
  std::vector<std::string> Agent(const Sent& s, int from, int window) const;
  std::vector<std::string> LeftHead(const Sent& s, int t, const char* kind) const;
  std::string PlaceAt(const Sent& s, int k) const;
  std::string PlaceAt(const Sent& s, int k, int* end) const;
  std::vector<std::string> Destination(const Sent& s, int from,
                                       const std::vector<std::string>& senders);
  std::string ConditionAfter(const Sent& s, int te) const;
  std::string NounBlocked(const Sent& s, int t) const;
  std::string ResolvePronoun(const Sent& s, int pos) const;
  std::string IdOf(const Sent& s, int mi) const;
  void FindSpeaker(Sent& s);
  void Frame(Sent& s, int t, int len, const LexEntry& e, Form form);
  void Fallback(Sent& s, int t, int len, const LexEntry& e, Form form);
  void TroopRule(Sent& s);
  bool LooksParticiple(const Sent& s, int t, int te) const;
  void WrongdoingRule(Sent& s);
  void LabelRule(Sent& s);
  void RecordEventAuthors(Sent& s);
  std::vector<std::string> EventAuthor(const Sent& s, int i) const;
  void Log(Sent& s, const std::string& line) {
    if (tracing_) s.log.push_back(line);
  }

  void RunChunk(size_t begin, size_t end, std::string* trace);
  void FlushMentions();
  void BuildOutput();

  const Resources& r_;
  const Classes& c_;
  Extraction* x_;
  bool tracing_;
  std::vector<Sent> sents_;
  std::vector<Person> discovered_;
  std::string last_org_;
  std::string last_alliance_;
  std::string last_met_person_;  // the person last met, called or received  // the last treaty
                                 // organization or alliance named
  std::string last_person_;
  std::string last_named_person_;    // the person mentioned last ("celui-ci")
  std::string prev_subject_org_;     // previous sentence's subject, if an organization or country
  std::string prev_subject_office_;  // the body of the office of the previous subject, a person
  bool focus_clear_ = false;         // the focus country is named far more than any other
  std::map<std::string, std::string> bindings_;  // "role|of" -> person id
  std::vector<PendingRelation> relations_;
  std::string focus_;
  std::string headline_;  // the first country of the headline
  // institution name -> (id, country) as last named ("Sudan's army")
  std::map<std::string, std::pair<std::string, std::string>> last_institution_;
  std::map<std::string, size_t> entity_index_;  // entity id -> x_->entities
  std::string last_dest_;                       // the last explicit troop destination
  uint32_t dest_sentence_ = 0;
  std::map<std::string, std::string> discovered_acronyms_;  // "TPLF" -> its node id
  std::string frame_missing_;  // the argument the last Frame call lacked ("" if none)
  // The author of the military or repressive act named last with its author
  // ("US and British jets struck Yemen"): "the strikes" later refers to it.
  std::vector<std::string> event_author_;
};

// ---------------------------------------------------------------- mentions

int Engine::AddMention(Sent& s, Men m) {
  int idx = static_cast<int>(s.men.size());
  if (!m.implied) {
    for (int k = m.b; k < m.e; ++k) s.at[k] = idx;
  }
  if (m.kind == "organization" && !m.id.empty()) {
    last_org_ = m.id;
    // "l'Alliance" means a military alliance: a treaty organization.
    if (const Actor* a = r_.dict.Find(m.id)) {
      for (const std::string* name : {&a->name, &a->name_fr}) {
        if (name->find("Treaty") != std::string::npos ||
            name->find("traité") != std::string::npos ||
            name->find("Alliance") != std::string::npos)
          last_alliance_ = m.id;
      }
    }
  }
  if (m.kind == "person" && !m.pronoun && !m.id.empty() && !m.implied) last_named_person_ = m.id;
  if (m.kind == "person" && !m.pronoun && !m.id.empty() && m.role.empty() && m.e > m.b &&
      s.w[m.e - 1].upper_initial) {
    // later "M. Diop" or "Diop" alone refer to the same person
    const std::string& surname = s.w[m.e - 1].fold;
    bool known = false;
    for (const Person& p : discovered_) known |= p.surname == surname;
    if (!known) discovered_.push_back({m.id, surname});
  }
  s.men.push_back(std::move(m));
  return idx;
}

// Capitalised words of a name starting at i ("Kassym-Jomart Tokaïev"); 0 if none.
int Engine::NameRun(const Sent& s, int i) const {
  if (s.shouting) return 0;
  int j = i;
  while (j < static_cast<int>(s.w.size()) && j - i < 5 &&
         (IsNameWord(s, j) || (j > i && s.w[j].hyphen_before && s.w[j].word) ||
          (j > i && IsNameParticle(s, j)))) {
    ++j;
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

// The person named by words [b, e): a dictionary person if any suffix of the
// run is one ("Kasim Khomart Tokayev"), else a discovered person.
std::string Engine::PersonFromName(Sent& s, int b, int e, std::string* rule) {
  for (int k = b; k < e; ++k) {
    const PhraseIndex::Match& m = DictAt(s, k);
    if (m.length == e - k) {
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
    if (p.surname == surname) {
      *rule = "discover:coreference";
      return p.id;
    }
  }
  discovered_.push_back({name, surname});
  *rule = "discover:name";
  return name;
}

// "le colonel Assimi Goïta", "General Abdourahamane Tiani": a rank names a person.
bool Engine::TryRank(Sent& s, int i, int* next) {
  int rl = HitLen(s, i, c_.rank);
  if (rl == 0 || DictAt(s, i).length > rl) return false;  // "General Assembly"
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
  m.rule = rule == "dict:alias" ? "dict:alias" : "discover:rank";
  AddMention(s, m);
  *next = m.e;
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
  m.rule = rule == "dict:alias" ? "dict:alias" : "discover:honorific";
  AddMention(s, m);
  *next = m.e;
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

bool Engine::TryRole(Sent& s, int i, int* next) {
  Lexicon::Hit hit = LexAt(s, i, c_.role);
  if (hit.length == 0) return false;
  const LexEntry& e = r_.lex.entry(hit.entries[0].first);
  std::string role = e.Get("role"), rel = e.Get("rel"), of;
  int j = i + hit.length;
  std::string adj;
  // English order: "Russian President", "Kremlin spokesman".
  if (i > 0) {
    int pm = MentionAt(s, i - 1);
    // "Somalia's foreign minister": the owner before the possessive.
    if (pm < 0 && Fold(s, i - 1, "s")) {
      pm = MentionAt(s, P(s, i - 2, '\'') ? i - 3 : i - 2);
      if (pm >= 0 && s.men[pm].adj) pm = -1;
    }
    if (pm >= 0 && (s.men[pm].kind == "country" || s.men[pm].kind == "organization"))
      of = s.men[pm].id;
  }
  for (int round = 0; round < 2; ++round) {
    if (int n = CountryAdjectiveAt(s, j, &adj); n > 0 && of.empty()) {
      of = adj;
      j += n;
    }
    if (int n = HitLen(s, j, c_.role_dept); n > 0 && role == "minister") {
      role = r_.lex.entry(LexAt(s, j, c_.role_dept).entries[0].first).Get("role");
      j += n;
    }
  }
  // Complement: "du Kremlin", "de l'OTSC", "du Kazakhstan".
  if (of.empty() && (Is(s, j, c_.prep_de) || Fold(s, j, "of"))) {
    const int j0 = j;
    int k = SkipDet(s, j + 1);
    const PhraseIndex::Match& m = DictAt(s, k);
    for (int p : m.payloads) {
      const NameInfo& n = r_.dict.name(p);
      const Actor& a = r_.dict.actors()[n.actor];
      if ((a.kind == "country" || a.kind == "organization") && n.how != NameHow::kAdjective &&
          n.how != NameHow::kDemonym) {
        of = a.id;
        j = k + m.length;
        break;
      }
    }
    // "porte-parole du Conseil de sécurité nationale": a qualifier makes it
    // another, national body than the dictionary's; its country is not said.
    bool qualified = !of.empty() && Is(s, j, c_.org_qualifier) && !s.w[j].upper_initial;
    // "the Kazakhstan International Bureau for Human Rights": the name goes
    // on past the dictionary's, so the office is in a body to discover.
    if (of.empty() || IsNameWord(s, j) || qualified) {
      int nx = 0;
      if (TryDiscoverOrg(s, SkipDet(s, j0 + 1), &nx)) {
        of = s.men.back().id;
        j = nx;
      } else if (of.empty() && TryMinistry(s, SkipDet(s, j0 + 1), &nx)) {
        // "la porte-parole du ministère russe des Affaires étrangères, X"
        of = s.men.back().id;
        j = nx;
      } else if (qualified) {
        of.clear();
        ++j;
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
    k = SkipDet(s, k);
    if (int dl = DictAt(s, k).length;
        dl > 0 && !DictPersonAt(s, k) && (P(s, k + dl, ',') || IsNameWord(s, k + dl))) {
      j = k + dl;
    }
  }
  // "le haut représentant de l'UE pour la politique étrangère, Josep
  // Borrell", "Deputy Prime Minister for Reintegration Oleg Serebrian": the
  // portfolio after "pour"/"for" is part of the title.
  if (j > i && (Fold(s, j, "pour") || Fold(s, j, "for"))) {
    int q = j + 1;
    int words = 0;
    while (q < static_cast<int>(s.w.size()) && words < 6 && s.w[q].word && !Is(s, q, c_.qui) &&
           !Is(s, q, c_.que) && !Is(s, q, c_.aux) && HitLen(s, q, c_.trigger) == 0 &&
           MentionAt(s, q) < 0 && DictPersonAt(s, q) == 0) {
      if (words > 0 && s.w[q].upper_initial && NameRun(s, q) >= 2) break;  // the name
      ++q;
      ++words;
    }
    if (words > 0 && (P(s, q, ',') || (q < static_cast<int>(s.w.size()) && NameRun(s, q) >= 2) ||
                      DictPersonAt(s, q) > 0))
      j = q;
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
  // ", le colonel Assimi Goïta": a rank between the comma and the name.
  if (k > j && P(s, k - 1, ',')) {
    int q = Is(s, k, c_.det) ? k + 1 : k;
    if (int rl = HitLen(s, q, c_.rank); rl > 0 && NameRun(s, q + rl) > 0) k = q + rl;
  }
  std::string person, person_rule;
  int pe = k;
  if (int dl = DictPersonAt(s, k); dl > 0) {
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
  if (person.empty()) {
    int b = i - 1;
    if (Is(s, b, c_.det)) --b;
    if (P(s, b, ',')) --b;
    if (P(s, b, '>') || P(s, b, '"')) --b;
    int pm = MentionAt(s, b);
    if (pm >= 0 && s.men[pm].kind == "person" && !s.men[pm].pronoun && b < i - 1) {
      person = s.men[pm].id;
      person_rule = "apposition";
    }
  }
  if (of.empty() && !person.empty() && Is(s, i - 1, c_.possessive)) {
    // "Sa porte-parole, Maria Zakharova", "par la voix de son porte-parole":
    // the office is in the organization or country acting in the sentence,
    // else in the one that was the previous sentence's subject.
    const bool personal = Fold(s, i - 1, "his") || Fold(s, i - 1, "her");
    if (personal) of = OfficeCountryOfPersonBefore(s, i - 1);
    if (of.empty()) of = SubjectOrgBefore(s, i - 1);
    if (of.empty() && !personal) of = OfficeCountryOfPersonBefore(s, i - 1);
    if (of.empty()) of = prev_subject_org_;
    // "Guterres a condamné ... Son envoyée spéciale, X": the body of the
    // previous subject's office.
    if (of.empty()) of = prev_subject_office_;
  }
  if (role == "counterpart") {
    // "son homologue russe Sergueï Lavrov", "his Azerbaijani counterpart,
    // Ilham Aliyev": the same office as the person met, in the other country.
    std::string office;
    if (!person.empty()) {
      if (const Office* o = OfficeOnDate(person, of)) {
        office = o->role;
        of = o->of;
      }
    }
    if (office.empty() && !of.empty()) {
      for (int mi = static_cast<int>(s.men.size()) - 1; mi >= 0 && office.empty(); --mi) {
        const Men& a = s.men[mi];
        if (a.b >= i || a.kind != "person" || a.pronoun || a.id.empty()) continue;
        if (!a.role.empty() && a.role != "counterpart") {
          office = a.role;
        } else if (const Office* o = OfficeOnDate(a.id, "")) {
          office = o->role;
        }
      }
    }
    if (office.empty() || of.empty()) return false;
    role = office;
    rel = IsHeadRole(office) ? "leads" : "official_of";
  }
  if (of.empty() && !person.empty()) {
    // "le président Tokayev": the office comes from the dictionary.
    if (const Actor* a = r_.dict.Find(person)) {
      for (const Office& o : a->offices) {
        bool head = rel == "leads" && (o.role == "head_of_state" || o.role == "head_of_government");
        if ((o.role == role || head) && (x_->article.date.empty() || o.from <= x_->article.date) &&
            (o.to.empty() || x_->article.date.empty() || x_->article.date <= o.to)) {
          of = o.of;
          break;
        }
      }
    }
  }
  if (of.empty() && person.empty()) return false;
  // "Foreign Ministry spokeswoman Maria Zakharova": an office in that
  // country's ministry, named before the title without its country.
  bool in_ministry = false;
  if (const Actor* country = r_.dict.Find(of);
      country && country->kind == "country" && !country->adj_en.empty() && i >= 2 &&
      MentionAt(s, i - 1) < 0 && HitLen(s, i - 1, c_.ministry_head) == 1 &&
      s.w[i - 1].upper_initial) {
    for (int b = i - 2; b >= 0 && b >= i - 4 && !in_ministry; --b) {
      Lexicon::Hit h = LexAt(s, b, c_.ministry_name);
      if (h.length != i - 1 - b || MentionAt(s, b) >= 0) continue;
      std::string tmp;
      if (b > 0 && CountryAdjectiveAt(s, b - 1, &tmp) > 0) break;  // discovered already
      of = country->adj_en + " " + r_.lex.entry(h.entries[0].first).Get("name") + " Ministry";
      in_ministry = true;
    }
  }
  // "l'ancien chef du KNB", "former president": a past office gives no edge.
  if (Fold(s, i - 1, "ancien") || Fold(s, i - 1, "ancienne") || Fold(s, i - 1, "former") ||
      (Fold(s, i - 1, "ex") && s.w[i].hyphen_before))
    rel.clear();
  Men m;
  m.b = i;
  m.e = j;
  m.kind = "person";
  m.role = role;
  m.rel = rel;
  m.of = of;
  if (!person.empty()) {
    m.id = person;
    m.rule = "title:apposition";
    if (!of.empty()) bindings_[role + "|" + of] = person;
  } else {
    m.rule = "title:role";
  }
  if (i > 0 && MentionAt(s, i - 1) >= 0 && s.men[MentionAt(s, i - 1)].id == of) {
    // English order: the country word before the title is already a mention.
  } else if (!of.empty()) {
    Men c;
    c.b = i;
    c.e = j;
    c.id = of;
    const Actor* oa = r_.dict.Find(of);
    c.kind = in_ministry ? "organization" : oa ? oa->kind : "country";
    c.rule = "title:of";
    c.implied = true;
    AddMention(s, c);
  }
  AddMention(s, m);
  if (!person.empty() && pe > k && person_rule != "apposition") {
    Men p;
    p.b = k;
    p.e = pe;
    p.id = person;
    p.kind = "person";
    p.rule = person_rule == "dict:alias" ? "dict:alias" : "discover:title";
    AddMention(s, p);
    *next = pe;
  } else {
    *next = j;
  }
  return true;
}

// The id of a country's institution: a dictionary actor named "<Adjective>
// <name>" ("Sudanese army" -> Sudanese Armed Forces), else that name itself.
std::string Engine::InstitutionId(const std::string& country, const std::string& name) const {
  const Actor* c = r_.dict.Find(country);
  if (c == nullptr || c->adj_en.empty()) return "";
  const std::string id = c->adj_en + " " + name;
  std::vector<std::string> folds = FoldPhrase(id);
  if (const PhraseIndex::Bucket* b = r_.dict.index().Find(folds[0])) {
    for (const PhraseIndex::Entry& e : *b) {
      std::vector<std::string> rest(folds.begin() + 1, folds.end());
      if (e.rest == rest) return r_.dict.actors()[r_.dict.name(e.payload).actor].id;
    }
  }
  return id;
}

// "Nigeria's Senate", "Sudan's ruling army", "Sudan's Foreign Ministry",
// "le Sénat nigérian", and with the country left to the context "the army",
// "The Interior Ministry" (resolved once the article's country is known).
bool Engine::TryInstitution(Sent& s, int i, int* next) {
  std::string country, name;
  int j = i;
  const PhraseIndex::Match& m = DictAt(s, i);
  for (int p : m.payloads) {
    const NameInfo& n = r_.dict.name(p);
    const Actor& a = r_.dict.actors()[n.actor];
    if (a.kind == "country" && n.how != NameHow::kAdjective && n.how != NameHow::kDemonym &&
        s.w[i + m.length - 1].elided && Fold(s, i + m.length, "s") && s.w[i].upper_initial) {
      country = a.id;
      j = i + m.length + 1;
      break;
    }
  }
  if (!country.empty() && j < static_cast<int>(s.w.size()) && !s.w[j].upper_initial &&
      (Fold(s, j, "ruling") || Fold(s, j, "new") || Fold(s, j, "transitional")))
    ++j;  // "Sudan's ruling ..."
  bool bare = false;
  if (country.empty()) {
    if ((HitLen(s, i, c_.institution) > 0 ||
         (HitLen(s, i, c_.ministry_name) > 0 && s.w[i].upper_initial)) &&
        (Fold(s, i - 1, "the") || Fold(s, i - 1, "l") || Fold(s, i - 1, "le") ||
         Fold(s, i - 1, "la"))) {
      bare = true;  // the country comes from after it or from the context
    } else {
      return false;
    }
  }
  int e = j;
  if (Lexicon::Hit h = LexAt(s, j, c_.ministry_name);
      h.length > 0 && HitLen(s, j + h.length, c_.ministry_head) > 0) {
    name = r_.lex.entry(h.entries[0].first).Get("name") + " Ministry";
    e = j + h.length + 1;
  } else if (Lexicon::Hit h = LexAt(s, j, c_.institution); h.length > 0) {
    name = r_.lex.entry(h.entries[0].first).Get("name");
    e = j + h.length;
  } else {
    return false;
  }
  if (bare) {
    std::string adj;
    if (int n = CountryAdjectiveAt(s, e, &adj); n > 0) {  // "le Sénat nigérian"
      country = adj;
      e += n;
      bare = false;
    } else if (Is(s, e, c_.prep_de) || CountryAdjectiveAt(s, i - 2, &adj) > 0) {
      return false;  // "l'armée du Mali", "Russian army": other rules
    }
  }
  Men men;
  men.b = i;
  men.e = e;
  men.kind = "organization";
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
    last_institution_[name] = {men.id, country};
  }
  AddMention(s, men);
  *next = e;
  return true;
}

void Engine::ResolveInstitutions() {
  for (Sent& s : sents_) {
    for (Men& m : s.men) {
      if (m.role != "institution") continue;
      m.role.clear();
      m.id = focus_.empty() ? "" : InstitutionId(focus_, m.of);
      m.of = focus_;
      if (m.id.empty()) m.kind.clear();
    }
  }
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
  if (adj.empty() || name.empty()) return false;
  const Actor* country = r_.dict.Find(adj);
  if (!country || country->adj_en.empty()) return false;
  Men m;
  m.b = i;
  m.e = j;
  m.kind = "organization";
  m.id = country->adj_en + " " + (name == "security forces" ? name : name + " Ministry");
  m.rule = name == "security forces" ? "discover:security-forces" : "discover:ministry";
  AddMention(s, m);
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
  AddMention(s, m);
  *next = j + run;
  return true;
}

bool Engine::TryDict(Sent& s, int i, int* next) {
  const PhraseIndex::Match& m = DictAt(s, i);
  if (m.length == 0) return false;
  bool any_upper = false;
  for (int k = i; k < i + m.length; ++k) any_upper |= s.w[k].upper_initial;
  const NameInfo* best = nullptr;
  for (int p : m.payloads) {
    const NameInfo& n = r_.dict.name(p);
    if (n.needs_capital && !any_upper && n.how != NameHow::kAdjective) continue;
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
    if (extra > 0 && Is(s, k, c_.prep_de) && DictAt(s, SkipDet(s, k + 1)).length > 0) {
      *next = i + 1;
      return true;
    }
  }
  Men men;
  men.b = i;
  men.e = i + m.length;
  men.id = a.id;
  men.kind = a.kind;
  if (best->how == NameHow::kAdjective) {
    // Only where the adjective denotes an actor: "des troupes biélorusses",
    // "le gouvernement russe", "Russian troops"; also coordinated adjectives.
    bool context = false;
    int k = i - 1;
    for (int steps = 0; k >= 0 && steps < 8; ++steps, --k) {
      // "l'attaque iranienne", "les frappes russes": an act's author.
      if (Is(s, k, c_.govnoun) || HitLen(s, k, c_.troop) > 0 ||
          (HitLen(s, k, c_.act) == 1 && steps == 0) ||
          (HitLen(s, k, c_.wrongdoing) == 1 && steps == 0)) {
        context = true;
        break;
      }
      std::string tmp;
      if (P(s, k, ',') || Is(s, k, c_.coord) || CountryAdjectiveAt(s, k, &tmp) > 0) continue;
      if (steps == 0 && s.w[k].word && !s.w[k].upper_initial && !Is(s, k, c_.prep_de) &&
          !Is(s, k, c_.det))
        continue;  // one plain adjective between: "forces armées russes"
      break;
    }
    int after = i + m.length;
    if (!context &&
        (Is(s, after, c_.govnoun) || HitLen(s, after, c_.troop) > 0 ||
         HitLen(s, after, c_.role) > 0 || HitLen(s, after, c_.act) == 1 ||
         HitLen(s, after, c_.wrongdoing) == 1) &&
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
    static const char* const kHow[] = {"dict:alias", "dict:acronym", "dict:adjective",
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
  if (a.kind == "location") {
    // "Paris" is only a place to the dictionary; acting, it is France.
    Lexicon::Hit cap = LexAt(s, i, c_.capital);
    if (cap.length == m.length) men.of = r_.lex.entry(cap.entries[0].first).Get("of");
  }
  AddMention(s, men);
  *next = men.e;
  return true;
}

// "(TPLF)" right after a name: the acronym's length in words (3 with the
// brackets), 0 if none. An acronym the dictionary knows is not new.
int Engine::AcronymAfter(const Sent& s, int e) const {
  if (!P(s, e, '(') || e + 2 >= static_cast<int>(s.w.size())) return 0;
  const Word& a = s.w[e + 1];
  if (!a.word || !a.all_caps || a.fold.size() < 2 || a.fold.size() > 8) return 0;
  int k = e + 2;  // "(PNDS-Tarayya)", "(CSP-PSD)"
  while (k < e + 5 && k < static_cast<int>(s.w.size()) && s.w[k].hyphen_before && s.w[k].word) ++k;
  return P(s, k, ')') ? k + 1 - e : 0;
}

// Organizations no dictionary knows: a capitalised run ending with an
// English head word ("Lima Group", "OSCE Minsk Group", "Sovereign Council"),
// a capitalised French head with its complement ("Conseil de coordination",
// "Front de libération du peuple du Tigré"), or any capitalised name followed
// by a new acronym in brackets ("(EHRC)"). The longest reading wins over a
// dictionary name inside it ("Minsk" is Belarus, "Minsk Group" is not).
bool Engine::TryDiscoverOrg(Sent& s, int i, int* next) {
  if (s.shouting || !s.w[i].upper_initial || s.w[i].all_caps && s.w[i].fold.size() < 2)
    return false;
  const int n = static_cast<int>(s.w.size());
  const int dict_len = DictAt(s, i).length;
  int end = 0;  // exclusive end of the name
  // English: capitalised words (and "of", "for", "the", "and" between them) up to a head word.
  {
    int j = i, last_head = 0;
    while (j < n && j - i < 8) {
      if (IsNameWord(s, j) || (s.w[j].all_caps && s.w[j].word && !Is(s, j, c_.not_name)) ||
          (j > i && s.w[j].hyphen_before && s.w[j].word)) {
        if (HitLen(s, j, c_.org_head_en) > 0 && s.w[j].upper_initial) last_head = j + 1;
        ++j;
        continue;
      }
      if (j > i && (Fold(s, j, "of") || Fold(s, j, "for") || Fold(s, j, "and")) &&
          IsNameWord(s, j + 1)) {
        ++j;
        continue;
      }
      break;
    }
    // "Bureau for Human Rights": a complement of the head ends the name.
    if (last_head - i >= 2)
      end = AcronymAfter(s, j) > 0 || Fold(s, last_head, "for") || Fold(s, last_head, "of")
                ? j
                : last_head;
  }
  // French: a capitalised head, then its complement up to a verb-like word.
  if (end == 0 && HitLen(s, i, c_.org_head_fr) == 1 && !s.w[i].all_caps) {
    int j = i + 1, content = 0;
    std::string adj;
    while (j < n && j - i < 9) {
      if (Is(s, j, c_.prep_de) || Is(s, j, c_.det)) {
        ++j;
        continue;
      }
      // "Union économique et monétaire ouest-africaine": "et" between two adjectives
      if (Is(s, j, c_.coord) && Fold(s, j, "et") && content > 0 && s.w[j + 1].word &&
          !s.w[j + 1].upper_initial && !Is(s, j + 1, c_.det) && !Is(s, j + 1, c_.prep_de)) {
        ++j;
        continue;
      }
      // "Ligue nationale pour la démocratie", "Union pour la République": a
      // purpose complement is part of the name.
      if (Fold(s, j, "pour") && content > 0 && Is(s, j + 1, c_.det) && j + 2 < n &&
          s.w[j + 2].word && HitLen(s, j + 2, c_.trigger) == 0 && !Is(s, j + 2, c_.aux)) {
        j += 3;  // the name ends with the purpose's noun
        break;
      }
      if (!s.w[j].word || Is(s, j, c_.qui) || Is(s, j, c_.que) || Is(s, j, c_.aux) ||
          Is(s, j, c_.coord) || Is(s, j, c_.prep) || HitLen(s, j, c_.trigger) > 0 ||
          HitLen(s, j, c_.speech) > 0 || IsAdverb(s, j) || Is(s, j, c_.clitic))
        break;
      // a participle after the name starts its description: "chargé de"
      const std::string& f = s.w[j].fold;
      if (!s.w[j].upper_initial && f.size() > 3 &&
          (f.compare(f.size() - 1, 1, "e") == 0 || f.compare(f.size() - 2, 2, "es") == 0) &&
          LooksParticiple(s, j, j + 1) && CountryAdjectiveAt(s, j, &adj) == 0)
        break;
      ++content;
      ++j;
    }
    while (j > i + 1 && (Is(s, j - 1, c_.prep_de) || Is(s, j - 1, c_.det))) --j;
    // Either a bracketed acronym follows, or the complement holds a name.
    bool named = AcronymAfter(s, j) > 0;
    for (int k = i + 1; k < j && !named; ++k) named = s.w[k].upper_initial;
    // A capital inside a sentence marks a proper name: "un Conseil de
    // coordination" (a sentence's first word proves nothing).
    named |= (Fold(s, i - 1, "un") || Fold(s, i - 1, "une") || Fold(s, i - 1, "le") ||
              Fold(s, i - 1, "la") || Fold(s, i - 1, "l")) &&
             content <= 2;
    if (content > 0 && named && j - i >= 2) end = j;
  }
  // Any capitalised name with a new acronym in brackets.
  if (end == 0) {
    int r = NameRun(s, i);
    int j = i + r;
    if (r >= 2 && AcronymAfter(s, j) > 0) end = j;
  }
  // "the ruling Pastef party", "the opposition Tisza party": a name before
  // a lower-case "party".
  if (end == 0 && dict_len == 0 && !s.w[i].all_caps &&
      (Fold(s, i - 1, "ruling") || Fold(s, i - 1, "opposition") || Fold(s, i - 1, "the"))) {
    int r = NameRun(s, i);
    if (r >= 1 && r <= 3 && Fold(s, i + r, "party") && !s.w[i + r].upper_initial) {
      bool known = false;
      for (int k = i; k < i + r; ++k) known |= DictAt(s, k).length > 0;
      if (!known) {
        // The mention spans "ruling Pastef party", so that "of the ruling
        // Pastef party" reads as a complement, never as a subject.
        Men m;
        m.b = Fold(s, i - 1, "the") ? i : i - 1;
        m.e = i + r + 1;
        m.id = Surface(s, i, i + r);
        m.kind = "organization";
        m.rule = "discover:organization";
        discovered_acronyms_[m.id] = m.id;
        AddMention(s, m);
        *next = i + r + 1;
        return true;
      }
    }
  }
  // "la KFOR", "the AFRICOM": an unknown acronym after an article, not a
  // common noun written in capitals ("le PIB").
  if (end == 0 && dict_len == 0 && s.w[i].all_caps && s.w[i].word && s.w[i].fold.size() >= 3 &&
      s.w[i].fold.size() <= 7 && !Is(s, i, c_.not_name) && !Is(s, i, c_.common_acronym) &&
      (Fold(s, i - 1, "la") || Fold(s, i - 1, "le") || (Fold(s, i - 1, "l") && s.w[i - 1].elided) ||
       Fold(s, i - 1, "the") || Fold(s, i - 1, "du"))) {
    bool letters = true;
    for (char c : s.w[i].fold) letters &= std::isalpha(static_cast<unsigned char>(c)) != 0;
    if (letters && !s.w[i + 1].hyphen_before) end = i + 1;
  }
  if (end == 0 || end - i <= dict_len) return false;
  // Every word already a dictionary name on its own ("Kazakh Security
  // Council" is new; "Russia Ukraine" is not a body): the head decides above.
  int e = end;
  std::string id = Surface(s, i, end);
  std::string acronym;
  if (int al = AcronymAfter(s, end); al > 0) {
    acronym = Surface(s, end + 1, end + al - 1);
    id = acronym;
    for (int p : DictAt(s, end + 1).payloads) {  // a known acronym names its actor
      id = r_.dict.actors()[r_.dict.name(p).actor].id;
      break;
    }
    e = end + al;
  }
  // A name the article used before keeps its id ("le TPLF" after "Front ... (TPLF)").
  Men m;
  m.b = i;
  m.e = e;
  m.id = id;
  m.kind = "organization";
  m.rule = "discover:organization";
  if (!acronym.empty()) discovered_acronyms_[acronym] = id;
  discovered_acronyms_[Surface(s, i, end)] = id;
  AddMention(s, m);
  *next = e;
  return true;
}

// A name the article discovered earlier, used again ("TPLF", "Lima Group").
bool Engine::TryDiscoveredAcronym(Sent& s, int i, int* next) {
  if (discovered_acronyms_.empty() || !s.w[i].upper_initial) return false;
  for (int len = std::min<int>(8, s.w.size() - i); len >= 1; --len) {
    auto it = discovered_acronyms_.find(Surface(s, i, i + len));
    if (it == discovered_acronyms_.end()) continue;
    if (len <= DictAt(s, i).length) return false;
    Men m;
    m.b = i;
    m.e = i + len;
    m.id = it->second;
    m.kind = "organization";
    m.rule = "discover:coreference";
    AddMention(s, m);
    *next = i + len;
    return true;
  }
  return false;
}

// Persons no dictionary knows: two or three capitalised words ("Alfredo
// Romero", "Abbas Kamel") that act like a person - subject of a speech or
// trigger verb, named by an inverted speech verb ("said Yevgeny Zhovtis"), or
// followed by an apposition with a role ("Hiba Omar, membre du comité").
bool Engine::TryDiscoverPerson(Sent& s, int i, int* next) {
  if (s.shouting || !IsNameWord(s, i) || s.w[i].all_caps) return false;
  const int n = static_cast<int>(s.w.size());
  int r = NameRun(s, i);
  if (r > 4) return false;
  int spaced = 0;
  for (int k = i; k < i + r; ++k) {
    spaced += !s.w[k].hyphen_before;
    if (s.w[k].all_caps || s.w[k].fold.size() < 2 || IsAdverb(s, k) ||
        HitLen(s, k, c_.org_head_en) > 0 || HitLen(s, k, c_.org_head_fr) > 0 ||
        HitLen(s, k, c_.role) > 0 || HitLen(s, k, c_.rank) > 0 || Is(s, k, c_.govnoun))
      return false;
    // A dictionary actor other than a person inside: a place or a body.
    const PhraseIndex::Match& m = DictAt(s, k);
    if (m.length > 0 && DictPersonActor(s, k) < 0) return false;
  }
  if (spaced < 2) return false;
  const int dict_len = DictAt(s, i).length;
  if (r <= dict_len) return false;  // the dictionary's person (or a longer name)
  const int e = i + r;
  bool person = false;
  // subject of a verb: "Alfredo Romero a dénoncé", "Zhovtis said"
  int j = e;
  while (j < n && (Is(s, j, c_.aux) || IsAdverb(s, j) || Is(s, j, c_.neg_ne) ||
                   Is(s, j, c_.neg_after) || Is(s, j, c_.clitic) || Is(s, j, c_.modal)))
    ++j;
  if (j < n && (HitLen(s, j, c_.speech) > 0 || HitLen(s, j, c_.trigger) > 0) &&
      !Is(s, i - 1, c_.prep) && !Is(s, i - 1, c_.prep_de))
    person = true;
  // inverted speech verb: "», a déclaré Aïgerim Seitkali", "said Yevgeny Zhovtis"
  for (int k = i - 1; k >= 0 && k >= i - 3 && !person; --k) {
    if (HitLen(s, k, c_.speech) == i - k) person = true;
  }
  // apposition: "Hiba Omar, membre du comité", "Juan Guaidó, the head of"
  if (!person && P(s, e, ',')) {
    for (int k = e + 1; k < std::min(e + 6, n); ++k) {
      if (!s.w[k].word) break;
      if (HitLen(s, k, c_.role) > 0 || Fold(s, k, "membre") || Fold(s, k, "member") ||
          Fold(s, k, "militant") || Fold(s, k, "militante") || Fold(s, k, "activist")) {
        person = true;
        break;
      }
      if (MentionAt(s, k) >= 0 || s.w[k].upper_initial) break;
    }
  }
  if (!person) return false;
  std::string surname = s.w[e - 1].fold;
  std::string id = Surface(s, i, e);
  for (const Person& p : discovered_) {
    if (p.surname == surname) id = p.id;
  }
  Men m;
  m.b = i;
  m.e = e;
  m.id = id;
  m.kind = "person";
  m.rule = "discover:person";
  AddMention(s, m);
  *next = e;
  return true;
}

void Engine::FindMentions(Sent& s) {
  const int n = static_cast<int>(s.w.size());
  int words = 0, caps = 0;
  for (const Word& w : s.w) {
    words += w.word;
    caps += w.all_caps;
  }
  s.shouting = words >= 3 && caps * 10 > words * 6;
  for (int i = 0; i < n;) {
    const Word& w = s.w[i];
    int next = i + 1;
    if (!w.word || w.hashtag) {
      i = next;
      continue;
    }
    // Most words start no phrase, name nothing and belong to no class.
    if (!w.upper_initial && s.lex[i] == nullptr && s.dict[i].length == 0 && s.bits[i] == 0) {
      i = next;
      continue;
    }
    if (TryHonorific(s, i, &next) || TryRank(s, i, &next) || TryRole(s, i, &next) ||
        TryInstitution(s, i, &next) || TryMinistry(s, i, &next) || TryMedia(s, i, &next) ||
        TryDiscoveredAcronym(s, i, &next) || TryDiscoverOrg(s, i, &next) ||
        TryDiscoverPerson(s, i, &next) || TryDict(s, i, &next)) {
      i = next;
      continue;
    }
    // "l'alliance", "cette organisation": the last organization named.
    if (int len = HitLen(s, i, c_.orgclass);
        len > 0 && !last_org_.empty() && i > 0 &&
        (Fold(s, i - 1, "l") || Fold(s, i - 1, "cette") || Fold(s, i - 1, "le") ||
         Fold(s, i - 1, "la") || Fold(s, i - 1, "the"))) {
      int after = i + len;
      std::string adj;
      bool has_complement = Is(s, after, c_.prep_de) || CountryAdjectiveAt(s, after, &adj) > 0;
      static const std::set<std::string> kAnaphoric = {"alliance", "organisation", "organization",
                                                       "bloc"};
      if (!has_complement && len == 1 && kAnaphoric.count(w.fold)) {
        Men m;
        m.b = i;
        m.e = after;
        m.id = w.fold == "alliance" && !last_alliance_.empty() ? last_alliance_ : last_org_;
        m.kind = "organization";
        m.rule = "coref:orgnoun";
        AddMention(s, m);
        i = after;
        continue;
      }
    }
    // A surname of a person discovered earlier in the article.
    if (w.upper_initial && !Is(s, i, c_.not_name)) {
      bool found = false;
      for (const Person& p : discovered_) {
        if (p.surname == w.fold) {
          Men m;
          m.b = i;
          m.e = i + 1;
          m.id = p.id;
          m.kind = "person";
          m.rule = "coref:surname";
          AddMention(s, m);
          found = true;
          break;
        }
      }
      if (found) {
        ++i;
        continue;
      }
    }
    if (int dl = HitLen(s, i, c_.pron_demo); dl > 0 && DemonstrativeSubject(s, i, dl)) {
      Men m;
      m.b = i;
      m.e = i + dl;
      m.id = last_named_person_;
      m.kind = "person";
      m.rule = "coref:demonstrative";
      AddMention(s, m);
      i += dl;
      continue;
    }
    if (Is(s, i, c_.pron_subj) || Is(s, i, c_.pron_plural) ||
        (Is(s, i, c_.pron_obj) && Is(s, i - 1, c_.according))) {
      Men m;
      m.b = i;
      m.e = i + 1;
      m.kind = "person";
      m.pronoun = true;
      m.plural = Is(s, i, c_.pron_plural);
      m.rule = "coref:pronoun";
      AddMention(s, m);
    }
    i = next;
  }
  prev_subject_org_ = SubjectOrgBefore(s, n);
  prev_subject_office_.clear();
  for (const Men& m : s.men) {
    if (m.implied || m.adj || m.kind.empty() || m.id.empty() || m.pronoun || s.inq[m.b]) continue;
    if (IsComplement(s, m) && !IsOrganOf(s, m)) continue;
    if (m.kind == "person") {
      if (!m.of.empty() && !m.rel.empty()) {
        prev_subject_office_ = m.of;
      } else if (const Office* o = OfficeOnDate(m.id, "")) {
        prev_subject_office_ = o->of;
      }
    }
    break;
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

// ---------------------------------------------------------------- relations

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
    if (m.b < pos && m.kind == "person" && !m.pronoun && !m.id.empty() && !m.implied) return m.id;
  }
  if (!s.speaker.empty()) {
    const Actor* a = r_.dict.Find(s.speaker);
    if (!a || a->kind == "person") return s.speaker;
  }
  return last_person_;
}

void Engine::Emit(Sent& s, const std::vector<std::string>& subj, const std::string& pred,
                  const std::vector<std::string>& obj, const std::string& rule, double conf) {
  if (subj.size() > 1 && subj.size() == obj.size()) {
    // "X, Y et Z, respectivement à la tête de A, B et C": pairs in the order
    // of the text, not every combination.
    bool respectively = false;
    for (const Word& w : s.w)
      respectively |= w.fold == "respectivement" || w.fold == "respectively";
    if (respectively) {
      auto position = [&](const std::string& id) {
        for (const Men& m : s.men) {
          if (m.id == id && !m.implied) return m.b;
        }
        return static_cast<int>(s.w.size());
      };
      auto by_position = [&](std::vector<std::string> ids) {
        std::stable_sort(ids.begin(), ids.end(), [&](const std::string& a, const std::string& b) {
          return position(a) < position(b);
        });
        return ids;
      };
      const std::vector<std::string> a = by_position(subj), b = by_position(obj);
      for (size_t k = 0; k < a.size(); ++k)
        Emit(s, {a[k]}, pred, {b[k]}, rule + "/respectively", conf);
      return;
    }
  }
  for (const std::string& a : subj) {
    for (const std::string& b : obj) {
      if (a.empty() || b.empty() || a == b) continue;
      relations_.push_back({a, pred, b, s.index, rule, conf});
      if (pred == "meets") {
        const Actor* met = r_.dict.Find(b);
        if (!met || met->kind == "person") last_met_person_ = b;
      }
      Log(s, "  fired   " + rule + ": " + a + " -" + pred + "-> " + b);
    }
  }
}

// Start of the verb group ending at t: auxiliaries, adverbs, clitics and
// negation before the trigger.
int Engine::VerbGroupStart(const Sent& s, int t) const {
  int k = t;
  while (k > 0) {
    int p = k - 1;
    if (MentionAt(s, p) >= 0 && !s.men[MentionAt(s, p)].pronoun) break;
    if (s.men.size() && MentionAt(s, p) >= 0) break;  // pronoun subject
    if (Is(s, p, c_.aux) || IsAdverb(s, p) || Is(s, p, c_.clitic) || Is(s, p, c_.neg_ne) ||
        Is(s, p, c_.neg_after) || Is(s, p, c_.modal) || Is(s, p, c_.neg_en) ||
        (s.w[p].elided && (s.w[p].fold == "n" || s.w[p].fold == "s" || s.w[p].fold == "l"))) {
      k = p;
      continue;
    }
    break;
  }
  return k;
}

// Why a trigger gives no edge: negation, denial or hypothesis; "" if none.
std::string Engine::Blocked(const Sent& s, int vb, int te, Form form) const {
  if (form == Form::kConditional) return "hypothetical (conditional)";
  for (int k = std::max(0, vb - 1); k < te; ++k) {
    if (Is(s, k, c_.modal)) return "hypothetical (" + s.w[k].fold + ")";
  }
  // ne ... pas/jamais/plus, not, never, n't, sans.
  for (int k = std::max(0, vb - 1); k < std::min<int>(te + 2, s.w.size()); ++k) {
    if (Is(s, k, c_.neg_ne) && k < te) {
      for (int q = k + 1; q < std::min<int>(te + 3, s.w.size()); ++q) {
        if (Is(s, q, c_.neg_after)) return "negated (ne ... " + s.w[q].fold + ")";
      }
    }
    if (Is(s, k, c_.neg_en) && k < te) return "negated (" + s.w[k].fold + ")";
    if (k < te && s.w[k].elided && s.w[k].fold.size() > 1 && s.w[k].fold.back() == 'n' &&
        Fold(s, k + 1, "t"))
      return "negated (n't)";
  }
  if (Fold(s, vb - 1, "sans") || Fold(s, vb - 1, "without")) return "negated (sans)";
  for (int k = vb - 1; k >= 0 && k >= vb - 3; --k) {  // "prêts à envoyer", "ready to send"
    if (Is(s, k, c_.readiness)) return "hypothetical (" + s.w[k].fold + ")";
  }
  if (Fold(s, vb - 1, "jamais") || Fold(s, vb - 2, "jamais")) return "negated (jamais)";
  // Denial or condition earlier in the clause.
  for (int k = vb - 1; k >= 0 && k >= vb - 8; --k) {
    if (P(s, k, '.') || P(s, k, ';')) break;
    // ", en reprochant", "et accusé": a verb of its own, past the denial's reach.
    if (k == vb - 1 && (P(s, k, ',') || Is(s, k, c_.coord))) break;
    if (Is(s, k, c_.deny)) return "denied (" + s.w[k].fold + ")";
  }
  for (int k = vb - 1; k >= 0; --k) {
    if (P(s, k, ';')) break;
    if (Is(s, k, c_.hypo_if) &&
        (s.w[k].fold == "si" || s.w[k].fold == "if" || s.w[k].fold == "unless") &&
        (k == 0 || P(s, k - 1, ',') || P(s, k - 1, '<') || P(s, k - 1, '"') ||
         Is(s, k - 1, c_.coord) || Is(s, k - 1, c_.que)))
      return "hypothetical (" + s.w[k].fold + ")";
  }
  return "";
}

// A mention is a complement when a preposition introduces it ("de la Russie",
// "au Kazakhstan", "selon X"): it cannot be a subject.
bool Engine::IsComplement(const Sent& s, const Men& m) const {
  int k = m.b - 1;
  // "contre le président Bazoum": the name after its title is where the title is.
  if (int tm = MentionAt(s, k); tm >= 0 && !s.men[tm].role.empty() && s.men[tm].e == m.b)
    k = s.men[tm].b - 1;
  auto digit = [&](int q) {
    return q >= 0 && s.w[q].word && std::isdigit(static_cast<unsigned char>(s.w[q].fold[0]));
  };
  while (k >= 0 && (Is(s, k, c_.det) || P(s, k, '<') || P(s, k, '"') || digit(k) ||
                    (s.w[k].hyphen_before && digit(k - 1)))) {  // "of the 14-nation X"
    if (Is(s, k, c_.prep_de) && (s.w[k].fold == "du" || s.w[k].fold == "des" ||
                                 s.w[k].fold == "de" || s.w[k].fold == "d")) {
      // "des" may be a determiner: then check what precedes it.
      if (s.w[k].fold == "des" && k > 0 && !s.w[k - 1].word) return false;
      return true;
    }
    --k;
  }
  if (k < 0) return false;
  if (Is(s, k, c_.prep_de) || Is(s, k, c_.prep) || Is(s, k, c_.according)) return true;
  return false;
}

// "le Conseil de sécurité collective de l'OTSC", "les autorités du
// Kazakhstan": the body belongs to the actor, which acts through it.
bool Engine::IsOrganOf(const Sent& s, const Men& m) const {
  int k = m.b - 1;
  while (k >= 0 && Is(s, k, c_.det) && !Is(s, k, c_.prep_de)) --k;
  if (!Is(s, k, c_.prep_de) || Fold(s, k, "des")) return false;
  for (int j = k - 1, steps = 0; j >= 0 && steps < 4; --j, ++steps) {
    if (MentionAt(s, j) >= 0 || !s.w[j].word) return false;
    if (HitLen(s, j, c_.orgclass) > 0 || Is(s, j, c_.govnoun)) {
      if (HitLen(s, j, c_.troop) > 0 || HitLen(s, j, c_.role) > 0) return false;
      int b = j - 1;
      return b < 0 || Is(s, b, c_.det);  // "le Conseil ...", "les autorités ..."
    }
    if (Is(s, j, c_.prep) || Is(s, j, c_.det) || Is(s, j, c_.aux)) return false;
  }
  return false;
}

// Coordinated mentions next to mention mi ("la Russie, le Belarus et
// l'Arménie"): dir -1 walks left, +1 right.
std::vector<std::string> Engine::Expand(const Sent& s, int mi, int dir, bool allow_adj) const {
  std::vector<std::string> out = {IdOf(s, mi)};
  auto kind_of = [](const Men& m) {
    return m.kind == "location" && !m.of.empty() ? std::string("country") : m.kind;
  };
  const std::string kind = kind_of(s.men[mi]);
  std::vector<char> comma_only = {0};
  int cur = mi;
  for (int guard = 0; guard < 12; ++guard) {
    const Men& m = s.men[cur];
    int k = dir > 0 ? m.e : m.b - 1;
    if (dir < 0) {
      for (int fw = 0; fw < 2 && k >= 0 && MentionAt(s, k) < 0 &&
                       (Is(s, k, c_.det) || Is(s, k, c_.prep_de) || Fold(s, k, "au") ||
                        Fold(s, k, "aux") || Fold(s, k, "en"));
           ++fw)
        --k;
    }
    bool sep = false, coordinated = false;
    // separators: , et ou and (and a trailing ", et")
    while (k >= 0 && k < static_cast<int>(s.w.size()) && (P(s, k, ',') || Is(s, k, c_.coord))) {
      sep = true;
      coordinated |= Is(s, k, c_.coord);
      k += dir;
    }
    if (!sep) break;
    // "..., la KFOR, et la Roumanie doit dépêcher": in French a comma before
    // "et" joins clauses, not the conjuncts of a list.
    if (dir < 0) {
      int q = m.b - 1;
      while (q >= 0 && MentionAt(s, q) < 0 && (Is(s, q, c_.det) || Is(s, q, c_.prep_de))) --q;
      if (Fold(s, q, "et") && P(s, q - 1, ',')) break;
    }
    // "X, Y verb": a comma alone before the subject starts no list.
    if (dir < 0 && out.size() == 1 && !coordinated) break;
    // function words before the next conjunct: det, de/du/des, à/au, en
    int fw = 0;
    while (dir > 0 && k < static_cast<int>(s.w.size()) && fw < 2 &&
           (Is(s, k, c_.det) || Is(s, k, c_.prep_de) || Fold(s, k, "au") || Fold(s, k, "aux") ||
            Fold(s, k, "en") || Fold(s, k, "à") || Fold(s, k, "a")) &&
           MentionAt(s, k) < 0) {
      k += dir;
      ++fw;
    }
    int nm = MentionAt(s, k);
    if (nm < 0 || s.men[nm].pronoun) break;
    const std::string next_kind = kind_of(s.men[nm]);
    if (next_kind != kind && !(kind == "country" && next_kind == "organization") &&
        !(kind == "organization" && next_kind == "country"))
      break;
    if (!allow_adj && s.men[nm].adj) break;
    if (dir < 0 && (s.men[nm].e != k + 1)) break;
    if (dir > 0 && s.men[nm].b != k) break;
    out.push_back(IdOf(s, nm));
    comma_only.push_back(!coordinated);
    cur = nm;
  }
  if (dir > 0 && !P(s, s.men[cur].e, ')')) {
    // "accuse Kigali, la SADC renforce ...": a list ends with et/ou/and;
    // conjuncts after the last coordinator start another clause.
    while (out.size() > 1 && comma_only.back()) {
      out.pop_back();
      comma_only.pop_back();
    }
  }
  return out;
}

// The subject of the sentence's main clause: its first actor that is neither
// a complement ("selon X", "au Mali"), nor quoted, nor a bare adjective,
// within the clause that ends before `limit`.
std::vector<std::string> Engine::MainSubject(const Sent& s, int limit) const {
  int from = 0;
  for (int k = limit - 1; k >= 0; --k) {
    if (P(s, k, ';')) {
      from = k + 1;
      break;
    }
  }
  for (size_t mi = 0; mi < s.men.size(); ++mi) {
    const Men& m = s.men[mi];
    if (m.b < from || m.implied || m.adj || m.kind.empty()) continue;
    if (m.b >= limit) break;
    if (m.pronoun) {
      if (s.w[m.b].fold == "lui" || s.w[m.b].fold == "him" || m.plural) continue;
      std::string p = ResolvePronoun(s, m.b);
      if (p.empty()) return {};
      return {p};
    }
    if (m.id.empty() || s.inq[m.b]) continue;
    if (IsComplement(s, m) && !IsOrganOf(s, m)) continue;
    // A possessive noun phrase names its owner, not the actor: "Blinken's remarks".
    if (P(s, m.e, '\'') || Fold(s, m.e, "s")) continue;
    return Expand(s, static_cast<int>(mi), -1);
  }
  return {};
}

// The organization or country that is the clause's subject before `limit`
// ("" if the subject is anything else).
std::string Engine::SubjectOrgBefore(const Sent& s, int limit) const {
  for (const Men& m : s.men) {
    if (m.b >= limit) break;
    if (m.implied || m.adj || m.kind.empty() || m.id.empty() || m.pronoun || s.inq[m.b]) continue;
    if (IsComplement(s, m) && !IsOrganOf(s, m)) continue;
    if (m.kind == "organization" || m.kind == "country") return m.id;
    return "";
  }
  return "";
}

// A verb without a subject of its own takes the main clause's: coordinated
// ("a dénoncé X et reproché à Y", "rejected X and accused Y"), a gerund ("en
// reprochant à", "tout en accusant", ", accusing Nairobi"), or an infinitive of
// purpose ("pour solliciter son aide", "to seek help").
bool Engine::InheritsSubject(const Sent& s, int t, int vb, Form form) const {
  if (Is(s, vb - 1, c_.coord) && (s.w[vb - 1].fold == "et" || s.w[vb - 1].fold == "and"))
    return true;
  if (form == Form::kPresentParticiple) {
    for (int k = vb - 1; k < t; ++k) {
      if (Fold(s, k, "en")) return true;
    }
    if (P(s, vb - 1, ',')) return true;
  }
  if (form == Form::kInfinitive) {
    if (Fold(s, vb - 1, "pour") || (Fold(s, vb - 1, "de") && Fold(s, vb - 2, "afin")) ||
        (Fold(s, vb - 1, "to") && Fold(s, vb - 2, "order")))
      return true;
  }
  return false;
}

std::vector<std::string> Engine::Subject(Sent& s, int t, std::string* how) {
  int vb = VerbGroupStart(s, t);
  int k = vb - 1;
  while (k >= 0 && (P(s, k, '<') || P(s, k, '"'))) --k;  // « d'accord avec X »
  // Relative clause: "M. Tokayev, qui a ordonné"
  if (Is(s, k, c_.qui)) {
    int q = k - 1;
    if (P(s, q, ',')) --q;
    if (P(s, q, ')')) --q;
    int mi = MentionAt(s, q);
    if (mi >= 0) {
      *how = "relative";
      return Expand(s, mi, -1);
    }
    return {};
  }
  if (k >= 0 && MentionAt(s, k) >= 0 && s.men[MentionAt(s, k)].plural) {
    *how = "pronoun";
    return s.speakers;  // "X and Y said they support Z"
  }
  if (k >= 0 && MentionAt(s, k) >= 0 && s.men[MentionAt(s, k)].pronoun) {
    *how = "pronoun";
    std::string p = ResolvePronoun(s, k);
    if (p.empty()) return {};
    return {p};
  }
  const bool trigger_quoted = s.inq[t];
  for (int j = k, dist = 0; j >= 0 && dist < 30; --j, ++dist) {
    if (P(s, j, ',')) {
      // ", qui a mené le coup d'État contre X," / ", who led ...,": the
      // subject is the head before the relative clause.
      for (int q = j - 1; q >= 0 && q > j - 30; --q) {
        if (P(s, q, ',') || P(s, q, ';') || P(s, q, ':') || P(s, q, '.')) break;
        if ((Is(s, q, c_.qui) || Fold(s, q, "dont") || Fold(s, q, "whose")) && P(s, q - 1, ',')) {
          j = q - 1;
          break;
        }
      }
      continue;
    }
    if (P(s, j, ';') || Is(s, j, c_.que)) break;
    if (P(s, j, ':') && !trigger_quoted) break;
    int mi = MentionAt(s, j);
    if (mi < 0) continue;
    const Men& m = s.men[mi];
    j = m.b;
    if (m.plural) {
      *how = "pronoun";
      return s.speakers;
    }
    if (m.pronoun) {
      if (s.w[m.b].fold == "lui" || s.w[m.b].fold == "him") continue;
      *how = "pronoun";
      std::string p = ResolvePronoun(s, m.b);
      if (p.empty()) return {};
      return {p};
    }
    if (s.inq[m.b] && !trigger_quoted) continue;  // inside an earlier quotation
    if (IsComplement(s, m) && !IsOrganOf(s, m)) continue;
    if (m.kind.empty() || m.id.empty()) continue;
    *how = "subject";
    return Expand(s, mi, -1);
  }
  return {};
}

// The actors of the noun phrase starting at i: a mention, or an act, troop
// or organization noun followed by "de X" / a nationality adjective.
std::vector<std::string> Engine::NP(const Sent& s, int i, int depth, bool allow_adj) const {
  if (depth > 3) return {};
  const int start = i;
  i = SkipDet(s, i);
  while (IsAdverb(s, i) && depth == 0) i = SkipDet(s, i + 1);
  int mi = MentionAt(s, i);
  if (int tm = mi >= 0 && s.men[mi].adj ? MentionAt(s, s.men[mi].e) : -1;
      tm >= 0 && !s.men[tm].role.empty() && s.men[tm].kind == "person" && !s.men[tm].id.empty()) {
    return {s.men[tm].id};  // "the Venezuelan leader": the person, not the country
  }
  if (mi >= 0 && s.men[mi].adj &&
      (Fold(s, s.men[mi].e, "counterpart") || Fold(s, s.men[mi].e, "counterparts"))) {
    // "his Russian counterpart, Sergei Lavrov": the person, not the country.
    int j = s.men[mi].e + 1;
    if (P(s, j, ',')) ++j;
    int pm = MentionAt(s, j);
    if (pm >= 0 && s.men[pm].kind == "person" && !s.men[pm].id.empty()) return Expand(s, pm, +1);
    pm = MentionAt(s, s.men[mi].e);
    if (pm >= 0 && s.men[pm].kind == "person" && !s.men[pm].id.empty()) return {s.men[pm].id};
    return {};
  }
  if (mi >= 0 && s.men[mi].b >= start && s.men[mi].b <= i && !s.men[mi].kind.empty() &&
      !s.men[mi].id.empty()) {
    if (!allow_adj && s.men[mi].adj) return {};
    return Expand(s, mi, +1, allow_adj);
  }
  if (i >= static_cast<int>(s.w.size()) || !s.w[i].word) return {};
  // "il a prévenu son interlocuteur", "he warned his counterpart": with no
  // name after it, the person the subject just met or called.
  if ((s.w[i].fold == "interlocuteur" || s.w[i].fold == "interlocutrice" ||
       s.w[i].fold == "homologue" || s.w[i].fold == "counterpart") &&
      Is(s, i - 1, c_.possessive) && !last_met_person_.empty() && MentionAt(s, i + 1) < 0 &&
      !P(s, i + 1, ',') && !IsNameWord(s, i + 1)) {
    bool person_met = false;
    for (const Men& m : s.men) person_met |= m.kind == "person" && m.id == last_met_person_;
    if (!person_met) return {last_met_person_};
  }
  // "son homologue russe Vladimir Poutine"
  if (s.w[i].fold == "homologue" || s.w[i].fold == "homologues" || s.w[i].fold == "counterpart") {
    int j = i + 1;
    std::string country;
    while (j < static_cast<int>(s.w.size()) && MentionAt(s, j) >= 0 && s.men[MentionAt(s, j)].adj) {
      country = s.men[MentionAt(s, j)].id;
      j = s.men[MentionAt(s, j)].e;
    }
    if (P(s, j, ',')) ++j;
    int pm = MentionAt(s, j);
    if (pm >= 0 && s.men[pm].kind == "person") return Expand(s, pm, +1);
    return {};
  }
  int len = std::max({HitLen(s, i, c_.act), HitLen(s, i, c_.troop), HitLen(s, i, c_.orgclass),
                      Is(s, i, c_.govnoun) ? 1 : 0});
  if (len == 0) return {};
  // An act with its agent: "le recours à la force par l'Azerbaïdjan".
  if (HitLen(s, i, c_.act) > 0) {
    for (int k = i + len; k < std::min<int>(i + len + 6, s.w.size()); ++k) {
      if (P(s, k, ',') || P(s, k, '.') || Is(s, k, c_.que) || Is(s, k, c_.qui)) break;
      if (Fold(s, k, "par") || (Fold(s, k, "by") && k > i + len)) {
        std::vector<std::string> agent = NP(s, k + 1, depth + 1, allow_adj);
        if (!agent.empty()) return agent;
        break;
      }
    }
  }
  int j = i + len;
  // one plain adjective or "de + bare noun" modifier: "bloc de sécurité", "aide militaire"
  for (int skip = 0; skip < 2; ++skip) {
    int am = MentionAt(s, j);
    if (am >= 0 && s.men[am].adj) return allow_adj ? Expand(s, am, +1) : std::vector<std::string>{};
    if (j < static_cast<int>(s.w.size()) && s.w[j].word && !s.w[j].upper_initial &&
        MentionAt(s, j) < 0 && !Is(s, j, c_.prep_de) && !Is(s, j, c_.prep) && !Is(s, j, c_.que) &&
        !Is(s, j, c_.qui) && !Is(s, j, c_.det) && !Is(s, j, c_.coord) && !Is(s, j, c_.aux)) {
      ++j;
      continue;
    }
    if (Is(s, j, c_.prep_de) && s.w[j].fold == "de" && j + 1 < static_cast<int>(s.w.size()) &&
        s.w[j + 1].word && !Is(s, j + 1, c_.det) && MentionAt(s, j + 1) < 0 &&
        !s.w[j + 1].upper_initial) {
      j += 2;
      continue;
    }
    break;
  }
  int am = MentionAt(s, j);
  if (am >= 0 && s.men[am].adj) return allow_adj ? Expand(s, am, +1) : std::vector<std::string>{};
  if (Is(s, j, c_.prep_de)) return NP(s, j + 1, depth + 1, allow_adj);
  return {};
}

// Object after position i, introduced as `preps` allows ("direct|à|avec").
std::vector<std::string> Engine::Object(const Sent& s, int i, const std::string& preps,
                                        int* end) const {
  while (IsAdverb(s, i) || P(s, i, '<') || P(s, i, '"') || Is(s, i, c_.clitic) ||
         HitLen(s, i, c_.adverb) > 1) {
    if (Is(s, i, c_.clitic) && MentionAt(s, i) >= 0) break;
    i += std::max(1, HitLen(s, i, c_.adverb));  // "aujourd'hui", "à nouveau"
  }
  const bool direct = preps.empty() || preps.find("direct") != std::string::npos;
  if (i < static_cast<int>(s.w.size()) && (Is(s, i, c_.prep) || Is(s, i, c_.prep_de))) {
    std::string f = s.w[i].fold;
    bool allowed = false;
    for (size_t b = 0; b <= preps.size();) {
      size_t e = preps.find('|', b);
      if (e == std::string::npos) e = preps.size();
      std::string p = FoldWord(preps.substr(b, e - b));
      if (p == f || (p == "d" && f == "d")) allowed = true;
      b = e + 1;
    }
    if (allowed) {
      if (f == "aupres") ++i;  // auprès de
      return NP(s, i + 1);
    }
    if (!(direct && Is(s, i, c_.prep_de))) return {};  // "des troupes": partitive
  } else if (!direct) {
    return {};
  }
  if (end) *end = i;
  return NP(s, i);
}

// The agent of a passive: "par X" / "by X" within `window` words after from.
std::vector<std::string> Engine::Agent(const Sent& s, int from, int window) const {
  for (int k = from; k < std::min<int>(from + window, s.w.size()); ++k) {
    if (P(s, k, '.') || P(s, k, ';')) break;
    if (Fold(s, k, "par") || Fold(s, k, "by")) return NP(s, k + 1);
    // ", selon le Kremlin, par l'Occident": step over an incise
  }
  return {};
}

// The noun a participle modifies: the nearest actor on the left, stepping over
// an apposition ("l'OTSC, une alliance régionale dirigée par Moscou").
std::vector<std::string> Engine::LeftHead(const Sent& s, int t, const char* kind) const {
  for (int k = t - 1, steps = 0; k >= 0 && steps < 8; --k, ++steps) {
    int mi = MentionAt(s, k);
    if (mi >= 0) {
      const Men& m = s.men[mi];
      if (m.adj || m.pronoun || m.id.empty()) return {};
      if (kind && m.kind != kind &&
          !(std::string(kind) == "org_or_country" &&
            (m.kind == "organization" || m.kind == "country")))
        return {};
      if (IsComplement(s, m) && k != t - 1 && !(P(s, m.e, ',') || P(s, m.e, ')'))) return {};
      return {m.id};
    }
    const Word& w = s.w[k];
    if (Is(s, k, c_.prep) || Is(s, k, c_.prep_de)) return {};
    if (P(s, k, ',') || P(s, k, '(') || P(s, k, ')') || P(s, k, '-') || P(s, k, '<') ||
        P(s, k, '>') || P(s, k, '"') || Is(s, k, c_.det) || HitLen(s, k, c_.orgclass) > 0 ||
        Is(s, k, c_.coord) ||
        (w.word && !w.upper_initial && !Is(s, k, c_.prep) && !Is(s, k, c_.prep_de) &&
         !Is(s, k, c_.aux) && !Is(s, k, c_.que) && !Is(s, k, c_.qui) &&
         HitLen(s, k, c_.trigger) == 0)) {
      continue;
    }
    return {};
  }
  return {};
}

// A country introduced as a place at k ("au Mali", "en Russie", "to Mali",
// "dans l'est du Congo", "in eastern Congo"); "" if none.
std::string Engine::PlaceAt(const Sent& s, int k) const {
  int end = 0;
  return PlaceAt(s, k, &end);
}

std::string Engine::PlaceAt(const Sent& s, int k, int* end) const {
  if (!(Fold(s, k, "au") || Fold(s, k, "aux") || Fold(s, k, "en") || Fold(s, k, "a") ||
        Fold(s, k, "to") || Fold(s, k, "into") || Fold(s, k, "dans") || Fold(s, k, "vers") ||
        Fold(s, k, "in") || Fold(s, k, "entered") || Fold(s, k, "enter") ||
        Fold(s, k, "entering")))  // "Russian forces entered Georgia"
    return "";
  int j = SkipDet(s, k + 1);
  if (int rl = HitLen(s, j, c_.region_part); rl > 0) {
    j += rl;
    if (Is(s, j, c_.prep_de)) j = SkipDet(s, j + 1);
  }
  int mi = MentionAt(s, j);
  if (mi >= 0 && s.men[mi].kind == "country" && !s.men[mi].adj) {
    *end = s.men[mi].e;
    return s.men[mi].id;
  }
  return "";
}

// Where troops go: a place after `from` in the sentence, else one before it
// that is not a sender ("Au Mali, la Russie a déployé ..."), else the place
// of the previous sentence, else the article's main country.
std::vector<std::string> Engine::Destination(const Sent& s, int from,
                                             const std::vector<std::string>& senders) {
  auto sender = [&](const std::string& d) {
    return std::find(senders.begin(), senders.end(), d) != senders.end();
  };
  for (int k = from; k < std::min<int>(from + 14, s.w.size()); ++k) {
    if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.que) || Is(s, k, c_.qui)) break;
    int end = 0;
    std::string d = PlaceAt(s, k, &end);
    if (d.empty() && (Fold(s, k, "for") || Fold(s, k, "pour")) &&
        (Fold(s, k - 1, "off") || Fold(s, k - 1, "left") || Fold(s, k - 1, "bound") ||
         Fold(s, k - 1, "headed") || Fold(s, k - 1, "departed") || Fold(s, k - 1, "partis") ||
         Fold(s, k - 1, "parties") || Fold(s, k - 1, "parti") || Fold(s, k - 1, "partie"))) {
      // "took off for Karabakh", "sont partis pour le Kazakhstan"
      int mi = MentionAt(s, SkipDet(s, k + 1));
      if (mi >= 0 && s.men[mi].kind == "country" && !s.men[mi].adj) {
        d = s.men[mi].id;
        end = s.men[mi].e;
      }
    }
    if (!d.empty()) {
      // "en Pologne et en Roumanie", "to Poland and Romania"
      std::vector<std::string> out = {d};
      while (P(s, end, ',') || Is(s, end, c_.coord)) {
        int next = end;
        std::string more = PlaceAt(s, end + 1, &next);
        if (more.empty()) {
          int mi = MentionAt(s, end + 1 + (Is(s, end + 1, c_.det) ? 1 : 0));
          if (mi < 0 || s.men[mi].kind != "country" || s.men[mi].adj) break;
          more = s.men[mi].id;
          next = s.men[mi].e;
        }
        out.push_back(more);
        end = next;
      }
      dest_sentence_ = s.index;
      last_dest_ = d;
      return out;
    }
  }
  for (int k = std::min<int>(from, s.w.size()) - 1; k >= 0; --k) {
    std::string d = PlaceAt(s, k);
    if (!d.empty() && !sender(d)) {
      dest_sentence_ = s.index;
      last_dest_ = d;
      return {d};
    }
  }
  // No place in the sentence: the previous deployment's, else the
  // headline's country, else the article's main country (never a sender).
  for (const std::string* d : {&last_dest_, &headline_, &focus_}) {
    if (!d->empty() && !sender(*d)) return {*d};
  }
  return {};
}

// "prêts à envoyer des soldats si l'organisation le décidait": a condition
// after the verb in its clause ("même si" concedes, it sets no condition).
std::string Engine::ConditionAfter(const Sent& s, int te) const {
  for (int k = te; k < std::min<int>(te + 15, s.w.size()); ++k) {
    if (P(s, k, '.') || P(s, k, ';')) break;
    if ((Fold(s, k, "si") || Fold(s, k, "if") || Fold(s, k, "unless")) && !Fold(s, k - 1, "meme") &&
        !Fold(s, k - 1, "even"))
      return "hypothetical (" + s.w[k].fold + " after)";
  }
  return "";
}

// A deployment noun governed by a negated, denied or hypothetical verb:
// "n'a pas demandé l'envoi de troupes", "a exclu l'envoi de soldats".
std::string Engine::NounBlocked(const Sent& s, int t) const {
  int k = t - 1;
  while (k >= 0 && (Is(s, k, c_.det) || Is(s, k, c_.prep_de) || Fold(s, k, "a"))) --k;
  if (k < 0 || !s.w[k].word || MentionAt(s, k) >= 0) return "";
  if (Is(s, k, c_.deny)) return "denied (" + s.w[k].fold + ")";
  const int vb = VerbGroupStart(s, k);
  Form form = Form::kOther;
  Lexicon::Hit h = LexAt(s, k, c_.trigger);
  if (!h.entries.empty()) form = h.entries[0].second;
  return Blocked(s, vb, k + 1, form);
}

void Engine::FindSpeaker(Sent& s) {
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

void Engine::Frame(Sent& s, int t, int len, const LexEntry& e, Form form) {
  const std::string& type = e.Get("type");
  const std::string& frame = e.Get("frame");
  const std::string& preps = e.Get("obj");
  const int te = t + len;
  const int vb = VerbGroupStart(s, t);
  const std::string rule = type + ":" + frame;
  if (e.Get("clitic") == "en") {  // "s'en est (surtout) pris à", not "a pris à"
    bool clitic = false;
    for (int k = vb; k < t; ++k) clitic |= Fold(s, k, "en");
    if (!clitic) return;
  }
  if (std::string why = Blocked(s, vb, te, form); !why.empty()) {
    Log(s, "  blocked " + rule + " '" + Surface(s, t, te) + "': " + why);
    return;
  }
  if (form == Form::kInfinitive && type != "accuses") {
    // "accuse Paris de soutenir les terroristes": an allegation, not a fact.
    for (int k = vb - 1; k >= 0 && k >= vb - 12; --k) {
      Lexicon::Hit h = LexAt(s, k, c_.trigger);
      bool accusation = false;
      for (const auto& [entry, f] : h.entries)
        accusation |= r_.lex.entry(entry).Get("type") == "accuses";
      // "asked Russia to send troops", "a demandé à la Russie d'envoyer":
      // a request, not a deployment yet.
      bool request = false;
      if (type == "sends_troops") {
        for (const auto& [entry, f] : h.entries)
          request |= r_.lex.entry(entry).Get("type") == "requests_aid" && f != Form::kOther;
      }
      if (request) {
        Log(s, "  blocked " + rule + " '" + Surface(s, t, te) + "': requested (under " +
                   s.w[k].fold + ")");
        return;
      }
      if (accusation || Is(s, k, c_.deny)) {
        Log(s, "  blocked " + rule + " '" + Surface(s, t, te) + "': allegation (under " +
                   s.w[k].fold + ")");
        return;
      }
    }
  }
  auto missing = [&](const char* what) {
    Log(s, "  no edge " + rule + " '" + Surface(s, t, te) + "': missing " + what);
    frame_missing_ = what;
  };
  if (std::string tmp; type == "leads" && s.w[t].hyphen_before &&
                       (MentionAt(s, t - 1) >= 0 || CountryAdjectiveAt(s, t - 1, &tmp) > 0)) {
    // "the Russian-led CSTO", "la coalition dirigée par ...": in a compound
    // the leader is the word before the hyphen, not the clause's subject.
    int lm = MentionAt(s, t - 1);
    std::string leader;
    if (lm >= 0 && (s.men[lm].kind == "country" || s.men[lm].kind == "organization")) {
      leader = IdOf(s, lm);
    } else if (lm < 0) {
      CountryAdjectiveAt(s, t - 1, &leader);  // "Russian-led": no mention of its own
    }
    if (leader.empty()) return;
    std::vector<std::string> body;
    for (int k = te; k < std::min<int>(te + 6, s.w.size()) && body.empty(); ++k) {
      if (P(s, k, ',') || P(s, k, '.') || Is(s, k, c_.prep)) break;
      int om = MentionAt(s, k);
      if (om >= 0 && s.men[om].kind == "organization" && !s.men[om].id.empty())
        body = {s.men[om].id};
    }
    if (body.empty()) return missing("organization");
    Emit(s, {leader}, "leads", body, "leads:compound", 0.8);
    return;
  }
  // Passive and participial uses of a verb: "O est accusé par S",
  // "une alliance dirigée par Moscou".
  const bool participle = form == Form::kPastParticiple && e.Get("pos") == "verb";
  bool passive = false;
  if (participle) {
    for (int k = vb; k < t; ++k) passive |= Is(s, k, c_.etre);
    bool avoir = false, been = false;
    for (int k = vb; k < t; ++k) {
      // "avait été critiqué", "has been accused": a compound passive.
      been |= Fold(s, k, "ete") || Fold(s, k, "been");
      avoir |= Is(s, k, c_.aux) && !Is(s, k, c_.etre);
      // "s'en est pris à", "s'est entretenu avec": a pronominal verb is active.
      avoir |= (Fold(s, k, "s") && s.w[k].elided) || Fold(s, k, "se");
    }
    if (been) avoir = false;
    if (!avoir && Is(s, vb - 1, c_.coord)) {
      // "a jugé le bilan ... et accusé la France": the auxiliary of the
      // first participle carries the second.
      for (int k = vb - 2; k >= 0 && k > vb - 25 && !avoir; --k) {
        if (P(s, k, ';') || P(s, k, '.')) break;
        avoir = Is(s, k, c_.aux) && !Is(s, k, c_.etre);
      }
    }
    if (!avoir && frame != "member_list" && frame != "meet" && frame != "meet_noun") {
      std::vector<std::string> agent = Agent(s, te, 8);
      if (agent.empty()) {
        if (frame != "ask") {
          missing("agent (par X)");
          return;
        }
      } else {
        std::vector<std::string> patient;
        std::string how;
        if (passive) {
          patient = Subject(s, vb, &how);
        } else {
          patient = LeftHead(s, t, type == "leads" ? "org_or_country" : nullptr);
        }
        if (frame == "agent_accuse") {
          std::vector<std::string> speaker;
          if (!s.speaker.empty()) speaker = {s.speaker};
          if (speaker.empty()) {
            missing("speaker (selon X)");
            return;
          }
          Emit(s, speaker, "accuses", agent, "accuses:agent", 0.75);
          return;
        }
        if (frame == "ask") {
          // "l'assistance demandée par S, O" / "demandée par S à O"
          int k = t - 1;
          while (IsAdverb(s, k)) --k;
          if (HitLen(s, k, c_.aid) == 0) return;
          int after_agent = te;
          while (after_agent < static_cast<int>(s.w.size()) && !Fold(s, after_agent, "par") &&
                 !Fold(s, after_agent, "by"))
            ++after_agent;
          for (int j = after_agent + 1; j < std::min<int>(after_agent + 14, s.w.size()); ++j) {
            int mi = MentionAt(s, j);
            if (mi < 0 || s.men[mi].adj || s.men[mi].implied) continue;
            if (s.men[mi].kind == "organization" || s.men[mi].kind == "country") {
              if (std::find(agent.begin(), agent.end(), s.men[mi].id) != agent.end()) continue;
              if (!(P(s, s.men[mi].b - 1, ',') || Fold(s, s.men[mi].b - 1, "a") ||
                    Is(s, s.men[mi].b - 1, c_.det)))
                continue;
              Emit(s, agent, type, {s.men[mi].id}, "requests_aid:passive", 0.7);
              return;
            }
          }
          missing("recipient");
          return;
        }
        if (frame == "send") {
          // "200 soldiers were deployed to Kosovo by Britain": troops as the
          // passive subject, the sender in the by-phrase.
          bool troops = false;
          for (int k = std::max(0, vb - 8); k < vb && passive; ++k) {
            if (P(s, k, ',') || P(s, k, ';')) troops = false;
            // "Aucun soldat n'a été envoyé", "no troops were sent".
            if (HitLen(s, k, c_.troop) > 0)
              troops =
                  !(Fold(s, k - 1, "aucun") || Fold(s, k - 1, "aucune") || Fold(s, k - 1, "no"));
          }
          if (!troops) return;
          std::vector<std::string> senders;
          for (const std::string& id : agent) {
            const Actor* act = r_.dict.Find(id);
            if (act && (act->kind == "country" || act->kind == "organization"))
              senders.push_back(id);
          }
          if (senders.empty()) return;
          std::vector<std::string> dest = Destination(s, te, senders);
          if (dest.empty()) return missing("destination");
          Emit(s, senders, "sends_troops", dest, "sends_troops:passive", 0.8);
          return;
        }
        if (patient.empty()) {
          missing("patient");
          return;
        }
        Emit(s, agent, type, patient, type + (passive ? ":passive" : ":participle"), 0.8);
        return;
      }
    }
  }
  // Object relative with the subject after its verb: "l'alliance militaire
  // que domine la Russie", "the bloc that Nigeria chairs" is not handled.
  if ((frame == "svo" || frame == "led_by") && Is(s, vb - 1, c_.que) &&
      s.w[vb - 1].fold != "that" && form != Form::kInfinitive && form != Form::kPresentParticiple) {
    std::vector<std::string> agent = NP(s, te);
    std::vector<std::string> head =
        LeftHead(s, vb - 1, type == "leads" ? "org_or_country" : nullptr);
    if (!agent.empty() && !head.empty()) {
      Emit(s, agent, type, head, type + ":relative-inverted", 0.8);
      return;
    }
  }
  if (frame == "agent_accuse" || frame == "led_by") {
    return;  // only passive uses carry these
  }
  if (frame == "under") {  // "une Russie sous la direction de Poutine"
    std::vector<std::string> head = NP(s, te);
    std::vector<std::string> body = LeftHead(s, t, "org_or_country");
    if (head.empty() || body.empty()) return missing("argument");
    Emit(s, head, "leads", body, "leads:under", 0.75);
    return;
  }
  if (frame == "member_rel") {
    // "l'OTSC, dont l'Arménie est membre", "the bloc, of which Mali is a
    // member": the organization is the antecedent of the relative.
    int d = vb - 1;
    while (d >= 0 && !(Fold(s, d, "dont") || (Fold(s, d, "which") && Fold(s, d - 1, "of")))) {
      if (P(s, d, ',') || P(s, d, '.') || P(s, d, ';') || vb - d > 12) return;
      --d;
    }
    if (d < 0) return;
    std::vector<std::string> members;
    for (int k = d + 1; k < vb && members.empty(); ++k) {
      int mi = MentionAt(s, k);
      if (mi >= 0 && !s.men[mi].adj && !s.men[mi].pronoun && !s.men[mi].id.empty() &&
          (s.men[mi].kind == "country" || s.men[mi].kind == "organization"))
        members = Expand(s, mi, +1, false);
    }
    int h = Fold(s, d, "which") ? d - 2 : d - 1;
    if (P(s, h, ',')) --h;
    if (P(s, h, ')')) h -= 2;  // "(OTSC)"
    int om = MentionAt(s, h);
    if (om < 0 || s.men[om].kind != "organization" || s.men[om].id.empty() || members.empty())
      return;
    Emit(s, members, "member_of", {s.men[om].id}, "member_of:relative", 0.85);
    return;
  }
  if (frame == "member_noun") {
    std::vector<std::string> org = NP(s, te);
    if (org.empty()) {
      // "members of the 14-nation Lima Group": the first organization named
      // in the complement, past numbers and modifiers.
      for (int k = te; k < std::min<int>(te + 6, s.w.size()); ++k) {
        if (P(s, k, ',') || P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.prep)) break;
        int mi = MentionAt(s, k);
        if (mi < 0) continue;
        if (s.men[mi].kind == "organization" && !s.men[mi].adj && !s.men[mi].id.empty())
          org = {s.men[mi].id};
        break;
      }
    }
    if (org.empty()) return missing("organization");
    int oe = te;
    while (oe < static_cast<int>(s.w.size()) &&
           (MentionAt(s, oe) < 0 || s.men[MentionAt(s, oe)].id != org[0]))
      ++oe;
    if (oe < static_cast<int>(s.w.size())) oe = s.men[MentionAt(s, oe)].e;
    // list after: ", à savoir la Russie, le Belarus ..." / ": X, Y" / "(X, Y)"
    int k = oe;
    bool intro = false;
    while (k < static_cast<int>(s.w.size()) &&
           (P(s, k, ',') || P(s, k, ':') || P(s, k, '(') || HitLen(s, k, c_.list_intro) > 0)) {
      intro = true;
      k += std::max(1, HitLen(s, k, c_.list_intro));
    }
    std::vector<std::string> members;
    if (intro) members = NP(s, k, 0, false);
    if (members.empty()) {
      // before: "X est membre de O", "X et Y, membres de O"
      int j = t - 1;
      while (j >= 0 && (Is(s, j, c_.aux) || P(s, j, ',') || Is(s, j, c_.det) || IsAdverb(s, j) ||
                        Fold(s, j, "tous") || Fold(s, j, "deux") || Fold(s, j, "pays") ||
                        Fold(s, j, "both") || Fold(s, j, "now")))
        --j;
      int mi = MentionAt(s, j);
      if (mi >= 0 && !s.men[mi].adj &&
          (s.men[mi].kind == "country" || s.men[mi].kind == "organization" ||
           (s.men[mi].kind == "person" && P(s, j + 1, ','))))
        members = Expand(s, mi, -1, false);
    }
    if (members.empty() && (Is(s, t - 1, c_.aux) || Is(s, t - 2, c_.aux))) {
      // "Kazakhstan, the world's largest producer, is a member of": the
      // clause's subject.
      std::string how;
      for (const std::string& id : Subject(s, t, &how)) {
        const Actor* a = r_.dict.Find(id);
        if (a && (a->kind == "country" || a->kind == "organization")) members.push_back(id);
      }
    }
    if (members.empty()) return missing("members");
    {  // "together with Russia, Armenia and Belarus", "aux côtés de X et Y"
      int k = te;
      while (k < static_cast<int>(s.w.size()) && k < te + 8 &&
             !(MentionAt(s, k) >= 0 && s.men[MentionAt(s, k)].id == org[0]))
        ++k;
      if (k < static_cast<int>(s.w.size()) && MentionAt(s, k) >= 0) k = s.men[MentionAt(s, k)].e;
      if ((Fold(s, k, "together") || Fold(s, k, "along")) && Fold(s, k + 1, "with")) {
        for (const std::string& id : NP(s, k + 2, 0, false)) members.push_back(id);
      } else if (Fold(s, k, "avec") ||
                 (Fold(s, k, "aux") && Fold(s, k + 1, "cotes") && Is(s, k + 2, c_.prep_de))) {
        for (const std::string& id : NP(s, Fold(s, k, "avec") ? k + 1 : k + 3, 0, false))
          members.push_back(id);
      }
    }
    Emit(s, members, "member_of", org, "member_of:member-noun", 0.85);
    return;
  }
  if (frame == "member_list") {  // "composée de X, Y et Z", "regroupant X et Y"
    std::vector<std::string> org;
    for (int k = t - 1; k >= 0 && k > t - 25; --k) {
      int mi = MentionAt(s, k);
      if (mi >= 0 && s.men[mi].kind == "organization" && !s.men[mi].implied) {
        org = {s.men[mi].id};
        break;
      }
      if (P(s, k, ';') || Is(s, k, c_.que)) break;
    }
    if (org.empty()) return missing("organization");
    int k = te;
    while (IsAdverb(s, k) || HitLen(s, k, c_.adverb) > 0)
      k += std::max(1, HitLen(s, k, c_.adverb));  // "regroupe aujourd'hui"
    std::vector<std::string> members = Object(s, k, preps.empty() ? "direct" : preps);
    if (!members.empty()) {
      // only direct names: "des troupes biélorusses" are not members
      int j = SkipDet(s, Is(s, k, c_.prep_de) ? k + 1 : k);
      if (MentionAt(s, j) < 0 || s.men[MentionAt(s, j)].adj) members.clear();
    }
    if (members.empty()) {
      for (int j = te; j < std::min<int>(te + 12, s.w.size()); ++j) {
        if (P(s, j, '.') || P(s, j, ';')) break;
        if (Fold(s, j, "dont") || Fold(s, j, "including")) {
          members = NP(s, j + 1, 0, false);
          break;
        }
      }
    }
    if (members.empty()) return missing("members");
    Emit(s, members, "member_of", org, "member_of:list", 0.85);
    return;
  }
  std::string how;
  std::vector<std::string> subj;
  // "son appel à l'aide", "sa rencontre avec": the sentence's subject.
  subj = Subject(s, t, &how);
  if (e.Get("pos") != "noun" && InheritsSubject(s, t, vb, form) && how != "relative") {
    std::vector<std::string> main = MainSubject(s, vb);
    if (!main.empty()) {
      subj = main;
      how = "inherited";
    }
  }
  if (frame == "svo" || frame == "meet" || frame == "meet_noun" || frame == "qualify") {
    std::vector<std::string> obj;
    if (frame == "meet_noun" || frame == "meet") {
      for (int k = te; k < std::min<int>(te + 5, s.w.size()); ++k) {
        if (Fold(s, k, "avec") || Fold(s, k, "with")) {
          obj = NP(s, k + 1);
          break;
        }
        if (P(s, k, '.') || P(s, k, ';') || MentionAt(s, k) >= 0) break;
      }
      if (frame == "meet_noun" && obj.empty()) {
        // "a assuré à M. Pachinian, lors d'un entretien téléphonique": the
        // other party is the dative of the clause's verb.
        for (int k = t - 1; k >= 0 && k > t - 12; --k) {
          if (P(s, k, ';') || Is(s, k, c_.que)) break;
          if (Fold(s, k, "a") && !s.w[k].upper_initial) {
            int mi = MentionAt(s, k + 1);
            if (mi >= 0 && s.men[mi].kind == "person") obj = Expand(s, mi, +1);
            break;
          }
        }
      }
      if (frame == "meet_noun" && subj.empty()) {
        // "lors d'une réunion avec" in a sentence whose subject comes after
        // the speech verb: take the sentence's speaker.
        if (!s.speaker.empty()) subj = {s.speaker};
      }
    } else if (frame == "qualify") {
      // "qualifier d'« effrontées » les remarques de X" / "qualifier X de terroriste"
      int k = te;
      {  // "a jugé inacceptable la présence de X"
        int j = k;
        while (P(s, j, '<') || P(s, j, '"') || IsAdverb(s, j)) ++j;
        if (int pl = HitLen(s, j, c_.pejorative); pl > 0) {
          j += pl;
          while (P(s, j, '>') || P(s, j, '"')) ++j;
          obj = NP(s, j);
          if (subj.empty()) return missing("subject");
          if (obj.empty()) return missing("object");
          Emit(s, subj, type, obj, rule + "/label-first", 0.8);
          return;
        }
      }
      bool label_first = Is(s, k, c_.prep_de);
      if (label_first) {
        int j = SkipDet(s, k + 1);
        while (P(s, j, '>') || P(s, j, '<') || P(s, j, '"')) ++j;
        bool pej = HitLen(s, j, c_.pejorative) > 0;
        int lm = MentionAt(s, j);
        bool terror = lm >= 0 && s.men[lm].id == "terrorists";
        j += std::max(1, HitLen(s, j, c_.pejorative));
        while (P(s, j, '>') || P(s, j, '<') || P(s, j, '"')) ++j;
        if (terror) j = s.men[lm].e;
        obj = NP(s, j);
        if (!pej && !terror) obj.clear();
        if (terror && !obj.empty()) {
          Emit(s, subj, "accuses", obj, "accuses:qualify", 0.8);
          return;
        }
      } else {
        int oe = k;
        obj = Object(s, k, "direct", &oe);
        bool pej = false, terror = false;
        for (int j = k; j < std::min<int>(k + 10, s.w.size()); ++j) {
          if (j > oe && HitLen(s, j, c_.pejorative) > 0) {
            // "jugé le bilan « inacceptable »", "calling the remarks 'offensive'"
            pej = true;
            break;
          }
          if (Fold(s, j, "de") || Fold(s, j, "d") || Fold(s, j, "as")) {
            int q = j + 1;
            while (P(s, q, '<') || P(s, q, '"')) ++q;
            pej = HitLen(s, q, c_.pejorative) > 0;
            terror = MentionAt(s, q) >= 0 && s.men[MentionAt(s, q)].id == "terrorists";
            if (pej || terror) break;
          }
        }
        if (terror && !obj.empty()) {
          Emit(s, subj, "accuses", obj, "accuses:qualify", 0.8);
          return;
        }
        if (!pej) obj.clear();
      }
    } else {
      obj = Object(s, te, preps);
      if (e.Get("bare") == "1") {
        // "reconnaître la présence de X" admits a fact: only an actor named
        // right after the verb is recognised ("recognized Guaidó").
        int j = te;
        while (IsAdverb(s, j)) ++j;
        j = SkipDet(s, j);
        if (MentionAt(s, j) < 0 || s.men[MentionAt(s, j)].adj) obj.clear();
      }
      if (obj.empty() && preps.find('|') != std::string::npos) {
        // "blamed the attack on Azerbaijan": the direct object is no actor,
        // the prepositional one is.
        for (int k = te + 1; k < std::min<int>(te + 10, s.w.size()); ++k) {
          if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',') || Is(s, k, c_.que) || Is(s, k, c_.qui))
            break;
          if (!Is(s, k, c_.prep) || preps.find("direct") == std::string::npos) continue;
          std::vector<std::string> o = Object(s, k, preps);
          if (!o.empty()) {
            obj = o;
            break;
          }
        }
      }
    }
    if (obj.empty() && type == "warns" && frame == "svo" && !subj.empty()) {
      // "Kyiv has warned that any Russian attempt ... would be met with
      // force": the actor the that-clause is about, not the speaker's own.
      int k = te;
      while (IsAdverb(s, k) || P(s, k, ',')) ++k;
      if (Fold(s, k, "that") || Fold(s, k, "que") || Fold(s, k, "qu")) {
        int q = SkipDet(s, k + 1);
        int mi = MentionAt(s, q);
        std::string adjective_country;
        if (int al = mi < 0 ? CountryAdjectiveAt(s, q, &adjective_country) : 0;
            al > 0 && (HitLen(s, q + al, c_.act) > 0 || HitLen(s, q + al, c_.troop) > 0 ||
                       Is(s, q + al, c_.govnoun))) {
          // "any Russian attempt", "toute incursion russe" is not read here.
          bool own = false;
          for (const std::string& id : subj) {
            if (const Actor* a = r_.dict.Find(id)) {
              for (const Office& o : a->offices) own |= o.of == adjective_country;
            }
          }
          if (!own && !adjective_country.empty()) {
            obj = {adjective_country};
            how = how.empty() || how == "subject" ? "that-clause" : how + "/that-clause";
          }
        }
        if (obj.empty() && mi >= 0 && !s.men[mi].id.empty() && !s.men[mi].pronoun &&
            (s.men[mi].kind == "country" || s.men[mi].kind == "organization") &&
            (!s.men[mi].adj || HitLen(s, s.men[mi].e, c_.act) > 0 ||
             HitLen(s, s.men[mi].e, c_.troop) > 0 || Is(s, s.men[mi].e, c_.govnoun))) {
          const std::string target = s.men[mi].id;
          bool own = false;
          for (const std::string& id : subj) {
            // The speaker's own country or body, by office or earlier edge.
            if (const Actor* a = r_.dict.Find(id)) {
              for (const Office& o : a->offices) own |= o.of == target;
            }
            for (const Men& m : s.men) own |= m.id == id && m.of == target;
            for (const auto& r : relations_)
              own |= r.s == id && r.o == target &&
                     (r.p == "leads" || r.p == "official_of" || r.p == "member_of");
          }
          if (!own) {
            obj = {target};
            how = how.empty() || how == "subject" ? "that-clause" : how + "/that-clause";
          }
        }
      }
    }
    if (obj.empty() && type == "criticizes" && frame == "svo") {
      obj = EventAuthor(s, te);
      if (!obj.empty()) how = how.empty() || how == "subject" ? "event" : how + "/event";
    }
    if (const std::string& then = e.Get("then"); !then.empty()) {
      // "held Azerbaijan responsible", "tient Moscou pour responsable": the
      // verb means this only with its predicate.
      bool found = false;
      for (int k = te + 1; k < std::min<int>(te + 10, s.w.size()) && !found; ++k) {
        if (P(s, k, '.') || P(s, k, ';')) break;
        for (size_t b = 0; b <= then.size() && !found;) {
          size_t x = then.find('|', b);
          if (x == std::string::npos) x = then.size();
          found = s.w[k].fold == then.substr(b, x - b);
          b = x + 1;
        }
      }
      if (!found) return;
    }
    if (type == "meets" && (Fold(s, te - 1, "between") || Fold(s, te - 1, "entre"))) {
      // "talks between X and Y": each party meets the others.
      const std::vector<std::string> parties = obj;
      if (parties.size() < 2) return missing("parties");
      {
        for (size_t a = 0; a + 1 < parties.size(); ++a)
          Emit(s, {parties[a]}, type, {parties.begin() + a + 1, parties.end()}, rule + "/between",
               0.8);
        return;
      }
    }
    // "Tokaïev et Poutine se sont rencontrés", "met each other".
    if (type == "meets" && obj.empty() && subj.size() >= 2 &&
        (Is(s, vb, c_.clitic) || Fold(s, te, "each") || Fold(s, te, "one") ||
         (frame == "svo" && preps.find("direct") != std::string::npos &&
          form != Form::kInfinitive && form != Form::kPresentParticiple &&
          (te >= static_cast<int>(s.w.size()) || P(s, te, '.') || P(s, te, ',') ||
           ((Is(s, te, c_.prep) || IsAdverb(s, te)) && !Fold(s, te, "with") &&
            !Fold(s, te, "avec")))))) {
      for (size_t a = 0; a + 1 < subj.size(); ++a)
        Emit(s, {subj[a]}, type, {subj.begin() + a + 1, subj.end()}, rule + "/reciprocal", 0.8);
      return;
    }
    if (subj.empty()) return missing("subject");
    if (obj.empty()) return missing("object");
    Emit(s, subj, type, obj, rule + (how == "subject" || how.empty() ? "" : "/" + how),
         how.find("event") != std::string::npos ? 0.7 : 0.85);
    // "Cuba and Bolivia backed Maduro, as did Turkey": the same edge for the
    // actor of the elliptic clause.
    for (int k = te; k < std::min<int>(te + 14, s.w.size()); ++k) {
      if (P(s, k, '.') || P(s, k, ';')) break;
      if ((Fold(s, k, "as") && (Fold(s, k + 1, "did") || Fold(s, k + 1, "has") ||
                                Fold(s, k + 1, "have") || Fold(s, k + 1, "do"))) ||
          (Fold(s, k, "comme") && Fold(s, k + 1, "l") && Fold(s, k + 2, "a") &&
           Fold(s, k + 3, "fait"))) {
        std::vector<std::string> more = NP(s, k + (Fold(s, k, "as") ? 2 : 4));
        if (!more.empty()) Emit(s, more, type, obj, rule + "/ellipsis", 0.8);
        break;
      }
    }
    return;
  }
  if (frame == "supported_by") {
    // "avec le soutien de la Russie", "with the backing of Moscow": the
    // actor after it supports the clause's subject.
    std::vector<std::string> supporter = NP(s, te);
    if (supporter.empty()) return missing("supporter");
    std::vector<std::string> supported = MainSubject(s, t);
    if (supported.empty()) supported = subj;
    if (supported.empty()) return missing("subject");
    Emit(s, supporter, type, supported, type + ":supported-by", 0.75);
    return;
  }
  if (frame == "critic_noun") {
    // "Mahmoud Dicko, a leading critic of the junta": the person the
    // apposition describes criticizes the complement.
    std::vector<std::string> obj = NP(s, te);
    std::vector<std::string> who = subj;
    if (int b = t - 1; true) {
      while (b >= 0 && (Is(s, b, c_.det) || (s.w[b].word && !s.w[b].upper_initial &&
                                             !Is(s, b, c_.aux) && MentionAt(s, b) < 0)))
        --b;
      if (P(s, b, ',')) {
        std::vector<std::string> head = LeftHead(s, b, nullptr);
        if (!head.empty()) who = head;
      }
    }
    if (who.empty() || obj.empty()) return missing("argument");
    Emit(s, who, type, obj, type + ":critic-noun", 0.75);
    return;
  }
  if (frame == "at_request") {
    // "La Russie a envoyé des troupes à la demande de Tokaïev": the actor
    // who asked requests aid from the clause's subject (when help is sent).
    bool help = false;
    for (int k = 0; k < static_cast<int>(s.w.size()) && !help; ++k) {
      help = HitLen(s, k, c_.aid) > 0 && !Is(s, k - 1, c_.possessive);
      for (const auto& [entry, f] : LexAt(s, k, c_.trigger).entries)
        help |= r_.lex.entry(entry).Get("type") == "sends_troops";
    }
    if (!help) return missing("help sent");
    std::vector<std::string> asker = NP(s, te);
    if (asker.empty()) return missing("asker");
    std::vector<std::string> helper = subj;
    if (helper.empty()) helper = MainSubject(s, t);
    if (helper.empty()) return missing("helper");
    Emit(s, asker, "requests_aid", helper, "requests_aid:at-request", 0.75);
    return;
  }
  if (frame == "ask") {
    // demander l'aide de O / demander à O une aide / asked O for help
    std::vector<std::string> obj;
    bool aid_seen = false;
    int end = std::min<int>(te + 30, s.w.size());
    for (int k = te; k < end; ++k) {
      if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.que) || (P(s, k, ',') && aid_seen)) break;
      if (P(s, k, '-')) {  // "– qui regroupe six pays ... –": an aside
        int q = k + 1;
        while (q < end && !P(s, q, '-')) ++q;
        if (q < end) k = q;
        continue;
      }
      if (int al = HitLen(s, k, c_.aid);
          al > 0 && !aid_seen && Is(s, k - 1, c_.possessive) && k - 1 == te && obj.empty()) {
        // "s'est tourné vers O pour solliciter son aide": "son" is O, named
        // before the purpose clause after vers/to.
        for (int j = vb - 1; j >= 0 && j > vb - 40 && obj.empty(); --j) {
          if (P(s, j, ';')) break;
          if (Fold(s, j, "vers") || Fold(s, j, "to") || Fold(s, j, "aupres")) {
            std::vector<std::string> o = NP(s, Fold(s, j, "aupres") ? j + 2 : j + 1);
            if (!o.empty()) obj = o;
          }
        }
        aid_seen = !obj.empty();
        k += al - 1;
        continue;
      }
      if (int al = HitLen(s, k, c_.aid); al > 0 && !aid_seen && !Is(s, k - 1, c_.possessive)) {
        aid_seen = true;
        // "l'aide de O", "l'assistance militaire de O", "help from O"
        int j = k + al;
        while (j < end && s.w[j].word && !s.w[j].upper_initial && MentionAt(s, j) < 0 &&
               !Is(s, j, c_.prep_de) && !Is(s, j, c_.prep) && j < k + al + 2)
          ++j;
        if (obj.empty() && (Is(s, j, c_.prep_de) || Fold(s, j, "from") || Fold(s, j, "aupres"))) {
          obj = NP(s, j + (Fold(s, j, "aupres") ? 2 : 1));
        }
        k = j - 1;
        continue;
      }
      if (obj.empty() &&
          (Fold(s, k, "a") || Fold(s, k, "au") || Fold(s, k, "aux") || Fold(s, k, "to") ||
           (k == te && preps.find("direct") != std::string::npos))) {
        std::vector<std::string> o = NP(s, k == te && !Is(s, k, c_.prep) ? k : k + 1);
        if (!o.empty()) obj = o;
      }
    }
    if (!aid_seen) return missing("aid noun (aide, assistance, troupes)");
    if (subj.empty()) return missing("subject");
    if (obj.empty()) return missing("recipient");
    Emit(s, subj, "requests_aid", obj, "requests_aid:ask" + (how == "subject" ? "" : "/" + how),
         0.85);
    return;
  }
  if (frame == "appeal_noun") {
    std::vector<std::string> obj, asker;
    for (int k = te; k < std::min<int>(te + 8, s.w.size()); ++k) {
      if (P(s, k, '.') || P(s, k, ';')) break;
      if (Is(s, k, c_.prep_de) && asker.empty() && obj.empty()) asker = NP(s, k + 1);
      if (Fold(s, k, "a") || Fold(s, k, "au") || Fold(s, k, "aux") || Fold(s, k, "to")) {
        obj = NP(s, k + 1);
        if (!obj.empty()) break;
      }
    }
    if (asker.empty()) asker = subj;
    if (asker.empty()) return missing("subject");
    if (obj.empty()) return missing("recipient");
    Emit(s, asker, "requests_aid", obj, "requests_aid:appeal", 0.8);
    return;
  }
  if (frame == "send") {
    int k = te;
    auto digit = [&](int q) {
      return q >= 0 && q < static_cast<int>(s.w.size()) && !s.w[q].fold.empty() &&
             std::isdigit(static_cast<unsigned char>(s.w[q].fold[0]));
    };
    while (IsAdverb(s, k) || Is(s, k, c_.det) || Is(s, k, c_.prep_de) || Is(s, k, c_.quantity) ||
           Fold(s, k, "of") || P(s, k, '<') || P(s, k, '"') || digit(k) ||
           ((P(s, k, ',') || P(s, k, '.')) && digit(k - 1) && digit(k + 1)))  // "3,000"
      ++k;
    int tl = HitLen(s, k, c_.troop);
    if (tl == 0) return missing("troops as object");
    if (subj.empty()) return missing("subject");
    if (std::string why = ConditionAfter(s, te); !why.empty()) {
      Log(s, "  blocked " + rule + ": " + why);
      return;
    }
    // "Kyrgyzstan's parliament voted to approve sending its soldiers": a
    // country's institution sends its country's troops.
    for (std::string& id : subj) {
      for (const Men& m : s.men) {
        if (m.id == id && m.rule == "discover:institution" && !m.of.empty()) id = m.of;
      }
    }
    std::vector<std::string> dest = Destination(s, k + tl, subj);
    if (dest.empty()) return missing("destination");
    Emit(s, subj, "sends_troops", dest, "sends_troops:send" + (how == "subject" ? "" : "/" + how),
         0.85);
    return;
  }
  if (frame == "send_noun") {
    // "l'envoi de troupes russes", "le déploiement de la Biélorussie au Kazakhstan"
    int k = te;
    if (!Is(s, k, c_.prep_de)) return missing("complement");
    int j = SkipDet(s, k + 1);
    std::vector<std::string> sender;
    {
      // "d'environ 200 soldats", "of some 2,000 troops": past the quantity.
      int q = j;
      auto number = [&](int x) {
        return x < static_cast<int>(s.w.size()) && !s.w[x].fold.empty() &&
               std::isdigit(static_cast<unsigned char>(s.w[x].fold[0]));
      };
      while (q < j + 6 && (number(q) || Is(s, q, c_.quantity) || IsAdverb(s, q) ||
                           Is(s, q, c_.prep_de) || (P(s, q, ',') && number(q + 1))))
        ++q;
      if (q > j && HitLen(s, q, c_.troop) > 0) j = q;
    }
    int tl = HitLen(s, j, c_.troop);
    int after = j;
    if (tl > 0) {
      int q = j + tl;
      if (P(s, q, ',')) {
      }
      int am = MentionAt(s, q);
      if (am >= 0 && s.men[am].adj) {
        sender = Expand(s, am, +1);
        after = s.men[am].e;
      } else if (Is(s, q, c_.prep_de)) {
        int r = SkipDet(s, q + 1);
        int mi = MentionAt(s, r);
        if (mi >= 0 && (s.men[mi].kind == "country" || s.men[mi].kind == "organization")) {
          sender = Expand(s, mi, +1);
          after = s.men[mi].e;
        }
      }
    } else {
      int mi = MentionAt(s, j);
      if (mi >= 0 && s.men[mi].b > k &&
          (s.men[mi].kind == "country" || s.men[mi].kind == "organization") && !s.men[mi].adj) {
        sender = Expand(s, mi, +1);
        after = s.men[mi].e;
      }
    }
    if (sender.empty() && tl > 0 && !subj.empty()) {
      // "a annoncé le déploiement de 200 soldats": the subject of an
      // announcing or ordering verb sends its own troops.
      int v = t - 1;
      while (v >= 0 && (Is(s, v, c_.det) || IsAdverb(s, v))) --v;
      if (v >= 0 && Is(s, v, c_.order_verb)) {
        for (const std::string& id : subj) {
          const Actor* act = r_.dict.Find(id);
          if (act && (act->kind == "country" || act->kind == "organization")) sender.push_back(id);
        }
      }
    }
    if (sender.empty()) {
      // "le déploiement de troupes étrangères dans l'est du Congo": no
      // sender, but a destination for the deployments that follow.
      for (int q = after; q < std::min<int>(after + 8, s.w.size()); ++q) {
        if (std::string d = PlaceAt(s, q); !d.empty()) {
          last_dest_ = d;
          break;
        }
      }
      return missing("sender");
    }
    if (std::string why = NounBlocked(s, t); !why.empty()) {
      Log(s, "  blocked " + rule + ": " + why);
      return;
    }
    std::vector<std::string> dest = Destination(s, after, sender);
    if (dest.empty()) return missing("destination");
    Emit(s, sender, "sends_troops", dest, "sends_troops:noun", 0.8);
    return;
  }
  if (frame == "support_noun") {
    // A stance noun: "le soutien de la France aux efforts de la Cedeao", "son
    // soutien à Kiev", "in a show of support for the junta", "les critiques
    // de Paris contre Moscou". The type and the prepositions that introduce
    // the target come from the lexicon (obj=).
    const std::string& type = e.Get("type");
    const bool direct = preps.find("direct") != std::string::npos;
    auto is_target_prep = [&](int k) {
      if (k >= static_cast<int>(s.w.size())) return false;
      for (size_t b = 0; b <= preps.size();) {
        size_t end = preps.find('|', b);
        if (end == std::string::npos) end = preps.size();
        if (FoldWord(preps.substr(b, end - b)) == s.w[k].fold) return true;
        b = end + 1;
      }
      return false;
    };
    std::vector<std::string> holder, target;
    int k = te;
    if (Is(s, k, c_.prep_de) && !direct) {
      int end = k + 1;
      holder = Object(s, k, "de|du|des|d'", &end);
      while (k < static_cast<int>(s.w.size()) && k < te + 8 && !is_target_prep(k)) ++k;
    }
    if (!direct && is_target_prep(k)) {
      target = NP(s, k + 1);
    } else if (direct) {
      target = NP(s, k);
    }
    if (holder.empty()) holder = subj;
    if (holder.empty()) return missing(type == "supports" ? "supporter" : "holder");
    if (target.empty()) return missing(type == "supports" ? "supported" : "target");
    Emit(s, holder, type, target, type + ":noun", 0.75);
    return;
  }
  if (frame == "head_of") {  // "X est à la tête de O"
    std::vector<std::string> obj = NP(s, te);
    if (subj.empty() && vb <= 1) {
      // "À la tête du Kazakhstan depuis 2019, Kassym-Jomart Tokaïev a ...":
      // the person after the fronted phrase.
      for (int k = te; k < std::min<int>(te + 12, s.w.size()); ++k) {
        if (P(s, k, '.') || P(s, k, ';')) break;
        if (!P(s, k, ',')) continue;
        int mi = MentionAt(s, k + 1);
        if (mi >= 0 && s.men[mi].kind == "person" && !s.men[mi].pronoun && !s.men[mi].id.empty())
          subj = {s.men[mi].id};
        break;
      }
    }
    if (subj.empty() || obj.empty()) return missing("argument");
    Emit(s, subj, "leads", obj, "leads:head-of", 0.8);
    return;
  }
}

// The recall layer. A trigger whose frame lacked an argument still links the
// clause's subject (else the sentence's speaker) to the nearest actor after
// it in the clause, with a lower confidence: the frames are precise, this
// catches the phrasings they do not describe. Only relation types whose
// trigger alone says what happened; frames that need a cue (a label, an aid
// noun, troops, a passive agent) are not guessed.
void Engine::Fallback(Sent& s, int t, int len, const LexEntry& e, Form form) {
  const std::string& type = e.Get("type");
  const std::string& frame = e.Get("frame");
  if (type != "accuses" && type != "criticizes" && type != "supports" && type != "warns" &&
      type != "meets")
    return;
  if (frame == "qualify" || frame == "agent_accuse" || frame == "led_by") return;
  // A noun's arguments are its own complements ("la réunion des pays de
  // l'OTSC" is no meeting with the OTSC): only the noun frames read them.
  if (e.Get("pos") == "noun") return;
  if (frame_missing_.rfind("agent", 0) == 0 || frame_missing_.rfind("aid", 0) == 0 ||
      frame_missing_.rfind("troops", 0) == 0)
    return;
  const int n = static_cast<int>(s.w.size());
  const int te = t + len;
  const int vb = VerbGroupStart(s, t);
  if (form == Form::kInfinitive && !InheritsSubject(s, t, vb, form)) return;  // "ready to", "to be"
  // "aucune menace", "the threat": a verb form after a determiner is a noun.
  {
    int p = t - 1;
    while (P(s, p, '<') || P(s, p, '"')) --p;
    if (e.Get("pos") == "verb" && Is(s, p, c_.det)) return;
  }
  // Passives and participles used as adjectives ("des soulèvements soutenus
  // par l'Occident") are the frame's: without their agent nothing is known.
  if (form == Form::kPastParticiple) {
    bool active = Is(s, vb - 1, c_.coord);
    for (int k = vb; k < t; ++k) {
      if (Is(s, k, c_.etre) && !Fold(s, k, "est") && !Fold(s, k, "sont")) return;
      active |= Is(s, k, c_.aux) || (Fold(s, k, "s") && s.w[k].elided) || Fold(s, k, "se");
    }
    if (!active) return;
  }
  std::string how;
  std::vector<std::string> subj = Subject(s, t, &how);
  if (e.Get("pos") != "noun" && InheritsSubject(s, t, vb, form) && how != "relative") {
    std::vector<std::string> main = MainSubject(s, vb);
    if (!main.empty()) subj = main;
  }
  if (subj.empty() && !s.speaker.empty()) subj = s.speakers;
  if (subj.empty()) return;
  // "l'alliance que des médias accusaient": the object is before, in the
  // antecedent, and the subject is often a description.
  for (int k = vb - 1; k >= 0 && k > vb - 8; --k) {
    if (P(s, k, ',') || P(s, k, '.')) break;
    if (Is(s, k, c_.que) && s.w[k].fold != "that") return;
  }
  std::vector<std::string> obj;
  int k = te;
  while (IsAdverb(s, k) || Is(s, k, c_.clitic)) ++k;
  if (Is(s, k, c_.possessive)) return;  // "justifié son appel": the subject's own act
  // The object is the first noun phrase: determiners, at most two plain
  // words and "de" complements ("les tirs du M23") lead to it; supporting,
  // warning or meeting X's thing is not said of X.
  const bool complements = type == "accuses" || type == "criticizes";
  const std::string& preps = e.Get("obj");
  int plain = 0;
  for (; k < std::min(te + 12, n); ++k) {
    if (int al = HitLen(s, k, c_.adverb); al > 1) {  // "à plusieurs reprises"
      k += al - 1;
      continue;
    }
    if (MentionAt(s, k) < 0 && s.w[k].word) {
      bool allowed_prep = false;
      if (Is(s, k, c_.prep) || Is(s, k, c_.prep_de) || Fold(s, k, "of")) {
        const std::string& f = s.w[k].fold;
        allowed_prep =
            (complements && (Is(s, k, c_.prep_de) || f == "of")) ||
            (!f.empty() && preps.find(f) != std::string::npos && (f.size() > 1 || f == "a"));
        if (f == "a" || f == "au" || f == "aux" || f == "with" || f == "avec" || f == "to")
          allowed_prep |= preps.find("direct") == std::string::npos ||
                          preps.find(f == "a" ? "à" : f) != std::string::npos;
        if (!allowed_prep && k > te) break;
        if (!allowed_prep && k == te && !Is(s, k, c_.prep_de)) break;
      } else if (!Is(s, k, c_.det) && !IsAdverb(s, k) && !Is(s, k, c_.clitic) &&
                 HitLen(s, k, c_.trigger) == 0) {
        if (++plain > 3) break;
      }
    }
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || Is(s, k, c_.que) || Is(s, k, c_.qui)) break;
    // The object phrase ends at a comma, and a reason clause ("d'avoir",
    // "of being") names no second party.
    if (k > te &&
        (P(s, k, ',') || Fold(s, k, "avoir") || Fold(s, k, "etre") || Fold(s, k, "pour") ||
         Fold(s, k, "for") || Fold(s, k, "par") || Fold(s, k, "by") ||
         (s.w[k].word && !s.w[k].upper_initial && s.w[k].fold.size() > 4 &&
          s.w[k].fold.compare(s.w[k].fold.size() - 3, 3, "ing") == 0)))
      break;
    if (k > te && HitLen(s, k, c_.trigger) > 0) break;  // the next verb has its own arguments
    // "welcomed the gesture but said Senegal ...": a contrast opens a new clause.
    if (k > te && (Fold(s, k, "but") || Fold(s, k, "mais"))) break;
    int mi = MentionAt(s, k);
    if (mi < 0) continue;
    const Men& m = s.men[mi];
    k = std::max(k, m.e - 1);
    if (m.implied || m.kind.empty() || m.pronoun || m.id.empty()) continue;
    if (m.kind == "location" && m.of.empty()) continue;
    if (type == "meets" && m.kind == "group") continue;
    {  // a place, not a party: "in Niamey", "en Pologne", "à Addis-Abeba"
      int p = m.b - 1;
      while (p >= 0 && Is(s, p, c_.det)) --p;
      if (Fold(s, p, "in") || Fold(s, p, "at") || Fold(s, p, "en") || Fold(s, p, "dans") ||
          Fold(s, p, "near") || Fold(s, p, "pres")) {
        continue;
      }
      if ((Fold(s, p, "a") || Fold(s, p, "au") || Fold(s, p, "aux")) &&
          (m.kind == "location" || m.rule == "dict:metonym"))
        continue;
    }
    const std::string id = IdOf(s, mi);
    if (std::find(subj.begin(), subj.end(), id) != subj.end()) continue;
    obj = Expand(s, mi, +1);
    break;
  }
  if (obj.empty()) return;
  Emit(s, subj, type, obj, "fallback:" + type, 0.6);
}

bool Engine::LooksParticiple(const Sent& s, int t, int te) const {
  // French: the participle carries é (accusé, accusée, accusés, accusées).
  const std::string& text = x_->article.text;
  for (int k = t; k < te; ++k) {
    const Span sp = s.w[k].span;
    std::string_view raw(text.data() + sp.begin, sp.end - sp.begin);
    for (std::string_view end : {"é", "ée", "és", "ées", "É", "ÉE", "ÉS", "ÉES"}) {
      if (raw.size() >= end.size() && raw.substr(raw.size() - end.size()) == end) return true;
    }
  }
  // English "accused": passive auxiliary, or "by" after a noun.
  for (int k = VerbGroupStart(s, t); k < t; ++k) {
    if (Is(s, k, c_.aux)) return true;
  }
  // "The Houthis denounced the raids by the US": a subject right before and
  // a direct object right after make the verb finite.
  if (int sm = MentionAt(s, VerbGroupStart(s, t) - 1); sm >= 0 && !s.men[sm].adj &&
                                                       !IsComplement(s, s.men[sm]) &&
                                                       Is(s, te, c_.det) && !Fold(s, te, "by"))
    return false;
  for (int k = te; k < std::min<int>(te + 3, s.w.size()); ++k) {
    if (Fold(s, k, "by") || (Fold(s, k, "par") && k == te)) return true;
  }
  return false;
}

// "des troupes biélorusses", "les forces russes envoyées au Kazakhstan", "les
// troupes conduites par Moscou et déployées au Kazakhstan": a troop noun with
// its nationality, in a sentence about a deployment.
void Engine::TroopRule(Sent& s) {
  const int n = static_cast<int>(s.w.size());
  int cue = -1;
  for (int i = 0; i < n && cue < 0; ++i) {
    if (HitLen(s, i, c_.deploy_cue) > 0) cue = i;
  }
  if (cue < 0) return;
  for (int i = 0; i < n; ++i) {
    int tl = HitLen(s, i, c_.troop);
    if (tl == 0) continue;
    std::vector<std::string> senders;
    int after = i + tl;
    int am = MentionAt(s, after);
    if (am >= 0 && s.men[am].adj) {
      senders = Expand(s, am, +1);
      after = s.men[am].e;
      // Coordinated adjectives already expanded; skip to the end of the list.
      while (after < n && (P(s, after, ',') || Is(s, after, c_.coord) ||
                           (MentionAt(s, after) >= 0 && s.men[MentionAt(s, after)].adj)))
        ++after;
    } else if (Is(s, after, c_.prep_de) && !Fold(s, after, "des")) {
      int r = SkipDet(s, after + 1);
      int mi = MentionAt(s, r);
      if (mi >= 0 && s.men[mi].b > after && !s.men[mi].adj &&
          (s.men[mi].kind == "country" || s.men[mi].kind == "organization")) {
        senders = Expand(s, mi, +1);
        after = s.men[mi].e;
      }
    } else if (after > 0 && i > 0) {
      // English: "Russian troops"
      int bm = MentionAt(s, i - 1);
      if (bm >= 0 && s.men[bm].adj) senders = Expand(s, bm, -1);
      // "US troops", "2,000 US sailors": a country name used attributively,
      // not the complement of a preposition ("to Bahrain troops").
      if (bm >= 0 && !s.men[bm].adj && s.men[bm].kind == "country" && s.men[bm].e == i &&
          !s.men[bm].id.empty() && !Is(s, s.men[bm].b - 1, c_.prep) &&
          !Is(s, s.men[bm].b - 1, c_.prep_de))
        senders = {s.men[bm].id};
    }
    if (senders.empty() && Fold(s, after, "from")) {
      // "Troops from Belarus landed in ...": only troops that open the
      // clause ("withdrew troops from Syria" names where they leave).
      int b = i - 1;
      while (b >= 0 && (Is(s, b, c_.det) || Is(s, b, c_.quantity) || Is(s, b, c_.prep_de) ||
                        (s.w[b].word && std::isdigit(static_cast<unsigned char>(s.w[b].fold[0])))))
        --b;
      int mi = MentionAt(s, after + 1);
      if ((b < 0 || P(s, b, ',')) && mi >= 0 && !s.men[mi].adj &&
          (s.men[mi].kind == "country" || s.men[mi].kind == "organization")) {
        senders = Expand(s, mi, +1);
        after = s.men[mi].e;
      }
    }
    if (senders.empty()) {
      // "conduites par Moscou"
      for (int k = after; k < std::min(after + 3, n); ++k) {
        if (Fold(s, k, "par") || Fold(s, k, "by")) {
          std::vector<std::string> a = NP(s, k + 1);
          for (const std::string& id : a) {
            const Actor* act = r_.dict.Find(id);
            if (act && (act->kind == "country" || act->kind == "organization"))
              senders.push_back(id);
          }
          break;
        }
      }
    }
    if (senders.empty()) continue;
    int vb = VerbGroupStart(s, cue);
    Form f = Form::kOther;
    Lexicon::Hit h = LexAt(s, cue, c_.trigger);
    if (!h.entries.empty()) f = h.entries[0].second;
    if (f == Form::kInfinitive) {
      // "a demandé à Moscou d'envoyer des troupes russes": requested only.
      bool request = false;
      for (int k = vb - 1; k >= 0 && k >= vb - 12 && !request; --k) {
        for (const auto& [entry, form] : LexAt(s, k, c_.trigger).entries)
          request |= r_.lex.entry(entry).Get("type") == "requests_aid" && form != Form::kOther;
      }
      if (request) {
        Log(s, "  blocked sends_troops:troops '" + Surface(s, i, after) + "': requested");
        continue;
      }
    }
    if (std::string why = Blocked(s, vb, cue + 1, f); !why.empty()) {
      Log(s, "  blocked sends_troops:troops '" + Surface(s, i, after) + "': " + why);
      continue;
    }
    if (std::string why = NounBlocked(s, cue); !why.empty()) {
      Log(s, "  blocked sends_troops:troops: " + why);
      continue;
    }
    // "les soldats russes « n'ont pas rempli leur mission »": a negated verb
    // right after the troops.
    {
      int q = after;
      while (P(s, q, '<') || P(s, q, '"')) ++q;
      if (Is(s, q, c_.neg_ne) || Is(s, q, c_.neg_en)) continue;
    }
    if (!ConditionAfter(s, cue + 1).empty()) continue;
    std::vector<std::string> dest = Destination(s, after, senders);
    if (dest.empty()) continue;
    Emit(s, senders, "sends_troops", dest, "sends_troops:troops", 0.75);
  }
}

// A misdeed with its author ("une tentative de coup d'État menée par des
// combattants armés", "victime d'une agression du terrorisme international")
// in the words of a speaker: the speaker accuses the author.
void Engine::WrongdoingRule(Sent& s) {
  if (s.speaker.empty()) return;
  const int n = static_cast<int>(s.w.size());
  for (int i = 0; i < n; ++i) {
    int wl = HitLen(s, i, c_.wrongdoing);
    if (wl == 0) continue;
    int j = i + wl;
    while (P(s, j, '>') || P(s, j, '"') || P(s, j, '<')) ++j;
    while (j < n && s.w[j].word && !s.w[j].upper_initial && MentionAt(s, j) < 0 &&
           !Is(s, j, c_.prep_de) && !Is(s, j, c_.prep) && HitLen(s, j, c_.agent_marker) == 0 &&
           j < i + wl + 2)
      ++j;  // "extérieure", "armée"
    std::vector<std::string> agent;
    int am = MentionAt(s, j);
    if (am >= 0 && s.men[am].adj) {
      agent = Expand(s, am, +1);
    } else if (Is(s, j, c_.prep_de)) {
      int r = SkipDet(s, j + 1);
      int mi = MentionAt(s, r);
      if (mi >= 0 && s.men[mi].b > j && !s.men[mi].pronoun) agent = Expand(s, mi, +1);
    } else if (int ml = HitLen(s, j, c_.agent_marker); ml > 0) {
      int r = SkipDet(s, j + ml);
      while (P(s, r, '<') || P(s, r, '"')) ++r;
      agent = NP(s, r);
    }
    std::vector<std::string> kept;
    for (const std::string& a : agent) {
      if (a != s.speaker) kept.push_back(a);
    }
    if (kept.empty()) continue;
    bool denied = false;
    for (int k = 0; k < i; ++k) denied |= Is(s, k, c_.deny);
    if (denied) {
      Log(s, "  blocked accuses:wrongdoing: denial");
      continue;
    }
    Emit(s, {s.speaker}, "accuses", kept, "accuses:wrongdoing", 0.75);
  }
}

// A speaker who calls someone "terroristes" accuses the terrorists.
void Engine::LabelRule(Sent& s) {
  if (s.speaker.empty()) return;
  for (const Men& m : s.men) {
    if (m.id == "terrorists" && m.b > s.speaker_pos - 40) {
      Emit(s, {s.speaker}, "accuses", {"terrorists"}, "accuses:label", 0.7);
      return;
    }
  }
}

// Records who carried out the military or repressive acts of the sentence:
// an author named on the act ("l'attaque iranienne", "strikes by the US"),
// or the subject of a verb of attack ("Washington and London struck ...",
// "la junte a lancé une offensive"). A sentence that judges an act names
// no author of its own.
void Engine::RecordEventAuthors(Sent& s) {
  const int n = static_cast<int>(s.w.size());
  for (int i = 0; i < n; ++i) {
    if (HitLen(s, i, c_.trigger) > 0) {
      for (const auto& [entry, f] : LexAt(s, i, c_.trigger).entries) {
        const std::string& type = r_.lex.entry(entry).Get("type");
        if (type == "criticizes" || type == "accuses" || type == "supports") return;
      }
    }
  }
  auto actors = [&](const std::vector<std::string>& ids) {
    std::vector<std::string> out;
    for (const std::string& id : ids) {
      std::string kind;
      for (const Men& m : s.men) {
        if (m.id == id) kind = m.kind;
      }
      if (const Actor* a = r_.dict.Find(id)) kind = a->kind;
      if (kind == "country" || kind == "organization") out.push_back(id);
    }
    return out;
  };
  for (int i = 0; i < n; ++i) {
    std::vector<std::string> author;
    if (int el = HitLen(s, i, c_.event); el > 0) {
      if (int am = MentionAt(s, i + el); am >= 0 && s.men[am].adj) {
        author = Expand(s, am, +1);
      } else if (int bm = MentionAt(s, i - 1); bm >= 0 && s.men[bm].adj) {
        author = Expand(s, bm, -1);
      } else {
        for (int k = i + el; k < std::min(i + el + 4, n); ++k) {
          if (P(s, k, ',') || P(s, k, '.') || Is(s, k, c_.que) || Is(s, k, c_.qui)) break;
          if (Fold(s, k, "par") || Fold(s, k, "by")) {
            author = NP(s, k + 1);
            break;
          }
        }
      }
      i += el - 1;
    } else if (HitLen(s, i, c_.strike_verb) > 0 && !Is(s, i - 1, c_.det)) {
      const int vb = VerbGroupStart(s, i);
      bool passive = false;
      for (int k = vb; k < i; ++k) passive |= Is(s, k, c_.etre);
      if (passive) continue;
      std::string how;
      author = Subject(s, i, &how);
      if (author.empty()) {
        // "American and British warplanes struck": the adjectives of the subject.
        for (const Men& m : s.men) {
          if (m.b >= vb) break;
          if (m.adj && !m.id.empty()) author.push_back(m.id);
        }
      }
    }
    author = actors(author);
    if (!author.empty()) {
      event_author_ = author;
      std::string list;
      for (const std::string& id : author) list += (list.empty() ? "" : ", ") + id;
      Log(s, "  event author: " + list);
    }
  }
}

// "a condamné la répression", "condemned the strikes": a definite act with
// no author of its own is the one whose author was named last.
std::vector<std::string> Engine::EventAuthor(const Sent& s, int i) const {
  while (IsAdverb(s, i) || P(s, i, '<') || P(s, i, '"') || P(s, i, '>')) ++i;
  if (!(Fold(s, i, "le") || Fold(s, i, "la") || Fold(s, i, "les") || Fold(s, i, "l") ||
        Fold(s, i, "the") || Fold(s, i, "ce") || Fold(s, i, "cette") || Fold(s, i, "ces") ||
        Fold(s, i, "these") || Fold(s, i, "this")))
    return {};
  int el = HitLen(s, i + 1, c_.event);
  if (el == 0) return {};
  for (int k = i + 1 + el; k < std::min<int>(i + el + 5, s.w.size()); ++k) {
    if (P(s, k, ',') || P(s, k, '.') || Is(s, k, c_.que) || Is(s, k, c_.qui)) break;
    if (Fold(s, k, "par") || Fold(s, k, "by")) {
      std::vector<std::string> own = NP(s, k + 1);
      if (!own.empty()) return own;
      break;
    }
  }
  return event_author_;
}

void Engine::Relations(Sent& s) {
  // Titles: "le président russe Vladimir Poutine" -> Putin leads Russia.
  for (const Men& m : s.men) {
    if (m.role.empty() || m.rel.empty() || m.id.empty() || m.kind.empty()) continue;
    if (m.of.empty()) {
      // "La présidente Vjosa Osmani", "le ministre de l'Intérieur, X": a
      // state office with no country named is in the country the article is
      // clearly about, unless the dictionary places the person elsewhere.
      const bool state_title =
          m.role == "head_of_government" || m.role == "foreign_minister" ||
          m.role == "defense_minister" || m.role == "interior_minister" || m.role == "minister" ||
          (m.role == "head_of_state" &&
           (Fold(s, m.b, "president") || Fold(s, m.b, "presidente") || Fold(s, m.b, "roi") ||
            Fold(s, m.b, "reine") || Fold(s, m.b, "king") || Fold(s, m.b, "queen")));
      const Actor* a = r_.dict.Find(m.id);
      if (state_title && focus_clear_ && m.rule == "title:apposition" &&
          (!a || a->offices.empty())) {
        Emit(s, {m.id}, m.rel, {focus_}, m.rel + ":title:focus", 0.6);
      }
      continue;
    }
    Emit(s, {m.id}, m.rel, {m.of}, m.rel + ":" + m.rule, m.rule == "title:apposition" ? 0.95 : 0.8);
  }
  DictionaryContextRule(s);
  FindSpeaker(s);
  const int n = static_cast<int>(s.w.size());
  for (int i = 0; i < n; ++i) {
    Lexicon::Hit h = LexAt(s, i, c_.trigger);
    if (h.length == 0) continue;
    // A folded form may be finite or a participle ("accuse"/"accusé",
    // "accused"): the accent, or an auxiliary, decides.
    std::map<int, Form> chosen;
    for (const auto& [entry, form] : h.entries) {
      if (OtherLanguage(entry)) continue;
      // "a charge Ankara denies", "the call": an English verb form after an
      // article is a noun (French "la", "les" may be object pronouns).
      if (r_.lex.entry(entry).Get("pos") == "verb" && r_.lex.entry(entry).Get("lang") == "en" &&
          (Fold(s, i - 1, "a") || Fold(s, i - 1, "an") || Fold(s, i - 1, "the")))
        continue;
      // "Son envoyée spéciale", "sa déclaration": a verb form after a possessive is a noun.
      if (r_.lex.entry(entry).Get("pos") == "verb" && Is(s, i - 1, c_.possessive) &&
          !Fold(s, i - 1, "her"))
        continue;
      auto it = chosen.find(entry);
      if (it == chosen.end()) {
        chosen[entry] = form;
      } else if (form == Form::kPastParticiple || it->second == Form::kPastParticiple) {
        it->second = LooksParticiple(s, i, i + h.length)
                         ? Form::kPastParticiple
                         : (form == Form::kPastParticiple ? it->second : form);
      }
    }
    for (const auto& [entry, form] : chosen) {
      frame_missing_.clear();
      const size_t before = relations_.size();
      Frame(s, i, h.length, r_.lex.entry(entry), form);
      if (relations_.size() == before && !frame_missing_.empty())
        Fallback(s, i, h.length, r_.lex.entry(entry), form);
    }
  }
  TroopRule(s);
  WrongdoingRule(s);
  LabelRule(s);
  RecordEventAuthors(s);
  // The last person acting as a subject is the referent of a later "il".
  for (const Men& m : s.men) {
    if (m.kind == "person" && !m.pronoun && !m.id.empty() && !IsComplement(s, m) && !m.implied) {
      if (last_person_.empty()) last_person_ = m.id;
    }
  }
  if (!s.speaker.empty()) {
    for (const Men& m : s.men) {
      if (m.id == s.speaker && m.kind == "person") last_person_ = s.speaker;
    }
  }
  for (const Men& m : s.men) {  // a person subject at the start of a sentence
    if (m.kind == "person" && !m.pronoun && !m.id.empty() && m.b <= 3) {
      last_person_ = m.id;
      break;
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
    const Men p = s.men[pi];
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

// ---------------------------------------------------------------- driver

void Engine::Run(std::string* trace) {
  const std::string& text = x_->article.text;
  // Sentences, merging splits after "M." or an initial ("V. Poutine"); the
  // words are split again per chunk so that only one chunk's words live at once.
  std::vector<Sentence> merged;
  {
    std::vector<Word> words;
    // Whether the span's last word is an abbreviation: only its tail, from
    // the last space on, is split (a space always ends a word).
    auto ends_with_abbrev = [&](Span span) {
      uint32_t e = span.end;
      while (e > span.begin && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
      uint32_t b = e;
      while (b > span.begin && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
      if (b == e) return false;
      words.clear();
      SplitWords(text, {b, e}, &words);
      return !words.empty() && words.back().abbrev;
    };
    for (size_t i = 0; i < x_->sentences.size(); ++i) {
      Sentence cur = x_->sentences[i];
      while (i + 1 < x_->sentences.size() && x_->sentences[i + 1].block == cur.block &&
             ends_with_abbrev(cur.span)) {
        ++i;
        cur.span.end = x_->sentences[i].span.end;
      }
      merged.push_back(cur);
    }
  }
  uint32_t block = 0;
  for (Sentence& m : merged) {
    while (block + 1 < x_->blocks.size() && x_->blocks[block].span.end < m.span.begin) ++block;
    m.block = block;
  }
  x_->sentences = std::move(merged);
  if (trace) {
    *trace += "# " + (x_->article.source.empty() ? x_->article.id : x_->article.source) +
              "  date=" + (x_->article.date.empty() ? "?" : x_->article.date) + "\n";
  }
  last_person_.clear();
  // Very long inputs are read in chunks of sentences, each a small article of
  // its own for roles and the main country; persons found earlier carry over.
  constexpr size_t kChunk = 2000;
  for (size_t begin = 0; begin < x_->sentences.size(); begin += kChunk) {
    const size_t end = std::min(x_->sentences.size(), begin + kChunk);
    RunChunk(begin, end, trace);
  }
  BuildOutput();
}

void Engine::RunChunk(size_t begin, size_t end, std::string* trace) {
  const std::string& text = x_->article.text;
  sents_.clear();
  sents_.reserve(end - begin);
  for (size_t g = begin; g < end; ++g) {
    Sent s;
    s.index = static_cast<uint32_t>(g);
    s.span = x_->sentences[g].span;
    SplitWords(text, s.span, &s.w);
    sents_.push_back(std::move(s));
  }
  for (Sent& s : sents_) {
    const int n = static_cast<int>(s.w.size());
    s.bits.resize(n);
    s.at.assign(n, -1);
    s.inq.assign(n, 0);
    bool in = false;
    s.lex.assign(n, nullptr);
    s.hit_len.assign(static_cast<size_t>(n) * kMaxClasses, 0);
    s.dict.resize(n);
    for (int i = 0; i < n; ++i) {
      s.bits[i] = 0;
      if (s.w[i].word) {
        const WordInfo* found = r_.words.Find(s.w[i]);
        const WordInfo info = found == nullptr ? WordInfo() : *found;
        s.bits[i] = info.bits;
        if (!s.w[i].hashtag) {
          s.lex[i] = info.lex;
          // One pass over the phrases starting here gives every class's
          // longest match, which the patterns then read many times.
          if (info.lex != nullptr) {
            int8_t* lens = &s.hit_len[static_cast<size_t>(i) * kMaxClasses];
            PhraseIndex::ForEachCandidate(s.w, i, *info.lex, [&](const PhraseIndex::Entry& e) {
              const int len = static_cast<int>(e.rest.size()) + 1;
              if (len > lens[e.tag] && PhraseIndex::RestMatches(s.w, i, e))
                lens[e.tag] = static_cast<int8_t>(len);
              return true;
            });
          }
          if (info.dict != nullptr || s.w[i].upper_initial)  // acronyms: capitalised words
            s.dict[i] = r_.dict.Longest(text, s.w, i, info.dict);
        }
      }
      char p = s.w[i].punct;
      if (p == '<') {
        in = true;
      } else if (p == '>') {
        in = !in ? true : false;
      } else if (p == '"') {
        in = !in;
      }
      s.inq[i] = in;
    }
  }
  for (Sent& s : sents_) FindMentions(s);
  ResolveRoles();
  // The country the article is about: the most mentioned one (title counts twice).
  std::map<std::string, int> count;
  std::map<std::string, size_t> first;
  for (const Sent& s : sents_) {
    for (const Men& m : s.men) {
      if (m.kind != "country" || m.id.empty()) continue;
      const bool title = s.index == 0 || (x_->sentences[s.index].block < x_->blocks.size() &&
                                          x_->blocks[x_->sentences[s.index].block].role == "title");
      count[m.id] += title ? 3 : 1;
      first.emplace(m.id, s.index);
    }
  }
  focus_.clear();
  headline_.clear();
  for (const Sent& s : sents_) {
    const uint32_t b = x_->sentences[s.index].block;
    if (b >= x_->blocks.size() || x_->blocks[b].role != "title") continue;
    // "... troupes de l'OTSC au Kazakhstan" (a place), else "Niger : ..." (a
    // country before the colon); the headline's subject is no destination.
    for (int k = 0; k < static_cast<int>(s.w.size()) && headline_.empty(); ++k)
      headline_ = PlaceAt(s, k);
    for (int k = 0; k < static_cast<int>(s.w.size()) && headline_.empty(); ++k) {
      if (!P(s, k, ':')) continue;
      for (const Men& m : s.men) {
        if (m.e <= k && m.kind == "country" && !m.adj && !m.id.empty()) headline_ = m.id;
      }
    }
  }
  int best = 0;
  for (const auto& [id, c] : count) {
    if (c > best || (c == best && first[id] < first[focus_])) {
      best = c;
      focus_ = id;
    }
  }
  int second = 0;
  for (const auto& [id, c] : count) {
    if (id != focus_) second = std::max(second, c);
  }
  focus_clear_ = best >= 4 && best >= 2 * second;
  ResolveInstitutions();
  for (Sent& s : sents_) Relations(s);
  FlushMentions();
  if (trace) {
    const std::string& t = x_->article.text;
    *trace += "  focus=" + (focus_.empty() ? "?" : focus_) + "\n";
    for (const Sent& s : sents_) {
      *trace += "[" + std::to_string(s.index) + "] " +
                t.substr(s.span.begin, s.span.end - s.span.begin) + "\n";
      for (const Men& m : s.men) {
        if (m.kind.empty() || (m.id.empty() && !m.pronoun)) continue;
        *trace += "  mention " + std::to_string(s.w[m.b].span.begin) + "-" +
                  std::to_string(s.w[m.e - 1].span.end) + " '" + Surface(s, m.b, m.e) + "' -> " +
                  (m.pronoun ? "(pronoun)" : m.id) + " [" + m.kind + ", " + m.rule + "]\n";
      }
      for (const std::string& l : s.log) *trace += l + "\n";
    }
  }
  sents_.clear();
  sents_.shrink_to_fit();
}

// Mentions and entities of the chunk's sentences.
void Engine::FlushMentions() {
  const std::string& text = x_->article.text;
  std::map<std::string, size_t>& index = entity_index_;
  for (const Sent& s : sents_) {
    for (const Men& m : s.men) {
      if (m.pronoun || m.id.empty() || m.kind.empty() || m.kind == "location") continue;
      if (m.e <= m.b || s.w[m.e - 1].span.end < s.w[m.b].span.begin) continue;  // no words
      Mention out;
      out.span = {s.w[m.b].span.begin, s.w[m.e - 1].span.end};
      out.entity_id = m.id;
      out.kind = m.kind;
      out.rule = m.rule;
      out.sentence = s.index;
      auto it = index.find(m.id);
      if (it == index.end()) {
        Entity e;
        e.id = m.id;
        const Actor* a = r_.dict.Find(m.id);
        e.name = a ? a->name : m.id;
        e.kind = a ? a->kind : m.kind;
        it = index.emplace(m.id, x_->entities.size()).first;
        x_->entities.push_back(e);
      }
      std::vector<std::string>& aliases = x_->entities[it->second].aliases;
      std::string_view alias(text.data() + out.span.begin, out.span.end - out.span.begin);
      if (std::find(aliases.begin(), aliases.end(), alias) == aliases.end())
        aliases.emplace_back(alias);
      if (r_.keep_mentions) x_->mentions.push_back(std::move(out));
    }
  }
}

void Engine::BuildOutput() {
  const std::string& text = x_->article.text;
  std::map<std::string, size_t>& index = entity_index_;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (const PendingRelation& p : relations_) {
    if (!index.count(p.s) || !index.count(p.o)) {
      // an argument known only through an implicit destination or a title
      for (const std::string& id : {p.s, p.o}) {
        if (index.count(id)) continue;
        const Actor* a = r_.dict.Find(id);
        if (!a || a->kind == "location") continue;
        Entity e;
        e.id = id;
        e.name = a->name;
        e.kind = a->kind;
        index[id] = x_->entities.size();
        x_->entities.push_back(e);
      }
      if (!index.count(p.s) || !index.count(p.o)) continue;
    }
    std::string s = p.s, o = p.o;
    if (p.p == "meets" && o < s) std::swap(s, o);
    if (!seen.insert({s, p.p, o}).second) continue;
    Relation r;
    r.subject = p.s;
    r.predicate = p.p;
    r.object = p.o;
    const Sentence& sent = x_->sentences[p.sent];
    r.span = sent.span;
    r.sentence = text.substr(sent.span.begin, sent.span.end - sent.span.begin);
    r.rule = p.rule;
    r.confidence = p.conf;
    x_->relations.push_back(std::move(r));
  }
}

}  // namespace

void RunEngine(const Resources& res, Extraction* x, std::string* trace) {
  Engine engine(res, x, trace != nullptr);
  engine.Run(trace);
}

}  // namespace kzgraph::extract
