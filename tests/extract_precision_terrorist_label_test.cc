// Precision fixes: the terrorist label's reach.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a fight against armed groups labels no one", "[extract]") {
  // The enemy of a fight, of a force or of gunfire is named, not labelled.
  auto en = Edges(
      "Chad's President Mahamat Deby said on Monday that a joint brigade would be set up to fight "
      "the jihadist groups of the Lake Chad basin.");
  CHECK(en.count("Mahamat Deby accuses terrorists") == 0);
  auto fr = Edges(
      "Le président nigérien Mohamed Bazoum a assuré que ses soldats resteraient mobilisés face "
      "aux groupes armés dans la région de Tillabéri.");
  CHECK(fr.count("Bazoum accuses terrorists") == 0);
  auto fire =
      Edges("Antonio Guterres said the convoy had left the town under fire from armed groups.");
  CHECK(fire.count("Guterres accuses terrorists") == 0);
  // The speaker's own word for the enemy, in quotation marks, still labels;
  // so does a label with no fight around it.
  auto quoted = Edges(
      "Le président nigérien Mohamed Bazoum a assuré que ses soldats combattaient des « "
      "terroristes » venus du Mali.");
  CHECK(quoted.count("Bazoum accuses terrorists") == 1);
  auto plain = Edges(
      "Chad's President Mahamat Deby said on Monday that terrorists had attacked a military "
      "base near the lake.");
  CHECK(plain.count("Mahamat Deby accuses terrorists") == 1);
}

TEST_CASE("a label inside the charge of an accusation belongs to the charge", "[extract]") {
  auto fr = Edges(
      "Le Burkina Faso accuse la Côte d'Ivoire d'héberger des groupes terroristes près de la "
      "frontière.");
  CHECK(fr.count("Burkina Faso accuses Ivory Coast") == 1);
  CHECK(fr.count("Burkina Faso accuses terrorists") == 0);
  auto en = Edges("Niger accused Benin of sheltering terrorist groups along the border.");
  CHECK(en.count("Niger accuses Benin") == 1);
  CHECK(en.count("Niger accuses terrorists") == 0);
  // Accusing the terrorists themselves is still a label.
  auto self = Edges("Niger accused terrorist groups of attacking a village near the border.");
  CHECK(self.count("Niger accuses terrorists") == 1);
}
