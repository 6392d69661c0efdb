// The body a title names in its complement: past an adjective, modifiers and
// a class noun ("chef du parti X", "head of the ruling X party"), and a
// region its head leads ("le gouverneur du Nord-Kivu").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;
using kzgraph::testing::HasPredicate;

namespace {
bool HasSubject(const std::set<std::string>& edges, const std::string& subject) {
  for (const std::string& e : edges) {
    if (e.rfind(subject + " ", 0) == 0) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("s3roles: a class noun or modifiers before the body's name", "[extract]") {
  auto f = Edges(
      "L'avocat Paul Omondi, chef du parti Thirdway Alliance, accuse le président. Jean-Marc "
      "Pinsard, président de l'association Berry-Eurasie, a lancé une collecte.",
      "2022-01-07");
  CHECK(f.count("Paul Omondi leads Thirdway Alliance"));
  CHECK(f.count("Jean-Marc Pinsard leads Berry-Eurasie"));
  // The party's name is no person.
  CHECK_FALSE(HasSubject(f, "Thirdway Alliance"));
  auto e = Edges(
      "Amadou Sall, the firebrand leader of the ruling Pastef party, accused France. Josue "
      "Kambere, coordinator of the citizen movement Collectif Kivu Debout, spoke.",
      "2022-01-07");
  CHECK(e.count("Amadou Sall leads Pastef"));
  CHECK(e.count("Josue Kambere leads Collectif Kivu Debout"));
  // A class noun with no name after it names no body.
  auto n = Edges("Paul Omondi, chef du parti, a parlé.", "2022-01-07");
  CHECK_FALSE(HasPredicate(n, "leads"));
}

TEST_CASE("s3roles: a region's head leads the region", "[extract]") {
  auto f =
      Edges("Le gouverneur militaire du Nord-Kivu, le général Paul Mbeki, a parlé.", "2024-01-07");
  CHECK(f.count("Paul Mbeki leads North Kivu"));
  CHECK(EntityIds("Le gouverneur militaire du Nord-Kivu, le général Paul Mbeki, a parlé.",
                  "2024-01-07")
            .count("North Kivu"));
  auto e = Edges("Ali Musa, the leader of the breakaway region of Somaliland, signed the deal.",
                 "2024-01-07");
  CHECK(e.count("Ali Musa leads Somaliland"));
  // A capital's governor governs the city, not the state; a place in a
  // compound modifier is no body; a place that is only named stays no node.
  auto c = Edges("Le gouverneur de Kinshasa, Paul Kasa, a parlé.", "2024-01-07");
  CHECK_FALSE(c.count("Paul Kasa leads DR Congo"));
  auto b =
      Edges("Yusuf Karam, head of the Istanbul-based Syrian Opposition Coordination Office, spoke.",
            "2015-10-07");
  CHECK_FALSE(b.count("Yusuf Karam leads Istanbul"));
  CHECK(b.count("Yusuf Karam leads Syrian Opposition Coordination Office"));
  CHECK_FALSE(EntityIds("Des combats ont eu lieu au Nord-Kivu.", "2024-01-07").count("North Kivu"));
}
