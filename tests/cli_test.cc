// End-to-end checks of the command line as a new user meets it.
#include <catch2/catch.hpp>

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
  CommandResult r = RunKzgraph("ingest --db " + Quote(db) + " " + Quote(dir / "in") + " " +
                                   Quote(dir / "missing.txt"),
                               dir);
  CHECK(r.exit_code == 1);  // some input failed
  // One line per bad input, naming it.
  CHECK(r.err.find(dir / "missing.txt") != std::string::npos);
  CHECK(r.err.find(dir / "in/empty.txt") != std::string::npos);
  CHECK(r.err.find(dir / "in/binary.bin") != std::string::npos);
  CHECK(r.err.find(dir / "in/latin1.txt") != std::string::npos);  // repaired, with a warning
  CHECK(r.err.find("Segmentation") == std::string::npos);

  // The good inputs are stored: the sample and the repaired Latin-1 file.
  CommandResult stats = RunKzgraph("stats --db " + Quote(db), dir);
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
  for (const char* sub : {"extract", "ingest", "load", "remove", "stats", "inspect",
                          "export", "eval"}) {
    INFO(sub);
    CommandResult h = RunKzgraph(std::string(sub) + " --help", dir);
    CHECK(h.exit_code == 0);
    CHECK(h.out.find(std::string("kzgraph ") + sub + " [OPTIONS]") != std::string::npos);
  }
  CommandResult bad = RunKzgraph("frobnicate", dir);
  CHECK(bad.exit_code == 2);
}
