// Precision on text nobody tuned for (s3prec): who was asked when troops
// arrive "at the request of" someone, and other false positives found on
// freshly annotated pages. Sentences of our own, about other actors.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("s3prec: troops of an organization at someone's request ask the organization",
          "[extract]") {
  auto f = Edges(
      "Mozambique gets regional help\n\n"
      "About 3,000 troops from the Southern African Development Community, most of them "
      "South African but also soldiers from Malawi and Tanzania, have been deployed to "
      "Mozambique at the request of the Mozambican government.",
      "2021-08-01");
  CHECK(f.count("Mozambique requests_aid SADC"));
  CHECK_FALSE(f.count("Mozambique requests_aid Malawi"));
  CHECK_FALSE(f.count("Mozambique requests_aid Tanzania"));
}

TEST_CASE("s3prec: a coalition's nationalities at someone's request ask the alliance",
          "[extract]") {
  auto f = Edges(
      "L'OTAN renforce son flanc est\n\n"
      "L'OTAN a tenu un sommet à Vilnius. Quelque 1500 soldats français, allemands et "
      "néerlandais ont été déployés en Lituanie à la demande du gouvernement lituanien.",
      "2023-07-12");
  CHECK(f.count("Lithuania requests_aid NATO"));
  CHECK_FALSE(f.count("Lithuania requests_aid France"));
  CHECK_FALSE(f.count("Lithuania requests_aid Germany"));
  CHECK(f.count("France sends_troops Lithuania"));
  // No alliance named: the nationalities were not each asked.
  auto g = Edges(
      "Des soldats tchadiens et nigériens ont été déployés au Burkina Faso à la demande du "
      "gouvernement burkinabè.",
      "2023-07-12");
  CHECK_FALSE(g.count("Burkina Faso requests_aid Chad"));
  CHECK_FALSE(g.count("Burkina Faso requests_aid Niger"));
}

TEST_CASE("s3prec: one sender at someone's request is still asked", "[extract]") {
  auto f = Edges(
      "Des soldats rwandais ont été déployés en Centrafrique à la demande du gouvernement "
      "centrafricain. Le Rwanda a envoyé des troupes au Mozambique à la demande du "
      "gouvernement mozambicain.",
      "2021-08-01");
  CHECK(f.count("Central African Republic requests_aid Rwanda"));
  CHECK(f.count("Mozambique requests_aid Rwanda"));
}

TEST_CASE("s3prec: a trigger word inside an organization's name is no trigger", "[extract]") {
  auto f = Edges(
      "Sudan's army accused the regional bloc of undermining it by inviting the commander of "
      "the Rapid Support Forces, Mohamed Hamdan Dagalo, to a summit in Nairobi.",
      "2024-01-20");
  CHECK(f.count("Hemedti leads RSF"));
  CHECK_FALSE(HasPredicate(f, "requests_aid"));
  CHECK_FALSE(HasPredicate(f, "supports"));
  // The same words outside a name still count.
  auto g = Edges(
      "Le Soudan a demandé l'aide de l'Égypte face aux Forces de soutien rapide. Kenya backed "
      "the Rapid Support Forces. The United States called on Egypt to provide support to the "
      "Sudanese army.",
      "2024-01-20");
  CHECK(g.count("Sudan requests_aid Egypt"));
  CHECK(g.count("Kenya supports RSF"));
  CHECK(g.count("United States requests_aid Egypt"));
}

TEST_CASE("s3prec: a negated verb governing a meeting noun gives no meeting", "[extract]") {
  auto no = Edges(
      "Officials in Ankara said Turkey had not held direct talks with the Taliban and relied "
      "on Qatar instead. Germany never held talks with Hezbollah, the minister said.",
      "2023-05-10");
  CHECK_FALSE(no.count("Turkey meets Taliban"));
  CHECK_FALSE(no.count("Germany meets Hezbollah"));
  auto non = Edges("Emmanuel Macron n'a eu aucun entretien avec Assimi Goïta.", "2022-05-10");
  CHECK_FALSE(non.count("Macron meets Goita"));
  auto yes = Edges(
      "Turkey held direct talks with the Taliban on Monday. Emmanuel Macron a eu un long "
      "entretien avec Assimi Goïta.",
      "2022-05-10");
  CHECK(yes.count("Turkey meets Taliban"));
  CHECK(yes.count("Macron meets Goita"));
}
