// The recall layer: triggers whose frame lacks an argument still link the
// clause's subject to the first actor of the object phrase (rule
// "fallback:<type>"), never across a comma, a reason clause, a place or a
// passive; short sentences of our own, French and English.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::ExtractText;
using kzgraph::testing::HasPredicate;

TEST_CASE("fallback: object inside the first noun phrase", "[extract]") {
  auto f = Edges(
      "Amnesty International a accusé fin février les troupes érythréennes d'avoir "
      "massacré des civils.",
      "2021-03-01");
  CHECK(f.count("Amnesty International accuses Eritrea"));
  auto g = Edges(
      "Le secrétaire général de l'ONU, António Guterres, qui a condamné à plusieurs "
      "reprises les attaques du Hamas, a salué un accord.",
      "2023-11-22");
  CHECK(g.count("Guterres criticizes Hamas"));
  bool fallback = false;
  for (const auto& r : ExtractText("Angela Merkel also spoke at length to Vladimir Putin on "
                                   "Sunday.",
                                   "2014-03-02")
                           .relations)
    fallback |= r.rule == "fallback:meets" && r.confidence < 0.7;
  CHECK(fallback);
}

TEST_CASE("fallback: no guess across places, reasons, passives and nouns", "[extract]") {
  // a place is not the second party
  CHECK_FALSE(HasPredicate(
      Edges("Le président Tokaïev a rencontré à Moscou des journalistes.", "2022-01-07"), "meets"));
  // the reason clause names a third party
  CHECK_FALSE(
      Edges("Hemedti accuses the army of being run by allies of Omar al-Bashir.", "2023-04-20")
          .count("Hemedti accuses Bashir"));
  // a participle used as an adjective has its agent, not the clause's subject
  CHECK_FALSE(Edges("Vladimir Poutine a mis en garde contre des soulèvements soutenus par "
                    "l'Occident.",
                    "2022-01-10")
                  .count("Putin supports West"));
  // a verb form after a determiner is a noun
  CHECK_FALSE(HasPredicate(
      Edges("Jens Stoltenberg a assuré que l'Otan ne représentait aucune menace pour Minsk.",
            "2020-08-20"),
      "warns"));
  // "his own will" is not the other party
  CHECK_FALSE(
      Edges("Alexandre Loukachenko a défendu la volonté de la Russie de réagir.", "2022-01-10")
          .count("Lukashenko supports Russia"));
}
