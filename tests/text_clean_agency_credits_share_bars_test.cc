// Page cleaning: lines crediting news agencies and share bars naming social
// networks are chrome, never mentions of the agency or the network; prose
// that names them stays.
#include <catch2/catch.hpp>
#include <string>

#include "kzgraph/graph.h"
#include "text/text.h"

using namespace kzgraph;

namespace {

std::string Kept(const std::string& page) {
  Article article;
  article.text = page;
  text::Document doc;
  text::Analyze(article, &doc);
  std::string all;
  for (const Sentence& s : doc.sentences) all += text::SpanText(article, doc, s.span) + "\n";
  return all;
}

const std::string kTitle = "Le Tchad suspend sa coopération militaire avec son voisin\n\n";
const std::string kProse =
    "Le gouvernement a annoncé mardi la suspension de tous les accords de défense signés "
    "depuis dix ans, invoquant des violations répétées de sa souveraineté.\n\n"
    "Les soldats étrangers devront quitter le pays avant la fin du mois, selon le texte.\n\n";

}  // namespace

TEST_CASE("Lines crediting news agencies are bylines", "[text]") {
  for (const char* credit :
       {"La rédaction de Tchad Matin avec AFP", "Avec l'Agence France-Presse et Reuters",
        "Par la rédaction internationale de Sahel Hebdo (avec AFP et Reuters)", "(AFP-Reuters)",
        "Dépêche – AFP/Rédaction", "Staff writers, with agencies", "Photo Reuters"}) {
    INFO(credit);
    const std::string kept = Kept(kTitle + credit + "\n\n" + kProse);
    CHECK(kept.find(credit) == std::string::npos);
    CHECK(kept.find("devront quitter") != std::string::npos);
  }
  // Near miss: prose that quotes an agency keeps it.
  const std::string prose = "Le ministre a confié à l'AFP, avec Reuters, qu'il partirait demain.";
  CHECK(Kept(kTitle + kProse + prose + "\n").find("confié à l'AFP") != std::string::npos);
}

TEST_CASE("Share bars naming social networks are dropped", "[text]") {
  for (const char* bar : {"Partager sur Facebook · WhatsApp · LinkedIn",
                          "Écouter (02:41) | Partager : Facebook X WhatsApp",
                          "Share: Facebook · X · Telegram", "Suivez-nous sur WhatsApp"}) {
    INFO(bar);
    CHECK(Kept(kTitle + kProse + bar + "\n\n" + kProse).find(bar) == std::string::npos);
  }
  // Near miss: a network named in prose stays.
  const std::string prose = "Les autorités ont bloqué Facebook et WhatsApp pendant trois jours.";
  CHECK(Kept(kTitle + kProse + prose + "\n").find("bloqué Facebook") != std::string::npos);
}

TEST_CASE("Correspondents' signatures, tickers and taglines are dropped", "[text]") {
  for (const char* line :
       {"Awa Diop (Bamako, correspondante)", "Flash : la finale reportée à dimanche",
        "Independent news from Chad, Niger and Mali", "Sahel Infos - L'actualité vue de Niamey"}) {
    INFO(line);
    CHECK(Kept(kTitle + kProse + line + "\n\n" + kProse).find(line) == std::string::npos);
  }
  // Near miss: prose naming a correspondent ends like a sentence and stays.
  const std::string prose = "Notre correspondante à Bamako a vu les blindés entrer dans la ville.";
  CHECK(Kept(kTitle + kProse + prose + "\n").find("Notre correspondante") != std::string::npos);
}
