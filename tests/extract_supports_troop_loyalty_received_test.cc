// Backers named through troops and support received (src/extract/engine_args.cc
// Engine::Agent, triggers_supports_received_backing.tsv): "backed by units
// loyal to X", "appuyée par les paramilitaires de Wagner", "received the full
// backing of X", "a reçu le plein soutien de X". Near-misses: troops with no
// body named, negation, a question, a plan rather than an actor receiving.
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
bool AnySupport(const char* text) { return HasPredicate(Edges(text, "2023-06-01"), "supports"); }
}  // namespace

TEST_CASE("the body troops are loyal to or belong to backs the one they back", "[extract]") {
  CHECK(Says("The Houthis, backed by army units loyal to Ali Abdullah Saleh, seized the port.",
             "Ali Abdullah Saleh supports Houthis"));
  CHECK(Says("Les Houthis, appuyés par des unités de l'armée fidèles à Ali Abdallah Saleh, ont "
             "pris le port.",
             "Ali Abdullah Saleh supports Houthis"));
  CHECK(Says("L'armée centrafricaine, appuyée par les paramilitaires russes de Wagner, a repris "
             "Bambari.",
             "Wagner supports FACA"));
}

TEST_CASE("troops with no body named give no backer", "[extract]") {
  CHECK_FALSE(AnySupport("The Houthis, backed by army units, seized the port."));
  CHECK_FALSE(AnySupport("Les Houthis, appuyés par des unités de l'armée, ont pris le port."));
  CHECK_FALSE(
      AnySupport("The Houthis, backed into a corner by units loyal to Saleh, retreated."));
}

TEST_CASE("support received names its giver past an intensifier", "[extract]") {
  CHECK(Says("Serbia received the full backing of Russia.", "Russia supports Serbia"));
  CHECK(Says("La Serbie a reçu le plein soutien de la Russie.", "Russia supports Serbia"));
}

TEST_CASE("support not received or received by a text gives no edge", "[extract]") {
  CHECK_FALSE(AnySupport("Serbia did not receive the backing of Russia."));
  CHECK_FALSE(AnySupport("La Serbie n'a pas reçu le soutien de la Russie."));
  CHECK_FALSE(AnySupport("Did Serbia win the strong backing of Russia?"));
  CHECK_FALSE(AnySupport("La Serbie a-t-elle obtenu le soutien de la Russie ?"));
  CHECK_FALSE(AnySupport("The resolution received the full backing of Russia."));
  CHECK_FALSE(AnySupport("La résolution a reçu le plein soutien de la Russie."));
}

TEST_CASE("sponsoring names a backer", "[extract]") {
  CHECK(Says("Le Rwanda, principal parrain du M23, a démenti.", "Rwanda supports M23"));
  CHECK(Says("Iran, Hezbollah's main sponsor, denied it.", "Iran supports Hezbollah"));
  CHECK(Says("Russia, a key sponsor of Serbia, denied it.", "Russia supports Serbia"));
}

TEST_CASE("armed groups, a sponsored text and a sponsored event name no backer", "[extract]") {
  CHECK_FALSE(AnySupport("Les groupes armés ont été attaqués par la Russie."));
  CHECK_FALSE(AnySupport("Ukraine's armed forces were attacked by Russia."));
  CHECK_FALSE(AnySupport("La France, parrain de la résolution, a voté pour."));
  CHECK_FALSE(AnySupport("France, a sponsor of the resolution, voted for it."));
  CHECK_FALSE(AnySupport("Le Qatar, parrain du sommet, a accueilli les délégations."));
}

TEST_CASE("backers named alongside a backer or in a plural apposition back too", "[extract]") {
  CHECK(Says("Qatar, Hamas's main backer alongside Iran and Turkey, denied it.",
             "Turkey supports Hamas"));
  CHECK(Says("Qatar, Hamas's main backer along with Iran, denied it.", "Iran supports Hamas"));
  CHECK(Says("Iran and Turkey, Hamas's main backers, denied it.", "Iran supports Hamas"));
  CHECK(Says("Iran and Turkey, Hamas's main backers, denied it.", "Turkey supports Hamas"));
}

TEST_CASE("a singular backer noun keeps its own head", "[extract]") {
  CHECK_FALSE(Says("Iran and Turkey, Hamas's main backer, denied it.", "Iran supports Hamas"));
  CHECK_FALSE(Says("Qatar, Hamas's main backer, met Iran.", "Iran supports Hamas"));
}

TEST_CASE("French supporter nouns share the backing with a plural list or alongside", "[extract]") {
  CHECK(Says("Le Qatar et la Turquie, fervents soutiens du Hamas, ont démenti.",
             "Qatar supports Hamas"));
  CHECK(Says("Le Qatar, principal soutien du Hamas aux côtés de l'Iran, a démenti.",
             "Iran supports Hamas"));
  CHECK(Says("L'Égypte et la Russie, détracteurs de la Turquie, ont protesté.",
             "Egypt criticizes Turkey"));
  CHECK_FALSE(Says("Le Qatar et la Turquie, fervent soutien du Hamas, ont démenti.",
                   "Qatar supports Hamas"));
  CHECK_FALSE(Says("Iran and Turkey, Hamas's backer, denied it.", "Iran supports Hamas"));
}
