// Dated terms of the Americas, Asia and Oceania. A bare
// title ("le ministre canadien des Affaires étrangères", "Taiwan's
// president") names the holder on the article's date, the predecessor
// before the handover, and nobody in a gap between holders; the monarch
// heads the Commonwealth realms.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a French minister title names the holder of the article's date", "[extract][dict]") {
  const std::string text = "Le ministre canadien des Affaires étrangères a condamné la Chine.";
  const auto in_term = Edges(text, "2020-06-10");
  CHECK(in_term.count("Champagne official_of Canada") == 1);
  CHECK(in_term.count("Champagne criticizes China") == 1);
  // after the 2021 reshuffles the same title is Joly's, never Champagne's
  const auto later = Edges(text, "2022-03-01");
  CHECK(later.count("Joly criticizes China") == 1);
  CHECK(later.count("Champagne official_of Canada") == 0);
  CHECK(later.count("Champagne criticizes China") == 0);
}

TEST_CASE("English titles follow presidencies and caretaker cabinets", "[extract][dict]") {
  const std::string taiwan = "Taiwan's president thanked Japan for the vaccines.";
  CHECK(Edges(taiwan, "2021-05-01").count("Tsai Ing-wen leads Taiwan") == 1);
  const auto lai = Edges(taiwan, "2025-03-01");
  CHECK(lai.count("Lai Ching-te leads Taiwan") == 1);
  CHECK(lai.count("Tsai Ing-wen leads Taiwan") == 0);

  const std::string pakistan = "Pakistan's foreign minister criticized India on Monday.";
  CHECK(Edges(pakistan, "2023-10-01").count("Jilani criticizes India") == 1);
  const auto dar = Edges(pakistan, "2024-06-01");
  CHECK(dar.count("Jilani criticizes India") == 0);
  CHECK(dar.count("Ishaq Dar criticizes India") == 1);

  // an acting secretary who held the post for months counts
  CHECK(Edges("The US defense secretary warned Iran against any attack.", "2019-03-01")
            .count("Patrick Shanahan warns Iran") == 1);
}

TEST_CASE("a gap between two holders names nobody", "[extract][dict]") {
  // Bolivia, 10-12 November 2019: Morales had resigned, Áñez not yet sworn in
  const std::string text = "Le président bolivien a dénoncé un coup d'État.";
  CHECK_FALSE(HasPredicate(Edges(text, "2019-11-11"), "leads"));
  CHECK(Edges(text, "2020-02-01").count("Anez leads Bolivia") == 1);
}

TEST_CASE("the monarch heads the realms, Pacific premiers lead their states", "[extract][dict]") {
  const std::string text = "Le chef de l'État jamaïcain a salué le Canada.";
  const auto queen = Edges(text, "2021-03-01");
  CHECK(queen.count("Elizabeth II leads Jamaica") == 1);
  CHECK(queen.count("Charles III leads Jamaica") == 0);
  CHECK(Edges(text, "2023-03-01").count("Charles III leads Jamaica") == 1);

  const auto vanuatu =
      Edges("The prime minister of Vanuatu met the Chinese president in Beijing.", "2021-01-01");
  CHECK(vanuatu.count("Loughman leads Vanuatu") == 1);
  CHECK(vanuatu.count("Loughman meets Xi Jinping") == 1);
  // his predecessor's later second term does not reach back to 2021
  CHECK(vanuatu.count("Salwai leads Vanuatu") == 0);
}
