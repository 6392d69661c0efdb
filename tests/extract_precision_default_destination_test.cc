// Precision fixes: the default destination of troops.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("troops that join the main country's deployment go where it went", "[extract]") {
  // France is the page's most named country and has sent troops to Chad:
  // Belgium's soldiers, with no place named, go to Chad, not to France.
  const std::string en =
      "Daily World Wire\n\n"
      "French soldiers arrived in Chad on Monday, France's defence ministry said.\n"
      "France has long kept a base in the region, and French officials said France would "
      "stay as long as needed. France and its partners met in Paris. France thanked Germany.\n"
      "Belgium sent some 50 soldiers on Tuesday.\n";
  auto edges = Edges(en);
  CHECK(edges.count("France sends_troops Chad") == 1);
  CHECK(edges.count("Belgium sends_troops Chad") == 1);
  CHECK(edges.count("Belgium sends_troops France") == 0);
  const std::string fr =
      "Des parachutistes français arrivent au Tchad\n\n"
      "Des soldats français sont arrivés au Tchad lundi, a indiqué le ministère français des "
      "Armées.\nLa France dispose depuis longtemps d'une base dans la région, et la France "
      "restera aussi longtemps que nécessaire, selon Paris. La France et ses partenaires se "
      "sont réunis à Paris. La France a salué ses alliés et la France a remercié l'Allemagne.\n"
      "La Belgique a envoyé 50 soldats mardi.\n";
  auto fedges = Edges(fr);
  CHECK(fedges.count("Belgium sends_troops Chad") == 1);
  CHECK(fedges.count("Belgium sends_troops France") == 0);
  // A main country that sent no troops is still where troops go by default.
  const std::string hosted =
      "Chad asks for help\n\nChad asked its neighbours for help on Monday. Chad's army is "
      "stretched, Chad's government said, and Chad needs support.\n"
      "Belgium sent some 50 soldiers on Tuesday.\n";
  CHECK(Edges(hosted).count("Belgium sends_troops Chad") == 1);
}

TEST_CASE("a sending set for a time to come is not made yet", "[extract]") {
  auto fr = Edges(
      "Le Ghana et le Togo doivent envoyer des soldats au Bénin dans les prochaines "
      "semaines.");
  CHECK(fr.count("Ghana sends_troops Benin") == 0);
  CHECK(fr.count("Togo sends_troops Benin") == 0);
  auto en = Edges(
      "Norway's defence minister said on Monday that Oslo would contribute troops "
      "to the mission in Estonia from next year.");
  CHECK(en.count("Norway sends_troops Estonia") == 0);
  // The same report with no time to come reads as a decided sending.
  auto decided = Edges(
      "Norway's defence minister said on Monday that Oslo would contribute "
      "troops to the mission in Estonia.");
  CHECK(decided.count("Norway sends_troops Estonia") == 1);
  // Sent now; only the withdrawal or more troops are to come.
  auto made = Edges(
      "Le Ghana a envoyé des soldats au Bénin, qui resteront dans les prochaines "
      "semaines.");
  CHECK(made.count("Ghana sends_troops Benin") == 1);
  auto own = Edges(
      "Le Ghana et le Togo doivent renforcer leurs contingents au Bénin dans les "
      "prochaines semaines.");
  CHECK(own.count("Ghana sends_troops Benin") == 1);
  auto now = Edges("Norway sent troops to the mission in Estonia last week.");
  CHECK(now.count("Norway sends_troops Estonia") == 1);
}
