// Trigger lexicon and closed word classes (schema/lexicon/*.tsv, described in
// schema/lexicon/README.md). One line: CLASS<TAB>PHRASE<TAB>key=value ...
// Verbs are given by their lemma and conjugated here (regular French -er/-ir
// and English verbs; irregular forms listed with forms=).
#ifndef KZGRAPH_SRC_EXTRACT_LEXICON_H_
#define KZGRAPH_SRC_EXTRACT_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/phrase_index.h"
#include "kzgraph/status.h"

namespace kzgraph::extract {

namespace lex_keys {
// The attribute keys LexEntry keeps in slots (those the rules read per
// trigger or per role word); any other key is looked up in `attrs`.
inline constexpr std::string_view kKeys[] = {
    "type", "frame",  "pos",  "obj",   "lang", "name",  "role",   "rel",   "of",
    "then", "clitic", "bare", "state", "conj", "forms", "target", "incise",
    // read by SvoFrame, Frame, Backoff, TryRole, ThenFollows, ResolveOrgDescriptions
    "visit", "neg", "gather", "listed", "own", "reciprocal", "that", "then_not",
    "given_name", "body", "army_head", "kind", "known_only", "after_prep", "need_adj"};
inline constexpr int kCount = sizeof(kKeys) / sizeof(kKeys[0]);
constexpr int SlotOf(std::string_view key) {
  for (int k = 0; k < kCount; ++k) {
    if (key == kKeys[k]) return k;
  }
  return -1;
}
}  // namespace lex_keys

// An attribute key written as a literal: its slot is found at compile time
// (consteval), whatever the number of listed keys.
struct LexKey {
  template <size_t N>
  consteval LexKey(const char (&key)[N])  // NOLINT(google-explicit-constructor)
      : name(key, N - 1), slot(lex_keys::SlotOf(name)) {}
  std::string_view name;
  int slot;
};

struct LexEntry {
  int cls = -1;
  std::string phrase;  // as written (the lemma for verbs)
  std::map<std::string, std::string> attrs;
  std::string where;  // "FILE:LINE", for explanations
  // The value of attribute `key` ("" if absent). The keys the rules read
  // are copied out of `attrs` by Resolve(): a listed key then costs one
  // array read (its slot is found at compile time, see LexKey).
  [[gnu::always_inline]] const std::string& Get(LexKey key) const {
    return key.slot >= 0 ? known_[key.slot] : GetOther(key.name);
  }
  // Copies the known keys' values out of `attrs`; call it after every
  // change of `attrs`.
  void Resolve();

 private:
  friend class SchemaCacheIO;  // schema_cache.cc copies the loaded state
  static constexpr int kKnown = lex_keys::kCount;
  const std::string& GetOther(std::string_view key) const;
  std::string known_[kKnown];
};

// Grammatical form of a matched phrase.
enum class Form : char {
  kOther = 'o',  // nouns, fixed phrases
  kInfinitive = 'i',
  kFinite = 'f',
  kConditional = 'c',  // "enverrait": hypothetical
  kPastParticiple = 'p',
  kPresentParticiple = 'g',
};

class Lexicon {
 public:
  Status LoadDir(const std::string& dir);
  Status LoadFile(const std::string& path);
  // Adds one line (used by the loader and tests); `where` names it.
  Status AddLine(const std::string& line, const std::string& where);

  // The class id of a class name, registering it if new (at most 64).
  int Class(const std::string& name);

  struct Hit {
    int length = 0;
    InlineVector<std::pair<int, Form>, 4> entries;  // entry index, form
  };
  Hit Longest(const std::vector<Word>& words, size_t i, int cls) const;
  Hit Longest(const std::vector<Word>& words, size_t i, int cls,
              const PhraseIndex::Bucket* bucket) const;
  const PhraseIndex::Bucket* Find(const std::string& fold) const { return index_.Find(fold); }
  // Bit (1 << cls) for every class that has `fold` as a one-word phrase
  // (the phrase index keeps them per first word).
  uint64_t Bits(const std::string& fold) const {
    const PhraseIndex::Bucket* bucket = index_.Find(fold);
    return bucket == nullptr ? 0 : bucket->single_tags;
  }
  const LexEntry& entry(int i) const { return entries_[i]; }
  const PhraseIndex& index() const { return index_; }
  const std::vector<LexEntry>& entries() const { return entries_; }

 private:
  friend class SchemaCacheIO;
  void AddForm(std::string_view surface, int entry, Form form);
  Status AddVerb(std::string_view phrase, int index, const std::string& lang,
                 const std::string& where);
  std::vector<LexEntry> entries_;
  std::vector<std::pair<int, Form>> forms_;
  std::unordered_map<std::string, int> class_ids_;
  PhraseIndex index_;
};

// Inflected forms of a verb lemma: (form, kind). French: regular -er and -ir
// conjugations; English: regular -s/-ed/-ing.
std::vector<std::pair<std::string, Form>> ConjugateFrench(const std::string& lemma);
std::vector<std::pair<std::string, Form>> ConjugateEnglish(const std::string& lemma);

}  // namespace kzgraph::extract

#endif  // KZGRAPH_SRC_EXTRACT_LEXICON_H_
