// Dated holders that filled coverage gaps of 2008-2026 (acting foreign and
// defence ministers, interior ministers) and deputies of heads of state. A bare
// title names the holder on the article's date; outside the term it does not.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("Mexico's interior minister follows the Calderon cabinets", "[extract][dict]") {
  const std::string fr =
      "Le ministre mexicain de l'Intérieur a annoncé lundi de nouvelles mesures contre les cartels.";
  const auto gomez = Edges(fr, "2009-05-10");
  CHECK(gomez.count("Gomez Mont official_of Mexico") == 1);
  CHECK(gomez.count("Blake Mora official_of Mexico") == 0);
  const auto blake = Edges(fr, "2011-05-10");
  CHECK(blake.count("Blake Mora official_of Mexico") == 1);
  CHECK(blake.count("Gomez Mont official_of Mexico") == 0);
  const std::string en = "Mexico's interior minister announced new measures against the cartels on Monday.";
  CHECK(Edges(en, "2009-05-10").count("Gomez Mont official_of Mexico") == 1);
}

TEST_CASE("Kenya's interior minister: Matiang'i, then Kindiki", "[extract][dict]") {
  const std::string en = "Kenya's interior minister said on Monday that the police would be deployed.";
  const auto matiangi = Edges(en, "2019-03-01");
  CHECK(matiangi.count("Matiangi official_of Kenya") == 1);
  CHECK(matiangi.count("Kindiki official_of Kenya") == 0);
  const std::string fr = "Le ministre kényan de l'Intérieur a annoncé lundi le déploiement de la police.";
  const auto kindiki = Edges(fr, "2023-03-01");
  CHECK(kindiki.count("Kindiki official_of Kenya") == 1);
  CHECK(kindiki.count("Matiangi official_of Kenya") == 0);
}

TEST_CASE("Acting foreign and defence ministers close 2009 and 2014 gaps", "[extract][dict]") {
  // Khandohiy ran Ukraine's foreign ministry from March to October 2009.
  const std::string fr =
      "Le ministre ukrainien des Affaires étrangères a rencontré mardi son homologue polonais.";
  CHECK(Edges(fr, "2009-06-01").count("Khandohiy official_of Ukraine") == 1);
  CHECK(Edges(fr, "2010-06-01").count("Khandohiy official_of Ukraine") == 0);
  const std::string en = "Ukraine's foreign minister met his Polish counterpart on Tuesday.";
  CHECK(Edges(en, "2009-06-01").count("Khandohiy official_of Ukraine") == 1);
  // Dendias held Greece's defence ministry from June 2014 to January 2015.
  const std::string greek = "Greece's defence minister visited the troops on the island of Lesbos on Friday.";
  CHECK(Edges(greek, "2014-09-01").count("Dendias official_of Greece") == 1);
  CHECK(Edges(greek, "2016-09-01").count("Dendias official_of Greece") == 0);
  const std::string greek_fr =
      "Le ministre grec de la Défense a rendu visite vendredi aux troupes stationnées à Lesbos.";
  CHECK(Edges(greek_fr, "2014-09-01").count("Dendias official_of Greece") == 1);
}

TEST_CASE("Kazakhstan's defence minister 2009-2014", "[extract][dict]") {
  const std::string en = "Kazakhstan's defence minister met his Russian counterpart in Moscow on Tuesday.";
  CHECK(Edges(en, "2012-04-20").count("Dzhaksybekov official_of Kazakhstan") == 1);
  CHECK(Edges(en, "2015-04-20").count("Dzhaksybekov official_of Kazakhstan") == 0);
}

TEST_CASE("Mokhber leads Iran only while acting president", "[extract][dict]") {
  const auto acting = Edges(
      "Mohammad Mokhber, Iran's acting president, received Iraq's foreign minister in Tehran on "
      "Tuesday.",
      "2024-06-15");
  CHECK(acting.count("Mokhber leads Iran") == 1);
  // As first vice-president a year earlier he is an official, not the leader.
  const auto vice = Edges(
      "Mohammad Mokhber, Iran's first vice-president, received Iraq's foreign minister in Tehran "
      "on Tuesday.",
      "2023-06-15");
  CHECK(vice.count("Mokhber leads Iran") == 0);
  CHECK(vice.count("Mokhber official_of Iran") == 1);
}
