// Act nouns remember their author: "l'offensive du Tchad", "Chad's
// offensive", "le Tchad a lancé une offensive", "Russian missiles hit"; a
// later definite "l'offensive" in a stance object takes that author even
// past the generic six-sentence window.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace {

using kzgraph::testing::Edges;

// Six sentences with no actor and no act: they push the act out of the
// generic window of EventAuthor.
const std::string kFiller =
    " Le pays vit une crise. Les écoles sont fermées. La situation reste tendue. Les prix "
    "montent. Les routes sont coupées. Les familles fuient.";

TEST_CASE("a repeated act noun keeps its author past the window", "[extract]") {
  auto e = Edges("Le Tchad a lancé une offensive contre les rebelles." + kFiller +
                 " Le Nigeria a fermement condamné l'offensive.");
  CHECK(e.count("Nigeria criticizes Chad") == 1);
  // Negated: no edge.
  e = Edges("Le Tchad a lancé une offensive contre les rebelles." + kFiller +
            " Le Nigeria n'a pas condamné l'offensive.");
  CHECK(e.count("Nigeria criticizes Chad") == 0);
  // Another act noun ("des frappes", indefinite) is not the offensive.
  e = Edges("Le Tchad a lancé une offensive contre les rebelles." + kFiller +
            " Le Nigeria a condamné des frappes.");
  CHECK(e.count("Nigeria criticizes Chad") == 0);
  // Too far back with no repetition: nothing.
  e = Edges("Le Tchad a lancé une offensive contre les rebelles." + kFiller + kFiller + kFiller +
            kFiller + " Le Nigeria a condamné l'offensive.");
  CHECK(e.count("Nigeria criticizes Chad") == 0);
}

TEST_CASE("the owner named on the act noun is its author", "[extract]") {
  CHECK(Edges("L'offensive éclair du Tchad contre la ville a fait des morts." + kFiller +
              " Le Nigeria a condamné l'offensive.")
            .count("Nigeria criticizes Chad") == 1);
  CHECK(Edges("Chad's offensive killed dozens. Many fled. Nigeria condemned the offensive.")
            .count("Nigeria criticizes Chad") == 1);
  // The complement of an invasion is its victim.
  CHECK(Edges("L'invasion de l'Ukraine a fait des milliers de morts." + kFiller +
              " La Pologne a condamné l'invasion.")
            .count("Poland criticizes Ukraine") == 0);
  // An act with no author gives no target.
  CHECK(!kzgraph::testing::HasPredicate(
      Edges("L'offensive a fait des morts." + kFiller + " Le Nigeria a condamné l'offensive."),
      "criticizes"));
  // Another author's act told in between: the noun may mean that one.
  CHECK(Edges("Chad's offensive killed dozens. Sudanese troops attacked a border post. Nigeria "
              "condemned the offensive.")
            .count("Nigeria criticizes Chad") == 0);
}

TEST_CASE("weapons with a nationality that hit record their country", "[extract]") {
  CHECK(Edges("Two Russian missiles hit a market in Kharkiv on Monday. Dozens were wounded. "
              "Poland condemned the strikes.")
            .count("Poland criticizes Russia") == 1);
  // The speaker's own side: a Chadian leader does not criticize Chad.
  CHECK(Edges("Le Tchad a lancé une offensive contre les rebelles." + kFiller +
              " Le président tchadien Mahamat Idriss Déby a condamné l'offensive.")
            .count("Mahamat Deby criticizes Chad") == 0);
}

}  // namespace
