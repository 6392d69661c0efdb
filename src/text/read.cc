// Reading articles from files: plain text, HTML (kept as bytes; the text
// stage blanks the markup), JSONL, or standard input. Bytes are checked
// before anything else: binary and empty files are refused, invalid UTF-8 is
// repaired one byte for one byte so offsets stay valid.
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
// rapidjson scans string bodies (the article texts) 16 bytes at a time
// instead of byte by byte; the parse is the same.
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "kzgraph/extractor.h"
#include "text/chars.h"
#include "text/date.h"
#include "text/lexicon.h"
#include "text/read_internal.h"
#include "util/content_hash.h"

namespace kzgraph {
namespace text {

size_t RepairUtf8(std::string* bytes, size_t* first_bad) {
  return RepairUtf8(bytes->data(), bytes->size(), first_bad);
}

size_t RepairUtf8(char* s, size_t n, size_t* first_bad) {
  size_t replaced = 0;
  size_t i = 0;
  while (i < n) {
    // Fast path: sixteen bytes at a time while they are ASCII or whole
    // two-byte sequences (C2..DF then 80..BF: the accented letters of
    // French), the check carried across blocks by `pending_lead`; else
    // straight to the next byte >= 0x80, eight bytes at a time.
#ifdef __SSE2__
    const __m128i max_cont = _mm_set1_epi8(static_cast<char>(0xC0));  // signed: -64
    const __m128i min_lead = _mm_set1_epi8(static_cast<char>(0xC1));
    const __m128i max_lead = _mm_set1_epi8(static_cast<char>(0xE0));
    unsigned pending_lead = 0;  // the last block ended with a lead byte
    while (i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
      // One path for ASCII and accented blocks alike: no branch to mispredict
      // between them.
      // Signed compares: 80..BF are below -64, C2..DF between -63 and -32.
      const unsigned cont = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(max_cont, v)));
      const unsigned lead = static_cast<unsigned>(_mm_movemask_epi8(
          _mm_and_si128(_mm_cmpgt_epi8(v, min_lead), _mm_cmpgt_epi8(max_lead, v))));
      if (high == (lead | cont) && cont == (((lead << 1) | pending_lead) & 0xFFFF)) {
        pending_lead = lead >> 15;
        i += 16;
        continue;
      }
      if (pending_lead == 0) i += static_cast<size_t>(__builtin_ctz(high));
      break;
    }
    // Back to a lead left unfinished: the code below takes its sequence whole.
    if (pending_lead) --i;
#endif
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, s + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    // Most non-ASCII text is Latin letters, two bytes each ("é", "ç").
    if (c >= 0xC2 && c <= 0xDF && i + 1 < n &&
        (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    int len = 0;
    uint32_t min = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4, min = 0x10000;
    }
    bool ok = len > 0 && i + len <= n;
    uint32_t cp = len > 0 ? c & (0x7F >> len) : 0;
    for (int k = 1; ok && k < len; ++k) {
      unsigned char cc = s[i + k];
      ok = (cc & 0xC0) == 0x80;
      cp = (cp << 6) | (cc & 0x3F);
    }
    ok = ok && cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    if (ok) {
      i += len;
    } else {
      if (replaced++ == 0) *first_bad = i;
      s[i++] = '?';
    }
  }
  return replaced;
}

bool LooksBinary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 8192);
  if (head.find('\0') != std::string_view::npos) return true;
  size_t control = 0, invalid = 0;
  for (size_t i = 0; i < head.size();) {
    unsigned char c = head[i];
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) {
      ++control;
    }
    if (c >= 0x80) {
      int len = Utf8Length(c);
      bool ok = c >= 0xC2 && c <= 0xF4 && i + len <= head.size();
      for (int k = 1; ok && k < len; ++k)
        ok = (static_cast<unsigned char>(head[i + k]) & 0xC0) == 0x80;
      if (!ok && i + len <= head.size()) {
        ++invalid;
        len = 1;
      }
      i += len;
      continue;
    }
    ++i;
  }
  // Text has almost no control bytes; a legacy 8-bit encoding has some
  // invalid bytes but not most of them.
  return control * 20 > head.size() || invalid * 3 > head.size();
}

namespace {

// Whether the two to four bytes at `w` spell `word` (a literal of that length).
template <size_t N>
bool Spells(const char* w, const char (&word)[N]) {
  return std::memcmp(w, word, N - 1) == 0;
}

}  // namespace

std::string GuessLanguage(std::string_view text) {
  std::string_view head = text.substr(0, 4096);
  int fr = 0, en = 0;
  // One pass: every word between two spaces is checked against both lists,
  // by length first, so most words cost a byte scan and one comparison.
  const char* data = head.data();
  size_t prev = head.find(' ');
  for (size_t i = prev == std::string_view::npos ? head.size() : prev + 1; i < head.size(); ++i) {
    if (data[i] != ' ') continue;
    const char* w = data + prev + 1;
    const size_t len = i - prev - 1;
    prev = i;
    // Only words of two to four lower-case letters can be on the lists.
    if (len < 2 || len > 4 || w[0] < 'a' || w[0] > 'w') continue;
    if (len == 2) {
      fr += Spells(w, "le") || Spells(w, "la") || Spells(w, "du") || Spells(w, "et");
      en += Spells(w, "of") || Spells(w, "is") || Spells(w, "to");
    } else if (len == 3) {
      fr += Spells(w, "les") || Spells(w, "des") || Spells(w, "est") || Spells(w, "une");
      en += Spells(w, "the") || Spells(w, "and") || Spells(w, "was");
    } else {
      en += Spells(w, "with");
    }
  }
  if (fr + en < 3) return "";
  return fr >= en ? "fr" : "en";
}

namespace {

// JSON's white space (rapidjson's SkipWhitespace).
bool IsJsonSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// Copies s[0, ...) to w up to the first byte of [s, end) that ends a
// run of plain string bytes (below 0x20, '"' or '\\'), and returns the
// bytes copied (end - s if none). 32 or 16 bytes at a time where SSE2 is
// there, each block stored whole before its bytes are checked: w needs 32
// bytes of room past the run.
size_t CopyPlainRun(const char* s, const char* end, char* w) {
  const char* const from = s;
#ifdef __SSE2__
  // A byte stops the run when it is below 0x20 or '"' (0x22), that is when
  // it xor 0x02 is at most 0x20, or when it is '\\'.
  const __m128i flip = _mm_set1_epi8(0x02), max_flipped = _mm_set1_epi8(0x20);
  const __m128i backslash = _mm_set1_epi8('\\');
  auto stops = [&](__m128i v) {
    const __m128i x = _mm_xor_si128(v, flip);
    return _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(x, max_flipped), x),
                        _mm_cmpeq_epi8(v, backslash));
  };
  while (end - s >= 32) {  // two blocks per test: most runs are longer
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + 16));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(w), a);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(w + 16), b);
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(stops(a))) |
                          static_cast<unsigned>(_mm_movemask_epi8(stops(b))) << 16;
    if (mask != 0) return static_cast<size_t>(s - from) + __builtin_ctz(mask);
    s += 32;
    w += 32;
  }
  if (end - s >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(w), v);
    if (const int mask = _mm_movemask_epi8(stops(v)); mask != 0)
      return static_cast<size_t>(s - from) + __builtin_ctz(mask);
    s += 16;
    w += 16;
  }
#endif
  for (; s < end; ++s) {
    const unsigned char c = *s;
    if (c == '"' || c == '\\' || c < 0x20) break;
    *w++ = static_cast<char>(c);
  }
  return static_cast<size_t>(s - from);
}

// The JSON string opening at **p, unescaped to *to (moved past it, which
// needs 32 bytes of room past the unescaped string), then *p moved past its
// closing quote. False for what the fast path leaves to rapidjson: a \u or
// unknown escape, a control byte, no closing quote.
bool UnescapeJsonString(const char** p, const char* end, char** to) {
  const char* s = *p + 1;
  char* w = *to;
  for (;;) {
    const size_t run = CopyPlainRun(s, end, w);
    s += run;
    w += run;
    if (s == end) return false;
    if (*s == '"') {
      *p = s + 1;
      *to = w;
      return true;
    }
    if (*s != '\\' || s + 1 == end) return false;  // a control byte
    switch (s[1]) {
      case '"':
      case '\\':
      case '/':
        *w++ = s[1];
        break;
      case 'b':
        *w++ = '\b';
        break;
      case 'f':
        *w++ = '\f';
        break;
      case 'n':
        *w++ = '\n';
        break;
      case 'r':
        *w++ = '\r';
        break;
      case 't':
        *w++ = '\t';
        break;
      default:
        return false;
    }
    s += 2;
  }
}

}  // namespace

bool ReadFlatJsonObject(std::string_view line, JsonlFields* out) {
  // The keys and values unescaped, back to back: never longer than the
  // line, plus the 32 bytes UnescapeJsonString may write past the last.
  // The line itself stays as it was, for rapidjson when this returns false.
  static thread_local std::string scratch;
  if (scratch.size() < line.size() + 32) scratch.resize(line.size() + 32);
  char* const base = scratch.data();
  char* w = base;
  const char* p = line.data();
  const char* const end = p + line.size();
  auto skip_space = [&] {
    while (p < end && IsJsonSpace(*p)) ++p;
  };
  // The members ReadArticles keeps, in JsonlFields order; the first of
  // duplicate keys wins.
  static constexpr std::string_view kKept[] = {"text", "id", "title", "date", "lang", "url"};
  std::string_view value[std::size(kKept)];
  unsigned seen = 0;  // bit k: kKept[k] was read
  if (p == end || *p != '{') return false;
  ++p;
  skip_space();
  if (p < end && *p == '}') {
    if (p + 1 != end) return false;
  } else {
    for (;;) {
      skip_space();
      if (p == end || *p != '"') return false;
      const char* const key = w;
      if (!UnescapeJsonString(&p, end, &w)) return false;
      const std::string_view name(key, static_cast<size_t>(w - key));
      skip_space();
      if (p == end || *p != ':') return false;
      ++p;
      skip_space();
      if (p == end || *p != '"') return false;  // a value other than a string
      char* const at = w;
      if (!UnescapeJsonString(&p, end, &w)) return false;
      unsigned k = 0;
      while (k < std::size(kKept) && kKept[k] != name) ++k;
      if (k < std::size(kKept) && (seen >> k & 1) == 0) {
        seen |= 1u << k;
        value[k] = std::string_view(at, static_cast<size_t>(w - at));
      }
      skip_space();
      if (p < end && *p == ',') {
        ++p;
        continue;
      }
      if (p == end || *p != '}' || p + 1 != end) return false;
      break;
    }
  }
  out->has_text = (seen & 1) != 0;
  std::string* const field[] = {&out->text, &out->id,   &out->title,
                                &out->date, &out->lang, &out->url};
  for (size_t k = 0; k < std::size(kKept); ++k) field[k]->assign(value[k]);
  return true;
}

std::string NormalizeDate(std::string_view value) {
  auto digit = [&](size_t k) { return k < value.size() && value[k] >= '0' && value[k] <= '9'; };
  if (digit(0) && digit(1) && digit(2) && digit(3) && value.size() >= 10 && value[4] == '-' &&
      digit(5) && digit(6) && value[7] == '-' && digit(8) && digit(9)) {
    return std::string(value.substr(0, 10));
  }
  PageDate d = FindDate(value, DefaultLexicon());
  return d.year ? ToIso(d) : "";
}

}  // namespace text

namespace {

enum class Format { kText, kJsonl };

// Every document here (and in extract/dictionary.cc) keeps its parse stack
// in a memory pool: the one rapidjson reader type these files build with
// RAPIDJSON_SSE2, so no other file's reader differs from it.
using PooledDocument =
    rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>,
                               rapidjson::MemoryPoolAllocator<>>;

bool HasExtension(const std::string& path, std::initializer_list<std::string_view> exts) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return std::find(exts.begin(), exts.end(), ext) != exts.end();
}

Format DetectFormat(const std::string& path, std::string_view bytes) {
  if (HasExtension(path, {".jsonl", ".ndjson"})) return Format::kJsonl;
  if (HasExtension(path, {".html", ".htm", ".xhtml", ".txt", ".text", ".md"})) return Format::kText;
  // Sniff: a first line that is a JSON object with a "text" member.
  size_t i = 0;
  while (i < bytes.size() && text::IsAsciiSpace(bytes[i])) ++i;
  if (i < bytes.size() && bytes[i] == '{') {
    size_t eol = bytes.find('\n', i);
    PooledDocument d;
    d.Parse(bytes.data() + i, eol == std::string_view::npos ? bytes.size() - i : eol - i);
    if (!d.HasParseError() && d.IsObject() && d.HasMember("text")) return Format::kJsonl;
  }
  return Format::kText;
}

std::string JsonString(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd()) return "";
  if (it->value.IsString()) return std::string(it->value.GetString(), it->value.GetStringLength());
  if (it->value.IsInt64()) return std::to_string(it->value.GetInt64());
  return "";
}

// Reads each line with ReadFlatJsonObject, or else parses it in place with
// rapidjson (strings are unescaped inside data[0, size), which is consumed;
// data[size] must be writable), so the only copy of an article's text is
// its Article::text.
using text::JsonlFields;

Status ReadJsonl(const std::string& path, char* const data, const size_t size,
                 std::vector<Article>* articles, std::vector<std::string>* warnings) {
  const std::string base = std::filesystem::path(path).filename().string();
  size_t line_number = 0, kept = 0;
  // The parse tree of a line is a handful of members: fixed buffers, cleared
  // per line, spare a heap allocation per record.
  char value_buffer[4096];
  char stack_buffer[2048];
  rapidjson::MemoryPoolAllocator<> value_pool(value_buffer, sizeof value_buffer);
  rapidjson::MemoryPoolAllocator<> stack_pool(stack_buffer, sizeof stack_buffer);
  for (size_t pos = 0; pos < size;) {
    const void* nl = std::memchr(data + pos, '\n', size - pos);
    const size_t eol = nl ? static_cast<size_t>(static_cast<const char*>(nl) - data) : size;
    char* begin = data + pos;
    char* end = data + eol;
    pos = eol + 1;
    ++line_number;
    while (end > begin && text::IsAsciiSpace(end[-1])) --end;
    while (begin < end && text::IsAsciiSpace(*begin)) ++begin;
    if (begin == end) continue;
    // The byte after the line is white space, a newline or the buffer's
    // final NUL: the in-place parser stops at this NUL as at the line's end.
    *end = '\0';
    // "path:line: " for a warning (built only for a bad line).
    auto where = [&] { return path + ":" + std::to_string(line_number) + ": "; };
    JsonlFields f;
    if (!text::ReadFlatJsonObject(std::string_view(begin, static_cast<size_t>(end - begin)), &f)) {
      value_pool.Clear();
      stack_pool.Clear();
      PooledDocument d(&value_pool, 512, &stack_pool);
      d.ParseInsitu(begin);
      if (d.HasParseError()) {
        warnings->push_back(where() + "not JSON (" +
                            rapidjson::GetParseError_En(d.GetParseError()) + " at column " +
                            std::to_string(d.GetErrorOffset() + 1) + "), skipped");
        continue;
      }
      if (!d.IsObject()) {
        warnings->push_back(where() + "not a JSON object, skipped");
        continue;
      }
      f = JsonlFields();
      auto text_it = d.FindMember("text");
      f.has_text = text_it != d.MemberEnd() && text_it->value.IsString();
      if (f.has_text) f.text.assign(text_it->value.GetString(), text_it->value.GetStringLength());
      f.id = JsonString(d, "id");
      f.title = JsonString(d, "title");
      f.date = JsonString(d, "date");
      f.lang = JsonString(d, "lang");
      f.url = JsonString(d, "url");
    }
    if (!f.has_text) {
      warnings->push_back(where() + "no \"text\" string, skipped");
      continue;
    }
    if (std::all_of(f.text.begin(), f.text.end(),
                    [](char c) { return text::IsAsciiSpace(static_cast<unsigned char>(c)); })) {
      warnings->push_back(where() + "empty \"text\", skipped");
      continue;
    }
    Article a;
    a.text = std::move(f.text);
    a.id = std::move(f.id);
    if (a.id.empty()) a.id = base + ":" + std::to_string(line_number);
    a.title = std::move(f.title);
    a.date = text::NormalizeDate(f.date);
    a.lang = std::move(f.lang);
    if (a.lang.empty()) a.lang = text::GuessLanguage(a.text);
    a.source = f.url.empty() ? a.id : std::move(f.url);
    articles->push_back(std::move(a));
    ++kept;
  }
  // The hashes of the file's texts, computed side by side (see ContentHashes).
  const size_t first = articles->size() - kept;
  std::vector<std::string_view> texts(kept);
  std::vector<std::string> hashes(kept);
  for (size_t k = 0; k < kept; ++k) texts[k] = (*articles)[first + k].text;
  ContentHashes(texts.data(), kept, hashes.data());
  for (size_t k = 0; k < kept; ++k) (*articles)[first + k].content_hash = std::move(hashes[k]);
  if (kept == 0) return Status::InvalidArgument(path + ": no article (no valid JSONL line)");
  return Status::OK();
}

}  // namespace

Status ReadArticles(const std::string& path, std::vector<Article>* articles,
                    std::vector<std::string>* warnings) {
  // The input's bytes, then a NUL. A file goes to a buffer that is not
  // zero-filled first (its bytes are parsed and copied out, not kept whole);
  // standard input to a string.
  std::string stdin_bytes;
  std::unique_ptr<char[]> file_bytes;
  char* data = nullptr;
  size_t size = 0;
  std::string name = path;
  if (path == "-") {
    name = "<stdin>";
    std::ostringstream buf;
    buf << std::cin.rdbuf();
    stdin_bytes = buf.str();
    data = stdin_bytes.data();
    size = stdin_bytes.size();
  } else {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      return Status::InvalidArgument(path + ": no such file or directory");
    }
    if (std::filesystem::is_directory(path, ec)) {
      return Status::InvalidArgument(path + ": is a directory");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IOError(path + ": cannot open");
    in.seekg(0, std::ios::end);
    const std::streamoff length = in.tellg();
    in.seekg(0, std::ios::beg);
    const size_t room = length > 0 ? static_cast<size_t>(length) : 0;
    file_bytes.reset(new char[room + 1]);
    data = file_bytes.get();
    if (room > 0) {
      in.read(data, static_cast<std::streamsize>(room));
      size = static_cast<size_t>(in.gcount());
    }
    data[size] = '\0';
  }
  const std::string_view bytes(data, size);
  if (std::all_of(bytes.begin(), bytes.end(),
                  [](char c) { return text::IsAsciiSpace(static_cast<unsigned char>(c)); })) {
    return Status::InvalidArgument(name + ": empty file");
  }
  if (bytes.size() > UINT32_MAX) return Status::InvalidArgument(name + ": file over 4 GB");
  if (text::LooksBinary(bytes)) return Status::InvalidArgument(name + ": binary file, not text");
  size_t first_bad = 0;
  if (size_t bad = text::RepairUtf8(data, size, &first_bad); bad > 0) {
    warnings->push_back(name + ": invalid UTF-8 at byte " + std::to_string(first_bad) + " (" +
                        std::to_string(bad) + " byte" + (bad > 1 ? "s" : "") + " replaced by '?')");
  }
  if (DetectFormat(path, bytes) == Format::kJsonl) {
    return ReadJsonl(name, data, size, articles, warnings);
  }
  Article a;
  a.source = path;
  a.id = path == "-" ? "stdin" : std::filesystem::path(path).filename().string();
  a.lang = text::GuessLanguage(bytes);
  a.content_hash = ContentHash(bytes);
  if (file_bytes) {
    a.text.assign(data, size);
  } else {
    a.text = std::move(stdin_bytes);
  }
  articles->push_back(std::move(a));
  return Status::OK();
}

std::vector<std::string> ListInputs(const std::vector<std::string>& args,
                                    std::vector<std::string>* errors) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (arg == "-") {
      out.push_back(arg);
    } else if (fs::is_directory(arg, ec)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(arg, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec)) files.push_back(it->path().string());
      }
      std::sort(files.begin(), files.end());
      out.insert(out.end(), files.begin(), files.end());
    } else if (fs::exists(arg, ec)) {
      out.push_back(arg);
    } else {
      errors->push_back(arg + ": no such file or directory");
    }
  }
  return out;
}

}  // namespace kzgraph
