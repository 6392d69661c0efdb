// Titles whose holder is written with material in between: a nationality,
// a rank or a profession between the apposition comma and the name.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("s3roles: a nationality or profession between the comma and the holder's name",
          "[extract]") {
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

TEST_CASE("s3roles: a nationality before a rank is the person's, not the agent", "[extract]") {
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
