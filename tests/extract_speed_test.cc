// The data structures behind extraction speed give the same answers as the
// plain ones they replace: records as rapidjson writes them, word folds as
// FoldWord gives them, phrase lookups in order of addition.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/dictionary.h"
#include "extract/phrase_index.h"
#include "extract/records.h"
#include "extract/words.h"
#include "extract_test_util.h"
#include "kzgraph/extractor.h"

namespace kzgraph::extract {
namespace {

std::string RapidString(const std::string& s) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  return std::string(buf.GetString(), buf.GetSize());
}

std::string RapidDouble(double d) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.Double(d);
  return std::string(buf.GetString(), buf.GetSize());
}

TEST_CASE("records escape strings and print numbers as rapidjson does", "[extract][speed]") {
  std::string controls;
  for (int c = 1; c < 0x20; ++c) controls.push_back(static_cast<char>(c));
  const std::vector<std::string> strings = {
      "", "plain", "a \"quoted\" word", "back\\slash", "tab\there\nnew line\r\f\b", controls,
      std::string("nul\0inside", 10), "«Tokaïev» – 5 janv. / slash", "\x7f\xff",
      // escapes on and around the 8-byte steps of the scan
      "0123456\"89abcdef\\0123456789abcde\x01", "01234567\x1f", "abcdefghijklmnop\"",
      "été pas d'escape ici, même long – vraiment",
      // and on and around the 16-byte steps (SSE2)
      "0123456789abcde\"0123456789abcdef\\0123456789abcdef\x1f«Tokaïev» ààààààààààààà\n"};
  const std::vector<double> numbers = {0.85, 1.0, 0.1 + 0.2, 0.333333333, 1e-7, 0.7};
  for (size_t k = 0; k < strings.size(); ++k) {
    Extraction x;
    x.article.id = strings[k];
    x.article.title = strings[k];
    Relation r;
    r.subject = "A";
    r.predicate = "supports";
    r.object = "B";
    r.sentence = strings[k];
    r.span = {static_cast<uint32_t>(k), 4000000000u};
    r.rule = "rule";
    r.confidence = numbers[k % numbers.size()];
    x.relations.push_back(r);
    Entity e;
    e.id = "A";
    e.name = strings[k];
    e.kind = "person";
    e.aliases = {strings[k], "x", strings[(k + 1) % strings.size()]};
    x.entities.push_back(e);
    std::string out;
    AppendRecords(x, &out);
    const std::string s = RapidString(strings[k]);
    const std::string expected =
        "{\"type\":\"doc\",\"doc\":" + s + ",\"id\":" + s + ",\"title\":" + s +
        ",\"date\":\"\",\"lang\":\"\",\"hash\":\"\",\"source\":\"\"}\n"
        "{\"type\":\"entity\",\"doc\":" +
        s + ",\"id\":\"A\",\"name\":" + s + ",\"kind\":\"person\",\"aliases\":[" + s + ",\"x\"," +
        RapidString(strings[(k + 1) % strings.size()]) + "]}\n" +
        "{\"type\":\"relation\",\"doc\":" + s +
        ",\"subject\":\"A\",\"predicate\":\"supports\",\"object\":\"B\",\"sentence\":" + s +
        ",\"start\":" + std::to_string(k) +
        ",\"end\":4000000000,\"rule\":\"rule\",\"confidence\":" + RapidDouble(r.confidence) + "}\n";
    CHECK(out == expected);
  }
}

TEST_CASE("split words fold each word as FoldWord does", "[extract][speed]") {
  const std::string text =
      "États-Unis l’Occident ÆSIR Œuvre straße Kassym-Jomart TOKAÏEV Ünal Łódź Øresund "
      "Ἀθῆναι Москва МОСКВА İstanbul ǅemal ﬁnale ＡＢＣ x×y 2.030 U.S. M. #Libération_Palestine "
      "naïve CAFÉ dǅ Ĳssel ŉ ſ ÿ Þór a\xff"
      "b mot_clé 東京 ١٢٣";
  std::vector<Word> words;
  SplitWords(text, {0, static_cast<uint32_t>(text.size())}, &words);
  REQUIRE(words.size() > 30);
  int checked = 0;
  for (const Word& w : words) {
    if (!w.word) continue;
    const std::string surface = text.substr(w.span.begin, w.span.end - w.span.begin);
    CHECK(w.fold == FoldWord(surface));
    CHECK(w.hash == FoldHash(w.fold));
    ++checked;
  }
  CHECK(checked > 30);
  auto find = [&](const std::string& fold) -> const Word* {
    for (const Word& w : words)
      if (w.fold == fold) return &w;
    return nullptr;
  };
  REQUIRE(find("etats") != nullptr);
  CHECK(find("etats")->upper_initial);
  REQUIRE(find("tokaiev") != nullptr);
  CHECK(find("tokaiev")->all_caps);
  REQUIRE(find("moskva") == nullptr);  // Cyrillic is folded by FoldName, not transliterated
  CHECK(find("strasse") != nullptr);
  CHECK(find("aesir") != nullptr);
  CHECK(find("aesir")->all_caps);
  CHECK(find("cafe") != nullptr);
  CHECK(find("cafe")->all_caps);
  CHECK_FALSE(find("naive")->upper_initial);
}

TEST_CASE("fold table finds what was inserted and nothing else", "[extract][speed]") {
  FoldTable<int> table;
  for (int k = 0; k < 5000; ++k) table["w" + std::to_string(k)] = k + 1;
  table["w7"] += 100;
  CHECK(table.size() == 5000);
  std::vector<Word> words;
  const std::string text = "w7 w4999 w5000 W12 x";
  SplitWords(text, {0, static_cast<uint32_t>(text.size())}, &words);
  REQUIRE(words.size() == 5);
  REQUIRE(table.Find(words[0]) != nullptr);
  CHECK(*table.Find(words[0]) == 108);
  REQUIRE(table.Find(words[1]) != nullptr);
  CHECK(*table.Find(words[1]) == 5000);
  CHECK(table.Find(words[2]) == nullptr);
  REQUIRE(table.Find(words[3]) != nullptr);  // folds are lower case
  CHECK(*table.Find(words[3]) == 13);
  CHECK(table.Find(words[4]) == nullptr);
  CHECK(table.Find(std::string_view("w0")) != nullptr);
  table.clear();
  CHECK(table.Find(words[0]) == nullptr);
}

TEST_CASE("phrase index returns the longest phrase with payloads in order of addition",
          "[extract][speed]") {
  // More phrases on one first word than the scan limit, so the second-word
  // index is used, added in a shuffled order of lengths.
  PhraseIndex index;
  int payload = 0;
  std::vector<int> three, two, one;
  for (int round = 0; round < 6; ++round) {
    index.Add({"republique", "du", "congo"}, 0, payload);
    three.push_back(payload++);
    index.Add({"republique"}, 0, payload);
    one.push_back(payload++);
    index.Add({"republique", "du"}, 0, payload);
    two.push_back(payload++);
    index.Add({"republique", "centrafricaine"}, 1, payload++);
  }
  index.Add({"republique", "du", "congo"}, 0, three[0]);  // a duplicate adds nothing
  const std::string text = "la République du Congo , république du Niger et république .";
  std::vector<Word> words;
  SplitWords(text, {0, static_cast<uint32_t>(text.size())}, &words);
  PhraseIndex::Match m = index.Longest(words, 1);
  CHECK(m.length == 3);
  CHECK(m.payloads == three);
  m = index.Longest(words, 5);
  CHECK(m.length == 2);
  CHECK(m.payloads == two);
  m = index.Longest(words, 9);
  CHECK(m.length == 1);
  CHECK(m.payloads == one);
  CHECK(index.Longest(words, 5, 1).length == 0);
  CHECK(PhraseIndex::LongestLength(words, 1, 0, index.Find("republique")) == 3);
  CHECK(PhraseIndex::LongestLength(words, 9, 0, index.Find("republique")) == 1);
  CHECK(index.Longest(words, 0).length == 0);
}

TEST_CASE("extracting a moved article or without mentions changes no record", "[extract][speed]") {
  Article a;
  a.id = "moved.txt";
  a.date = "2022-01-07";
  a.text =
      "Le président kazakh Kassym-Jomart Tokaïev a demandé l'aide de l'OTSC. "
      "La Russie a envoyé des troupes au Kazakhstan, a annoncé Vladimir Poutine.";
  const Extractor& shared = kzgraph::testing::SharedExtractor();
  Extraction copied;
  REQUIRE(shared.Extract(a, &copied).ok());
  REQUIRE_FALSE(copied.mentions.empty());
  REQUIRE_FALSE(copied.relations.empty());
  std::string expected;
  AppendRecords(copied, &expected);

  Article moved_in = a;
  Extraction moved;
  REQUIRE(shared.Extract(std::move(moved_in), &moved).ok());
  std::string records;
  AppendRecords(moved, &records);
  CHECK(records == expected);
  CHECK(moved.article.text == a.text);
  CHECK(moved.mentions.size() == copied.mentions.size());

  ExtractorOptions options;
  options.schema_dir = std::string(KZGRAPH_SOURCE_DIR) + "/schema";
  options.keep_mentions = false;
  std::unique_ptr<Extractor> lean;
  REQUIRE(Extractor::Open(options, &lean).ok());
  Extraction without;
  REQUIRE(lean->Extract(a, &without).ok());
  CHECK(without.mentions.empty());
  records.clear();
  AppendRecords(without, &records);
  CHECK(records == expected);
}

TEST_CASE("office holders are found by role and body, with dates", "[extract][speed]") {
  Dictionary dict;
  auto person = [](const std::string& id, std::vector<Office> offices) {
    Actor a;
    a.id = id;
    a.kind = "person";
    a.name = id;
    a.offices = std::move(offices);
    return a;
  };
  REQUIRE(dict.AddActor(person("Old", {{"head_of_state", "KAZ", "1991-01-01", "2019-03-20"}}), {})
              .ok());
  REQUIRE(dict.AddActor(person("New", {{"head_of_state", "KAZ", "2019-03-20", ""}}), {}).ok());
  REQUIRE(dict.AddActor(person("Envoy1", {{"ambassador", "FRA", "", ""}}), {}).ok());
  REQUIRE(dict.AddActor(person("Envoy2", {}), {}).ok());
  auto id = [](const Actor* a) { return a ? a->id : std::string("-"); };
  CHECK(id(dict.Holder("head_of_state", "KAZ", "")) == "New");
  CHECK(id(dict.Holder("head_of_state", "KAZ", "2010-05-01")) == "Old");
  CHECK(id(dict.Holder("head_of_state", "KAZ", "2019-03-20")) == "New");  // handover: incoming
  CHECK(id(dict.Holder("head_of_state", "KAZ", "1990-01-01")) == "-");
  CHECK(id(dict.Holder("head_of_state", "FRA", "")) == "-");
  CHECK(id(dict.Holder("ambassador", "FRA", "")) == "Envoy1");
  // An office added later to a known actor counts too; two holders: nobody.
  REQUIRE(dict.AddActor(person("Envoy2", {{"ambassador", "FRA", "", ""}}), {}).ok());
  CHECK(id(dict.Holder("ambassador", "FRA", "")) == "-");
  // The last day of a term with no successor known: the outgoing holder.
  REQUIRE(dict.AddActor(person("Chair", {{"chair", "OSCE", "2020-01-01", "2020-12-31"}}), {}).ok());
  CHECK(id(dict.Holder("chair", "OSCE", "2020-12-31")) == "Chair");
  CHECK(id(dict.Holder("chair", "OSCE", "2021-01-01")) == "-");
}

}  // namespace
}  // namespace kzgraph::extract
