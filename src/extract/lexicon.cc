#include "extract/lexicon.h"

#include "util/read_file.h"

namespace kzgraph::extract {
namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The fields of s between separators, as std::getline gives them (no field
// after a final separator), without building a stream per line. Views into
// s: no string per field (the loader splits every lexicon line three ways).
// Written into *out, whose room each call site keeps from line to line.
const std::vector<std::string_view>& SplitOn(std::string_view s, char sep,
                                             std::vector<std::string_view>* out) {
  out->clear();
  size_t b = 0;
  while (b < s.size()) {
    const size_t e = s.find(sep, b);
    if (e == std::string_view::npos) {
      out->push_back(s.substr(b));
      break;
    }
    out->push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return *out;
}

// One buffer per call site of SplitOn (the splits nest: a line's columns,
// then a column's attributes, ...).
enum SplitSite { kColumns, kAttributes, kVariants, kFormGroups, kFormList, kSplitSites };
std::vector<std::string_view>* SplitBuffer(SplitSite site) {
  static thread_local std::vector<std::string_view> buffers[kSplitSites];
  return &buffers[site];
}

}  // namespace

const std::string& LexEntry::GetOther(std::string_view key) const {
  // A few attributes per entry: a scan, with no key string to build.
  static const std::string kEmpty;
  for (const auto& [k, v] : attrs) {
    if (k.size() == key.size() && k == key) return v;
  }
  return kEmpty;
}

namespace {

// lex_keys::SlotOf at run time: a key's size and first byte turn away
// nearly every listed key before its bytes are compared (Resolve looks up
// every attribute of every entry; SlotOf's compares called memcmp).
int SlotOfKey(std::string_view key) {
  if (key.empty()) return -1;
  for (int k = 0; k < lex_keys::kCount; ++k) {
    const std::string_view name = lex_keys::kKeys[k];
    if (name.size() == key.size() && name[0] == key[0] &&
        SameBytes(name.data(), key.data(), key.size()))
      return k;
  }
  return -1;
}

}  // namespace

void LexEntry::Resolve() {
  for (std::string& value : known_) value.clear();
  for (const auto& [key, value] : attrs) {
    if (const int slot = SlotOfKey(key); slot >= 0) known_[slot] = value;
  }
}

std::vector<std::pair<std::string, Form>> ConjugateFrench(const std::string& lemma) {
  std::vector<std::pair<std::string, Form>> out;
  out.reserve(40);  // an -er verb's forms: no regrowth
  out.emplace_back(lemma, Form::kInfinitive);
  if (EndsWith(lemma, "er")) {
    const std::string stem = lemma.substr(0, lemma.size() - 2);
    // Before a and o: "c" -> "ç", "g" -> "ge" (dénonçant, dirigeait).
    std::string soft = stem;
    if (EndsWith(stem, "c")) soft = stem.substr(0, stem.size() - 1) + "ç";
    if (EndsWith(stem, "g")) soft = stem + "e";
    std::string mute = stem;  // before a mute e: "appuy" -> "appui", "envoy" -> "envoi"
    if (EndsWith(stem, "oy") || EndsWith(stem, "uy")) mute = stem.substr(0, stem.size() - 1) + "i";
    for (const char* e : {"e", "ent"}) out.emplace_back(mute + e, Form::kFinite);
    if (mute != stem) {
      for (const char* e : {"e", "ent"}) out.emplace_back(stem + e, Form::kFinite);
    }
    out.emplace_back(soft + "ons", Form::kFinite);
    out.emplace_back(stem + "ez", Form::kFinite);
    for (const char* e : {"ait", "aient", "a", "ant"}) {
      out.emplace_back(soft + e,
                       std::string_view(e) == "ant" ? Form::kPresentParticiple : Form::kFinite);
    }
    for (const char* e : {"ions", "iez", "èrent"}) out.emplace_back(stem + e, Form::kFinite);
    const std::string fut =
        (EndsWith(lemma, "voyer") ? stem.substr(0, stem.size() - 3) + "verr" : mute + "er");
    for (const char* e : {"ai", "as", "a", "ons", "ez", "ont"})
      out.emplace_back(fut + e, Form::kFinite);
    for (const char* e : {"ais", "ait", "ions", "iez", "aient"})
      out.emplace_back(fut + e, Form::kConditional);
    for (const char* e : {"é", "ée", "és", "ées"})
      out.emplace_back(stem + e, Form::kPastParticiple);
  } else if (EndsWith(lemma, "ir")) {  // second group: avertir, réunir
    const std::string stem = lemma.substr(0, lemma.size() - 2);
    for (const char* e : {"is", "it", "issons", "issez", "issent", "issait", "issaient", "irent",
                          "ira", "iront", "isse"}) {
      out.emplace_back(stem + e, Form::kFinite);
    }
    for (const char* e : {"irait", "iraient"}) out.emplace_back(stem + e, Form::kConditional);
    for (const char* e : {"i", "ie", "is", "ies"})
      out.emplace_back(stem + e, Form::kPastParticiple);
    out.emplace_back(stem + "issant", Form::kPresentParticiple);
  }
  return out;
}

std::vector<std::pair<std::string, Form>> ConjugateEnglish(const std::string& lemma) {
  std::vector<std::pair<std::string, Form>> out;
  out.reserve(6);  // every form below: no regrowth
  out.emplace_back(lemma, Form::kInfinitive);
  const bool sibilant = EndsWith(lemma, "s") || EndsWith(lemma, "sh") || EndsWith(lemma, "ch") ||
                        EndsWith(lemma, "x") || EndsWith(lemma, "z") || EndsWith(lemma, "o");
  const bool cons_y = EndsWith(lemma, "y") && lemma.size() > 1 &&
                      std::string("aeiou").find(lemma[lemma.size() - 2]) == std::string::npos;
  const std::string base_y = cons_y ? lemma.substr(0, lemma.size() - 1) : lemma;
  out.emplace_back(cons_y ? base_y + "ies" : sibilant ? lemma + "es" : lemma + "s", Form::kFinite);
  std::string past = cons_y ? base_y + "ied" : EndsWith(lemma, "e") ? lemma + "d" : lemma + "ed";
  out.emplace_back(past, Form::kFinite);
  out.emplace_back(past, Form::kPastParticiple);
  std::string ing = (EndsWith(lemma, "e") && !EndsWith(lemma, "ee"))
                        ? lemma.substr(0, lemma.size() - 1) + "ing"
                        : lemma + "ing";
  out.emplace_back(ing, Form::kPresentParticiple);
  return out;
}

int Lexicon::Class(const std::string& name) {
  auto it = class_ids_.find(name);
  if (it != class_ids_.end()) return it->second;
  int id = static_cast<int>(class_ids_.size());
  class_ids_[name] = id;
  return id;
}

void Lexicon::AddForm(std::string_view surface, int entry, Form form) {
  static thread_local std::vector<std::string> words;  // reused: one per form
  FoldPhraseInto(surface, &words);
  if (words.empty()) return;
  int payload = static_cast<int>(forms_.size());
  forms_.emplace_back(entry, form);
  const int cls = entries_[entry].cls;
  index_.Add(words, cls, payload);
}

Status Lexicon::AddLine(const std::string& raw_line, const std::string& where) {
  std::string_view line = raw_line;  // the fields below are views into it
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  size_t b = line.find_first_not_of(" \t");
  if (b == std::string_view::npos || line[b] == '#') return Status::OK();
  const std::vector<std::string_view>& cols = SplitOn(line, '\t', SplitBuffer(kColumns));
  if (cols.size() < 2 || cols[0].empty() || cols[1].empty()) {
    return Status::InvalidArgument(where + ": expected CLASS<TAB>PHRASE[<TAB>key=value ...]");
  }
  const std::string class_name(cols[0]);
  if (class_ids_.size() >= 64 && !class_ids_.count(class_name)) {
    return Status::InvalidArgument(where + ": too many classes (at most 64)");
  }
  const int cls = Class(class_name);
  const int index = static_cast<int>(entries_.size());
  // Built in place, not moved in (an entry holds some twenty strings); a
  // malformed attribute takes it out again. Adding its forms below grows
  // forms_ and the index, never entries_, so `e` stays valid.
  LexEntry& e = entries_.emplace_back();
  e.cls = cls;
  e.phrase = cols[1];
  e.where = where;
  for (size_t i = 2; i < cols.size(); ++i) {
    std::string last_key;
    for (std::string_view kv : SplitOn(cols[i], ' ', SplitBuffer(kAttributes))) {
      if (kv.empty()) continue;
      size_t eq = kv.find('=');
      if (eq == std::string_view::npos &&
          !last_key.empty()) {  // a value with spaces: forms=f:turns to
        e.attrs[last_key].append(" ").append(kv);
        continue;
      }
      if (eq == std::string_view::npos || eq == 0) {
        entries_.pop_back();
        return Status::InvalidArgument(where + ": attribute '" + std::string(kv) +
                                       "' is not key=value");
      }
      last_key = kv.substr(0, eq);
      e.attrs[last_key] = kv.substr(eq + 1);
    }
  }
  e.Resolve();
  const LexEntry& added = e;
  const std::string& lang = added.Get("lang");
  const bool verb = added.Get("pos") == "verb";
  if (!verb) {
    for (std::string_view variant : SplitOn(added.phrase, '|', SplitBuffer(kVariants)))
      AddForm(variant, index, Form::kOther);
    return Status::OK();
  }
  // Verb: inflect the first word; the rest ("en garde", "appel à") is fixed.
  // Each variant ("agree with|side with") is a lemma of its own.
  for (std::string_view variant : SplitOn(added.phrase, '|', SplitBuffer(kVariants))) {
    if (Status st = AddVerb(variant, index, lang, where); !st.ok()) return st;
  }
  return Status::OK();
}

Status Lexicon::AddVerb(std::string_view phrase, int index, const std::string& lang,
                        const std::string& where) {
  const LexEntry& e = entries_[index];
  std::string lemma(phrase);
  if (lemma.rfind("se ", 0) == 0) lemma = lemma.substr(3);
  if (lemma.rfind("s'", 0) == 0) lemma = lemma.substr(2);
  if (lemma.rfind("en ", 0) == 0) lemma = lemma.substr(3);  // "s'en prendre": clitic=en checks it
  if (lemma.rfind("to ", 0) == 0) lemma = lemma.substr(3);
  size_t sp = lemma.find(' ');
  const std::string head = lemma.substr(0, sp);
  const std::string rest = sp == std::string::npos ? "" : lemma.substr(sp);
  std::vector<std::pair<std::string, Form>> forms;
  if (e.Get("conj") != "none") {
    forms = lang == "en" ? ConjugateEnglish(head) : ConjugateFrench(head);
  }
  // forms=f:soutient,soutiennent;p:soutenu,soutenue;...
  if (const std::string& extra = e.Get("forms"); !extra.empty()) {
    for (std::string_view group : SplitOn(extra, ';', SplitBuffer(kFormGroups))) {
      if (group.size() < 3 || group[1] != ':' ||
          std::string_view("fpgcio").find(group[0]) == std::string_view::npos) {
        return Status::InvalidArgument(where + ": forms= groups look like f:a,b;p:c (f p g c i o)");
      }
      for (std::string_view f : SplitOn(group.substr(2), ',', SplitBuffer(kFormList))) {
        if (!f.empty()) forms.emplace_back(std::string(f), static_cast<Form>(group[0]));
      }
    }
  }
  if (forms.empty())
    return Status::InvalidArgument(where + ": verb '" + e.phrase + "' has no forms");
  for (const auto& [f, form] : forms) {
    // forms= may spell the first word ("held") or the whole phrase ("turned
    // to"); a whole phrase of another variant ("stood with" for "stand by")
    // is that variant's.
    if (rest.empty()) {
      AddForm(f, index, form);  // most verbs: the form alone, no new string
    } else if (f.find(' ') == std::string::npos) {
      AddForm(f + rest, index, form);
    } else if (f.size() > rest.size() &&
               f.compare(f.size() - rest.size(), rest.size(), rest) == 0) {
      AddForm(f, index, form);
    }
  }
  return Status::OK();
}

namespace {

// Adds the lines of `data`, the text of the file `path` (named in errors),
// cut as std::getline cuts them; one line and one "FILE:LINE" string, their
// room kept from line to line.
Status AddLines(const std::string& path, std::string_view data, Lexicon* lex) {
  std::string line, where;
  int n = 0;
  for (size_t at = 0; at < data.size();) {
    size_t eol = data.find('\n', at);
    if (eol == std::string_view::npos) eol = data.size();
    line.assign(data.substr(at, eol - at));
    at = eol + 1;
    ++n;
    where.assign(path).append(":").append(std::to_string(n));
    if (Status s = lex->AddLine(line, where); !s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace

Status Lexicon::LoadFile(const std::string& path) {
  std::string data;
  if (!ReadWholeFile(path, &data)) return Status::InvalidArgument(path + ": cannot open");
  return AddLines(path, data, this);
}

Status Lexicon::LoadDir(const std::string& dir) {
  // Every file read first: their line count bounds the entries, so entries_
  // (some twenty strings each) is sized once instead of regrown.
  std::vector<std::string> files, texts;
  if (Status s = ReadFolder(dir, ".tsv", &files, &texts); !s.ok()) return s;
  size_t lines = 0;
  for (const std::string& text : texts) lines += CountLines(text);
  entries_.reserve(entries_.size() + lines);
  // About ten phrases a line (a verb's inflections): 30k for 3.2k lines.
  forms_.reserve(forms_.size() + 10 * lines);
  index_.Reserve(10 * lines);
  for (size_t k = 0; k < files.size(); ++k) {
    if (Status s = AddLines(files[k], texts[k], this); !s.ok()) return s;
  }
  return Status::OK();
}

Lexicon::Hit Lexicon::Longest(const std::vector<Word>& words, size_t i, int cls) const {
  if (i >= words.size()) return Hit();
  return Longest(words, i, cls, index_.Find(words[i].fold));
}

Lexicon::Hit Lexicon::Longest(const std::vector<Word>& words, size_t i, int cls,
                              const PhraseIndex::Bucket* bucket) const {
  Hit h;
  if (bucket == nullptr) return h;
  h.length = PhraseIndex::ForEachLongestPayload(
      words, i, cls, bucket, [&](int payload) { h.entries.push_back(forms_[payload]); });
  return h;
}

}  // namespace kzgraph::extract
