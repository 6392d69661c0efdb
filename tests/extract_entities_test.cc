// Entities: dictionary names, adjectives, metonyms, discovery, coreference,
// roles resolved by date, loader errors.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "extract/dictionary.h"
#include "extract/lexicon.h"
#include "extract/words.h"
#include "extract_test_util.h"

using kzgraph::testing::EntityIds;
using kzgraph::testing::ExtractText;
using namespace kzgraph;

TEST_CASE("SplitWords splits elisions, hyphens and keeps abbreviations", "[extract]") {
  std::string text = "M. Loukachenko accuse l’Occident, « dit-il » aux États-Unis.";
  std::vector<extract::Word> w;
  extract::SplitWords(text, {0, static_cast<uint32_t>(text.size())}, &w);
  std::vector<std::string> folds;
  for (const auto& x : w) folds.push_back(x.fold);
  CHECK(folds == std::vector<std::string>{"m", "loukachenko", "accuse", "l", "occident", ",", "<",
                                          "dit", "il", ">", "aux", "etats", "unis", "."});
  CHECK(w[0].abbrev);
  CHECK(w[3].elided);
  CHECK(w[8].hyphen_before);
  CHECK(extract::FoldPhrase("Kassym-Jomart Tokaïev") ==
        std::vector<std::string>{"kassym", "jomart", "tokaiev"});
}

TEST_CASE("French verbs are conjugated from their lemma", "[extract]") {
  auto has = [](const std::vector<std::pair<std::string, extract::Form>>& forms,
                const std::string& f, extract::Form kind) {
    return std::find(forms.begin(), forms.end(), std::make_pair(f, kind)) != forms.end();
  };
  auto fr = extract::ConjugateFrench("dénoncer");
  CHECK(has(fr, "dénonçant", extract::Form::kPresentParticiple));
  CHECK(has(fr, "dénoncée", extract::Form::kPastParticiple));
  CHECK(has(fr, "dénoncerait", extract::Form::kConditional));
  auto env = extract::ConjugateFrench("envoyer");
  CHECK(has(env, "envoient", extract::Form::kFinite));
  CHECK(has(env, "enverrait", extract::Form::kConditional));
  auto en = extract::ConjugateEnglish("accuse");
  CHECK(has(en, "accused", extract::Form::kFinite));
  CHECK(has(en, "accusing", extract::Form::kPresentParticiple));
}

TEST_CASE("dictionary names, adjectives and metonyms", "[extract]") {
  auto ids = EntityIds(
      "Moscou et Washington discutent. Des troupes biélorusses sont arrivées. L'OTSC se réunit.");
  CHECK(ids.count("Russia"));
  CHECK(ids.count("United States"));
  CHECK(ids.count("Belarus"));
  CHECK(ids.count("CSTO"));
  // an adjective that does not denote an actor is no mention
  CHECK_FALSE(EntityIds("Il aime la cuisine russe.").count("Russia"));
  // acronyms are case-sensitive
  CHECK(EntityIds("Les US ont réagi.").count("United States"));
  CHECK_FALSE(EntityIds("Il parle de nous et de us.").count("United States"));
  CHECK(EntityIds("Les manifestants et l'Occident.").count("protesters"));
  CHECK(EntityIds("Les manifestants et l'Occident.").count("West"));
}

TEST_CASE("discovery of unknown persons and ministries", "[extract]") {
  auto x = ExtractText(
      "Le ministre malien des Affaires étrangères, Abdoulaye Diop, a parlé.\n\nM. Diop a ajouté "
      "que le ministère russe des affaires étrangères et le ministère de l'Intérieur du "
      "Kazakhstan se taisaient.\n\nLes forces de sécurité kazakhes sont prêtes.");
  std::set<std::string> ids;
  for (const auto& e : x.entities) ids.insert(e.id);
  CHECK(ids.count("Abdoulaye Diop") + ids.count("Diop") == 1);  // the surname joins the full name
  CHECK(ids.count("Russian Foreign Ministry"));
  CHECK(ids.count("Kazakh Interior Ministry"));
  CHECK(ids.count("Kazakh security forces"));
  CHECK(EntityIds("La diplomatie russe a protesté.").count("Russian Foreign Ministry"));
  // a capitalised word after a title is not always a name; capitals headlines discover nothing
  CHECK(EntityIds("LE PRÉSIDENT KAZAKH DÉCLARE QUE TOUT VA BIEN").count("DÉCLARE") == 0);
  // names without a title or honorific are not guessed
  CHECK(EntityIds("Carlos Moya ne se cache pas.").empty());
}

TEST_CASE("roles resolve to the office holder on the article's date", "[extract]") {
  CHECK(EntityIds("Le président américain a parlé.", "2019-05-01").count("Trump"));
  CHECK(EntityIds("Le président américain a parlé.", "2022-01-07").count("Biden"));
  // the article's own naming wins over the dictionary
  auto ids =
      EntityIds("Le président kazakh Kassym-Jomart Tokaïev a parlé. Le dirigeant kazakh a ajouté.");
  CHECK(ids.count("Tokayev"));
  CHECK(EntityIds("Le patron du Kremlin a parlé.", "2022-01-10").count("Putin"));
}

TEST_CASE("the dictionary loader names the bad file and line", "[extract]") {
  namespace fs = std::filesystem;
  fs::path dir =
      fs::temp_directory_path() / ("kzgraph_extract_dict_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path bad = dir / "bad.jsonl";
  {
    std::ofstream out(bad);
    out << "{\"id\": \"Atlantis\", \"kind\": \"country\", \"aliases\": [\"Atlantide\"]}\n";
    out << "{\"id\": \"Oops\", \"kind\": \"country\", \"aliases\": [\"x\"\n";
  }
  extract::Dictionary d;
  Status s = d.LoadFile(bad.string());
  CHECK_FALSE(s.ok());
  CHECK(s.message().find(bad.string() + ":2:") == 0);
  // --dict: a user dictionary adds an actor
  fs::path good = dir / "good.jsonl";
  {
    std::ofstream out(good);
    out << "{\"id\": \"Ruritania\", \"kind\": \"country\", \"aliases\": [\"Ruritanie\"], "
           "\"adjectives\": "
           "[\"ruritanien\", \"ruritaniens\"], \"adj_en\": \"Ruritanian\"}\n";
  }
  ExtractorOptions options;
  options.schema_dir = std::string(KZGRAPH_SOURCE_DIR) + "/schema";
  options.extra_dicts = {good.string()};
  std::unique_ptr<Extractor> ex;
  REQUIRE(Extractor::Open(options, &ex).ok());
  Article a;
  a.id = "t";
  a.text = "La Ruritanie a envoyé des soldats en France.";
  Extraction x;
  ex->Extract(a, &x);
  bool found = false;
  for (const auto& r : x.relations) found |= r.subject == "Ruritania" && r.object == "France";
  CHECK(found);
  options.extra_dicts = {bad.string()};
  std::unique_ptr<Extractor> ex2;
  Status s2 = Extractor::Open(options, &ex2);
  CHECK_FALSE(s2.ok());
  CHECK(ex2 == nullptr);
  fs::remove_all(dir);
}

TEST_CASE("the lexicon loader rejects malformed lines", "[extract]") {
  extract::Lexicon lex;
  CHECK(lex.AddLine("trigger\taccuser\ttype=accuses pos=verb lang=fr", "t:1").ok());
  Status s = lex.AddLine("trigger", "t:2");
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("t:2:") == 0);
  CHECK_FALSE(lex.AddLine("trigger\tfoo\tnovalue", "t:3").ok());
}

TEST_CASE("Explain shows mentions and blocked rules", "[extract]") {
  Article a;
  a.id = "t";
  a.text = "Le Kazakhstan n'avait pas demandé l'aide de la Russie.";
  std::string report;
  REQUIRE(testing::SharedExtractor().Explain(a, &report).ok());
  CHECK(report.find("'Kazakhstan' -> Kazakhstan") != std::string::npos);
  CHECK(report.find("blocked requests_aid") != std::string::npos);
  CHECK(report.find("negated") != std::string::npos);
}
