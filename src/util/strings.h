// Small string helpers shared by the stages.
#ifndef KZGRAPH_SRC_UTIL_STRINGS_H_
#define KZGRAPH_SRC_UTIL_STRINGS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace kzgraph {

// `s` with ASCII letters lower-cased (other bytes unchanged).
std::string AsciiLower(std::string_view s);

// Levenshtein distance in bytes: the count of single-byte insertions,
// deletions and substitutions turning `a` into `b`. Used for "did you mean".
size_t EditDistance(std::string_view a, std::string_view b);

// Appends code point `cp` (at most 0x10FFFF; the caller has checked it) to
// `out` as UTF-8, in one to four bytes.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace kzgraph

#endif  // KZGRAPH_SRC_UTIL_STRINGS_H_
