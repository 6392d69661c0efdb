// Persons no dictionary knows, named after compound ranks and titles, in
// French and English; and the tricky negatives next to them.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("ents: a compound rank is not part of the name", "[extract][entities]") {
  auto en = EntityIds(
      "The mission is commanded by Colonel General Pyotr Zaslavsky, the commander of the "
      "paratroopers.",
      "2022-01-07");
  CHECK(en.count("Pyotr Zaslavsky"));
  CHECK_FALSE(en.count("General Pyotr Zaslavsky"));
  auto title = EntityIds(
      "The Russian Defence Ministry says its bombers hit 50 targets; ministry spokesman Major "
      "General Oleg Tarasenko described the strikes as precise.",
      "2015-10-06");
  CHECK(title.count("Oleg Tarasenko"));
  CHECK_FALSE(title.count("Major General Oleg Tarasenko"));
  auto fr =
      EntityIds("L'opération est dirigée par le général de brigade Amadou Sissoko.", "2022-01-07");
  CHECK(fr.count("Amadou Sissoko"));
}

TEST_CASE("ents: unknown persons in appositions, after kinship and profession nouns",
          "[extract][entities]") {
  auto between = EntityIds(
      "Au Caire, le chef des renseignements jordaniens, Samir Haddadin, a servi de canal.",
      "2023-11-22");
  CHECK(between.count("Samir Haddadin"));
  auto en = EntityIds(
      "Georgia's human rights ombudsman, Levan Ioseliani, said his office was "
      "collecting evidence.",
      "2020-11-10");
  CHECK(en.count("Levan Ioseliani"));
  auto who = EntityIds(
      "Traders reacted with caution. Oksana Melnyk, who heads the port union, "
      "doubted the deal.",
      "2022-07-23");
  CHECK(who.count("Oksana Melnyk"));
  auto kin = EntityIds("Son neveu Aidar Bekov a été démis de ses fonctions.", "2022-01-19");
  CHECK(kin.count("Aidar Bekov"));
  auto job = EntityIds(
      "Son envoyée, la diplomate suisse Christine Ammann Keller, a appelé au calme.", "2021-02-03");
  CHECK(job.count("Christine Ammann Keller"));
  auto researcher = EntityIds(
      "Kim Ji-hoon, a researcher at a Seoul institute, said the troops were moving.", "2024-10-18");
  CHECK(researcher.count("Kim Ji-hoon"));
  auto demonym =
      EntityIds("Son chef, le Sénégalais Mamadou Ndour, a appelé au calme.", "2021-01-05");
  CHECK(demonym.count("Mamadou Ndour"));
  auto rank = EntityIds(
      "« Nous sommes ici pour la paix », a déclaré le commandant kényan "
      "Joseph Kiprono.",
      "2024-06-26");
  CHECK(rank.count("Joseph Kiprono"));
  // Negatives: a list of places between commas, a capitalised word after.
  auto list =
      EntityIds("Les renforts sont arrivés à Bamako, Nouvelle Ségou, Kayes et Gao.", "2022-01-07");
  CHECK_FALSE(list.count("Nouvelle Ségou"));
}

TEST_CASE("ents: middle initials, hyphenated ranks and nicknames", "[extract][entities]") {
  auto bush =
      EntityIds("À Washington, le président John F. Kennedy a condamné l'escalade.", "1962-10-23");
  CHECK(bush.count("John F. Kennedy"));
  CHECK_FALSE(bush.count("John"));
  auto rank = EntityIds("Le général-major Peter Kasongo a été nommé gouverneur.", "2023-01-20");
  CHECK(rank.count("Peter Kasongo"));
  auto nick = EntityIds(
      "Jimmy Mathurin, dit « Barbecue », chef de la coalition de gangs, a mis en garde le Kenya.",
      "2024-06-26");
  CHECK(nick.count("Jimmy Mathurin"));
}
