// Readings that give no edge (engine_args.cc Blocked, engine_checks_governed_kin_account.cc,
// schema/lexicon/triggers_vetoes_avoidance_rumours_plans.tsv): an act avoided,
// opposed, "far from" done, denied by a "ni ... ni"/"neither ... nor" subject,
// unconfirmed, or a plan the negation denies; a holder to come; the head of a
// state's delegation; a criticism "from" its holder. Each with the plain act
// beside it, which still gives its edge.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("precision: an act avoided or opposed gives no edge", "[extract][precision]") {
  CHECK(Edges("Brazil's president avoided criticising Vladimir Putin at the summit.", "2023-02-24")
            .count("Lula criticizes Putin") == 0);
  CHECK(Edges("Le chef de l'État brésilien a évité de critiquer Vladimir Poutine.", "2023-02-24")
            .count("Lula criticizes Putin") == 0);
  CHECK(Edges("Guterres stopped short of blaming Israel for the strike.", "2023-10-10")
            .count("Guterres accuses Israel") == 0);
  CHECK(Edges("Guterres s'est gardé d'accuser Israël de la frappe.", "2023-10-10")
            .count("Guterres accuses Israel") == 0);
  CHECK(Edges("Robert Fico opposed sending more military aid to Ukraine.", "2024-03-01")
            .count("Fico supports Ukraine") == 0);
  // the plain act
  CHECK(Edges("Lula criticised Vladimir Putin at the summit.", "2023-02-24")
            .count("Lula criticizes Putin") == 1);
  CHECK(Edges("Lula a critiqué Vladimir Poutine lors du sommet.", "2023-02-24")
            .count("Lula criticizes Putin") == 1);
}

TEST_CASE("precision: far from, loin de", "[extract][precision]") {
  CHECK(Edges("Hungary is far from supporting Ukraine's bid.", "2023-03-10")
            .count("Hungary supports Ukraine") == 0);
  CHECK(Edges("La Hongrie est loin de soutenir l'Ukraine.", "2023-03-10")
            .count("Hungary supports Ukraine") == 0);
  CHECK(Edges("La Hongrie soutient l'Ukraine.", "2023-03-10").count("Hungary supports Ukraine") ==
        1);
}

TEST_CASE("precision: a negation in the coordinated subject", "[extract][precision]") {
  CHECK(Edges("Ni l'Arménie ni le Tadjikistan n'ont envoyé de troupes au Kazakhstan.", "2022-01-08")
            .count("Tajikistan sends_troops Kazakhstan") == 0);
  CHECK(Edges("Ni Paris ni Berlin n'ont accusé Moscou de l'explosion.", "2022-12-01")
            .count("Germany accuses Russia") == 0);
  CHECK(Edges("Neither Armenia nor Tajikistan sent troops to Kazakhstan.", "2022-01-08")
            .count("Tajikistan sends_troops Kazakhstan") == 0);
  CHECK(Edges("L'Arménie et le Tadjikistan ont envoyé des troupes au Kazakhstan.", "2022-01-08")
            .count("Tajikistan sends_troops Kazakhstan") == 1);
  CHECK(Edges("Armenia and Tajikistan sent troops to Kazakhstan.", "2022-01-08")
            .count("Tajikistan sends_troops Kazakhstan") == 1);
}

TEST_CASE("precision: unconfirmed reports and rumours", "[extract][precision]") {
  CHECK(Edges("North Korea has sent troops to Russia, according to unconfirmed reports.",
              "2024-10-20")
            .count("North Korea sends_troops Russia") == 0);
  CHECK(Edges("Selon des rumeurs, la Corée du Nord a envoyé des soldats en Russie.", "2024-10-20")
            .count("North Korea sends_troops Russia") == 0);
  CHECK(Edges("North Korea has sent troops to Russia, Seoul said.", "2024-10-20")
            .count("North Korea sends_troops Russia") == 1);
}

TEST_CASE("precision: a plan the negation denies", "[extract][precision]") {
  CHECK(Edges("Biden ne prévoit pas de s'entretenir avec Xi Jinping.", "2023-09-01")
            .count("Biden meets Xi Jinping") == 0);
  CHECK(Edges("L'Ukraine n'envisage pas de demander l'aide de l'OTAN.", "2022-02-26")
            .count("Ukraine requests_aid NATO") == 0);
  CHECK(Edges("Biden does not plan to meet Xi Jinping.", "2023-09-01")
            .count("Biden meets Xi Jinping") == 0);
  CHECK(Edges("Sweden is still waiting to become a member of NATO.", "2023-06-01")
            .count("Sweden member_of NATO") == 0);
  CHECK(Edges("Biden s'est entretenu avec Xi Jinping.", "2023-09-01")
            .count("Biden meets Xi Jinping") == 1);
}

TEST_CASE("precision: a holder to come, a delegation's head", "[extract][precision]") {
  CHECK(Edges("Mark Rutte, NATO's incoming secretary general, visited Kyiv.", "2024-07-05")
            .count("Rutte leads NATO") == 0);
  CHECK(Edges("Mark Rutte, futur secrétaire général de l'OTAN, s'est rendu à Kiev.", "2024-07-05")
            .count("Rutte leads NATO") == 0);
  CHECK(Edges("Mark Rutte, NATO's secretary general, visited Kyiv.", "2024-11-05")
            .count("Rutte leads NATO") == 1);
  CHECK(Edges("Kuleba led the Ukrainian delegation to the talks.", "2023-06-20")
            .count("Kuleba leads Ukraine") == 0);
}

TEST_CASE("precision: criticism from its holder", "[extract][precision]") {
  const auto e = Edges("Erdogan answered criticism from Sweden over the Kurds.", "2022-05-20");
  CHECK(e.count("Erdogan criticizes Sweden") == 0);
  CHECK(e.count("Sweden criticizes Erdogan") == 1);
}

TEST_CASE("precision: accuser in its senses of acknowledging and showing", "[extract][precision]") {
  CHECK(Edges("Le Kazakhstan a accusé réception de la note diplomatique de la Russie.", "2022-01-12")
            .count("Kazakhstan accuses Russia") == 0);
  CHECK(Edges("Moscou a accusé le coup après les sanctions de l'Union européenne.", "2023-02-01")
            .count("Russia accuses EU") == 0);
  CHECK(Edges("Le Kazakhstan a accusé la Russie d'ingérence.", "2022-01-12")
            .count("Kazakhstan accuses Russia") == 1);
}

TEST_CASE("precision: a military attack on a state is no criticism of it", "[extract][precision]") {
  // "attack on" is a criticism only when the wording makes it one of words.
  CHECK(Edges("Iran's attack on Israel killed nobody.", "2024-04-14")
            .count("Iran criticizes Israel") == 0);
  CHECK(Edges("The Iranian attack on Israel was condemned.", "2024-04-14")
            .count("Iran criticizes Israel") == 0);
  CHECK(Edges("Donald Trump launched a scathing attack on NATO.", "2024-02-11")
            .count("Trump criticizes NATO") == 1);
  CHECK(Edges("Macron's verbal attack on Erdogan angered Ankara.", "2020-10-25")
            .count("Macron criticizes Erdogan") == 1);
}
