// Discovery of actors no dictionary knows, on short sentences of our own:
// organizations from head words and bracketed acronyms (and the acronym used
// alone later), persons acting as subjects, named by an inverted speech verb
// or in an apposition with a role; a longer discovered name wins over a
// dictionary name inside it.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("discovery: organizations from head words and acronyms", "[extract]") {
  auto ids = EntityIds(
      "Le Front de libération du peuple de l'Ogaden (FLPO) a rejeté l'accord. Le FLPO accuse "
      "l'Éthiopie de mentir.",
      "2021-03-01");
  CHECK(ids.count("FLPO"));
  CHECK(Edges("Le Front de libération du peuple de l'Ogaden (FLPO) a rejeté l'accord. Le FLPO "
              "accuse l'Éthiopie de mentir.",
              "2021-03-01")
            .count("FLPO accuses Ethiopia"));
  // "Minsk" alone is Belarus; "Minsk Group" is a body of its own
  auto e = EntityIds("France co-chairs the Minsk Group with Russia.", "2020-10-01");
  CHECK(e.count("Minsk Group"));
  CHECK_FALSE(e.count("Belarus"));
  auto f = EntityIds(
      "L'opposition s'est dotée d'un Conseil de coordination chargé d'organiser "
      "la transition.",
      "2020-08-20");
  CHECK(f.count("Conseil de coordination"));
}

TEST_CASE("discovery: persons by their behaviour", "[extract]") {
  auto e = Edges("Alfredo Quintero accused Colombia of arming the gangs.", "2019-01-24");
  CHECK(e.count("Alfredo Quintero accuses Colombia"));
  auto ids = EntityIds(
      "\"We will not leave,\" said Yevgen Zhovtenko, head of the Kazakhstan "
      "International Bureau for Freedom.",
      "2022-01-07");
  CHECK(ids.count("Yevgen Zhovtenko"));
  CHECK(ids.count("Kazakhstan International Bureau for Freedom"));
  CHECK(Edges("\"We will not leave,\" said Yevgen Zhovtenko, head of the Kazakhstan "
              "International Bureau for Freedom.",
              "2022-01-07")
            .count("Yevgen Zhovtenko leads Kazakhstan International Bureau for Freedom"));
  auto f = EntityIds("Hiba Kamal, membre du comité de quartier, témoigne.", "2023-04-20");
  CHECK(f.count("Hiba Kamal"));
  // a capitalised pair that does nothing is not a person
  CHECK_FALSE(EntityIds("Today I learned about Ogaden politics.", "2021-03-01").count("Today I"));
}

TEST_CASE("discovery: a dictionary name inside a longer person's name", "[extract]") {
  auto ids = EntityIds(
      "Le chef des renseignements égyptiens, Abbas Kamel, a rencontré le "
      "président Tokaïev.",
      "2023-11-22");
  CHECK(ids.count("Abbas Kamel"));
  CHECK_FALSE(ids.count("Abbas"));
  // the dictionary's full name still wins over a shorter run
  auto b = EntityIds("Le général Abdel Fattah al-Burhane a dénoncé la rébellion.", "2023-04-20");
  CHECK(b.count("Burhan"));
}
