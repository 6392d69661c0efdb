#include "extract/records.h"

#include <rapidjson/internal/dtoa.h>
#include <rapidjson/internal/itoa.h>

#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace kzgraph {
namespace {

// Writes JSON straight into the output string, byte for byte what
// rapidjson::Writer writes (same escapes, same number formats), without its
// per-value state checks.
class RecordWriter {
 public:
  explicit RecordWriter(std::string* out) : out_(*out) {}

  // `doc_json`: the document's name as a JSON string, escaped once for all
  // the records of the document (every record repeats it).
  template <size_t N>
  void Begin(const char (&type)[N], const std::string& doc_json) {
    Raw("{\"type\":\"");
    out_.append(type, N - 1);  // our types: plain ASCII, nothing to escape
    Raw("\",\"doc\":");
    out_.append(doc_json);
  }
  template <size_t N>
  void Raw(const char (&literal)[N]) {
    out_.append(literal, N - 1);
  }
  void End() { Raw("}\n"); }
  template <size_t N>
  void Field(const char (&key)[N], const std::string& value) {
    Key(key);
    String(value);
  }
  template <size_t N>
  void Key(const char (&key)[N]) {
    char buf[N + 4];  // ,"key":  (our keys: plain ASCII, nothing to escape)
    buf[0] = ',';
    buf[1] = '"';
    std::memcpy(buf + 2, key, N - 1);
    buf[N + 1] = '"';
    buf[N + 2] = ':';
    out_.append(buf, N + 3);
  }
  void String(const std::string& s) { String(s.data(), s.size()); }
  void String(const char* s, size_t n) {
    // The escapes of rapidjson::Writer: the short forms \b \t \n \f \r, \uXXXX
    // (capital hex digits) for the other control bytes, and \" and \\.
    static const char kEscape[32] = {'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'b', 't', 'n',
                                     'u', 'f', 'r', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',
                                     'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u'};
    static const char kHex[] = "0123456789ABCDEF";
    out_.push_back('"');
    size_t run = 0;  // start of the bytes not written yet
    for (size_t i = NextEscape(s, 0, n); i < n; i = NextEscape(s, i + 1, n)) {
      const unsigned char c = s[i];
      out_.append(s + run, i - run);
      run = i + 1;
      out_.push_back('\\');
      if (c >= 0x20) {
        out_.push_back(static_cast<char>(c));
      } else if (kEscape[c] != 'u') {
        out_.push_back(kEscape[c]);
      } else {
        const char esc[5] = {'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out_.append(esc, 5);
      }
    }
    out_.append(s + run, n - run);
    out_.push_back('"');
  }
  // The first byte at or after i that needs an escape (n if none): 16 bytes
  // at a time where SSE2 is there, else 8 (nearly all text needs none).
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
  void Uint(unsigned u) {
    char buf[10];
    out_.append(buf, rapidjson::internal::u32toa(u, buf) - buf);
  }
  void Double(double d) {
    if (rapidjson::internal::Double(d).IsNanOrInf()) return;  // rapidjson writes nothing
    char buf[25];
    out_.append(buf, rapidjson::internal::dtoa(d, buf) - buf);
  }

 private:
  std::string& out_;
};

}  // namespace

void AppendRecords(const Extraction& x, std::string* out) {
  const Article& a = x.article;
  std::string doc;
  RecordWriter(&doc).String(a.source.empty() ? a.id : a.source);
  RecordWriter w(out);
  w.Begin("doc", doc);
  w.Field("id", a.id);
  w.Field("title", a.title);
  w.Field("date", a.date);
  w.Field("lang", a.lang);
  w.Field("hash", a.content_hash);
  w.Field("source", a.source);
  w.End();
  for (const Entity& e : x.entities) {
    w.Begin("entity", doc);
    w.Field("id", e.id);
    w.Field("name", e.name);
    w.Field("kind", e.kind);
    w.Key("aliases");
    *out += '[';
    for (size_t k = 0; k < e.aliases.size(); ++k) {
      if (k > 0) *out += ',';
      w.String(e.aliases[k]);
    }
    *out += ']';
    w.End();
  }
  for (const Relation& r : x.relations) {
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
}

}  // namespace kzgraph
