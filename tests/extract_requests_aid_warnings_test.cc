// Requests for help and warnings, with sentences of
// our own about several conflicts (positives and negatives).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("asking a court or security council to act asks its help", "[extract]") {
  CHECK(Edges("Kinshasa a demandé au Conseil de sécurité de l'ONU de sanctionner le Rwanda.")
            .count("DR Congo requests_aid UN Security Council"));
  CHECK(Edges("Ukraine asked the International Court of Justice to order Russia to halt its "
              "invasion.")
            .count("Ukraine requests_aid ICJ"));
  // A state asked to withdraw is no helper, and the council asking is no asker.
  CHECK_FALSE(
      HasPredicate(Edges("Le Conseil de sécurité a demandé à la Russie de retirer ses troupes."),
                   "requests_aid"));
  CHECK_FALSE(HasPredicate(
      Edges("Les États-Unis ont demandé à la Russie de retirer ses troupes d'Ukraine."),
      "requests_aid"));
  CHECK_FALSE(HasPredicate(Edges("The EU urged Armenia and Azerbaijan to show restraint."),
                           "requests_aid"));
}

TEST_CASE("bringing a case before a court or council", "[extract]") {
  CHECK(Edges("Le Mali saisit le Conseil de sécurité de l'ONU.")
            .count("Mali requests_aid UN Security Council"));
  // A case before a court is litigation, not a request for help (the court
  // asked to act stays one: "asking a court ... to act" above).
  CHECK(Edges("Le Soudan a saisi la Cour internationale de justice contre les Émirats.")
            .count("Sudan requests_aid ICJ") == 0);
  CHECK(Edges("South Africa brought a case before the International Court of Justice.")
            .count("South Africa requests_aid ICJ") == 0);
  // Negated, or "saisir" as seizing things: nothing.
  CHECK_FALSE(HasPredicate(Edges("Le Mali n'a pas saisi le Conseil de sécurité."), "requests_aid"));
  CHECK_FALSE(
      HasPredicate(Edges("Les douaniers ont saisi des armes à la frontière."), "requests_aid"));
}

TEST_CASE("answering an actor's call for help makes the answerer the helper", "[extract]") {
  CHECK(Edges("La Russie a répondu à l'appel à l'aide du Kazakhstan.")
            .count("Kazakhstan requests_aid Russia"));
  CHECK(
      Edges("Russia answered Kazakhstan's call for help.").count("Kazakhstan requests_aid Russia"));
  CHECK(Edges("The CSTO granted Tokayev's request for assistance.")
            .count("Tokayev requests_aid CSTO"));
  // Never the answerer as asker; a call not answered names no helper.
  const auto refused = Edges("Moscow did not answer Kazakhstan's call for help.");
  CHECK_FALSE(refused.count("Kazakhstan requests_aid Russia"));
  CHECK_FALSE(refused.count("Russia requests_aid Kazakhstan"));
  CHECK_FALSE(HasPredicate(Edges("Armenia's request for help went unanswered."), "requests_aid"));
}

TEST_CASE("the English article 'a' is not French 'à' in a request", "[extract]") {
  // The one appealed to is quoted and unread: "a terrorist insurgency" after
  // "called" is no object (it was, before the fix).
  const auto edges = Edges(
      "Hassan Sheikh Mohamud said he had turned to \"the heads of the African Union states\" for "
      "help in defeating what he called a terrorist insurgency.");
  for (const std::string& e : edges) CHECK(e.find("requests_aid terrorists") == std::string::npos);
  CHECK(edges.count("Hassan Sheikh Mohamud accuses terrorists"));
  // The article right after "to" still introduces the one appealed to.
  CHECK(Edges("Tajikistan appealed to a Russia-led military alliance for help. The CSTO met "
              "on Monday.",
              "2022-09-14")
            .count("Tajikistan requests_aid CSTO"));
}

TEST_CASE("requests that are offers, demands or denials give no requests_aid", "[extract]") {
  CHECK_FALSE(HasPredicate(Edges("La Russie a proposé son aide au Kazakhstan."), "requests_aid"));
  CHECK_FALSE(HasPredicate(Edges("Moscow offered to help Kazakhstan."), "requests_aid"));
  CHECK_FALSE(
      HasPredicate(Edges("Le Mali n'a jamais demandé l'aide de la Russie."), "requests_aid"));
  CHECK_FALSE(HasPredicate(Edges("Bamako a démenti avoir sollicité l'appui de la Russie."),
                           "requests_aid"));
  CHECK_FALSE(HasPredicate(Edges("Kazakhstan denied that it had requested Russian troops."),
                           "requests_aid"));
  CHECK_FALSE(
      HasPredicate(Edges("The United Nations called on Rwanda to withdraw its troops from Congo."),
                   "requests_aid"));
  // The inventory still reads plain requests both ways.
  CHECK(Edges("Haïti a réclamé des renforts à l'ONU.").count("Haiti requests_aid UN"));
  CHECK(Edges("Rwanda deployed troops at the request of Mozambique.")
            .count("Mozambique requests_aid Rwanda"));
  CHECK(Edges("Armenia sought military help from Russia.").count("Armenia requests_aid Russia"));
}

TEST_CASE("told an addressee it would face consequences warns it", "[extract]") {
  CHECK(Edges("Beijing told Washington it would face consequences.")
            .count("China warns United States"));
  CHECK(Edges("Ankara told Athens that it would pay a heavy price.").count("Turkey warns Greece"));
  // Negated cost, or no speaker: no warning.
  CHECK_FALSE(
      HasPredicate(Edges("Beijing told Washington it would not face consequences."), "warns"));
  CHECK_FALSE(HasPredicate(Edges("The WHO warned of a famine in Gaza."), "warns"));
  CHECK_FALSE(HasPredicate(Edges("La Russie n'a pas menacé la Finlande."), "warns"));
  CHECK_FALSE(HasPredicate(Edges("Le Kremlin a démenti avoir menacé la Pologne."), "warns"));
}

TEST_CASE("an appeal to an actor with no purpose after it asks for help", "[extract]") {
  CHECK(Edges("Mali appealed to Russia.").count("Mali requests_aid Russia"));
  CHECK(
      Edges("Somalia appealed to the African Union.").count("Somalia requests_aid African Union"));
  // A purpose after the one appealed to, or a negation: no request for help.
  CHECK_FALSE(HasPredicate(Edges("The pope appealed to Russia to end the war."), "requests_aid"));
  CHECK_FALSE(
      HasPredicate(Edges("The UN appealed to Russia and Ukraine for calm."), "requests_aid"));
  CHECK_FALSE(HasPredicate(Edges("Mali did not appeal to Russia."), "requests_aid"));
}

TEST_CASE("a body named through its leaders is the one asked", "[extract]") {
  CHECK(Edges("Pashinyan said he had turned to \"the heads of the CSTO states\" for help.")
            .count("Pashinyan requests_aid CSTO"));
  CHECK(Edges("Tokaïev a sollicité l'aide des dirigeants des États membres de l'OTSC.")
            .count("Tokayev requests_aid CSTO"));
  // Leaders of states, not of a body: no body asked through them.
  CHECK_FALSE(Edges("Tokayev asked the heads of the security services for help.")
                  .count("Tokayev requests_aid CSTO"));
}
