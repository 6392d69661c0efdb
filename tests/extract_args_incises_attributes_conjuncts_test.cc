// Argument reach for triggers the extractor already
// finds -- an object past a short incise, the holder of an attribute ("la
// candidature de X", "the territorial integrity of X"), "le pays" / "the
// country" as a subject, "ses homologues malien, X, et guinéen, Y", and
// "ainsi que" / "as well as" as coordinators.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

// English texts long enough for the language to be told.
const char kEnglishLead[] =
    "Summit in Paris as the war goes on\n\nThe talks were held in the French capital "
    "after weeks of preparation by the two teams. ";

}  // namespace

TEST_CASE("an object after a short incise between commas", "[extract]") {
  SECTION("French: a day, then an incise that names nobody") {
    auto e = Edges(
        "Sommet\n\nLe président Emmanuel Macron a rencontré mardi, en marge du sommet, le "
        "président Volodymyr Zelensky.\n");
    CHECK(e.count("Macron meets Zelensky") == 1);
  }
  SECTION("French: coordinated objects after the incise") {
    auto e = Edges(
        "Sahel\n\nLe Niger a soutenu dimanche, au terme de longues discussions, le Mali et le "
        "Burkina Faso.\n");
    CHECK(e.count("Niger supports Mali") == 1);
    CHECK(e.count("Niger supports Burkina Faso") == 1);
  }
  SECTION("English: a day after on, then the incise") {
    auto e = Edges(std::string(kEnglishLead) +
                   "Nigeria backed on Monday, after long hesitations, Benin and Togo.\n");
    CHECK(e.count("Nigeria supports Benin") == 1);
    CHECK(e.count("Nigeria supports Togo") == 1);
  }
  SECTION("negation stays a negation") {
    auto e = Edges(
        "Sommet\n\nLe président Emmanuel Macron n'a pas rencontré mardi, en marge du sommet, le "
        "président Volodymyr Zelensky.\n");
    CHECK(e.count("Macron meets Zelensky") == 0);
  }
  SECTION("an incise that names a place is no bridge") {
    auto fr = Edges("Sahel\n\nLe Niger a soutenu dimanche, au Mali, le Burkina Faso.\n");
    CHECK_FALSE(HasPredicate(fr, "supports"));
    auto en =
        Edges(std::string(kEnglishLead) + "Nigeria backed on Monday, in Abuja, Benin and Togo.\n");
    CHECK_FALSE(HasPredicate(en, "supports"));
  }
  SECTION("an incise that is a clause (a third actor speaking) is no bridge") {
    auto e = Edges("Sahel\n\nLe Niger a soutenu dimanche, a-t-il dit, le Burkina Faso.\n");
    CHECK(e.count("Niger supports Burkina Faso") == 0);
    auto e2 = Edges(std::string(kEnglishLead) +
                    "Nigeria backed on Monday, in a statement that Ghana welcomed, Benin.\n");
    CHECK(e2.count("Nigeria supports Benin") == 0);
    CHECK(e2.count("Nigeria supports Ghana") == 0);
  }
}

TEST_CASE("a stance on an actor's attribute is a stance on the actor", "[extract]") {
  SECTION("French: le droit de X") {
    auto e = Edges("Kiev\n\nLa Pologne a défendu le droit de l'Ukraine à se défendre.\n");
    CHECK(e.count("Poland supports Ukraine") == 1);
  }
  SECTION("French: the holder in apposition after a possessive noun") {
    auto e = Edges("Kiev\n\nLa Pologne a salué la victoire de son voisin, l'Ukraine.\n");
    CHECK(e.count("Poland supports Ukraine") == 1);
  }
  SECTION("English: the territorial integrity of X") {
    auto e = Edges(std::string(kEnglishLead) +
                   "Germany backed the territorial integrity of Moldova and called for calm.\n");
    CHECK(e.count("Germany supports Moldova") == 1);
  }
  SECTION("negation gives nothing") {
    auto e = Edges("Kiev\n\nLa Pologne n'a pas soutenu la candidature de l'Ukraine.\n");
    CHECK(e.count("Poland supports Ukraine") == 0);
  }
  SECTION("an attribute with no holder, or a place after it, names nobody") {
    auto e = Edges("Kiev\n\nLa Pologne a défendu le droit international face à la Russie.\n");
    CHECK_FALSE(HasPredicate(e, "supports"));
    auto own = Edges("Kiev\n\nLa Pologne a soutenu la candidature de Varsovie à Kiev.\n");
    CHECK_FALSE(HasPredicate(own, "supports"));
  }
}

TEST_CASE("the country as a subject is the state the sentence before was about", "[extract]") {
  const std::string fr_lead =
      "Sahel\n\nLes discussions se sont tenues à Paris après des semaines de préparation. ";
  SECTION("French: le pays, after a state that was the subject") {
    auto e = Edges(fr_lead + "Le Niger a rompu avec le Mali. Le pays a condamné Bamako.\n");
    CHECK(e.count("Niger criticizes Mali") == 1);
  }
  SECTION("French: le pays, after a leader that was the subject") {
    auto e =
        Edges(fr_lead + "Le président Mohamed Bazoum a quitté Niamey. Le pays accuse le Mali.\n");
    CHECK(e.count("Niger accuses Mali") == 1);
  }
  SECTION("English: the country") {
    auto e = Edges(std::string(kEnglishLead) +
                   "Niger is in crisis. The country accuses Mali of backing the rebels.\n");
    CHECK(e.count("Niger accuses Mali") == 1);
  }
  SECTION("negation gives nothing") {
    auto e = Edges(fr_lead + "Le Niger a rompu avec le Mali. Le pays n'a pas condamné Bamako.\n");
    CHECK_FALSE(HasPredicate(e, "criticizes"));
  }
  SECTION("in a spokesman's reported words, le pays is not the spokesman's state") {
    auto e = Edges(fr_lead +
                   "Le porte-parole du Kremlin, Dmitri Peskov, a parlé à la presse. Il a assuré "
                   "que le pays condamne le Mali.\n");
    CHECK(e.count("Russia criticizes Mali") == 0);
  }
  SECTION("a place or a possessive is no subject") {
    auto place =
        Edges(std::string(kEnglishLead) +
              "Niger is in crisis. Troops were deployed in the country to support Mali.\n");
    CHECK(place.count("Niger supports Mali") == 0);
    auto owner = Edges(std::string(kEnglishLead) +
                       "Niger is in crisis. The country's army condemned Mali.\n");
    CHECK(owner.count("Niger criticizes Mali") == 0);
    auto inner = Edges(fr_lead +
                       "Le Niger a rompu avec le Mali. Au Tchad, la situation du pays inquiète "
                       "le Mali.\n");
    CHECK_FALSE(HasPredicate(inner, "criticizes"));
  }
}

TEST_CASE("interleaved holders of one plural title are each a conjunct", "[extract]") {
  const std::string fr_lead =
      "Sahel\n\nLes discussions se sont tenues à Paris après des semaines de préparation. ";
  SECTION("two and three states, each adjective before its holder") {
    auto two = Edges(fr_lead +
                     "Le président français Emmanuel Macron a reçu ses homologues ivoirien, "
                     "Alassane Ouattara, et sénégalais, Macky Sall.\n");
    CHECK(two.count("Macron meets Ouattara") == 1);
    CHECK(two.count("Macron meets Macky Sall") == 1);
    CHECK(two.count("Macky Sall leads Senegal") == 1);
    auto three = Edges(fr_lead +
                       "Le président français Emmanuel Macron a reçu ses homologues ivoirien, "
                       "Alassane Ouattara, ghanéen, Nana Akufo-Addo, et sénégalais, Macky Sall.\n");
    CHECK(three.count("Akufo-Addo leads Ghana") == 1);
    CHECK(three.count("Macron meets Akufo-Addo") == 1);
    CHECK(three.count("Macron meets Macky Sall") == 1);
  }
  SECTION("former counterparts hold no office; a negated visit is no meeting") {
    auto former = Edges(fr_lead +
                        "Le président français Emmanuel Macron a reçu ses anciens homologues "
                        "ivoirien, Alassane Ouattara, et sénégalais, Macky Sall.\n");
    CHECK(former.count("Macky Sall leads Senegal") == 0);
    auto negated = Edges(fr_lead +
                         "Le président français Emmanuel Macron n'a pas reçu ses homologues "
                         "ivoirien, Alassane Ouattara, et sénégalais, Macky Sall.\n");
    CHECK_FALSE(HasPredicate(negated, "meets"));
  }
  SECTION("a country after the holder is no interleaved holder") {
    auto e = Edges(fr_lead +
                   "Le président français Emmanuel Macron a reçu son homologue ivoirien, "
                   "Alassane Ouattara, et le Sénégal.\n");
    CHECK(e.count("Macky Sall leads Senegal") == 0);
    CHECK(e.count("Macron meets Ouattara") == 1);
  }
}

TEST_CASE("ainsi que / as well as join conjuncts", "[extract]") {
  const std::string fr_lead =
      "Sahel\n\nLes discussions se sont tenues à Paris après des semaines de préparation. ";
  SECTION("objects") {
    auto fr = Edges(fr_lead + "Le Niger a condamné le Mali, ainsi que le Tchad et le Bénin.\n");
    CHECK(fr.count("Niger criticizes Chad") == 1);
    CHECK(fr.count("Niger criticizes Benin") == 1);
    auto en = Edges(std::string(kEnglishLead) + "Niger condemned Mali as well as Chad.\n");
    CHECK(en.count("Niger criticizes Mali") == 1);
    CHECK(en.count("Niger criticizes Chad") == 1);
  }
  SECTION("a conjunct between commas after the subject is no inverted speaker") {
    auto fr = Edges(fr_lead + "Le Niger et le Mali, ainsi que le Tchad, ont condamné le Bénin.\n");
    CHECK(fr.count("Niger criticizes Benin") == 1);
    CHECK(fr.count("Benin criticizes Niger") == 0);
    auto en = Edges(std::string(kEnglishLead) + "Niger, as well as Chad, condemned Benin.\n");
    CHECK(en.count("Niger criticizes Benin") == 1);
    CHECK(en.count("Benin criticizes Niger") == 0);
  }
  SECTION("negation") {
    auto fr = Edges(fr_lead + "Le Niger n'a pas condamné le Mali ainsi que le Tchad.\n");
    CHECK_FALSE(HasPredicate(fr, "criticizes"));
  }
}

}  // namespace kzgraph::testing
