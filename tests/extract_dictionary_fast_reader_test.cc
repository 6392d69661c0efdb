// The dictionary loader reads lines of the common shape without a JSON tree
// and hands every other line to rapidjson: both paths must give the same
// actors and names, and the errors keep their wording and line.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "extract/dictionary.h"
#include "extract/lexicon.h"
#include "extract/words.h"

namespace kzgraph::extract {
namespace {

namespace fs = std::filesystem;

// A temporary folder removed at the end of the test.
class TempDir {
 public:
  TempDir()
      : path_(fs::temp_directory_path() / ("kzgraph_s11startup_" + std::to_string(::getpid()) +
                                           "_" + std::to_string(counter_++))) {
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }
  std::string Write(const std::string& name, const std::string& text) const {
    const fs::path file = path_ / name;
    std::ofstream out(file, std::ios::binary);
    out << text;
    return file.string();
  }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

Status LoadText(const std::string& text, Dictionary* dict) {
  TempDir dir;
  return dict->LoadFile(dir.Write("d.jsonl", text));
}

// Every name of the dictionary found at words[0] of `text`, as
// "actor-id/how" (how: 0 alias .. 4 metonym).
std::vector<std::string> NamesAt(const Dictionary& dict, const std::string& text) {
  std::vector<Word> words;
  SplitWords(text, {0, static_cast<uint32_t>(text.size())}, &words);
  std::vector<std::string> out;
  const PhraseIndex::Match m = dict.Longest(text, words, 0);
  for (int p : m.payloads) {
    const NameInfo& n = dict.name(p);
    out.push_back(dict.actors()[n.actor].id + "/" + std::to_string(static_cast<int>(n.how)) + "/" +
                  std::to_string(m.length));
  }
  return out;
}

void RequireSameActors(const Dictionary& a, const Dictionary& b) {
  REQUIRE(a.actors().size() == b.actors().size());
  for (size_t k = 0; k < a.actors().size(); ++k) {
    const Actor& x = a.actors()[k];
    const Actor& y = b.actors()[k];
    CHECK(x.id == y.id);
    CHECK(x.kind == y.kind);
    CHECK(x.name == y.name);
    CHECK(x.name_fr == y.name_fr);
    CHECK(x.adj_en == y.adj_en);
    CHECK(x.gender == y.gender);
    CHECK(x.in_country == y.in_country);
    CHECK(x.disputed == y.disputed);
    CHECK(x.de_jure == y.de_jure);
    CHECK(x.members == y.members);
    REQUIRE(x.offices.size() == y.offices.size());
    for (size_t o = 0; o < x.offices.size(); ++o) {
      CHECK(x.offices[o].role == y.offices[o].role);
      CHECK(x.offices[o].of == y.offices[o].of);
      CHECK(x.offices[o].from == y.offices[o].from);
      CHECK(x.offices[o].to == y.offices[o].to);
    }
  }
}

TEST_CASE("plain and escaped dictionary lines load the same actors", "[extract][dictionary]") {
  // The same entries twice: plainly (the scanner reads them), and with a
  // JSON escape in each line (rapidjson reads them: "\u0061" is "a").
  const std::string plain =
      "{\"id\": \"Ruritania\", \"kind\": \"country\", \"name\": \"Ruritania\", \"name_fr\": "
      "\"Ruritanie\", \"adj_en\": \"Ruritanian\", \"aliases\": [\"Ruritanie\", \"Royaume de "
      "Ruritanie\"], \"acronyms\": [\"RUR\"], \"adjectives\": [\"ruritanien\"], \"demonyms\": "
      "[\"Ruritaniens\"], \"metonyms\": [\"Strelsau\"], \"iso2\": \"RU\", \"un_member\": true}\n"
      "{\"id\":\"RTA\",\"kind\":\"organization\",\"name\":\"RTA\",\"members\":[\"Ruritania\"],"
      "\"aliases\":[\"Ruritanian Trade Alliance\"],\"acronyms\":[]}\n"
      "  // a comment line\n"
      "\n"
      "{\"id\": \"Elphberg\", \"kind\": \"person\", \"gender\": \"m\", \"aliases\": "
      "[\"Rudolf Elphberg\", \"Elphberg\"], \"offices\": [{\"role\": \"head_of_state\", \"of\": "
      "\"Ruritania\", \"from\": \"2001-01-01\", \"to\": \"\"}, {\"role\": \"chair\", \"of\": "
      "\"RTA\", \"from\": \"2003-01-01\", \"to\": \"2005-01-01\"}]}\r\n"
      "{\"id\": \"Zenda\", \"kind\": \"location\", \"of\": \"Ruritania\", \"aliases\": "
      "[\"Zenda\"]}\n"
      "{\"id\": \"Borderland\", \"kind\": \"location\", \"disputed\": true, \"de_jure\": "
      "\"Ruritania\", \"aliases\": [\"Borderland\"]}\n"
      "{\"id\": \"Ruritania\", \"kind\": \"country\", \"aliases\": [\"Ruritanian Kingdom\"]}";
  std::string escaped;
  for (size_t at = 0; at < plain.size();) {
    size_t eol = plain.find('\n', at);
    if (eol == std::string::npos) eol = plain.size();
    std::string line = plain.substr(at, eol - at);
    at = eol + 1;
    if (const size_t a = line.find("a\""); a != std::string::npos && line.find('{') == 0)
      line.replace(a, 1, "\\u0061");
    escaped += line + "\n";
  }
  REQUIRE(escaped.find("\\u0061") != std::string::npos);

  Dictionary fast, tree;
  REQUIRE(LoadText(plain, &fast).ok());
  REQUIRE(LoadText(escaped, &tree).ok());
  RequireSameActors(fast, tree);
  REQUIRE(fast.actors().size() == 5);
  CHECK(fast.actors()[0].name_fr == "Ruritanie");
  CHECK(fast.actors()[2].offices.size() == 2);
  CHECK(fast.actors()[3].in_country == "Ruritania");
  CHECK(fast.actors()[4].disputed);
  CHECK(fast.actors()[4].de_jure == "Ruritania");
  for (const std::string& text :
       {std::string("Royaume de Ruritanie"), std::string("Ruritanie"), std::string("RUR"),
        std::string("RTA"), std::string("ruritanien"), std::string("Strelsau"),
        std::string("Rudolf Elphberg"), std::string("Ruritanian Kingdom"), std::string("Zenda")}) {
    INFO(text);
    const std::vector<std::string> names = NamesAt(fast, text);
    CHECK_FALSE(names.empty());
    CHECK(names == NamesAt(tree, text));
  }
  // An all-caps organization id is an acronym (exact case only).
  CHECK(NamesAt(fast, "RTA") == std::vector<std::string>{"RTA/1/1"});
  CHECK(NamesAt(fast, "Rta").empty());
  CHECK(fast.Holder("head_of_state", "Ruritania", "2010-05-05") == &fast.actors()[2]);
  CHECK(fast.Holder("chair", "RTA", "2004-01-01") == &fast.actors()[2]);
  CHECK(fast.Holder("chair", "RTA", "2006-01-01") == nullptr);
}

// Every line of `text` that is an object, with its first `a"` written as a
// JSON escape: the scanner refuses it and rapidjson reads it.
std::string EscapeEachLine(const std::string& text) {
  std::string out;
  for (size_t at = 0; at < text.size();) {
    size_t eol = text.find('\n', at);
    if (eol == std::string::npos) eol = text.size();
    std::string line = text.substr(at, eol - at);
    at = eol + 1;
    if (const size_t a = line.find("a\""); a != std::string::npos && line.find('{') == 0)
      line.replace(a, 1, "\\u0061");
    out += line + "\n";
  }
  return out;
}

TEST_CASE("the shipped dictionaries read the same through both paths", "[extract][dictionary]") {
  // A field the loader reads but the scanner skipped would be lost without a
  // word (as de_jure once was): every shipped file, read plainly and with
  // every line forced through rapidjson, gives the same actors.
  const fs::path dict_dir = fs::path(KZGRAPH_SOURCE_DIR) / "schema" / "dict";
  TempDir escaped_dir;
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dict_dir)) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    escaped_dir.Write(entry.path().filename().string(), EscapeEachLine(text));
    ++files;
  }
  REQUIRE(files >= 5);
  Dictionary plain, escaped;
  REQUIRE(plain.LoadDir(dict_dir.string()).ok());
  REQUIRE(escaped.LoadDir(escaped_dir.path().string()).ok());
  RequireSameActors(plain, escaped);
  CHECK(plain.actors().size() > 3000);
}

TEST_CASE("unusual dictionary lines keep rapidjson's reading", "[extract][dictionary]") {
  Dictionary dict;
  REQUIRE(LoadText(
              // A repeated field: the first counts.
              "{\"id\": \"First\", \"id\": \"Second\", \"kind\": \"group\", \"aliases\": "
              "[\"First Group\"]}\n"
              // Numbers, nulls and nested objects in fields the loader ignores.
              "{\"id\": \"Numbered\", \"kind\": \"group\", \"count\": 3, \"extra\": null, "
              "\"meta\": {\"a\": [1, 2]}, \"aliases\": [\"Numbered Band\"]}\n"
              // A repeated office key: the first counts; members that are not
              // strings are skipped.
              "{\"id\": \"Holder\", \"kind\": \"person\", \"offices\": [{\"role\": \"minister\", "
              "\"role\": \"chair\", \"of\": \"First\", \"from\": \"\", \"to\": \"\"}]}\n"
              "{\"id\": \"Club\", \"kind\": \"organization\", \"members\": [\"First\", 7]}\n"
              // A name that is not a string is empty: the id stands for it.
              "{\"id\": \"Nameless\", \"kind\": \"group\", \"name\": 5}\n",
              &dict)
              .ok());
  REQUIRE(dict.actors().size() == 5);
  CHECK(dict.actors()[0].id == "First");
  CHECK(NamesAt(dict, "First Group") == std::vector<std::string>{"First/0/2"});
  CHECK(NamesAt(dict, "Numbered Band") == std::vector<std::string>{"Numbered/0/2"});
  CHECK(dict.Holder("minister", "First", "") == &dict.actors()[2]);
  CHECK(dict.Holder("chair", "First", "") == nullptr);
  CHECK(dict.actors()[3].members == std::vector<std::string>{"First"});
  CHECK(dict.actors()[4].name == "Nameless");
}

TEST_CASE("dictionary errors keep their wording and line", "[extract][dictionary]") {
  struct Case {
    std::string line;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"{\"id\": \"X\", \"kind\": \"planet\"}", "\"kind\" must be"},
      {"{\"kind\": \"group\"}", "missing \"id\""},
      {"{\"id\": \"\", \"kind\": \"group\"}", "missing \"id\""},
      {"{\"id\": \"X\", \"kind\": \"group\", \"aliases\": \"X\"}", "\"aliases\" must be an array"},
      {"{\"id\": \"X\", \"kind\": \"group\", \"metonyms\": [\"a\", 1]}",
       "\"metonyms\" must be an array"},
      {"{\"id\": \"X\", \"kind\": \"person\", \"offices\": [{\"role\": \"\", \"of\": \"Y\"}]}",
       "an office needs"},
      {"{\"id\": \"X\", \"kind\": \"person\", \"offices\": [\"chair\"]}",
       "each office must be an object"},
      {"{\"id\": \"X\", \"kind\": \"location\", \"disputed\": \"yes\"}",
       "\"disputed\" must be true or false"},
      {"{\"id\": \"X\", \"kind\": \"location\", \"disputed\": true, \"of\": \"Y\"}",
       "a disputed place names no country"},
      {"[\"X\"]", "expected a JSON object"},
      {"{\"id\": \"X\", \"kind\": \"group\",}", "invalid JSON ("},
      {"{\"id\": \"X\", \"kind\": \"group\"} {}", "invalid JSON ("},
      {"{\"id\": \"X\x01\", \"kind\": \"group\"}", "invalid JSON ("},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    TempDir dir;
    const std::string path =
        dir.Write("bad.jsonl", "{\"id\": \"Fine\", \"kind\": \"group\"}\n\n" + c.line + "\n");
    Dictionary dict;
    const Status s = dict.LoadFile(path);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().rfind(path + ":3: ", 0) == 0);
    CHECK(s.message().find(c.message) != std::string::npos);
  }
}

TEST_CASE("LoadDir reads every file in name order", "[extract][dictionary]") {
  TempDir dir;
  dir.Write("b.jsonl", "{\"id\": \"Beta\", \"kind\": \"group\", \"aliases\": [\"Beta Band\"]}\n");
  dir.Write("a.jsonl",
            "{\"id\": \"Alpha\", \"kind\": \"group\"}\n{\"id\": \"Beta\", \"kind\": \"group\", "
            "\"aliases\": [\"Old Beta\"]}");
  dir.Write("c.txt", "not a dictionary");
  Dictionary dict;
  // The folder of the TempDir: the parent of a written file.
  const std::string folder = fs::path(dir.Write("d.jsonl", "")).parent_path().string();
  REQUIRE(dict.LoadDir(folder).ok());
  REQUIRE(dict.actors().size() == 2);
  CHECK(dict.actors()[0].id == "Alpha");
  CHECK(dict.actors()[1].id == "Beta");
  // The later file adds its names to the known id.
  CHECK(NamesAt(dict, "Old Beta") == std::vector<std::string>{"Beta/0/2"});
  CHECK(NamesAt(dict, "Beta Band") == std::vector<std::string>{"Beta/0/2"});
}

}  // namespace
}  // namespace kzgraph::extract

namespace kzgraph::extract {
namespace {

TEST_CASE("lexicon files are cut into lines as before", "[extract][dictionary]") {
  TempDir dir;
  // CRLF ends, a comment, a blank line and a last line without '\n'.
  dir.Write("a.tsv",
            "# comment\r\ntrigger\taccuser\ttype=accuses pos=verb lang=fr\r\n\r\n"
            "trigger\tcondamnation\ttype=criticizes");
  dir.Write("b.tsv", "det\tle\n");
  const std::string folder = fs::path(dir.Write("c.txt", "ignored")).parent_path().string();
  Lexicon lex;
  REQUIRE(lex.LoadDir(folder).ok());
  REQUIRE(lex.entries().size() == 3);
  CHECK(lex.entries()[0].phrase == "accuser");
  CHECK(lex.entries()[0].where.rfind(":2") == lex.entries()[0].where.size() - 2);
  CHECK(lex.entries()[1].phrase == "condamnation");
  CHECK(lex.entries()[1].Get("type") == "criticizes");
  CHECK(lex.entries()[1].where.rfind(":4") == lex.entries()[1].where.size() - 2);
  CHECK(lex.entries()[2].phrase == "le");
  const std::string text = "accusait";
  std::vector<Word> words;
  SplitWords(text, {0, static_cast<uint32_t>(text.size())}, &words);
  CHECK(lex.Longest(words, 0, lex.Class("trigger")).length == 1);
  // A malformed line names its file and line.
  const std::string bad = dir.Write("bad.tsv", "det\tle\ntrigger\n");
  Lexicon broken;
  const Status s = broken.LoadFile(bad);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().rfind(bad + ":2: ", 0) == 0);
  CHECK_FALSE(Lexicon().LoadFile(bad + ".missing").ok());
}

TEST_CASE("a dictionary that cannot be sized first is read whole", "[extract][dictionary]") {
  // A FIFO (as --dict <(...) gives) has no size to seek to: the loader reads
  // on to its end.
  TempDir dir;
  const std::string fifo = fs::path(dir.Write("x", "")).parent_path() / "pipe.jsonl";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string text;
  for (int k = 0; k < 400; ++k) {  // more than one read's worth of bytes
    text += "{\"id\": \"Actor" + std::to_string(k) +
            "\", \"kind\": \"group\", \"aliases\": [\"Band Number " + std::to_string(k) + "\"]}\n";
  }
  std::thread writer([&] {
    std::ofstream out(fifo, std::ios::binary);
    out << text;
  });
  Dictionary dict;
  const Status s = dict.LoadFile(fifo);
  writer.join();
  REQUIRE(s.ok());
  REQUIRE(dict.actors().size() == 400);
  CHECK(dict.actors()[399].id == "Actor399");
  CHECK(NamesAt(dict, "Band Number 399") == std::vector<std::string>{"Actor399/0/3"});
}

}  // namespace
}  // namespace kzgraph::extract
