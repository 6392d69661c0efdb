#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "kzgraph/extractor.h"
#include "text/read_internal.h"

using namespace kzgraph;
namespace fs = std::filesystem;

namespace {

struct ReadDir {
  fs::path path;
  ReadDir() {
    path = fs::temp_directory_path() / ("kzgraph_read_" + std::to_string(::getpid()));
    fs::create_directories(path);
  }
  ~ReadDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string Write(const std::string& name, const std::string& body) const {
    std::ofstream(path / name, std::ios::binary) << body;
    return (path / name).string();
  }
};

}  // namespace

TEST_CASE("ReadArticles reads plain text with its bytes intact", "[text]") {
  ReadDir dir;
  const std::string body = "Titre de l’article ici\n\nLe président parle.\n";
  const std::string path = dir.Write("a.txt", body);
  std::vector<Article> out;
  std::vector<std::string> warnings;
  REQUIRE(ReadArticles(path, &out, &warnings).ok());
  REQUIRE(out.size() == 1);
  CHECK(out[0].text == body);
  CHECK(out[0].id == "a.txt");
  CHECK(out[0].source == path);
  CHECK(out[0].content_hash.size() == 16);
  CHECK(warnings.empty());
}

TEST_CASE("ReadArticles repairs invalid UTF-8 byte for byte", "[text]") {
  ReadDir dir;
  const std::string path = dir.Write("latin1.txt", "Le pr\xe9sident \xff\xfe a parl\xc3\xa9.\n");
  std::vector<Article> out;
  std::vector<std::string> warnings;
  REQUIRE(ReadArticles(path, &out, &warnings).ok());
  REQUIRE(out.size() == 1);
  CHECK(out[0].text == "Le pr?sident ?? a parl\xc3\xa9.\n");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("latin1.txt") != std::string::npos);
  CHECK(warnings[0].find("byte 5") != std::string::npos);
  CHECK(warnings[0].find("3 bytes") != std::string::npos);
  // Overlong and truncated sequences are invalid too.
  const std::string p2 = dir.Write("overlong.txt", "abc \xc0\xaf def \xe2\x82\n");
  out.clear();
  warnings.clear();
  REQUIRE(ReadArticles(p2, &out, &warnings).ok());
  CHECK(out[0].text == "abc ?? def ??\n");
}

TEST_CASE("ReadArticles refuses binary, empty and missing files in one line", "[text]") {
  ReadDir dir;
  std::vector<Article> out;
  std::vector<std::string> warnings;
  const std::string bin = dir.Write("x.bin", std::string("PK\x03\x04\0\0\x01\x02", 8) + "zip");
  Status s = ReadArticles(bin, &out, &warnings);
  CHECK(s.IsInvalidArgument());
  CHECK(s.message() == bin + ": binary file, not text");
  std::string noise;
  for (int i = 0; i < 2000; ++i) noise.push_back(static_cast<char>(0x80 + (i * 7) % 0x40));
  s = ReadArticles(dir.Write("noise.dat", noise), &out, &warnings);
  CHECK(s.message().find("binary file, not text") != std::string::npos);
  const std::string empty = dir.Write("e.txt", "");
  CHECK(ReadArticles(empty, &out, &warnings).message() == empty + ": empty file");
  const std::string blank = dir.Write("w.txt", " \n\t\n");
  CHECK(ReadArticles(blank, &out, &warnings).message() == blank + ": empty file");
  const std::string missing = (dir.path / "nope.txt").string();
  CHECK(ReadArticles(missing, &out, &warnings).message() ==
        missing + ": no such file or directory");
  CHECK(out.empty());
  std::vector<std::string> errors;
  auto files = ListInputs({missing, dir.path.string()}, &errors);
  CHECK(errors == std::vector<std::string>{missing + ": no such file or directory"});
  CHECK(files.size() == 4);
}

TEST_CASE("ReadArticles reads JSONL, one article a line, bad lines warned", "[text]") {
  ReadDir dir;
  const std::string path = dir.Write(
      "batch.jsonl",
      "{\"id\":\"k1\",\"title\":\"T1\",\"date\":\"2022-01-07T08:00:00Z\",\"url\":\"https://"
      "x.example/"
      "k1.html\",\"lang\":\"fr\",\"text\":\"Le pr\\u00e9sident parle.\"}\n"
      "{broken\n"
      "\n"
      "[1,2]\n"
      "{\"id\":\"k2\",\"date\":\"lundi 10 janvier 2022\",\"text\":\"Second article here.\"}\n"
      "{\"id\":\"k3\",\"text\":\"   \"}\n");
  std::vector<Article> out;
  std::vector<std::string> warnings;
  REQUIRE(ReadArticles(path, &out, &warnings).ok());
  REQUIRE(out.size() == 2);
  CHECK(out[0].id == "k1");
  CHECK(out[0].title == "T1");
  CHECK(out[0].date == "2022-01-07");
  CHECK(out[0].lang == "fr");
  CHECK(out[0].text == "Le président parle.");
  CHECK(out[0].source == "https://x.example/k1.html");
  CHECK(out[1].date == "2022-01-10");
  REQUIRE(warnings.size() == 3);
  CHECK(warnings[0].rfind(path + ":2: ", 0) == 0);
  CHECK(warnings[1].rfind(path + ":4: ", 0) == 0);
  CHECK(warnings[2].rfind(path + ":6: ", 0) == 0);
  // Sniffed without the extension; a file with no good line fails.
  const std::string sniffed = dir.Write("feed.data", "{\"id\":\"s\",\"text\":\"Un texte.\"}\n");
  out.clear();
  REQUIRE(ReadArticles(sniffed, &out, &warnings).ok());
  CHECK(out.at(0).id == "s");
  const std::string bad = dir.Write("bad.jsonl", "{oops\n");
  CHECK(ReadArticles(bad, &out, &warnings).IsInvalidArgument());
}

TEST_CASE("kzgraph extract goes on after a bad input and reads stdin", "[text]") {
  ReadDir dir;
  const std::string good = dir.Write("good.txt", "Un titre assez long ici\n\nLe texte suit.\n");
  const std::string empty = dir.Write("empty.txt", "");
  const std::string err = (dir.path / "err.txt").string();
  const std::string cmd = std::string(KZGRAPH_BINARY) + " extract " + empty + " " + good + " " +
                          (dir.path / "missing.txt").string() + " > " +
                          (dir.path / "out.jsonl").string() + " 2> " + err;
  CHECK(std::system(cmd.c_str()) != 0);
  std::ifstream e(err);
  std::string errors((std::istreambuf_iterator<char>(e)), std::istreambuf_iterator<char>());
  CHECK(errors.find(empty + ": empty file\n") != std::string::npos);
  CHECK(errors.find("missing.txt: no such file or directory\n") != std::string::npos);
  std::ifstream o(dir.path / "out.jsonl");
  std::string records((std::istreambuf_iterator<char>(o)), std::istreambuf_iterator<char>());
  CHECK(records.find("\"id\":\"good.txt\"") != std::string::npos);
  const std::string stdin_cmd = "printf 'Un titre assez long ici\\n\\nTexte.\\n' | " +
                                std::string(KZGRAPH_BINARY) + " extract - > " +
                                (dir.path / "stdin.jsonl").string();
  CHECK(std::system(stdin_cmd.c_str()) == 0);
  std::ifstream so(dir.path / "stdin.jsonl");
  std::string srec((std::istreambuf_iterator<char>(so)), std::istreambuf_iterator<char>());
  CHECK(srec.find("\"id\":\"stdin\"") != std::string::npos);
}

TEST_CASE("ReadArticles unescapes JSONL strings in place, CRLF and last line included", "[text]") {
  ReadDir dir;
  // Escapes shorten the text as it is decoded: the next member must still be
  // read from where the parser left off, not from the original bytes.
  const std::string path = dir.Write(
      "esc.jsonl",
      "  {\"text\":\"A \\\"quoted\\\" line\\nand \\u00e9t\\u00e9 \\ud83d\\ude00.\",\"id\":\"e1\"}  "
      "\r\n"
      "{\"id\":\"e2\",\"title\":\"Ti\\/tle\",\"text\":\"Plain.\"}\r\n"
      "{\"id\":\"e3\",\"text\":\"Last, no newline.\"}");
  std::vector<Article> out;
  std::vector<std::string> warnings;
  REQUIRE(ReadArticles(path, &out, &warnings).ok());
  CHECK(warnings.empty());
  REQUIRE(out.size() == 3);
  CHECK(out[0].text == "A \"quoted\" line\nand \xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80.");
  CHECK(out[0].id == "e1");
  CHECK(out[1].title == "Ti/tle");
  CHECK(out[1].text == "Plain.");
  CHECK(out[2].id == "e3");
  CHECK(out[2].text == "Last, no newline.");
}

TEST_CASE("ReadArticles names the line and column of a bad JSONL record", "[text]") {
  ReadDir dir;
  const std::string path = dir.Write("cols.jsonl",
                                     "{\"id\":\"ok\",\"text\":\"Fine.\"}\n"
                                     "   {\"text\": tru}\n"
                                     "{\"text\":\"x\"} trailing\n");
  std::vector<Article> out;
  std::vector<std::string> warnings;
  REQUIRE(ReadArticles(path, &out, &warnings).ok());
  REQUIRE(out.size() == 1);
  REQUIRE(warnings.size() == 2);
  // Columns count from the first non-blank byte of the line.
  CHECK(warnings[0].rfind(path + ":2: not JSON (", 0) == 0);
  CHECK(warnings[0].find("at column 13)") != std::string::npos);
  CHECK(warnings[1].rfind(path + ":3: not JSON (", 0) == 0);
  CHECK(warnings[1].find("at column 14)") != std::string::npos);
}

TEST_CASE("GuessLanguage counts function words between spaces", "[text]") {
  using kzgraph::text::GuessLanguage;
  CHECK(GuessLanguage("Alors le chef et la presse des villes parle.") == "fr");
  CHECK(GuessLanguage("Then the army and the police of the city with force.") == "en");
  // The first and the last word have no space on both sides.
  CHECK(GuessLanguage("le la les") == "");
  CHECK(GuessLanguage("x le la les y") == "fr");
  // Capitals and longer words do not count; ties go to French.
  CHECK(GuessLanguage("x Le La Les THE y") == "");
  CHECK(GuessLanguage("x with the and le la du y") == "fr");
  CHECK(GuessLanguage("x with the and was le la y") == "en");
  // Only the first 4 KB are read.
  std::string padded = "x " + std::string(4100, 'a') + " the the the the y";
  CHECK(GuessLanguage(padded) == "");
}
