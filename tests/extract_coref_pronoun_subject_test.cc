// Reference resolution: a pronoun's referent is the
// closest person named as a subject, not one named sentences before.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("'he' after a sentence whose subject is a named person is that person", "[extract]") {
  const std::string before =
      "Turkish President Recep Tayyip Erdogan met Iraqi officials in Ankara on Monday.\n";
  auto en = Edges(before +
                  "After a visit to Riga, German Chancellor Olaf Scholz confirmed that a brigade "
                  "would be stationed in Lithuania.\n"
                  "He accused Moscow of destabilising the Baltic region.");
  CHECK(en.count("Scholz accuses Russia") == 1);
  CHECK(en.count("Erdogan accuses Russia") == 0);
  // A person named as an object is no closer referent: the subject stays.
  auto object = Edges(
      "Turkish President Recep Tayyip Erdogan met German Chancellor Olaf Scholz "
      "in Ankara on Monday.\n"
      "He accused Moscow of destabilising the Black Sea region.");
  CHECK(object.count("Erdogan accuses Russia") == 1);
  CHECK(object.count("Scholz accuses Russia") == 0);
}

TEST_CASE("'il' after a sentence whose subject is a named person is that person", "[extract]") {
  const std::string before =
      "Le président turc Recep Tayyip Erdogan a reçu des responsables irakiens lundi à Ankara.\n";
  auto fr = Edges(before +
                  "Après une visite à Riga, le chancelier allemand Olaf Scholz a confirmé l'envoi "
                  "d'une brigade en Lituanie.\n"
                  "Il a accusé Moscou de déstabiliser la région balte.");
  CHECK(fr.count("Scholz accuses Russia") == 1);
  CHECK(fr.count("Erdogan accuses Russia") == 0);
  auto object = Edges(
      "Le président turc Recep Tayyip Erdogan a reçu le chancelier allemand Olaf "
      "Scholz lundi à Ankara.\n"
      "Il a accusé Moscou de déstabiliser la mer Noire.");
  CHECK(object.count("Erdogan accuses Russia") == 1);
  CHECK(object.count("Scholz accuses Russia") == 0);
}
