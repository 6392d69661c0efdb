#include "util/content_hash.h"

#include <algorithm>

#include "kzgraph/extraction.h"

namespace kzgraph {
namespace {

// FNV-1a 64 (stores on disk hold these values: the function must not change).
constexpr uint64_t kPrime = 0x100000001b3ULL;
constexpr uint64_t kOffsetBasis = 0xcbf29ce484222325ULL;

uint64_t Fnv1a(uint64_t h, const unsigned char* p, size_t n) {
  size_t i = 0;
  // Eight bytes per iteration: the same serial chain, less loop overhead.
  for (; i + 8 <= n; i += 8) {
    h = (h ^ p[i]) * kPrime;
    h = (h ^ p[i + 1]) * kPrime;
    h = (h ^ p[i + 2]) * kPrime;
    h = (h ^ p[i + 3]) * kPrime;
    h = (h ^ p[i + 4]) * kPrime;
    h = (h ^ p[i + 5]) * kPrime;
    h = (h ^ p[i + 6]) * kPrime;
    h = (h ^ p[i + 7]) * kPrime;
  }
  for (; i < n; ++i) h = (h ^ p[i]) * kPrime;
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
    for (size_t i = 0; i < step; ++i) {
      h0 = (h0 ^ p0[i]) * kPrime;
      h1 = (h1 ^ p1[i]) * kPrime;
      h2 = (h2 ^ p2[i]) * kPrime;
      h3 = (h3 ^ p3[i]) * kPrime;
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
