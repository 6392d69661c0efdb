// Authors of condemned acts: groups that act, and relative clauses that
// name who carried out the act. Sentences are our own.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("a group that attacked is the author of the condemned violence", "[extract]") {
  auto fr = Edges(
      "Des manifestants ont attaqué le consulat d'Espagne à Caracas. Madrid a condamné ces "
      "violences.");
  CHECK(fr.count("Spain criticizes protesters") == 1);
  auto en = Edges(
      "Protesters stormed the town hall in Lviv on Tuesday. The Polish government condemned the "
      "attacks.");
  CHECK(en.count("Poland criticizes protesters") == 1);
  // A colon opens a clause that tells the act, after a judging noun.
  auto colon = Edges(
      "À Niamey, la colère a tourné à l'émeute : des manifestants ont saccagé l'ambassade du "
      "Togo. Le Togo a condamné des attaques « intolérables ».");
  CHECK(colon.count("Togo criticizes protesters") == 1);
}

TEST_CASE("protesters who suffer the violence are not its authors", "[extract]") {
  // Victims of a passive attack.
  auto passive = Edges(
      "Des manifestants ont été attaqués par des inconnus à Tbilissi. L'Union européenne a "
      "condamné ces violences.");
  CHECK(passive.count("EU criticizes protesters") == 0);
  // "violences contre les manifestants": the protesters are the target.
  auto against = Edges(
      "Des manifestants ont attaqué un commissariat à Bamako. Le lendemain, la Cédéao a condamné "
      "les violences contre les manifestants.");
  CHECK(against.count("ECOWAS criticizes protesters") == 0);
  auto on = Edges(
      "Protesters attacked a police station in Minsk. Lithuania later condemned the violence "
      "against protesters.");
  CHECK(on.count("Lithuania criticizes protesters") == 0);
}

TEST_CASE("the subject of a relative clause of attack is the act's author", "[extract]") {
  CHECK(Edges("Armenia condemned the shelling that Azerbaijan launched on the border village.")
            .count("Armenia criticizes Azerbaijan") == 1);
  CHECK(Edges("La Turquie a dénoncé les bombardements que la Syrie a lancés contre Idlib.")
            .count("Turkey criticizes Syria") == 1);
  CHECK(Edges("Jordan condemned the raids Israel carried out in Jenin overnight.")
            .count("Jordan criticizes Israel") == 1);
  CHECK(Edges("Kinshasa a condamné l'offensive menée par le M23 autour de Sake.")
            .count("DR Congo criticizes M23") == 1);
}

TEST_CASE("a relative clause that reports, denies or supposes the act names no author",
          "[extract]") {
  // A witness: the reporting verb keeps its subject out of the blame.
  auto witness =
      Edges("Uganda condemned the strikes that Kenya reported near the border with Sudan.");
  CHECK(witness.count("Uganda criticizes Kenya") == 0);
  auto suffered = Edges("Georgia condemned the attacks that Armenia suffered last week.");
  CHECK(suffered.count("Georgia criticizes Armenia") == 0);
  // Negation and hypothesis.
  auto negated = Edges("La Pologne a condamné les frappes que la Biélorussie n'a pas menées.");
  CHECK(negated.count("Poland criticizes Belarus") == 0);
  auto hypothetical = Edges("Qatar condemned the strikes that Iran might launch against Iraq.");
  CHECK(hypothetical.count("Qatar criticizes Iran") == 0);
  // A third actor: the victim named after the verb is not the author.
  auto third = Edges("Moldova condemned the shelling that Russia launched against Ukraine.");
  CHECK(third.count("Moldova criticizes Russia") == 1);
  CHECK(third.count("Moldova criticizes Ukraine") == 0);
}

TEST_CASE("a group that decides is the author of the decision", "[extract]") {
  auto e = Edges(
      "Les rebelles du M23 ont annoncé une trêve unilatérale dans le Kivu. Kinshasa a salué "
      "cette décision.");
  CHECK(e.count("DR Congo supports M23") == 1);
}
