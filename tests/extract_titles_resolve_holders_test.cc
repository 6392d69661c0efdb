// A title with no name resolves to the dictionary's holder on the article's
// date: a body's head ("the head of the CIA", "le patron du Mossad", "the
// Knesset speaker") is its secretary general or chair; a past holder's title
// ("the former ... president", "l'ancien ministre ...") names nobody; the
// lexicon's title forms ("patron de la diplomatie", "minister of interior",
// "opposite number"). tools/title_battery.py runs these forms in bulk.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a body's head by title resolves to its director on the date", "[extract][titles]") {
  const std::string en = "The head of the CIA warned Iran against any attack on the base.";
  const auto burns = Edges(en, "2022-06-10");
  CHECK(burns.count("William Burns leads CIA") == 1);
  CHECK(burns.count("Haspel leads CIA") == 0);
  // Outside Burns's term: his predecessor, never Burns.
  const auto haspel = Edges(en, "2019-06-10");
  CHECK(haspel.count("Haspel leads CIA") == 1);
  CHECK(haspel.count("William Burns leads CIA") == 0);

  const std::string fr = "Le patron du Mossad a averti l'Iran contre toute attaque.";
  CHECK(Edges(fr, "2018-02-01").count("Yossi Cohen leads Mossad") == 1);
  CHECK(Edges(fr, "2023-02-01").count("Yossi Cohen leads Mossad") == 0);
  CHECK(Edges(fr, "2023-02-01").count("Barnea leads Mossad") == 1);
}

TEST_CASE("a speaker or chief named with the body before the title", "[extract][titles]") {
  const std::string en = "The Knesset speaker criticized the government's plan on Monday.";
  CHECK(Edges(en, "2015-04-02").count("Yuli Edelstein leads Knesset") == 1);
  CHECK(Edges(en, "2024-04-02").count("Amir Ohana leads Knesset") == 1);
  CHECK(Edges(en, "2024-04-02").count("Yuli Edelstein leads Knesset") == 0);

  const std::string chief = "The NATO chief criticized Russia's drills near the border.";
  CHECK(Edges(chief, "2016-04-02").count("Stoltenberg leads NATO") == 1);
  CHECK(Edges(chief, "2025-04-02").count("Stoltenberg leads NATO") == 0);
}

TEST_CASE("a body's head of one field is not its secretary general", "[extract][titles]") {
  // "the NATO refugee chief" is no NATO secretary general.
  const auto e = Edges("The NATO logistics chief criticized the delays on Monday.", "2016-04-02");
  CHECK(e.count("Stoltenberg leads NATO") == 0);
  CHECK(e.count("Stoltenberg official_of NATO") == 0);
}

TEST_CASE("a former holder's title names no holder", "[extract][titles]") {
  const auto en =
      Edges("The former Turkish defence minister criticized the operation in Syria.", "2024-06-02");
  CHECK(en.count("Guler official_of Turkey") == 0);
  CHECK(en.count("Guler criticizes Syria") == 0);
  const auto fr =
      Edges("L'ancien ministre russe des Affaires étrangères a critiqué la décision de Kiev.",
            "2019-03-10");
  CHECK(fr.count("Lavrov official_of Russia") == 0);
  CHECK(fr.count("Lavrov criticizes Ukraine") == 0);
  // The same titles without "former" do name the holders.
  CHECK(Edges("The Turkish defence minister criticized the operation in Syria.", "2024-06-02")
            .count("Guler official_of Turkey") == 1);
  CHECK(Edges("Le ministre russe des Affaires étrangères a critiqué la décision de Kiev.",
              "2019-03-10")
            .count("Lavrov official_of Russia") == 1);
}

TEST_CASE("title forms of foreign and interior ministers", "[extract][titles]") {
  CHECK(Edges("Le patron de la diplomatie turque a critiqué la décision de Kiev.", "2024-06-02")
            .count("Fidan official_of Turkey") == 1);
  // Another state's title: Turkey's minister is not Ukraine's.
  CHECK(
      Edges("Le patron de la diplomatie ukrainienne a critiqué la décision d'Ankara.", "2024-06-02")
          .count("Fidan official_of Turkey") == 0);
  CHECK(Edges("The Ukrainian minister of interior criticized Moscow on Friday.", "2024-04-04")
            .count("Klymenko official_of Ukraine") == 1);
}

TEST_CASE("an opposite number holds the same office in the adjective's state",
          "[extract][titles]") {
  const auto e =
      Edges("Hakan Fidan met his Kazakh opposite number in Astana on Monday.", "2024-06-02");
  CHECK(e.count("Nurtleu official_of Kazakhstan") == 1);
  CHECK(e.count("Fidan meets Nurtleu") == 1);
}

TEST_CASE("a title predicated of someone is not today's holder", "[extract][titles]") {
  // "dismissed as head of": the dismissed person's office, not Barnea's.
  const auto en =
      Edges("The cabinet said on Monday that the general had been dismissed as head of Mossad.",
            "2023-02-01");
  CHECK(en.count("Barnea leads Mossad") == 0);
  const auto fr = Edges(
      "Le cabinet a annoncé lundi que le général avait été démis de son poste de chef du Mossad.",
      "2023-02-01");
  CHECK(fr.count("Barnea leads Mossad") == 0);
  // The same title as a subject is the holder.
  CHECK(Edges("The head of Mossad said on Monday that the general had left.", "2023-02-01")
            .count("Barnea leads Mossad") == 1);
}

TEST_CASE("a counterpart of a holder of two offices takes the precise one", "[extract][titles]") {
  // Mudavadi is Kenya's Prime Cabinet Secretary (an official) and its foreign
  // minister: "his counterpart" is the other state's foreign minister.
  const auto e =
      Edges("Musalia Mudavadi met his Ethiopian counterpart in Nairobi on Monday.", "2024-08-02");
  CHECK(e.count("Taye Atske Selassie official_of Ethiopia") == 1);
  // Before he held the foreign ministry, his office names no counterpart.
  CHECK(Edges("Musalia Mudavadi met his Ethiopian counterpart in Nairobi on Monday.", "2023-05-02")
            .count("Taye Atske Selassie official_of Ethiopia") == 0);
}
