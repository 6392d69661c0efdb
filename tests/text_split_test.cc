#include <catch2/catch.hpp>
#include <string>

#include "text/text.h"

using namespace kzgraph;

namespace {

// Sentences of a one-paragraph body (a title line comes first so the body is
// not mistaken for a headline).
std::vector<std::string> Split(const std::string& body) {
  Article a;
  a.text = "Un titre assez long pour être un titre\n\n" + body + "\n";
  text::Document d;
  text::Analyze(a, &d);
  std::vector<std::string> out;
  for (const Sentence& s : d.sentences) {
    if (d.blocks[s.block].role == "title") continue;
    out.push_back(a.text.substr(s.span.begin, s.span.end - s.span.begin));
  }
  return out;
}

std::vector<text::Token> Tokens(const std::string& sentence) {
  Article a;
  a.text = "Un titre assez long pour être un titre\n\n" + sentence + "\n";
  text::Document d;
  text::Analyze(a, &d);
  std::vector<text::Token> out;
  for (size_t i = 0; i < d.sentences.size(); ++i) {
    if (d.blocks[d.sentences[i].block].role == "title") continue;
    out.insert(out.end(), d.tokens[i].begin(), d.tokens[i].end());
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("Sentence splitting keeps abbreviations, initials and numbers together", "[text]") {
  CHECK(Split("M. Poutine a parlé. Mme Martin a répondu.") ==
        V{"M. Poutine a parlé.", "Mme Martin a répondu."});
  CHECK(Split("V. Poutine et J. R. R. Tolkien sont cités. Fin.") ==
        V{"V. Poutine et J. R. R. Tolkien sont cités.", "Fin."});
  CHECK(Split("Il est arrivé le 7 janv. Mardi il repart.").size() == 1);
  CHECK(Split("Des pommes, des poires, etc. Tout y était.").size() == 1);
  CHECK(Split("Né en 52 av. J.-C. Rome l'a oublié.").size() == 1);
  CHECK(Split("Les U.S. Marines sont venus. Ils sont partis.") ==
        V{"Les U.S. Marines sont venus.", "Ils sont partis."});
  CHECK(Split("Des fruits, p. ex. Des pommes.").size() == 1);
  CHECK(Split("Il a précisé que 2.030 hommes sont partis. Ensuite il a parlé.") ==
        V{"Il a précisé que 2.030 hommes sont partis.", "Ensuite il a parlé."});
  CHECK(Split("St. Louis est loin. Oui.") == V{"St. Louis est loin.", "Oui."});
}

TEST_CASE("Sentence splitting handles ellipses and quotations", "[text]") {
  CHECK(Split("Ils sont venus (…). Nous sommes là.") ==
        V{"Ils sont venus (…).", "Nous sommes là."});
  CHECK(Split("Ils sont venus (...) pour aider. Fin.") ==
        V{"Ils sont venus (...) pour aider.", "Fin."});
  CHECK(Split("Il hésite… Puis il part.") == V{"Il hésite…", "Puis il part."});
  // A sentence ending inside a quotation stays with its attribution.
  CHECK(Split("« Nous sommes venus. Nous partirons bientôt », a-t-il dit. Puis il est parti.") ==
        V{"« Nous sommes venus. Nous partirons bientôt », a-t-il dit.", "Puis il est parti."});
  CHECK(Split("“We came. We will leave,” he said. Then he left.") ==
        V{"“We came. We will leave,” he said.", "Then he left."});
  // A quotation that ends its sentence.
  CHECK(Split("Il a dit : « C'est fini. » Le silence suivit.") ==
        V{"Il a dit : « C'est fini. »", "Le silence suivit."});
  // A question without a capital after it is not a sentence end.
  CHECK(Split("Que faire ? se demande-t-il. Rien.") == V{"Que faire ? se demande-t-il.", "Rien."});
  // An unbalanced opening quote does not swallow the paragraph.
  CHECK(Split("« Il part. Il revient. Il repart.").size() == 3);
}

TEST_CASE("Very long runs without punctuation are cut at a space", "[text]") {
  std::string body;
  for (int i = 0; i < 3000; ++i) body += "mot ";
  V parts = Split(body);
  REQUIRE(parts.size() >= 2);
  for (const std::string& p : parts) {
    CHECK(p.size() <= 4096);
    CHECK(p.front() != ' ');
    CHECK(p.substr(0, 3) == "mot");
  }
}

TEST_CASE("Tokens: French elision, inverted pronouns, hyphenated names", "[text]") {
  auto toks = Tokens(
      "L’OTSC qu'il jusqu’à lorsqu'on l'Organisation aujourd'hui a-t-il dit-elle "
      "Kassym-Jomart Russia's");
  std::vector<std::string> folds;
  std::vector<bool> elided;
  for (const auto& t : toks) {
    folds.push_back(t.fold);
    elided.push_back(t.elided);
  }
  CHECK(folds == V{"l", "otsc", "qu", "il", "jusqu", "a", "lorsqu", "on", "l", "organisation",
                   "aujourd hui", "a", "t il", "dit", "elle", "kassym jomart", "russia", "s"});
  CHECK(elided[0]);
  CHECK(elided[2]);
  CHECK(elided[4]);
  CHECK(elided[6]);
  CHECK_FALSE(elided[1]);
  CHECK_FALSE(elided[10]);
  CHECK(toks[1].all_caps);
  CHECK(toks[1].upper_initial);
  CHECK(toks[9].upper_initial);
  CHECK_FALSE(toks[9].all_caps);
  CHECK_FALSE(toks[3].upper_initial);
}

TEST_CASE("Token and sentence spans are the original bytes", "[text]") {
  Article a;
  a.text =
      "Un titre assez long pour être un titre\n\n"
      "Le président kazakh Kassym-Jomart Tokaïev a demandé l’aide de l’OTSC, « vite ».\n";
  text::Document d;
  text::Analyze(a, &d);
  REQUIRE(d.sentences.size() == 2);
  const Span s = d.sentences[1].span;
  CHECK(a.text.substr(s.begin, s.end - s.begin) ==
        "Le président kazakh Kassym-Jomart Tokaïev a demandé l’aide de l’OTSC, « vite ».");
  V surfaces;
  for (const text::Token& t : d.tokens[1]) {
    surfaces.push_back(a.text.substr(t.span.begin, t.span.end - t.span.begin));
  }
  CHECK(surfaces == V{"Le", "président", "kazakh", "Kassym-Jomart", "Tokaïev", "a", "demandé", "l’",
                      "aide", "de", "l’", "OTSC", ",", "«", "vite", "»", "."});
  CHECK(d.tokens[1][4].fold == "tokaiev");
  // Tokenize() on demand gives the same tokens.
  std::vector<text::Token> again;
  text::Tokenize(a, d, s, &again);
  REQUIRE(again.size() == d.tokens[1].size());
  CHECK(again[4].span == d.tokens[1][4].span);
  // AnalyzeOptions{.tokens = false} leaves tokens to the caller.
  text::Document lean;
  text::Analyze(a, &lean, text::AnalyzeOptions{.tokens = false});
  CHECK(lean.tokens.empty());
  CHECK(lean.sentences.size() == 2);
}

TEST_CASE("sentence ends among accented letters are found at every offset", "[text][speed]") {
  // Accented letters (skipped sixteen bytes at a time outside quotations)
  // before and after each end, the end shifted over a 16-byte block; a
  // quotation whose inner ends wait for its close; a dot after "M".
  for (int shift = 0; shift < 20; ++shift) {
    const std::string pad(static_cast<size_t>(shift), 'e');
    const std::string first = "Le ministre " + pad + " a été reçu à l'Élysée après l'été.";
    const std::string second = "Ensuite, M. Dupré déclara « Ça ira. Ça ira » à Besançon.";
    const std::string third = "Élisabeth a répondu ; ça s'arrête là !";
    CHECK(Split(first + " " + second + " " + third) == V{first, second, third});
  }
}
