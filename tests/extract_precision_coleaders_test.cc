// Precision of leads: a "with"/"avec" phrase after a leading verb's object
// adds co-leaders only when no other phrase parts it from the object and it
// names actors of the leader's kind ("co-chairs the Minsk Group with
// Russia"); after another phrase ("led Mali into the AES with Niger") or
// beside a person who leads ("Goita led Mali with Niger") it names no
// leader. Each beside a true use.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a with-phrase after another phrase or of another kind names no co-leader",
          "[extract][leads][precision]") {
  const auto en = Edges("Goita led Mali into the AES with Niger and Burkina Faso.", "2024-07-07");
  CHECK(en.count("Goita leads Mali") == 1);
  CHECK(en.count("Niger leads Mali") == 0);
  CHECK(en.count("Burkina Faso leads Mali") == 0);
  CHECK(Edges("Goita led Mali with Niger.", "2024-07-07").count("Niger leads Mali") == 0);
  const auto fr =
      Edges("Assimi Goïta a conduit le Mali dans l'AES avec le Niger et le Burkina Faso.",
            "2024-07-07");
  CHECK(fr.count("Niger leads Mali") == 0);
  // partners of a co-chaired body lead it too
  const auto co =
      Edges("La France copréside le groupe de Minsk avec la Russie et les États-Unis.", "2019-01-10");
  CHECK(co.count("Russia leads Minsk Group") == 1);
  CHECK(co.count("United States leads Minsk Group") == 1);
}
