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

// YYYY-MM-DD from an ISO timestamp or a written date; "" if none.
std::string NormalizeDate(std::string_view value);

}  // namespace kzgraph::text

#endif  // KZGRAPH_SRC_TEXT_READ_INTERNAL_H_
