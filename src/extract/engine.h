// The extraction engine: mentions (dictionary, discovery, coreference) then
// relations (trigger lexicon + argument patterns) over one analysed article.
#ifndef KZGRAPH_SRC_EXTRACT_ENGINE_H_
#define KZGRAPH_SRC_EXTRACT_ENGINE_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/dictionary.h"
#include "extract/lexicon.h"
#include "kzgraph/extraction.h"

namespace kzgraph::extract {

// Class ids of the lexicon used by the patterns, looked up once.
struct Classes {
  int det, prep_de, prep, neg_ne, neg_after, neg_en, aux, etre, modal, hypo_if, deny, adverb,
      clitic, coord, list_intro, que, qui, according, pron_subj, pron_obj, pron_we, possessive,
      govnoun, troop, act, orgclass, deploy_cue, wrongdoing, agent_marker, pejorative, aid,
      honorific, media_head, ministry_head, ministry_name, diplomacy, security_forces, not_name,
      role, role_dept, trigger, speech, rank, name_particle, capital, pron_plural, region_part,
      pron_demo, readiness, quantity, institution, org_head_en, org_head_fr, event, strike_verb,
      order_verb, org_qualifier, common_acronym, hired, role_qualifier;
  int stance_word = 0;  // engine_stance.cc: its entries' role= says which
  int place_head = 0;   // engine_mentions.cc: "golfe de", "statut de" + a name
  int coref_word = 0;   // engine_coref.cc: descriptions of organizations (coref.tsv)
  int org_intro = 0;    // engine_discovery.cc: "l'ONG", "the rights group" + a new name
  void Init(Lexicon* lex);
};

// Everything known about one folded word, found with a single lookup.
struct WordInfo {
  uint64_t bits = 0;                          // Lexicon::Bits
  const PhraseIndex::Bucket* lex = nullptr;   // lexicon phrases starting with it
  const PhraseIndex::Bucket* dict = nullptr;  // dictionary phrases starting with it
  // Copies of the buckets' Bucket::second_words, and whether `dict` has a
  // one-word phrase: most words start no phrase that the next word can go
  // on, and these spare a read of the bucket (a cache miss) for them.
  uint64_t lex_second = 0, dict_second = 0;
  bool dict_single = false;
  bool LexMaySecond(const Word& next) const { return (lex_second >> (next.hash >> 58)) & 1; }
  bool DictMaySecond(const Word& next) const { return (dict_second >> (next.hash >> 58)) & 1; }
};

// The rules' closed word lists, one bit each in Resources::word_lists: the
// one-word phrases of stance_word entries with the role named beside each
// (engine.cc kWordListRoles; the files say which rule reads them).
enum WordList : uint32_t {
  kPersonNoun = 1,            // person_noun: "membre", "analyst" + a new name
  kImpersonalVerb = 2,        // impersonal_verb: "il faut", "it seems"
  kChairTitle = 4,            // office_chair: "chairman", "présidence" of a body
  kStatesNoun = 8,            // states_noun: "pays", "powers" after a nationality
  kHolderTimeModifier = 16,   // holder_time: "former", "outgoing" + a name
  kHolderTimeKnownOnly = 32,  // holder_time_known_only: "new", "interim" + a known acronym
  kOrgAnaphor = 64,           // org_anaphor: "l'organisation", "the bloc"
};

struct Resources {
  Dictionary dict;
  Lexicon lex;
  Classes cls;
  FoldTable<WordInfo> words;  // by Word::hash: one probe per word
  // One bit per (Word::hash >> 46) of the words in `words`: a word whose bit
  // is clear is not there. The table is megabytes, and a probe for a word it
  // lacks (names, most content words) was a cache miss; these 32 KB mostly
  // stay in cache, and turn away some 96% of those words.
  static constexpr int kWordFilterBits = 18;  // 2^18 bits: 32 KB
  static uint64_t WordFilterBit(uint64_t hash) { return hash >> (64 - kWordFilterBits); }
  std::vector<uint64_t> word_filter;
  bool MayBeWord(uint64_t hash) const {
    const uint64_t bit = WordFilterBit(hash);
    return (word_filter[bit >> 6] >> (bit & 63)) & 1;
  }
  // Grammatical gender ('m', 'f', or 0 when unknown) of the head nouns listed
  // as gender_head in the lexicon (coref.tsv), by folded word.
  std::unordered_map<std::string, char> gender_heads;
  // The one-word phrases of the stance_word roles quote_mention_noun and
  // quote_naming_verb (words_quotation_mentions_labels.tsv), by folded word:
  // their kMentionNoun / kNamingVerb bits of partial_quotes.h.
  std::unordered_map<std::string, int> quote_words;
  // WordList bits by FoldHash of the folded word (Word::hash).
  std::unordered_map<uint64_t, uint32_t> word_lists;
  uint32_t WordLists(uint64_t hash) const {
    const auto it = word_lists.find(hash);
    return it == word_lists.end() ? 0 : it->second;
  }
  // The first words of each dictionary person's names of several words, by
  // actor index ("vladimir" for Putin): a full name with another first name
  // is another person ("Ousmane Kaboré"), or a spelling of the same one.
  std::unordered_map<int, std::vector<std::string>> given_names;
  bool keep_mentions = true;  // ExtractorOptions::keep_mentions
  // Fills `words` and `gender_heads` from the loaded lexicon and dictionary
  // (call once, last).
  void IndexWords();
};

// Runs mentions and relations over `x` (article, blocks and sentences already
// filled by the text stage). With `trace`, appends a per-sentence report.
void RunEngine(const Resources& res, Extraction* x, std::string* trace);

}  // namespace kzgraph::extract

#endif  // KZGRAPH_SRC_EXTRACT_ENGINE_H_
