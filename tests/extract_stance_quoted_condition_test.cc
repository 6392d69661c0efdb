// A condition inside a quotation that closes before the reporting verb stays
// in the quotation: "« Si ..., ... », a déclaré X, en accusant Y de ..." and
// "\"If ...,\" said X, accusing Y of ..." assert the accusation.
// Negatives: the accusation itself inside the conditional quotation, a
// narrative condition, negation ("sans accuser", "without accusing"), a
// question, "the accused".
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"

namespace {

const kzgraph::testing::EdgeCheck Says("2023-06-01");

}  // namespace

TEST_CASE("a quoted condition does not block the reporting clause (French)",
          "[extract][stance]") {
  CHECK(Says("« Si ces sanctions devaient durer, nos exportations s'effondreraient », a déclaré "
             "Luis Arce, en accusant Washington de vouloir asphyxier la Bolivie.",
             "Luis Arce accuses United States"));
  // The accusation is the quoted prospect itself.
  CHECK_FALSE(Says("« Si ces sanctions durent, la Bolivie accusera Washington de vouloir "
                   "l'asphyxier », a déclaré Luis Arce.",
                   "Bolivia accuses United States"));
  CHECK_FALSE(Says("Si ces sanctions durent, la Bolivie accusera les États-Unis de vouloir "
                   "l'asphyxier.",
                   "Bolivia accuses United States"));
  CHECK_FALSE(Says("« Si ces sanctions durent, nos exportations s'effondreront », a déclaré Luis "
                   "Arce, sans accuser Washington.",
                   "Luis Arce accuses United States"));
  // A question.
  CHECK_FALSE(Says("« Si les sanctions durent, faut-il accuser Washington ? », a demandé Luis Arce.",
                   "Luis Arce accuses United States"));
}

TEST_CASE("a quoted condition does not block the reporting clause (English)",
          "[extract][stance]") {
  CHECK(Says("\"If the talks collapse, the region will burn,\" said Ethiopian Prime Minister "
             "Abiy Ahmed, accusing Eritrea of arming the rebels.",
             "Abiy Ahmed accuses Eritrea"));
  CHECK_FALSE(Says("\"If the talks fail, we will accuse Eritrea of sabotage,\" Abiy Ahmed said.",
                   "Abiy Ahmed accuses Eritrea"));
  CHECK_FALSE(Says("\"If the talks fail, the region will burn,\" Abiy Ahmed said, without "
                   "accusing Eritrea.",
                   "Abiy Ahmed accuses Eritrea"));
  // "the accused": the word in another sense.
  CHECK_FALSE(Says("\"If the jury agrees, the accused will walk free,\" said Abiy Ahmed, citing "
                   "Eritrea's courts.",
                   "Abiy Ahmed accuses Eritrea"));
}
