#include <catch2/catch.hpp>
#include <string>

#include "kzgraph/extraction.h"

namespace {

// FNV-1a 64 one byte at a time, as schema/storage_format.md defines it.
std::string ReferenceHash(const std::string& bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) h = (h ^ c) * 0x100000001b3ULL;
  static const char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 15];
  return out;
}

}  // namespace

TEST_CASE("content hash is FNV-1a 64 for every length and byte", "[util][speed]") {
  std::string text;
  for (int n = 0; n < 70; ++n) {
    CHECK(kzgraph::ContentHash(text) == ReferenceHash(text));
    text.push_back(static_cast<char>(n * 37 + 200));  // bytes above 0x7F too
  }
  CHECK(kzgraph::ContentHash("Le Kazakhstan, 6 janvier 2022.") ==
        ReferenceHash("Le Kazakhstan, 6 janvier 2022."));
  CHECK(kzgraph::ContentHash("a") == "af63dc4c8601ec8c");
}
