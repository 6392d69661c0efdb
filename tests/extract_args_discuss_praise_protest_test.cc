// Argument constructions of news French and English:
// talking together, bonds under praise, traits, protests, undo requests and
// titled conjuncts in subject position. Own sentences, positives and negatives.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("two subjects discussing meet each other", "[extract][args]") {
  auto en = Edges("Ruto and Museveni discussed the border dispute on Friday.");
  CHECK(en.count("Museveni meets Ruto") == 1);
  auto fr = Edges("Le Kenya et l'Ouganda ont discuté du conflit lundi.");
  CHECK(fr.count("Uganda meets Kenya") == 1);
  auto clitic = Edges("Le Kenya et l'Ouganda y ont discuté du conflit.");
  CHECK(clitic.count("Uganda meets Kenya") == 1);
  // A third party after with/avec is the one met, not each other.
  auto third = Edges("Ruto and Museveni discussed the dispute with Kagame.");
  CHECK(third.count("Ruto meets Kagame") == 1);
  CHECK(third.count("Museveni meets Ruto") == 0);
}

TEST_CASE("discussing planned, possible or denied is no meeting", "[extract][args]") {
  CHECK_FALSE(
      HasPredicate(Edges("Ruto and Museveni will discuss the border dispute next week."), "meets"));
  CHECK_FALSE(HasPredicate(Edges("Ruto and Museveni could discuss the border dispute."), "meets"));
  CHECK_FALSE(HasPredicate(Edges("Ruto et Museveni n'ont pas discuté du conflit."), "meets"));
  CHECK_FALSE(HasPredicate(Edges("Ruto et Museveni vont discuter du conflit."), "meets"));
  // One subject discussing a topic meets nobody.
  CHECK_FALSE(HasPredicate(Edges("Museveni discussed the border dispute on Friday."), "meets"));
}

TEST_CASE("titled persons coordinated in subject position", "[extract][args]") {
  auto fr = Edges(
      "Le président kényan William Ruto et le président ougandais Yoweri Museveni ont condamné "
      "l'attaque du Rwanda.");
  CHECK(fr.count("Ruto criticizes Rwanda") == 1);
  CHECK(fr.count("Museveni criticizes Rwanda") == 1);
  auto meet = Edges(
      "La ministre kényane Monica Juma et le ministre ougandais Jeje Odongo ont discuté du "
      "conflit.");
  CHECK(meet.count("Jeje Odongo meets Monica Juma") == 1);
  // A relative clause between them: the person met is no subject.
  auto rel = Edges(
      "Le président kényan William Ruto, qui a rencontré le président ougandais Yoweri Museveni, "
      "a condamné l'attaque du Rwanda.");
  CHECK(rel.count("Museveni criticizes Rwanda") == 0);
}

TEST_CASE("a praised bond supports its other party", "[extract][args]") {
  CHECK(Edges("La Turquie a salué un partenariat fructueux avec le Kenya.")
            .count("Turkey supports Kenya") == 1);
  CHECK(
      Edges("Turkey praised its fruitful partnership with Kenya.").count("Turkey supports Kenya") ==
      1);
  CHECK_FALSE(
      HasPredicate(Edges("La Turquie n'a pas salué le partenariat avec le Kenya."), "supports"));
  // Criticizing a partnership is not criticizing the partner.
  CHECK_FALSE(
      HasPredicate(Edges("La Turquie a critiqué le partenariat avec le Kenya."), "criticizes"));
  // A place after the partner is no party.
  auto place = Edges("Turkey praised its partnership with the European Union in Ankara.");
  CHECK(place.count("Turkey supports EU") == 1);
  CHECK(place.size() == 1);
}

TEST_CASE("a praised trait supports its owner", "[extract][args]") {
  CHECK(Edges("La Turquie a salué la fermeté du président kazakh.")
            .count("Turkey supports Tokayev") == 1);
  CHECK(Edges("Germany praised the courage of Zelensky.").count("Germany supports Zelensky") == 1);
  CHECK_FALSE(
      HasPredicate(Edges("La Turquie n'a pas salué la fermeté du président kazakh."), "supports"));
}

TEST_CASE("in protest at an actor's act criticizes it", "[extract][args]") {
  CHECK(Edges("Sudan recalled its envoy in protest at Kenya's welcome for the rebel leader.")
            .count("Sudan criticizes Kenya") == 1);
  CHECK(Edges("Ghana summoned the ambassador in protest over Togo's decision.")
            .count("Ghana criticizes Togo") == 1);
  // A place is not the target.
  CHECK_FALSE(HasPredicate(Edges("Sudan recalled its envoy in protest at the welcome in Nairobi."),
                           "criticizes"));
}

TEST_CASE("urging an actor to undo its act criticizes it", "[extract][args]") {
  CHECK(Edges("Amnesty International urged Museveni to rescind the order immediately.")
            .count("Amnesty International criticizes Museveni") == 1);
  CHECK(Edges("L'Union africaine a exhorté le Niger à annuler sa décision.")
            .count("African Union criticizes Niger") == 1);
  // A plain appeal, a negated undo verb or a negated urge is no criticism.
  CHECK_FALSE(
      HasPredicate(Edges("Amnesty International urged Museveni to hold talks with the opposition."),
                   "criticizes"));
  CHECK_FALSE(HasPredicate(Edges("Amnesty International urged Museveni not to rescind the order."),
                           "criticizes"));
  CHECK_FALSE(HasPredicate(
      Edges("Amnesty International did not urge Museveni to rescind the order."), "criticizes"));
}

TEST_CASE("English time and source phrases before a stance object", "[extract][args]") {
  CHECK(Edges("Finland criticized in a statement the decision of Hungary.")
            .count("Finland criticizes Hungary") == 1);
  CHECK(Edges("Finland condemned on Tuesday the strikes by Russia.")
            .count("Finland criticizes Russia") == 1);
  CHECK_FALSE(
      HasPredicate(Edges("Finland did not condemn on Tuesday the Russian strikes."), "criticizes"));
  // A place phrase is no object.
  CHECK_FALSE(HasPredicate(Edges("Finland criticized in Helsinki the decision."), "criticizes"));
}
