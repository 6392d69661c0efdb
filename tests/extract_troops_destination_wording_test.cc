// sends_troops destinations and cues as news writes them about any war: an
// epithet between the preposition and the country ("to neighbouring
// Somalia"), border crossings in every tense ("cross into", "crossed the
// border into"), a force's make-up with "include"/"comprenait", French
// "détachements"; and the English article "a" is no French "à" ("led by a
// Kenyan commander" names no destination).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("troops: an epithet before the destination country", "[extract]") {
  {
    const auto e = Edges("Kenya sent a battalion to neighbouring Somalia in October.", "2011-10-20");
    CHECK(e.count("Kenya sends_troops Somalia"));
  }
  {
    const auto e = Edges("Rwanda deployed 1,000 soldiers to war-torn Mozambique last year.", "2022-03-01");
    CHECK(e.count("Rwanda sends_troops Mozambique"));
  }
  {  // near-miss: the sender's own border
    const auto e = Edges("Kenya deployed troops along its border with neighbouring Somalia.", "2011-10-20");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
  {  // near-miss: French puts the adjective after; own border
    const auto e = Edges("Le Burundi a déployé des soldats à sa frontière avec le Rwanda voisin.", "2024-01-20");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
}

TEST_CASE("troops: border crossings and a force's make-up", "[extract]") {
  {
    const auto e = Edges("Eritrean troops cross into Ethiopia as fighting spreads.", "2020-12-01");
    CHECK(e.count("Eritrea sends_troops Ethiopia"));
  }
  {
    const auto e = Edges("Rwandan soldiers crossed the border into Burundi on Tuesday, officials said.", "2015-06-01");
    CHECK(e.count("Rwanda sends_troops Burundi"));
  }
  {
    const auto e = Edges("The mission in Somalia included contingents from Uganda and Burundi.", "2012-05-01");
    CHECK(e.count("Uganda sends_troops Somalia"));
    CHECK(e.count("Burundi sends_troops Somalia"));
  }
  {
    const auto e = Edges("La mission au Mali comprenait des soldats du Tchad et du Niger.", "2014-05-01");
    CHECK(e.count("Chad sends_troops Mali"));
    CHECK(e.count("Niger sends_troops Mali"));
  }
  {
    const auto e = Edges("Le Tchad et le Niger ont envoyé des détachements au Mali.", "2013-02-01");
    CHECK(e.count("Chad sends_troops Mali"));
    CHECK(e.count("Niger sends_troops Mali"));
  }
  {  // near-miss: victims are no deployment
    const auto e = Edges("The victims included two Malian soldiers.", "2019-11-01");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
}

TEST_CASE("troops: the article 'a' is no place preposition", "[extract]") {
  const auto e = Edges("The force in Somalia, led by a Kenyan commander, included troops from Uganda.", "2012-05-01");
  CHECK(e.count("Uganda sends_troops Somalia"));
  CHECK_FALSE(e.count("Uganda sends_troops Kenya"));
}

TEST_CASE("troops: a nationality's capital is its state's", "[extract]") {
  {
    const auto e = Edges("Rwanda deployed special forces to the Central African capital last month.", "2020-12-20");
    CHECK(e.count("Rwanda sends_troops Central African Republic"));
  }
  {
    const auto e = Edges("Le Tchad a déployé des soldats dans la capitale malienne.", "2013-01-20");
    CHECK(e.count("Chad sends_troops Mali"));
  }
  {  // near-miss: its own capital
    const auto e = Edges("Kenya deployed police officers in the Kenyan capital after the protests.", "2024-06-26");
    CHECK_FALSE(HasPredicate(e, "sends_troops"));
  }
}

TEST_CASE("troops: 'whose country', 'dont le pays' sends for its leader", "[extract]") {
  {
    const auto e = Edges("President Paul Kagame, whose country has sent troops to Mozambique, spoke at the summit.", "2021-09-01");
    CHECK(e.count("Rwanda sends_troops Mozambique"));
    CHECK_FALSE(e.count("Kagame sends_troops Mozambique"));
  }
  {
    const auto e = Edges("Le président tchadien Idriss Déby, dont le pays a aussi envoyé des soldats au Mali, a salué l'opération.", "2013-03-01");
    CHECK(e.count("Chad sends_troops Mali"));
  }
}
