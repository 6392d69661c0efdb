// Titles whose holder is written with material in between: a nationality,
// a rank or a profession between the apposition comma and the name.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;
using kzgraph::testing::HasPredicate;

TEST_CASE("a nationality or profession between the comma and the holder's name", "[extract]") {
  auto f = Edges(
      "Le secrétaire exécutif de la SADC, le Botswanais Elias Magosi Kgari, a réuni les "
      "ministres.",
      "2023-05-02");
  CHECK(f.count("Elias Magosi Kgari leads SADC"));
  auto d = Edges(
      "Le chef de la diplomatie de l'UE, le diplomate espagnol Tomas Ferrandiz, a appelé au "
      "calme.",
      "2023-05-02");
  CHECK(d.count("Tomas Ferrandiz official_of EU"));
  // The nationality stays an entity, and is no office of the person.
  auto ids = EntityIds(
      "Le secrétaire exécutif de la SADC, le Botswanais Elias Magosi Kgari, a réuni les "
      "ministres.",
      "2023-05-02");
  CHECK(ids.count("Botswana"));
  CHECK_FALSE(f.count("Elias Magosi Kgari official_of Botswana"));
  CHECK_FALSE(f.count("Elias Magosi Kgari leads Botswana"));
  // A former holder gives no edge.
  auto x =
      Edges("L'ancien secrétaire exécutif de la SADC, le Botswanais Elias Magosi Kgari, a parlé.",
            "2023-05-02");
  CHECK_FALSE(x.count("Elias Magosi Kgari leads SADC"));
}

TEST_CASE("a nationality before a rank is the person's, not the agent", "[extract]") {
  auto e = Edges(
      "The Southern African Development Community force is commanded by Tanzanian Major General "
      "Rogers Kaijage.",
      "2023-05-02");
  CHECK_FALSE(e.count("Tanzania leads SADC"));
  auto f =
      Edges("The SADC mission is led by Tanzanian Major General Rogers Kaijage.", "2023-05-02");
  CHECK(f.count("Rogers Kaijage leads SADC"));
  CHECK_FALSE(f.count("Tanzania leads SADC"));
}

TEST_CASE("an apposition whose title carries its owner or modifiers", "[extract]") {
  auto e = Edges(
      "Ivan Dragunov, the Russian ambassador, denied the report. Pierre Kabila, the 41-year-old "
      "head of the African Union Commission, spoke on Monday.",
      "2022-01-07");
  CHECK(e.count("Ivan Dragunov official_of Russia"));
  CHECK(e.count("Pierre Kabila leads African Union Commission"));
  auto p = Edges("Abdi Warsame, Somalia's foreign minister, met the envoy.", "2022-01-07");
  CHECK(p.count("Abdi Warsame official_of Somalia"));
  auto f = Edges("Jean Moulinot, le nouveau chef de la Cedeao, a parlé.", "2022-01-07");
  CHECK(f.count("Jean Moulinot leads ECOWAS"));
  // A former holder, and a fronted adjunct that is no apposition.
  auto x = Edges(
      "Jean Moulinot, l'ancien chef de la Cedeao, a parlé. Marie Kabore, the former head of "
      "the African Union Commission, spoke.",
      "2022-01-07");
  CHECK_FALSE(x.count("Jean Moulinot leads ECOWAS"));
  CHECK_FALSE(x.count("Marie Kabore leads African Union Commission"));
  auto a = Edges("After talks with Vladimir Putin, the Senegalese president said nothing.",
                 "2022-01-07");
  CHECK_FALSE(a.count("Putin leads Senegal"));
}

TEST_CASE("a person's possessive gives the office's state", "[extract]") {
  auto e = Edges(
      "\"We will not yield,\" said Farid Rzayev, Aliyev's foreign policy adviser, adding that "
      "Baku was calm.",
      "2023-01-07");
  CHECK(e.count("Farid Rzayev official_of Azerbaijan"));
  auto l =
      Edges("Brazil was represented by Paulo Neves, President Lula's chief foreign policy adviser.",
            "2023-05-07");
  CHECK(l.count("Paulo Neves official_of Brazil"));
  // The person's office on the article's date: none before it began.
  auto b =
      Edges("Brazil was represented by Paulo Neves, President Lula's chief foreign policy adviser.",
            "2019-05-07");
  CHECK_FALSE(b.count("Paulo Neves official_of Brazil"));
}

TEST_CASE("titles coordinated before or after the holder's name", "[extract]") {
  auto f = Edges(
      "La veille, le général Abdel Fattah al-Burhane, commandant de l'armée et président du "
      "Conseil de souveraineté, avait limogé son adjoint.",
      "2023-04-17");
  CHECK(f.count("Burhan leads Sudanese Armed Forces"));
  CHECK(f.count("Burhan leads Sovereign Council"));
  auto q = Edges(
      "Le Premier ministre et ministre des Affaires étrangères du Qatar, Mohammed ben "
      "Abdelrahmane Al Thani, a mené les tractations.",
      "2023-11-20");
  CHECK(q.count("Mohammed ben Abdelrahmane Al Thani leads Qatar"));
  CHECK(q.count("Mohammed ben Abdelrahmane Al Thani official_of Qatar"));
  auto e = Edges(
      "The prime minister and foreign minister of Qatar, Mohammed bin Abdulrahman Al Thani, "
      "led the talks.",
      "2023-11-20");
  CHECK(e.count("Mohammed bin Abdulrahman Al Thani leads Qatar"));
  // A former holder of both offices.
  auto x = Edges(
      "L'ancien Premier ministre et ministre des Affaires étrangères du Qatar, Karim Al Nasser, "
      "a parlé.",
      "2023-11-20");
  CHECK_FALSE(HasPredicate(x, "leads"));
  CHECK_FALSE(HasPredicate(x, "official_of"));
}

TEST_CASE("a state office without its state, in a page clearly about one state", "[extract]") {
  auto f = Edges(
      "La junte du Niger a durci le ton. Au Niger, la junte a nommé un gouvernement. Les "
      "militaires nigériens ont parlé. Lundi, une diplomate s'est entretenue avec le général "
      "Moussa Salou Barma, nouveau chef d'état-major des armées. Le Niger refuse.",
      "2023-08-08");
  CHECK(f.count("Moussa Salou Barma official_of Niger"));
  // A page about two states: no state guessed.
  auto t = Edges(
      "Le Niger et le Mali ont parlé. Le Mali et le Niger refusent. Lundi, une diplomate s'est "
      "entretenue avec le général Moussa Salou Barma, nouveau chef d'état-major des armées.",
      "2023-08-08");
  CHECK_FALSE(t.count("Moussa Salou Barma official_of Niger"));
  CHECK_FALSE(t.count("Moussa Salou Barma official_of Mali"));
  // An English apposition needs its article: "X, new chief of staff" is not read so.
  auto x = Edges(
      "Niger's junta spoke. In Niger, the junta named a government. Niger refuses. The envoy "
      "met Moussa Salou Barma, former chief of staff.",
      "2023-08-08");
  CHECK_FALSE(x.count("Moussa Salou Barma official_of Niger"));
}
