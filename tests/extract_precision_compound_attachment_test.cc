// Argument attachment: the agent of a hyphenated stance compound
// ("Iran-backed militias") is its first word, never the clause's subject.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a backed-compound gives its first word as supporter", "[extract]") {
  auto e = Edges("Uganda has repeatedly criticized the Rwanda-backed M23 rebels in North Kivu.");
  CHECK(e.count("Uganda supports M23") == 0);
  CHECK(e.count("Rwanda supports M23") == 1);
  // No actor before the hyphen: no supporter at all.
  auto none =
      Edges("Uganda has repeatedly criticized the foreign-backed M23 rebels in North Kivu.");
  CHECK(none.count("Uganda supports M23") == 0);
  // Close positive: the plain verb keeps its clause subject.
  auto pos = Edges("Rwanda has backed the M23 rebels for years, UN experts say.");
  CHECK(pos.count("Rwanda supports M23") == 1);
}

TEST_CASE("a gerund in a relative clause takes the relative's subject", "[extract]") {
  auto fr = Edges(
      "Le président serbe a assuré que son armée restait neutre, une version que Pristina a "
      "rejetée en accusant Belgrade de provocations.");
  CHECK(fr.count("Kosovo accuses Serbia") == 1);
  CHECK(fr.count("Vucic accuses Serbia") == 0);
  auto en = Edges(
      "The Serbian president said his army stayed neutral, a version that Pristina rejected by "
      "accusing Belgrade of provocations.");
  CHECK(en.count("Vucic accuses Serbia") == 0);
  // Close positive: the gerund of the main clause keeps the main subject.
  auto pos = Edges("Le président serbe a répondu en accusant Pristina de provocations.");
  CHECK(pos.count("Vucic accuses Kosovo") == 1);
}

TEST_CASE("a critic apposition describes the name before its comma", "[extract]") {
  auto en = Edges(
      "In May, the South African president, Cyril Ramaphosa, hosted the opposition figure "
      "Alexei Navalny, a critic of the Kremlin, at a private dinner.");
  CHECK(en.count("Ramaphosa criticizes Russia") == 0);
  CHECK(en.count("Navalny criticizes Russia") == 1);
  auto fr = Edges(
      "En mai, le président turc, Recep Tayyip Erdogan, a reçu Alexeï Navalny, un détracteur du "
      "Kremlin, lors d'un dîner privé.");
  CHECK(fr.count("Erdogan criticizes Russia") == 0);
  // Close positive: the critic apposition on the clause's subject.
  auto pos = Edges("Alexei Navalny, a critic of the Kremlin, met Cyril Ramaphosa in May.");
  CHECK(pos.count("Navalny criticizes Russia") == 1);
}
