// The benchmark corpus generator (tools/bench/gen_corpus.py) must be
// reproducible and write what `kzgraph ingest` reads, or the benchmark
// figures of two runs would not compare.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() /
           ("kzgraph_bench_corpus_" + std::to_string(std::random_device{}()));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

int Generate(int articles, int seed, const fs::path& out) {
  std::string cmd = std::string("python3 ") + KZGRAPH_SOURCE_DIR +
                    "/tools/bench/gen_corpus.py --articles " + std::to_string(articles) +
                    " --seed " + std::to_string(seed) + " --shard-size 20 --out '" + out.string() +
                    "' > /dev/null";
  return std::system(cmd.c_str());
}

}  // namespace

TEST_CASE("Bench corpus generator is seeded, sharded and ingest-ready", "[bench]") {
  TempDir tmp;
  REQUIRE(Generate(30, 7, tmp.path / "a") == 0);
  REQUIRE(Generate(30, 7, tmp.path / "b") == 0);
  REQUIRE(Generate(30, 8, tmp.path / "c") == 0);

  for (const char* shard : {"corpus-0000.jsonl", "corpus-0001.jsonl"}) {
    INFO(shard);
    std::string a = ReadFile(tmp.path / "a" / shard);
    REQUIRE_FALSE(a.empty());
    CHECK(a == ReadFile(tmp.path / "b" / shard));  // same seed, same bytes
    CHECK(a != ReadFile(tmp.path / "c" / shard));  // another seed, another corpus
  }
  CHECK_FALSE(fs::exists(tmp.path / "a" / "corpus-0002.jsonl"));  // 30 articles, 20 a shard

  std::set<std::string> ids, dates;
  int relation_sentences = 0;
  for (const char* shard : {"corpus-0000.jsonl", "corpus-0001.jsonl"}) {
    std::istringstream lines(ReadFile(tmp.path / "a" / shard));
    for (std::string line; std::getline(lines, line);) {
      rapidjson::Document doc;
      doc.Parse(line.c_str());
      REQUIRE_FALSE(doc.HasParseError());
      for (const char* key : {"id", "title", "date", "url", "lang", "text"}) {
        INFO(key);
        REQUIRE(doc.HasMember(key));
        REQUIRE(doc[key].IsString());
      }
      CHECK(std::string(doc["lang"].GetString()) == "fr");
      ids.insert(doc["id"].GetString());
      dates.insert(doc["date"].GetString());
      std::string text = doc["text"].GetString();
      CHECK(text.find(doc["title"].GetString()) != std::string::npos);
      CHECK(text.find("Commentaires (") != std::string::npos);  // boilerplate around the body
      for (const char* verb : {"a accusé", "accuse ", "a critiqué", "a envoyé des troupes",
                               "a apporté son soutien", "a rencontré", "a mis en garde"}) {
        if (text.find(verb) != std::string::npos) ++relation_sentences;
      }
    }
  }
  CHECK(ids.size() == 30);
  CHECK(dates.size() >= 4);  // several articles a day, over several days
  CHECK(relation_sentences >= 30);
}
