// Dated office terms for Africa and the Middle East.
// A bare title ("le ministre malien de la Défense", "Lebanon's foreign
// minister", "the leader of Boko Haram") names the holder on the article's
// date: each test checks one date inside a term the dictionary gained and
// one outside it, where another holder (or nobody) is named.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a French minister's title names the holder of that date", "[extract][dict]") {
  const std::string fr =
      "Le ministre malien de la Défense a reçu mardi à Bamako une délégation de la Cédéao.";
  const auto before = Edges(fr, "2019-03-12");
  CHECK(before.count("Tiena Coulibaly official_of Mali") == 1);
  CHECK(before.count("Sadio Camara official_of Mali") == 0);
  const auto after = Edges(fr, "2021-03-12");
  CHECK(after.count("Sadio Camara official_of Mali") == 1);
  CHECK(after.count("Tiena Coulibaly official_of Mali") == 0);

  const std::string pm = "Le Premier ministre mauritanien a critiqué le Maroc.";
  CHECK(Edges(pm, "2019-03-12").count("Ould Bechir leads Mauritania") == 1);
  CHECK(Edges(pm, "2019-12-02").count("Ould Bedda leads Mauritania") == 1);
  CHECK(Edges(pm, "2019-12-02").count("Ould Bechir leads Mauritania") == 0);
}

TEST_CASE("English titles follow Lebanon's and Somalia's successions", "[extract][dict]") {
  const std::string fm = "Lebanon's foreign minister met the French ambassador on Monday.";
  CHECK(Edges(fm, "2019-06-04").count("Bassil official_of Lebanon") == 1);
  CHECK(Edges(fm, "2020-03-03").count("Hitti official_of Lebanon") == 1);
  const auto acting = Edges(fm, "2021-07-01");
  CHECK(acting.count("Zeina Akar official_of Lebanon") == 1);
  CHECK(acting.count("Bassil official_of Lebanon") == 0);

  const std::string pm = "The Somali prime minister accused Kenya of meddling.";
  CHECK(Edges(pm, "2020-03-04").count("Khaire leads Somalia") == 1);
  CHECK(Edges(pm, "2021-05-04").count("Roble leads Somalia") == 1);
  // between Khaire's fall and Roble's appointment neither is the premier
  const auto gap = Edges(pm, "2020-08-10");
  CHECK(gap.count("Khaire leads Somalia") == 0);
  CHECK(gap.count("Roble leads Somalia") == 0);
}

TEST_CASE("interim and junta heads of state from the day they take over", "[extract][dict]") {
  const std::string dz = "Le chef de l'État algérien a critiqué la France.";
  CHECK(Edges(dz, "2019-06-15").count("Bensalah leads Algeria") == 1);
  CHECK(Edges(dz, "2020-06-15").count("Bensalah leads Algeria") == 0);
  CHECK(Edges(dz, "2020-06-15").count("Tebboune leads Algeria") == 1);

  // a coup leader heads the state before his swearing-in
  const std::string gn = "Le président guinéen a reçu une délégation de la Cédéao.";
  CHECK(Edges(gn, "2021-09-20").count("Doumbouya leads Guinea") == 1);
  CHECK(Edges(gn, "2021-09-20").count("Alpha Conde leads Guinea") == 0);
  const std::string mg = "Le président malgache a rencontré le ministre turc de l'Intérieur.";
  const auto mg25 = Edges(mg, "2025-11-12");
  CHECK(mg25.count("Randrianirina leads Madagascar") == 1);
  CHECK(mg25.count("Yerlikaya official_of Turkey") == 1);
  const auto mg22 = Edges(mg, "2022-05-03");
  CHECK(mg22.count("Randrianirina leads Madagascar") == 0);
  CHECK(mg22.count("Soylu official_of Turkey") == 1);
}

TEST_CASE("an armed group's leader by title, only during his command", "[extract][dict]") {
  const std::string en = "The leader of Boko Haram threatened Nigeria in a new video.";
  CHECK(Edges(en, "2020-03-04").count("Shekau leads Boko Haram") == 1);
  // dead in May 2021: a later video is not his
  CHECK(Edges(en, "2023-03-04").count("Shekau leads Boko Haram") == 0);
}

TEST_CASE("the rotating chairs of the African Union and ECOWAS by date", "[extract][dict]") {
  const std::string au =
      "Le président en exercice de l'Union africaine a condamné le coup d'État au Tchad.";
  CHECK(Edges(au, "2021-05-10").count("Tshisekedi leads African Union") == 1);
  CHECK(Edges(au, "2020-05-10").count("Ramaphosa leads African Union") == 1);
  CHECK(Edges(au, "2020-05-10").count("Tshisekedi leads African Union") == 0);
  const std::string ecowas = "Le président en exercice de la Cédéao a appelé le Mali au dialogue.";
  CHECK(Edges(ecowas, "2019-03-12").count("Buhari leads ECOWAS") == 1);
  CHECK(Edges(ecowas, "2021-11-12").count("Buhari leads ECOWAS") == 0);
  CHECK(Edges(ecowas, "2021-11-12").count("Akufo-Addo leads ECOWAS") == 1);
}
