// The development sets: pages written and annotated apart from the
// extractor's rules, on other conflicts and in English. samples/dev
// (gold samples/dev.gold.json), samples/dev2 (held out until the
// extractor's third round), samples/dev3 (until its sixth), samples/dev4
// (through the seventh), samples/dev5 (written and first measured in the
// second session, then worked on), samples/dev6 and samples/dev7 (written
// in the second and third sessions and never worked on: the honest
// measures), samples/dev8 (written in the third session, then worked on),
// samples/dev9 (fourth session, never worked on), samples/dev10 (fourth
// session, worked on), samples/dev11 and samples/dev12 (fifth session),
// samples/dev13 and samples/dev14 (sixth session), samples/dev15 and
// samples/dev16 (seventh session): each measured once on arrival, then
// worked on; samples/dev17 and samples/dev18 (eighth session: measured on
// arrival and kept from the session's work, measured again at its end);
// samples/dev19 and samples/dev20 (ninth session: measured once on arrival,
// then worked on); samples/dev21 and samples/dev22 (tenth session: measured
// on arrival and kept from the session's work); samples/dev23 and
// samples/dev24 (eleventh session: likewise measured on arrival and kept);
// samples/dev25 and samples/dev26 (twelfth session: likewise);
// samples/dev27 and samples/dev28 (thirteenth session: likewise), and
// samples/dev29 and samples/dev30 (thirteenth session: measured once on
// arrival, then worked on); samples/dev31 (fourteenth session: measured once
// on arrival, then worked on) and samples/dev32 (fourteenth session: measured
// on arrival and kept from the session's work); samples/dev33 (fifteenth
// session: measured once on arrival, then worked on) and samples/dev34
// (fifteenth session: measured on arrival and kept from the session's work);
// samples/dev35 (sixteenth session: likewise, its topics chosen by its writer)
// and samples/dev36 (seventeenth session: likewise); samples/dev37 to
// samples/dev41 (eighteenth session: measured once on arrival, then worked on)
// and samples/dev42 (eighteenth session: measured on arrival and kept);
// samples/dev43 to samples/dev48 (nineteenth session: measured once on
// arrival, then worked on); samples/dev49 to samples/dev52 (twentieth
// session: measured once on arrival, then worked on).
// Their gold must be coherent; their scores must not fall below the floors
// reached so far (the goal is 0.90; the floors only catch regressions).
// Three floors were lowered by 0.01 in the sixteenth session (dev3, dev28,
// dev32): reading through partial quotations lost one or two edges there
// while raising the tuning and held-out means; see README, "Quality and speed".
// dev2's entity floor went from 0.98 to 0.97 in the eighteenth session: Europe
// became a group actor ("l'Europe hésite"), which dev2's gold does not annotate.
// dev42's relation floor went from 0.73 to 0.72 in the nineteenth session: the
// round-1 criticism and event rules, kept for their gains on the tuning sets,
// cost this held-out set 0.004 (0.732 -> 0.728); held-out sets are measured,
// never fitted, so the floor records the fall instead of a fix.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <iterator>
#include <regex>
#include <set>
#include <string>

#include "test_util.h"

namespace {

struct DevSet {
  const char* gold;
  const char* dir;
  double entity_floor;    // entity F1 reached so far
  double relation_floor;  // relation F1 reached so far
};

const DevSet kDevSets[] = {
    // dev: 0.963 -> 0.957 in the thirteenth session: its gold reads the lower-case
    // "collective security council" as the CSTO, newer golds as its council. Entities
    // 0.981 -> 0.978 in the twenty-second session: "les Arméniens du Karabakh" became their
    // own group, which other golds code and this one leaves out.
    {"samples/dev.gold.json", "samples/dev", 0.98, 0.95},
    {"samples/dev2.gold.json", "samples/dev2", 0.98, 0.92},
    // dev3: entities 0.982 -> 0.979 in the twenty-second session: "Russian peacekeepers"
    // without an article became a body, which the newer golds list and this older one does not.
    {"samples/dev3.gold.json", "samples/dev3", 0.97, 0.89},
    {"samples/dev4.gold.json", "samples/dev4", 0.99, 0.95},
    {"samples/dev5.gold.json", "samples/dev5", 0.98, 0.90},
    {"samples/dev6.gold.json", "samples/dev6", 0.97, 0.82},
    {"samples/dev7.gold.json", "samples/dev7", 0.96, 0.79},
    {"samples/dev8.gold.json", "samples/dev8", 0.98, 0.88},
    // dev9 (held out): relations 0.712 -> 0.709 in the twenty-second session at the
    // warns/meets merge, which raised the tuning sets; held-out sets are measured, not diagnosed.
    {"samples/dev9.gold.json", "samples/dev9", 0.94, 0.71},
    {"samples/dev10.gold.json", "samples/dev10", 0.97, 0.90},
    {"samples/dev11.gold.json", "samples/dev11", 0.97, 0.85},
    {"samples/dev12.gold.json", "samples/dev12", 0.96, 0.83},
    {"samples/dev13.gold.json", "samples/dev13", 0.97, 0.82},
    {"samples/dev14.gold.json", "samples/dev14", 0.96, 0.84},
    {"samples/dev15.gold.json", "samples/dev15", 0.96, 0.83},
    {"samples/dev16.gold.json", "samples/dev16", 0.97, 0.80},
    {"samples/dev17.gold.json", "samples/dev17", 0.95, 0.75},
    {"samples/dev18.gold.json", "samples/dev18", 0.92, 0.77},
    {"samples/dev19.gold.json", "samples/dev19", 0.96, 0.81},
    {"samples/dev20.gold.json", "samples/dev20", 0.95, 0.81},
    {"samples/dev21.gold.json", "samples/dev21", 0.95, 0.72},
    {"samples/dev22.gold.json", "samples/dev22", 0.93, 0.76},
    {"samples/dev23.gold.json", "samples/dev23", 0.92, 0.69},
    {"samples/dev24.gold.json", "samples/dev24", 0.96, 0.72},
    {"samples/dev25.gold.json", "samples/dev25", 0.94, 0.71},
    {"samples/dev26.gold.json", "samples/dev26", 0.95, 0.80},
    {"samples/dev27.gold.json", "samples/dev27", 0.95, 0.76},
    {"samples/dev28.gold.json", "samples/dev28", 0.94, 0.71},
    {"samples/dev29.gold.json", "samples/dev29", 0.96, 0.83},
    {"samples/dev30.gold.json", "samples/dev30", 0.98, 0.82},
    {"samples/dev31.gold.json", "samples/dev31", 0.98, 0.76},
    {"samples/dev32.gold.json", "samples/dev32", 0.95, 0.76},
    {"samples/dev33.gold.json", "samples/dev33", 0.97, 0.74},
    {"samples/dev34.gold.json", "samples/dev34", 0.91, 0.70},
    {"samples/dev35.gold.json", "samples/dev35", 0.95, 0.83},
    {"samples/dev36.gold.json", "samples/dev36", 0.97, 0.80},
    {"samples/dev37.gold.json", "samples/dev37", 0.96, 0.82},
    {"samples/dev38.gold.json", "samples/dev38", 0.98, 0.85},
    {"samples/dev39.gold.json", "samples/dev39", 0.95, 0.76},
    {"samples/dev40.gold.json", "samples/dev40", 0.98, 0.80},
    {"samples/dev41.gold.json", "samples/dev41", 0.99, 0.86},
    // dev42 (held out): relations 0.732 -> 0.729 in the twenty-second session at the merge
    // that reads English "a" as an article before a direct object (one new false edge).
    {"samples/dev42.gold.json", "samples/dev42", 0.94, 0.73},
    {"samples/dev43.gold.json", "samples/dev43", 0.94, 0.72},
    {"samples/dev44.gold.json", "samples/dev44", 0.95, 0.71},
    {"samples/dev45.gold.json", "samples/dev45", 0.95, 0.79},
    {"samples/dev46.gold.json", "samples/dev46", 0.95, 0.73},
    {"samples/dev47.gold.json", "samples/dev47", 0.95, 0.80},
    {"samples/dev48.gold.json", "samples/dev48", 0.95, 0.77},
    {"samples/dev49.gold.json", "samples/dev49", 0.96, 0.77},
    {"samples/dev50.gold.json", "samples/dev50", 0.95, 0.76},
    {"samples/dev51.gold.json", "samples/dev51", 0.94, 0.75},
    {"samples/dev52.gold.json", "samples/dev52", 0.96, 0.78},
};

bool LoadGold(const char* path, rapidjson::Document* doc) {
  const std::string text = kzgraph::testing::ReadFile(std::string(KZGRAPH_SOURCE_DIR) + "/" + path);
  doc->Parse(text.c_str());
  return !doc->HasParseError() && doc->IsObject() && doc->HasMember("articles") &&
         (*doc)["articles"].IsArray() && doc->HasMember("catalog") && (*doc)["catalog"].IsArray();
}

}  // namespace

TEST_CASE("dev gold: every article exists, has a language, and its edges join its own nodes",
          "[dev]") {
  const DevSet set = GENERATE(from_range(std::begin(kDevSets), std::end(kDevSets)));
  INFO("dev set " << set.gold);
  rapidjson::Document gold;
  REQUIRE(LoadGold(set.gold, &gold));
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
    CHECK(std::filesystem::exists(std::filesystem::path(KZGRAPH_SOURCE_DIR) / set.dir / file));
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
  const DevSet set = GENERATE(from_range(std::begin(kDevSets), std::end(kDevSets)));
  INFO("dev set " << set.gold);
  std::string out;
  REQUIRE(kzgraph::testing::RunCommand(std::string("cd '") + KZGRAPH_SOURCE_DIR + "' && '" +
                                           KZGRAPH_BINARY + "' eval --gold " + set.gold + " " +
                                           set.dir + " 2>/dev/null",
                                       &out) == 0);

  static const std::regex kSummary(
      R"(entities P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+) \| relations P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+))");
  std::smatch m;
  REQUIRE(std::regex_search(out, m, kSummary));
  const double entity_f1 = std::stod(m[3]);
  const double relation_f1 = std::stod(m[6]);
  CHECK(entity_f1 >= set.entity_floor);
  CHECK(relation_f1 >= set.relation_floor);

  // The per-article table must name each gold article: a page that was not
  // read, or a gold entry that names no page, would silently score zero.
  rapidjson::Document gold;
  REQUIRE(LoadGold(set.gold, &gold));
  for (const auto& art : gold["articles"].GetArray()) {
    const std::string file = art["file"].GetString();
    INFO("article " << file);
    CHECK(out.find(file) != std::string::npos);
  }

  const std::string summary = m[0];
  if (entity_f1 < 0.90 || relation_f1 < 0.90) {
    WARN(set.gold << " below the 0.90 goal: " << summary);
  } else {
    WARN(set.gold << ": " << summary);
  }
}
