// Cross-sentence references (engine_coref.cc, engine_rules.cc): a definite
// description or a plural reference stands for the persons named in the
// sentences before; an act noun ("the incursion", "le déploiement") for the
// author named last with an act, within a window.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a description stands for the person named before", "[extract][coref]") {
  CHECK(Edges("Josep Borrell a parlé aux ministres à Brest. Le vétéran socialiste a reproché à "
              "Moscou de profiter de la crise.",
              "2022-01-14")
            .count("Borrell accuses Russia"));
  CHECK(Edges("Maria Zakharova spoke to reporters on Monday. The diplomat accused Washington of "
              "interference.",
              "2022-01-14")
            .count("Zakharova accuses United States"));
  // Of two persons, the one whose gender fits the article.
  const auto two = Edges(
      "Maria Zakharova et Sergueï Lavrov ont parlé lundi. Le diplomate a accusé Washington "
      "d'ingérence.",
      "2022-01-14");
  CHECK(two.count("Lavrov accuses United States"));
  CHECK_FALSE(two.count("Zakharova accuses United States"));
}

TEST_CASE("a description that fits nobody stands for nobody", "[extract][coref]") {
  // the only person before is a man
  CHECK_FALSE(HasPredicate(Edges("Sergueï Lavrov a parlé lundi. La diplomate a accusé Washington "
                                 "d'ingérence.",
                                 "2022-01-14"),
                           "accuses"));
  // no person before at all
  CHECK_FALSE(HasPredicate(
      Edges("Le vétéran socialiste a reproché à Moscou de profiter de la crise.", "2022-01-14"),
      "accuses"));
  // the person was named too long ago
  CHECK_FALSE(
      Edges("Josep Borrell a parlé aux ministres. La réunion a duré deux heures. Les ministres "
            "sont repartis. La neige tombait sur Brest. Le vétéran socialiste a reproché à Moscou "
            "de profiter de la crise.",
            "2022-01-14")
          .count("Borrell accuses Russia"));
  // an apposition names its own person: "X, the 35-year-old head of ..."
  CHECK_FALSE(Edges("Nicolas Maduro spoke on Monday. Juan Guaido, the 35-year-old leader of the "
                    "assembly, accused Washington of interference.",
                    "2019-01-24")
                  .count("Maduro accuses United States"));
}

TEST_CASE("both generals are the last two persons named with a rank", "[extract][coref]") {
  const auto en = Edges(
      "The war pits the army of Gen. Abdel Fattah al-Burhan against the forces of Gen. Mohamed "
      "Hamdan Dagalo. Washington has warned both generals that it could impose sanctions.",
      "2023-06-15");
  CHECK(en.count("United States warns Burhan"));
  CHECK(en.count("United States warns Hemedti"));
  const auto fr = Edges(
      "La guerre oppose le général Abdel Fattah al-Burhan au général Mohamed Hamdan Daglo. "
      "Washington a averti les deux généraux.",
      "2023-06-15");
  CHECK(fr.count("United States warns Burhan"));
  CHECK(fr.count("United States warns Hemedti"));
  // persons without a rank (a secretary-general is none) are not "both generals"
  CHECK_FALSE(HasPredicate(Edges("U.N. Secretary-General Antonio Guterres spoke with Volker "
                                 "Perthes. Washington has warned both generals that it could "
                                 "impose sanctions.",
                                 "2023-06-15"),
                           "warns"));
}

TEST_CASE("an act noun refers to the author of the act named last", "[extract][coref]") {
  // an author named on the act judged before ("the Russian strikes")
  CHECK(Edges("Prime Minister Ahmet Davutoglu criticized the Russian strikes. NATO Secretary "
              "General Jens Stoltenberg condemned the incursion as unacceptable.",
              "2015-10-06")
            .count("Stoltenberg criticizes Russia"));
  // the sender of troops is the author of the deployment
  CHECK(Edges("Pyongyang has sent around 10,000 troops to Russia. South Korean President Yoon Suk "
              "Yeol condemned the deployment as a provocation.",
              "2024-11-01")
            .count("Yoon Suk Yeol criticizes North Korea"));
  CHECK(Edges("Les frappes russes ont visé Kharkiv dans la nuit. Emmanuel Macron a condamné "
              "l'offensive.",
              "2024-05-12")
            .count("Macron criticizes Russia"));
}

TEST_CASE("an act with no known author, or told too long ago, blames nobody", "[extract][coref]") {
  CHECK_FALSE(HasPredicate(
      Edges("NATO Secretary General Jens Stoltenberg condemned the incursion as unacceptable.",
            "2015-10-06"),
      "criticizes"));
  CHECK_FALSE(Edges("Prime Minister Ahmet Davutoglu criticized the Russian strikes. The talks "
                    "lasted two hours. Ministers left early. Snow fell on Brussels. Markets were "
                    "calm. Trains ran late. Shops closed at noon. NATO Secretary General Jens "
                    "Stoltenberg condemned the incursion as unacceptable.",
                    "2015-10-06")
                  .count("Stoltenberg criticizes Russia"));
}
