// warns: warnings and threats issued, sent or repeated to an actor
// (triggers_warns_issued_threats.tsv). meets: guests one host met together
// meet one another (engine_frames_clause.cc), a conversation, "a eu X au
// téléphone", duration adverbs before the object, a nationality before a
// coordinated person's title (engine_args.cc Expand). Near misses: negation,
// a threat that is a danger, a message of another kind, guests met apart or
// of one state.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"

namespace {

const kzgraph::testing::EdgeCheck Says("2023-06-01");

}  // namespace

TEST_CASE("warnings sent, issued and repeated warn their addressee", "[extract][warns]") {
  CHECK(Says("Le président turc Recep Tayyip Erdogan a envoyé un avertissement à la Grèce.",
             "Erdogan warns Greece"));
  CHECK(Says("Le président turc Recep Tayyip Erdogan a émis une mise en garde contre la Grèce.",
             "Erdogan warns Greece"));
  CHECK(Says("Le président turc Recep Tayyip Erdogan a réitéré ses mises en garde à la Grèce.",
             "Erdogan warns Greece"));
  CHECK(Says("Le président turc Recep Tayyip Erdogan a renouvelé sa mise en garde à la Grèce.",
             "Erdogan warns Greece"));
  CHECK(Says("Turkish President Recep Tayyip Erdogan issued a veiled threat to Greece.",
             "Erdogan warns Greece"));
  CHECK(Says("Turkish President Recep Tayyip Erdogan made threats against Greece.",
             "Erdogan warns Greece"));
  CHECK(Says("Turkish President Recep Tayyip Erdogan reiterated his warning to Greece.",
             "Erdogan warns Greece"));
  CHECK(Says("Turkish President Recep Tayyip Erdogan threatened strikes on Syria.",
             "Erdogan warns Syria"));
}

TEST_CASE("warnings not sent, dangers and other messages warn no one", "[extract][warns]") {
  CHECK_FALSE(Says("Turkish President Recep Tayyip Erdogan did not issue a threat to Greece.",
                   "Erdogan warns Greece"));
  CHECK_FALSE(
      Says("Le président turc Recep Tayyip Erdogan n'a pas envoyé d'avertissement à la "
           "Grèce.",
           "Erdogan warns Greece"));
  CHECK_FALSE(
      Says("Le président turc Recep Tayyip Erdogan a envoyé un message de soutien à la "
           "Grèce.",
           "Erdogan warns Greece"));
  CHECK_FALSE(
      Says("Turkish President Recep Tayyip Erdogan said the drilling was a threat to "
           "Greece.",
           "Erdogan warns Greece"));
}

TEST_CASE("guests met together by one host meet one another", "[extract][meets]") {
  CHECK(
      Says("Le président angolais João Lourenço a reçu mardi à Luanda le président rwandais "
           "Paul Kagame et le président congolais Félix Tshisekedi.",
           "Kagame meets Tshisekedi"));
  CHECK(
      Says("Angolan President Joao Lourenco hosted Rwandan President Paul Kagame and "
           "Congolese President Felix Tshisekedi in Luanda.",
           "Kagame meets Tshisekedi"));
  // A nationality before the second person's title stays in the list.
  CHECK(
      Says("Angolan President Joao Lourenco hosted Rwandan President Paul Kagame and "
           "Congolese President Felix Tshisekedi in Luanda.",
           "Lourenco meets Tshisekedi"));
  CHECK_FALSE(
      Says("Angolan President Joao Lourenco met Rwandan President Paul Kagame and "
           "Congolese officials in Luanda.",
           "Lourenco meets DR Congo"));
  // A duration between the verb and its objects.
  CHECK(
      Says("Le président angolais João Lourenço a rencontré toute la nuit le président rwandais "
           "Paul Kagame et le président congolais Félix Tshisekedi.",
           "Kagame meets Tshisekedi"));
}

TEST_CASE("guests met apart, of one state or not met are no meeting", "[extract][meets]") {
  CHECK_FALSE(
      Says("Angolan President Joao Lourenco met Rwandan President Paul Kagame and then "
           "Congolese President Felix Tshisekedi.",
           "Kagame meets Tshisekedi"));
  CHECK_FALSE(
      Says("Le président angolais João Lourenço a reçu séparément le président rwandais "
           "Paul Kagame et le président congolais Félix Tshisekedi.",
           "Kagame meets Tshisekedi"));
  CHECK_FALSE(
      Says("Le président angolais João Lourenço n'a pas reçu le président rwandais Paul "
           "Kagame et le président congolais Félix Tshisekedi.",
           "Kagame meets Tshisekedi"));
}

TEST_CASE("a conversation and a person had on the phone are meetings", "[extract][meets]") {
  CHECK(
      Says("Dans la soirée, le président français Emmanuel Macron a eu le chancelier allemand "
           "Olaf Scholz au téléphone.",
           "Macron meets Scholz"));
  CHECK_FALSE(
      Says("Le président français Emmanuel Macron n'a pas eu le chancelier allemand Olaf "
           "Scholz au téléphone.",
           "Macron meets Scholz"));
  CHECK(
      Says("Le président français Emmanuel Macron a eu une conversation avec le chancelier "
           "allemand Olaf Scholz.",
           "Macron meets Scholz"));
  CHECK_FALSE(
      Says("Le président français Emmanuel Macron n'a pas eu de conversation avec le "
           "chancelier allemand Olaf Scholz.",
           "Macron meets Scholz"));
  // "EU" is no form of "avoir": the object of an English verb stays.
  CHECK(Says("Foreign Minister Sergei Lavrov met EU officials and criticised the EU.",
             "Lavrov criticizes EU"));
}

// engine_frames.cc / engine_frames_clause.cc: a warning with only a
// that-clause, sharing the auxiliary of a verb of blame (or, after "mais",
// "but", of praise) before it, warns that verb's object or the author of the
// act it names.
TEST_CASE("a gapped warning that-clause warns the earlier verb's target", "[extract][warns]") {
  CHECK(
      Says("Le ministre britannique des Affaires étrangères David Cameron a salué jeudi "
           "l'annonce de l'Iran mais averti qu'elle devait être suivie d'actes.",
           "Cameron warns Iran"));
  CHECK(
      Says("Le ministre britannique des Affaires étrangères David Cameron a critiqué un "
           "recours « excessif » à la force par l'Iran et prévenu que les relations en "
           "pâtiraient.",
           "Cameron warns Iran"));
  CHECK(
      Says("British Foreign Secretary David Cameron condemned Iran and warned that relations "
           "would suffer.",
           "Cameron warns Iran"));
  CHECK_FALSE(
      Says("Le ministre britannique des Affaires étrangères David Cameron a salué "
           "l'annonce de l'Iran mais n'a pas averti que la paix restait fragile.",
           "Cameron warns Iran"));
  CHECK_FALSE(
      Says("Le ministre britannique des Affaires étrangères David Cameron a rencontré son "
           "homologue iranien et averti que la paix restait fragile.",
           "Cameron warns Iran"));
  CHECK_FALSE(
      Says("British Foreign Secretary David Cameron brushed off mounting pressure from "
           "Iran and warned that London would not give in.",
           "Cameron warns Iran"));
}
