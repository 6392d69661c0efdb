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
