// Precision of supports: welcoming an actor's going (a removal noun,
// stance_word role=removal: withdrawal, departure, retrait, départ) backs
// the act, not the actor who leaves ("praised the withdrawal of Russian
// troops"); praise of an actor's role or decision stays support. Each
// beside a true use.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("praise of an actor's withdrawal does not support the actor",
          "[extract][supports][precision]") {
  CHECK(Edges("Hungary praised the withdrawal of Russian forces from Kherson.", "2022-11-12")
            .count("Hungary supports Russia") == 0);
  CHECK(Edges("La Hongrie a salué le retrait des troupes russes de Kherson.", "2022-11-12")
            .count("Hungary supports Russia") == 0);
  CHECK(Edges("Mali welcomed the departure of French troops.", "2022-08-16")
            .count("Mali supports France") == 0);
  // praise of an actor's role or decision still supports it
  CHECK(Edges("Hungary praised the role of Turkey.", "2022-11-12")
            .count("Hungary supports Turkey") == 1);
  CHECK(Edges("La Hongrie a salué le rôle de la Turquie.", "2022-11-12")
            .count("Hungary supports Turkey") == 1);
}
