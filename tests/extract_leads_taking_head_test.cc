// Taking the head of a body.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("taking the head of a body with an emphatic pronoun", "[extract]") {
  CHECK(Edges("Ruto a pris lui-même la tête de la Communauté d'Afrique de l'Est (EAC).")
            .count("Ruto leads EAC"));
  CHECK(Edges("Ruto a pris la présidence de l'EAC.").count("Ruto leads EAC"));
  CHECK(Edges("Ruto assumed the chairmanship of the EAC.").count("Ruto leads EAC"));
  CHECK_FALSE(HasPredicate(Edges("Ruto n'a pas pris la tête de l'EAC."), "leads"));
}

TEST_CASE("taking the helm to come is no head yet", "[extract]") {
  CHECK_FALSE(HasPredicate(Edges("Ruto will take the helm of the EAC."), "leads"));
  CHECK_FALSE(HasPredicate(Edges("Ruto va prendre la tête de l'EAC."), "leads"));
}

TEST_CASE("a self-proclaimed head holds the office", "[extract]") {
  CHECK(Edges("En 2023, Tiani s'est proclamé président du Niger.").count("Tiani leads Niger"));
}
