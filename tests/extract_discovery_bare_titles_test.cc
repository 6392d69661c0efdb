// Bare state titles across sentences (engine_coref.cc ResolveBareTitles): "le
// chef de l'État", "the president" with no name and no country stand for the
// one holder of that office named just before.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a bare title takes up the office holder named just before", "[extract][discovery]") {
  const auto fr = Edges(
      "Le président finlandais Sauli Niinistö a reçu lundi des parlementaires à Helsinki.\n\n"
      "Le chef de l'État a ensuite accusé la Russie de mener une guerre hybride à la "
      "frontière.",
      "2023-11-20");
  CHECK(fr.count("Niinisto accuses Russia"));
  const auto en = Edges(
      "Moldovan President Maia Sandu addressed parliament in Chisinau on Monday.\n\n"
      "The president also accused Russia of plotting a coup against her government.",
      "2023-02-14");
  CHECK(en.count("Sandu accuses Russia"));
  // "au chef du gouvernement de « céder »": the infinitive is not a complement.
  const auto dative = Edges(
      "Le Premier ministre hongrois Viktor Orbán a reçu des élus à Budapest.\n\n"
      "L'opposant Péter Magyar a reproché au chef du gouvernement de « céder à Moscou ».",
      "2023-11-20");
  CHECK(dative.count("Péter Magyar accuses Orban"));
}

TEST_CASE("a bare title with two holders before, or a qualifier, stays unresolved",
          "[extract][discovery]") {
  const auto two = Edges(
      "Le président finlandais Sauli Niinistö a reçu lundi le président estonien Alar Karis "
      "à Helsinki.\n\n"
      "Le chef de l'État a ensuite accusé la Russie de mener une guerre hybride à la "
      "frontière.",
      "2023-11-20");
  CHECK_FALSE(two.count("Niinisto accuses Russia"));
  CHECK_FALSE(two.count("Karis accuses Russia"));
  // "le président déchu": another person than the one in office.
  const auto deposed = Edges(
      "Le président finlandais Sauli Niinistö a reçu lundi des parlementaires à Helsinki.\n\n"
      "Le président déchu a accusé la Russie de mener une guerre hybride.",
      "2023-11-20");
  CHECK_FALSE(deposed.count("Niinisto accuses Russia"));
  // A former head is not the one in office.
  const auto former = Edges(
      "Le président finlandais Sauli Niinistö a reçu lundi des parlementaires à Helsinki.\n\n"
      "L'ancien président a accusé la Russie de mener une guerre hybride.",
      "2023-11-20");
  CHECK_FALSE(former.count("Niinisto accuses Russia"));
}

TEST_CASE("a named state title without a country takes the subject country before",
          "[extract][discovery]") {
  // Andorra: a state whose 2015 foreign minister the dictionary does not know.
  const auto fr = Edges(
      "L'Andorre a expulsé lundi deux diplomates russes.\n\n"
      "Le ministre des Affaires étrangères, Jonas Petraitis, a accusé Moscou d'espionnage.",
      "2015-03-06");
  CHECK(fr.count("Jonas Petraitis official_of Andorra"));
  // The dictionary gives the office to another person on that date: not this one.
  const auto held = Edges(
      "La Lituanie a expulsé lundi deux diplomates russes.\n\n"
      "Le ministre des Affaires étrangères, Jonas Petraitis, a accusé Moscou d'espionnage.",
      "2015-03-06");
  CHECK_FALSE(held.count("Jonas Petraitis official_of Lithuania"));
  const auto en = Edges(
      "Andorra expelled a Russian diplomat on Monday.\n\n"
      "Foreign Minister Mart Kask accused Moscow of espionage.",
      "2015-03-06");
  CHECK(en.count("Mart Kask official_of Andorra"));
  // Countries in a list that is no subject give the title no country.
  const auto list = Edges(
      "Troops from Poland, Lithuania and Latvia joined the drills on Monday.\n\n"
      "Foreign Minister Mart Kask accused Moscow of espionage.",
      "2015-03-06");
  CHECK_FALSE(list.count("Mart Kask official_of Lithuania"));
  CHECK_FALSE(list.count("Mart Kask official_of Latvia"));
  CHECK_FALSE(list.count("Mart Kask official_of Poland"));
}

TEST_CASE("the head of a state's seat of power is its head of state", "[extract][discovery]") {
  const auto fr = Edges(
      "Le Kremlin a convoqué l'ambassadeur américain.\n\n"
      "Le chef du Kremlin a accusé Washington d'ingérence.",
      "2008-08-12");
  CHECK(fr.count("Medvedev accuses United States"));
  const auto later = Edges(
      "Le Kremlin a convoqué l'ambassadeur américain.\n\n"
      "Le chef du Kremlin a accusé Washington d'ingérence.",
      "2022-03-01");
  CHECK(later.count("Putin accuses United States"));
}

TEST_CASE("son gouvernement, its government take up the subject's state", "[extract][discovery]") {
  const auto fr = Edges(
      "La Première ministre lituanienne Ingrida Simonyte a reçu des élus à Vilnius.\n\n"
      "Son gouvernement a accusé la Biélorussie d'orchestrer une crise migratoire.",
      "2021-08-02");
  CHECK(fr.count("Lithuania accuses Belarus"));
  const auto en = Edges(
      "Estonia expelled a Russian diplomat on Monday.\n\n"
      "Its government accused Moscow of espionage.",
      "2023-03-06");
  CHECK(en.count("Estonia accuses Russia"));
  // No subject with a state before: whose government is not said.
  const auto none = Edges(
      "Des milliers de manifestants ont défilé à Vilnius.\n\n"
      "Son gouvernement a accusé la Biélorussie d'orchestrer une crise migratoire.",
      "2021-08-02");
  CHECK_FALSE(none.count("Lithuania accuses Belarus"));
}

TEST_CASE("a bare title with no holder named is the clear focus's holder", "[extract][discovery]") {
  const auto focus = Edges(
      "Crise au Kazakhstan : le président accuse des « terroristes » étrangers\n\n"
      "Au Kazakhstan, le calme revient à Almaty. Le Kazakhstan a rouvert ses aéroports. La "
      "police du Kazakhstan a levé les barrages.",
      "2022-01-10");
  CHECK(focus.count("Tokayev leads Kazakhstan"));
  CHECK(focus.count("Tokayev accuses terrorists"));
  // Two states as present: the page's own is not clear.
  const auto even = Edges(
      "Crise : le président accuse des « terroristes » étrangers\n\n"
      "Le Kazakhstan et la Russie ont signé un accord. La Russie a rouvert ses aéroports. Le "
      "Kazakhstan a levé les barrages.",
      "2022-01-10");
  CHECK_FALSE(HasPredicate(even, "leads"));
}

TEST_CASE("a possessive title is the office of the person before, named next",
          "[extract][discovery]") {
  const auto fr = Edges(
      "Le président tunisien Kaïs Saïed a reçu des élus lundi.\n\n"
      "Sa Première ministre a été plus prudente.\n\nNajla Bouden a appelé au calme.",
      "2022-06-01");
  CHECK(fr.count("Najla Bouden leads Tunisia"));
  const auto en = Edges(
      "Tunisian President Kais Saied met lawmakers on Monday.\n\n"
      "His prime minister was more cautious.\n\nNajla Bouden called for calm.",
      "2022-06-01");
  CHECK(en.count("Najla Bouden leads Tunisia"));
  // Nobody named next: the office stays unfilled.
  const auto none = Edges(
      "Tunisian President Kais Saied met lawmakers on Monday.\n\n"
      "His prime minister was more cautious.\n\nThe unions called for calm.",
      "2022-06-01");
  CHECK_FALSE(none.count("Saied leads Tunisia") == 0);
  CHECK(none.size() == 1);
}

TEST_CASE("its director is the office of the one body named the sentence before",
          "[extract][discovery]") {
  const auto en = Edges(
      "Dozens were arrested on Sunday, according to Viasna, a Minsk-based rights group.\n\n"
      "Its director, Ales Bialiatski, accused the police of torture.",
      "2021-07-14");
  CHECK(en.count("Bialiatski leads Viasna"));
}
