// Offices named with their portfolio between the title and the name, offices
// only one body has, and troops "led" by a state with no body named after
// them: short French and English sentences of our own.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a French portfolio after a and aux stays in the title", "[extract]") {
  auto fr = Edges(
      "Le haut-commissaire de l'ONU aux droits de l'homme, Volker Türk, a dénoncé les "
      "exécutions.",
      "2023-05-10");
  CHECK(fr.count("Volker Turk official_of UN"));
  auto eu =
      Edges("Le commissaire européen à l'élargissement, Olivér Várhelyi, s'est rendu à Skopje.",
            "2022-07-12");
  CHECK((eu.count("Varhelyi official_of EU") ||
         eu.count("Varhelyi official_of European Commission")));
  // The verb "a" after a title opens its clause: no portfolio, no name read past it.
  auto verb = Edges("Le porte-parole a la charge, Volker Türk, de répondre.", "2023-05-10");
  CHECK_FALSE(verb.count("Volker Turk official_of UN"));
}

TEST_CASE("the UN's high commissioners serve the UN when it is not named", "[extract]") {
  auto fr = Edges(
      "La haute-commissaire aux droits de l'homme, Michelle Bachelet, a appelé à la retenue en "
      "Birmanie.",
      "2021-03-04");
  CHECK(fr.count("Bachelet official_of UN"));
  auto en = Edges("The High Commissioner for Refugees, Filippo Grandi, visited the camps in Chad.",
                  "2023-06-01");
  CHECK(en.count("Grandi official_of UN"));
  // A Commonwealth envoy is a "high commissioner" of his state, not of the UN.
  auto envoy = Edges("The British High Commissioner to Kenya, Jane Marriott, met the minister.",
                     "2023-06-01");
  CHECK_FALSE(envoy.count("Jane Marriott official_of UN"));
}

TEST_CASE("troops led by a state are the troops of its alliance on the page", "[extract]") {
  auto en = Edges(
      "The Collective Security Treaty Organization met on Monday. Tajikistan welcomed the "
      "Russian-led troops sent to Dushanbe.",
      "2022-01-10");
  CHECK(en.count("Russia leads CSTO"));
  auto fr = Edges(
      "L'Organisation du traité de sécurité collective s'est réunie lundi. Les troupes dirigées "
      "par la Russie sont arrivées à Douchanbé.",
      "2022-01-10");
  CHECK(fr.count("Russia leads CSTO"));
  // An alliance of which the state is no member is not the one it leads.
  auto other = Edges(
      "The North Atlantic Treaty Organization met on Monday. The Russian-led troops crossed the "
      "border.",
      "2022-01-10");
  CHECK_FALSE(other.count("Russia leads NATO"));
  // No alliance on the page: no body to lead.
  auto none = Edges("The Kenyan-led troops reached the capital.", "2024-06-25");
  CHECK_FALSE(HasPredicate(none, "leads"));
}

TEST_CASE("a separatist leader heads the separatists last named with their region", "[extract]") {
  auto fr = Edges(
      "Les séparatistes du Haut-Karabakh ont déposé les armes. Le dirigeant séparatiste Arayik "
      "Harutyunyan a signé un décret.",
      "2023-09-28");
  CHECK(fr.count("Harutyunyan leads Karabakh separatists"));
  auto en = Edges(
      "The Karabakh separatists laid down their arms. Separatist leader Arayik Harutyunyan signed "
      "a decree.",
      "2023-09-28");
  CHECK(en.count("Harutyunyan leads Karabakh separatists"));
  // No separatists named with their region: the title heads no body.
  auto none = Edges("Le dirigeant séparatiste Arayik Harutyunyan a signé un décret.", "2023-09-28");
  CHECK_FALSE(HasPredicate(none, "leads"));
}
