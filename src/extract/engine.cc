// The engine's driver: sentences in chunks, the per-sentence passes, then the
// article's entities, mentions and relations.
#include "extract/engine.h"

#include <algorithm>
#include <bit>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/engine_internal.h"
#include "extract/entity_label_only.h"
#include "extract/office_terms.h"
#include "extract/partial_quotes.h"
#include "extract/place_prepositions.h"

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
  stance_word = lex->Class("stance_word");
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
  hired = lex->Class("hired");
  role_qualifier = lex->Class("role_qualifier");
  place_head = lex->Class("place_head");
  coref_word = lex->Class("coref_word");
  org_intro = lex->Class("org_intro");
}

void Resources::IndexWords() {
  words.clear();
  words.Reserve(lex.index().first_words() + dict.index().first_words());
  word_filter.assign(size_t{1} << (kWordFilterBits - 6), 0);  // 64 bits a slot
  const auto filter = [&](const std::string& fold) {
    const uint64_t bit = WordFilterBit(FoldHash(fold));
    word_filter[bit >> 6] |= uint64_t{1} << (bit & 63);
  };
  // A word's class bits are its one-word phrases' classes (Lexicon::Bits).
  lex.index().ForEachFirst([&](const std::string& fold, const PhraseIndex::Bucket* b) {
    WordInfo& info = words[fold];
    filter(fold);
    info.lex = b;
    info.bits = b->single_tags;
    info.lex_second = b->second_words;
  });
  dict.index().ForEachFirst([&](const std::string& fold, const PhraseIndex::Bucket* b) {
    WordInfo& info = words[fold];
    filter(fold);
    info.dict = b;
    info.dict_second = b->second_words;
    info.dict_single = b->singles_begin < b->size();
  });
  given_names.clear();
  dict.index().ForEachFirst([&](const std::string& fold, const PhraseIndex::Bucket* b) {
    for (const PhraseIndex::Entry& e : *b) {
      const NameInfo& n = dict.name(e.payload);
      if (e.length == 1 || n.how != NameHow::kAlias || fold.size() < 2 ||
          dict.actors()[n.actor].kind != "person")
        continue;
      std::vector<std::string>& names = given_names[n.actor];
      if (std::find(names.begin(), names.end(), fold) == names.end()) names.push_back(fold);
    }
  });
  gender_heads.clear();
  quote_words.clear();
  for (const LexEntry& e : lex.entries()) {
    if (e.cls != cls.stance_word) continue;
    const std::string& role = e.Get("role");
    const int bit = role == "quote_mention_noun"  ? kMentionNoun
                    : role == "quote_naming_verb" ? kNamingVerb
                                                  : 0;
    for (size_t b = 0; bit != 0 && b <= e.phrase.size();) {
      size_t x = e.phrase.find('|', b);
      if (x == std::string::npos) x = e.phrase.size();
      quote_words[FoldWord(e.phrase.substr(b, x - b))] |= bit;
      b = x + 1;
    }
  }
  static constexpr std::pair<std::string_view, WordList> kWordListRoles[] = {
      {"person_noun", kPersonNoun},         {"impersonal_verb", kImpersonalVerb},
      {"office_chair", kChairTitle},        {"states_noun", kStatesNoun},
      {"holder_time", kHolderTimeModifier}, {"holder_time_known_only", kHolderTimeKnownOnly},
      {"org_anaphor", kOrgAnaphor},
  };
  word_lists.clear();
  for (const LexEntry& e : lex.entries()) {
    if (e.cls != cls.stance_word || e.Get("kind") != "word_list") continue;
    const std::string& role = e.Get("role");
    uint32_t bit = 0;
    for (const auto& [name, list] : kWordListRoles) bit = role == name ? list : bit;
    for (size_t b = 0; bit != 0 && b <= e.phrase.size();) {
      size_t x = e.phrase.find('|', b);
      if (x == std::string::npos) x = e.phrase.size();
      word_lists[FoldHash(FoldWord(e.phrase.substr(b, x - b)))] |= bit;
      b = x + 1;
    }
  }
  for (const LexEntry& e : lex.entries()) {
    if (e.cls != cls.stance_word || e.Get("role") != "gender_head") continue;
    const std::string& g = e.Get("gender");
    size_t b = 0;
    while (b <= e.phrase.size()) {
      size_t x = e.phrase.find('|', b);
      if (x == std::string::npos) x = e.phrase.size();
      gender_heads[FoldWord(e.phrase.substr(b, x - b))] = g.empty() ? 0 : g[0];
      b = x + 1;
    }
  }
}

namespace internal {

constinit const std::string KindText::kKinds[6] = {"",       "country", "organization",
                                                   "person", "group",   "location"};

const std::string& KindText::InternedOther(std::string_view kind) {
  // Never erased: the copies outlive every Men. Shared by the threads that
  // extract at once, hence the lock (rarely taken: actor kinds are above).
  static std::mutex lock;
  static std::set<std::string, std::less<>> others;
  std::lock_guard<std::mutex> hold(lock);
  auto it = others.find(kind);
  if (it == others.end()) it = others.emplace(kind).first;
  return *it;
}

void Engine::Run(std::string* trace) {
  const std::string& text = x_->article.text;
  // Sentences, merging splits after "M." or an initial ("V. Poutine"); the
  // words are split again per chunk so that only one chunk's words live at once.
  std::vector<Sentence> merged;
  merged.reserve(x_->sentences.size());
  for (size_t i = 0; i < x_->sentences.size(); ++i) {
    Sentence cur = x_->sentences[i];
    while (i + 1 < x_->sentences.size() && x_->sentences[i + 1].block == cur.block &&
           EndsWithAbbrev(text, cur.span)) {
      ++i;
      cur.span.end = x_->sentences[i].span.end;
    }
    merged.push_back(cur);
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
  // Room for the usual count of relations (about one per two sentences):
  // no regrowth moving every pending relation's four strings.
  relations_.reserve(x_->sentences.size() / 2 + 16);
  // Very long inputs are read in chunks of sentences, each a small article of
  // its own for roles and the main country; persons found earlier carry over.
  constexpr size_t kChunk = 2000;
  for (size_t begin = 0; begin < x_->sentences.size(); begin += kChunk) {
    const size_t end = std::min(x_->sentences.size(), begin + kChunk);
    RunChunk(begin, end, trace);
  }
  BuildOutput();
}

// The country the chunk is about (focus_, focus_clear_) and its headline's.
void Engine::ChooseFocus() {
  // The country the article is about: the most mentioned one (title counts twice).
  // A handful of countries per article: a vector searched in turn.
  struct CountryCount {
    std::string id;
    int count = 0;
    size_t first = 0;  // sentence of its first mention (0 for a place only)
    bool mentioned = false;
  };
  std::vector<CountryCount> counts;
  counts.reserve(16);  // room for a page's countries: no regrowth moving their ids
  auto count_of = [&](const std::string& id) -> CountryCount& {
    for (CountryCount& c : counts) {
      if (c.id == id) return c;
    }
    CountryCount& added = counts.emplace_back();
    added.id = id;
    return added;
  };
  for (const Sent& s : sents_) {
    for (const Men& m : s.men) {
      // a state's name that only places ("in Prague") still says what the page is about
      const bool place = m.kind == "location" && m.of == m.id;
      if ((m.kind != "country" && !place) || m.id.empty()) continue;
      const bool title = s.index == 0 || (x_->sentences[s.index].block < x_->blocks.size() &&
                                          x_->blocks[x_->sentences[s.index].block].role == "title");
      CountryCount& c = count_of(m.id);
      c.count += title ? 3 : 1;
      if (!c.mentioned) {
        c.mentioned = true;
        c.first = s.index;
      }
    }
    // Where things happen weighs more than who acts: "au Kazakhstan", "in
    // eastern Congo" (a capital's name stands for its government instead).
    // A place is a country's mention: a sentence with none has no place.
    bool country_named = false;
    for (const Men& m : s.men) country_named |= m.kind == "country" && !m.adj;
    for (int k = 0, n = static_cast<int>(s.word_count); k < n && country_named; ++k) {
      // PlacePrepositionAt's test, inlined (most words fail it): PlaceAt would find none.
      if (!IsPlacePrepositionFold(s.w[k].fold)) continue;
      int end = 0;
      const std::string place = PlaceAt(s, k, &end, /*regions=*/false);
      if (place.empty() || s.men[MentionAt(s, end - 1)].rule == "dict:metonym") continue;
      count_of(place).count += 2;
    }
  }
  focus_.clear();
  headline_.clear();
  for (const Sent& s : sents_) {
    const uint32_t b = x_->sentences[s.index].block;
    const bool title = b < x_->blocks.size() && x_->blocks[b].role == "title";
    // A page whose title line is the site's name: a heading line among the
    // first ones ("Kazakhstan's January Crisis: What ... Tells Us").
    const bool heading = s.index < 5 && s.w.size() >= 5 && !P(s, s.w.size() - 1, '.') &&
                         !P(s, s.w.size() - 1, '?') && headline_.empty();
    if (!title && !heading) continue;
    // "... troupes de l'OTSC au Kazakhstan" (a place), else "Niger : ..." (a
    // country before the colon); the headline's subject is no destination.
    for (int k = 0, end = 0; k < static_cast<int>(s.w.size()) && headline_.empty() && title; ++k)
      headline_ = PlaceAt(s, k, &end, /*regions=*/false);  // not in a byline: "X in Berlin"
    for (int k = 0; k < static_cast<int>(s.w.size()) && headline_.empty(); ++k) {
      if (!P(s, k, ':')) continue;
      for (const Men& m : s.men) {
        if (m.e <= k && m.kind == "country" && !m.adj && !m.id.empty()) headline_ = m.id;
      }
    }
  }
  // The most counted; among equals the first mentioned, then the headline's
  // topic ("Niger : la junte accuse la France", where both are named first in
  // the headline), then the smallest id (what a pass in order of id keeping
  // the first best gives).
  int best = 0;
  const CountryCount* focus = nullptr;
  for (const CountryCount& c : counts) {
    if (focus == nullptr || c.count > best ||
        (c.count == best &&
         (c.first < focus->first ||
          (c.first == focus->first && focus->id != headline_ &&
           (c.id == headline_ || c.id < focus->id))))) {
      best = c.count;
      focus = &c;
    }
  }
  if (focus != nullptr) focus_ = focus->id;
  int second = 0;
  for (const CountryCount& c : counts) {
    if (c.id != focus_) second = std::max(second, c.count);
  }
  focus_clear_ = best >= 4 && best >= 2 * second;
}

void Engine::RunChunk(size_t begin, size_t end, std::string* trace) {
  const std::string& text = x_->article.text;
  // Sentences of earlier chunks and articles, emptied: their vectors are
  // reused rather than allocated again for every sentence. The last chunk's
  // vector of them is taken over whole, so a Sent is emptied, not moved,
  // when it serves again; only the difference in number moves, to or from
  // the ones waiting apart.
  static thread_local std::vector<Sent> last, waiting;
  const size_t count = end - begin;
  sents_.clear();
  sents_.swap(last);
  while (sents_.size() > count) {
    waiting.push_back(std::move(sents_.back()));
    sents_.pop_back();
  }
  for (Sent& s : sents_) s.Clear();
  sents_.reserve(count);
  while (sents_.size() < count && !waiting.empty()) {
    sents_.push_back(std::move(waiting.back()));
    waiting.pop_back();
    sents_.back().Clear();
  }
  sents_.resize(count);
  // How a word bears on a partial quotation around it (partial_quotes.h):
  // it starts a phrase of a relation class (trigger, aid or troop noun,
  // office title), or of a charge (misdeed, pejorative), or is an actor's
  // one-word name or a first-person pronoun.
  const uint64_t relation_classes = uint64_t{1} << c_.trigger | uint64_t{1} << c_.aid |
                                    uint64_t{1} << c_.troop | uint64_t{1} << c_.role;
  const uint64_t charge_classes = uint64_t{1} << c_.wrongdoing | uint64_t{1} << c_.pejorative;
  // Wrapped once per chunk, not once per sentence: the lambda's captures
  // outgrow std::function's inline buffer, so each wrapping allocates.
  using QuoteClassFn = std::function<int(const std::vector<Word>&, int)>;
  const QuoteClassFn quote_class = [&](const std::vector<Word>& words, int i) {
    const Word& w = words[i];
    const WordInfo* info = r_.MayBeWord(w.hash) ? r_.words.Find(w) : nullptr;
    if (info == nullptr) return 0;
    int quote_bits = 0;  // a mention noun or a naming verb
    if (const auto it = r_.quote_words.find(w.fold); it != r_.quote_words.end())
      quote_bits = it->second;
    uint64_t tags = info->bits;  // its one-word phrases
    if (info->lex != nullptr) {  // and the longer ones that match here
      for (const PhraseIndex::Entry& e : *info->lex) {
        if (e.tag >= 0 && e.tag < 64 && e.length > 1 &&
            PhraseIndex::RestMatches(words, static_cast<size_t>(i), *info->lex, e))
          tags |= uint64_t{1} << e.tag;
      }
    }
    return ((tags & relation_classes) ? kRelationWord : 0) |
           ((tags & charge_classes) ? kChargeWord : 0) | (info->dict_single ? kNameWord : 0) |
           ((tags >> c_.pron_we & 1) ? kClauseWord : 0) | quote_bits;
  };
  for (size_t g = begin; g < end; ++g) {
    Sent& s = sents_[g - begin];
    s.index = static_cast<uint32_t>(g);
    s.span = x_->sentences[g].span;
    SplitWords(text, s.span, &s.w);
    DropPartialQuoteMarks(text, quote_class, &s.w);  // scare quotes break no phrase or walk
    s.word_count = static_cast<uint32_t>(s.w.size());
  }
  for (Sent& s : sents_) {
    const int n = static_cast<int>(s.w.size());
    s.bits.resize(n);
    s.at.assign(n, -1);
    s.inq.assign(n, 0);
    bool in = false;
    s.lex.assign(n, nullptr);
    s.trigger_at.clear();
    s.stance_word_at.clear();
    s.speech_at.clear();
    s.hit_len.assign(static_cast<size_t>(n) * kMaxClasses, 0);
    s.dict.resize(n);
    s.hit_mask.resize(n);
    // The vectors' data, read once: the stores below would make the
    // compiler load each vector's start again at every word.
    const Word* const words = s.w.data();
    uint64_t* const bits = s.bits.data();  // zeros (resized after Clear)
    const PhraseIndex::Bucket** const lex = s.lex.data();
    int8_t* const hit_len = s.hit_len.data();
    uint64_t* const hit_mask = s.hit_mask.data();  // zeros (resized after Clear)
    char* const inq = s.inq.data();
    uint64_t word_classes = 0, hit_classes = 0;
    bool has_bracket = false;
    static const WordInfo kNoInfo;
    for (int i = 0; i < n; ++i) {
      const Word& w = words[i];
      if (w.word) {
        const WordInfo* found = r_.MayBeWord(w.hash) ? r_.words.Find(w) : nullptr;
        const WordInfo& info = found == nullptr ? kNoInfo : *found;
        bits[i] = info.bits;
        word_classes |= info.bits;
        if (!w.hashtag) {
          lex[i] = info.lex;
          // One pass over the phrases starting here gives every class's
          // longest match, which the patterns then read many times.
          // The next word's test first, from the word's own entry: the
          // bucket is read only when a longer phrase may match.
          const bool next_word = i + 1 < n;
          if (info.lex != nullptr) {
            int8_t* lens = hit_len + static_cast<size_t>(i) * kMaxClasses;
            uint64_t longer_hits = 0;  // the classes of the longer phrases matched
            if (next_word && info.LexMaySecond(words[i + 1])) {
              PhraseIndex::ForEachLongerCandidate(
                  s.w, i, *info.lex, [&](const PhraseIndex::Entry& e) {
                    const int len = static_cast<int>(e.length);
                    if (len > lens[e.tag] && PhraseIndex::RestMatches(s.w, i, *info.lex, e)) {
                      lens[e.tag] = static_cast<int8_t>(len);
                      longer_hits |= uint64_t{1} << e.tag;
                    }
                    return true;
                  });
            }
            // The word alone: length 1 in each class it is a phrase of, unless
            // a longer phrase of that class matched (info.bits: the bucket's
            // single_tags).
            const uint64_t singles = info.bits;
            for (uint64_t b = singles & ~longer_hits; b != 0; b &= b - 1)
              lens[std::countr_zero(b)] = 1;
            const uint64_t word_hits = singles | longer_hits;  // lens[c] > 0
            hit_mask[i] = word_hits;
            hit_classes |= word_hits;
            if (word_hits >> c_.trigger & 1) s.trigger_at.push_back(i);
            if (word_hits >> c_.stance_word & 1) s.stance_word_at.push_back(i);
            if ((word_hits >> c_.speech & 1) || (word_hits >> c_.according & 1))
              s.speech_at.push_back(i);
          }
          // A dictionary bucket whose phrases cannot match here (no one-word
          // phrase, none going on with the next word) is skipped unread;
          // capitalised words still look for acronyms.
          const PhraseIndex::Bucket* dict =
              info.dict != nullptr &&
                      (info.dict_single || (next_word && info.DictMaySecond(words[i + 1])))
                  ? info.dict
                  : nullptr;
          if (dict != nullptr || w.upper_initial)  // acronyms: capitalised words
            r_.dict.LongestInto(text, s.w, i, dict, &s.dict[i]);
        }
      }
      const char p = w.punct;
      has_bracket |= p == '(';
      if (p == '<') {
        in = true;
      } else if (p == '>' || p == '"') {
        in = !in;
      }
      inq[i] = in;
    }
    s.word_classes |= word_classes;
    s.hit_classes |= hit_classes;
    s.has_bracket |= has_bracket;
  }
  for (Sent& s : sents_) {
    // "les départs forcés du Mali": the participle "forcé(e)s" folds to the
    // troop noun "forces"; with its accent it is no troop noun.
    if (AnyHit(s, c_.troop)) {
      const std::string& raw = x_->article.text;
      for (int i = 0, n = static_cast<int>(s.word_count); i < n; ++i) {
        const Word& w = s.w[i];
        if (!(w.fold == "forces" || w.fold == "force") ||
            (s.hit_mask[i] >> c_.troop & 1) == 0)
          continue;
        const std::string_view surface(raw.data() + w.span.begin, w.span.end - w.span.begin);
        if (surface.find("\xC3\xA9") == std::string_view::npos &&  // é
            surface.find("\xC3\x89") == std::string_view::npos)    // É
          continue;
        s.hit_len[static_cast<size_t>(i) * kMaxClasses + c_.troop] = 0;
        s.hit_mask[i] &= ~(uint64_t{1} << c_.troop);
      }
    }
    FindMentions(s);
    BodyThroughMembers(s);  // s8subj
    // "the Rapid Support Forces", "Forces de défense et de sécurité": a
    // word of an organization's or group's name is neither a trigger nor
    // an aid noun.
    if (!AnyHit(s, c_.trigger) && !AnyHit(s, c_.aid)) continue;
    for (int i = 0, n = static_cast<int>(s.word_count); i < n; ++i) {
      const PhraseIndex::Match& d = s.dict[i];
      if (d.length < 2 || s.at[i] < 0) continue;
      bool name = false;
      for (int p : d.payloads) {
        const std::string& kind = r_.dict.actors()[r_.dict.name(p).actor].kind;
        name |= kind == "organization" || kind == "group";
      }
      if (!name) continue;
      for (int k = i; k < i + d.length; ++k) {
        s.hit_len[static_cast<size_t>(k) * kMaxClasses + c_.trigger] = 0;
        s.hit_len[static_cast<size_t>(k) * kMaxClasses + c_.aid] = 0;
        s.hit_mask[k] &= ~(uint64_t{1} << c_.trigger | uint64_t{1} << c_.aid);
      }
      i += d.length - 1;
    }
  }
  ResolveRoles();
  ChooseFocus();
  ResolveInstitutions();
  for (Sent& s : sents_) Relations(s);
  FlushMentions();
  KnownOfficeRule();  // reads the entities just flushed
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
  last.swap(sents_);
  sents_.clear();
}

// Mentions and entities of the chunk's sentences.
void Engine::FlushMentions() {
  const std::string& text = x_->article.text;
  FoldTable<size_t>& index = entity_index_;
  // Room for an entity per mention at most: no Entity moved by a regrowth.
  size_t mentions = 0;
  for (const Sent& s : sents_) mentions += s.men.size() + s.entity_only.size();
  x_->entities.reserve(x_->entities.size() + mentions);
  for (const Sent& s : sents_) {
    for (size_t mi = 0; mi < s.men.size() + s.entity_only.size(); ++mi) {
      const Men& m = mi < s.men.size() ? s.men[mi] : s.entity_only[mi - s.men.size()];
      if (m.pronoun || m.id.empty() || m.kind.empty() || m.kind == "location" || !m.group.empty())
        continue;
      if (m.e <= m.b || s.w[m.e - 1].span.end < s.w[m.b].span.begin) continue;  // no words
      // "un groupe armé fondé par ...", "a terrorist organisation": a label,
      // no actor (an edge on it still makes it one, in BuildOutput).
      if (m.id == "terrorists" && TerroristsLabelOnly(s.w, m.b, m.e)) continue;
      if (MenuItem(text, s.w[m.b].span.begin, s.w[m.e - 1].span.end)) continue;
      if (m.id == "Europe" && CompassRegion(s.w, m.b, m.e)) continue;
      const Span span = {s.w[m.b].span.begin, s.w[m.e - 1].span.end};
      size_t& slot = index[m.id];
      if (slot == 0) {  // a new entity
        slot = x_->entities.size() + 1;
        Entity& e = x_->entities.emplace_back();
        e.id = m.id;
        const Actor* a = ActorOf(m);
        e.name = a ? a->name : m.id;
        e.kind = a ? a->kind : m.kind;
      }
      std::vector<std::string>& aliases = x_->entities[slot - 1].aliases;
      std::string_view alias(text.data() + span.begin, span.end - span.begin);
      if (std::find(aliases.begin(), aliases.end(), alias) == aliases.end())
        aliases.emplace_back(alias);
      if (r_.keep_mentions) {  // built only when kept: the CLI keeps none
        Mention& out = x_->mentions.emplace_back();
        out.span = span;
        out.entity_id = m.id;
        out.kind = m.kind;
        out.rule = m.rule;
        out.sentence = s.index;
      }
    }
  }
}

void Engine::BuildOutput() {
  const std::string& text = x_->article.text;
  FoldTable<size_t>& index = entity_index_;
  auto known = [&](const std::string& id) { return index.Find(std::string_view(id)) != nullptr; };
  // The (subject, predicate, object) triples output so far: views into the
  // relations output (reserved below: none moves during the loop), in an
  // open-addressing table of their indices + 1 (at most half full).
  struct Triple {
    std::string_view s, p, o;
    bool operator==(const Triple&) const = default;
  };
  std::vector<Triple> triples;
  triples.reserve(relations_.size());
  std::vector<uint32_t> seen(std::bit_ceil(2 * relations_.size() + 2), 0);
  // hs, hp, ho: FoldHash of t.s, t.p, t.o (the subject's and object's serve
  // the entity lookups too).
  auto first_time = [&](const Triple& t, uint64_t hs, uint64_t hp, uint64_t ho) {
    const size_t mask = seen.size() - 1;
    size_t k = (hs ^ (hp * 31) ^ (ho * 1009)) & mask;
    for (;; k = (k + 1) & mask) {
      if (seen[k] == 0) {
        triples.push_back(t);
        seen[k] = static_cast<uint32_t>(triples.size());
        return true;
      }
      if (triples[seen[k] - 1] == t) return false;
    }
  };
  x_->relations.reserve(x_->relations.size() + relations_.size());
  const std::string& date = x_->article.date;
  // Not const: each relation's strings are moved out, read by nothing after.
  for (PendingRelation& p : relations_) {
    // A holder whose every dictionary term in that body ended weeks before
    // the page (a dead leader, a predecessor) no longer heads or serves it;
    // a month's grace keeps a just-ousted president still called so.
    if ((p.p == "leads" || p.p == "official_of") && !date.empty()) {
      constexpr long kOfficeGraceDays = 30;
      const Actor* holder = r_.dict.Find(p.s);
      if (holder && holder->kind == "person" && !holder->offices.empty() &&
          TermsEndedBefore(*holder, p.o, date, kOfficeGraceDays))
        continue;
    }
    uint64_t hs = FoldHash(p.s), ho = FoldHash(p.o);
    if (index.FindHashed(hs, p.s) == nullptr || index.FindHashed(ho, p.o) == nullptr) {
      // an argument known only through an implicit destination or a title
      for (const std::string& id : {p.s, p.o}) {
        if (known(id)) continue;
        const Actor* a = r_.dict.Find(id);
        // A region its head's title names ("le gouverneur du Nord-Kivu") is
        // an actor; other places only locate.
        if (!a || (a->kind == "location" &&
                   !(p.p == "leads" && id == p.o && p.rule.compare(0, 11, "leads:title") == 0)))
          continue;
        index[id] = x_->entities.size() + 1;
        Entity& e = x_->entities.emplace_back();
        e.id = id;
        e.name = a->name;
        e.kind = a->kind;
      }
      if (!known(p.s) || !known(p.o)) continue;
    }
    std::string_view s = p.s, o = p.o;
    const bool swapped = p.p == "meets" && o < s;
    if (swapped) {
      std::swap(s, o);
      std::swap(hs, ho);
    }
    if (!first_time({s, p.p, o}, hs, FoldHash(p.p), ho)) continue;
    Relation& r = x_->relations.emplace_back();
    r.subject = std::move(p.s);
    r.predicate = std::move(p.p);
    r.object = std::move(p.o);
    // The new triple viewed p's strings, moved out just now: it views r's.
    triples.back() = {swapped ? r.object : r.subject, r.predicate, swapped ? r.subject : r.object};
    const Sentence& sent = x_->sentences[p.sent];
    r.span = sent.span;
    r.sentence.assign(text, sent.span.begin, sent.span.end - sent.span.begin);
    r.rule = std::move(p.rule);
    r.confidence = p.conf;
  }
}

}  // namespace internal

void RunEngine(const Resources& res, Extraction* x, std::string* trace) {
  internal::Engine engine(res, x, trace != nullptr);
  engine.Run(trace);
}

}  // namespace kzgraph::extract
