// Offices whose state the sentence does not name: a fronted place adjunct
// ("À Washington, le président X") or the article's own state, known from
// the holders it already called by bare titles ("le président Tokaïev ...
// le ministre de l'Intérieur, X").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a fronted place adjunct gives the title its state", "[extract]") {
  auto f = Edges(
      "La Russie a envoyé des chars. À Washington, le président Albert Quinsard a condamné "
      "l'escalade.",
      "2008-08-12");
  CHECK(f.count("Albert Quinsard leads United States"));
  auto e = Edges(
      "Russia moved tanks. In Kyiv, the interim president, Oleg Marchenkov, put the "
      "army on alert.",
      "2014-03-01");
  CHECK(e.count("Oleg Marchenkov leads Ukraine"));
  // No fronted adjunct: a place later in the sentence says nothing of the office.
  auto n = Edges("Le président Albert Quinsard est attendu jeudi à Washington.", "2008-08-12");
  CHECK_FALSE(n.count("Albert Quinsard leads United States"));
  auto ne = Edges("The president, Oleg Marchenkov, will fly to Kyiv on Monday.", "2014-03-01");
  CHECK_FALSE(ne.count("Oleg Marchenkov leads Ukraine"));
}

TEST_CASE("a bare minister's title is in the state of the bare-titled leader", "[extract]") {
  auto f = Edges(
      "Le président Kassym-Jomart Tokaïev a parlé à la nation. Le ministre de l'Intérieur, "
      "Bolat Sarsenbekov, a annoncé des arrestations.",
      "2022-01-07");
  CHECK(f.count("Bolat Sarsenbekov official_of Kazakhstan"));
  auto e = Edges(
      "President Kassym-Jomart Tokayev addressed the nation. The interior minister, Bolat "
      "Sarsenbekov, announced arrests.",
      "2022-01-07");
  CHECK(e.count("Bolat Sarsenbekov official_of Kazakhstan"));
  // Two states' leaders called by bare titles: no state is the article's own.
  auto c = Edges(
      "Le président Kassym-Jomart Tokaïev a parlé au président Vladimir Poutine. Le ministre "
      "de l'Intérieur, Bolat Sarsenbekov, a annoncé des arrestations.",
      "2022-01-07");
  CHECK_FALSE(c.count("Bolat Sarsenbekov official_of Kazakhstan"));
  CHECK_FALSE(c.count("Bolat Sarsenbekov official_of Russia"));
  // A head's bare title is not placed so: "President Lula" may be foreign.
  auto h =
      Edges("President Kassym-Jomart Tokayev addressed the nation. President Ali Berdanov replied.",
            "2022-01-07");
  CHECK_FALSE(h.count("Ali Berdanov leads Kazakhstan"));
  // A title with a complement holds an office of that complement, not of the state.
  auto a = Edges(
      "Le président Kassym-Jomart Tokaïev a parlé à la nation. Jean-Marc Pinsard, président de "
      "l'association Berry-Eurasie, a lancé une collecte.",
      "2022-01-07");
  CHECK_FALSE(a.count("Jean-Marc Pinsard leads Kazakhstan"));
}

TEST_CASE("a ministry naming no state, then its spokesman", "[extract]") {
  auto f = Edges(
      "Le président Kassym-Jomart Tokaïev a parlé à la nation. Le ministère de l'Intérieur "
      "fait état de 26 morts. Dix-huit policiers ont péri, a précisé son porte-parole, Aïgoul "
      "Berdenova.",
      "2022-01-07");
  CHECK(f.count("Aïgoul Berdenova official_of Kazakh Interior Ministry"));
  auto e = Edges(
      "President Kassym-Jomart Tokayev addressed the nation. The Ministry of the Interior "
      "reported 26 deaths. Its spokeswoman, Aigul Berdenova, said 18 officers died.",
      "2022-01-07");
  CHECK(e.count("Aigul Berdenova official_of Kazakh Interior Ministry"));
  // No leader called by a bare title: the ministry's state is unknown.
  auto n = Edges(
      "Le ministère de l'Intérieur fait état de 26 morts. Dix-huit policiers ont péri, a "
      "précisé son porte-parole, Aïgoul Berdenova.",
      "2022-01-07");
  CHECK_FALSE(n.count("Aïgoul Berdenova official_of Kazakh Interior Ministry"));
  CHECK_FALSE(n.count("Aïgoul Berdenova official_of Kazakhstan"));
}

TEST_CASE("a plural title's coordinated holders, each with its state", "[extract]") {
  auto f = Edges(
      "Les présidents kirghiz Bakyt Soronbaïev et tadjik Daler Nazarov sont restés "
      "discrets.",
      "2022-01-07");
  CHECK(f.count("Bakyt Soronbaïev leads Kyrgyzstan"));
  CHECK(f.count("Daler Nazarov leads Tajikistan"));
  // "les anciens présidents": past offices give no edge, for either holder.
  auto p = Edges(
      "Les anciens présidents kirghiz Bakyt Soronbaïev et tadjik Daler Nazarov sont "
      "restés discrets.",
      "2022-01-07");
  CHECK_FALSE(p.count("Bakyt Soronbaïev leads Kyrgyzstan"));
  CHECK_FALSE(p.count("Daler Nazarov leads Tajikistan"));
  // A holder coordinated with no adjective of a state is not given one.
  auto e =
      Edges("Kyrgyz presidents Bakyt Soronbayev and Daler Nazarov stayed quiet.", "2022-01-07");
  CHECK(e.count("Bakyt Soronbayev leads Kyrgyzstan"));
  CHECK_FALSE(e.count("Daler Nazarov leads Kyrgyzstan"));
}
