#include "util/content_hash.h"

#include <algorithm>

#include "kzgraph/extraction.h"

namespace kzgraph {
namespace {

// FNV-1a 64 (stores on disk hold these values: the function must not change).
constexpr uint64_t kPrime = 0x100000001b3ULL;
constexpr uint64_t kOffsetBasis = 0xcbf29ce484222325ULL;

// One FNV-1a step: h ^= byte, then the multiply. The byte only touches the
// low eight bits of h, so x86-64 xors it there straight from memory (one
// instruction where the compiler emits a load, a xor and a move).
[[gnu::always_inline]] inline uint64_t Step(uint64_t h, const unsigned char* p) {
#if defined(__x86_64__) && defined(__GNUC__)
  asm("xorb %1, %b0" : "+r"(h) : "m"(*p));
  return h * kPrime;
#else
  return (h ^ *p) * kPrime;
#endif
}

uint64_t Fnv1a(uint64_t h, const unsigned char* p, size_t n) {
  size_t i = 0;
  // Eight bytes per iteration: the same serial chain, less loop overhead.
  for (; i + 8 <= n; i += 8) {
    for (size_t k = 0; k < 8; ++k) h = Step(h, p + i + k);
  }
  for (; i < n; ++i) h = Step(h, p + i);
  return h;
}

std::string Hex(uint64_t h) {
  static const char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int k = 15; k >= 0; --k, h >>= 4) out[k] = kHex[h & 15];
  return out;
}

}  // namespace

std::string ContentHash(std::string_view bytes) {
  return Hex(
      Fnv1a(kOffsetBasis, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()));
}

void ContentHashes(const std::string_view* texts, size_t n, std::string* hashes) {
  // Four lanes, each one text's chain; all four advance by the bytes the
  // shortest has left, then a finished lane takes the next text. The last
  // texts, fewer than four, finish one by one.
  constexpr int kLanes = 4;
  struct Lane {
    const unsigned char* p;
    size_t left;
    uint64_t h;
    size_t text;
  };
  Lane lane[kLanes];
  size_t next = 0;
  int active = 0;
  auto fill = [&](Lane& l) {
    l = {reinterpret_cast<const unsigned char*>(texts[next].data()), texts[next].size(),
         kOffsetBasis, next};
    ++next;
  };
  while (active < kLanes && next < n) fill(lane[active++]);
  while (active == kLanes) {
    size_t step = lane[0].left;
    for (int k = 1; k < kLanes; ++k) step = std::min(step, lane[k].left);
    const unsigned char *p0 = lane[0].p, *p1 = lane[1].p, *p2 = lane[2].p, *p3 = lane[3].p;
    uint64_t h0 = lane[0].h, h1 = lane[1].h, h2 = lane[2].h, h3 = lane[3].h;
    size_t i = 0;
    // Eight bytes of each lane per iteration: less loop overhead.
    for (; i + 8 <= step; i += 8) {
#pragma GCC unroll 8
      for (size_t d = 0; d < 8; ++d) {
        h0 = Step(h0, p0 + i + d);
        h1 = Step(h1, p1 + i + d);
        h2 = Step(h2, p2 + i + d);
        h3 = Step(h3, p3 + i + d);
      }
    }
    for (; i < step; ++i) {
      h0 = Step(h0, p0 + i);
      h1 = Step(h1, p1 + i);
      h2 = Step(h2, p2 + i);
      h3 = Step(h3, p3 + i);
    }
    lane[0].h = h0, lane[1].h = h1, lane[2].h = h2, lane[3].h = h3;
    for (int k = 0; k < active;) {
      Lane& l = lane[k];
      l.p += step;
      l.left -= step;
      if (l.left > 0) {
        ++k;
        continue;
      }
      hashes[l.text] = Hex(l.h);
      if (next < n) {
        fill(l);
        ++k;
      } else {
        l = lane[--active];  // the last lane takes this one's place
      }
    }
  }
  for (int k = 0; k < active; ++k) {
    hashes[lane[k].text] = Hex(Fnv1a(lane[k].h, lane[k].p, lane[k].left));
  }
}

}  // namespace kzgraph
