// General grammatical rules checked on short sentences of our own, French and
// English: named titles, role resolution, relative clauses, ranks, capitals,
// plural pronouns and English triggers.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;
using kzgraph::testing::HasPredicate;

TEST_CASE("generality: a name apposed to a title wins over the dictionary holder", "[extract]") {
  // Colonna held the office on that date; the article names someone else.
  auto e = Edges("Le chef de la diplomatie française, Jean-Yves Le Drian, a dénoncé la Russie.",
                 "2022-08-17");
  CHECK(e.count("Le Drian criticizes Russia"));
  CHECK(e.count("Le Drian official_of France"));
  CHECK_FALSE(e.count("Colonna criticizes Russia"));
  CHECK_FALSE(e.count("Colonna official_of France"));
  auto en = Edges("French Foreign Minister Jean-Yves Le Drian condemned Russia.", "2022-08-17");
  CHECK(en.count("Le Drian criticizes Russia"));
  CHECK_FALSE(en.count("Colonna criticizes Russia"));
}

TEST_CASE("generality: ambassadors and bare ministers are not resolved by the dictionary",
          "[extract]") {
  auto e = Edges("Le président malien a rencontré mercredi l'ambassadeur russe.", "2022-08-17");
  CHECK_FALSE(HasPredicate(e, "meets"));
  CHECK_FALSE(HasPredicate(e, "official_of"));
  auto m = Edges("Un ministre russe a critiqué la France.", "2022-08-17");
  CHECK_FALSE(HasPredicate(m, "criticizes"));
  auto en = Edges("A Russian adviser met the Malian president on Monday.", "2022-08-17");
  CHECK_FALSE(HasPredicate(en, "meets"));
}

TEST_CASE("generality: the subject of the main verb skips a relative clause", "[extract]") {
  auto e = Edges(
      "General Abdourahamane Tiani, who led the coup against President Mohamed Bazoum, accused "
      "France of planning an intervention.",
      "2023-08-10");
  CHECK(e.count("Tiani accuses France"));
  CHECK_FALSE(e.count("Bazoum accuses France"));
  auto f = Edges(
      "Le général Abdourahamane Tiani, qui a renversé le président Mohamed Bazoum, a accusé la "
      "France d'ingérence.",
      "2023-08-10");
  CHECK(f.count("Tiani accuses France"));
  CHECK_FALSE(f.count("Bazoum accuses France"));
}

TEST_CASE("generality: ranks name persons", "[extract]") {
  CHECK(EntityIds("Colonel Jean Dupontel met the envoys.").count("Jean Dupontel"));
  CHECK(EntityIds("Le capitaine Paul Martinez a dénoncé la France.").count("Paul Martinez"));
  CHECK(Edges("Le capitaine Paul Martinez a dénoncé la France.")
            .count("Paul Martinez criticizes France"));
}

TEST_CASE("generality: 'who chairs' leads, plural pronoun after a speech verb", "[extract]") {
  CHECK(Edges("Nigerian President Bola Tinubu, who chairs ECOWAS, warned Mali.", "2023-08-10")
            .count("Tinubu leads ECOWAS"));
  auto e = Edges("Mali and Burkina Faso said they support Niger.", "2023-08-10");
  CHECK(e.count("Mali supports Niger"));
  CHECK(e.count("Burkina Faso supports Niger"));
  auto f =
      Edges("Le Mali et le Burkina Faso ont affirmé qu'ils soutiennent le Niger.", "2023-08-10");
  CHECK(f.count("Mali supports Niger"));
  CHECK(f.count("Burkina Faso supports Niger"));
}

TEST_CASE("generality: a capital known only as a place stands for its state when it acts",
          "[extract]") {
  CHECK(Edges("Bamako accuse Paris de violer son espace aérien.").count("Mali accuses France"));
  CHECK(Edges("Moscow criticized Paris on Monday.").count("Russia criticizes France"));
  // a dateline or a mere place gives no edge and no country
  auto e = Edges("Paris, 7 janv. La Russie a critiqué le Mali.");
  CHECK(e.count("Russia criticizes Mali"));
  CHECK_FALSE(HasPredicate(Edges("Le sommet s'est tenu à Paris."), "meets"));
  CHECK_FALSE(EntityIds("Le sommet s'est tenu à Paris.").count("France"));
}
