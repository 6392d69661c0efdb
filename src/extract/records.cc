#include "extract/records.h"

#include <rapidjson/internal/dtoa.h>
#include <rapidjson/internal/itoa.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace kzgraph {
namespace {

// Writes JSON byte for byte as rapidjson::Writer does (same escapes, same
// number formats), without its per-value state checks, through a cursor
// into a buffer that is grown before each value: one capacity check per
// value instead of one per piece, and fixed-size copies for the literals.
// memcpy for the short strings most fields hold (ids, kinds, rules), by
// overlapping fixed-size moves instead of a call.
inline void CopyBytes(char* to, const char* from, size_t n) {
  if (n >= 8 && n <= 16) {
    uint64_t head, tail;
    std::memcpy(&head, from, 8);
    std::memcpy(&tail, from + n - 8, 8);
    std::memcpy(to, &head, 8);
    std::memcpy(to + n - 8, &tail, 8);
  } else if (n >= 4 && n < 8) {
    uint32_t head, tail;
    std::memcpy(&head, from, 4);
    std::memcpy(&tail, from + n - 4, 4);
    std::memcpy(to, &head, 4);
    std::memcpy(to + n - 4, &tail, 4);
  } else if (n > 0 && n < 4) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
#ifdef __SSE2__
  } else if (n > 16 && n <= 32) {
    const __m128i head = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from));
    const __m128i tail = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + n - 16));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(to), head);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(to + n - 16), tail);
#endif
  } else if (n > 0) {
    std::memcpy(to, from, n);
  }
}

class RecordWriter {
 public:
  // The buffer is the thread's scratch, kept across calls: it grows to the
  // largest article's records once and is never zero-filled again.
  RecordWriter() : buf_(Scratch()), p_(buf_.data()), end_(buf_.data() + buf_.size()) {}

  std::string_view written() const { return {buf_.data(), static_cast<size_t>(p_ - buf_.data())}; }
  void Rewind() { p_ = buf_.data(); }

  // Room for n more bytes: each record reserves its largest size once (see
  // RecordSize), and the writers below check nothing.
  void Reserve(size_t n) { Ensure(n); }
  // Room for a string of n bytes escaped: at most six bytes per byte, the
  // quotes, and 32 bytes that FirstEscapeInRoom may read past the copy.
  static size_t MaxString(size_t n) { return 6 * n + 2 + 32; }

  // `doc_json`: the document's name as a JSON string, escaped once for all
  // the records of the document (every record repeats it).
  template <size_t N>
  void Begin(const char (&type)[N], std::string_view doc_json) {
    Put("{\"type\":\"");
    Put(type);  // our types: plain ASCII, nothing to escape
    Put("\",\"doc\":");
    std::memcpy(p_, doc_json.data(), doc_json.size());
    p_ += doc_json.size();
  }
  template <size_t N>
  void Raw(const char (&literal)[N]) {
    Put(literal);
  }
  void End() { Raw("}\n"); }
  template <size_t N>
  void Field(const char (&key)[N], const std::string& value) {
    PutKey(key);
    PutString(value.data(), value.size());
  }
  template <size_t N>
  void Key(const char (&key)[N]) {
    PutKey(key);
  }
  void String(const std::string& s) { PutString(s.data(), s.size()); }
  void Uint(unsigned u) { p_ = rapidjson::internal::u32toa(u, p_); }
  void Double(double d) {
    if (rapidjson::internal::Double(d).IsNanOrInf()) return;  // rapidjson writes nothing
    // A relation's confidence takes a few values over a run: their text is
    // kept in a small cache instead of running dtoa each time.
    struct Cached {
      uint64_t bits = 0;
      bool used = false;
      uint8_t length = 0;
      char text[25];
    };
    static thread_local Cached cache[16];
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    Cached& c = cache[(bits * 0x9E3779B97F4A7C15ull) >> 60];
    if (!c.used || c.bits != bits) {
      c.length = static_cast<uint8_t>(rapidjson::internal::dtoa(d, c.text) - c.text);
      c.bits = bits;
      c.used = true;
    }
    std::memcpy(p_, c.text, sizeof c.text);  // fixed size; the cursor moves by the length
    p_ += c.length;
  }

 private:
  static std::string& Scratch() {
    static thread_local std::string scratch;
    return scratch;
  }
  void Ensure(size_t n) {
    if (static_cast<size_t>(end_ - p_) < n) Grow(n);
  }
  void Grow(size_t n) {
    const size_t used = static_cast<size_t>(p_ - buf_.data());
    buf_.resize(std::max(used + n, 2 * buf_.size() + 4096));
    p_ = buf_.data() + used;
    end_ = buf_.data() + buf_.size();
  }
  // The Put* functions write into room made by Ensure.
  template <size_t N>
  void Put(const char (&literal)[N]) {
    std::memcpy(p_, literal, N - 1);
    p_ += N - 1;
  }
  template <size_t N>
  void PutKey(const char (&key)[N]) {
    // ,"key":  (our keys: plain ASCII, nothing to escape)
    p_[0] = ',';
    p_[1] = '"';
    std::memcpy(p_ + 2, key, N - 1);
    p_[N + 1] = '"';
    p_[N + 2] = ':';
    p_ += N + 3;
  }
  // Copies the string's bytes at once, then looks for escapes in the copy,
  // 16 bytes at a time (reading past its end stays inside the buffer: see
  // MaxString); only a string with an escape is written again from there.
  void PutString(const char* s, size_t n) {
    *p_ = '"';
    char* q = p_ + 1;
    CopyBytes(q, s, n);
    const size_t i = FirstEscapeInRoom(q, n);
    if (i == n) {
      q[n] = '"';
      p_ = q + n + 1;
      return;
    }
    p_ = q + i;
    PutEscapedFrom(s, i, n);
  }
  [[gnu::noinline]] void PutEscapedFrom(const char* s, size_t i, size_t n) {
    // The escapes of rapidjson::Writer: the short forms \b \t \n \f \r, \uXXXX
    // (capital hex digits) for the other control bytes, and \" and \\.
    static const char kEscape[32] = {'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'b', 't', 'n',
                                     'u', 'f', 'r', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',
                                     'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u'};
    static const char kHex[] = "0123456789ABCDEF";
    size_t run = i;  // start of the bytes not written yet
    for (; i < n; i = NextEscape(s, i + 1, n)) {
      const unsigned char c = s[i];
      std::memcpy(p_, s + run, i - run);
      p_ += i - run;
      run = i + 1;
      *p_++ = '\\';
      if (c >= 0x20) {
        *p_++ = static_cast<char>(c);
      } else if (kEscape[c] != 'u') {
        *p_++ = kEscape[c];
      } else {
        const char esc[5] = {'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        std::memcpy(p_, esc, 5);
        p_ += 5;
      }
    }
    std::memcpy(p_, s + run, n - run);
    p_ += n - run;
    *p_++ = '"';
  }
  // The first of q[0, n) that needs an escape (n if none); reads up to 31
  // bytes past q + n, which must lie in the buffer.
  static size_t FirstEscapeInRoom(const char* q, size_t n) {
#ifdef __SSE2__
    // A byte needs an escape when it is below 0x20 or '"' (0x22), that is
    // when it xor 0x02 is at most 0x20, or when it is '\\'.
    const __m128i flip = _mm_set1_epi8(0x02), max_flipped = _mm_set1_epi8(0x20);
    const __m128i backslash = _mm_set1_epi8('\\');
    auto escapes = [&](const char* p) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      const __m128i x = _mm_xor_si128(v, flip);
      return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(
          _mm_cmpeq_epi8(_mm_min_epu8(x, max_flipped), x), _mm_cmpeq_epi8(v, backslash))));
    };
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {  // two blocks per test
      if (const unsigned mask = escapes(q + i) | escapes(q + i + 16) << 16; mask != 0)
        return i + __builtin_ctz(mask);
    }
    // The last 1 to 31 bytes (most strings are no longer), the bytes past
    // the string masked off.
    if (i < n) {
      unsigned mask = escapes(q + i);
      if (n - i > 16) mask |= escapes(q + i + 16) << 16;
      mask &= (1u << (n - i)) - 1;
      if (mask != 0) return i + __builtin_ctz(mask);
    }
    return n;
#else
    return NextEscape(q, 0, n);
#endif
  }
  // The first byte at or after i that needs an escape (n if none): 16 bytes
  // at a time where SSE2 is there, then 8 at a time, the last 8 bytes read
  // again rather than one by one (nearly all text needs no escape).
  static size_t NextEscape(const char* s, size_t i, size_t n) {
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    const __m128i max_control = _mm_set1_epi8(0x1F);
    for (; i + 16 <= n; i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, max_control), v);  // v <= 0x1F
      const __m128i hit = _mm_or_si128(
          control, _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
      if (const int mask = _mm_movemask_epi8(hit); mask != 0) return i + __builtin_ctz(mask);
    }
#endif
    while (i + 8 <= n && !NeedsEscape8(s + i)) i += 8;
    // Fewer than 8 bytes left, or an escape among the next 8.
    if (i + 8 > n && n >= 8 && !NeedsEscape8(s + n - 8)) return n;
    for (; i < n; ++i) {
      const unsigned char c = s[i];
      if (c < 0x20 || c == '"' || c == '\\') return i;
    }
    return n;
  }
  // Whether one of the 8 bytes at p is below 0x20, '"' or '\\' (the
  // classic SWAR zero-byte tests).
  static bool NeedsEscape8(const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    auto has_zero = [&](uint64_t x) { return (x - kOnes) & ~x & kHigh; };
    const uint64_t below_space = (v - kOnes * 0x20) & ~v & kHigh;
    return (below_space | has_zero(v ^ (kOnes * '"')) | has_zero(v ^ (kOnes * '\\'))) != 0;
  }

  std::string& buf_;
  char* p_;
  char* end_;
};

}  // namespace

std::string_view WriteRecords(const Extraction& x) {
  // Every record's literals (type, keys, brackets, numbers) fit in this.
  constexpr size_t kLiterals = 256;
  auto room = [](const std::string& s) { return RecordWriter::MaxString(s.size()); };
  const Article& a = x.article;
  RecordWriter w;
  const std::string& name = a.source.empty() ? a.id : a.source;
  w.Reserve(room(name));
  w.String(name);
  const std::string doc(w.written());
  w.Rewind();
  w.Reserve(kLiterals + doc.size() + room(a.id) + room(a.title) + room(a.date) + room(a.lang) +
            room(a.content_hash) + room(a.source));
  w.Begin("doc", doc);
  w.Field("id", a.id);
  w.Field("title", a.title);
  w.Field("date", a.date);
  w.Field("lang", a.lang);
  w.Field("hash", a.content_hash);
  w.Field("source", a.source);
  w.End();
  for (const Entity& e : x.entities) {
    size_t aliases = 0;
    for (const std::string& alias : e.aliases) aliases += 1 + room(alias);
    w.Reserve(kLiterals + doc.size() + room(e.id) + room(e.name) + room(e.kind) + aliases);
    w.Begin("entity", doc);
    w.Field("id", e.id);
    w.Field("name", e.name);
    w.Field("kind", e.kind);
    w.Key("aliases");
    w.Raw("[");
    for (size_t k = 0; k < e.aliases.size(); ++k) {
      if (k > 0) w.Raw(",");
      w.String(e.aliases[k]);
    }
    w.Raw("]");
    w.End();
  }
  for (const Relation& r : x.relations) {
    w.Reserve(kLiterals + doc.size() + room(r.subject) + room(r.predicate) + room(r.object) +
              room(r.sentence) + room(r.rule));
    w.Begin("relation", doc);
    w.Field("subject", r.subject);
    w.Field("predicate", r.predicate);
    w.Field("object", r.object);
    w.Field("sentence", r.sentence);
    w.Key("start");
    w.Uint(r.span.begin);
    w.Key("end");
    w.Uint(r.span.end);
    w.Field("rule", r.rule);
    w.Key("confidence");
    w.Double(r.confidence);
    w.End();
  }
  return w.written();
}

void AppendRecords(const Extraction& x, std::string* out) { out->append(WriteRecords(x)); }

}  // namespace kzgraph
