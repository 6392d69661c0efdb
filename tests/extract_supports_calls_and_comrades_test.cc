// Support by a call to rally (French "appeler à faire bloc autour de X", as
// the English "called on everyone to rally around X") and support of
// comrades named by a nationality adjective ("ses camarades ghanéens",
// "its Ghanaian comrades"), with their near-misses.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

const kzgraph::testing::EdgeCheck Says;

bool HasType(const std::string& text, const std::string& type) {
  return HasPredicate(Edges(text), type);
}

}  // namespace

TEST_CASE("a call to rally around an actor is the caller's support", "[extract][supports]") {
  CHECK(Says("Le Togo appelle à faire bloc autour du Ghana.", "Togo supports Ghana"));
  CHECK(Says("Le Togo a appelé la population à soutenir le Ghana.", "Togo supports Ghana"));
  CHECK(Says("Togo called on everyone to rally around Ghana.", "Togo supports Ghana"));
  // The call's own negation blocks it.
  CHECK_FALSE(HasType("Le Togo n'appelle pas à faire bloc autour du Ghana.", "supports"));
  // A call to gather is no support of anyone.
  CHECK_FALSE(HasType("Le Togo a appelé à se rassembler devant le palais.", "supports"));
}

TEST_CASE("comrades named by a nationality adjective are their nation", "[extract][supports]") {
  CHECK(Says("Le Togo se tient aux côtés de ses camarades ghanéens.", "Togo supports Ghana"));
  CHECK(Says("Togo stands by its Ghanaian comrades.", "Togo supports Ghana"));
  // Comrades with no nation named are no actor.
  CHECK_FALSE(HasType("Le Togo se tient aux côtés de ses camarades de lutte.", "supports"));
  CHECK_FALSE(HasType("Togo stands by its comrades.", "supports"));
}

TEST_CASE("support alleged by an accusation past a relative clause is no edge",
          "[extract][supports]") {
  // "accused X, which ..., of backing Y": the backing is the charge's content.
  const std::string alleged =
      "Togo accused Ghana, which runs the consortium producing cocoa along the border of Niger, "
      "of bankrolling Benin.";
  CHECK_FALSE(Says(alleged, "Ghana supports Benin"));
  CHECK(
      Says("Togo accused Ghana, which leads the regional bloc that met in Accra last week, of "
           "backing Benin.",
           "Togo accuses Ghana"));
  const std::string alleged_fr =
      "Le Togo accuse l'ancien président John Mahama, dont l'immunité de député à vie a été "
      "levée en mai, de soutenir le Bénin.";
  CHECK_FALSE(Says(alleged_fr, "Mahama supports Benin"));
  CHECK(Says(alleged_fr, "Togo accuses Mahama"));
  CHECK(
      Says("Le Ghana, dont le président a été réélu en mai dernier à Accra, a décidé de soutenir "
           "le Bénin.",
           "Ghana supports Benin"));
  // A support stated by the actor itself stays an edge.
  CHECK(Says("Ghana, which leads the regional bloc that met in Accra last week, is backing Benin.",
             "Ghana supports Benin"));
}
