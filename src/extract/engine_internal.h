// The extraction engine's internals, shared by its files: the per-sentence
// state and the Engine class. engine.cc drives it; engine_mentions.cc and
// engine_discovery.cc find mentions, engine_coref.cc resolves them,
// engine_args.cc finds relation arguments, engine_frames*.cc and
// engine_rules.cc emit relations.
#ifndef KZGRAPH_SRC_EXTRACT_ENGINE_INTERNAL_H_
#define KZGRAPH_SRC_EXTRACT_ENGINE_INTERNAL_H_

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/engine.h"
#include "extract/stance_roles.h"
#include "extract/words.h"

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

// Sets *out to a literal with its length known here: std::string's
// operator= of a C string, out of line, measures it at run time.
template <size_t N>
inline void SetTo(std::string* out, const char (&literal)[N]) {
  out->assign(literal, N - 1);
}

// Whether `item` is one of the '|'-separated values of a lexicon attribute
// ("critiques|condamnation|colère").
inline bool ListHas(std::string_view list, std::string_view item) {
  while (!list.empty()) {
    const size_t bar = list.find('|');
    if (list.substr(0, bar) == item) return true;
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
  return false;
}

// Whether a word's fold is one of the '|'-separated words of a lexicon
// attribute as written ("from|by|de", "à|contre"): each is folded first.
inline bool ListHasWord(std::string_view list, const std::string& fold) {
  while (!list.empty()) {
    const size_t bar = list.find('|');
    const std::string_view item = list.substr(0, bar);
    // Lower-case ASCII letters, digits and '_' fold to themselves: compared
    // as written, with no folded copy ("with", "from"; "à" is folded).
    const bool plain = std::all_of(item.begin(), item.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (plain ? item == fold : FoldWord(item) == fold) return true;
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
  return false;
}

// The stance types: accuses, criticizes, supports, warns.
inline bool IsStanceType(const std::string& p) {
  return p == "accuses" || p == "criticizes" || p == "supports" || p == "warns";
}

// The text of a string literal (static storage), kept as a view: a
// mention's rule is one of a few dozen literals, and a Men is made, copied,
// moved and dropped several times per mention, where a std::string copied
// (or allocated) its bytes each time. Compares and concatenates as text.
// Made only from a literal (a char array); a choice between literals is
// written `c ? LiteralText("x") : LiteralText("yz")`.
class LiteralText {
 public:
  constexpr LiteralText() = default;
  template <size_t N>
  constexpr LiteralText(const char (&literal)[N])  // NOLINT(google-explicit-constructor)
      : text_(literal, N - 1) {}
  operator std::string_view() const { return text_; }  // NOLINT(google-explicit-constructor)
  std::string str() const { return std::string(text_); }
  bool empty() const { return text_.empty(); }
  size_t size() const { return text_.size(); }
  size_t find(std::string_view part, size_t pos = 0) const { return text_.find(part, pos); }
  int compare(size_t pos, size_t n, std::string_view other) const {
    return text_.compare(pos, n, other);
  }
  template <size_t N>
  [[gnu::always_inline]] friend bool operator==(const LiteralText& a, const char (&b)[N]) {
    return a.text_.size() == N - 1 && __builtin_memcmp(a.text_.data(), b, N - 1) == 0;
  }
  friend bool operator==(const LiteralText& a, const LiteralText& b) { return a.text_ == b.text_; }
  friend bool operator==(const LiteralText& a, const std::string& b) { return a.text_ == b; }
  friend std::string operator+(std::string a, const LiteralText& b) {
    a.append(b.text_);
    return a;
  }
  friend std::string operator+(const LiteralText& a, const std::string& b) {
    return std::string(a.text_) + b;
  }
  friend std::string operator+(const LiteralText& a, const char* b) {
    return std::string(a.text_) + b;
  }

 private:
  std::string_view text_;
};

// A mention's kind ("person", "country", "organization", ...): one of a
// handful of words, kept as a pointer to the one shared copy of its text,
// so that a Men's kind is set, copied, moved and dropped with no string
// work. It reads as a const std::string& wherever one is asked for.
class KindText {
 public:
  KindText() : text_(&Interned({})) {}
  // From a literal too where a choice makes one ("x ? "country" : m.kind").
  KindText(const char* kind)  // NOLINT(google-explicit-constructor)
      : text_(&Interned(kind)) {}
  KindText& operator=(const std::string& kind) {
    text_ = &Interned(kind);
    return *this;
  }
  template <size_t N>
  [[gnu::always_inline]] KindText& operator=(const char (&kind)[N]) {
    text_ = &Interned(std::string_view(kind, N - 1));
    return *this;
  }
  operator const std::string&() const { return *text_; }  // NOLINT(google-explicit-constructor)
  const std::string& str() const { return *text_; }
  bool empty() const { return text_->empty(); }
  void clear() { text_ = &Interned({}); }
  // One copy per text: equal kinds are the same copy.
  friend bool operator==(const KindText& a, const KindText& b) { return a.text_ == b.text_; }
  [[gnu::always_inline]] friend bool operator==(const KindText& a, const char* b) {
    const size_t n = __builtin_strlen(b);  // a constant for a literal
    return a.text_->size() == n && __builtin_memcmp(a.text_->data(), b, n) == 0;
  }
  friend bool operator==(const KindText& a, const std::string& b) { return *a.text_ == b; }
  friend std::string operator+(std::string a, const KindText& b) { return a += *b.text_; }
  friend std::string operator+(const KindText& a, const std::string& b) { return *a.text_ + b; }
  friend std::string operator+(const KindText& a, const char* b) { return *a.text_ + b; }

 private:
  // The shared copy of `kind`: the actor kinds (each of its own length)
  // without a lookup, any other text (a lexicon's kind=) from a table that
  // only grows.
  [[gnu::always_inline]] static const std::string& Interned(std::string_view kind) {
    switch (kind.size()) {
      case 0:
        return kKinds[0];
      case 7:
        if (__builtin_memcmp(kind.data(), "country", 7) == 0) return kKinds[1];
        break;
      case 12:
        if (__builtin_memcmp(kind.data(), "organization", 12) == 0) return kKinds[2];
        break;
      case 6:
        if (__builtin_memcmp(kind.data(), "person", 6) == 0) return kKinds[3];
        break;
      case 5:
        if (__builtin_memcmp(kind.data(), "group", 5) == 0) return kKinds[4];
        break;
      case 8:
        if (__builtin_memcmp(kind.data(), "location", 8) == 0) return kKinds[5];
        break;
    }
    return InternedOther(kind);
  }
  static constinit const std::string kKinds[6];  // no dynamic initialisation
  static const std::string& InternedOther(std::string_view kind);
  const std::string* text_;
};

// Whether `kind` is one of the kinds that act and are acted on in a
// relation: a country, an organization, a person or a group (not a place,
// not an unresolved word).
inline bool IsPartyKind(std::string_view kind) {
  return kind == "country" || kind == "organization" || kind == "person" || kind == "group";
}
inline bool IsPartyKind(const KindText& kind) { return IsPartyKind(kind.str()); }

// One actor mention over words [b, e) of a sentence.
struct Men {
  int b = 0, e = 0;
  std::string id;
  KindText kind;
  LiteralText rule;                // the rule that found it ("dict:alias"): always a literal
  bool adj = false;                // a nationality adjective ("troupes russes")
  bool pronoun = false;            // il/elle/lui: resolved when used
  bool plural = false;             // ils/elles/they: the actors of the speech verb
  bool implied = false;            // the country of a title ("le président russe"): entity only
  std::string role, rel, of;       // for title mentions
  bool state_office = false;       // "porte-parole du gouvernement": an office of a state
  std::vector<std::string> group;  // "both generals": the persons it stands for
  // The dictionary actor a dictionary mention was found as: a hint that
  // ActorOf checks against id (rules may rewrite id), sparing a lookup.
  int actor = -1;

  Men() = default;
  Men(const Men&) = default;
  Men& operator=(const Men&) = default;
  Men& operator=(Men&&) = default;
  // Moves skip the empty strings (role, rel, of mostly): moving a short
  // string copies its buffer with a memcpy call, about seven per mention
  // added; an empty one needs nothing.
  Men(Men&& o) noexcept
      : b(o.b),
        e(o.e),
        kind(o.kind),
        rule(o.rule),
        adj(o.adj),
        pronoun(o.pronoun),
        plural(o.plural),
        implied(o.implied),
        state_office(o.state_office),
        group(std::move(o.group)),
        actor(o.actor) {
    for (auto [from, to] :
         {std::pair{&o.id, &id}, {&o.role, &role}, {&o.rel, &rel}, {&o.of, &of}}) {
      if (!from->empty()) *to = std::move(*from);
    }
  }
};
// A field added to Men belongs in its move constructor too (then update this).
static_assert(sizeof(Men) == 208, "Men changed: check Men(Men&&)");

constexpr int kMaxClasses = 64;  // the lexicon registers at most 64 classes

struct Sent {
  uint32_t index = 0;
  Span span;
  std::vector<Word> w;
  uint32_t word_count = 0;  // w.size(), set with w: Engine::InSent reads it
  std::vector<uint64_t> bits;
  std::vector<int> at;                          // word -> mention covering it (-1)
  std::vector<char> inq;                        // word inside quotation marks
  std::vector<const PhraseIndex::Bucket*> lex;  // lexicon phrases starting at each word
  std::vector<int8_t>
      hit_len;  // longest lexicon phrase per word and class: word * kMaxClasses + class
  std::vector<PhraseIndex::Match> dict;  // longest dictionary phrase at each word
  // Per word, bit cls: hit_len of that word and class > 0 (HitLen > 0): a
  // scan asking many classes of one word tests them at once.
  std::vector<uint64_t> hit_mask;
  uint64_t hit_classes = 0;   // bit cls: some word starts a phrase of class cls (HitLen > 0)
  uint64_t word_classes = 0;  // bit cls: some word is of class cls (Is), hashtags included
  std::vector<Men> men;
  // Actors named inside another's name ("l'ONU" in "le Conseil de sécurité
  // de l'ONU", "China" in "China's foreign ministry"): entities of the page
  // that no rule reads.
  std::vector<Men> entity_only;
  std::vector<std::string> log;
  std::string speaker;                // subject of the sentence's speech verb, or "selon X"
  std::vector<std::string> speakers;  // all of them when coordinated ("X and Y said")
  bool shouting = false;              // written in capitals: no name discovery
  int speaker_pos = -1;
  bool has_bracket = false;  // a "(" in the sentence (set with the words' classes)
  // The person its opening subject pronoun stands for, and that pronoun
  // ("he"), for the next sentence's opening pronoun (engine_coref.cc).
  std::string opening_pronoun_id, opening_pronoun;
  // The words starting a trigger / a stance_word phrase / a speech or
  // according phrase, ascending (set with hit_len): the per-word scans of
  // those classes visit only these.
  std::vector<int> trigger_at, stance_word_at, speech_at;
  // The stance_word Hits looked up so far, and for each word the index of
  // its Hit there (-1: not yet; sized on first use): several rules read the
  // roles of the same words (Engine::StanceHit).
  mutable std::vector<Lexicon::Hit> stance_hits;
  mutable std::vector<int> stance_hit_of;
  // The roles of each of those Hits (same index): StanceWordAt reads a bit.
  mutable std::vector<StanceRoleSet> stance_role_sets;
  // Whether the sentence names an organization in two words or more, whose
  // head word a later "ce Conseil" may stand for (ResolveShortNames): 1 yes,
  // 0 no, -1 not yet known.
  mutable int8_t long_org = -1;
  // Whether a word of praise (stance_word role=praise_label) starts somewhere
  // in the sentence: 1 yes, 0 no, -1 not yet known (s11stance QualifyPraise).
  mutable int8_t praise_label = -1;
  // VerbGroupStart of each word (-1: not yet; sized on first use), while
  // the sentence's relations run and its mentions no longer change
  // (verb_groups_final, set and reset by Relations).
  mutable std::vector<int> verb_group_start;
  bool verb_groups_final = false;

  // Empties it for another sentence, keeping the vectors' memory (every
  // field above is reset here).
  void Clear() {
    index = 0;
    span = Span();
    w.clear();
    word_count = 0;
    bits.clear();
    at.clear();
    inq.clear();
    lex.clear();
    hit_len.clear();
    dict.clear();
    hit_mask.clear();
    hit_classes = 0;
    word_classes = 0;
    men.clear();
    entity_only.clear();
    log.clear();
    speaker.clear();
    speakers.clear();
    shouting = false;
    speaker_pos = -1;
    has_bracket = false;
    opening_pronoun_id.clear();
    opening_pronoun.clear();
    trigger_at.clear();
    stance_word_at.clear();
    speech_at.clear();
    stance_hits.clear();
    stance_hit_of.clear();
    stance_role_sets.clear();
    long_org = -1;
    praise_label = -1;
    verb_group_start.clear();
    verb_groups_final = false;
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

// Where the search for a trigger's predicate word (then=) starts after the
// trigger ending before te: past an incise between commas right after it
// (engine_frames.cc).
int ThenSearchStart(const Sent& s, int te);

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
  // "Blinken, à qui il a demandé": the indirect relative's head (-1: none)
  // and its preposition, folded.
  int rel_head = -1;
  std::string rel_prep;
  // Whether that head is the argument the frame's preposition `prep`
  // introduces ("à|au|aux", "with").
  bool RelativeFits(const std::string& preps) const {
    if (rel_head < 0) return false;
    if (rel_prep == "a" || rel_prep == "to")
      return preps.find("à") != std::string::npos || preps.find("au") != std::string::npos ||
             preps.find("to") != std::string::npos;
    return preps.find(rel_prep) != std::string::npos;
  }
};

class Engine {
 public:
  Engine(const Resources& r, Extraction* x, bool tracing)
      : r_(r), c_(r.cls), x_(x), tracing_(tracing) {}
  void Run(std::string* trace);

 private:
  // --- words ---
  // Whether i is a word of the sentence: one unsigned test of a cached
  // count (negative i wraps above it), where i >= 0 && i < s.w.size() took
  // two tests and the vector's size computed again at each of the many calls.
  static bool InSent(const Sent& s, int i) { return static_cast<uint32_t>(i) < s.word_count; }
  bool Is(const Sent& s, int i, int cls) const { return InSent(s, i) && (s.bits[i] >> cls & 1); }
  // A negation word at i, in either language: "not", "no", "ne", "pas", "jamais".
  bool NegationAt(const Sent& s, int i) const {
    return Is(s, i, c_.neg_en) || Is(s, i, c_.neg_after) || Is(s, i, c_.neg_ne);
  }
  int HitLen(const Sent& s, int i, int cls) const {
    if (!InSent(s, i) || s.lex[i] == nullptr) return 0;
    return s.hit_len[static_cast<size_t>(i) * kMaxClasses + cls];
  }
  // HitLen for a word known to be in the sentence (0 <= i < s.w.size()):
  // for the per-word scans, without the bounds tests.
  int WordHitLen(const Sent& s, int i, int cls) const {
    return s.lex[i] == nullptr ? 0 : s.hit_len[static_cast<size_t>(i) * kMaxClasses + cls];
  }
  // Whether any word of the sentence starts a phrase of class cls: a rule
  // that needs one skips a sentence without it in one test.
  bool AnyHit(const Sent& s, int cls) const { return s.hit_classes >> cls & 1; }
  // The first position at or after i in `at` (ascending), n when none; *h is
  // the scan's cursor in `at`, starting at 0.
  static int NextAt(const std::vector<int>& at, size_t* h, int i, int n) {
    while (*h < at.size() && at[*h] < i) ++*h;
    return *h < at.size() ? at[*h] : n;
  }
  // Whether any word of the sentence is of class cls (Is true somewhere).
  bool AnyIs(const Sent& s, int cls) const { return s.word_classes >> cls & 1; }
  Lexicon::Hit LexAt(const Sent& s, int i, int cls) const {
    const int len = HitLen(s, i, cls);
    if (len == 0) return Lexicon::Hit();
    if (len == 1) {
      // No longer phrase of cls starts here (hit_len says so): its entries
      // are the word's one-word ones, read as from a sentence of that one
      // word, where Longest tries none of the bucket's longer phrases.
      Word& one = one_word_[0];
      one.word = s.w[i].word;
      one.hashtag = s.w[i].hashtag;
      return r_.lex.Longest(one_word_, 0, cls, s.lex[i]);
    }
    return r_.lex.Longest(s.w, i, cls, s.lex[i]);
  }
  // The dictionary actor of m.id, or null: m.actor when it still names
  // m.id (ids are unique in the dictionary), else a lookup by id.
  const Actor* ActorOf(const Men& m) const {
    if (m.actor >= 0) {
      const Actor& a = r_.dict.actors()[m.actor];
      if (a.id == m.id) return &a;
    }
    return r_.dict.Find(m.id);
  }
  const PhraseIndex::Match& DictAt(const Sent& s, int i) const {
    static const PhraseIndex::Match kNone;
    if (!InSent(s, i)) return kNone;
    return s.dict[i];
  }
  // An auxiliary as written: "a" folds like the preposition "à", which is none.
  bool IsAuxWord(const Sent& s, int i) const {
    if (!Is(s, i, c_.aux)) return false;
    // In English "a" is the article: "X, a spokesman for Y, said" has no verb.
    if (s.w[i].fold == "a" && x_->article.lang == "en") return false;
    return !(s.w[i].fold == "a" &&
             static_cast<unsigned char>(x_->article.text[s.w[i].span.begin]) == 0xC3);
  }
  bool P(const Sent& s, int i, char p) const { return InSent(s, i) && s.w[i].punct == p; }
  // "La Grèce a, dans un communiqué, dénoncé X", "Greece has, in a
  // statement, condemned X": a verb group starting at vb right after the
  // comma closing an incise that opened after an auxiliary continues that
  // auxiliary's clause; it is no inverted attribution (s9stance).
  bool SplitAfterAux(const Sent& s, int vb) const {
    if (!P(s, vb - 1, ',') || IsAuxWord(s, vb)) return false;
    for (int k = vb - 2; k >= 1 && k >= vb - 10; --k) {
      if (P(s, k, ',')) return IsAuxWord(s, k - 1);
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, '>') || P(s, k, '"'))
        return false;
    }
    return false;
  }
  // A word's fold as a literal, checked when compiled: folds are lower case
  // with no accents (words.h), so "à" or "fidèle" would never match a word;
  // write "a" (FoldAccented to require the accent) or "fidele". Its length
  // is known at compile time: no strlen per call.
  struct FoldLiteral {
    template <size_t N>
    consteval FoldLiteral(const char (&f)[N]) : text(f), size(N - 1) {
      for (size_t k = 0; k + 1 < N; ++k)
        if (static_cast<unsigned char>(f[k]) >= 0x80 || (f[k] >= 'A' && f[k] <= 'Z'))
          throw "a fold literal is lower case, with no accents";
    }
    const char* text;
    size_t size;
  };
  [[gnu::always_inline]] bool Fold(const Sent& s, int i, FoldLiteral f) const {
    if (!InSent(s, i)) return false;
    const std::string& w = s.w[i].fold;
    return w.size() == f.size && std::char_traits<char>::compare(w.data(), f.text, f.size) == 0;
  }
  // An English genitive after the owner's last word e - 1 ("Russia's",
  // "Putin ' s"): true when its "s" is word e. The tokenizer drops the
  // apostrophe (words.cc), so "Russia's" is `russia` (elided) `s` and a
  // spaced "Putin ' s" is `putin` `s`: no apostrophe word to step over.
  bool GenitiveS(const Sent& s, int e) const { return Fold(s, e, "s"); }
  // A head's own government, which stands for his state: "Macron's
  // government", "le gouvernement de Kiir", "the Biden administration".
  bool HeadGovernmentAt(const Sent& s, int k) const {
    return Fold(s, k, "government") || Fold(s, k, "gouvernement") || Fold(s, k, "administration") ||
           Fold(s, k, "regime") || Fold(s, k, "cabinet");
  }
  // The object of an interrogation verb (lexicon bare=not_person) read
  // from word j, past its determiner: a person named alone ("police
  // questioned Odinga"; "Odinga's motives" is judged, not interrogated) or a
  // person noun an actor owns or qualifies ("Trump's lawyer", "a Russian
  // soldier", role=interrogated_person). True: no stance edge to it.
  bool InterrogatedObjectAt(const Sent& s, int j) const;
  // An event that befalls the actor named after it, at word k, with its
  // "de"/"of": "l'assassinat de X", "the death of X" (stance_word
  // role=victim_event). True: that actor is the event's victim, no stance
  // object.
  bool VictimEventAt(const Sent& s, int k) const;
  // Fold written with an accent in the text: the word is longer in bytes
  // than its fold ("à" folds like the auxiliary "a", "où" like "ou").
  bool FoldAccented(const Sent& s, int i, FoldLiteral f) const {
    return Fold(s, i, f) && s.w[i].span.end - s.w[i].span.begin > f.size;
  }
  std::string Surface(const Sent& s, int b, int e) const {
    if (b >= e) return "";
    return x_->article.text.substr(s.w[b].span.begin, s.w[e - 1].span.end - s.w[b].span.begin);
  }
  // A word that starts with a digit: "2,000" is `2` `,` `000`, "the
  // 14-nation bloc" `14` `nation`. (isdigit is '0'-'9' in every locale: no
  // call for it.)
  bool DigitWordAt(const Sent& s, int i) const {
    return InSent(s, i) && s.w[i].word && s.w[i].fold[0] >= '0' && s.w[i].fold[0] <= '9';
  }
  bool IsNameWord(const Sent& s, int i) const {
    if (!InSent(s, i)) return false;
    const Word& w = s.w[i];
    return w.word && w.upper_initial && !w.hashtag && !Is(s, i, c_.not_name) && !w.abbrev &&
           !DigitWordAt(s, i);
  }
  bool IsAdverb(const Sent& s, int i) const {
    if (Is(s, i, c_.adverb)) return true;
    if (!InSent(s, i) || !s.w[i].word) return false;
    const std::string& f = s.w[i].fold;
    return (f.size() > 6 && f.compare(f.size() - 4, 4, "ment") == 0 && f != "gouvernement" &&
            f != "parlement" && f != "mouvement" && f != "deploiement" && f != "engagement" &&
            f != "document" && f != "element" && f != "moment" && f != "armement") ||
           (f.size() > 4 && f.compare(f.size() - 2, 2, "ly") == 0 &&
            s.w[i].upper_initial == false && f != "italy" && f != "only" && f != "family" &&
            f != "ally" && f != "rally");
  }
  // Inlined everywhere: the big rule files spend their inlining budget
  // before reaching this two-test loop.
  [[gnu::always_inline]] int SkipDet(const Sent& s, int i) const {
    while (i < static_cast<int>(s.w.size()) && (Is(s, i, c_.det) || P(s, i, '<') || P(s, i, '"')))
      ++i;
    return i;
  }
  // The word before k, past the determiners right before k ("in the", "chose
  // the"): -1 if none.
  int BeforeDets(const Sent& s, int k) const {
    int p = k - 1;
    while (p >= 0 && Is(s, p, c_.det)) --p;
    return p;
  }
  // The first word of the clause ending before vb, past its determiners:
  // the clause opens after the sentence's start, a comma, a colon or a
  // semicolon, at most 13 words back (the subject of a verb at vb).
  int ClauseSubjectStart(const Sent& s, int vb) const {
    int b = vb - 1;
    while (b >= 0 && b > vb - 14 && !P(s, b, '.') && !P(s, b, ';') && !P(s, b, ':') &&
           !P(s, b, ','))
      --b;
    return SkipDet(s, b + 1);
  }
  // A common word inside a noun phrase ("growing", "ordre", "historique"):
  // lower case, in no mention, and no preposition, auxiliary, relative
  // pronoun or conjunction, which would end the phrase.
  bool PlainWord(const Sent& s, int q) const {
    return q >= 0 && q < static_cast<int>(s.w.size()) && s.w[q].word && !s.w[q].upper_initial &&
           MentionAt(s, q) < 0 && !Is(s, q, c_.prep) && !Is(s, q, c_.prep_de) &&
           !Is(s, q, c_.aux) && !Is(s, q, c_.que) && !Is(s, q, c_.qui) && !Is(s, q, c_.coord);
  }
  // A modifier marking a past office holder before a title ("l'ancien
  // président", "its former chairman"). An outgoing holder ("the outgoing
  // envoy", "le président sortant") is still in office, as the golds read it;
  // a holder to come ("NATO's incoming secretary general", "le futur
  // chancelier", "la prochaine présidente") is not yet.
  bool FormerHolderWord(const Sent& s, int q) const {
    return Fold(s, q, "ancien") || Fold(s, q, "ancienne") || Fold(s, q, "former") ||
           Fold(s, q, "ex") || Fold(s, q, "late") || Fold(s, q, "feu") ||
           Fold(s, q, "incoming") || Fold(s, q, "future") || Fold(s, q, "futur") ||
           Fold(s, q, "prochain") || Fold(s, q, "prochaine");
  }
  // s10roles: words b..e-1 are all adverbs (at least one): "X, now deputy
  // head of Y", "X, currently chairman of Y" keep an English apposition.
  bool AdverbsOnly(const Sent& s, int b, int e) const {
    if (b >= e) return false;
    for (int q = b; q < e; ++q)
      if (!IsAdverb(s, q) || Fold(s, q, "formerly") || Fold(s, q, "previously")) return false;
    return true;
  }
  // engine_hyphen_modifiers.cc: "U.N.-recognised", "Russian-led", "Moscou-soutenu": an actor's
  // dictionary name at q joined by a hyphen to a lower-case word; the position after
  // that word, q if none.
  int CompoundModifierEnd(const Sent& s, int q) const;
  // engine_hyphen_modifiers.cc: "self-styled", "so-called", "self-proclaimed" at i: two
  // lower-case words joined by a hyphen; the position after them, i if none.
  int HyphenModifierEnd(const Sent& s, int i) const;
  int MentionAt(const Sent& s, int i) const {
    if (!InSent(s, i)) return -1;
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
    return InSent(s, i) && Is(s, i, c_.name_particle) && IsNameWord(s, i + 1) &&
           DictAt(s, i + 1).length == 0;
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
  // engine_body_through_members.cc: "les chefs d'État de la Cedeao", "EU leaders" name the body.
  void BodyThroughMembers(Sent& s);
  // Taken by reference: a Men is eight strings, moved once into s.men.
  int AddMention(Sent& s, Men&& m);
  int AddMention(Sent& s, const Men& m) { return AddMention(s, Men(m)); }
  // A mention that names an entity but is no actor of the sentence's verbs
  // ("le Gambien", the state of a title): Men::implied.
  void AddImpliedMention(Sent& s, int b, int e, const std::string& id, const std::string& kind,
                         LiteralText rule);
  // The same, kept apart from s.men (Sent::entity_only): no rule reads it
  // and AddMention's bookkeeping does not see it.
  void AddEntityOnly(Sent& s, int b, int e, const std::string& id, const std::string& kind,
                     LiteralText rule);
  // "le Conseil de sécurité de l'ONU": the organization named inside the
  // organ's name over [b, e), as an entity only.
  void AddOwnerOfOrgan(Sent& s, int b, int e);
  // "le Gouvernement d'union nationale (GNU)": a dictionary body's whole name
  // followed by an acronym that is not its own names another body.
  bool OtherBodysAcronym(const Sent& s, int i, int end, int dict_len) const;
  // An organization discovered as the words [b, e) themselves (a body's own
  // name next to its class noun); returns its mention's index.
  int AddDiscoveredOrg(Sent& s, int b, int e);
  bool TryHonorific(Sent& s, int i, int* next);
  bool TryRank(Sent& s, int i, int* next);
  bool TryRole(Sent& s, int i, int* next);
  std::string OfficeOfPersonBefore(const Sent& s, int before) const;
  // A plural title between two coordinated lists, states and holders, paired
  // in order (engine_coordinated_titles.cc).
  bool TryCoordinatedTitle(Sent& s, int i, int title_len, int* next);
  // A title's holder named at q: a dictionary person (rule dict:alias), else
  // a run of names read as a new person (discover:title). Its length in
  // words, 0 if none (TryCoordinatedTitle, the plural title's next holders).
  int TitleHolderAt(Sent& s, int q, std::string* id, LiteralText* rule);
  // A country named at c by one of its names, not its adjective, demonym or
  // metonym ("the presidents of Kenya and Uganda"): its length, 0 if none.
  int CountryNameAt(const Sent& s, int c, std::string* id) const;
  bool TryMinistry(Sent& s, int i, int* next);
  bool TryStateNoun(Sent& s, int i, int* next);
  int StateNounAt(const Sent& s, int k) const;
  bool PossessedRelativeSubject(const Sent& s, int q, int comma) const;
  std::string SeatCountryAt(const Sent& s, int k, int* len) const;
  std::string StateHeadedBy(const Men& m) const;
  bool TryInstitution(Sent& s, int i, int* next);
  std::string InstitutionId(const std::string& country, const std::string& name) const;
  // "de"/"of" at k before a plain word: a charge ("accuse l'armée de tuer"), not an owner.
  bool ChargeAfter(const Sent& s, int k) const;
  // "à sa frontière", "to its border", "on their own soil" at k (s9args): a
  // sender's own ground after a place preposition (stance_word role=own_ground).
  bool OwnGroundAt(const Sent& s, int k) const;
  // A city or capital named as a plain verb's direct object ("chose Moscow",
  // "a choisi Pékin"): no subject of a purpose infinitive after it (s9args).
  bool PlaceObjectOfVerb(const Sent& s, const Men& m) const;
  // A mention right after an exception word ("except Hungary", "sauf le
  // Rwanda", "mais pas l'Ukraine"; stance_word role=exception): left out of
  // the subject it follows (s9args).
  bool Excepted(const Sent& s, const Men& m) const;
  // The direct object of a finite trigger verb ("cautioned
  // Israel", "a mis en garde Paris"): no clause subject (s9args).
  bool ObjectOfTriggerVerb(const Sent& s, const Men& m) const;
  // Whether the one actor of subj is, at its last mention before verb group
  // vb, the object of an earlier verb (ObjectOfTriggerVerb).
  bool CoordinatedObject(const Sent& s, int vb, const std::vector<std::string>& subj) const;
  // A relative pronoun right before verb group vb whose head is a noun
  // phrase ("le Cemoc, qui réunit"), not a demonstrative standing for the
  // person talked about ("Celui qui avait accusé", "those who") (s9args).
  bool RelativeOfNamedHead(const Sent& s, int vb) const {
    return Is(s, vb - 1, c_.qui) && !Fold(s, vb - 2, "celui") && !Fold(s, vb - 2, "celle") &&
           !Fold(s, vb - 2, "ceux") && !Fold(s, vb - 2, "celles") && !Fold(s, vb - 2, "one") &&
           !Fold(s, vb - 2, "those");
  }
  // "réunis à Djibouti", "à Singapour" (s9args): a state named after "à" with
  // no article is a city-state or an island, a meeting's venue, no party.
  bool MeetingVenue(const Sent& s, const Men& m) const {
    return m.kind == "country" && !m.adj && FoldAccented(s, m.b - 1, "a");
  }
  // The country a place phrase at k names ("à Niamey", "in Sudan"); its end in *end.
  std::string CountryPlaceAfter(const Sent& s, int k, int* end) const;
  void ResolveInstitutions();
  bool TryMedia(Sent& s, int i, int* next);
  // engine_bodies.cc: "UN experts", "le groupe d'experts de l'ONU sur le Soudan".
  bool TryExpertBody(Sent& s, int i, int* next);
  const LexEntry* ExpertBodyAt(const Sent& s, int i, int* len) const;
  const std::string* DictOrgIdAt(const Sent& s, int i) const;
  bool TryDict(Sent& s, int i, int* next);
  bool PlaceOnly(const Sent& s, int i, int e, const NameInfo& name) const;
  bool ChairedNationalBody(const Sent& s, int i, int e, const std::string& id,
                           std::string* generic) const;
  std::string PersonCountryBefore(const Sent& s, int limit) const;
  bool TryDiscoverOrg(Sent& s, int i, int* next);
  bool TryDiscoverPerson(Sent& s, int i, int* next);
  // The dictionary person whose name ends with the dictionary surname at k
  // and whose first names include one of the words [b, k) or a spelling of
  // it (a person the dictionary names only by one word counts); -1 if none.
  int PersonWithGivenName(const Sent& s, int b, int k) const;
  // Whether the full name [b, e) has other first names than person p, named
  // before with the same surname ("Ibrahim Maïga" after "Abdoulaye Maïga").
  bool OtherFirstName(const Person& p, const Sent& s, int b, int e) const;
  bool TryDiscoveredAcronym(Sent& s, int i, int* next);
  int AcronymAfter(const Sent& s, int e) const;
  // Ends of names no dictionary knows (engine_discovery.cc), 0 if none: plain
  // words closed by the acronym of their initials ("Volontaires pour la
  // défense de la patrie (VDP)"), a name after a class noun ("l'ONG X", "the
  // rights group X"), a name before an apposition of one ("X, a rights group").
  int AcronymDefinedName(const Sent& s, int i) const;
  int IntroducedName(const Sent& s, int i, int* intro) const;  // *intro: the class noun
  // Where the class noun introducing a name at i starts ("l'ONG", "la
  // coalition de gangs"), -1 if none; *quoted: the name is in quotes.
  int IntroNounBefore(const Sent& s, int i, bool* quoted) const;
  int AppositionOrgName(const Sent& s, int i, int run) const;  // run: NameRun(s, i)
  int CountryAdjectiveAt(const Sent& s, int i, std::string* id) const;
  // The first dictionary actor of `kind` whose name starts at k, named as a
  // noun ("Pakistan", "Islamabad", "l'ONU"; not an adjective or a demonym:
  // "pakistanais"); nullptr if none.
  const Actor* ActorNamedAt(const Sent& s, int k, std::string_view kind) const;
  // Words at q that describe the person named right after them: ranks, a
  // nationality ("le Gambien", "the Kenyan"), a profession with its
  // nationality ("la diplomate suisse"): their count (0: none, or no name
  // after). The nationality's country and words in *country, [*cb, *ce).
  int PersonDescriptorRun(const Sent& s, int q, std::string* country, int* cb, int* ce) const;
  // A name (dictionary person, honorific + name or a run of name words) at k.
  bool NameAt(const Sent& s, int k) const;
  // The length of the office word phrase at i of that kind: roles.tsv's
  // stance_word entries with role=office_<kind> (0: none).
  int RoleWordAt(const Sent& s, int i, const char* kind) const;
  // A title's complement after "de"/"of" at k, past its lower-case
  // modifiers and class noun ("du parti X", "of the ruling X party", "de la
  // région de X"): where the body's name starts (k itself if none), and
  // whether a class noun or a region noun was stepped over.
  int ComplementStart(const Sent& s, int k, bool* class_noun, bool* region) const;
  // The person a verb or "as" gives the title at i ("X, as chair of", "X
  // took over as head of", "installed as Crimea's prime minister", "élu
  // président de", "a nommé X Premier ministre", "la nomination de X au poste
  // de Premier ministre"); owner_begin: the owner's mention before the title
  // ("Crimea's"), -1 if none. "" if none.
  std::string AppointedHolder(const Sent& s, int i, int owner_begin) const;
  // The ministry named last before word i (this sentence or the three
  // before): "The Defence Ministry says ...; ministry spokesman X"; "" if none.
  std::string LastMinistryBefore(const Sent& s, int i) const;
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
  // "Cette dernière a démenti", "the latter responded" at i (s9args): the
  // state or body named last (this sentence, else the one before) when it is
  // of the pronoun's gender; null if none or a person (DemonstrativeSubject's).
  const Men* LatterActor(const Sent& s, int i, int len) const;
  std::string PersonFromName(Sent& s, int b, int e, std::string* rule);
  void ResolveRoles();
  // The country of a sentence's subject: a country, or the state of a
  // person's office ("" if none or another kind); `alone`: "" if the
  // sentence names another state too.
  std::string SubjectCountry(const Sent& s, bool alone = true) const;
  // The state a person holds an office of: dictionary, else this article.
  std::string PersonState(const std::string& id) const;
  // "Son gouvernement", "Its government" opening the sentence: the
  // possessive's word (-1 if none).
  int OpeningPossessiveState(const Sent& s) const;
  // "Its director, X": the office of the one body named the sentence before.
  void PossessiveTitleOwner(Sent& s);
  // "His prime minister was ... X, ...": a possessive title named next.
  void PossessiveTitleNamedNext(Sent& s);
  // Country-less state titles with a name take the previous subject's country.
  void TitleCountryFromContext(Sent& s);
  // The office a dictionary person holds on the article's date (in `of` if
  // given); nullptr if none.
  std::string LastNamedBody(const Sent& s, const Men& m) const;
  const Office* OfficeOnDate(const std::string& person, const std::string& of) const;
  // The same for a mention's person, of any body: its actor by ActorOf.
  const Office* OfficeOnDate(const Men& person) const;
  const Office* OfficeOfActorOnDate(const Actor* a, const std::string& of) const;
  static bool IsHeadRole(const std::string& role) {
    return role == "head_of_state" || role == "head_of_government" || role == "secretary_general" ||
           role == "chair" || role == "head";
  }
  // The country or body of the office held by the person named last before
  // `limit` ("Angela Merkel ... her spokesman"); "" if none.
  std::string OfficeCountryOfPersonBefore(const Sent& s, int limit) const;
  // The country words before a title (engine_owners.cc): "the *Ukrainian*
  // president", "*Kenya's* foreign minister". True for a word of a country
  // adjective, or of a country's name with its "'s".
  bool IsTitleCountryModifier(const Sent& s, int q) const;
  // The state of the actor that owns a bare army at `i` (engine_owners.cc):
  // "Poutine, dont l'armée", "Putin, whose army", "son armée" after its
  // subject: that country, or the state its person heads; "" if none.
  std::string ArmyOwnerState(const Sent& s, int i) const;
  void DictionaryContextRule(Sent& s);
  // engine_country_head.cc: a head the dictionary dates
  // on the article's day, said to head "the country" right after the name.
  void CountryHeadRule(Sent& s);
  // A head of state or government, a minister or a body's secretary-general
  // the dictionary dates on the article's day, in an article that names that
  // state or body too, holds the office there (engine_known_offices.cc): run
  // once per chunk after its relations.
  void KnownOfficeRule();
  // Descriptions and plural references to persons named in the sentences
  // before (engine_coref.cc): called before a sentence's relations.
  void ResolvePersonReferences(Sent& s);
  // "le chef de l'État", "the prime minister" with no name nor country: the
  // holder of that office among the persons just named (engine_coref.cc).
  void ResolveBareTitles(Sent& s);
  // The sentence is a quotation and nothing else.
  bool QuoteOnly(const Sent& s) const;
  // A quotation-only sentence speaks with the voice of the quotation it
  // continues or of the incise attributing the next one.
  void QuoteOnlySpeaker(Sent& s);
  // A French infinitive by its ending ("céder", "agir", "rendre") or a
  // clitic opening one ("de se retirer").
  bool LooksInfinitive(const Sent& s, int i) const;
  bool FrenchFiniteVerbAfterName(const Sent& s, int j) const;
  // The country or body in which a person holds `role` on the article's
  // date, from the dictionary or this article's titles ("" if none).
  std::string OfficeOfHolder(const std::string& id, const std::string& role) const;
  // Descriptions of organizations and states named just before: "the
  // group", "la junte", "l'organisation régionale", "both countries".
  void ResolveOrgDescriptions(Sent& s);
  void PlaceDescription(Sent& s, int mi, Men m);
  // "ce Conseil" after "un Conseil de coordination": a name's head word.
  void ResolveShortNames(Sent& s);
  // The sentence is the page's headline (a title block).
  bool IsHeadline(const Sent& s) const;
  std::vector<std::string> OrgDescription(const Sent& s, int i, const std::string& kind,
                                          std::string* how);
  // "the Gulf state", "l'émirat", "the former colonial power": the nearest
  // country named before whose id the entry's fits= (or colonies=) admits.
  std::string StateDescription(const Sent& s, int i, const LexEntry& entry,
                               std::string* how) const;
  // Bits of the kinds (coref.tsv role=org_name) the names of m's body show.
  int OrgNameKinds(const Sent& s, const Men& m) const;
  // m is an organization a description of that kind= may stand for.
  bool OrgFits(const Sent& s, const Men& m, const std::string& kind) const;
  // The id names a person (dictionary or discovered).
  bool IsPersonId(const std::string& id) const;
  // The mention opening the sentence as its subject (nullptr if none).
  const Men* OpeningSubject(const Sent& s) const;
  // Remembers the persons a sentence named, after its relations.
  void RememberPersons(const Sent& s);
  // "L'OTSC a annoncé ... Elle a dépêché", "Russia ... It accused": a
  // subject pronoun opening a sentence stands for the organization or
  // country subject of the sentence before when it agrees (engine_coref.cc).
  void ResolveActorPronouns(Sent& s);
  // "Putin congratulated him": an English object pronoun is the one person
  // of the nearest sentence before that names one (engine_coref.cc).
  void ResolveObjectPronouns(Sent& s);
  // The word of the sentence's opening subject pronoun ("In Kyiv, he said"),
  // or -1.
  int OpeningPronounPos(const Sent& s) const;
  // Words [0, j) are a fronted prepositional adjunct without a comma.
  bool FrontedAdjunct(const Sent& s, int j) const;
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
  // One pair (a subject and an object of its own), with no list to build.
  void EmitPair(Sent& s, const std::string& subj, const std::string& pred, const std::string& obj,
                const std::string& rule, double conf);
  std::string Blocked(const Sent& s, int vb, int te, Form form) const;
  // engine_checks_governed_kin_account.cc: an infinitive trigger under a
  // negated governing verb ("ne peut pas envoyer") or with an indefinite
  // agent ("allow anyone to threaten"); "" if neither.
  std::string BlockedGoverned(const Sent& s, int vb) const;
  // Word k governs an infinitive that its negation asserts ("did not
  // hesitate to", "never failed to", "n'a pas manqué de", "not only to"):
  // stance_word role=negation_asserts (triggers_vetoes_wish_kin_account.tsv).
  bool NegationAsserts(const Sent& s, int k) const {
    return StanceWordAt(s, k, "negation_asserts") > 0;
  }
  // engine_checks_governor_past_agent.cc: an infinitive whose governing
  // expectation, wish or ability word stands before its own agent ("expect
  // Moscow to send", "the ability of X to support"); "" if none.
  std::string BlockedByGovernorPastAgent(const Sent& s, int vb) const;
  // The verb group at vb follows ", but"/", and"/", mais"/", et" and a
  // common noun phrase, the second clause's own subject (no actor).
  bool ConjoinedClauseCommonSubject(const Sent& s, int vb) const;
  // m is a later conjunct of a list whose first conjunct is a complement
  // ("appealed to the AU, the UN and the EU, and ..."), the list closing its
  // phrase.
  bool ListedAfterComplement(const Sent& s, const Men& m, int depth = 0) const;
  // The label mention m is the object of a naming verb ("call", "qualifier")
  // whose subject is an indefinite third-person pronoun ("they call us ...").
  bool LabelOfIndefiniteOthers(const Sent& s, const Men& m) const;
  // The agent mention of an infinitive at vb governed by a noun and its
  // "of"/"de" complement ("the decision of X to seek"); -1 if none.
  int NounComplementAgent(const Sent& s, int vb) const;
  // The title at i names no office of the name after it: a former holder
  // beyond lower-case modifiers ("former South African deputy president X")
  // or a relative of the holder ("le fils du président, X").
  bool TitleOfAnother(const Sent& s, int i) const;
  // The label mention m is not the speaker's: it sits in another's account
  // ("la version des autorités sur des « terroristes »") or the sentence's
  // subject receives it ("is designated as a terrorist group by").
  std::string LabelOfOthers(const Sent& s, const Men& m) const;
  bool FutureInThePast(const Sent& s, int vb) const;
  std::vector<std::string> LabelledActOwners(const Sent& s, int k, int* end) const;
  std::vector<std::string> CoupCountry(const Sent& s, int te,
                                       const std::vector<std::string>& subj) const;
  // engine_pronoun_previous_subject.cc: the previous sentence's subject an object pronoun
  // at `pron` stands for when its own sentence names none ("l'accuse",
  // "accused them"); the junta whose coup the verb ending at te praises.
  // engine_pronoun_plural_list.cc: the one direct list of actors a plural pronoun stands for.
  std::vector<std::string> PluralListBefore(const Sent& prev,
                                            const std::vector<std::string>& subj) const;
  std::vector<std::string> CliticAntecedentBefore(const Sent& s, int pron,
                                                  const std::vector<std::string>& subj) const;
  std::vector<std::string> CoupMakers(const Sent& s, int te,
                                      const std::vector<std::string>& subj) const;
  std::vector<std::string> WarnedActAgent(const Sent& s, int q,
                                          const std::vector<std::string>& subj) const;
  // engine_stance_clause_targets.cc: the actor the clause at q is about; the target of an
  // objectless criticism ending at te found in a coordinated speech,
  // accusation or warning of the same subject.
  std::vector<std::string> ClauseTopicActor(const Sent& s, int q,
                                            const std::vector<std::string>& subj,
                                            bool object = false) const;
  std::vector<std::string> CoordinatedClauseTarget(const Sent& s, int te,
                                                   const std::vector<std::string>& subj) const;
  // A headline's objectless criticism at t ("X does A; Y condemns attack"):
  // the subject of the headline's clause before Y's.
  // critics gets the whole list of critics ("Moscow, Baku object").
  std::vector<std::string> HeadlineFirstClauseTarget(const Sent& s, int t,
                                                     const std::vector<std::string>& subj,
                                                     std::vector<std::string>* critics) const;
  // The person mentioned at mi, the subject of a passive in the that-clause
  // at q of a warning ("que X pourrait être sanctionné"), not of the
  // subject's own side.
  std::vector<std::string> WarnedPersonTarget(const Sent& s, int q, int mi,
                                              const std::vector<std::string>& subj) const;
  // A claim noun's relative "que X a rejetée" / "that X dismissed": X
  // criticizes the sentence's speaker, the claim's author.
  void RejectedClaimRelativeRule(Sent& s);
  // "condemned the remarks", "a dénoncé ces propos « grossiers »": the
  // speaker of one of the two sentences before, when the stance verb ending
  // at te has a speech anaphor (role=claim_noun after a determiner) for object.
  std::vector<std::string> SpeechAnaphorAuthor(const Sent& s, int te,
                                               const std::vector<std::string>& subj) const;
  // engine_stance_that_labels.cc: the owners of the act a criticism verb's
  // that-clause (after te) labels with a pejorative ("that X's remarks were
  // "offensive"").
  std::vector<std::string> ThatLabelledActOwners(const Sent& s, int te,
                                                 const std::vector<std::string>& subj) const;
  // True when the dictionary or this article makes id an official or leader
  // of one of sides: the subject's own people are no target of its stance.
  bool ServesAny(const std::string& id, const std::vector<std::string>& sides) const;
  // The role= of the misdeed (class wrongdoing) at i: "seizure" (invasion,
  // occupation) or "victim_after" (genocide), else empty.
  std::string WrongdoingRole(const Sent& s, int i) const {
    for (const auto& [entry, form] : LexAt(s, i, c_.wrongdoing).entries) {
      if (const std::string& r = r_.lex.entry(entry).Get("role"); !r.empty()) return r;
    }
    return "";
  }
  // Past up to three adverbs of extent or emphasis after a conjunction ("et
  // plus largement", "and in particular"): the word where the conjunct starts.
  int SkipExtentAdverbs(const Sent& s, int k) const;
  int VerbGroupStart(const Sent& s, int t) const {
    if (s.verb_groups_final && t >= 0 && static_cast<size_t>(t) < s.w.size()) {
      if (s.verb_group_start.empty()) s.verb_group_start.assign(s.w.size(), -1);
      int& memo = s.verb_group_start[t];
      if (memo < 0) memo = FindVerbGroupStart(s, t);
      return memo;
    }
    return FindVerbGroupStart(s, t);
  }
  int FindVerbGroupStart(const Sent& s, int t) const;
  bool IsComplement(const Sent& s, const Men& m) const;
  // The mention only places the event: "in Niamey", "en Pologne", "à Moscou".
  bool InPlacePhrase(const Sent& s, const Men& m) const;
  // "a dénoncé mardi, dans un communiqué, l'attitude de X": where the object
  // starts past an incise naming nobody after the verb ending before k; k
  // if there is none.
  int SkipIncise(const Sent& s, int k) const;
  bool IsOrganOf(const Sent& s, const Men& m) const;
  std::vector<std::string> Subject(Sent& s, int t, std::string* how);
  // Subject's search itself (Subject may answer from subject_memo_).
  std::vector<std::string> FindSubject(const Sent& s, int t, std::string* how) const;
  // engine_incise_lists.cc: the actors of a list set between commas before
  // the comma k that precedes a verb ("X, along with Y,", "Several states,
  // including A and B,", "Les présidents turc et azerbaïdjanais, X et Y,"),
  // with the name the list joins; empty if the incise is anything else.
  std::vector<std::string> InciseListSubject(const Sent& s, int k) const;
  // "X, allié de Y, soutient": the mention heading a description that ends
  // at `comma` right before a verb group; -1 if none.
  int AppositionHead(const Sent& s, int comma) const;
  // "Après avoir rencontré X, S a ...", "During his meeting with X, S ...":
  // a trigger in an adjunct opening the sentence takes the main clause's
  // subject, named after the adjunct's comma; empty if not that.
  std::vector<std::string> FrontedAdjunctSubject(const Sent& s, int t) const;
  // The subject of the main clause after a participial adjunct opening the
  // sentence and ending at the first comma after te, other than the
  // adjunct's agent; empty if none (dev10rec).
  std::vector<std::string> OpeningParticipleHead(const Sent& s, int te,
                                                 const std::vector<std::string>& agent) const;
  // "Mali's junta", "Russia's government": a state's possessive before one
  // of its organs, which acts for it.
  bool StateOrganAfter(const Sent& s, const Men& m) const;
  // "Blinken, à qui il a demandé", "the envoy, to whom he appealed": the
  // mention the indirect relative before verb group vb stands for, its
  // preposition (folded) in `prep`; -1 if none.
  int IndirectRelativeHead(const Sent& s, int vb, std::string* prep) const;
  std::vector<std::string> MainSubject(const Sent& s, int limit) const;
  // engine_meeting_adjunct_parties.cc: the parties of a meeting verb or noun
  // whose subject slot names none: a time adjunct after the main clause, a
  // verb coordinated after another, "les deux hommes" in the same sentence.
  // Sets *subj and *how; true when it emitted the subjects' mutual meeting.
  bool MeetingClauseParties(Sent& s, int t, int vb, const std::string& rule,
                            const std::vector<std::string>& obj, std::vector<std::string>* subj,
                            std::string* how);
  bool TimeSubordinatorAt(const Sent& s, int k) const;
  // "N troops, most of them Russian, alongside units from A and B": troops
  // of other origins deployed with those named before (s10meets).
  bool CoDeployedUnits(const Sent& s, int i, int tl) const;
  // The country troops leave when a departure cue (deploy_cue
  // role=departure) follows the troop phrase ending at `after`: "ont quitté
  // le Mali", "pulling out of Afghanistan", "left the country"; "" if none.
  std::string DepartureDestination(const Sent& s, int after) const;
  // "A, B and C are among the countries that have sent troops", "X et Y font
  // partie des pays qui ont envoyé": the listed subject of the copula whose
  // complement the relative before the verb group vb describes.
  std::vector<std::string> AmongSenders(const Sent& s, int vb) const;
  // MainSubject before `limit` with the coordination after its first name.
  std::vector<std::string> CoordinatedMainSubject(const Sent& s, int limit) const;
  std::vector<std::string> MeetingAdjunctSubject(const Sent& s, int t, int vb) const;
  std::vector<std::string> MeetingConjunctSubject(const Sent& s, int vb, bool* relative) const;
  std::vector<std::string> SameSentencePair(const Sent& s, int vb) const;
  // "KHARTOUM, June 15 —", "Erevan, 23 nov 2022 (AEP) -": the first word
  // after a dateline opening the sentence (0 if none).
  int DatelineEnd(const Sent& s) const;
  std::string SubjectOrgBefore(const Sent& s, int limit) const;
  // The one treaty alliance the article names ("" if none or several): "a
  // Russia-led alliance" before or after its name.
  std::string ArticleAlliance() const;
  // The country of a fronted place adjunct ending before `limit` ("À
  // Washington, ...", "In Kyiv, ..."); "" if the sentence opens otherwise.
  std::string FrontedPlaceCountry(const Sent& s, int limit) const;
  // A title of a state's government (president, prime minister, minister),
  // not of a body: "le président" yes, "le chef" no.
  bool IsStateTitle(const Sent& s, int i, const std::string& role) const;
  bool InheritsSubject(const Sent& s, int t, int vb, Form form) const;
  std::vector<std::string> Expand(const Sent& s, int mi, int dir, bool allow_adj = true) const;
  std::vector<std::string> NP(const Sent& s, int i, int depth = 0, bool allow_adj = true) const;
  // Actors named after "alongside", "along with" or "aux côtés de" within
  // `window` words of `from` (before a comma, a full stop or a relative
  // pronoun) join `backers`, unless already there or among `backed`.
  void AddNamedAlongside(const Sent& s, int from, int window, std::vector<std::string>* backers,
                         const std::vector<std::string>& backed) const;
  // "Iran's President X", "Mali's Col. X", "Haftar's son X": the person
  // mention a possessive actor at mi qualifies (its title, rank or kin
  // noun between), who is the phrase's actor; -1 if none (dev10rec).
  int PossessedPerson(const Sent& s, int mi) const;
  std::vector<std::string> Object(const Sent& s, int i, const std::string& preps,
                                  int* end = nullptr) const;
  int DatedAdjunctEnd(const Sent& s, int i) const;                        // s7args
  std::vector<std::string> AppositiveObject(const Sent& s, int i) const;  // s7args
  bool EnglishBarePresent(const Sent& s, int vb, Form form) const;        // s7args
  std::vector<std::string> Agent(const Sent& s, int from, int window) const;
  std::vector<std::string> FrenchAgents(const Sent& s, int k) const;
  std::vector<std::string> LeftHead(const Sent& s, int t, const char* kind) const;
  int PlaceNameAt(const Sent& s, int k) const;
  // Whether word k may open a place (PlaceNameAt's first test): callers
  // scanning every word skip PlaceAt where it cannot find one.
  bool PlacePrepositionAt(const Sent& s, int k) const;
  std::string PlaceAt(const Sent& s, int k) const;
  // `regions`: a dictionary region or city stands for its country (where
  // troops go); without, only a country's own name counts (what a page is about).
  std::string PlaceAt(const Sent& s, int k, int* end, bool regions = true) const;
  // A place at k whose state is disputed ("au Haut-Karabakh"): no destination.
  bool DisputedPlaceAt(const Sent& s, int k) const;
  std::vector<std::string> Destination(const Sent& s, int from,
                                       const std::vector<std::string>& senders);
  std::string ConditionAfter(const Sent& s, int te) const;
  // A troop phrase antecedent of an object relative before the verb group
  // at vb ("la mission que la SADC a déployée"), s11troops.
  bool RelativeTroopAntecedent(const Sent& s, int vb) const;
  // A decision noun owned by nobody before the infinitive at vb (s11troops).
  bool UnownedDecisionBefore(const Sent& s, int vb) const;
  // Troops beside those a finite sending verb of the clause sent (s11troops).
  bool SentAlongside(const Sent& s, int b) const;
  // engine_events.cc (s4events): "pledged to send troops", "s'est engagé à
  // rencontrer": a promise before verb group vb that puts off an act of
  // `type` (the promise entry's blocks= list); "" if none.
  std::string Promised(const Sent& s, int vb, std::string_view type) const;
  // "appelle à garder le dialogue avec X", "would push for a summit with X":
  // why a meeting noun at t gives no meeting held; "" if none (s5prec).
  std::string MeetingSought(const Sent& s, int t, const LexEntry& e) const;
  // "will meet", "is to meet", "rencontrera", "va rencontrer"
  // (engine_gathering_and_planned_meetings.cc): a meeting to come is not
  // held; the reason, or "".
  std::string MeetingPlanned(const Sent& s, int t, const LexEntry& e) const;
  // engine_checks_meet_phrase_person.cc: a meeting word inside a longer meeting verb phrase
  // that starts before it ("held talks": "talks"); the verb reads the parties.
  bool InsideMeetVerbPhrase(const Sent& s, int t, const LexEntry& e) const;
  // engine_checks_meet_phrase_person.cc: the actor `id` is a person (its mention in the
  // sentence says so, else the dictionary).
  bool IsPersonActor(const Sent& s, const std::string& id) const;
  // engine_checks_label_sending_speaker.cc: why the terrorist label m is not the speaker's label
  // of anyone ("the fight against armed groups", a label inside the charge
  // of an accusation of another actor); "" if it is.
  std::string LabelNotSpeakers(const Sent& s, const Men& m) const;
  // engine_checks_label_sending_speaker.cc: where `id` sent troops in an earlier sentence of the
  // page (its first sends_troops edge), "" if nowhere.
  std::string SenderDestination(const std::string& id) const;
  // The country named by an at-request phrase of the sentence ("à la demande
  // de Bamako", "at the request of Mali"), or "" (engine_troops_at_request.cc).
  std::string RequesterCountry(const Sent& s) const;
  // engine_troops_outside_frame.cc: the country of the place a locative relative at k
  // refers back to ("au Niger, où la Russie a déployé", "from Belarus, where
  // Moscow had deployed"), "" if k is no "où"/"where" after a place.
  std::string WhereAntecedentPlace(const Sent& s, int k) const;
  // engine_troops_outside_frame.cc: the sender named as the agent of a sending
  // participle right after a troop phrase ending at `after` ("la force
  // envoyée au Kazakhstan par l'OTSC", "troops deployed in Mali by Turkey").
  std::vector<std::string> TroopParticipleAgent(const Sent& s, int after) const;
  // engine_troops_outside_frame.cc: mention mi names an organization of member states
  // (an alliance or regional bloc of the dictionary: CSTO, ECOWAS, SADC).
  bool IsStatesBody(const Sent& s, int mi) const;
  // engine_troops_outside_frame.cc: word k is "where" or the accented "où" (which folds
  // to the conjunction "ou").
  bool IsWhereWord(const Sent& s, int k) const;
  // engine_troops_outside_frame.cc: the aid noun at k is called for with "à"/"au"
  // ("à l'aide", "au secours", "à la rescousse").
  bool CallForHelpBefore(const Sent& s, int k) const;
  // engine_troops_outside_frame.cc: the actor named at i after a call for help ("à
  // l'aide l'OTSC"); "l'alliance militaire de Moscou" is the page's alliance,
  // not the state that leads it.
  std::vector<std::string> CalledForHelp(const Sent& s, int i) const;
  // engine_troops_outside_frame.cc: "avec"/"with" at b gives the make-up of a force
  // deployed just before ("déployée en 2022, avec des contingents kényan et
  // burundais"), not a partner fought alongside.
  bool DeployedWith(const Sent& s, int b) const;
  // engine_troops_outside_frame.cc: `body` is a bloc of states (dictionary members) one
  // of `speakers` belongs to, as a state or by a state office.
  bool InOwnBloc(const std::vector<std::string>& speakers, const std::string& body) const;
  // engine_troops_outside_frame.cc: after a warning verb, "que si X ...", "that if X
  // ...", ": « Si X ... »" name X, the one the threat's condition is about
  // (not the speakers' own side); empty otherwise. k: the word after the verb.
  std::vector<std::string> WarnedCondition(const Sent& s, int k,
                                           const std::vector<std::string>& speakers) const;
  // engine_checks_label_sending_speaker.cc: "doivent envoyer des troupes dans les prochains mois",
  // "would contribute troops from next year": a time to come in the clause
  // of the sending verb ending at te; the reason, or "".
  std::string SendingToCome(const Sent& s, int te) const;
  // engine_checks_label_sending_speaker.cc: the person title mention right after the country
  // mention mi ("the Kazakh leader", "Russia's foreign minister"), -1 if none.
  int TitleAfterCountry(const Sent& s, int mi) const;
  // engine_checks_label_sending_speaker.cc: "Kinshasa exclut tout dialogue avec le M23, qu'il
  // qualifie de ...": the subject pronoun of a relative clause after a
  // comma speaks for the main clause's subject; *subj and *how change then.
  void RelativePronounSpeaker(const Sent& s, int verb, std::vector<std::string>* subj,
                              std::string* how) const;
  // engine_person_subject_own_state.cc: the last person this sentence names as a subject (a
  // name opening its clause, outside quotations, not a complement), "" if
  // none: "After talks in Brussels, NATO's chief X confirmed ...". A later
  // "he" must not skip over it to a person named sentences before.
  std::string NamedSubjectPerson(const Sent& s) const;
  // engine_person_subject_own_state.cc: "President X warned that ... against Iran's
  // interests": a leader or official neither warns nor meets the state he
  // serves (an edge "X leads/official_of o" already found); the reason, or "".
  std::string OwnStateObject(const std::string& subj, const std::string& pred,
                             const std::string& obj) const;
  // The future of the verb at t ("rencontrera", "will take"): the reason, or "".
  std::string PlannedVerb(const Sent& s, int t, const std::string& lang) const;
  // A trigger that needs a clitic (clitic=en: "s'en prendre à"; clitic=se:
  // "s'entretenir avec") used without it in the verb group ("a pris à",
  // "entretient des relations avec") is another verb: true then.
  bool CliticMissing(const Sent& s, int vb, int t, const LexEntry& e) const;
  // "l'AES, qui réunit le Mali et le Niger"
  // (engine_gathering_and_planned_meetings.cc): bodies as subject of a
  // trigger at t that also lists members (frame member_list): no meeting.
  bool GathersMembers(const Sent& s, int t, const std::vector<std::string>& subj) const;
  // The nationality of the troop noun at [troops, troops + tl): "Russian
  // troops", "des soldats rwandais" (empty if none).
  std::vector<std::string> TroopNationality(const Sent& s, int troops, int tl) const;
  // `id` qualifies a troop noun of the sentence ("Russian paratroopers",
  // "soldiers from Belarus"): where troops come from.
  bool TroopOrigin(const Sent& s, const std::string& id) const;
  // s6events: the words that bound an amount of troops at i ("plus de",
  // "more than", "au total", "at least"): their length, 0 if none.
  int AmountBoundLen(const Sent& s, int i) const;
  // "at President X's request", "at the CSTO's invitation": the genitive
  // before the noun at t, when "at" opens the phrase; empty if not.
  std::vector<std::string> GenitiveAsker(const Sent& s, int t) const;
  // An organization mention at i whose name holds an arbiter word (stance_word
  // role=arbiter: council, court, tribunal), engine_aid_request_bodies.cc.
  bool ArbiterBodyAt(const Sent& s, int i) const;
  // The actor mention at i, object of an appeal, is followed by no purpose
  // (to/for/à/de/pour ...) up to the clause's end: the appeal asks for help.
  bool BareRequest(const Sent& s, int i) const;
  // "the heads of the CSTO states", "les dirigeants des États membres de
  // l'OTSC" at i (quotes and article skipped): the organization, else {}.
  std::vector<std::string> BodyOfLeaders(const Sent& s, int i) const;
  // "at the time", "at that time", "this year", "since 2019", an adverb at
  // i: its length, 0 if none (English; not "until 2019", a former holder).
  int TimePhraseLen(const Sent& s, int i) const;
  // "after X asked it for help", "requested its help": the nearest
  // organization before vb, else a state that opens the sentence; never the
  // asker `subj` nor a genitive ("Kazakhstan's president"). Empty if none.
  std::vector<std::string> ItAntecedent(const Sent& s, int vb,
                                        const std::vector<std::string>& subj) const;
  // "invoked Article 4 of the CSTO treaty", "a activé l'article 5 de
  // l'Otan": the treaty's organization after the verb ending at te, if an
  // article or clause is named; empty if not.
  std::vector<std::string> InvokedTreatyBody(const Sent& s, int te) const;
  std::string NounBlocked(const Sent& s, int t) const;
  // Why a meeting noun at [t, te) is no meeting held ("" if it is one):
  // called off, undone or planned, a participle, a negated governor.
  std::string MeetingNounBlocked(const Sent& s, int t, int te) const;
  // Why the meeting noun at t names no meeting held (engine_meeting_cancelled.cc): a cancelling
  // verb right before it (stance_word role=called_off or cancel_verb, through
  // determiners: "a annulé sa rencontre") or a prospect adjective before it
  // (role=meeting_prospect: "the planned talks"); empty when none.
  std::string MeetingNounUndone(const Sent& s, int t) const;
  std::string ResolvePronoun(const Sent& s, int pos) const;
  // The gender a personal pronoun at pos asks for ('m', 'f', 0: either).
  char PronounGender(const Sent& s, int pos) const;
  // The dictionary gives the actor the other gender than `gender`.
  bool GenderClash(const std::string& id, char gender) const;
  // m is the antecedent of a relative pronoun just before pos ("X, à qui il").
  bool RelativeAntecedent(const Sent& s, const Men& m, int pos) const;
  // The person a pronoun of that gender with no antecedent in its sentence
  // stands for: the last person acting, unless the gender says otherwise.
  std::string RecentPersonFor(const Sent& s, char gender) const;
  std::string IdOf(const Sent& s, int mi) const;
  // The kind of actor `id`: the dictionary's, else that of the sentence's
  // last mention of it ("" if neither knows it).
  std::string KindOf(const Sent& s, const std::string& id) const;
  void FindSpeaker(Sent& s);
  void Frame(Sent& s, int t, int len, const LexEntry& e, Form form);
  void Missing(Sent& s, const FrameCall& f, const char* what);
  // A stance verb attributing the quotation right before it ("« ... », a
  // accusé X"): emits against the quotation's actor; false if not that.
  bool QuoteAttribution(Sent& s, const FrameCall& f, const std::vector<std::string>& subj,
                        const std::string& how);
  void MemberFrame(Sent& s, const FrameCall& f);
  // engine_alliance_apposition.cc: "X, allié de Y", "X, Y's closest ally", "X, a Y ally":
  // the actor the apposition describes supports Y (frame ally_appos).
  void AllyFrame(Sent& s, const FrameCall& f);
  // engine_alliance_apposition.cc: the owner of the act that is a passive stance verb's
  // subject ("La décision du Togo a été condamnée", "Togo's decision was
  // condemned"); empty when the subject is no owned act.
  std::vector<std::string> PassiveActOwner(const Sent& s, int vb) const;
  // engine_stance_received.cc: "X's decision drew condemnation from Y", "X s'est
  // attiré les critiques de Y": Y criticizes X (frame stance_received).
  void StanceReceivedFrame(Sent& s, const FrameCall& f);
  std::vector<std::string> SubjectNounOwner(const Sent& s, int vb) const;
  // engine_membership.cc (s4member): keeps in *ids the organizations one can
  // be a member of ("joined Xi", "rejoint Moscou" name none); false if none.
  bool MemberBodies(const Sent& s, std::vector<std::string>* ids) const;
  // Membership frames beyond MemberFrame's: "X's membership of Y",
  // "l'adhésion de X à Y", "X and its partners in Y", "au sein de Y, X ...".
  void MembershipFrame(Sent& s, const FrameCall& f);
  bool ListedNonMember(const std::string& state, const std::string& body) const;
  // engine_membership_founders_lists.cc: true if the dictionary lists `state` among the
  // members of `body` (a body without a list lists nobody).
  bool ListedMember(const std::string& state, const std::string& body) const;
  // A founding verb at vb (lexicon listed=1): keeps in *subj the states
  // listed in `body`, adding co-founders named after "avec"/"with"/
  // "alongside" before vb; false if none is left.
  bool ListedFounders(const Sent& s, int vb, const std::string& body,
                      std::vector<std::string>* subj) const;
  // Membership read around the sentence's mentions: states listed in
  // brackets right after a body ("l'OTSC (Russie, Biélorussie, Arménie)"), a
  // body after "their"/"leur" (PossessedBody), a person "of" a party or
  // "within his own" party.
  void MentionMembershipRule(Sent& s);
  // "X, Y and Z turned their AES into a confederation": the clause's
  // subjects (states, or persons heading them) own the body named by mention
  // bi after "their"/"leur"; those the body lists are members.
  void PossessedBody(Sent& s, int bi);
  // A party, movement or front named by mention `org` (an office_org_class
  // word in its name, no member list) that `person` holds no office of.
  bool PartyOfPerson(const Sent& s, const Men& org, const std::string& person) const;
  // "Those three countries, which ..., have formed O": the countries the
  // page listed last, counted by the noun opening the sentence before a
  // relative clause that ends before verb group vb; empty if none.
  std::vector<std::string> CountedClauseSubject(const Sent& s, int vb) const;
  // "Turkey, a NATO member,", "X and Y, both NATO members": the names before
  // the apposition's comma whose member noun at t follows the body named at
  // body_b; empty if none.
  std::vector<std::string> ApposedMembers(const Sent& s, int body_b) const;
  // "wants to join", "aspire à rejoindre", "si l'Ukraine rejoignait": a
  // membership wished for or supposed, in the words before verb group vb
  // (member_pending words); "" if none.
  std::string MembershipPending(const Sent& s, int vb) const;
  // "of the eight-nation bloc", "de l'organisation régionale", "du Conseil"
  // at k: the body the page named nearest; "" if none.
  std::string DescribedBody(const Sent& s, int k) const;
  void PresidencyFrame(Sent& s, const FrameCall& f);
  std::string AllianceNear(const Sent& s, int t) const;
  // The body named last before word i whose name has the word `noun`
  // ("Mission multinationale ...", "ATMIS" for "mission"); "" if none.
  std::string BodyNamedWith(const Sent& s, int i, const char* noun) const;
  // A person's own force, party or country: "les FSR du général X", "the RSF
  // of Gen. X", "Hemedti's RSF", "Haftar, dont l'ANL contrôle", "Macron,
  // dont le pays assure" (engine_frames.cc).
  void OwnedBodyRule(Sent& s);
  // The count at i ("trois", "three", "3"); 0 if none.
  int CountAt(const Sent& s, int i) const;
  // "leurs trois pays", "the three countries" at k: the n countries the page
  // listed last (this sentence or the three before); empty if none.
  // latest_only: only when the page's latest list has n countries.
  std::vector<std::string> CountedCountries(const Sent& s, int k, bool latest_only = false) const;
  // "six former Soviet republics: Russia, Belarus ..." at k: the states or
  // bodies listed after a colon or dash that closes a short lower-case noun
  // phrase; empty if none (s5struct).
  std::vector<std::string> ListAfterColon(const Sent& s, int k) const;
  // "les trois pays restent membres de", "the three countries are members
  // of": the counted countries of a subject just before word t; empty if none.
  std::vector<std::string> CountedSubject(const Sent& s, int t) const;
  // The body a "led by" participle describes when no actor stands right
  // before it; may narrow *agent to the one actor of its by-phrase.
  std::vector<std::string> LedBody(const Sent& s, int vb, int te,
                                   std::vector<std::string>* agent) const;
  void SvoFrame(Sent& s, const FrameCall& f, std::vector<std::string>* subject,
                std::string* how_found);
  std::vector<std::string> PurposeTarget(Sent& s, int vb, std::vector<std::string>* caller);
  std::vector<std::string> EllipsisActors(const Sent& s, int from) const;
  // engine_side_call_ally_frames.cc: the persons named in apposition after a title
  // following with/avec ("with his Russian and Iranian counterparts, A and B").
  std::vector<std::string> CounterpartNames(const Sent& s, int k) const;
  // "se tenait « fermement aux côtés » de X" (frame side, engine_side_call_ally_frames.cc).
  void SideFrame(Sent& s, const FrameCall& f);
  // engine_accusation_terror_list.cc: "X figure sur la liste des
  // organisations terroristes de Y" (frame terror_list): Y accuses X.
  void TerrorListFrame(Sent& s, const FrameCall& f);
  // "accuse ses voisins, et plus largement l'OTAN, de", "accused both
  // countries, and Sweden in particular, of": the named conjunct after a
  // direct object that names no actor; empty if none.
  std::vector<std::string> InsertedConjunct(const Sent& s, int te) const;
  // "with the State Department accusing Moscow": the actor of an absolute
  // "with" clause before the gerund at vb; empty if none.
  std::vector<std::string> WithClauseSubject(const Sent& s, int vb) const;
  // "Ethiopian aggression", "Russia's interference": the author named
  // before an English misdeed noun at i; empty if none.
  std::vector<std::string> MisdeedAgentBefore(const Sent& s, int i) const;
  // "a appelé X" with a person as object: a telephone call (frame call).
  void CallFrame(Sent& s, const FrameCall& f);
  // "X est devenu le principal allié de Y", "X has become Y's arms
  // supplier": an ally noun (frame ally_appos) after a copula ending at b;
  // emits and returns true when the clause's subject is found.
  bool CopularAlly(Sent& s, const FrameCall& f, int b, const std::vector<std::string>& allied);
  // "X, who traveled to Moscow to meet Y": the relative's head as the subject
  // of an infinitive in its clause (engine_side_call_ally_frames.cc).
  std::vector<std::string> RelativeHeadOfInfinitive(const Sent& s, int vb) const;
  void MoreMeetingParties(const Sent& s, int te, std::vector<std::string>* obj) const;
  void ClauseFrame(Sent& s, const FrameCall& f, std::vector<std::string>* subject,
                   std::string* how_found);
  void Fallback(Sent& s, int t, int len, const LexEntry& e, Form form);
  // A trigger whose frame matched nothing (engine_backoff.cc).
  void Backoff(Sent& s, int t, int len, const LexEntry& e, Form form);
  // engine_stance_inverted_object.cc: a stance verb left without an edge whose object stands
  // before it ("X ..., une décision que Y a saluée") or is the addressee of
  // a message ("Dans un message à X, Y a salué").
  void InvertedObject(Sent& s, int t, int len, const LexEntry& e, Form form);
  std::vector<std::string> ResumedActor(const Sent& s, int comma) const;
  // engine_stance_inverted_object.cc: "le médiateur de la Cédéao, l'ancien président nigérien
  // X": a body's title whose holder has a title of his own.
  void StackedTitleRule(Sent& s);
  void TroopRule(Sent& s);
  std::string TroopsNegated(const Sent& s, int i, int after) const;
  bool LooksParticiple(const Sent& s, int t, int te) const;
  void WrongdoingRule(Sent& s);
  std::vector<std::string> MisdeedClauseAuthor(const Sent& s, int i) const;
  void LabelRule(Sent& s);
  // engine_spoken_charge.cc: "X said Y was a putschist", "X a affirmé que Y
  // était un État terroriste": a charge label after the copula of a clause
  // of speech accuses the clause's subject.
  void SpokenChargeRule(Sent& s);
  // engine_spoken_charge.cc: a misdeed feared or ruled out rather than
  // charged ("any Israeli attack", "toute agression", "une éventuelle
  // invasion"); i is the misdeed's first word.
  bool HypotheticalMisdeed(const Sent& s, int i) const;
  // engine_spoken_charge.cc: "accused ECOWAS of preparing an aggression in
  // collaboration with Western countries": the accomplice named in the
  // charge (stance_word role=complicity) is accused too.
  void ComplicityRule(Sent& s);
  // engine_spoken_charge.cc: "the Treasury sanctioned X, accused of ...",
  // "a arrêté X, soupçonné de ...": whoever sanctions or arrests the charged
  // actor (stance_word role=sanction_verb) accuses him.
  void SanctionedChargedRule(Sent& s);
  // engine_spoken_charge.cc: "X accuse Y de ..., ce que confirment les
  // experts de l'ONU", "a charge echoed by Z": who confirms or echoes the
  // charge accuses Y too (stance_word role=charge_echo).
  void EchoedChargeRule(Sent& s);
  // engine_spoken_charge.cc: "A statement from the Malian government
  // accused France of ...", "Le texte, lu par le porte-parole du régime
  // nigérien, accuse ...": a document (stance_word role=document_noun) as
  // the subject of an accusation or warning speaks for its author.
  void DocumentSubjectRule(Sent& s);
  void RecordEventAuthors(Sent& s);
  std::vector<std::string> EventAuthor(const Sent& s, int i) const;
  void NoteEventAuthorChange(const std::vector<std::string>& author);
  // Act nouns and their authors (engine_act_noun_memory.cc): the memory key of the
  // act noun at i, the owner named on it ("l'offensive du Tchad", "Chad's
  // offensive"), recording (an empty author refreshes a known noun), and the
  // author remembered for a later "the <noun>" at i (empty if none).
  std::string ActNounKey(const Sent& s, int i) const;
  std::vector<std::string> ActNounOwner(const Sent& s, int i, int el) const;
  void RememberActNoun(const Sent& s, int i, const std::vector<std::string>& author);
  std::vector<std::string> RememberedActAuthor(const Sent& s, int i) const;
  // The by-phrase of an act noun in [from, limit): the index of the agent
  // after "par"/"by"; kNoAgent at a clause boundary or the limit; kWitness
  // at a report word ("signalées par", "reported by": a witness, no agent).
  static constexpr int kNoAgent = -1;
  static constexpr int kWitness = -2;
  int ByPhraseAgentAt(const Sent& s, int from, int limit) const;
  std::vector<std::string> ArmedSubjectNationality(const Sent& s, int vb) const;
  std::vector<std::string> ActTakenBy(const Sent& s, int p, int len) const;
  // The ids that are no own side of any of `actors`: not a country or body
  // one of them holds an office of (dictionary, mention, or a leads,
  // official_of or member_of edge so far).
  std::vector<std::string> NotOwnSide(const Sent& s, const std::vector<std::string>& critics,
                                      const std::vector<std::string>& ids) const;
  // Stance targets (engine_stance.cc).
  // The length of the stance_word phrase at i whose role= is `role` (0: none).
  // The roles of word i are gathered once per sentence (NewStanceHit); a
  // question is then a bit of s.stance_role_sets.
  int StanceWordAt(const Sent& s, int i, StanceRole role) const {
    if (HitLen(s, i, c_.stance_word) == 0) return 0;
    const StanceRoleSet& roles = static_cast<size_t>(i) < s.stance_hit_of.size() &&
                                         s.stance_hit_of[i] >= 0
                                     ? s.stance_role_sets[s.stance_hit_of[i]]
                                     : NewStanceRoles(s, i);
    return roles.Has(role) ? roles.length : 0;
  }
  const StanceRoleSet& NewStanceRoles(const Sent& s, int i) const;
  // The stance_word phrase at word i of s (none: length 0), looked up once
  // per sentence and word; the reference stays valid until the next
  // StanceHit call on s, which may grow s.stance_hits: read it at once.
  const Lexicon::Hit& StanceHit(const Sent& s, int i) const {
    if (i >= 0 && static_cast<size_t>(i) < s.stance_hit_of.size()) {
      if (const int slot = s.stance_hit_of[i]; slot >= 0) return s.stance_hits[slot];
    }
    return NewStanceHit(s, i);
  }
  const Lexicon::Hit& NewStanceHit(const Sent& s, int i) const;
  bool EndedOfficeContext(const Sent& s, int before, int end, int name_end) const;
  int SkipManner(const Sent& s, int k) const;
  std::vector<std::string> StanceObject(const Sent& s, int te, const std::string& type,
                                        const std::string& preps,
                                        const std::vector<std::string>& subj,
                                        std::string* how) const;
  bool ObjectRelative(const Sent& s, int vb, std::vector<std::string>* subj,
                      std::vector<std::string>* obj) const;
  // "accuse A de X et B de Y": B, the second charged object (s5stance).
  std::vector<std::string> SecondChargedObject(const Sent& s, int te,
                                               const std::vector<std::string>& subj,
                                               const std::vector<std::string>& obj) const;
  // The actors listed after a closing colon, for a stance with no actor subject.
  std::vector<std::string> ColonListActors(const Sent& s, int from,
                                           const std::vector<std::string>& obj) const;
  // "X will pay a heavy price", said by S: S warns X (s5stance).
  void ConsequenceFrame(Sent& s, const FrameCall& f);
  // engine_rejection.cc: the holder of words a rejection verb
  // rejects ("rejected X's claims"); an English speech word used as a noun.
  std::vector<std::string> RejectedClaimsHolder(const Sent& s, int t, int te,
                                                const std::vector<std::string>& subj) const;
  bool SpeechWordIsNoun(const Sent& s, int i) const;
  void RecordActAuthors(Sent& s);
  void CommitActAuthors(const Sent& s);
  void ArmsRule(Sent& s);
  void SpeakerOwnSideRule(Sent& s, size_t sentence_start);
  // engine_speaker_voice_and_charges.cc: "X, par la voix de son porte-parole Y, a accusé Z":
  // Y holds X's stances of the sentence too.
  void VoiceRule(Sent& s, size_t sentence_start);
  // engine_speaker_voice_and_charges.cc: "le KNB a annoncé l'arrestation de X, soupçonné de
  // trahison": the speaker accuses the person charged in its words.
  void ChargedInSpeechRule(Sent& s);
  // The trigger at i, right after a comma, is an accusation verb's past
  // participle followed by "de"/"of" ("X, accusé de", "X, suspected of"):
  // the index of the word after the participle; -1 otherwise.
  int ChargeParticipleEnd(const Sent& s, int i) const;
  // engine_stance_spoken_labels.cc: "X said Y's decision was a mistake", "X a déclaré
  // que la décision de Y était « inacceptable »": the speaker criticizes (or,
  // with a praise_label, supports) the act's author.
  void SpokenLabelRule(Sent& s);
  std::vector<std::string> SpokenActOwners(const Sent& s, int q, int* end) const;
  // engine_stance_spoken_labels.cc: the actor an attitude phrase right after its name
  // describes ("des manifestants favorables à la junte"); empty if none.
  std::vector<std::string> DescribedHolder(const Sent& s, int t) const;
  // engine_stance_spoken_labels.cc: a labelling verb with a word of praise supports the
  // act's author ("called X's decision courageous"); whether it emitted.
  bool QualifyPraise(Sent& s, int t, int te, const std::vector<std::string>& subj);
  int PraiseLabelAt(const Sent& s, int j, int* end) const;
  // engine_speaker_voice_and_charges.cc: "accusing the regional bloc of": a body described by
  // its class noun as a stance verb's object (the frame found none).
  void DescribedObjectRule(Sent& s, int t, int len, const LexEntry& e, Form form);
  // The actors of the coordination whose last conjunct is mention mi ("X et
  // Y", "X, Y and Z"), for a plural pronoun; empty if mi closes none.
  std::vector<std::string> CoordinationEndingAt(const Sent& s, int mi) const;
  void Log(Sent& s, const std::string& line) {
    if (tracing_) s.log.push_back(line);
  }

  void RunChunk(size_t begin, size_t end, std::string* trace);
  void ChooseFocus();
  void FlushMentions();
  void BuildOutput();

  const Resources& r_;
  const Classes& c_;
  Extraction* x_;
  bool tracing_;
  std::vector<Sent> sents_;
  std::vector<Person> discovered_;
  std::string last_org_;
  std::string last_alliance_;     // the last treaty organization or alliance named
  std::string last_separatists_;  // the separatists last named with their region
  std::string last_rebel_org_;  // the armed group first named with "rebels" in or next to its name
  bool rebel_orgs_conflict_ = false;  // another armed group was named so: "the rebels" is vague
  bool new_person_named_ = false;     // discovered_ holds a person the dictionary does not know
  std::string last_met_person_;       // the person last met, called or received
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
  std::vector<std::pair<uint32_t, std::string>> recent_speakers_;  // s10crit: (sentence, id)
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
  // A noun frame's blocking tests (negation, hypothesis, a meeting called
  // off), deferred by Frame to the frame's first EmitPair when not tracing:
  // most such frames find no party and never need them. frame_gate_ decides
  // (true: open) through frame_gate_ctx_; state 0 undecided, 1 open, -1 shut.
  bool (*frame_gate_)(void*) = nullptr;
  void* frame_gate_ctx_ = nullptr;
  int frame_gate_state_ = 0;
  // Set by SvoFrame where a meeting noun's own tests stood: the emits after
  // that point wait for MeetingNounBlocked as well.
  bool frame_gate_meeting_noun_ = false;
  bool FrameGateOpen() {
    if (frame_gate_state_ == 0) frame_gate_state_ = frame_gate_(frame_gate_ctx_) ? 1 : -1;
    return frame_gate_state_ > 0;
  }
  // The author of the military or repressive act named last with its author
  // ("US and British jets struck Yemen"): "the strikes" later refers to it.
  std::vector<std::string> event_author_;
  uint32_t event_author_sent_ = 0;
  // The makers of the last act told by a verb or noun of attack (not by a
  // troop sending): states sending troops to that act's war join it, they
  // do not make it ("Australia has committed 2,000 personnel").
  std::vector<std::string> act_maker_;
  uint32_t act_maker_sent_ = 0;
  // Authors of the military acts of the last sentences (sentence, ids).
  std::vector<std::pair<uint32_t, std::vector<std::string>>> event_history_;
  // Whether two acts of different authors have been told on the page: while
  // not, an indefinite "une « agression »" may refer to the one told.
  bool event_authors_differ_ = false;
  // Act nouns with their last recorded author, when recorded and last named.
  struct ActNounMemory {
    std::string key;
    std::vector<std::string> author;
    uint32_t recorded = 0, last = 0;
    bool ambiguous = false;
    // The act told again, by `by` in sentence `sent`: two authors of one act
    // noun told close together leave which is meant unknown.
    void Retell(const std::vector<std::string>& by, uint32_t sent) {
      ambiguous = author != by && recorded + 2 >= sent;
      author = by;
      recorded = last = sent;
    }
  };
  std::vector<ActNounMemory> act_nouns_;
  // The memory of the act noun `key`, or nullptr (valid until act_nouns_ grows).
  ActNounMemory* FindActNoun(std::string_view key) {
    for (ActNounMemory& m : act_nouns_)
      if (m.key == key) return &m;
    return nullptr;
  }
  std::vector<RecentPerson> recent_persons_;  // oldest first, each person once
  // Kinds of organization names (OrgNameKinds), by id, for this article.
  mutable std::unordered_map<std::string, int> org_kinds_;
  // What a description with an adjective ("the new mission") stood for.
  std::map<std::string, std::string> described_;
  // The two sides "both sides" last stood for, and when.
  std::vector<std::string> sides_;
  uint32_t sides_sent_ = 0;
  // The state whose junta a description last stood for.
  std::string junta_country_;
  // The author of the decision or measure reported last ("Paris a donné son
  // accord"): "cette décision" later refers to it.
  std::vector<std::string> act_author_;
  uint32_t act_author_sent_ = 0;
  // Authors of the acts of the last sentences (sentence, ids), for "the decision".
  std::vector<std::pair<uint32_t, std::vector<std::string>>> act_history_;
  std::vector<std::pair<int, std::vector<std::string>>> acts_here_;  // this sentence's
  std::vector<std::string> arms_recipient_;  // the last named recipient of arms
  uint32_t arms_recipient_sent_ = 0;
  // The subject of the trigger word subject_memo_at_ of sentence
  // subject_memo_sent_, kept while Relations asks for it several times (a
  // trigger with several lexicon entries, the recall layers after a frame):
  // meanwhile nothing Subject reads changes (the sentence's mentions and
  // speaker, the persons remembered). subject_memo_how_: "" when Subject
  // left *how as it was.
  const Sent* subject_memo_sent_ = nullptr;
  int subject_memo_at_ = -1;
  bool subject_memo_full_ = false;
  std::vector<std::string> subject_memo_;
  std::string subject_memo_how_;
  // LexAt's one-word sentence (only its word's flags are read).
  mutable std::vector<Word> one_word_ = std::vector<Word>(1);
  // Relations' forms chosen per lexicon entry at one trigger (scratch).
  std::vector<std::pair<int, Form>> chosen_forms_;
};

}  // namespace kzgraph::extract::internal

#endif  // KZGRAPH_SRC_EXTRACT_ENGINE_INTERNAL_H_
