// Group words: "rebelle"/"séparatiste" as an adjective of another noun is no
// actor; "the rebels" after a named armed group ("M23 rebels") is that group;
// "les dirigeants séparatistes" still act for the separatists.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("ents: rebel and separatist as adjectives", "[extract][entities]") {
  auto fr = EntityIds("Le poste a été confié à Malik Agar, ancien chef rebelle du Nil Bleu.",
                      "2023-05-20");
  CHECK_FALSE(fr.count("rebels"));
  auto region = EntityIds(
      "Moscou a envoyé des soldats en Ossétie du Sud, la capitale de cette région séparatiste.",
      "2008-08-12");
  CHECK_FALSE(region.count("separatists"));
  auto en = EntityIds("Washington called the group a rebel militia on Monday.", "2023-05-20");
  CHECK_FALSE(en.count("rebels"));
  // The collective acting through its leaders stays.
  auto leaders = Edges(
      "Ilham Aliyev a accusé les dirigeants séparatistes d'avoir transformé la région en zone "
      "grise.",
      "2023-09-21");
  CHECK(leaders.count("Aliyev accuses separatists"));
}

TEST_CASE("ents: 'the rebels' is the armed group named with them", "[extract][entities]") {
  auto ids = EntityIds(
      "Fighting with M23 rebels edged closer to Goma. Rwandan President Paul Kagame denies "
      "arming the rebels.",
      "2022-11-15");
  CHECK(ids.count("M23"));
  CHECK_FALSE(ids.count("rebels"));
  // With no group named so, "the rebels" name no actor (the gold names only
  // the group an article names, never a generic rebel collective).
  auto plain = EntityIds("The army said the rebels had attacked a convoy.", "2022-11-15");
  CHECK_FALSE(plain.count("rebels"));
}
