#include <catch2/catch.hpp>
#include <string>

#include "kzgraph/graph.h"
#include "text/date.h"
#include "text/lexicon.h"
#include "text/text.h"

using namespace kzgraph;

namespace {

const std::string kDateTitle = "Un titre assez long pour être un titre\n\n";
const std::string kDateBody =
    "Le président a déclaré lundi que la situation était sous contrôle dans tout le pays.\n\n";

std::string PageDateOf(const std::string& header) {
  Article a;
  a.text = kDateTitle + header + "\n\n" + kDateBody;
  text::Document d;
  text::Analyze(a, &d);
  return d.date;
}

}  // namespace

TEST_CASE("Date line forms of French and English news pages", "[text]") {
  CHECK(PageDateOf("Publié le 12/08/2023 à 14h05") == "2023-08-12");
  CHECK(PageDateOf("Publié le 18/02/2022 à 07h30 - Mis à jour à 11h02") == "2022-02-18");
  CHECK(PageDateOf("Mis à jour le samedi 5 août 2023") == "2023-08-05");
  CHECK(PageDateOf("Mis à jour le jeudi 21 septembre 2023 à 16:48") == "2023-09-21");
  CHECK(PageDateOf("Aug. 10, 2023") == "2023-08-10");
  CHECK(PageDateOf("Updated Aug. 10, 2023 at 9:47 p.m. EDT") == "2023-08-10");
  CHECK(PageDateOf("Updated August 10, 2023 3:15 PM GMT+1") == "2023-08-10");
  CHECK(PageDateOf("Published 7 January 2022") == "2022-01-07");
  CHECK(PageDateOf("Jan. 8, 2022, 6:14 PM GMT+1") == "2022-01-08");
  CHECK(PageDateOf("02.03.2022 | 18:20") == "2022-03-02");
  CHECK(PageDateOf("Lundi 19 février 2024 - 20:14") == "2024-02-19");
  CHECK(PageDateOf("Ouagadougou, 1er août 2023 (dépêche) - 08:12") == "2023-08-01");
  CHECK(PageDateOf("June 15, 2023 · 3 min read") == "2023-06-15");
}

TEST_CASE("A dateline with its byline after a dash or a bar", "[text]") {
  CHECK(PageDateOf("24/11/2017 à 18h05 – Par Souleymane Ouédraogo") == "2017-11-24");
  CHECK(PageDateOf("24/11/2017 à 18h05 | Par Awa Traoré Diallo") == "2017-11-24");
  CHECK(PageDateOf("Nov. 24, 2017 at 6:05 p.m. - By John Smith Jr") == "2017-11-24");
  // No byline after the dash: a long line with a date is not a dateline, and
  // a full date of the body wins over it.
  {
    Article a;
    a.text = kDateTitle + "24/11/2017 à 18h05 – Pour le peuple du Zimbabwe entier\n\n" +
             "Le président a prêté serment le 6 novembre 2018 devant la foule réunie.\n";
    text::Document d;
    text::Analyze(a, &d);
    CHECK(d.date == "2018-11-06");
  }
  // The byline's own line still loses nothing of the body.
  Article a;
  a.text = kDateTitle + "24/11/2017 à 18h05 – Par Souleymane Ouédraogo\n\n" + kDateBody;
  text::Document d;
  text::Analyze(a, &d);
  for (const auto& b : d.blocks) {
    CHECK(a.text.substr(b.span.begin, b.span.end - b.span.begin).find("Ouédraogo") ==
          std::string::npos);
  }
}

TEST_CASE("A full date in a longer header line is the last resort", "[text]") {
  CHECK(PageDateOf("WORLD NEWS  July 17, 2023 3:58 PM GMT  Updated 2 hours ago") == "2023-07-17");
  CHECK(PageDateOf("Shows > The Evening Brief > Transcript for December 14, 2023") == "2023-12-14");
  // A full date in the body text wins over it.
  Article a;
  a.text = "Shows > The Evening Brief > Transcript for December 14, 2023\n\n" + kDateTitle +
           "The talks of 2 July 2022 failed, the minister said on Monday in the capital.\n";
  text::Document d;
  text::Analyze(a, &d);
  CHECK(d.date == "2022-07-02");
}

TEST_CASE("A publication date wins over a revision date", "[text]") {
  CHECK(PageDateOf("Mis à jour le 13/08/2023 à 09h00\nPublié le 12/08/2023 à 14h05") ==
        "2023-08-12");
  CHECK(PageDateOf("Updated Aug. 11, 2023\nPublished Aug. 10, 2023") == "2023-08-10");
  // Only a revision date: it is the best there is, before dates in the text.
  Article a;
  a.text = kDateTitle + "Mis à jour le 13/08/2023\n\nLa réunion du 2 juillet 2023 a échoué.\n";
  text::Document d;
  text::Analyze(a, &d);
  CHECK(d.date == "2023-08-13");
}

TEST_CASE("Lexicon match modes: label, contains, suffix", "[text]") {
  text::Lexicon lex;
  lex.months["aout"] = 8;
  lex.patterns.push_back({text::LineKind::kTail, text::MatchMode::kLabel, {"next"}});
  lex.patterns.push_back(
      {text::LineKind::kTail, text::MatchMode::kContains, {"all", "rights", "reserved"}});
  lex.patterns.push_back({text::LineKind::kTail, text::MatchMode::kSuffix, {"#", "h"}});
  using W = std::vector<std::string_view>;
  CHECK(lex.Classify(W{"next", "story"}, W{"next"}) == text::LineKind::kTail);
  CHECK(lex.Classify(W{"next", "week", "the", "bloc"}) == text::LineKind::kContent);
  CHECK(lex.Classify(W{"c", "2023", "all", "rights", "reserved"}) == text::LineKind::kTail);
  CHECK(lex.Classify(W{"user123", "2", "h"}) == text::LineKind::kTail);
  CHECK(lex.Classify(W{"2", "h"}) == text::LineKind::kContent);                // nothing before it
  CHECK(lex.Classify(W{"5", "aout", "20", "h"}) == text::LineKind::kContent);  // a dateline
  CHECK(lex.Classify(W{"a", "b", "c", "d", "e", "f", "2", "h"}) == text::LineKind::kContent);
}
