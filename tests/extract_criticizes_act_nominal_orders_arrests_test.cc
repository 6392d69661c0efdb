// Acts whose author is not named where they are criticized: an order given
// ("X a donné l'ordre de ..." / "X gave the order to ..."), an arrest, an
// execution or a signed deal, taken up later by its noun, even with a
// modifier before it in English ("the shoot-to-kill order") or after the
// noun was named again in between (triggers_criticizes_act_nominalizations.tsv,
// engine_stance.cc). Two authors of the act, or a complement naming
// another, give nothing.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace kzgraph::testing {
namespace {

const EdgeCheck Says("2023-06-01");

TEST_CASE("an order given is its giver's when criticized by its noun", "[extract]") {
  SECTION("French: a donné l'ordre ... a dénoncé l'ordre") {
    CHECK(
        Says("Le président ougandais Yoweri Museveni a donné l'ordre à l'armée de disperser les "
             "manifestants.\n\nLes rues de Kampala sont restées vides.\n\nAmnesty International "
             "a dénoncé l'ordre de tirer.",
             "Amnesty International criticizes Museveni"));
  }
  SECTION("English: gave the order ... condemned the order") {
    CHECK(
        Says("Ugandan President Yoweri Museveni gave the order to disperse the crowds on "
             "Friday.\n\nThe streets of Kampala stayed empty.\n\nAmnesty International condemned "
             "the order.",
             "Amnesty International criticizes Museveni"));
  }
  SECTION("English: a modifier before the act noun") {
    CHECK(
        Says("Ugandan President Yoweri Museveni ordered the army to fire on the crowds on "
             "Friday.\n\nThe streets of Kampala stayed empty.\n\nAmnesty International condemned "
             "the shoot-on-sight order.",
             "Amnesty International criticizes Museveni"));
  }
  SECTION("near miss: two givers of orders just before, either may be meant") {
    const std::string text =
        "Ugandan President Yoweri Museveni ordered the army to fire on the crowds on "
        "Friday.\n\nKenyan President William Ruto ordered the police to close the border "
        "the same day.\n\nAmnesty International condemned the shoot-on-sight order.";
    CHECK_FALSE(Says(text, "Amnesty International criticizes Museveni"));
    CHECK_FALSE(Says(text, "Amnesty International criticizes Ruto"));
  }
  SECTION("near miss: a modified noun no act verb told names no author") {
    CHECK_FALSE(
        Says("Ugandan President Yoweri Museveni visited Kampala on Friday.\n\nThe streets stayed "
             "empty.\n\nAmnesty International condemned the shoot-on-sight order.",
             "Amnesty International criticizes Museveni"));
  }
}

TEST_CASE("an act noun named again keeps its author in mind", "[extract]") {
  // The quotation names the order again: the criticism, far after the act's
  // verb, still refers to it.
  std::string text =
      "Le président ougandais Yoweri Museveni a ordonné à l'armée de disperser les "
      "manifestants.\n\n";
  for (int i = 0; i < 12; ++i) text += "Les commerces de Kampala sont restés fermés.\n\n";
  text += "« Cet ordre sauvera le pays », a assuré le porte-parole du gouvernement.\n\n";
  for (int i = 0; i < 12; ++i) text += "La circulation reste difficile dans la capitale.\n\n";
  CHECK(Says(text + "Human Rights Watch a dénoncé l'ordre.",
             "Human Rights Watch criticizes Museveni"));
}

TEST_CASE("arrests, executions and deals are their author's", "[extract]") {
  SECTION("French: a arrêté ... a dénoncé les arrestations") {
    CHECK(
        Says("L'Azerbaïdjan a arrêté deux journalistes russes mardi.\n\nLeur rédaction est sans "
             "nouvelles.\n\nLa Russie a dénoncé les arrestations.",
             "Russia criticizes Azerbaijan"));
  }
  SECTION("English: executed ... condemned the executions") {
    CHECK(
        Says("Iran executed four men convicted of spying on Saturday.\n\nTheir families were not "
             "told.\n\nThe United Kingdom condemned the executions.",
             "United Kingdom criticizes Iran"));
  }
  SECTION("English: signed a deal ... criticized the deal") {
    CHECK(
        Says("Serbia signed a deal with China on Tuesday.\n\nThe text was not published.\n\nThe "
             "European Union criticized the deal.",
             "EU criticizes Serbia"));
  }
  SECTION("near miss: the arrests of another author's named with their complement") {
    CHECK_FALSE(
        Says("L'Azerbaïdjan a arrêté deux journalistes russes mardi.\n\nLeur rédaction est sans "
             "nouvelles.\n\nLa Russie a dénoncé les arrestations de l'Arménie.",
             "Russia criticizes Azerbaijan"));
  }
}

}  // namespace
}  // namespace kzgraph::testing
