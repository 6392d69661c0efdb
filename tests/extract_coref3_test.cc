// Cross-sentence references to organizations and countries (engine_coref.cc):
// a subject pronoun opening a sentence stands for the previous sentence's
// organization or country subject when it agrees; meetings between
// coordinated subjects (engine_frames_clause.cc); "selon X" as the accuser.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("elle, il, ils take up the organization or country subject before", "[extract][coref]") {
  // l'OTSC is an Organisation: feminine
  CHECK(Edges("L'OTSC a annoncé jeudi une mission de paix. Elle a dépêché des soldats au "
              "Kazakhstan.",
              "2022-01-07")
            .count("CSTO sends_troops Kazakhstan"));
  // le Kremlin: masculine, for Russia
  CHECK(Edges("Le Kremlin a convoqué lundi l'ambassadeur. Il a accusé Washington d'ingérence.",
              "2022-01-07")
            .count("Russia accuses United States"));
  // les États-Unis: masculine plural
  CHECK(Edges("Les États-Unis ont appelé au calme. Ils ont critiqué la Russie.", "2022-01-07")
            .count("United States criticizes Russia"));
  // a coordination: ils
  const auto both =
      Edges("La Russie et le Bélarus ont tenu un sommet. Ils ont accusé l'Occident d'ingérence.",
            "2022-01-07");
  CHECK(both.count("Russia accuses West"));
  CHECK(both.count("Belarus accuses West"));
}

TEST_CASE("it and they take up the organization or country subject before", "[extract][coref]") {
  CHECK(Edges("The CSTO announced a peacekeeping mission on Thursday. It sent troops to "
              "Kazakhstan.",
              "2022-01-07")
            .count("CSTO sends_troops Kazakhstan"));
  CHECK(Edges("Russia summoned the ambassador on Monday. In a statement, it accused Washington "
              "of interference.",
              "2022-01-07")
            .count("Russia accuses United States"));
  const auto both = Edges(
      "Russia and Belarus held joint drills on Monday. They accused the West of interference.",
      "2022-01-07");
  CHECK(both.count("Russia accuses West"));
  CHECK(both.count("Belarus accuses West"));
}

TEST_CASE("a pronoun that does not agree or may mean a person stands for no actor",
          "[extract][coref]") {
  // la Russie is feminine: "il" is someone else
  CHECK_FALSE(Edges("La Russie a convoqué lundi l'ambassadeur. Il a accusé Washington "
                    "d'ingérence.",
                    "2022-01-07")
                  .count("Russia accuses United States"));
  // le Kremlin is singular: "ils" are others
  CHECK_FALSE(
      Edges("Le Kremlin a convoqué lundi l'ambassadeur. Ils ont accusé Washington d'ingérence.",
            "2022-01-07")
          .count("Russia accuses United States"));
  // a man named in between may be "il"
  CHECK_FALSE(
      Edges("Le Kremlin a reçu Sergueï Lavrov. Il a accusé Washington d'ingérence.", "2022-01-07")
          .count("Russia accuses United States"));
  // one singular country is not "they"
  CHECK_FALSE(Edges("Russia summoned the ambassador. They accused Washington of interference.",
                    "2022-01-07")
                  .count("Russia accuses United States"));
  // two sentences back is too far
  CHECK_FALSE(Edges("L'OTSC a annoncé une mission. La neige tombait sur Almaty. Elle a dépêché "
                    "des soldats au Kazakhstan.",
                    "2022-01-07")
                  .count("CSTO sends_troops Kazakhstan"));
  // "it" as an expletive names no actor
  CHECK_FALSE(Edges("Russia summoned the ambassador. It is clear that Washington was accused of "
                    "interference.",
                    "2022-01-07")
                  .count("Russia accuses United States"));
  // "il faut": impersonal
  CHECK_FALSE(
      Edges("Le Kremlin a convoqué lundi l'ambassadeur. Il faut accuser Washington d'ingérence.",
            "2022-01-07")
          .count("Russia accuses United States"));
}

TEST_CASE("coordinated subjects that hold talks meet each other", "[extract][coref]") {
  CHECK(Edges("Emmanuel Macron et Olaf Scholz ont eu un entretien à Paris.", "2023-06-15")
            .count("Scholz meets Macron"));
  CHECK(Edges("Joe Biden and Xi Jinping held talks in Bali on Monday.", "2022-11-15")
            .count("Xi Jinping meets Biden"));
  CHECK(Edges("Vladimir Poutine et Kassym-Jomart Tokaïev se sont entretenus par téléphone.",
              "2022-01-10")
            .count("Tokayev meets Putin"));
  CHECK(Edges("Joe Biden and Xi Jinping met in Bali on Monday. The two men held talks for three "
              "hours.",
              "2022-11-15")
            .count("Xi Jinping meets Biden"));
  // negated, hypothetical: no meeting
  CHECK_FALSE(HasPredicate(
      Edges("Emmanuel Macron et Olaf Scholz n'ont pas eu d'entretien à Paris.", "2023-06-15"),
      "meets"));
  CHECK_FALSE(HasPredicate(
      Edges("Joe Biden and Xi Jinping could hold talks in Bali next week.", "2022-11-15"),
      "meets"));
  CHECK_FALSE(HasPredicate(
      Edges("Joe Biden and Xi Jinping did not hold talks in Bali.", "2022-11-15"), "meets"));
  CHECK_FALSE(
      HasPredicate(Edges("Joe Biden and Xi Jinping could meet next week.", "2022-11-15"), "meets"));
  // a third party named: the coordinated subjects meet it, not each other
  const auto third = Edges("Russia and China held talks with Iran on Monday.", "2023-06-15");
  CHECK(third.count("Russia meets Iran"));
  CHECK_FALSE(third.count("China meets Russia"));
}

TEST_CASE("selon X makes X the accuser of an orchestrated act", "[extract][coref]") {
  CHECK(
      Edges("Selon Moscou, les manifestations ont été fomentées par les États-Unis.", "2022-01-07")
          .count("Russia accuses United States"));
  CHECK(Edges("According to Moscow, the protests were orchestrated by the United States.",
              "2022-01-07")
            .count("Russia accuses United States"));
  // denied: no accusation
  CHECK_FALSE(HasPredicate(
      Edges("Selon Moscou, les États-Unis n'ont pas orchestré les manifestations.", "2022-01-07"),
      "accuses"));
}

TEST_CASE("a relative clause listing actors keeps its head as the subject", "[extract][coref]") {
  // "The alliance, which groups Russia, Belarus, ..., said": the alliance speaks.
  CHECK(Edges("The CSTO met in Moscow. The alliance, which groups Russia, Belarus, Armenia, "
              "Kazakhstan, Kyrgyzstan and Tajikistan, accused foreign terrorists of the unrest.",
              "2022-01-07")
            .count("CSTO accuses terrorists"));
}
