// Offices written with a portfolio or a qualifier between the title and the
// name: "le ministre de la Sécurité nationale, X", "le Premier ministre de
// transition, X", "le porte-parole du gouvernement, X".
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {
// A short article about one country, so that an office naming no country is
// placed in it.
std::string AboutLebanon(const std::string& sentence) {
  return "Le Liban a accepté la trêve. Le Liban attend le retrait. Au Liban, la joie domine. "
         "Le Liban compte ses morts. " +
         sentence;
}
}  // namespace

TEST_CASE("a minister's portfolio before the apposition comma", "[extract]") {
  // The dictionary knows the holder's country.
  auto d =
      Edges("Le ministre de la Sécurité nationale, Itamar Ben Gvir, a voté contre.", "2024-11-27");
  CHECK(d.count("Ben-Gvir official_of Israel"));
  // An unknown holder: the country the article is about.
  auto f = Edges(AboutLebanon("Le ministre de l'Énergie, Walid Fayadine, a salué l'accord."),
                 "2024-11-27");
  CHECK(f.count("Walid Fayadine official_of Lebanon"));
  auto e = Edges(
      "Lebanon accepted the truce. Lebanon expects a withdrawal. In Lebanon, people cheered. "
      "Lebanon counts its dead. The minister of energy, Walid Fayadine, welcomed the deal.",
      "2024-11-27");
  CHECK(e.count("Walid Fayadine official_of Lebanon"));
  // A country named in the portfolio's complement is the office's own.
  auto q =
      Edges(AboutLebanon("Le ministre de l'Énergie du Qatar, Saad Kaabiyan, a salué l'accord."),
            "2024-11-27");
  CHECK(q.count("Saad Kaabiyan official_of Qatar"));
  CHECK_FALSE(q.count("Saad Kaabiyan official_of Lebanon"));
}

TEST_CASE("qualifiers between the title and the name", "[extract]") {
  auto t =
      Edges(AboutLebanon("Le Premier ministre de transition, Karim Haddadine, a salué l'accord."),
            "2024-11-27");
  CHECK(t.count("Karim Haddadine leads Lebanon"));
  auto g =
      Edges(AboutLebanon(
                "Selon le porte-parole du gouvernement, le colonel Fadi Khourane, l'accord tient."),
            "2024-11-27");
  CHECK(g.count("Fadi Khourane official_of Lebanon"));
  auto n = Edges(
      "Lundi, la secrétaire d'État adjointe américaine par intérim, Victoria Nuland, s'est "
      "entretenue avec les putschistes.",
      "2023-08-08");
  CHECK(n.count("Nuland official_of United States"));
}

TEST_CASE("a body's head with no country gives no state office", "[extract]") {
  // "président du Parlement" heads the parliament, not the state.
  auto p = Edges(AboutLebanon("C'est le président du Parlement, Nabih Berrani, qui a négocié."),
                 "2024-11-27");
  CHECK_FALSE(p.count("Nabih Berrani leads Lebanon"));
  // A spokesman of some other body is not an official of the state.
  auto a =
      Edges(AboutLebanon("Le porte-parole de la Croix-Rouge, Rami Saadeh, a parlé."), "2024-11-27");
  CHECK_FALSE(a.count("Rami Saadeh official_of Lebanon"));
  // Without a clear country, an office naming none links nothing.
  auto u = Edges("Le ministre de l'Énergie, Walid Fayadine, a salué l'accord.", "2024-11-27");
  for (const std::string& edge : u) CHECK(edge.rfind("Walid Fayadine official_of", 0) != 0);
}

TEST_CASE("a past office before a nationality adjective", "[extract]") {
  auto e =
      Edges("Jens Stoltenberg hands over to former Dutch Prime Minister Mark Rutte in October.",
            "2024-07-11");
  CHECK_FALSE(e.count("Rutte leads Netherlands"));
  auto k = Edges("Former Kenyan president Uhuru Kenyatta travelled to Kinshasa on Sunday.",
                 "2022-11-20");
  CHECK_FALSE(k.count("Uhuru Kenyatta leads Kenya"));
  auto f =
      Edges("L'ancien président sud-africain Thabo Mbeki est arrivé à Addis-Abeba.", "2022-11-20");
  CHECK_FALSE(HasPredicate(f, "leads"));
  // A current office with the same words still counts.
  auto c = Edges("Dutch Prime Minister Mark Rutte arrived in Kyiv.", "2023-03-01");
  CHECK(c.count("Rutte leads Netherlands"));
}

TEST_CASE("an English possessive owner before a minister's portfolio", "[extract]") {
  auto e =
      Edges("Ukraine's infrastructure minister, Oleksandr Kubrakov, signed a separate document.",
            "2022-07-22");
  CHECK(e.count("Oleksandr Kubrakov official_of Ukraine"));
  auto k = Edges(
      "Kenya's Defence Cabinet Secretary Eugene Wamalwa said Nairobi would keep its contingent.",
      "2022-04-01");
  CHECK(k.count("Eugene Wamalwa official_of Kenya"));
  // The owner must be a country or a body, not a common noun.
  auto n = Edges("The country's energy minister, Pavlo Hrytsenko, resigned in Kyiv.", "2022-07-22");
  for (const std::string& edge : n) CHECK(edge.rfind("Pavlo Hrytsenko official_of", 0) != 0);
}
