// Recall of criticizes. Each construction is checked on
// actors and conflicts of its own, with negative cases.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

TEST_CASE("condemning a coup names the country it struck, not an earlier act's author",
          "[extract]") {
  SECTION("a coup after a sentence on someone's strikes") {
    const auto edges = Edges(
        "Tensions in West Africa\n\nThe Kenyan foreign ministry denounced the Israeli strikes on "
        "Lebanon.\n\nGhanaian President Nana Akufo-Addo condemned the coup in Burkina Faso.");
    CHECK(edges.count("Akufo-Addo criticizes Burkina Faso") > 0);
    CHECK(edges.count("Akufo-Addo criticizes Israel") == 0);
  }
  SECTION("a French coup d'État en Guinée") {
    const auto edges = Edges(
        "Crise régionale\n\nLe Maroc a dénoncé les frappes russes sur Kharkiv.\n\nLe Sénégal a "
        "condamné le coup d'État en Guinée.");
    CHECK(edges.count("Senegal criticizes Guinea") > 0);
    CHECK(edges.count("Senegal criticizes Russia") == 0);
  }
  SECTION("a coup in a place that is no country gives no edge") {
    const auto edges = Edges("Le Sénégal a condamné le coup de force à Conakry hier.");
    CHECK(edges.count("Senegal criticizes Guinea") == 0);
  }
}

TEST_CASE("an act named by its troops is their country's", "[extract]") {
  SECTION("English nationality before the troops") {
    const auto edges =
        Edges("The Turkish foreign ministry criticized the deployment of Iranian troops in Iraq.");
    CHECK(edges.count("Turkish Foreign Ministry criticizes Iran") > 0);
  }
  SECTION("French nationality after the troops") {
    const auto edges =
        Edges("Le Burundi a dénoncé l'envoi de soldats rwandais dans l'est de la RDC.");
    CHECK(edges.count("Burundi criticizes Rwanda") > 0);
  }
  SECTION("a negated condemnation gives no edge") {
    const auto edges =
        Edges("Le Burundi n'a pas dénoncé l'envoi de soldats rwandais dans l'est de la RDC.");
    CHECK(edges.count("Burundi criticizes Rwanda") == 0);
  }
  SECTION("praise of the deployment is no criticism") {
    const auto edges =
        Edges("The Iraqi government welcomed the deployment of Iranian troops in Basra.");
    CHECK_FALSE(HasPredicate(edges, "criticizes"));
  }
}

TEST_CASE("doubts with s'interroger sur criticize the act's owner", "[extract]") {
  SECTION("the role of an actor") {
    const auto edges = Edges("L'Algérie s'interroge sur le rôle de la Turquie en Libye.");
    CHECK(edges.count("Algeria criticizes Turkey") > 0);
  }
  SECTION("a place after the act is no target") {
    const auto edges = Edges("L'Algérie s'interroge sur le rôle de la Turquie en Libye.");
    CHECK(edges.count("Algeria criticizes Libya") == 0);
  }
}

TEST_CASE("a label of regret on a que/that clause criticizes its actor", "[extract]") {
  SECTION("French jugé « regrettable » que X") {
    const auto edges =
        Edges("Le Ghana a jugé « regrettable » que le Togo ferme sa frontière aux commerçants.");
    CHECK(edges.count("Ghana criticizes Togo") > 0);
  }
  SECTION("English found it unacceptable that X") {
    const auto edges = Edges(
        "Chilean President Gabriel Boric found it unacceptable that Nicaragua expelled the "
        "bishops.");
    CHECK(edges.count("Boric criticizes Nicaragua") > 0);
  }
  SECTION("a negated judgement gives no edge") {
    const auto edges = Edges("Le Ghana n'a pas jugé regrettable que le Togo ferme sa frontière.");
    CHECK(edges.count("Ghana criticizes Togo") == 0);
  }
  SECTION("a clause whose subject is no actor gives no edge") {
    const auto edges =
        Edges("Le Ghana a jugé regrettable que la frontière avec le Togo reste fermée.");
    CHECK(edges.count("Ghana criticizes Togo") == 0);
  }
}

TEST_CASE("calling on an actor to stop its own act criticizes it", "[extract]") {
  SECTION("English call on X to stop its act") {
    const auto edges =
        Edges("Kenya called on Ethiopia to stop its military buildup on the border.");
    CHECK(edges.count("Kenya criticizes Ethiopia") > 0);
  }
  SECTION("English urge X to stop doing") {
    const auto edges = Edges("Kenya urged Ethiopia to stop arming the rebels.");
    CHECK(edges.count("Kenya criticizes Ethiopia") > 0);
  }
  SECTION("French appeler X à arrêter ses") {
    const auto edges = Edges("L'Égypte a appelé l'Éthiopie à arrêter ses travaux sur le barrage.");
    CHECK(edges.count("Egypt criticizes Ethiopia") > 0);
  }
  SECTION("asking X to stop someone else's act is no criticism of X") {
    const auto edges = Edges("Kenya called on the African Union to stop the violence.");
    CHECK(edges.count("Kenya criticizes African Union") == 0);
  }
  SECTION("urged not to stop is no criticism") {
    const auto edges = Edges("Poland urged Germany not to stop its arms deliveries.");
    CHECK(edges.count("Poland criticizes Germany") == 0);
  }
}

TEST_CASE("questioning why an actor acted criticizes it", "[extract]") {
  SECTION("English questioned why X, past a time phrase") {
    const auto edges = Edges(
        "German Chancellor Olaf Scholz questioned on Tuesday why Hungary needed more Russian "
        "gas.");
    CHECK(edges.count("Scholz criticizes Hungary") > 0);
  }
  SECTION("French contester pourquoi X") {
    const auto edges =
        Edges("Le Kenya a contesté pourquoi l'Éthiopie avait fermé la frontière commune.");
    CHECK(edges.count("Kenya criticizes Ethiopia") > 0);
  }
  SECTION("a negated question gives no edge") {
    const auto edges = Edges("Kenya did not question why Ethiopia closed the border.");
    CHECK(edges.count("Kenya criticizes Ethiopia") == 0);
  }
  SECTION("a clause about no actor gives no edge") {
    const auto edges = Edges("Kenya questioned why the border with Ethiopia was closed.");
    CHECK(edges.count("Kenya criticizes Ethiopia") == 0);
  }
}

TEST_CASE("doubting an actor's ability or sincerity criticizes it", "[extract]") {
  SECTION("French douter de la capacité de X") {
    const auto edges =
        Edges("Le Kenya doute de la capacité de l'Éthiopie à tenir ses engagements.");
    CHECK(edges.count("Kenya criticizes Ethiopia") > 0);
  }
  SECTION("English cast doubt on X's sincerity") {
    const auto edges = Edges("Kenya cast doubt on Ethiopia's sincerity in the talks.");
    CHECK(edges.count("Kenya criticizes Ethiopia") > 0);
  }
  SECTION("no doubt is no criticism") {
    const auto edges =
        Edges("Le Kenya ne doute pas de la capacité de l'Éthiopie à organiser le scrutin.");
    CHECK(edges.count("Kenya criticizes Ethiopia") == 0);
  }
}

TEST_CASE("an act judged unacceptable in a que clause criticizes its author", "[extract]") {
  SECTION("French a estimé que la décision de X était inacceptable") {
    const auto edges = Edges(
        "Le Ghana a estimé que la décision du Togo de fermer sa frontière était « inacceptable ».");
    CHECK(edges.count("Ghana criticizes Togo") > 0);
  }
  SECTION("a label of praise is no criticism") {
    const auto edges = Edges("Le Ghana a estimé que la décision du Togo était courageuse.");
    CHECK(edges.count("Ghana criticizes Togo") == 0);
  }
  SECTION("a negated judgement gives no edge") {
    const auto edges = Edges("Le Ghana n'a pas estimé que la décision du Togo était inacceptable.");
    CHECK(edges.count("Ghana criticizes Togo") == 0);
  }
}

}  // namespace
}  // namespace kzgraph::testing
