#include "kzgraph/eval.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

using namespace kzgraph;
namespace fs = std::filesystem;

namespace {

const char* kGold = R"({"symmetric": ["meets"], "catalog": [
 {"id": "Putin", "kind": "person", "aliases": ["Vladimir Poutine", "Poutine"]},
 {"id": "Tokayev", "kind": "person", "aliases": ["Kassym-Jomart Tokaïev"]},
 {"id": "Russia", "kind": "country", "aliases": ["Russie"]},
 {"id": "Kazakhstan", "kind": "country", "aliases": []},
 {"id": "CSTO", "kind": "organization", "aliases": ["OTSC"]}],
 "articles": [
  {"file": "a.txt", "entities": ["Putin", "Tokayev", "Russia"], "optional_entities": ["Kazakhstan"],
   "relations": [["Tokayev", "requests_aid", "CSTO"], ["Putin", "meets", "Tokayev"], ["Putin", "leads", "Russia"]],
   "optional_relations": [["Russia", "sends_troops", "Kazakhstan"]]},
  {"file": "b.txt", "entities": ["CSTO"], "optional_entities": [],
   "relations": [["CSTO", "sends_troops", "Kazakhstan"]], "optional_relations": []}]})";

// Hand-scored: a.txt entities {Putin, Tokayev, Kazakhstan (optional), ?biden}
// -> tp 2, fp 1, fn 1 (Russia); relations requests_aid and meets (reversed,
// symmetric) match, Russie sends_troops is optional, accuses Biden is false,
// leads is missed -> tp 2, fp 1, fn 1. b.txt: nothing predicted -> fn 1 + 1.
// c.txt is not in the gold and is ignored.
const char* kPred =
    R"({"type":"doc","doc":"x/a.txt","id":"a.txt"}
{"type":"entity","doc":"x/a.txt","id":"P1","name":"M. Vladimir Poutine","kind":"person"}
{"type":"entity","doc":"x/a.txt","id":"tokaiev","name":"","aliases":["Kassym-Jomart Tokaïev"]}
{"type":"entity","doc":"x/a.txt","id":"Kazakhstan","name":"Kazakhstan"}
{"type":"entity","doc":"x/a.txt","id":"Biden","name":"Joe Biden"}
not json at all
{"type":"relation","doc":"x/a.txt","subject":"tokaiev","predicate":"requests_aid","object":"OTSC"}
{"type":"relation","doc":"x/a.txt","subject":"Tokayev","predicate":"meets","object":"P1"}
{"type":"relation","doc":"x/a.txt","subject":"Russie","predicate":"sends_troops","object":"Kazakhstan"}
{"type":"relation","doc":"x/a.txt","subject":"P1","predicate":"accuses","object":"Biden"}
{"type":"entity","doc":"c.txt","id":"Putin","name":"Putin"}
)";

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("kzgraph_eval_" + std::to_string(::getpid()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string Write(const std::string& name, const std::string& body) const {
    std::ofstream(path / name, std::ios::binary) << body;
    return (path / name).string();
  }
};

std::string RunCapture(const std::string& command) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  if (p == nullptr) return out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  pclose(p);
  return out;
}

std::string LastLine(const std::string& s) {
  std::string t = s;
  while (!t.empty() && t.back() == '\n') t.pop_back();
  size_t nl = t.rfind('\n');
  return nl == std::string::npos ? t : t.substr(nl + 1);
}

const std::string kScorePy = std::string(KZGRAPH_SOURCE_DIR) + "/../shared/eval/score.py";

}  // namespace

TEST_CASE("Evaluate scores a hand-made prediction file with score.py's rules", "[eval]") {
  TempDir dir;
  const std::string gold = dir.Write("gold.json", kGold);
  const std::string pred = dir.Write("pred.jsonl", kPred);
  std::vector<Extraction> xs;
  std::vector<std::string> warnings;
  REQUIRE(ReadPredictions(pred, &xs, &warnings).ok());
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("pred.jsonl:6:") != std::string::npos);
  EvalReport r;
  REQUIRE(Evaluate(gold, xs, &r).ok());
  CHECK(r.entities.tp == 2);
  CHECK(r.entities.fp == 1);
  CHECK(r.entities.fn == 2);
  CHECK(r.relations.tp == 2);
  CHECK(r.relations.fp == 1);
  CHECK(r.relations.fn == 2);
  CHECK(r.per_type["meets"].tp == 1);
  CHECK(r.per_type["accuses"].fp == 1);
  CHECK(r.per_type["sends_troops"].fn == 1);
  CHECK(r.per_type.count("sends_troops") == 1);
  REQUIRE(r.per_article.size() == 2);
  CHECK(r.per_article[0].first == "a.txt");
  CHECK(r.per_article[1].second.first.fn == 1);
  const std::string text = FormatReport(r, true);
  CHECK(LastLine(text) == "entities P=0.667 R=0.500 F1=0.571 | relations P=0.667 R=0.500 F1=0.571");
  CHECK(text.find("  entity_fp: ?biden\n") != std::string::npos);
  CHECK(text.find("  relation_fn: Putin leads Russia\n") != std::string::npos);
  CHECK(text.find("a.txt                              0.67   0.67   0.67") != std::string::npos);

  // The CLI prints the same report.
  const std::string cli = RunCapture(std::string(KZGRAPH_BINARY) + " eval -v --gold " + gold +
                                     " --pred " + pred + " 2>/dev/null");
  CHECK(cli == text);
  // And so does the shared scorer, byte for byte, when it is around.
  if (fs::exists(kScorePy)) {
    const std::string py = RunCapture("python3 " + kScorePy + " -v --gold " + gold + " --pred " +
                                      pred + " 2>/dev/null");
    CHECK(py == text);
  }
}

TEST_CASE("Evaluate reports a missing or malformed gold file", "[eval]") {
  TempDir dir;
  EvalReport r;
  CHECK(Evaluate((dir.path / "none.json").string(), {}, &r).IsInvalidArgument());
  const std::string bad = dir.Write("bad.json", "{\"catalog\": 3}");
  Status s = Evaluate(bad, {}, &r);
  CHECK(s.IsInvalidArgument());
  CHECK(s.message().find("bad.json") != std::string::npos);
}

TEST_CASE("kzgraph eval on the samples prints what score.py prints", "[eval]") {
  TempDir dir;
  const std::string src = KZGRAPH_SOURCE_DIR;
  const std::string gold = src + "/samples/seeds.gold.json";
  const std::string ours = RunCapture(std::string(KZGRAPH_BINARY) + " eval -v --gold " + gold +
                                      " " + src + "/samples/kz 2>/dev/null");
  REQUIRE(LastLine(ours).rfind("entities P=", 0) == 0);
  if (!fs::exists(kScorePy)) return;  // the scorer lives beside the repository, not in it
  const std::string pred = (dir.path / "pred.jsonl").string();
  REQUIRE(std::system((std::string(KZGRAPH_BINARY) + " extract --format jsonl " + src +
                       "/samples/kz > " + pred)
                          .c_str()) == 0);
  const std::string theirs =
      RunCapture("python3 " + kScorePy + " -v --gold " + gold + " --pred " + pred + " 2>/dev/null");
  CHECK(LastLine(ours) == LastLine(theirs));
  CHECK(ours == theirs);
}
