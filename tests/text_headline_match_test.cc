// HeadlineMissingFromBody matches the headline in the body's opening without
// collapsing it first; these cases pin that it reads spaces and pads exactly
// as CollapseSpaces does.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "text/chars.h"
#include "text/headline.h"

namespace {

// The definition the in-place match must agree with.
bool MissingByCollapse(const std::string& title, const std::string& body) {
  std::string t = title;
  if (size_t bar = t.find(" | "); bar != std::string::npos && bar >= 12) t.resize(bar);
  std::string key = kzgraph::text::CollapseSpaces(t);
  if (key.size() > 48) {
    size_t cut = 48;
    while (cut > 0 && (static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80) --cut;
    key.resize(cut);
  }
  if (key.empty()) return false;
  return kzgraph::text::CollapseSpaces(std::string_view(body).substr(0, 2048)).find(key) ==
         std::string::npos;
}

}  // namespace

TEST_CASE("headline found in the body's opening whatever its spacing", "[text][headline]") {
  using kzgraph::text::HeadlineMissingFromBody;
  const std::string title = "Kazakhstan : Tokaïev appelle l'OTSC à l'aide";
  CHECK_FALSE(HeadlineMissingFromBody(title, "Accueil\n\nKazakhstan :  Tokaïev\nappelle l'OTSC à l'aide\n\nLe président ..."));
  CHECK_FALSE(HeadlineMissingFromBody(title, std::string("Kazakh\x01stan : Tokaïev appelle l'OTSC à l'aide")));
  CHECK(HeadlineMissingFromBody(title, "Kazakhstan:Tokaïev appelle l'OTSC à l'aide"));
  CHECK(HeadlineMissingFromBody(title, std::string("Kazakhstan :\x01Tokaïev appelle l'OTSC à l'aide")));
  CHECK(HeadlineMissingFromBody(title, "Le président kazakh a demandé l'aide de l'OTSC."));
  // Past the opening window the headline counts as missing.
  CHECK(HeadlineMissingFromBody(title, std::string(3000, 'x') + " " + title));
  // A site name after " | " is not looked for.
  CHECK_FALSE(HeadlineMissingFromBody("Moscow sends paratroopers | Daily Wire",
                                      "MOSCOW - Moscow sends paratroopers to Almaty."));
}

TEST_CASE("headline match agrees with collapsing the window first", "[text][headline]") {
  // Small alphabets make near-matches, runs of spaces and pads frequent.
  std::mt19937 rng(7);
  const std::string alphabet = std::string("ab \n\t") + '\x01';
  auto random_text = [&](size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s += alphabet[rng() % alphabet.size()];
    return s;
  };
  int disagreements = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::string title = random_text(1 + rng() % 8);
    const std::string body = random_text(rng() % 40);
    if (kzgraph::text::HeadlineMissingFromBody(title, body) != MissingByCollapse(title, body)) {
      ++disagreements;
      UNSCOPED_INFO("title [" << title << "] body [" << body << "]");
    }
  }
  CHECK(disagreements == 0);
}
