#include "extract/dict_line.h"

#include <bit>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kzgraph::extract {
namespace {

// ReadDictLine's scanner: a cursor over one line.
class FastLine {
 public:
  explicit FastLine(std::string_view line) : p_(line.data()), end_(line.data() + line.size()) {}

  bool Read(DictLine* v) {
    v->Clear();
    SkipSpace();
    if (!Eat('{')) return false;
    SkipSpace();
    uint32_t seen = 0;  // bit per known field: a repeated one goes to rapidjson
    if (!Eat('}')) {
      for (;;) {
        std::string_view key;
        if (!String(&key)) return false;
        if (!EatSeparator(':')) return false;
        const int field = FieldOf(key);
        // A field this scanner does not know may be one the loader reads
        // (a field added later): rapidjson's path reads the line then. Only
        // the fields no loader reads (check.py's) are skipped here.
        if (field < 0 && key != "iso2" && key != "un_member") return false;
        if (field >= 0) {
          if (seen & (1u << field)) return false;
          seen |= 1u << field;
        }
        if (!Value(field, v)) return false;
        if (EatSeparator(',')) continue;
        if (Eat('}')) break;
        return false;
      }
    }
    SkipSpace();
    return p_ == end_;
  }

 private:
  // Fields 0..4 are the lists (kListFields' order).
  enum Field {
    kMembers = kListCount,
    kOffices,
    kId,
    kKind,
    kName,
    kNameFr,
    kAdjEn,
    kGender,
    kOf,
    kDisputed,
    kDeJure
  };
  // Whether `key` is the literal `name` (its size already known equal):
  // a fixed-size compare, no call.
  template <size_t N>
  static bool Is(std::string_view key, const char (&name)[N]) {
    return std::memcmp(key.data(), name, N - 1) == 0;
  }
  static int FieldOf(std::string_view key) {
    switch (key.size()) {
      case 2:
        return Is(key, "id") ? kId : Is(key, "of") ? kOf : -1;
      case 4:
        return Is(key, "kind") ? kKind : Is(key, "name") ? kName : -1;
      case 6:
        return Is(key, "gender") ? kGender : Is(key, "adj_en") ? kAdjEn : -1;
      case 7:
        return Is(key, "aliases")   ? 0
               : Is(key, "name_fr") ? kNameFr
               : Is(key, "offices") ? kOffices
               : Is(key, "members") ? kMembers
               : Is(key, "de_jure") ? kDeJure
                                    : -1;
      case 8:
        return Is(key, "acronyms")   ? 1
               : Is(key, "demonyms") ? 3
               : Is(key, "metonyms") ? 4
               : Is(key, "disputed") ? kDisputed
                                     : -1;
      case 10:
        return Is(key, "adjectives") ? 2 : -1;
      default:
        return -1;
    }
  }
  std::string_view* StringField(int field, DictLine* v) {
    switch (field) {
      case kId:
        return &v->id;
      case kKind:
        return &v->kind;
      case kName:
        return &v->name;
      case kNameFr:
        return &v->name_fr;
      case kAdjEn:
        return &v->adj_en;
      case kGender:
        return &v->gender;
      case kOf:
        return &v->of;
      case kDeJure:
        return &v->de_jure;
      default:
        return nullptr;
    }
  }
  // The value of `field` (-1: a field the loader does not read).
  bool Value(int field, DictLine* v) {
    if (p_ == end_) return false;
    if (*p_ == '"') {
      std::string_view s;
      if (!String(&s)) return false;
      if (field < 0) return true;
      std::string_view* slot = StringField(field, v);
      if (slot == nullptr) return false;
      *slot = s;
      return true;
    }
    if (*p_ == 't' || *p_ == 'f') {
      const bool value = *p_ == 't';
      const std::string_view word = value ? "true" : "false";
      if (static_cast<size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word)
        return false;
      p_ += word.size();
      if (field == kDisputed) {
        v->has_disputed = true;
        v->disputed = value;
        return true;
      }
      return field < 0;
    }
    if (*p_ != '[') return false;
    ++p_;
    std::vector<std::string_view>* strings = field >= 0 && field < kListCount ? &v->lists[field]
                                             : field == kMembers              ? &v->members
                                                                              : nullptr;
    const bool objects = field == kOffices;
    if (field >= 0 && strings == nullptr && !objects) return false;
    SkipSpace();
    if (Eat(']')) return true;
    for (;;) {
      if (p_ == end_) return false;
      if (*p_ == '"') {
        std::string_view s;
        if (objects || !String(&s)) return false;
        if (strings != nullptr) strings->push_back(s);
      } else if (*p_ == '{') {
        if (strings != nullptr || !Office(objects ? &v->offices : nullptr)) return false;
      } else {
        return false;
      }
      if (EatSeparator(',')) continue;
      return Eat(']');
    }
  }
  // An object of string values; its role, of, from and to go to *out
  // (nullptr: dropped).
  bool Office(std::vector<DictLine::OfficeViews>* out) {
    ++p_;  // '{'
    DictLine::OfficeViews o;
    unsigned seen = 0;
    SkipSpace();
    if (!Eat('}')) {
      for (;;) {
        std::string_view key, value;
        if (!String(&key)) return false;
        if (!EatSeparator(':')) return false;
        if (!String(&value)) return false;
        std::string_view* slot = nullptr;
        if (key.size() == 2) {
          slot = Is(key, "of") ? &o.of : Is(key, "to") ? &o.to : nullptr;
        } else if (key.size() == 4) {
          slot = Is(key, "role") ? &o.role : Is(key, "from") ? &o.from : nullptr;
        }
        if (slot != nullptr) {  // the first of a repeated key, as FindMember
          const unsigned bit = 1u << (slot - &o.role);
          if ((seen & bit) == 0) *slot = value;
          seen |= bit;
        }
        if (EatSeparator(',')) continue;
        if (Eat('}')) break;
        return false;
      }
    }
    if (out != nullptr) out->push_back(o);
    return true;
  }
  // A string without escapes or control characters (other bytes as they
  // are: rapidjson does not check UTF-8 here either). Eight bytes at a time:
  // the first quote, backslash or byte below 0x20 ends the scan.
  bool String(std::string_view* out) {
    if (!Eat('"')) return false;
    const char* const begin = p_;
    bool found = false;  // p_ is at the byte that ends the scan
#if defined(__SSE2__)
    // Sixteen bytes at a time first: a quote, a backslash or a byte below
    // 0x20 (unsigned: min(x, 0x1F) == x) ends the scan.
    while (end_ - p_ >= 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_));
      const __m128i special =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                    _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
                       _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x));
      const int mask = _mm_movemask_epi8(special);
      if (mask == 0) {
        p_ += 16;
        continue;
      }
      p_ += std::countr_zero(static_cast<unsigned>(mask));
      found = true;
      break;
    }
#endif
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    while (!found && end_ - p_ >= 8) {
      uint64_t x;
      std::memcpy(&x, p_, 8);
      const uint64_t quote = x ^ (kOnes * '"'), slash = x ^ (kOnes * '\\');
      // A zero byte of quote or slash, or a byte below 0x20 of x; a lane
      // may be flagged wrongly only after a true one (borrows go up).
      const uint64_t special =
          ((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash) | ((x - kOnes * 0x20) & ~x);
      if ((special & kHigh) == 0) {
        p_ += 8;
        continue;
      }
      if constexpr (std::endian::native == std::endian::little) {
        p_ += std::countr_zero(special & kHigh) / 8;
      }
      break;
    }
    for (; p_ != end_; ++p_) {
      const unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        *out = std::string_view(begin, p_ - begin);
        ++p_;
        return true;
      }
      if (c == '\\' || c < 0x20) return false;
    }
    return false;
  }
  // Blanks, `c`, blanks: true when `c` was there (consumed with the blanks
  // around it); false with only the blanks before it consumed. The lines'
  // ": " and ", " (then a non-blank) are read by one test.
  bool EatSeparator(char c) {
    if (end_ - p_ >= 3 && p_[0] == c && p_[1] == ' ' && static_cast<unsigned char>(p_[2]) > ' ') {
      p_ += 2;
      return true;
    }
    SkipSpace();
    if (!Eat(c)) return false;
    SkipSpace();
    return true;
  }
  void SkipSpace() {
    // Most bytes here are not blanks: one compare turns them away.
    while (p_ != end_ && static_cast<unsigned char>(*p_) <= ' ' &&
           (*p_ == ' ' || *p_ == '\t' || *p_ == '\r' || *p_ == '\n'))
      ++p_;
  }
  bool Eat(char c) {
    if (p_ == end_ || *p_ != c) return false;
    ++p_;
    return true;
  }
  const char* p_;
  const char* const end_;
};

}  // namespace

bool IsActorKind(std::string_view kind) {
  static constexpr std::string_view kKinds[] = {"country", "organization", "person", "group",
                                                "location"};
  return std::find(std::begin(kKinds), std::end(kKinds), kind) != std::end(kKinds);
}

bool ReadDictLine(std::string_view line, DictLine* v) { return FastLine(line).Read(v); }

bool ActorFromDictLine(const DictLine& v, Actor* a, Dictionary::NameViews* names) {
  if (v.id.empty() || !IsActorKind(v.kind)) return false;
  const bool location = v.kind == "location";
  if (location && v.disputed && !v.of.empty()) return false;
  if (location && !v.de_jure.empty() && !v.disputed) return false;
  for (const DictLine::OfficeViews& o : v.offices) {
    if (o.role.empty() || o.of.empty()) return false;
  }
  *a = Actor();
  a->id = v.id;
  a->kind = v.kind;
  a->name = v.name.empty() ? v.id : v.name;
  a->name_fr = v.name_fr;
  a->adj_en = v.adj_en;
  a->gender = v.gender;
  if (location) {
    a->in_country = v.of;
    a->disputed = v.disputed;
    a->de_jure = v.de_jure;
  }
  names->clear();
  // Views into the line, as the lists' names (not into *a, which moves).
  names->emplace_back(v.id, NameHow::kAlias);
  names->emplace_back(v.name.empty() ? v.id : v.name, NameHow::kAlias);
  if (!v.name_fr.empty()) names->emplace_back(v.name_fr, NameHow::kAlias);
  for (int k = 0; k < kListCount; ++k) {
    for (std::string_view s : v.lists[k]) names->emplace_back(s, kListFields[k].how);
  }
  MarkCapsIdAcronym(*a, names);
  a->members.assign(v.members.begin(), v.members.end());
  a->offices.reserve(v.offices.size());
  for (const DictLine::OfficeViews& o : v.offices) {
    Office& office = a->offices.emplace_back();
    office.role = o.role;
    office.of = o.of;
    office.from = o.from;
    office.to = o.to;
  }
  return true;
}

}  // namespace kzgraph::extract
