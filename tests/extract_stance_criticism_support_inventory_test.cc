// The vocabulary of criticism and support completed
// from an inventory of news wording (schema/lexicon/triggers_stance_criticism_support_inventory.tsv),
// and judgements of another's act in reported speech (engine_stance_spoken_labels.cc).
// Invented sentences on actors of their own, with negative cases.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("English verbs and idioms of criticism", "[extract]") {
  CHECK(Edges("Chile inveighed against Peru on Monday.").count("Chile criticizes Peru") > 0);
  CHECK(Edges("Ghana bristled at Togo's remarks.").count("Ghana criticizes Togo") > 0);
  CHECK(Edges("Kenya scoffed at Ethiopia's proposal.").count("Kenya criticizes Ethiopia") > 0);
  CHECK(Edges("Norway belittled Sweden.").count("Norway criticizes Sweden") > 0);
  CHECK(Edges("Chile frowned on Peru's decision.").count("Chile criticizes Peru") > 0);
  CHECK(Edges("Ghana poured cold water on Togo's plan.").count("Ghana criticizes Togo") > 0);
  CHECK(Edges("Kenya cried foul over Ethiopia's decision.").count("Kenya criticizes Ethiopia") > 0);
  CHECK(Edges("Norway singled out Sweden for criticism.").count("Norway criticizes Sweden") > 0);
}

TEST_CASE("French verbs and idioms of criticism", "[extract]") {
  CHECK(Edges("Le Chili s'est offusqué des propos du Pérou.").count("Chile criticizes Peru") > 0);
  CHECK(Edges("Le Ghana a réprimandé le Togo.").count("Ghana criticizes Togo") > 0);
  CHECK(Edges("Le Kenya cherche à discréditer l'Éthiopie.").count("Kenya criticizes Ethiopia") > 0);
  CHECK(Edges("La Norvège a volé dans les plumes de la Suède.").count("Norway criticizes Sweden") >
        0);
  CHECK(Edges("Le Chili a fait la leçon au Pérou.").count("Chile criticizes Peru") > 0);
  CHECK(Edges("Le Ghana a infligé un camouflet au Togo.").count("Ghana criticizes Togo") > 0);
  CHECK(Edges("Le Kenya a adressé de vives critiques à l'Éthiopie.")
            .count("Kenya criticizes Ethiopia") > 0);
  CHECK(Edges("La Norvège s'est plainte de la Suède.").count("Norway criticizes Sweden") > 0);
  CHECK(Edges("Le Chili s'est ému de la décision du Pérou.").count("Chile criticizes Peru") > 0);
  CHECK(Edges("Le Ghana a exprimé son désaccord avec le Togo.").count("Ghana criticizes Togo") > 0);
  CHECK(Edges("Le Kenya a tonné contre l'Éthiopie.").count("Kenya criticizes Ethiopia") > 0);
}

TEST_CASE("litotes whose negation is their meaning", "[extract]") {
  CHECK(Edges("Le Chili n'a pas mâché ses mots contre le Pérou.").count("Chile criticizes Peru") >
        0);
  CHECK(
      Edges("Le Ghana ne ménage pas ses critiques envers le Togo.").count("Ghana criticizes Togo") >
      0);
  // A plain negated criticism stays negated.
  CHECK_FALSE(HasPredicate(Edges("Le Kenya n'a pas critiqué l'Éthiopie."), "criticizes"));
  CHECK_FALSE(HasPredicate(Edges("Le Kenya n'a pas réprimandé l'Éthiopie."), "criticizes"));
}

TEST_CASE("English wordings of support", "[extract]") {
  CHECK(Edges("Chile extolled Peru.").count("Chile supports Peru") > 0);
  CHECK(Edges("Ghana paid tribute to Togo.").count("Ghana supports Togo") > 0);
  CHECK(Edges("Kenya spoke up for Ethiopia.").count("Kenya supports Ethiopia") > 0);
  CHECK(Edges("Norway rallied to the defence of Sweden.").count("Norway supports Sweden") > 0);
  CHECK(Edges("Chile rushed to Peru's defence.").count("Chile supports Peru") > 0);
  CHECK(Edges("Ghana stood shoulder to shoulder with Togo.").count("Ghana supports Togo") > 0);
  CHECK(Edges("Kenya stands firmly with Ethiopia.").count("Kenya supports Ethiopia") > 0);
  CHECK(Edges("Norway was supportive of Sweden.").count("Norway supports Sweden") > 0);
  CHECK(Edges("Chile gave Peru its full backing.").count("Chile supports Peru") > 0);
  // "came to Lima" with a defence minister later: no rallying to anyone.
  CHECK_FALSE(HasPredicate(Edges("Chile came to Lima, where defence ministers met on Monday."),
                           "supports"));
  CHECK_FALSE(
      HasPredicate(Edges("Ghana did not stand shoulder to shoulder with Togo."), "supports"));
  // Approving an act authorises it; it backs no one.
  CHECK_FALSE(HasPredicate(Edges("Kenya's parliament approved the deployment of Ethiopian "
                                 "troops on Thursday."),
                           "supports"));
}

TEST_CASE("French wordings of support", "[extract]") {
  CHECK(Edges("Le Chili a fait l'éloge du Pérou.").count("Chile supports Peru") > 0);
  CHECK(Edges("Le Ghana a loué l'action du Togo.").count("Ghana supports Togo") > 0);
  CHECK(Edges("Le Kenya s'est porté garant de l'Éthiopie.").count("Kenya supports Ethiopia") > 0);
  CHECK(Edges("La Norvège a renouvelé sa confiance à la Suède.").count("Norway supports Sweden") >
        0);
  CHECK(Edges("Le Chili s'est rallié à la position du Pérou.").count("Chile supports Peru") > 0);
  CHECK(Edges("Le Ghana s'est aligné sur le Togo.").count("Ghana supports Togo") > 0);
  CHECK(Edges("Le Kenya a vanté les mérites de l'Éthiopie.").count("Kenya supports Ethiopia") > 0);
  CHECK(Edges("La Norvège partage la position de la Suède.").count("Norway supports Sweden") > 0);
  CHECK(Edges("Le Chili a adressé ses félicitations au Pérou.").count("Chile supports Peru") > 0);
  // Renting is no praise: "louer" needs a word of merit after it.
  CHECK_FALSE(HasPredicate(Edges("Le Ghana a loué des avions au Togo."), "supports"));
  CHECK_FALSE(
      HasPredicate(Edges("Le Kenya ne partage pas la position de l'Éthiopie."), "supports"));
}

TEST_CASE("a judgement of another's act in reported speech", "[extract]") {
  SECTION("English: said X's act was a mistake") {
    CHECK(Edges("Chile said Peru's decision was a mistake.").count("Chile criticizes Peru") > 0);
    CHECK(Edges("Ghana said that Togo's latest move was \"unacceptable\".")
              .count("Ghana criticizes Togo") > 0);
  }
  SECTION("French: a déclaré que la décision de X était « inacceptable »") {
    CHECK(Edges("Le Kenya a déclaré que la décision de l'Éthiopie était « inacceptable ».")
              .count("Kenya criticizes Ethiopia") > 0);
  }
  SECTION("praise gives support") {
    CHECK(Edges("Norway said Sweden's decision was courageous.").count("Norway supports Sweden") >
          0);
    CHECK(Edges("Le Chili a affirmé que la décision du Pérou était « un pas dans la bonne "
                "direction ».")
              .count("Chile supports Peru") > 0);
  }
  SECTION("negated, hypothetical or own-side judgements give nothing") {
    CHECK_FALSE(HasPredicate(Edges("Chile said Peru's decision was not a mistake."), "criticizes"));
    CHECK_FALSE(
        HasPredicate(Edges("Ghana did not say Togo's move was unacceptable."), "criticizes"));
    CHECK_FALSE(HasPredicate(Edges("Kenya said Kenya's decision was a mistake."), "criticizes"));
    CHECK_FALSE(HasPredicate(Edges("Norway said Sweden's decision was important."), "supports"));
    CHECK_FALSE(HasPredicate(Edges("Le Chili a déclaré que la décision du Pérou serait une "
                                   "erreur si elle était confirmée."),
                             "criticizes"));
  }
}

TEST_CASE("an attitude phrase after an actor's name is that actor's", "[extract]") {
  SECTION("French: des manifestants favorables à X") {
    const auto edges = Edges(
        "Les soldats chiliens restent au Pérou, où des milliers de manifestants favorables à "
        "la Bolivie se rassemblent chaque jour.");
    CHECK(edges.count("protesters supports Bolivia") > 0);
    CHECK(edges.count("Chile supports Bolivia") == 0);
  }
  SECTION("English: protesters angry at X") {
    const auto edges =
        Edges("Ghana's troops stayed in Lomé as protesters angry at Nigeria marched.");
    CHECK(edges.count("Ghana criticizes Nigeria") == 0);
  }
  SECTION("a copula keeps the clause's subject") {
    const auto edges = Edges("La Norvège s'est dite favorable à la Suède.");
    CHECK(edges.count("Norway supports Sweden") > 0);
  }
}

TEST_CASE("a labelling verb with a word of praise supports", "[extract]") {
  CHECK(Edges("Chile called Peru's decision courageous.").count("Chile supports Peru") > 0);
  CHECK(Edges("Ghana described Togo's move as a positive step.").count("Ghana supports Togo") > 0);
  CHECK(Edges("Le Kenya a jugé « courageuse » la décision de l'Éthiopie.")
            .count("Kenya supports Ethiopia") > 0);
  // A rejection, a pejorative label or a negated label is no praise.
  CHECK_FALSE(HasPredicate(Edges("Norway dismissed Sweden's plan as a positive step for no one."),
                           "supports"));
  CHECK_FALSE(HasPredicate(Edges("Chile called Peru's decision reckless."), "supports"));
  CHECK_FALSE(HasPredicate(Edges("Ghana called Togo's move not courageous at all."), "supports"));
  // A call on an actor to act is no label.
  CHECK_FALSE(HasPredicate(Edges("Kenya called on Ethiopia to welcome the refugees."), "supports"));
}

TEST_CASE("inflections of third-group and doubling verbs", "[extract]") {
  CHECK(Edges("Le Chili a émis des réserves sur le Pérou.").count("Chile criticizes Peru") > 0);
  CHECK(Edges("Le Ghana jette le doute sur le Togo.").count("Ghana criticizes Togo") > 0);
  CHECK(Edges("Le Kenya appelle à de nouvelles sanctions contre l'Éthiopie.")
            .count("Kenya criticizes Ethiopia") > 0);
  CHECK(
      Edges("La Norvège a transmis ses félicitations à la Suède.").count("Norway supports Sweden") >
      0);
  CHECK_FALSE(HasPredicate(Edges("Le Chili n'a pas émis de réserves sur le Pérou."), "criticizes"));
}

}  // namespace
}  // namespace kzgraph::testing
