// One line of the actor dictionaries (schema/dict/*.jsonl) read without a
// JSON tree: the loader's fast path for the lines of the common shape
// (Dictionary::LoadFile parses any other line with rapidjson).
#ifndef KZGRAPH_SRC_EXTRACT_DICT_LINE_H_
#define KZGRAPH_SRC_EXTRACT_DICT_LINE_H_

#include <algorithm>
#include <string_view>
#include <vector>

#include "extract/dictionary.h"

namespace kzgraph::extract {

// Whether `kind` is one of the dictionary's actor kinds.
bool IsActorKind(std::string_view kind);

// An id like "RIA Novosti" or "CSTO" is itself a name; the all-caps ids of
// persons and organizations are acronyms (names[0] is the id, names[1] the
// name).
template <typename Names>
inline void MarkCapsIdAcronym(const Actor& a, Names* names) {
  if (a.kind != "person" && a.kind != "organization") return;
  const bool caps = a.id.size() >= 2 && std::all_of(a.id.begin(), a.id.end(), [](char c) {
                      return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                    });
  if (!caps) return;
  (*names)[0].second = NameHow::kAcronym;
  if (a.name == a.id) (*names)[1].second = NameHow::kAcronym;
}

// The dictionary's list fields, in the order their names are added.
struct ListField {
  const char* key;
  NameHow how;
};
inline constexpr ListField kListFields[] = {{"aliases", NameHow::kAlias},
                                            {"acronyms", NameHow::kAcronym},
                                            {"adjectives", NameHow::kAdjective},
                                            {"demonyms", NameHow::kDemonym},
                                            {"metonyms", NameHow::kMetonym}};
inline constexpr int kListCount = sizeof(kListFields) / sizeof(kListFields[0]);
static_assert(kListCount == 5 && kListFields[2].how == NameHow::kAdjective,
              "dict_line.cc (FieldOf) numbers the lists in this order");

// The values of one dictionary line, as views into it.
struct DictLine {
  std::string_view id, kind, name, name_fr, adj_en, gender, of, de_jure;
  bool has_disputed = false, disputed = false;
  std::vector<std::string_view> lists[kListCount];
  std::vector<std::string_view> members;
  struct OfficeViews {
    std::string_view role, of, from, to;
  };
  std::vector<OfficeViews> offices;
  void Clear() {
    id = kind = name = name_fr = adj_en = gender = of = de_jure = {};
    has_disputed = disputed = false;
    for (auto& list : lists) list.clear();
    members.clear();
    offices.clear();
  }
};

// Reads `line` into *v when it has the common shape: one object whose
// values are strings, booleans, arrays of strings and arrays of objects of
// strings, its strings without escapes or control characters, each field the
// loader reads given once and with the type it expects. On those lines
// rapidjson's document gives the same values. False for anything else
// (escapes, numbers, nulls, nesting, repeated fields, malformed JSON, a
// field it does not know other than "iso2" and "un_member" ...).
bool ReadDictLine(std::string_view line, DictLine* v);

// Fills the actor and its names (views into the line) from a line
// ReadDictLine read; false when the loader would reject the line (its
// rapidjson path then says why).
bool ActorFromDictLine(const DictLine& v, Actor* a, Dictionary::NameViews* names);

}  // namespace kzgraph::extract

#endif  // KZGRAPH_SRC_EXTRACT_DICT_LINE_H_
