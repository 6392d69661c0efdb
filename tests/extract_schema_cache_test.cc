// The schema cache (src/extract/schema_cache.*): a warm start must extract
// exactly as a cold one, and every cache file that is not the one the
// inputs and build would write (missing, stale, foreign, truncated,
// corrupt) must fall back to a fresh load. Every cache here lives in a
// temp folder: nothing depends on $HOME or on an earlier run.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "extract/dictionary.h"
#include "extract/lexicon.h"
#include "extract/schema_cache.h"
#include "kzgraph/extractor.h"
#include "test_util.h"

namespace kzgraph::extract {
namespace {

namespace fs = std::filesystem;
using kzgraph::testing::ReadFile;
using kzgraph::testing::TempDir;
using kzgraph::testing::WriteFile;

const std::string kSchema = std::string(KZGRAPH_SOURCE_DIR) + "/schema";

// Articles of both languages, written for these tests.
const std::vector<Article>& Articles() {
  static const std::vector<Article> articles = [] {
    std::vector<Article> out(3);
    out[0].id = "en";
    out[0].text =
        "Russia warned Ukraine on Monday. The French president Emmanuel Macron met Olaf "
        "Scholz in Berlin, and NATO sent troops to Estonia. The UN accused the army of "
        "crimes against civilians.";
    out[1].id = "fr";
    out[1].text =
        "Le président russe Vladimir Poutine a accusé l'Ukraine de terrorisme. La France a "
        "critiqué la décision de Moscou, et le Mali a demandé l'aide de l'Algérie.";
    out[2].id = "extra";
    out[2].text = "Zorblax Quentari criticized the Tarvonian Council on Tuesday.";
    return out;
  }();
  return articles;
}

// The explain report and records of every article.
std::string Run(const Extractor& ex) {
  std::string out;
  for (const Article& a : Articles()) {
    std::string report;
    REQUIRE(ex.Explain(a, &report).ok());
    out += report;
    Extraction x;
    REQUIRE(ex.Extract(a, &x).ok());
    for (const Relation& r : x.relations)
      out += r.subject + " " + r.predicate + " " + r.object + "\n";
    for (const Entity& e : x.entities) out += e.id + "/" + e.kind + "\n";
  }
  return out;
}

std::string Extract(const std::string& cache_dir, const std::string& schema = kSchema,
                    const std::vector<std::string>& dicts = {}) {
  ExtractorOptions options;
  options.schema_dir = schema;
  options.schema_cache_dir = cache_dir;
  options.extra_dicts = dicts;
  std::unique_ptr<Extractor> ex;
  REQUIRE(Extractor::Open(options, &ex).ok());
  return Run(*ex);
}

bool LoadsFromCache(const std::string& cache_dir, const std::string& schema = kSchema,
                    const std::vector<std::string>& dicts = {}) {
  const SchemaCacheKey key = MakeSchemaCacheKey(cache_dir, schema, dicts);
  Dictionary dict;
  Lexicon lex;
  return LoadSchemaCache(key, &dict, &lex);
}

std::string CacheFile(const std::string& cache_dir, const std::vector<std::string>& dicts = {}) {
  return MakeSchemaCacheKey(cache_dir, kSchema, dicts).file;
}

// A copy of the schema's dictionary and lexicon folders, to edit.
void CopySchema(const std::string& to) {
  fs::create_directories(to);
  fs::copy(kSchema + "/dict", to + "/dict", fs::copy_options::recursive);
  fs::copy(kSchema + "/lexicon", to + "/lexicon", fs::copy_options::recursive);
}

const std::string& Fresh() {
  static const std::string fresh = Extract("");
  return fresh;
}

TEST_CASE("schema cache: a warm start extracts as a cold one", "[schema_cache]") {
  TempDir dir("schema-cache");
  const std::string cache = dir / "cache";
  CHECK_FALSE(LoadsFromCache(cache));
  const std::string cold = Extract(cache);  // loads fresh, writes the cache
  REQUIRE(fs::exists(CacheFile(cache)));
  CHECK(LoadsFromCache(cache));
  const std::string warm = Extract(cache);
  CHECK(cold == Fresh());
  CHECK(warm == Fresh());
  // The cache lives where it was asked to, and only there.
  CHECK(fs::path(CacheFile(cache)).parent_path() == fs::path(cache));
}

TEST_CASE("schema cache: the loaded state equals a fresh load", "[schema_cache]") {
  TempDir dir("schema-cache");
  const std::string cache = dir / "cache";
  const SchemaCacheKey key = MakeSchemaCacheKey(cache, kSchema, {});
  Dictionary dict;
  Lexicon lex;
  REQUIRE(dict.LoadDir(kSchema + "/dict").ok());
  REQUIRE(lex.LoadDir(kSchema + "/lexicon").ok());
  REQUIRE(SaveSchemaCache(key, dict, lex));
  Dictionary dict2;
  Lexicon lex2;
  REQUIRE(LoadSchemaCache(key, &dict2, &lex2));
  REQUIRE(dict2.actors().size() == dict.actors().size());
  for (size_t k = 0; k < dict.actors().size(); ++k) {
    const Actor& a = dict.actors()[k];
    const Actor& b = dict2.actors()[k];
    REQUIRE(a.id == b.id);
    CHECK(dict2.IndexOf(a.id) == static_cast<int>(k));
    CHECK((a.kind == b.kind && a.name == b.name && a.name_fr == b.name_fr && a.adj_en == b.adj_en &&
           a.gender == b.gender && a.in_country == b.in_country && a.de_jure == b.de_jure &&
           a.disputed == b.disputed && a.members == b.members &&
           a.offices.size() == b.offices.size()));
    for (const Office& o : a.offices) {
      const Actor* x = dict.Holder(o.role, o.of, o.from);
      const Actor* y = dict2.Holder(o.role, o.of, o.from);
      CHECK((x == nullptr ? "" : x->id) == (y == nullptr ? "" : y->id));
    }
  }
  // Every first word of both indexes, with the same phrases in the same order.
  const auto same_index = [](const PhraseIndex& x, const PhraseIndex& y) {
    size_t buckets = 0, differ = 0;
    x.ForEachFirst([&](const std::string& fold, const PhraseIndex::Bucket* b) {
      ++buckets;
      const PhraseIndex::Bucket* c = y.Find(fold);
      if (c == nullptr || c->size() != b->size()) {
        ++differ;
        return;
      }
      for (size_t k = 0; k < b->size(); ++k) {
        const PhraseIndex::Entry &e = (*b)[k], &f = (*c)[k];
        if (e.tag != f.tag || e.payload != f.payload || e.length != f.length ||
            b->Rest(e) != c->Rest(f))
          ++differ;
      }
    });
    CHECK(buckets == y.first_words());
    CHECK(differ == 0);
  };
  same_index(dict.index(), dict2.index());
  same_index(lex.index(), lex2.index());
  // An actor added after loading: the loaded index takes its phrases back
  // from its buckets, and both rebuild the same.
  for (Dictionary* d : {&dict, &dict2}) {
    Actor extra;
    extra.id = extra.name = "Zorblax Quentari";
    extra.kind = "person";
    REQUIRE(d->AddActor(extra, {{"Zorblax Quentari", NameHow::kAlias},
                                {"Vladimir Zorblax", NameHow::kAlias}})
                .ok());
  }
  same_index(dict.index(), dict2.index());
  CHECK(dict2.index().Find(FoldWord("Zorblax")) != nullptr);
  CHECK(dict2.index().Find(FoldWord("Vladimir"))->size() ==
        dict.index().Find(FoldWord("Vladimir"))->size());
  REQUIRE(lex2.entries().size() == lex.entries().size());
  for (size_t k = 0; k < lex.entries().size(); ++k) {
    const LexEntry& a = lex.entries()[k];
    const LexEntry& b = lex2.entries()[k];
    CHECK((a.cls == b.cls && a.phrase == b.phrase && a.where == b.where && a.attrs == b.attrs &&
           a.Get("type") == b.Get("type") && a.Get("role") == b.Get("role") &&
           a.Get("need_adj") == b.Get("need_adj")));
  }
  CHECK(lex2.Class("trigger") == lex.Class("trigger"));
  CHECK(lex2.Class("det") == lex.Class("det"));
}

// Cold start, then `spoil` the cache file: the next start must not read it,
// must extract as a fresh load, and writes a good cache again.
void CheckFallsBack(const std::function<void(const std::string&)>& spoil) {
  TempDir dir("schema-cache");
  const std::string cache = dir / "cache";
  Extract(cache);
  const std::string file = CacheFile(cache);
  REQUIRE(LoadsFromCache(cache));
  spoil(file);
  CHECK_FALSE(LoadsFromCache(cache));
  CHECK(Extract(cache) == Fresh());
  CHECK(LoadsFromCache(cache));  // rewritten
  CHECK(Extract(cache) == Fresh());
}

TEST_CASE("schema cache: a corrupt file is not read", "[schema_cache]") {
  SECTION("a byte of the payload flipped") {
    CheckFallsBack([](const std::string& file) {
      std::string bytes = ReadFile(file);
      bytes[bytes.size() / 2] ^= 0x20;
      WriteFile(file, bytes);
    });
  }
  SECTION("the last byte flipped") {
    CheckFallsBack([](const std::string& file) {
      std::string bytes = ReadFile(file);
      bytes.back() ^= 0x01;
      WriteFile(file, bytes);
    });
  }
  SECTION("two words of an array swapped") {
    CheckFallsBack([](const std::string& file) {
      std::string bytes = ReadFile(file);
      // From 3/4 of the file on, the first two 8-byte words 16 bytes apart
      // that differ (equal words would swap into the same file).
      size_t at = (bytes.size() * 3 / 4) & ~size_t{15};
      while (at + 24 <= bytes.size() && bytes.compare(at, 8, bytes, at + 16, 8) == 0) at += 16;
      REQUIRE(at + 24 <= bytes.size());
      std::swap_ranges(bytes.begin() + at, bytes.begin() + at + 8, bytes.begin() + at + 16);
      WriteFile(file, bytes);
    });
  }
  SECTION("garbage") {
    CheckFallsBack([](const std::string& file) { WriteFile(file, std::string(5000, 'x')); });
  }
  SECTION("empty") {
    CheckFallsBack([](const std::string& file) { WriteFile(file, ""); });
  }
}

TEST_CASE("schema cache: a truncated file is not read", "[schema_cache]") {
  SECTION("half") {
    CheckFallsBack([](const std::string& file) {
      const std::string bytes = ReadFile(file);
      WriteFile(file, bytes.substr(0, bytes.size() / 2));
    });
  }
  SECTION("the last 16 bytes") {
    CheckFallsBack([](const std::string& file) {
      const std::string bytes = ReadFile(file);
      WriteFile(file, bytes.substr(0, bytes.size() - 16));
    });
  }
  SECTION("the header only") {
    CheckFallsBack([](const std::string& file) { WriteFile(file, ReadFile(file).substr(0, 40)); });
  }
}

TEST_CASE("schema cache: a foreign version or build is not read", "[schema_cache]") {
  SECTION("another format version") {
    CheckFallsBack([](const std::string& file) {
      std::string bytes = ReadFile(file);
      bytes[8] = static_cast<char>(bytes[8] + 1);  // the version, after the magic
      WriteFile(file, bytes);
    });
  }
  SECTION("another build (a byte of its identity in the key)") {
    CheckFallsBack([](const std::string& file) {
      std::string bytes = ReadFile(file);
      const size_t id = bytes.find("build-id:");
      REQUIRE(id != std::string::npos);
      bytes[id + 12] ^= 0x01;
      WriteFile(file, bytes);
    });
  }
  SECTION("another magic") {
    CheckFallsBack([](const std::string& file) {
      std::string bytes = ReadFile(file);
      bytes[0] = 'X';
      WriteFile(file, bytes);
    });
  }
}

TEST_CASE("schema cache: an edited schema is loaded afresh", "[schema_cache]") {
  TempDir dir("schema-cache");
  const std::string cache = dir / "cache";
  const std::string schema = dir / "schema";
  CopySchema(schema);
  const std::string base = Extract(cache, schema);
  REQUIRE(LoadsFromCache(cache, schema));
  CHECK(base.find("Zorblax Quentari/country") == std::string::npos);
  const std::string added = schema + "/dict/zz_test.jsonl";

  SECTION("a dictionary file added") {
    WriteFile(added, R"({"id": "Zorblax Quentari", "kind": "country"})"
                     "\n");
    CHECK_FALSE(LoadsFromCache(cache, schema));
    const std::string edited = Extract(cache, schema);
    CHECK(edited != base);
    CHECK(edited.find("Zorblax Quentari/country") != std::string::npos);
    CHECK(LoadsFromCache(cache, schema));
    CHECK(Extract(cache, schema) == edited);
    SECTION("then removed") {
      fs::remove(added);
      CHECK_FALSE(LoadsFromCache(cache, schema));
      CHECK(Extract(cache, schema) == base);
    }
  }
  SECTION("a file rewritten with the same size and mtime") {
    // Only its ctime (and content) tells: the key keeps it too.
    const std::string file = schema + "/lexicon/triggers_news.tsv";
    struct stat before;
    REQUIRE(::stat(file.c_str(), &before) == 0);
    std::string text = ReadFile(file);
    const size_t at = text.find("criticize");
    REQUIRE(at != std::string::npos);
    text[at] = 'k';  // "kriticize": the same size
    WriteFile(file, text);
    const timespec times[2] = {before.st_atim, before.st_mtim};
    REQUIRE(::utimensat(AT_FDCWD, file.c_str(), times, 0) == 0);
    struct stat after;
    REQUIRE(::stat(file.c_str(), &after) == 0);
    REQUIRE(after.st_size == before.st_size);
    CHECK_FALSE(LoadsFromCache(cache, schema));
  }
  SECTION("a lexicon line changed") {
    const std::string file = schema + "/lexicon/triggers_news.tsv";
    WriteFile(file, ReadFile(file) + "trigger\tzorblaxed\ttype=criticizes\n");
    CHECK_FALSE(LoadsFromCache(cache, schema));
    std::string with_line = Extract(cache, schema);
    CHECK(LoadsFromCache(cache, schema));
    CHECK(Extract(cache, schema) == with_line);
  }
}

TEST_CASE("schema cache: --dict files are part of the key", "[schema_cache]") {
  TempDir dir("schema-cache");
  const std::string cache = dir / "cache";
  const std::string extra = dir / "extra.jsonl";
  WriteFile(extra, R"({"id": "Zorblax Quentari", "kind": "country"})"
                   "\n"
                   R"({"id": "Tarvonian Council", "kind": "organization"})"
                   "\n");
  const std::string plain = Extract(cache);
  const std::string with_dict = Extract(cache, kSchema, {extra});
  CHECK(with_dict != plain);
  CHECK(with_dict.find("Zorblax Quentari/country") != std::string::npos);
  CHECK(plain.find("Zorblax Quentari/country") == std::string::npos);
  CHECK(LoadsFromCache(cache));
  CHECK(LoadsFromCache(cache, kSchema, {extra}));
  CHECK(CacheFile(cache) != CacheFile(cache, {extra}));
  CHECK(Extract(cache, kSchema, {extra}) == with_dict);  // warm, with the dictionary
  CHECK(Extract(cache) == plain);                        // warm, without it
  CHECK(Extract("", kSchema, {extra}) == with_dict);
  // The extra dictionary edited: loaded afresh.
  WriteFile(extra, R"({"id": "Zorblax Quentari", "kind": "country"})"
                   "\n");
  CHECK_FALSE(LoadsFromCache(cache, kSchema, {extra}));
  CHECK(Extract(cache, kSchema, {extra}) == Extract("", kSchema, {extra}));
}

TEST_CASE("schema cache: an unwritable folder costs only speed", "[schema_cache]") {
  TempDir dir("schema-cache");
  const std::string blocker = dir / "file";
  WriteFile(blocker, "not a folder");
  const std::string cache = blocker + "/cache";  // cannot be made
  CHECK(Extract(cache) == Fresh());
  CHECK_FALSE(LoadsFromCache(cache));
  const SchemaCacheKey key = MakeSchemaCacheKey(cache, kSchema, {});
  Dictionary dict;
  Lexicon lex;
  CHECK_FALSE(SaveSchemaCache(key, dict, lex));
}

TEST_CASE("schema cache: no key without a folder or inputs", "[schema_cache]") {
  CHECK(MakeSchemaCacheKey("", kSchema, {}).file.empty());
  TempDir dir("schema-cache");
  // A --dict file that does not exist: no cache (the loader reports it).
  CHECK(MakeSchemaCacheKey(dir / "cache", kSchema, {dir / "missing.jsonl"}).file.empty());
  ExtractorOptions options;
  options.schema_dir = kSchema;
  options.schema_cache_dir = dir / "cache";
  options.extra_dicts = {dir / "missing.jsonl"};
  std::unique_ptr<Extractor> ex;
  CHECK_FALSE(Extractor::Open(options, &ex).ok());
}

TEST_CASE("schema cache: the default folder follows the environment", "[schema_cache]") {
  const char* saved = std::getenv("KZGRAPH_SCHEMA_CACHE");
  const std::string saved_value = saved == nullptr ? "" : saved;
  ::setenv("KZGRAPH_SCHEMA_CACHE", "off", 1);
  CHECK(DefaultSchemaCacheDir().empty());
  ::setenv("KZGRAPH_SCHEMA_CACHE", "/tmp/somewhere", 1);
  CHECK(DefaultSchemaCacheDir() == "/tmp/somewhere");
  ::unsetenv("KZGRAPH_SCHEMA_CACHE");
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  const std::string xdg_value = xdg == nullptr ? "" : xdg;
  ::setenv("XDG_CACHE_HOME", "/tmp/xdg", 1);
  CHECK(DefaultSchemaCacheDir() == "/tmp/xdg/kzgraph");
  if (xdg == nullptr) {
    ::unsetenv("XDG_CACHE_HOME");
  } else {
    ::setenv("XDG_CACHE_HOME", xdg_value.c_str(), 1);
  }
  if (saved == nullptr) {
    ::unsetenv("KZGRAPH_SCHEMA_CACHE");
  } else {
    ::setenv("KZGRAPH_SCHEMA_CACHE", saved_value.c_str(), 1);
  }
}

TEST_CASE("schema cache: the CLI reads and writes it, --no-schema-cache turns it off",
          "[schema_cache]") {
  TempDir dir("schema-cache");
  const std::string cache = dir / "cache";
  const std::string input = dir / "a.txt";
  WriteFile(input, Articles()[0].text + "\n");
  const std::string run = "KZGRAPH_SCHEMA=" + kzgraph::testing::ShellQuote(kSchema) +
                          " KZGRAPH_SCHEMA_CACHE=" + kzgraph::testing::ShellQuote(cache) + " " +
                          KZGRAPH_BINARY + " extract --format jsonl ";
  std::string off, cold, warm;
  REQUIRE(kzgraph::testing::RunCommand(run + "--no-schema-cache " + input, &off) == 0);
  CHECK_FALSE(fs::exists(cache));
  REQUIRE(kzgraph::testing::RunCommand(run + input, &cold) == 0);
  REQUIRE(fs::is_directory(cache));
  CHECK(std::distance(fs::directory_iterator(cache), fs::directory_iterator()) == 1);
  REQUIRE(kzgraph::testing::RunCommand(run + input, &warm) == 0);
  CHECK(cold == off);
  CHECK(warm == off);
  CHECK(off.find("\"relation\"") != std::string::npos);
}

}  // namespace
}  // namespace kzgraph::extract
