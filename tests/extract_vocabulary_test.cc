// Round-5 vocabulary and frames: support (ellipsis, recognition, "with the
// support of"), criticism ("derided", "a mistake", "critic of"), meetings by
// phone and between parties, requests ("turned to", "à la demande de") and
// accusations ("blamed Y on X", "held X responsible", "pointed the finger").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("vocabulary: support frames", "[extract]") {
  auto e = Edges("Cuba backed Maduro, as did Turkey.", "2019-01-24");
  CHECK(e.count("Cuba supports Maduro"));
  CHECK(e.count("Turkey supports Maduro"));
  CHECK(Edges("Turkey sided with Azerbaijan.", "2020-10-01").count("Turkey supports Azerbaijan"));
  CHECK(Edges("Mali fought the rebels with the support of Russia.", "2022-01-07")
            .count("Russia supports Mali"));
  CHECK(Edges("Le Mali a combattu les rebelles avec le soutien de la Russie.", "2022-01-07")
            .count("Russia supports Mali"));
  CHECK(Edges("Brazil recognized Nicolas Maduro on Monday.", "2019-01-24")
            .count("Brazil supports Maduro"));
  // "reconnaître la présence de X" admits a fact.
  CHECK_FALSE(HasPredicate(
      Edges("Abiy Ahmed reconnaît enfin la présence de l'armée érythréenne.", "2021-03-24"),
      "supports"));
}

TEST_CASE("vocabulary: criticism", "[extract]") {
  CHECK(Edges("Armenia derided Azerbaijan on Monday.", "2020-11-10")
            .count("Armenia criticizes Azerbaijan"));
  CHECK(Edges("Azerbaijan called Armenia's move a mistake.", "2020-11-10")
            .count("Azerbaijan criticizes Armenia"));
  CHECK(Edges("Sergei Lavrov, a fierce critic of NATO, spoke on Monday.", "2022-01-10")
            .count("Lavrov criticizes NATO"));
}

TEST_CASE("vocabulary: meetings by phone, reciprocal and between parties", "[extract]") {
  CHECK(Edges("Erdogan telephoned Putin on Monday.", "2022-01-10").count("Erdogan meets Putin"));
  CHECK(Edges("Erdogan held a video call with Putin on Monday.", "2022-01-10")
            .count("Erdogan meets Putin"));
  auto e = Edges("Erdogan held a video call with Putin on Monday.", "2022-01-10");
  CHECK_FALSE(HasPredicate(e, "accuses"));  // "held" means "held responsible" only with it
  CHECK(Edges("Talks between Armenia and Azerbaijan resumed on Monday.", "2022-01-10")
            .count("Armenia meets Azerbaijan"));
  CHECK(Edges("Tokaïev et Poutine se sont rencontrés lundi.", "2022-01-10")
            .count("Putin meets Tokayev"));
  CHECK(Edges("Erdogan telephoned the Venezuelan leader to tell him to stand tall.", "2019-01-24")
            .count("Erdogan meets Maduro"));
}

TEST_CASE("vocabulary: requests for help", "[extract]") {
  CHECK(Edges("Tokayev turned to Russia for help.", "2022-01-10")
            .count("Tokayev requests_aid Russia"));
  CHECK(Edges("La Russie a envoyé des troupes au Kazakhstan à la demande de Tokaïev.", "2022-01-10")
            .count("Tokayev requests_aid Russia"));
  // A request for a withdrawal is no request for help.
  CHECK_FALSE(HasPredicate(
      Edges("La Monusco, dont le retrait a été engagé à la demande de Kinshasa, est inquiète.",
            "2024-02-17"),
      "requests_aid"));
}

TEST_CASE("vocabulary: accusations", "[extract]") {
  CHECK(Edges("Armenia blamed the attack on Azerbaijan.", "2022-09-14")
            .count("Armenia accuses Azerbaijan"));
  CHECK(Edges("Armenia held Azerbaijan responsible for the attack.", "2022-09-14")
            .count("Armenia accuses Azerbaijan"));
  CHECK(Edges("Armenia pointed the finger at Azerbaijan.", "2022-09-14")
            .count("Armenia accuses Azerbaijan"));
  CHECK(Edges("L'Arménie tient l'Azerbaïdjan pour responsable de l'attaque.", "2022-09-14")
            .count("Armenia accuses Azerbaijan"));
}

TEST_CASE("vocabulary: conflict actors added to the dictionary", "[extract]") {
  auto e = Edges("Brazil recognized Juan Guaidó on Wednesday.", "2019-01-24");
  CHECK(e.count("Brazil supports Guaido"));
  CHECK(Edges("Le Premier ministre Abiy Ahmed a accusé le TPLF d'avoir attaqué l'armée.",
              "2020-11-05")
            .count("Abiy Ahmed accuses TPLF"));
  CHECK(Edges("Le général Burhane, président du Conseil de souveraineté, a parlé.", "2023-04-20")
            .count("Burhan leads Sovereign Council"));
  // Africa Corps is the Defence Ministry's corps, not Wagner.
  CHECK(kzgraph::testing::EntityIds("L'Africa Corps a débarqué à Ouagadougou.", "2024-01-30")
            .count("Africa Corps"));
}
