// Troop destinations named by a region or city of the dictionary: the place
// stands for the country it lies in (schema/dict/locations.jsonl "of"), a
// disputed place names none, and a place never acts.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace {

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;
using kzgraph::testing::HasPredicate;

const char* const kDate = "2024-09-02";

TEST_CASE("a foreign region is its country as a destination", "[extract]") {
  auto e = Edges("Rwanda sent troops to Cabo Delgado last year.", kDate);
  CHECK(e.count("Rwanda sends_troops Mozambique") == 1);
  e = Edges("Burundi deployed soldiers in South Kivu to fight the rebels.", kDate);
  CHECK(e.count("Burundi sends_troops DR Congo") == 1);
}

TEST_CASE("French region with its division noun", "[extract]") {
  auto e = Edges("Le Rwanda a envoyé des soldats dans le Sud-Kivu.", kDate);
  CHECK(e.count("Rwanda sends_troops DR Congo") == 1);
  e = Edges("La Corée du Nord a déployé des milliers de soldats dans la région de Koursk.", kDate);
  CHECK(e.count("North Korea sends_troops Russia") == 1);
  CHECK(e.count("North Korea sends_troops Ukraine") == 0);
  e = Edges("L'Érythrée a envoyé des troupes dans l'est de la région du Tigré.", kDate);
  CHECK(e.count("Eritrea sends_troops Ethiopia") == 1);
}

TEST_CASE("own region is no sending abroad", "[extract]") {
  // The article's other country must not become the destination either.
  const std::string text =
      "Ukraine and Russia fought again on Monday. Russia deployed reinforcements to the Kursk "
      "region.";
  auto e = Edges(text, kDate);
  CHECK_FALSE(HasPredicate(e, "sends_troops"));
  e = Edges("Le Mali a envoyé des renforts à Kidal, selon l'armée. L'Algérie a protesté.", kDate);
  CHECK(e.count("Mali sends_troops Mali") == 0);
  CHECK(e.count("Mali sends_troops Algeria") == 0);
}

TEST_CASE("disputed place gives no destination", "[extract]") {
  // Without the place the article's main country (Armenia) would be taken.
  const std::string text =
      "Armenia and Azerbaijan clashed again. Armenia accused Baku of shelling. Russia sent "
      "peacekeepers to Nagorno-Karabakh.";
  auto e = Edges(text, kDate);
  CHECK(e.count("Russia sends_troops Armenia") == 0);
  // s11troops: a disputed place with a recognised state (dict `de_jure`)
  // sends to that state, as the gold files read it.
  CHECK(e.count("Russia sends_troops Azerbaijan") == 1);
  CHECK(e.count("Armenia accuses Azerbaijan") == 1);  // the rest still reads
  e = Edges("L'Ukraine a été attaquée. La Russie a envoyé des soldats en Crimée.", kDate);
  CHECK(e.count("Russia sends_troops Ukraine") == 1);
  // Without a recognised state the place still names no country.
  e = Edges("Israel was attacked. Egypt sent troops to Gaza.", kDate);
  CHECK(e.count("Egypt sends_troops Israel") == 0);
}

TEST_CASE("negated deployment to a region gives nothing", "[extract]") {
  auto e = Edges("Rwanda did not send troops to North Kivu, its foreign minister said.", kDate);
  CHECK(e.count("Rwanda sends_troops DR Congo") == 0);
}

TEST_CASE("a region is a place, never an actor", "[extract]") {
  auto e = Edges("South Kivu accused Rwanda of backing the rebels.", kDate);
  CHECK(e.count("DR Congo accuses Rwanda") == 0);
  CHECK(e.count("South Kivu accuses Rwanda") == 0);
  e = Edges(
      "La Russie a envoyé des troupes dans la région de Belgorod. Belgorod a critiqué "
      "l'Ukraine.",
      kDate);
  CHECK(e.count("Russia criticizes Ukraine") == 0);
  CHECK_FALSE(HasPredicate(e, "sends_troops"));
  // Places only locate: no node of their own (GUIDELINES: optional cities).
  CHECK(EntityIds("Rwanda sent troops to Cabo Delgado.", kDate).count("Cabo Delgado") == 0);
}

}  // namespace
