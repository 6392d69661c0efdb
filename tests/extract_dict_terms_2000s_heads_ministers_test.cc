// Dated office terms of heads of state and government, foreign and defence
// ministers in office around 2008 (schema/dict/persons_heads_ministers_2000s.jsonl)
// and later holders that filled gaps. A bare title ("le président guinéen",
// "Zimbabwe's defence minister") names the holder on the article's date: each
// test checks a date inside a term the dictionary gained and a date outside it,
// where another holder is named.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("Japan's prime ministers of 2008-2009 by date", "[extract][dict]") {
  const std::string fr = "Le Premier ministre japonais a rencontré le président sud-coréen à Tokyo.";
  const auto fukuda = Edges(fr, "2008-06-10");
  CHECK(fukuda.count("Yasuo Fukuda leads Japan") == 1);
  CHECK(fukuda.count("Taro Aso leads Japan") == 0);
  const auto aso = Edges(fr, "2009-02-10");
  CHECK(aso.count("Taro Aso leads Japan") == 1);
  CHECK(aso.count("Yasuo Fukuda leads Japan") == 0);
  CHECK(Edges(fr, "2010-02-10").count("Taro Aso leads Japan") == 0);
}

TEST_CASE("South Africa's interim president of 2008-2009", "[extract][dict]") {
  const std::string en = "South Africa's president criticized Zimbabwe on Monday.";
  CHECK(Edges(en, "2008-12-01").count("Motlanthe leads South Africa") == 1);
  const auto later = Edges(en, "2010-12-01");
  CHECK(later.count("Motlanthe leads South Africa") == 0);
  CHECK(later.count("Zuma leads South Africa") == 1);
}

TEST_CASE("Guinea's heads of state across the 2008 coup", "[extract][dict]") {
  const std::string fr = "Le président guinéen a accusé le Sénégal de soutenir les rebelles.";
  const auto conte = Edges(fr, "2008-06-10");
  CHECK(conte.count("Lansana Conte leads Guinea") == 1);
  CHECK(conte.count("Moussa Dadis Camara leads Guinea") == 0);
  const auto junta = Edges(fr, "2009-01-10");
  CHECK(junta.count("Moussa Dadis Camara leads Guinea") == 1);
  CHECK(junta.count("Lansana Conte leads Guinea") == 0);
  CHECK(Edges(fr, "2012-06-10").count("Moussa Dadis Camara leads Guinea") == 0);
}

TEST_CASE("defence ministers of Zimbabwe and Tunisia by date", "[extract][dict]") {
  const std::string en = "Zimbabwe's defence minister met her Mozambican counterpart in Harare.";
  const auto muchinguri = Edges(en, "2022-06-10");
  CHECK(muchinguri.count("Oppah Muchinguri official_of Zimbabwe") == 1);
  CHECK(muchinguri.count("Sekeramayi official_of Zimbabwe") == 0);
  const auto sekeramayi = Edges(en, "2015-06-10");
  CHECK(sekeramayi.count("Sekeramayi official_of Zimbabwe") == 1);
  CHECK(sekeramayi.count("Oppah Muchinguri official_of Zimbabwe") == 0);

  const std::string fr = "Le ministre tunisien de la Défense a reçu l'ambassadeur d'Algérie.";
  const auto memmiche = Edges(fr, "2023-06-10");
  CHECK(memmiche.count("Imed Memmiche official_of Tunisia") == 1);
  CHECK(memmiche.count("Khaled Sehili official_of Tunisia") == 0);
  const auto sehili = Edges(fr, "2025-03-10");
  CHECK(sehili.count("Khaled Sehili official_of Tunisia") == 1);
  CHECK(sehili.count("Imed Memmiche official_of Tunisia") == 0);
}

TEST_CASE("heads of UN agencies and armed groups found by name", "[extract][dict]") {
  const auto en = Edges("Margaret Chan, director-general of the WHO, warned China.", "2012-03-10");
  CHECK(en.count("Margaret Chan leads WHO") == 1);
  const auto fr = EntityIds(
      "Le mollah Akhtar Mansour et Abdelmalek Droukdal ont été cités par Navanethem Pillay.",
      "2015-09-10");
  CHECK(fr.count("Akhtar Mansour") == 1);
  CHECK(fr.count("Droukdel") == 1);
  CHECK(fr.count("Navi Pillay") == 1);
  const auto orgs = EntityIds("Le réseau Haqqani et le SPLM-IO ont été visés.", "2016-09-10");
  CHECK(orgs.count("Haqqani network") == 1);
  CHECK(orgs.count("SPLM-IO") == 1);
}

TEST_CASE("member lists of regional bodies the dictionary gained", "[extract][dict]") {
  // A listed state joins the body; a state the list leaves out does not.
  const auto fr = Edges(
      "Les pays de l'ICGLR (Rwanda, Ouganda, Nigeria) ont appelé le M23 au retrait.", "2023-06-10");
  CHECK(fr.count("Rwanda member_of ICGLR") == 1);
  CHECK(fr.count("Uganda member_of ICGLR") == 1);
  CHECK(fr.count("Nigeria member_of ICGLR") == 0);
  const auto en =
      Edges("The Bucharest Nine (Poland, Romania, Lithuania) warned Russia on Tuesday.", "2023-06-10");
  CHECK(en.count("Poland member_of Bucharest Nine") == 1);
  CHECK(en.count("Romania member_of Bucharest Nine") == 1);
}

TEST_CASE("heads of the 1990s resolve from a title on the article's date", "[extract][dict]") {
  const std::string fr = "Le président nigérian a accusé le Liberia de soutenir les rebelles.";
  const auto abacha = Edges(fr, "1997-03-10");
  CHECK(abacha.count("Sani Abacha leads Nigeria") == 1);
  CHECK(abacha.count("Obasanjo leads Nigeria") == 0);
  const auto later = Edges(fr, "2000-03-10");
  CHECK(later.count("Sani Abacha leads Nigeria") == 0);

  const std::string en = "Sweden's prime minister criticized Russia on Monday.";
  CHECK(Edges(en, "2000-05-10").count("Goran Persson leads Sweden") == 1);
  const auto reinfeldt = Edges(en, "2007-05-10");
  CHECK(reinfeldt.count("Goran Persson leads Sweden") == 0);
  CHECK(reinfeldt.count("Fredrik Reinfeldt leads Sweden") == 1);

  const auto sa = Edges("Le président argentin a rencontré le président chilien à Santiago.",
                        "1999-05-10");
  CHECK(sa.count("Carlos Menem leads Argentina") == 1);
  CHECK(sa.count("Eduardo Frei Ruiz-Tagle leads Chile") == 1);
}
