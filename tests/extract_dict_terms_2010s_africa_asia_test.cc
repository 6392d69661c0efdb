// Dated office terms 2010-2018 for Africa, the Middle
// East and South/Central Asia. A bare title ("le président égyptien", "Syria's
// defence minister") names the holder on the article's date: each test checks
// a date inside a term the dictionary gained and a date outside it, where
// another holder (or nobody, during a vacancy) is named.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("Egypt's head of state through the 2011-2014 transition", "[extract][dict]") {
  const std::string fr = "Le président égyptien a reçu jeudi au Caire le roi de Jordanie.";
  CHECK(Edges(fr, "2010-06-01").count("Mubarak leads Egypt") == 1);
  const auto scaf = Edges(fr, "2011-09-20");
  CHECK(scaf.count("Tantawi leads Egypt") == 1);
  CHECK(scaf.count("Mubarak leads Egypt") == 0);
  const auto interim = Edges(fr, "2013-11-05");
  CHECK(interim.count("Adly Mansour leads Egypt") == 1);
  CHECK(interim.count("Morsi leads Egypt") == 0);
  CHECK(interim.count("Sisi leads Egypt") == 0);
}

TEST_CASE("a French defence minister's title follows Mali's reshuffles", "[extract][dict]") {
  const std::string fr =
      "Le ministre malien de la Défense s'est rendu lundi à Gao auprès des troupes.";
  const auto early = Edges(fr, "2013-02-04");
  CHECK(early.count("Yamoussa Camara official_of Mali") == 1);
  CHECK(early.count("Soumeylou Boubeye Maiga official_of Mali") == 0);
  const auto later = Edges(fr, "2014-02-04");
  CHECK(later.count("Soumeylou Boubeye Maiga official_of Mali") == 1);
  CHECK(later.count("Yamoussa Camara official_of Mali") == 0);
}

TEST_CASE("English titles name Syrian and Pakistani holders by date", "[extract][dict]") {
  const std::string sy = "Syria's defence minister warned Turkey against any incursion.";
  CHECK(Edges(sy, "2012-03-01").count("Dawoud Rajiha official_of Syria") == 1);
  const auto freij = Edges(sy, "2015-10-01");
  CHECK(freij.count("Fahd Jassem al-Freij official_of Syria") == 1);
  CHECK(freij.count("Dawoud Rajiha official_of Syria") == 0);

  const std::string pk = "The Pakistani prime minister criticized India on Tuesday.";
  CHECK(Edges(pk, "2011-05-10").count("Gilani leads Pakistan") == 1);
  const auto caretaker = Edges(pk, "2018-07-10");
  CHECK(caretaker.count("Nasirul Mulk leads Pakistan") == 1);
  CHECK(caretaker.count("Imran Khan leads Pakistan") == 0);
}

TEST_CASE("interim heads after an uprising, and a vacancy names nobody", "[extract][dict]") {
  const std::string kg = "Le président kirghiz a appelé la Russie à l'aide.";
  CHECK(Edges(kg, "2010-02-10").count("Bakiyev leads Kyrgyzstan") == 1);
  const auto interim = Edges(kg, "2010-06-14");
  CHECK(interim.count("Otunbayeva leads Kyrgyzstan") == 1);
  CHECK(interim.count("Bakiyev leads Kyrgyzstan") == 0);

  // Lebanon had no president from May 2014 to October 2016
  const std::string lb = "The Lebanese president condemned Israel on Sunday.";
  CHECK(Edges(lb, "2012-04-02").count("Michel Suleiman leads Lebanon") == 1);
  const auto vacancy = Edges(lb, "2015-04-02");
  CHECK(vacancy.count("Michel Suleiman leads Lebanon") == 0);
  CHECK(vacancy.count("Michel Aoun leads Lebanon") == 0);
}

TEST_CASE("a prime minister's title in Tunisia's succession of 2011-2016", "[extract][dict]") {
  const std::string fr = "Le chef du gouvernement tunisien a critiqué l'Algérie.";
  CHECK(Edges(fr, "2013-06-10").count("Ali Laarayedh leads Tunisia") == 1);
  const auto jomaa = Edges(fr, "2014-06-10");
  CHECK(jomaa.count("Mehdi Jomaa leads Tunisia") == 1);
  CHECK(jomaa.count("Ali Laarayedh leads Tunisia") == 0);
}
