// Actors no rule found before: a state's prosecution service named
// with or without its country, and the UN Group of Experts by its French and
// English names.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("the prosecution service is its state's, named or bare", "[extract]") {
  // French, bare: the one state the sentence names before.
  auto fr = Edges(
      "À Minsk, les autorités biélorusses ont durci le ton. Le parquet général a accusé la "
      "Lituanie d'abriter des saboteurs.",
      "2023-03-10");
  CHECK(fr.count("Belarusian Prosecutor General's Office accuses Lithuania") == 1);
  // English, owned by the state's name.
  auto en = Edges("Belarus's Prosecutor General's Office accused Poland of sheltering saboteurs.",
                  "2023-03-10");
  CHECK(en.count("Belarusian Prosecutor General's Office accuses Poland") == 1);
  // French, with the nationality after it.
  CHECK(EntityIds("Le parquet russe a ouvert une enquête contre des journalistes.", "2023-03-10")
            .count("Russian Prosecutor General's Office") == 1);
}

TEST_CASE("a city's prosecutor or a floor is no state's prosecution service", "[extract]") {
  // "le parquet de Paris": a court's prosecutor, left to other rules.
  auto paris = EntityIds("Le parquet de Paris a ouvert une enquête sur l'attaque.", "2023-03-10");
  CHECK(paris.count("French Prosecutor General's Office") == 0);
  // A parquet floor after an adjective is no body.
  auto floor = EntityIds("En France, ils ont posé un nouveau parquet dans la salle.", "2023-03-10");
  CHECK(floor.count("French Prosecutor General's Office") == 0);
}

TEST_CASE("the UN Group of Experts by its French and English names", "[extract]") {
  auto fr =
      Edges("Le Groupe d'experts des Nations unies a accusé l'Ouganda de soutenir les rebelles.",
            "2023-06-10");
  CHECK(fr.count("UN Group of Experts accuses Uganda") == 1);
  auto en = Edges("The UN Group of Experts accused Burundi of arming a militia.", "2023-06-10");
  CHECK(en.count("UN Group of Experts accuses Burundi") == 1);
  // Experts of no named body are not the Group.
  auto loose = EntityIds("Des experts indépendants ont critiqué le Burundi.", "2023-06-10");
  CHECK(loose.count("UN Group of Experts") == 0);
}

TEST_CASE("a ministry naming no state is the sentence's or the page's state's", "[extract]") {
  auto fr = EntityIds(
      "Au Tadjikistan, les heurts ont fait dix morts. Le ministère de l'Intérieur a annoncé "
      "deux cents interpellations.",
      "2022-05-20");
  CHECK(fr.count("Tajik Interior Ministry") == 1);
  auto en = EntityIds(
      "Clashes shook Tajikistan on Monday. The Interior Ministry said two hundred people were "
      "detained.",
      "2022-05-20");
  CHECK(en.count("Tajik Interior Ministry") == 1);
  // "des responsables du ministère": after "du", whose ministry is left unsaid.
  auto after_du = EntityIds(
      "La Lituanie a sanctionné des responsables du ministère de l'Intérieur.", "2022-05-20");
  CHECK(after_du.count("Lithuanian Interior Ministry") == 0);
}

}  // namespace
}  // namespace kzgraph::testing
