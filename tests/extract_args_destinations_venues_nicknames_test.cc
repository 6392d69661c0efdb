// Argument machinery: own ground as no destination, places
// as no meeting party, purpose infinitives, nicknames, relatives' subjects.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("troops deployed to the sender's own border go nowhere (en)", "[extract]") {
  const auto own = Edges(
      "Tensions rise on the Ukrainian border\n\n"
      "Ukraine accused Russia of preparing an invasion. Russia deployed troops to its border "
      "with Ukraine on Monday. Poland has deployed soldiers along its eastern border.");
  CHECK_FALSE(own.count("Russia sends_troops Ukraine"));
  CHECK_FALSE(HasPredicate(own, "sends_troops"));
  // Another country's soil is still a destination.
  const auto abroad = Edges(
      "Tensions rise in the Baltic\n\n"
      "Ukraine accused Russia of preparing an invasion. Belarus sent troops to its frontier "
      "with Lithuania. Chad sent troops to Niger on Monday.");
  CHECK_FALSE(abroad.count("Belarus sends_troops Russia"));
  CHECK(abroad.count("Chad sends_troops Niger"));
}

TEST_CASE("des soldats déployés à sa propre frontière ne vont nulle part (fr)",
          "[extract]") {
  const auto own = Edges(
      "Le Niger face aux jihadistes\n\n"
      "Le Burkina Faso a accusé les jihadistes. La Lituanie a décrété l'état d'urgence, et la "
      "Pologne a déployé des soldats à sa frontière. La Pologne a déployé des soldats le long de "
      "sa frontière orientale.");
  CHECK_FALSE(HasPredicate(own, "sends_troops"));
  const auto sent = Edges(
      "Le Niger face aux jihadistes\n\n"
      "Le Tchad a envoyé des troupes pour aider le Niger à protéger sa frontière. La Pologne a "
      "déployé des soldats en Lituanie.");
  // "sa frontière" after the helped state's name is not the sender's ground.
  CHECK(sent.count("Chad sends_troops Niger"));
  CHECK(sent.count("Poland sends_troops Lithuania"));
}

TEST_CASE("a city chosen as a destination is no subject of 'to meet'", "[extract]") {
  const auto e = Edges(
      "Kenya looks east\n\n"
      "After his election, Ruto chose Beijing for his first foreign visit and held talks with "
      "Xi Jinping, before flying to Paris to meet Emmanuel Macron. Ruto picked Moscow to meet "
      "Vladimir Putin.");
  CHECK(e.count("Ruto meets Macron"));
  CHECK(e.count("Ruto meets Putin"));
  CHECK_FALSE(e.count("China meets Macron"));
  CHECK_FALSE(e.count("Russia meets Putin"));
}

TEST_CASE("'à' + a state without article is a meeting's venue", "[extract]") {
  const auto e = Edges(
      "Trêve en mer de Chine\n\n"
      "Réunis jeudi à Singapour, les négociateurs ont accepté une trêve, a indiqué Antony "
      "Blinken.");
  CHECK_FALSE(e.count("Blinken meets Singapore"));
  CHECK_FALSE(e.count("Singapore meets Blinken"));
}

TEST_CASE("'X, dit « Y »' gives a nickname, not a speaker", "[extract]") {
  const auto x = kzgraph::testing::ExtractText(
      "Soudan : les médiateurs insistent\n\n"
      "Réunis à Djibouti, les médiateurs ont proposé une rencontre avec Mohamed Hamdan Daglo, "
      "dit « Hemedti », et le chef de l'armée.");
  for (const auto& r : x.relations) {
    CHECK_FALSE((r.subject == "Hemedti" && r.predicate == "meets" && r.object == "Djibouti"));
  }
  // Reported words after a closing quotation mark keep their speaker.
  const auto quoted = Edges(
      "Soudan : les FSR menacent\n\n"
      "« Nous accusons le Tchad de soutenir nos ennemis », dit Hemedti.");
  CHECK(quoted.count("Hemedti accuses Chad"));
}

TEST_CASE("a relative's verb takes its head, not the speaker, as subject",
          "[extract]") {
  const auto e = Edges(
      "Tensions dans la région\n\n"
      "Le président kényan William Ruto a dénoncé les violences. Il condamne les attaques et "
      "annonce son retrait de la commission régionale, qui réunit depuis 2015 l'Ouganda, la "
      "Tanzanie et le Burundi.");
  CHECK_FALSE(e.count("Ruto meets Uganda"));
  CHECK_FALSE(e.count("Ruto meets Tanzania"));
  CHECK_FALSE(e.count("Ruto meets Burundi"));
  CHECK(e.count("Ruto leads Kenya"));
}

TEST_CASE("help asked for as a verb after its object pronoun", "[extract]") {
  const auto e = Edges(
      "Le Kenya cherche des appuis\n\n"
      "Le Kenya a demandé aux autorités chinoises de l'aider. Le Tchad n'a pas demandé au "
      "Soudan de l'aider.");
  CHECK(e.count("Kenya requests_aid China"));
  CHECK_FALSE(e.count("Chad requests_aid Sudan"));  // negated
}

TEST_CASE("a quoted French first person is the speaker", "[extract]") {
  const auto e = Edges(
      "Le Kenya cherche des appuis\n\n"
      "« J'ai demandé aux autorités turques de nous aider », a expliqué William Ruto. "
      "« Je n'ai jamais demandé à la Russie de nous aider », a ajouté Bola Tinubu.");
  CHECK(e.count("Ruto requests_aid Turkey"));
  CHECK_FALSE(e.count("Tinubu requests_aid Russia"));
}

TEST_CASE("'the latter', 'cette dernière' stand for the state named last",
          "[extract]") {
  const auto en = Edges(
      "Lake Victoria row\n\n"
      "Kenya criticized Uganda and Tanzania. The latter responded by accusing Nairobi.");
  CHECK(en.count("Tanzania accuses Kenya"));
  CHECK_FALSE(en.count("Uganda accuses Kenya"));
  const auto fr = Edges(
      "Querelle au Sahel\n\n"
      "Le Tchad a critiqué le Soudan et la Libye. Cette dernière a accusé le Niger de complicité. "
      "Le Kenya a critiqué la Tanzanie et l'Ouganda. Ce dernier a accusé le Burundi.");
  CHECK(fr.count("Libya accuses Niger"));
  CHECK_FALSE(fr.count("Sudan accuses Niger"));
  CHECK(fr.count("Uganda accuses Burundi"));
  CHECK_FALSE(fr.count("Tanzania accuses Burundi"));
  // A gender that fits no state named last: no guess.
  const auto none = Edges(
      "Querelle au Sahel\n\n"
      "Le Tchad a critiqué la Libye. Ce dernier a accusé le Niger de complicité.");
  CHECK_FALSE(none.count("Libya accuses Niger"));
}

TEST_CASE("an actor after 'except' is left out of the subject", "[extract]") {
  const auto e = Edges(
      "NATO split\n\n"
      "Ministers met in Brussels on Monday. All NATO members except Hungary backed Ukraine.");
  CHECK_FALSE(e.count("Hungary supports Ukraine"));
  CHECK(e.count("NATO supports Ukraine"));
  const auto plain = Edges(
      "NATO split\n\n"
      "Ministers met in Brussels on Monday. Hungary backed Russia.");
  CHECK(plain.count("Hungary supports Russia"));
}

TEST_CASE("a coordinated verb never takes the earlier verb's object as subject",
          "[extract]") {
  const auto unnamed = Edges(
      "Ankara raises the stakes\n\n"
      "On Monday a senior diplomat said the dispute was over but cautioned Greece against "
      "provocations, and warned the European Union to stay out.");
  CHECK_FALSE(unnamed.count("Greece warns EU"));
  // A named subject is still shared by both verbs.
  const auto named = Edges(
      "Ankara raises the stakes\n\n"
      "Kenya criticized Uganda and warned Tanzania.");
  CHECK(named.count("Kenya criticizes Uganda"));
  CHECK(named.count("Kenya warns Tanzania"));
  const auto fr = Edges(
      "Bamako hausse le ton\n\n"
      "Le Mali a critiqué la France et mis en garde l'Algérie.");
  CHECK(fr.count("Mali warns Algeria"));
  CHECK_FALSE(fr.count("France warns Algeria"));
}

TEST_CASE("'et plus largement', 'and above all' join a second conjunct",
          "[extract]") {
  const auto fr = Edges(
      "Bamako hausse le ton\n\n"
      "Le Mali accuse la France, et plus largement l'Union européenne, de soutenir les "
      "rebelles.");
  CHECK(fr.count("Mali accuses France"));
  CHECK(fr.count("Mali accuses EU"));
  const auto en = Edges(
      "Bamako raises the stakes\n\n"
      "Mali accused France, and above all the European Union, of backing the rebels.");
  CHECK(en.count("Mali accuses France"));
  CHECK(en.count("Mali accuses EU"));
  // A new clause after the conjunction keeps its own subject.
  const auto clause = Edges(
      "Bamako raises the stakes\n\n"
      "Mali accused France of backing the rebels, and above all the European Union said "
      "nothing.");
  CHECK_FALSE(clause.count("Mali accuses EU"));
}
