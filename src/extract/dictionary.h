// Actor dictionaries (schema/dict/*.jsonl, format in schema/dict/README.md):
// names, acronyms, adjectives, demonyms, metonyms and dated offices.
#ifndef KZGRAPH_SRC_EXTRACT_DICTIONARY_H_
#define KZGRAPH_SRC_EXTRACT_DICTIONARY_H_

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extract/phrase_index.h"
#include "kzgraph/status.h"

namespace kzgraph::extract {

struct Office {
  std::string role;  // head_of_state, foreign_minister, ...
  std::string of;    // country or organization id
  std::string from, to;
  // The office is held on `date` (ISO dates compare as text): the term has
  // begun and has not ended, both days counted in.
  bool HeldOn(const std::string& date) const {
    return from <= date && (to.empty() || date <= to);
  }
};

struct Actor {
  std::string id, kind, name, name_fr, adj_en, gender;
  std::vector<Office> offices;
  std::vector<std::string> members;
  // Locations: the country the place lies in ("Kursk": Russia); empty for a
  // place of several states. `disputed`: whose state it is, is the issue
  // (Crimea, Nagorno-Karabakh), so it names no country (`in_country` empty).
  // `de_jure`: for a disputed place, the state the United Nations recognise
  // it in; troops sent there are sent to that state (the guidelines' reading).
  std::string in_country;
  std::string de_jure;
  bool disputed = false;
  // The country troops sent to this place are sent to: the one it lies in,
  // else the recognised one of a disputed place ("" for neither).
  const std::string& DestinationCountry() const { return in_country.empty() ? de_jure : in_country; }
};

// How a dictionary phrase names its actor.
enum class NameHow { kAlias, kAcronym, kAdjective, kDemonym, kMetonym };

struct NameInfo {
  int actor = -1;
  NameHow how = NameHow::kAlias;
  bool needs_capital = false;  // the dictionary spells it with a capital
};

class Dictionary {
 public:
  // Reads one JSONL file; a later entry with a known id adds names to it.
  // Fails with "FILE:LINE: message" on the first malformed line.
  Status LoadFile(const std::string& path);
  // Reads every *.jsonl of `dir` in name order (a missing folder is empty).
  Status LoadDir(const std::string& dir);

  const std::vector<Actor>& actors() const { return actors_; }
  const Actor* Find(const std::string& id) const;
  int IndexOf(const std::string& id) const;
  const NameInfo& name(int i) const { return names_[i]; }

  // Longest dictionary phrase at words[i] (acronyms: exact case).
  PhraseIndex::Match Longest(const std::string& text, const std::vector<Word>& words,
                             size_t i) const;
  // The same with the phrases starting with words[i] already looked up.
  PhraseIndex::Match Longest(const std::string& text, const std::vector<Word>& words, size_t i,
                             const PhraseIndex::Bucket* bucket) const;
  // The same written into *m, which must be empty (no temporary Match).
  void LongestInto(const std::string& text, const std::vector<Word>& words, size_t i,
                   const PhraseIndex::Bucket* bucket, PhraseIndex::Match* m) const;
  const PhraseIndex& index() const { return index_; }

  // The person holding `role` of `of` on `date` (ISO; empty: the current
  // holder); nullptr when the dictionary knows nobody or several holders.
  const Actor* Holder(const std::string& role, const std::string& of,
                      const std::string& date) const;

  // Adds one actor (used by the loader and by tests).
  Status AddActor(Actor actor, const std::vector<std::pair<std::string, NameHow>>& names);

  // Names as views (into the loaded text, or into AddActor's strings).
  using NameViews = std::vector<std::pair<std::string_view, NameHow>>;

 private:
  friend class SchemaCacheIO;  // schema_cache.cc copies the loaded state
  // AddActor with its names as views: the loader's fast path builds no
  // string per name.
  Status AddActorViews(Actor&& actor, const NameViews& names);
  // Parses the JSONL text of the file `path` (named in errors).
  Status LoadText(const std::string& path, std::string_view data);
  // Room for `more` actors.
  void ReserveActors(size_t more);

  std::vector<Actor> actors_;
  // id -> index in actors_ + 1 (0: none); ids are looked up for nearly
  // every mention and relation, and FoldHash costs less than std::hash.
  FoldTable<int> by_id_;
  std::vector<NameInfo> names_;
  PhraseIndex index_;
  // (role, of) -> the actors holding or having held it, ascending: Holder
  // reads these instead of every actor.
  struct OfficeLess {
    using is_transparent = void;
    template <typename A, typename B>
    bool operator()(const A& a, const B& b) const {
      return std::pair<std::string_view, std::string_view>(a.first, a.second) <
             std::pair<std::string_view, std::string_view>(b.first, b.second);
    }
  };
  std::map<std::pair<std::string, std::string>, std::vector<int>, OfficeLess> office_holders_;
  std::unordered_map<std::string, std::vector<int>> acronyms_;  // exact surface -> names_
  // FoldHash(FoldWord(surface)) of every acronym: a word whose fold is not
  // here cannot be one, and skips building its surface string.
  std::unordered_set<uint64_t> acronym_folds_;
  // Bit (h >> 52) of each of those hashes: most capitalised words are
  // turned away by one load instead of a set lookup.
  uint64_t acronym_bloom_[64] = {};
  bool MayBeAcronym(uint64_t fold_hash) const {
    const uint64_t bit = fold_hash >> 52;
    return (acronym_bloom_[bit >> 6] >> (bit & 63)) & 1;
  }
};

}  // namespace kzgraph::extract

#endif  // KZGRAPH_SRC_EXTRACT_DICTIONARY_H_
