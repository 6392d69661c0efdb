#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "kzgraph/extraction.h"
#include "util/content_hash.h"

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

TEST_CASE("content hashes of many texts side by side match one at a time", "[util][speed]") {
  // Lengths that make lanes finish together, apart, empty, and fewer texts
  // than lanes.
  std::vector<std::string> texts;
  for (int k = 0; k < 23; ++k) {
    std::string t;
    const int length = (k * 29) % 61 + (k % 5 == 0 ? 0 : 3) - (k == 7 ? 3 : 0);
    for (int i = 0; i < length; ++i) t.push_back(static_cast<char>(k * 11 + i * 37 + 130));
    texts.push_back(t);
  }
  texts.push_back("");
  for (size_t n = 0; n <= texts.size(); ++n) {
    std::vector<std::string_view> views(texts.begin(), texts.begin() + n);
    std::vector<std::string> hashes(n);
    kzgraph::ContentHashes(views.data(), n, hashes.data());
    for (size_t k = 0; k < n; ++k) {
      INFO("n=" << n << " k=" << k);
      CHECK(hashes[k] == ReferenceHash(texts[k]));
    }
  }
}
