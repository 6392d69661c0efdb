// The extraction engine's internals, shared by its files: the per-sentence
// state and the Engine class. engine.cc drives it; engine_mentions.cc and
// engine_discovery.cc find mentions, engine_coref.cc resolves them,
// engine_args.cc finds relation arguments, engine_frames*.cc and
// engine_rules.cc emit relations.
#ifndef KZGRAPH_SRC_EXTRACT_ENGINE_INTERNAL_H_
#define KZGRAPH_SRC_EXTRACT_ENGINE_INTERNAL_H_

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/engine.h"

namespace kzgraph::extract::internal {

// A string equal to a C string, inlined: libstdc++ 12 goes through
// string::compare, a memcmp call for every comparison even when the lengths
// differ, and the rules compare kinds, frames and folds with literals
// hundreds of thousands of times per megabyte. Found by unqualified lookup
// from the engine's files and preferred to std's template (a non-template
// with the same conversions); `!=` and the reversed forms are rewritten to it.
[[gnu::always_inline]] inline bool operator==(const std::string& a, const char* b) {
  const size_t n = __builtin_strlen(b);  // a constant for a literal
  return a.size() == n && __builtin_memcmp(a.data(), b, n) == 0;
}

// One actor mention over words [b, e) of a sentence.
struct Men {
  int b = 0, e = 0;
  std::string id, kind, rule;
  bool adj = false;                // a nationality adjective ("troupes russes")
  bool pronoun = false;            // il/elle/lui: resolved when used
  bool plural = false;             // ils/elles/they: the actors of the speech verb
  bool implied = false;            // the country of a title ("le président russe"): entity only
  std::string role, rel, of;       // for title mentions
  bool state_office = false;       // "porte-parole du gouvernement": an office of a state
  std::vector<std::string> group;  // "both generals": the persons it stands for
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
  uint64_t hit_classes = 0;  // bit cls: some word starts a phrase of class cls (HitLen > 0)
  std::vector<Men> men;
  std::vector<std::string> log;
  std::string speaker;                // subject of the sentence's speech verb, or "selon X"
  std::vector<std::string> speakers;  // all of them when coordinated ("X and Y said")
  bool shouting = false;              // written in capitals: no name discovery
  int speaker_pos = -1;

  // Empties it for another sentence, keeping the vectors' memory (every
  // field above is reset here).
  void Clear() {
    index = 0;
    span = Span();
    w.clear();
    bits.clear();
    at.clear();
    inq.clear();
    lex.clear();
    hit_len.clear();
    dict.clear();
    hit_classes = 0;
    men.clear();
    log.clear();
    speaker.clear();
    speakers.clear();
    shouting = false;
    speaker_pos = -1;
  }
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

// A person named in an earlier sentence, for descriptions and plural
// references ("le vétéran socialiste", "both generals").
struct RecentPerson {
  std::string id;
  uint32_t sent = 0;
  bool ranked = false;  // named with a military rank ("Gen. Burhan")
};

// One Frame call: the trigger's words [t, te), its verb group start and its
// lexicon entry, shared by the functions of each frame family.
struct FrameCall {
  int t, te, vb;
  const LexEntry& e;
  Form form;
  const std::string& type;
  const std::string& frame;
  const std::string& preps;
  const std::string& rule;
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
  // Whether any word of the sentence starts a phrase of class cls: a rule
  // that needs one skips a sentence without it in one test.
  bool AnyHit(const Sent& s, int cls) const { return s.hit_classes >> cls & 1; }
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
  [[gnu::always_inline]] bool Fold(const Sent& s, int i, const char (&f)[N]) const {
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
  bool TryStateNoun(Sent& s, int i, int* next);
  int StateNounAt(const Sent& s, int k) const;
  std::string StateHeadedBy(const Men& m) const;
  bool TryInstitution(Sent& s, int i, int* next);
  std::string InstitutionId(const std::string& country, const std::string& name) const;
  void ResolveInstitutions();
  bool TryMedia(Sent& s, int i, int* next);
  bool TryDict(Sent& s, int i, int* next);
  bool PlaceOnly(const Sent& s, int i, int e, const NameInfo& name) const;
  bool ChairedNationalBody(const Sent& s, int i, int e, const std::string& id,
                           std::string* generic) const;
  std::string PersonCountryBefore(const Sent& s, int limit) const;
  bool TryDiscoverOrg(Sent& s, int i, int* next);
  bool TryDiscoverPerson(Sent& s, int i, int* next);
  bool TryDiscoveredAcronym(Sent& s, int i, int* next);
  int AcronymAfter(const Sent& s, int e) const;
  int CountryAdjectiveAt(const Sent& s, int i, std::string* id) const;
  // The word at k after a state noun ("gouvernement", "authorities")
  // qualifies it or makes it qualify another noun: not the state acting.
  bool StateNounQualified(const Sent& s, int k) const;
  int NameRun(const Sent& s, int i) const;
  // A noun that names a person: kinship, profession, membership ("neveu",
  // "researcher", "membre").
  bool IsPersonNoun(const Sent& s, int i) const;
  // A dictionary organization's name starts at i.
  bool DictOrgAt(const Sent& s, int i) const;
  // A lower-case French adjective by its ending ("démocratique", "citoyenne").
  bool LooksAdjective(const Sent& s, int i) const;
  // Consecutive ranks at i ("Colonel General", "Major General"): their words.
  int RankRun(const Sent& s, int i) const;
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
  // Descriptions and plural references to persons named in the sentences
  // before (engine_coref.cc): called before a sentence's relations.
  void ResolvePersonReferences(Sent& s);
  // Remembers the persons a sentence named, after its relations.
  void RememberPersons(const Sent& s);
  // "L'OTSC a annoncé ... Elle a dépêché", "Russia ... It accused": a
  // subject pronoun opening a sentence stands for the organization or
  // country subject of the sentence before when it agrees (engine_coref.cc).
  void ResolveActorPronouns(Sent& s);
  // French gender ('m', 'f', 0 unknown) and number of a mention as written:
  // its article, else its head noun ("l'Organisation", "l'OTSC").
  char FrenchGender(const Sent& s, const Men& m, bool* plural) const;
  // The gender= of a gender_head word of coref.tsv (0: none).
  char HeadGender(const std::string& fold) const;
  // Puts m among the sentence's mentions in word order.
  void InsertMention(Sent& s, Men m);

  // --- relations ---
  void Relations(Sent& s);
  void Emit(Sent& s, const std::vector<std::string>& subj, const std::string& pred,
            const std::vector<std::string>& obj, const std::string& rule, double conf);
  std::string Blocked(const Sent& s, int vb, int te, Form form) const;
  int VerbGroupStart(const Sent& s, int t) const;
  bool IsComplement(const Sent& s, const Men& m) const;
  // The mention only places the event: "in Niamey", "en Pologne", "à Moscou".
  bool InPlacePhrase(const Sent& s, const Men& m) const;
  bool IsOrganOf(const Sent& s, const Men& m) const;
  std::vector<std::string> Subject(Sent& s, int t, std::string* how);
  std::vector<std::string> MainSubject(const Sent& s, int limit) const;
  std::string SubjectOrgBefore(const Sent& s, int limit) const;
  // The country of a fronted place adjunct ending before `limit` ("À
  // Washington, ...", "In Kyiv, ..."); "" if the sentence opens otherwise.
  std::string FrontedPlaceCountry(const Sent& s, int limit) const;
  // A title of a state's government (president, prime minister, minister),
  // not of a body: "le président" yes, "le chef" no.
  bool IsStateTitle(const Sent& s, int i, const std::string& role) const;
  bool InheritsSubject(const Sent& s, int t, int vb, Form form) const;
  std::vector<std::string> Expand(const Sent& s, int mi, int dir, bool allow_adj = true) const;
  std::vector<std::string> NP(const Sent& s, int i, int depth = 0, bool allow_adj = true) const;
  std::vector<std::string> Object(const Sent& s, int i, const std::string& preps,
                                  int* end = nullptr) const;
  std::vector<std::string> Agent(const Sent& s, int from, int window) const;
  std::vector<std::string> FrenchAgents(const Sent& s, int k) const;
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
  void Missing(Sent& s, const FrameCall& f, const char* what);
  void MemberFrame(Sent& s, const FrameCall& f);
  void SvoFrame(Sent& s, const FrameCall& f, std::vector<std::string>* subject,
                std::string* how_found);
  void ClauseFrame(Sent& s, const FrameCall& f, std::vector<std::string>* subject,
                   std::string* how_found);
  void Fallback(Sent& s, int t, int len, const LexEntry& e, Form form);
  // A trigger whose frame matched nothing (engine_backoff.cc).
  void Backoff(Sent& s, int t, int len, const LexEntry& e, Form form);
  void TroopRule(Sent& s);
  std::string TroopsNegated(const Sent& s, int i, int after) const;
  bool LooksParticiple(const Sent& s, int t, int te) const;
  void WrongdoingRule(Sent& s);
  void LabelRule(Sent& s);
  void RecordEventAuthors(Sent& s);
  std::vector<std::string> EventAuthor(const Sent& s, int i) const;
  // Stance targets (engine_stance.cc).
  // The length of the stance_word phrase at i whose role= is `role` (0: none).
  int StanceWordAt(const Sent& s, int i, const char* role) const;
  int SkipManner(const Sent& s, int k) const;
  std::vector<std::string> StanceObject(const Sent& s, int te, const std::string& type,
                                        const std::string& preps,
                                        const std::vector<std::string>& subj,
                                        std::string* how) const;
  bool ObjectRelative(const Sent& s, int vb, std::vector<std::string>* subj,
                      std::vector<std::string>* obj) const;
  void RecordActAuthors(Sent& s);
  void CommitActAuthors(const Sent& s);
  void ArmsRule(Sent& s);
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
  std::string last_separatists_;  // the separatists last named with their region
  std::string last_rebel_org_;    // the armed group last named with "rebels" in its name
  std::string last_met_person_;   // the person last met, called or received  // the last treaty
                                  // organization or alliance named
  std::string last_person_;
  std::string last_named_person_;    // the person mentioned last ("celui-ci")
  std::string prev_subject_org_;     // previous sentence's subject, if an organization or country
  std::string prev_subject_office_;  // the body of the office of the previous subject, a person
  bool focus_clear_ = false;         // the focus country is named far more than any other
  // The country of the dictionary persons named with a bare state title so
  // far ("le président Tokaïev" -> Kazakhstan): the article's own state,
  // unless two such countries were met (conflict).
  std::string bare_title_country_;
  bool bare_title_conflict_ = false;
  std::map<std::string, std::string> bindings_;  // "role|of" -> person id
  std::vector<PendingRelation> relations_;
  std::string focus_;
  std::string headline_;  // the first country of the headline
  // institution name -> (id, country) as last named ("Sudan's army")
  std::map<std::string, std::pair<std::string, std::string>> last_institution_;
  FoldTable<size_t> entity_index_;  // entity id -> index in x_->entities + 1 (0: none)
  std::string last_dest_;           // the last explicit troop destination
  uint32_t dest_sentence_ = 0;
  std::map<std::string, std::string> discovered_acronyms_;  // "TPLF" -> its node id
  // Institution names that stand only for a body the dictionary knows ("junta").
  std::set<std::string> known_only_institutions_;
  std::string frame_missing_;  // the argument the last Frame call lacked ("" if none)
  // The author of the military or repressive act named last with its author
  // ("US and British jets struck Yemen"): "the strikes" later refers to it.
  std::vector<std::string> event_author_;
  uint32_t event_author_sent_ = 0;
  std::vector<RecentPerson> recent_persons_;  // oldest first, each person once
  // The author of the decision or measure reported last ("Paris a donné son
  // accord"): "cette décision" later refers to it.
  std::vector<std::string> act_author_;
  uint32_t act_author_sent_ = 0;
  std::vector<std::pair<int, std::vector<std::string>>> acts_here_;  // this sentence's
  std::vector<std::string> arms_recipient_;  // the last named recipient of arms
  uint32_t arms_recipient_sent_ = 0;
};

}  // namespace kzgraph::extract::internal

#endif  // KZGRAPH_SRC_EXTRACT_ENGINE_INTERNAL_H_
