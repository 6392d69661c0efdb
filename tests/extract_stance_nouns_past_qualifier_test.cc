// Stance nouns whose holder or target sits past a qualifier
// (src/extract/engine_frames_clause.cc, frame support_noun): "le soutien
// « indéfectible » de X à Y", "le soutien inébranlable de X à la sécurité de
// Y", "X, à qui il a réaffirmé le soutien de Z", "Berlin's steadfast support
// for". Each with its negative: negation, the holder taken as the target.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
const kzgraph::testing::PredicateCheck AnyOf("2023-06-01");
}  // namespace

TEST_CASE("a qualifier between a stance noun and its holder", "[extract]") {
  // A quoted adjective, a plain one, a quoted noun: "de X" still holds it.
  CHECK(Says("Le Premier ministre a réaffirmé le soutien « total » du Japon à la Corée du Sud.",
             "Japan supports South Korea"));
  CHECK(Says("La ministre a rappelé le soutien constant de l'Italie à la Tunisie.",
             "Italy supports Tunisia"));
  CHECK(Says("Le chef de l'État a salué le « soutien indéfectible » de la Turquie à l'Azerbaïdjan.",
             "Turkey supports Azerbaijan"));
  // "son soutien indéfectible au Mali": the preposition names the target.
  CHECK(Says("L'Algérie a réaffirmé son soutien indéfectible au Niger.", "Algeria supports Niger"));
  // The holder is never its own target.
  CHECK_FALSE(Says("Le ministre a salué le soutien « constant » de l'Italie à la Tunisie.",
                   "Tunisia supports Italy"));
  // Negated: no support.
  CHECK_FALSE(AnyOf("La Chine n'a pas apporté son soutien « total » à la Russie.", "supports"));
}

TEST_CASE("a state's attribute stands for the state after a stance noun", "[extract]") {
  CHECK(Says("Le président a réaffirmé le soutien de l'Égypte à la souveraineté de la Somalie.",
             "Egypt supports Somalia"));
  CHECK(Says("The chancellor reaffirmed Berlin's support for the sovereignty of Moldova.",
             "Germany supports Moldova"));
  // "la sécurité" with no state after it names nobody.
  CHECK_FALSE(Says("Le soutien de l'Égypte à la sécurité régionale a été salué par le Soudan.",
                   "Egypt supports Sudan"));
}

TEST_CASE("an indirect relative's head is the stance noun's target", "[extract]") {
  const char* fr =
      "Le chef de la diplomatie espagnole a reçu le président moldave, à qui il a réaffirmé le "
      "soutien « total » de l'Espagne.";
  CHECK(Says(fr, "Spain supports Sandu"));
  // The holder named after "de" is no supported party of the speaker.
  CHECK_FALSE(Says(fr, "Albares supports Spain"));
  const char* other =
      "Le chancelier a parlé avec le président tchadien, à qui il a assuré le « soutien "
      "indéfectible » de l'Allemagne.";
  CHECK(Says(other, "Germany supports Mahamat Deby"));
  CHECK_FALSE(Says(other, "Merz supports Germany"));
  // Negated in the relative: nothing.
  CHECK_FALSE(AnyOf(
      "Le chancelier a parlé avec le président tchadien, à qui il n'a pas promis le soutien de "
      "l'Allemagne.",
      "supports"));
}

TEST_CASE("an English possessive holds a qualified stance noun", "[extract]") {
  CHECK(Says("The prime minister reaffirmed Tokyo's steadfast support for Manila.",
             "Japan supports Philippines"));
  // The possessive, not the clause's subject, holds the support.
  CHECK_FALSE(
      Says("The Kremlin condemned Berlin's growing support for Kyiv.", "Russia supports Ukraine"));
  CHECK(
      Says("The Kremlin condemned Berlin's growing support for Kyiv.", "Germany supports Ukraine"));
}
