#include "extract/dictionary.h"

#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
// As in text/read.cc (the same parser type): strings scanned 16 bytes at a
// time; the parse is the same.
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>

#include "extract/dict_line.h"
#include "util/read_file.h"

namespace kzgraph::extract {
namespace {

bool HasUpper(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c >= 'A' && c <= 'Z') return true;
    if (c == 0xC3 && i + 1 < s.size()) {  // À..Þ
      unsigned char d = s[i + 1];
      if (d >= 0x80 && d <= 0x9E && d != 0x97) return true;
    }
  }
  return false;
}

std::string StripFinalDot(std::string_view s) {
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  return std::string(s);
}

// Set while LoadDir reads its files: AddActorViews then leaves the offices
// to LoadDir, which files them once all actors are read. Registering them
// one by one cost some 12 string compares each in the ordered map; grouped
// by hash first, each distinct (role, of) goes into the map once.
thread_local bool defer_offices = false;
struct DeferOffices {  // reset however the load ends
  DeferOffices() { defer_offices = true; }
  ~DeferOffices() { defer_offices = false; }
};

// FoldHash reads eight bytes at a time, and costs less than std::hash.
struct OfficeKeyHash {
  size_t operator()(const std::pair<std::string_view, std::string_view>& k) const {
    return static_cast<size_t>(FoldHash(k.first) * 31 + FoldHash(k.second));
  }
};

}  // namespace

const Actor* Dictionary::Find(const std::string& id) const {
  int i = IndexOf(id);
  return i < 0 ? nullptr : &actors_[i];
}

int Dictionary::IndexOf(const std::string& id) const {
  const int* found = by_id_.Find(std::string_view(id));
  return found == nullptr ? -1 : *found - 1;
}

Status Dictionary::AddActor(Actor actor,
                            const std::vector<std::pair<std::string, NameHow>>& names) {
  NameViews views;
  views.reserve(names.size());
  for (const auto& [surface, how] : names) views.emplace_back(surface, how);
  return AddActorViews(std::move(actor), views);
}

Status Dictionary::AddActorViews(Actor&& actor, const NameViews& names) {
  int index;
  int& slot = by_id_[actor.id];
  if (slot == 0) {
    index = static_cast<int>(actors_.size());
    slot = index + 1;
    actors_.push_back(std::move(actor));
  } else {
    index = slot - 1;
    Actor& old = actors_[index];
    if (old.name.empty()) old.name = actor.name;
    if (old.adj_en.empty()) old.adj_en = actor.adj_en;
    if (old.gender.empty()) old.gender = actor.gender;
    if (old.in_country.empty()) old.in_country = actor.in_country;
    old.disputed |= actor.disputed;
    if (old.de_jure.empty()) old.de_jure = actor.de_jure;
    old.offices.insert(old.offices.end(), actor.offices.begin(), actor.offices.end());
    old.members.insert(old.members.end(), actor.members.begin(), actor.members.end());
  }
  for (const Office& o : actors_[index].offices) {
    if (defer_offices) break;
    std::vector<int>& holders = office_holders_[{o.role, o.of}];
    auto at = std::lower_bound(holders.begin(), holders.end(), index);
    if (at == holders.end() || *at != index) holders.insert(at, index);
  }
  for (size_t k = 0; k < names.size(); ++k) {
    const auto& [surface, how] = names[k];
    if (surface.empty()) continue;
    // A name given twice the same way (the id that is also the name, an
    // alias repeating it: some 30% of the dictionary's names) would add an
    // equal NameInfo and an equal phrase: the same matches, with a
    // duplicate payload, at the cost of folding and indexing it again.
    const auto same = [&](const std::pair<std::string_view, NameHow>& earlier) {
      return earlier.second == how && earlier.first == surface;
    };
    if (std::any_of(names.begin(), names.begin() + k, same)) continue;
    NameInfo info{index, how, HasUpper(surface)};
    int name_index = static_cast<int>(names_.size());
    names_.push_back(info);
    if (how == NameHow::kAcronym) {
      const std::string key = StripFinalDot(surface);
      acronyms_[key].push_back(name_index);
      const uint64_t fold_hash = FoldHash(FoldWord(key));
      acronym_folds_.insert(fold_hash);
      acronym_bloom_[fold_hash >> 58] |= uint64_t{1} << ((fold_hash >> 52) & 63);
    } else {
      static thread_local std::vector<std::string> folds;  // reused: one per name
      FoldPhraseInto(surface, &folds);
      index_.Add(folds, 0, name_index);
    }
  }
  return Status::OK();
}

PhraseIndex::Match Dictionary::Longest(const std::string& text, const std::vector<Word>& words,
                                       size_t i) const {
  const PhraseIndex::Bucket* bucket =
      i < words.size() && words[i].word && !words[i].hashtag ? index_.Find(words[i].fold) : nullptr;
  return Longest(text, words, i, bucket);
}

PhraseIndex::Match Dictionary::Longest(const std::string& text, const std::vector<Word>& words,
                                       size_t i, const PhraseIndex::Bucket* bucket) const {
  PhraseIndex::Match m;
  LongestInto(text, words, i, bucket, &m);
  return m;
}

void Dictionary::LongestInto(const std::string& text, const std::vector<Word>& words, size_t i,
                             const PhraseIndex::Bucket* bucket, PhraseIndex::Match* out) const {
  PhraseIndex::Match& m = *out;
  PhraseIndex::LongestInto(words, i, -1, bucket, &m);
  if (m.length <= 1 && i < words.size() && words[i].word && !words[i].hashtag &&
      words[i].upper_initial && MayBeAcronym(words[i].hash) &&
      acronym_folds_.count(words[i].hash) != 0) {
    // Acronyms are single words matched on their exact surface.
    const Span sp = words[i].span;
    auto it =
        acronyms_.find(StripFinalDot(std::string_view(text).substr(sp.begin, sp.end - sp.begin)));
    if (it != acronyms_.end()) {
      if (m.length == 0) m.length = 1;
      m.payloads.insert(m.payloads.end(), it->second.begin(), it->second.end());
    }
  }
}

const Actor* Dictionary::Holder(const std::string& role, const std::string& of,
                                const std::string& date) const {
  // Every holder in office on `date`; a handover day counts the incoming one
  // only. Two or more holders of one office (several ambassadors, advisers):
  // the role does not pin a person, so nobody.
  std::vector<const Actor*> holders;
  auto candidates = office_holders_.find(std::pair<std::string_view, std::string_view>(role, of));
  if (candidates == office_holders_.end()) return nullptr;
  for (int k : candidates->second) {
    const Actor& a = actors_[k];
    for (const Office& o : a.offices) {
      if (o.role != role || o.of != of) continue;
      bool in_office = date.empty()
                           ? o.to.empty()
                           : (o.from.empty() || o.from <= date) && (o.to.empty() || date < o.to);
      if (in_office) {
        if (std::find(holders.begin(), holders.end(), &a) == holders.end()) holders.push_back(&a);
        break;
      }
    }
  }
  if (holders.empty() && !date.empty()) {
    // The last day of a term: the outgoing holder is still in office.
    for (int k : candidates->second) {
      const Actor& a = actors_[k];
      for (const Office& o : a.offices) {
        if (o.role == role && o.of == of && o.to == date) {
          holders.push_back(&a);
          break;
        }
      }
    }
  }
  if (holders.size() > 1 && !date.empty()) {
    // "le porte-parole du Kremlin": a ministry's spokesperson is also listed
    // as her state's, beside the state's own (presidential) one. A holder
    // whose same office of a body runs on the date speaks for that body, so
    // the one holder left is the state's own.
    const Actor* own = nullptr;
    int owns = 0;
    for (const Actor* a : holders) {
      bool of_body = false;
      for (const Office& o : a->offices) {
        if (o.role != role || o.of == of || (!o.from.empty() && date < o.from) ||
            (!o.to.empty() && o.to <= date))
          continue;
        const Actor* body = Find(o.of);
        of_body |= body != nullptr && body->kind == "organization";
      }
      if (!of_body) {
        own = a;
        ++owns;
      }
    }
    if (owns == 1) return own;
  }
  return holders.size() == 1 ? holders[0] : nullptr;
}

void Dictionary::ReserveActors(size_t more) {
  // At least doubling: files loaded one after another (--dict) do not
  // regrow actors_ to the exact size each time, moving every actor.
  const size_t needed = actors_.size() + more;
  if (needed > actors_.capacity()) actors_.reserve(std::max(needed, 2 * actors_.capacity()));
}

Status Dictionary::LoadFile(const std::string& path) {
  std::string data;
  if (!ReadWholeFile(path, &data)) return Status::InvalidArgument(path + ": cannot open");
  ReserveActors(CountLines(data));
  return LoadText(path, data);
}

Status Dictionary::LoadText(const std::string& path, std::string_view data) {
  std::string line;  // a line rapidjson parses in place
  int line_no = 0;
  auto fail = [&](const std::string& msg) {
    return Status::InvalidArgument(path + ":" + std::to_string(line_no) + ": " + msg);
  };
  // The parse tree of a line in fixed buffers, cleared per line, rather than
  // a fresh pool (a heap chunk) per actor.
  char value_buffer[16384];
  char stack_buffer[4096];
  rapidjson::MemoryPoolAllocator<> value_pool(value_buffer, sizeof value_buffer);
  rapidjson::MemoryPoolAllocator<> stack_pool(stack_buffer, sizeof stack_buffer);
  using PooledDocument =
      rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>,
                                 rapidjson::MemoryPoolAllocator<>>;
  // One list of names for every line: its room is kept, not regrown per actor.
  std::vector<std::pair<std::string, NameHow>> names;
  DictLine values;
  NameViews name_views;  // the fast path's names: views into `data`
  Actor a;
  for (size_t at = 0; at < data.size();) {
    size_t eol = data.find('\n', at);
    if (eol == std::string::npos) eol = data.size();
    const std::string_view view(data.data() + at, eol - at);
    at = eol + 1;
    ++line_no;
    size_t b = view.find_first_not_of(" \t\r");
    if (b == std::string_view::npos || view.compare(b, 2, "//") == 0) continue;
    // Most lines: read without a JSON tree.
    if (ReadDictLine(view, &values) && ActorFromDictLine(values, &a, &name_views)) {
      if (Status s = AddActorViews(std::move(a), name_views); !s.ok()) return fail(s.message());
      continue;
    }
    line.assign(view);
    value_pool.Clear();
    stack_pool.Clear();
    PooledDocument d(&value_pool, 1024, &stack_pool);
    d.ParseInsitu(line.data());  // strings decoded in place: `line` outlives `d`
    if (d.HasParseError()) {
      return fail(std::string("invalid JSON (") + rapidjson::GetParseError_En(d.GetParseError()) +
                  ")");
    }
    if (!d.IsObject()) return fail("expected a JSON object");
    auto str = [&](const char* key) -> std::string {
      auto it = d.FindMember(key);
      return it != d.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
    };
    a = Actor();
    a.id = str("id");
    a.kind = str("kind");
    if (a.id.empty()) return fail("missing \"id\"");
    if (!IsActorKind(a.kind)) {
      return fail("\"kind\" must be country, organization, person, group or location");
    }
    a.name = str("name");
    if (a.name.empty()) a.name = a.id;
    a.name_fr = str("name_fr");
    a.adj_en = str("adj_en");
    a.gender = str("gender");
    if (a.kind == "location") {
      a.in_country = str("of");
      if (auto it = d.FindMember("disputed"); it != d.MemberEnd()) {
        if (!it->value.IsBool()) return fail("\"disputed\" must be true or false");
        a.disputed = it->value.GetBool();
      }
      if (a.disputed && !a.in_country.empty())
        return fail("a disputed place names no country (\"of\")");
      a.de_jure = str("de_jure");
      if (!a.de_jure.empty() && !a.disputed)
        return fail("\"de_jure\" belongs to a disputed place");
    }
    names.clear();
    names.emplace_back(a.id, NameHow::kAlias);
    names.emplace_back(a.name, NameHow::kAlias);
    if (!a.name_fr.empty()) names.emplace_back(a.name_fr, NameHow::kAlias);
    for (const ListField& f : kListFields) {
      auto it = d.FindMember(f.key);
      if (it == d.MemberEnd()) continue;
      if (!it->value.IsArray())
        return fail(std::string("\"") + f.key + "\" must be an array of strings");
      for (const auto& v : it->value.GetArray()) {
        if (!v.IsString())
          return fail(std::string("\"") + f.key + "\" must be an array of strings");
        names.emplace_back(v.GetString(), f.how);
      }
    }
    MarkCapsIdAcronym(a, &names);
    if (auto it = d.FindMember("members"); it != d.MemberEnd() && it->value.IsArray()) {
      for (const auto& v : it->value.GetArray()) {
        if (v.IsString()) a.members.push_back(v.GetString());
      }
    }
    if (auto it = d.FindMember("offices"); it != d.MemberEnd()) {
      if (!it->value.IsArray()) return fail("\"offices\" must be an array");
      for (const auto& v : it->value.GetArray()) {
        if (!v.IsObject()) return fail("each office must be an object");
        Office o;
        auto get = [&](const char* key) -> std::string {
          auto m = v.FindMember(key);
          return m != v.MemberEnd() && m->value.IsString() ? m->value.GetString() : "";
        };
        o.role = get("role");
        o.of = get("of");
        o.from = get("from");
        o.to = get("to");
        if (o.role.empty() || o.of.empty()) return fail("an office needs \"role\" and \"of\"");
        a.offices.push_back(std::move(o));
      }
    }
    if (Status s = AddActor(std::move(a), names); !s.ok()) return fail(s.message());
  }
  return Status::OK();
}

Status Dictionary::LoadDir(const std::string& dir) {
  // Every file read first: their line count sizes actors_ once.
  std::vector<std::string> files, texts;
  if (Status s = ReadFolder(dir, ".jsonl", &files, &texts); !s.ok()) return s;
  size_t lines = 0;
  for (const std::string& text : texts) lines += CountLines(text);
  ReserveActors(lines);
  index_.Reserve(4 * lines);  // about four names a line (22k for 5.7k lines)
  Status status = Status::OK();
  {
    DeferOffices defer;
    for (size_t k = 0; k < files.size() && status.ok(); ++k) status = LoadText(files[k], texts[k]);
  }
  // The offices of every actor (office_holders_ is a function of actors_:
  // each (role, of) with the ascending indices of the actors holding it).
  // Actors in index order: each group's indices come ascending.
  std::unordered_map<std::pair<std::string_view, std::string_view>, std::vector<int>, OfficeKeyHash>
      groups;
  groups.reserve(actors_.size() / 2);
  for (size_t index = 0; index < actors_.size(); ++index) {
    for (const Office& o : actors_[index].offices) {
      std::vector<int>& group = groups[{o.role, o.of}];
      if (group.empty() || group.back() != static_cast<int>(index))
        group.push_back(static_cast<int>(index));
    }
  }
  for (auto& [key, group] : groups) {
    std::vector<int>& holders = office_holders_[{std::string(key.first), std::string(key.second)}];
    if (holders.empty()) {
      holders = std::move(group);
      continue;
    }
    for (int index : group) {  // holders known before this folder
      auto at = std::lower_bound(holders.begin(), holders.end(), index);
      if (at == holders.end() || *at != index) holders.insert(at, index);
    }
  }
  return status;
}

}  // namespace kzgraph::extract
