// FoldNameInto(), the buffer-reusing FoldName() of the text stage's loops.
#include <catch2/catch.hpp>
#include <string>

#include "graph/fold.h"
#include "kzgraph/graph.h"

TEST_CASE("FoldNameInto equals FoldName and reuses its buffer", "[text]") {
  std::string buffer;
  // Entries longer than their code point ("½" gives "1 2") grow the buffer.
  kzgraph::FoldNameInto("½½½½½½½½ ŉ", &buffer);
  CHECK(buffer == "1 21 21 21 21 21 21 21 2 \u02bcn");  // NFKD: 1⁄21⁄2...
  CHECK(buffer == kzgraph::FoldName("½½½½½½½½ ŉ"));
  // A shorter string leaves nothing of the longer one behind.
  kzgraph::FoldNameInto("  Le Président, à Paris ! ", &buffer);
  CHECK(buffer == "le president a paris");
  kzgraph::FoldNameInto("", &buffer);
  CHECK(buffer.empty());
  kzgraph::FoldNameInto("--- « » …", &buffer);
  CHECK(buffer.empty());
  // Outside the table (Greek, Cyrillic): the ICU path, same rules.
  kzgraph::FoldNameInto("Ёлка – Αθήνα, l’Œuvre", &buffer);
  CHECK(buffer == "елка αθηνα l œuvre");
  CHECK(buffer == kzgraph::FoldName("Ёлка – Αθήνα, l’Œuvre"));
}

namespace {

// The fold of an ASCII string by its definition: letters lower-cased,
// digits kept, every run of other bytes one space, none at either end.
std::string AsciiFoldReference(const std::string& s) {
  std::string out;
  bool pending_space = false;
  for (unsigned char c : s) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alnum) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c));
  }
  return out;
}

}  // namespace

TEST_CASE("FoldNameInto folds eight ASCII bytes at once as one by one", "[text][speed]") {
  // Separators at every position of an eight-byte chunk, in pairs across
  // chunk boundaries, at the start and the end, and every ASCII byte.
  const std::string alphabet = "aZ9_ ,.-@[`{/:AzM0";
  std::string buffer;
  for (size_t n = 0; n < 40; ++n) {
    for (size_t seed = 0; seed < 30; ++seed) {
      std::string s;
      for (size_t k = 0; k < n; ++k)
        s.push_back(alphabet[(seed * 7 + k * k * 3 + k) % alphabet.size()]);
      kzgraph::FoldNameInto(s, &buffer);
      INFO(s);
      CHECK(buffer == AsciiFoldReference(s));
    }
  }
  std::string every;
  for (int c = 1; c < 128; ++c) every.push_back(static_cast<char>(c));
  kzgraph::FoldNameInto(every + every, &buffer);
  CHECK(buffer == AsciiFoldReference(every + every));
  // ASCII chunks around accented letters and a typographic apostrophe.
  kzgraph::FoldNameInto("Les ÉTATS-UNIS  l’accusent, au Conseil_de sécurité (ONU).", &buffer);
  CHECK(buffer == "les etats unis l accusent au conseil de securite onu");
}

TEST_CASE("FoldNameInto's Latin fast path agrees with the ICU path", "[text][speed]") {
  // A Greek letter sends the whole string through ICU; without it the
  // string takes the fast paths. Every code point of U+0080..U+017F between
  // letters, after a space and doubled.
  auto encode = [](uint32_t cp) {
    std::string b;
    b.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    b.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    return b;
  };
  std::string fast, icu;
  for (uint32_t cp = 0x80; cp < 0x180; ++cp) {
    const std::string c = encode(cp);
    for (const std::string& s : {"ab" + c + "cd", "ab " + c + c + " cd", c + "x", "x " + c}) {
      kzgraph::FoldNameInto(s, &fast);
      kzgraph::FoldNameInto(s + " \u03b1", &icu);
      INFO("U+" << std::hex << cp);
      CHECK(fast + (fast.empty() ? "" : " ") + "\u03b1" == icu);
    }
  }
}
