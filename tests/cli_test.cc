// End-to-end checks of the command line as a new user meets it.
#include <catch2/catch.hpp>

#include <set>

#include "store_test_util.h"

using namespace kzgraph::testing;

namespace {

const std::string kSamples = std::string(KZGRAPH_SOURCE_DIR) + "/samples/kz";

}  // namespace

TEST_CASE("CLI ingest reports each bad input in one line and keeps the others", "[cli]") {
  TempDir dir("cli-bad");
  std::filesystem::create_directories(dir / "in");
  std::filesystem::copy_file(kSamples + "/000_c74a299663472655.txt",
                             dir / "in/000_c74a299663472655.txt");
  WriteFile(dir / "in/empty.txt", "");
  WriteFile(dir / "in/latin1.txt", "Le pr\xe9sident russe a accus\xe9 l'Occident.\n");
  std::string binary = "\x7f" "ELF";
  binary += std::string(64, '\0');
  WriteFile(dir / "in/binary.bin", binary);

  const std::string db = dir / "db";
  CommandResult r = RunKzgraph("ingest --db " + ShellQuote(db) + " " + ShellQuote(dir / "in") +
                                   " " + ShellQuote(dir / "missing.txt"),
                               dir);
  CHECK(r.exit_code == 1);  // some input failed
  // One line per bad input, naming it.
  CHECK(r.err.find(dir / "missing.txt") != std::string::npos);
  CHECK(r.err.find(dir / "in/empty.txt") != std::string::npos);
  CHECK(r.err.find(dir / "in/binary.bin") != std::string::npos);
  CHECK(r.err.find(dir / "in/latin1.txt") != std::string::npos);  // repaired, with a warning
  CHECK(r.err.find("Segmentation") == std::string::npos);

  // The good inputs are stored: the sample and the repaired Latin-1 file.
  CommandResult stats = RunKzgraph("stats --db " + ShellQuote(db), dir);
  REQUIRE(stats.exit_code == 0);
  CHECK(stats.out.find("articles               2") != std::string::npos);
  const std::string dump = DumpStore(db);
  CHECK(dump.find("article 000_c74a299663472655.txt") != std::string::npos);
  CHECK(dump.find("article latin1.txt") != std::string::npos);
  CHECK(dump.find("edge Lukashenko -accuses-> West") != std::string::npos);
}

TEST_CASE("CLI answers --version and --help for every subcommand", "[cli]") {
  TempDir dir("cli-help");
  CommandResult v = RunKzgraph("--version", dir);
  CHECK(v.exit_code == 0);
  CHECK(v.out.rfind("kzgraph ", 0) == 0);
  for (const char* sub : {"extract", "ingest", "load", "remove", "stats", "inspect", "query",
                          "export", "eval"}) {
    INFO(sub);
    CommandResult h = RunKzgraph(std::string(sub) + " --help", dir);
    CHECK(h.exit_code == 0);
    CHECK(h.out.find(std::string("kzgraph ") + sub + " [OPTIONS]") != std::string::npos);
  }
  CommandResult bad = RunKzgraph("frobnicate", dir);
  CHECK(bad.exit_code == 2);
}

TEST_CASE("CLI main job: the samples answer who accuses whom in words and in Cypher", "[cli]") {
  TempDir dir("cli-main");
  const std::string db = ShellQuote(dir / "db");
  REQUIRE(RunKzgraph("ingest --db " + db + " " + ShellQuote(kSamples), dir).exit_code == 0);

  auto pairs = [&](const std::string& query) {
    CommandResult r = RunKzgraph("query --db " + db + " --format tsv " + ShellQuote(query), dir);
    REQUIRE(r.exit_code == 0);
    std::set<std::string> rows;
    std::istringstream lines(r.out);
    std::string line;
    std::getline(lines, line);  // header
    while (std::getline(lines, line)) rows.insert(line);
    return rows;
  };
  const std::set<std::string> english = pairs("who accuses whom");
  CHECK(english.count("Alexander Lukashenko\tthe West\t1") == 1);
  CHECK(english.count("Vladimir Putin\tterrorists\t2") == 1);
  CHECK(pairs("qui accuse qui") == english);
  CHECK(pairs("MATCH (a)-[r:accuses]->(b) RETURN a.name, b.name, r.weight "
              "ORDER BY r.weight DESC") == english);

  CommandResult path = RunKzgraph(
      "query --db " + db + " --format tsv " + ShellQuote("how is Blinken connected to Lukashenko"),
      dir);
  REQUIRE(path.exit_code == 0);
  CHECK(path.out.find("Antony Blinken") != std::string::npos);
  CHECK(path.out.find("Alexander Lukashenko") != std::string::npos);
}
