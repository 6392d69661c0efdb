// Names listed after a plural of persons and a comma are persons no
// dictionary knows (engine_discovery.cc TryDiscoverPerson): "deux
// ressortissants russes, X et Y", "three members of the assembly, X, Y and Z".
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::EntityIds;

TEST_CASE("a list of names apposed to a plural of persons names persons",
          "[extract][discovery]") {
  const auto fr = EntityIds(
      "Selon le parquet, deux ressortissants serbes, Goran Lukic et Dragan Vesic, auraient "
      "financé le groupe.",
      "2017-05-02");
  CHECK(fr.count("Goran Lukic"));
  CHECK(fr.count("Dragan Vesic"));
  const auto en = EntityIds(
      "The deal was brokered with the help of three members of the European Parliament, "
      "Hanna Berg, Luc Marchal and Piet Jonker.",
      "2017-05-02");
  CHECK(en.count("Hanna Berg"));
  CHECK(en.count("Luc Marchal"));
  CHECK(en.count("Piet Jonker"));
  const auto kin = EntityIds(
      "Deux autres gendres, Arman Sadykov et Yerlan Tasbulatov, ont été écartés lundi.",
      "2022-01-20");
  CHECK(kin.count("Arman Sadykov"));
  CHECK(kin.count("Yerlan Tasbulatov"));
}

TEST_CASE("a list after a plural that is no person noun is not a list of persons",
          "[extract][discovery]") {
  // near-misses: places after a plural of places, a body after a plural of bodies
  const auto en = EntityIds(
      "Fighting spread to two districts, Lower Kamba and Upper Kamba, on Monday.", "2017-05-02");
  CHECK_FALSE(en.count("Lower Kamba"));
  CHECK_FALSE(en.count("Upper Kamba"));
  const auto fr = EntityIds(
      "Les deux villes, Port Salem et Baie Verte, ont été évacuées.", "2017-05-02");
  CHECK_FALSE(fr.count("Port Salem"));
}

// "Major" is a rank before a name (schema/lexicon/words.tsv rank), not part
// of it; a shouted "MAJOR" in capitals is no rank (engine_mentions.cc RankRun).
TEST_CASE("the rank Major is not part of the name after it", "[extract][discovery]") {
  const auto en = EntityIds(
      "An army spokesman, Major Peter Okello, said troops had returned to barracks.",
      "2017-05-02");
  CHECK(en.count("Peter Okello"));
  CHECK_FALSE(en.count("Major Peter Okello"));
  // near-miss: capitals of a slogan name no one
  const auto caps = EntityIds(
      "He wrote on his network: \"DO NOT DROP THOSE BOMBS. IT IS A MAJOR VIOLATION.\"",
      "2017-05-02");
  CHECK_FALSE(caps.count("VIOLATION"));
}
