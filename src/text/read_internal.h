// Helpers of ReadArticles(), exposed for tests.
#ifndef KZGRAPH_SRC_TEXT_READ_INTERNAL_H_
#define KZGRAPH_SRC_TEXT_READ_INTERNAL_H_

#include <string>
#include <string_view>

namespace kzgraph::text {

// Replaces each byte that is not part of valid UTF-8 by '?'; returns how
// many, and the offset of the first in *first_bad.
size_t RepairUtf8(std::string* bytes, size_t* first_bad);
// The same over s[0, n).
size_t RepairUtf8(char* s, size_t n, size_t* first_bad);

// NUL bytes, or mostly control or invalid bytes, in the first 8 KB.
bool LooksBinary(std::string_view bytes);

// "fr", "en", or "" from common function words.
std::string GuessLanguage(std::string_view text);

// The members ReadArticles takes from a JSONL record, as strings.
struct JsonlFields {
  bool has_text = false;  // a "text" member whose value is a string
  std::string text, id, title, date, lang, url;
};

// Reads `line` (without surrounding white space) when it is one JSON object
// whose keys and values are all strings without \u escapes, as scrapers
// write records, into *out: the first of duplicate keys wins,
// as with rapidjson's FindMember. False, with *out unspecified, for any
// other line, valid or not: the caller parses it with rapidjson instead,
// which also words the errors.
bool ReadFlatJsonObject(std::string_view line, JsonlFields* out);

// YYYY-MM-DD from an ISO timestamp or a written date; "" if none.
std::string NormalizeDate(std::string_view value);

}  // namespace kzgraph::text

#endif  // KZGRAPH_SRC_TEXT_READ_INTERNAL_H_
