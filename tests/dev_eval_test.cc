// The development set (samples/dev, gold in samples/dev.gold.json): pages the
// extractor was not tuned on, other conflicts and English. The score is
// reported, not yet enforced: F1 0.90 is the extraction engineer's goal and
// the lead will turn it into a threshold later.
#include <rapidjson/document.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace {

const char kDevGold[] = "samples/dev.gold.json";
const char kDevDir[] = "samples/dev";

// Runs a shell command from the source tree; returns stdout, sets the status.
std::string RunDevCommand(const std::string& command, int* status) {
  const std::string full = std::string("cd '") + KZGRAPH_SOURCE_DIR + "' && " + command;
  std::string out;
  FILE* pipe = popen(full.c_str(), "r");
  if (pipe == nullptr) {
    *status = -1;
    return out;
  }
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  *status = pclose(pipe);
  return out;
}

bool LoadDevGold(rapidjson::Document* doc) {
  std::ifstream in(std::filesystem::path(KZGRAPH_SOURCE_DIR) / kDevGold, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  doc->Parse(ss.str().c_str());
  return !doc->HasParseError() && doc->IsObject() && doc->HasMember("articles") &&
         (*doc)["articles"].IsArray() && doc->HasMember("catalog") && (*doc)["catalog"].IsArray();
}

}  // namespace

TEST_CASE("dev gold: every article exists, has a language, and its edges join its own nodes",
          "[dev]") {
  rapidjson::Document gold;
  REQUIRE(LoadDevGold(&gold));
  std::set<std::string> catalog_ids;
  for (const auto& entry : gold["catalog"].GetArray()) catalog_ids.insert(entry["id"].GetString());
  std::set<std::string> types;
  for (const auto& t : gold["relation_types"].GetArray()) types.insert(t.GetString());
  REQUIRE(types.size() == 10);

  const auto& articles = gold["articles"].GetArray();
  CHECK(articles.Size() >= 10);
  for (const auto& art : articles) {
    const std::string file = art["file"].GetString();
    INFO("article " << file);
    CHECK(std::filesystem::exists(std::filesystem::path(KZGRAPH_SOURCE_DIR) / kDevDir / file));
    REQUIRE(art.HasMember("lang"));
    const std::string lang = art["lang"].GetString();
    CHECK((lang == "fr" || lang == "en"));
    std::set<std::string> required;
    std::set<std::string> any;
    for (const auto& e : art["entities"].GetArray()) required.insert(e.GetString());
    any = required;
    for (const auto& e : art["optional_entities"].GetArray()) any.insert(e.GetString());
    for (const std::string& id : any) {
      INFO("entity " << id);
      CHECK(catalog_ids.count(id) == 1);
    }
    for (const auto& r : art["relations"].GetArray()) {
      const std::string s = r[0].GetString(), p = r[1].GetString(), o = r[2].GetString();
      INFO("required edge " << s << " " << p << " " << o);
      CHECK(types.count(p) == 1);
      CHECK(required.count(s) == 1);
      CHECK(required.count(o) == 1);
    }
    for (const auto& r : art["optional_relations"].GetArray()) {
      const std::string s = r[0].GetString(), p = r[1].GetString(), o = r[2].GetString();
      INFO("optional edge " << s << " " << p << " " << o);
      CHECK(types.count(p) == 1);
      CHECK(any.count(s) == 1);
      CHECK(any.count(o) == 1);
    }
  }
}

TEST_CASE("dev set: kzgraph eval scores every dev article and prints its summary", "[dev]") {
  int status = 0;
  const std::string out = RunDevCommand(
      std::string("'") + KZGRAPH_BINARY + "' eval --gold " + kDevGold + " " + kDevDir, &status);
  REQUIRE(status == 0);

  static const std::regex kSummary(
      R"(entities P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+) \| relations P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+))");
  std::smatch m;
  REQUIRE(std::regex_search(out, m, kSummary));
  const double entity_f1 = std::stod(m[3]);
  const double relation_f1 = std::stod(m[6]);
  CHECK(entity_f1 >= 0.0);
  CHECK(entity_f1 <= 1.0);
  CHECK(relation_f1 >= 0.0);
  CHECK(relation_f1 <= 1.0);

  // The per-article table must name each gold article: a page that was not
  // read, or a gold entry that names no page, would silently score zero.
  rapidjson::Document gold;
  REQUIRE(LoadDevGold(&gold));
  for (const auto& art : gold["articles"].GetArray()) {
    const std::string file = art["file"].GetString();
    INFO("article " << file);
    CHECK(out.find(file) != std::string::npos);
  }

  const std::string summary = m[0];
  if (entity_f1 < 0.90 || relation_f1 < 0.90) {
    WARN("dev set below the 0.90 goal: " << summary);
  } else {
    WARN("dev set: " << summary);
  }
}
