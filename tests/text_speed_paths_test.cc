// The fast paths of the text stage (SIMD scans, ASCII shortcuts) give the
// same bytes as the plain byte-by-byte rules they stand for.
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>

#include "text/read_internal.h"

namespace kzgraph::text {
namespace {

// RepairUtf8 as the rule reads: each code point decoded on its own, every
// byte of a bad sequence's lead replaced by '?'.
size_t ReferenceRepair(std::string* bytes, size_t* first_bad) {
  std::string& s = *bytes;
  size_t replaced = 0;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
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
    bool ok = len > 0 && i + len <= s.size();
    uint32_t cp = len > 0 ? c & (0x7F >> len) : 0;
    for (int k = 1; ok && k < len; ++k) {
      const unsigned char cc = s[i + k];
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

}  // namespace

TEST_CASE("RepairUtf8's fast paths repair exactly what the plain rule repairs", "[text]") {
  // Mostly ASCII runs of every length around the 8- and 16-byte steps, with
  // valid and broken sequences of every length between them.
  const std::string pieces[] = {"a",
                                "abcdefg",
                                "0123456789abcdef",
                                "0123456789abcdefghij",
                                "\xc3\xa9",
                                "\xc3",
                                "\xc0\xaf",
                                "\xc1\xbf",
                                "\xe2\x80\x99",
                                "\xe2\x82",
                                "\xe0\x80\x80",
                                "\xed\xa0\x80",
                                "\xf0\x9f\x98\x80",
                                "\xf4\x90\x80\x80",
                                "\xf5\x80",
                                "\x80",
                                "\xbf\xbf",
                                "\xff\xfe",
                                " ",
                                "\n"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, std::size(pieces) - 1);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const int count = round % 40;
    for (int k = 0; k < count; ++k) s += pieces[pick(rng)];
    std::string fast = s, plain = s;
    size_t fast_first = 12345, plain_first = 12345;
    const size_t fast_count = RepairUtf8(&fast, &fast_first);
    const size_t plain_count = ReferenceRepair(&plain, &plain_first);
    INFO("round " << round);
    REQUIRE(fast == plain);
    REQUIRE(fast_count == plain_count);
    REQUIRE(fast_first == plain_first);
  }
}

TEST_CASE("RepairUtf8 checks accented text sixteen bytes at a time as byte by byte",
          "[text][speed]") {
  // Mostly ASCII and two-byte letters, so that blocks pass the fast check
  // with a lead at their last byte; now and then a lone lead, a lone
  // continuation, an overlong or a three-byte sequence at any offset.
  const std::string common[] = {"a", "bc", " ", "\xc3\xa9", "\xc3\xa0", "\xc5\x93", "\xc2\xab"};
  const std::string rare[] = {"\xc3", "\x80", "\xc1\xbf", "\xe2\x80\x99", "\xdf", "\xdf\xbf\xbf"};
  std::mt19937 rng(11);
  std::uniform_int_distribution<size_t> pick_common(0, std::size(common) - 1);
  std::uniform_int_distribution<size_t> pick_rare(0, std::size(rare) - 1);
  std::uniform_int_distribution<int> one_in(0, 59);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const int count = round % 90;
    for (int k = 0; k < count; ++k)
      s += one_in(rng) == 0 ? rare[pick_rare(rng)] : common[pick_common(rng)];
    std::string fast = s, plain = s;
    size_t fast_first = 12345, plain_first = 12345;
    const size_t fast_count = RepairUtf8(&fast, &fast_first);
    const size_t plain_count = ReferenceRepair(&plain, &plain_first);
    INFO("round " << round);
    REQUIRE(fast == plain);
    REQUIRE(fast_count == plain_count);
    REQUIRE(fast_first == plain_first);
  }
}

}  // namespace kzgraph::text
