// ReadFlatJsonObject, the fast path of the JSONL reader, against rapidjson:
// whenever it takes a line, rapidjson parses the line to an object with the
// same members (the first of duplicate keys, strings only).
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "text/read_internal.h"

namespace kzgraph::text {
namespace {

// What ReadArticles takes from a line that rapidjson parses to an object.
bool RapidjsonFields(std::string line, JsonlFields* out) {
  rapidjson::Document d;
  d.ParseInsitu(line.data());
  if (d.HasParseError() || !d.IsObject()) return false;
  auto get = [&](const char* key, std::string* to) {
    auto it = d.FindMember(key);
    to->clear();
    if (it != d.MemberEnd() && it->value.IsString())
      to->assign(it->value.GetString(), it->value.GetStringLength());
    return it != d.MemberEnd() && it->value.IsString();
  };
  out->has_text = get("text", &out->text);
  get("id", &out->id);
  get("title", &out->title);
  get("date", &out->date);
  get("lang", &out->lang);
  get("url", &out->url);
  return true;
}

void CheckAgainstRapidjson(const std::string& line) {
  INFO("line: " << line);
  JsonlFields fast;
  if (!ReadFlatJsonObject(line, &fast)) return;  // rapidjson reads it instead
  JsonlFields slow;
  REQUIRE(RapidjsonFields(line, &slow));
  CHECK(fast.has_text == slow.has_text);
  if (fast.has_text) CHECK(fast.text == slow.text);
  CHECK(fast.id == slow.id);
  CHECK(fast.title == slow.title);
  CHECK(fast.date == slow.date);
  CHECK(fast.lang == slow.lang);
  CHECK(fast.url == slow.url);
}

}  // namespace

TEST_CASE("ReadFlatJsonObject reads plain records as rapidjson does", "[text]") {
  const std::vector<std::string> taken = {
      R"({"id": "a1", "title": "Titre", "date": "2022-01-07", "lang": "fr", "url": "https://x.org/a?b=1", "text": "Le Mali.\nLa France \"accuse\"\\ \/ \t\r\b\f fin."})",
      R"({"text":"x"})",
      R"({})",
      R"({ "text" : "a" , "text" : "b" , "other" : "c\n" })",
      R"({"title":"","text":"Économie, « guillemets » et ’apostrophes’ — 😀 sur 32 octets au moins ici."})",
      "{\"text\":\"" + std::string(100, 'a') + "\\n" + std::string(47, 'b') + "\"}",
  };
  for (const std::string& line : taken) {
    INFO(line);
    JsonlFields fast;
    CHECK(ReadFlatJsonObject(line, &fast));
    CheckAgainstRapidjson(line);
  }
  JsonlFields f;
  REQUIRE(ReadFlatJsonObject(R"({ "text" : "a" , "text" : "b" , "id" : "c\n" })", &f));
  CHECK(f.text == "a");  // the first of duplicate keys
  CHECK(f.id == "c\n");
  REQUIRE(ReadFlatJsonObject(R"({"id":"x"})", &f));
  CHECK_FALSE(f.has_text);
  CHECK_FALSE(ReadFlatJsonObject(R"({"te\nxt":"x", "t\u0065xt": 1})", &f));
  REQUIRE(ReadFlatJsonObject(R"({"te\/xt":"x", "\/":"y"})", &f));
  CHECK_FALSE(f.has_text);
}

TEST_CASE("ReadFlatJsonObject leaves every other line to rapidjson", "[text]") {
  const std::vector<std::string> left = {
      R"({"text": "caf\u00e9"})",      // \u escape
      R"({"id": 7, "text": "a"})",     // a number
      R"({"text": "a", "tags": []})",  // an array
      R"({"text": "a", "x": {}})",     // an object
      R"({"text": "a", "x": null})",   // a literal
      R"({"te\u0078t": "a"})",         // \u in a key
      R"({"text": "a"} x)",            // something after the object
      R"({"text": "a",})",             // a trailing comma
      R"({"text": "a")",               // no closing brace
      R"({"text": "a\q"})",            // an unknown escape
      "{\"text\": \"a\tb\"}",          // a raw control byte
      R"(["text", "a"])",              // not an object
      R"({"text": "unterminated)",
      R"({"text" "a"})",
      R"({'text': 'a'})",
  };
  for (const std::string& line : left) {
    INFO(line);
    JsonlFields fast;
    CHECK_FALSE(ReadFlatJsonObject(line, &fast));
  }
}

TEST_CASE("ReadFlatJsonObject agrees with rapidjson on generated lines", "[text]") {
  // Pieces that make valid and invalid records alike, long runs included
  // (the 16 and 32 byte blocks), in random order.
  const std::vector<std::string> keys = {"text", "id", "title", "date", "lang",
                                         "url",  "x",  "texts", "",     "te\\\"xt"};
  const std::vector<std::string> chars = {"a",
                                          "Z",
                                          " ",
                                          "é",
                                          "\xE2\x80\x99",
                                          "\\n",
                                          "\\\"",
                                          "\\\\",
                                          "\\/",
                                          "\\t",
                                          "\\b",
                                          "\\f",
                                          "\\r",
                                          "\\u0041",
                                          "\\ud83d\\ude00",
                                          "\"",
                                          "\\",
                                          "\t",
                                          "\x01",
                                          "}",
                                          ",",
                                          "{",
                                          ":",
                                          "0123456789abcdef0123456789abcdef"};
  const std::vector<std::string> gaps = {"", " ", "\t", "  \n", ",", ":", "\r"};
  std::mt19937 rng(20240107);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  for (int n = 0; n < 20000; ++n) {
    std::string line = "{";
    const int members = static_cast<int>(rng() % 5);
    for (int m = 0; m < members; ++m) {
      if (m > 0) line += rng() % 20 == 0 ? pick(gaps) : ",";
      line += pick(gaps) + "\"" + pick(keys) + "\"" + pick(gaps);
      line += rng() % 20 == 0 ? pick(gaps) : ":";
      line += pick(gaps);
      if (rng() % 10 == 0) {
        line += rng() % 2 ? "12" : "true";
      } else {
        line += "\"";
        const int length = static_cast<int>(rng() % 40);
        for (int c = 0; c < length; ++c) {
          line +=
              rng() % 8 == 0 ? pick(chars) : std::string(1, static_cast<char>('a' + rng() % 26));
        }
        line += "\"";
      }
      line += pick(gaps);
    }
    line += rng() % 30 == 0 ? "" : "}";
    if (rng() % 30 == 0) line += " ";
    CheckAgainstRapidjson(line);
  }
}

}  // namespace kzgraph::text
