// A body described by its make-up in an English participle ("IGAD, composed
// of X and Y") and members counted between "compter"/"count" and "parmi ses
// membres"/"among its members" (schema/lexicon/triggers_membership_list_wording.tsv).
// Negatives: a make-up of persons only, "compter" and "count" with allies
// or with "sur"/"on" instead of members.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
const kzgraph::testing::PredicateCheck AnyOf("2023-06-01");
}  // namespace

TEST_CASE("a body's make-up in an English participle", "[extract]") {
  const char* en = "IGAD, composed of Ethiopia, Kenya, Somalia and Sudan, held an emergency summit.";
  CHECK(Says(en, "Ethiopia member_of IGAD"));
  CHECK(Says(en, "Sudan member_of IGAD"));
  CHECK(Says("The AES, comprised of Mali, Burkina Faso and Niger, met in Niamey.",
             "Burkina Faso member_of AES"));
  CHECK(Says("L'Alliance des États du Sahel, composée du Mali, du Burkina Faso et du Niger, "
             "s'est réunie à Niamey.",
             "Niger member_of AES"));
  // Officials make up a delegation: no member of anything.
  CHECK_FALSE(AnyOf("A delegation composed of Kenyan officials met IGAD in Nairobi.", "member_of"));
  // The body is not the one named right before the participle.
  CHECK_FALSE(AnyOf("IGAD sent a mission composed of Kenyan and Ugandan soldiers.", "member_of"));
}

TEST_CASE("members counted among a body's members", "[extract]") {
  CHECK(Says("La Cédéao compte désormais le Cap-Vert parmi ses membres.",
             "Cape Verde member_of ECOWAS"));
  const char* en = "The EU counts Poland and Hungary among its members.";
  CHECK(Says(en, "Poland member_of EU"));
  CHECK(Says(en, "Hungary member_of EU"));
  CHECK(Says("NATO now counts Sweden among its 32 members.", "Sweden member_of NATO"));
  // Allies are no members; "compter sur", "count on" is reliance.
  CHECK_FALSE(AnyOf("La Russie compte la Chine parmi ses alliés.", "member_of"));
  CHECK_FALSE(AnyOf("Armenia counts Russia among its allies.", "member_of"));
  CHECK_FALSE(Says("Kyiv counts on Poland and other NATO members.", "Ukraine member_of NATO"));
  CHECK_FALSE(Says("Kiev compte sur la Pologne et les autres membres de l'OTAN.",
                   "Ukraine member_of NATO"));
}
