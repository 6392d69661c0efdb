// Issue 3: the trigger vocabulary of news writing (schema/lexicon/
// triggers_news.tsv). For each relation, a sample of the new French and
// English wordings gives its edge, and the negated, hypothetical or denied
// twin gives none: the existing blocks hold for the new entries.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
const kzgraph::testing::PredicateCheck AnyOf("2023-06-01");
}  // namespace

TEST_CASE("criticism verbs and idioms of news writing", "[extract][lexicon]") {
  CHECK(Says("Emmanuel Macron a épinglé Vladimir Poutine.", "Macron criticizes Putin"));
  CHECK(Says("Moscou a vivement dénigré l'OTAN.", "Russia criticizes NATO"));
  CHECK(Says("La France a désavoué le Mali.", "France criticizes Mali"));
  CHECK(Says("Le Kremlin s'est indigné des déclarations de Joe Biden.", "Russia criticizes Biden"));
  CHECK(Says("Vladimir Poutine a tiré à boulets rouges sur l'OTAN.", "Putin criticizes NATO"));
  CHECK(Says("Russia lambasted the United States.", "Russia criticizes United States"));
  CHECK(Says("Germany hit out at Russia.", "Germany criticizes Russia"));
  CHECK(Says("The Kremlin took aim at the European Union.", "Russia criticizes EU"));
  CHECK(Says("Biden took Russia to task.", "Biden criticizes Russia"));
  CHECK(Says("France took issue with Russia.", "France criticizes Russia"));
  CHECK_FALSE(AnyOf("Emmanuel Macron n'a pas épinglé Vladimir Poutine.", "criticizes"));
  CHECK_FALSE(AnyOf("La Chine pourrait désavouer la Russie.", "criticizes"));
  CHECK_FALSE(
      AnyOf("Le Kremlin ne s'est pas indigné des déclarations de Joe Biden.", "criticizes"));
  CHECK_FALSE(AnyOf("Germany did not hit out at Russia.", "criticizes"));
  CHECK_FALSE(AnyOf("France would take issue with Russia.", "criticizes"));
  // "take" means criticism only with "to task".
  CHECK_FALSE(AnyOf("Biden took Russia's offer seriously.", "criticizes"));
}

TEST_CASE("support verbs, idioms and declarations", "[extract][lexicon]") {
  CHECK(Says("Le Kazakhstan s'est félicité de la décision de la Russie.",
             "Kazakhstan supports Russia"));
  CHECK(Says("La France a épaulé le Mali.", "France supports Mali"));
  CHECK(Says("La Chine a pris la défense de la Russie.", "China supports Russia"));
  CHECK(Says("Le Belarus s'est rangé du côté de la Russie.", "Belarus supports Russia"));
  CHECK(Says("Les États-Unis ont exprimé leur soutien à l'Ukraine.",
             "United States supports Ukraine"));
  CHECK(Says("Germany rallied behind Ukraine.", "Germany supports Ukraine"));
  CHECK(Says("France voiced support for Ukraine.", "France supports Ukraine"));
  CHECK(Says("Britain lent its support to Ukraine.", "United Kingdom supports Ukraine"));
  CHECK(Says("Turkey came out in support of Azerbaijan.", "Turkey supports Azerbaijan"));
  CHECK_FALSE(
      AnyOf("Le Kazakhstan ne s'est pas félicité de la décision de la Russie.", "supports"));
  CHECK_FALSE(AnyOf("La France pourrait épauler le Mali.", "supports"));
  CHECK_FALSE(AnyOf("Germany did not rally behind Ukraine.", "supports"));
  // A stance noun under a negated or hypothetical verb is no stance.
  CHECK_FALSE(AnyOf("Britain could lend its support to Ukraine.", "supports"));
  CHECK_FALSE(AnyOf("France did not voice support for Ukraine.", "supports"));
  CHECK_FALSE(AnyOf("La France n'a pas apporté son soutien au Mali.", "supports"));
}

TEST_CASE("blame shifted, pointed at or suspected is an accusation", "[extract][lexicon]") {
  CHECK(Says("La Russie a rejeté la responsabilité sur l'Ukraine.", "Russia accuses Ukraine"));
  CHECK(Says("Le Kremlin a pointé du doigt les États-Unis.", "Russia accuses United States"));
  CHECK(Says("Moscou voit la main de Washington dans ces violences.",
             "Russia accuses United States"));
  CHECK(Says("Les accusations de la Russie contre l'OTAN se multiplient.", "Russia accuses NATO"));
  CHECK(Says("Russia pinned the blame on Ukraine.", "Russia accuses Ukraine"));
  CHECK(Says("The Kremlin laid the blame on the United States.", "Russia accuses United States"));
  CHECK(Says("Kyiv suspects Russia of sabotage.", "Ukraine accuses Russia"));
  CHECK_FALSE(AnyOf("Le Kremlin a nié avoir pointé du doigt les États-Unis.", "accuses"));
  CHECK_FALSE(AnyOf("Moscou ne voit pas la main de Washington dans ces violences.", "accuses"));
  CHECK_FALSE(AnyOf("Russia denied that it pinned the blame on Ukraine.", "accuses"));
  CHECK_FALSE(AnyOf("Kyiv does not suspect Russia of sabotage.", "accuses"));
}

TEST_CASE("ultimatums, summons and calls to order are warnings", "[extract][lexicon]") {
  CHECK(Says("Washington a sommé Moscou de retirer ses troupes.", "United States warns Russia"));
  CHECK(Says("L'OTAN a lancé un avertissement à la Russie.", "NATO warns Russia"));
  CHECK(Says("Paris a adressé un ultimatum au Mali.", "France warns Mali"));
  CHECK(Says("La France a rappelé la Russie à l'ordre.", "France warns Russia"));
  CHECK(Says("Biden issued a warning to Russia.", "Biden warns Russia"));
  CHECK(Says("Washington put Moscow on notice.", "United States warns Russia"));
  CHECK_FALSE(AnyOf("L'OTAN n'a pas lancé d'avertissement à la Russie.", "warns"));
  CHECK_FALSE(AnyOf("Washington pourrait sommer Moscou de retirer ses troupes.", "warns"));
  CHECK_FALSE(AnyOf("NATO did not issue a warning to Russia.", "warns"));
  // "put" warns only with "on notice".
  CHECK_FALSE(AnyOf("Washington put Moscow's proposal on the agenda.", "warns"));
}

TEST_CASE("visits, negotiations and calls are meetings", "[extract][lexicon]") {
  CHECK(Says("Antony Blinken a rendu visite à Volodymyr Zelensky.", "Blinken meets Zelensky"));
  CHECK(Says("Emmanuel Macron s'est rendu auprès de Vladimir Poutine.", "Macron meets Putin"));
  CHECK(Says("Tokaïev a échangé avec Poutine par téléphone.", "Tokayev meets Putin"));
  CHECK(Says("Macron a eu une entrevue avec Poutine.", "Macron meets Putin"));
  CHECK(Says("Blinken conferred with Lavrov.", "Blinken meets Lavrov"));
  CHECK(Says("Biden sat down with Xi Jinping.", "Biden meets Xi Jinping"));
  CHECK(Says("Biden had a call with Putin.", "Biden meets Putin"));
  CHECK_FALSE(AnyOf("Antony Blinken n'a pas rendu visite à Volodymyr Zelensky.", "meets"));
  CHECK_FALSE(AnyOf("Le Kazakhstan refuse de négocier avec la Russie.", "meets"));
  CHECK_FALSE(AnyOf("Biden would not sit down with Xi Jinping.", "meets"));
}

TEST_CASE("turning to, begging and asking requests for help", "[extract][lexicon]") {
  CHECK(Says("Le Kazakhstan s'est tourné vers la Russie pour obtenir de l'aide.",
             "Kazakhstan requests_aid Russia"));
  CHECK(Says("Le Mali a imploré l'aide de la Russie.", "Mali requests_aid Russia"));
  CHECK(Says("La demande de soutien du Kazakhstan à l'OTSC a été acceptée.",
             "Kazakhstan requests_aid CSTO"));
  CHECK(
      Says("Ukraine begged the United States for weapons.", "Ukraine requests_aid United States"));
  CHECK_FALSE(AnyOf("Le Kazakhstan ne s'est pas tourné vers la Russie pour obtenir de l'aide.",
                    "requests_aid"));
  CHECK_FALSE(AnyOf("Ukraine did not beg the United States for weapons.", "requests_aid"));
}

TEST_CASE("redeployed, committed or shipped troops are sent", "[extract][lexicon]") {
  CHECK(Says("La Russie a redéployé des troupes au Kazakhstan.", "Russia sends_troops Kazakhstan"));
  CHECK(Says("La France a projeté des soldats au Mali.", "France sends_troops Mali"));
  CHECK(Says("Britain committed troops to Estonia.", "United Kingdom sends_troops Estonia"));
  CHECK(Says("Russia shipped troops to Belarus.", "Russia sends_troops Belarus"));
  CHECK_FALSE(AnyOf("La Russie n'a pas redéployé de troupes au Kazakhstan.", "sends_troops"));
  CHECK_FALSE(AnyOf("Britain would commit troops to Estonia.", "sends_troops"));
  CHECK_FALSE(AnyOf("Russia did not ship troops to Belarus.", "sends_troops"));
}

TEST_CASE("governing, ruling and belonging", "[extract][lexicon]") {
  CHECK(Says("Kassym-Jomart Tokaïev gouverne le Kazakhstan.", "Tokayev leads Kazakhstan"));
  CHECK(Says("Vladimir Poutine règne sur la Russie.", "Putin leads Russia"));
  CHECK(Says("Xi Jinping rules China.", "Xi Jinping leads China"));
  CHECK(Says("L'Arménie appartient à l'OTSC.", "Armenia member_of CSTO"));
  CHECK(Says("La France siège au Conseil de sécurité.", "France member_of UN Security Council"));
  CHECK(Says("Le Kazakhstan est un pays membre de l'OTSC.", "Kazakhstan member_of CSTO"));
  CHECK(Says("Armenia belongs to the CSTO.", "Armenia member_of CSTO"));
  CHECK(Says("Russia is a permanent member of the UN Security Council.",
             "Russia member_of UN Security Council"));
  // A holder unknown to the dictionary: only the negated verb could say it.
  CHECK_FALSE(AnyOf("Arman Seitkaliev ne gouverne pas le Kazakhstan.", "leads"));
  CHECK_FALSE(AnyOf("L'Arménie n'appartient pas à l'OTSC.", "member_of"));
  CHECK_FALSE(AnyOf("Armenia does not belong to the CSTO.", "member_of"));
  // "ruling" is an adjective, not a leader's verb.
  CHECK_FALSE(
      Says("Burhan heads Sudan's ruling Sovereign Council.", "Sudan leads Sovereign Council"));
}

TEST_CASE("deputy ministers and envoys hold offices", "[extract][lexicon]") {
  CHECK(Says("Russian Deputy Foreign Minister Sergei Ryabkov met Wendy Sherman.",
             "Ryabkov official_of Russia"));
  CHECK(Says("Britain's chargé d'affaires in Moscow, Tom Dodd, was summoned.",
             "Tom Dodd official_of United Kingdom"));
}
