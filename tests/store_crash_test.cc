// The crash tests: `kzgraph ingest` (articles -> extractor -> store) and
// `kzgraph load` (extraction records -> store) are SIGKILLed at seeded random
// moments; each time the store must reopen holding whole articles only, and
// resuming to the end must give exactly the store of an uninterrupted run.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <random>
#include <set>
#include <string_view>
#include <thread>

#include "kzgraph/store.h"
#include "store/records.h"
#include "store/rocks_store.h"
#include "store_test_util.h"

using namespace kzgraph;
using namespace kzgraph::testing;

namespace {

// ------------------------------------------------------------ the corpus

struct Person {
  const char* with_title;  // as a sentence subject, with its title
  const char* name;        // as an object
};
struct Country {
  const char *subject, *object, *destination;
};

constexpr Person kPersons[] = {
    {"Le président russe Vladimir Poutine", "Vladimir Poutine"},
    {"Le président kazakh Kassym-Jomart Tokaïev", "Kassym-Jomart Tokaïev"},
    {"Le président biélorusse Alexandre Loukachenko", "Alexandre Loukachenko"},
    {"Le ministre malien des Affaires étrangères, Abdoulaye Diop,", "Abdoulaye Diop"},
    {"Le secrétaire d'État américain Antony Blinken", "Antony Blinken"},
    {"Le Premier ministre arménien Nikol Pachinian", "Nikol Pachinian"},
};
constexpr Country kCountries[] = {
    {"La Russie", "la Russie", "en Russie"},
    {"La Biélorussie", "la Biélorussie", "en Biélorussie"},
    {"L'Arménie", "l'Arménie", "en Arménie"},
    {"La France", "la France", "en France"},
    {"Le Kazakhstan", "le Kazakhstan", "au Kazakhstan"},
    {"Le Mali", "le Mali", "au Mali"},
    {"La Chine", "la Chine", "en Chine"},
};
constexpr const char* kOtherObjects[] = {"l'Occident", "l'OTSC"};
constexpr const char* kVerbs[] = {"a accusé",  "a dénoncé",   "a critiqué",
                                  "a soutenu", "a rencontré", "a mis en garde"};

template <typename T, size_t N>
const T& Pick(std::mt19937& rng, const T (&items)[N]) {
  return items[rng() % N];
}

// One sentence: "<actor> <verb> <other actor>." or "<country> a envoyé des
// troupes <elsewhere>.", over the actors above.
std::string Sentence(std::mt19937& rng) {
  if (rng() % 5 == 0) {
    const Country& from = Pick(rng, kCountries);
    const Country* to = &from;
    while (to == &from) to = &Pick(rng, kCountries);
    return std::string(from.subject) + " a envoyé des troupes " + to->destination + ".";
  }
  std::string subject, subject_name;
  if (rng() % 2 == 0) {
    const Person& p = Pick(rng, kPersons);
    subject = p.with_title, subject_name = p.name;
  } else {
    const Country& c = Pick(rng, kCountries);
    subject = c.subject, subject_name = c.object;
  }
  std::vector<std::string> objects;
  for (const Person& p : kPersons) objects.push_back(p.name);
  for (const Country& c : kCountries) objects.push_back(c.object);
  for (const char* o : kOtherObjects) objects.push_back(o);
  std::string object = subject_name;
  while (object == subject_name) object = objects[rng() % objects.size()];
  return subject + " " + Pick(rng, kVerbs) + " " + object + ".";
}

// `count` JSONL articles as `kzgraph ingest` reads them, seeded: distinct
// ids and dates, 2 to 5 generated sentences and a numbered closing one; about
// one line in 20 re-sends an earlier id with new text (a replacement).
// *replacements counts those lines, *distinct the ids.
std::string GeneratedArticles(int count, uint32_t seed, int* replacements, int* distinct) {
  std::mt19937 rng(seed);
  std::string out;
  std::set<int> ids;
  *replacements = 0;
  for (int i = 0; i < count; ++i) {
    int id = i;
    if (i > 20 && rng() % 20 == 0) id = static_cast<int>(rng() % i), ++*replacements;
    ids.insert(id);
    std::string text;
    for (int n = 2 + static_cast<int>(rng() % 4); n > 0; --n) text += Sentence(rng) + " ";
    text += "La dépêche numéro " + std::to_string(i) + " a été publiée à midi.";
    const int day = static_cast<int>(i % 59);  // January and February 2022
    const std::string date =
        day < 31 ? "2022-01-" + std::string(day < 9 ? "0" : "") + std::to_string(day + 1)
                 : "2022-02-" + std::string(day < 40 ? "0" : "") + std::to_string(day - 30);
    out += R"({"id":"gen-)" + std::to_string(id) + R"(","title":"Dépêche )" + std::to_string(i) +
           R"(","date":")" + date + R"(","url":"https://example.org/depeche/)" + std::to_string(i) +
           R"(","lang":"fr","text":")" + text + "\"}\n";
  }
  *distinct = static_cast<int>(ids.size());
  return out;
}

// ------------------------------------------------------------ the checks

// What one article put in the store: "source -type-> target | sentence" of
// each evidence record.
using EvidenceByArticle = std::map<std::string, std::multiset<std::string>>;

EvidenceByArticle CollectEvidence(const Store& store) {
  EvidenceByArticle out;
  REQUIRE(store
              .ForEachEdge("",
                           [&](const Edge& e) {
                             std::vector<Evidence> evidence;
                             REQUIRE(store.GetEvidence(e.source, e.type, e.target, &evidence).ok());
                             REQUIRE(evidence.size() == e.weight);  // weight = evidence count
                             for (const Evidence& ev : evidence) {
                               out[ev.article_id].insert(e.source + " -" + e.type + "-> " +
                                                         e.target + " | " + ev.sentence);
                             }
                             return true;
                           })
              .ok());
  return out;
}

struct StoredArticles {
  std::map<std::string, std::string> hash_by_id;
  EvidenceByArticle evidence;
};

StoredArticles Collect(const Store& store) {
  StoredArticles a;
  REQUIRE(store
              .ForEachArticle([&](const ArticleInfo& info) {
                a.hash_by_id[info.id] = info.content_hash;
                return true;
              })
              .ok());
  a.evidence = CollectEvidence(store);
  return a;
}

// The store after a kill: it opens, passes Check, and holds whole articles
// only, checked apart from Check: every evidence record names a stored
// article; each article has exactly one evidence record per edge of its
// contribution record; and an article stored in its final version (the
// clean run's content hash) has exactly the evidence it has in the clean run.
// Returns the number of articles stored.
uint64_t CheckWholeArticles(const std::string& db, const StoredArticles& clean) {
  std::unique_ptr<Store> store;
  Status s = Store::Open(db, StoreOptions(), &store);
  INFO(s.ToString());
  REQUIRE(s.ok());
  s = store->Check();
  INFO(s.ToString());
  REQUIRE(s.ok());
  const StoredArticles now = Collect(*store);
  for (const auto& [id, evidence] : now.evidence) REQUIRE(now.hash_by_id.count(id) == 1);
  const auto& rocks = dynamic_cast<const store::RocksStore&>(*store);
  for (const auto& [id, hash] : now.hash_by_id) {
    INFO("article " << id);
    std::string value;
    REQUIRE(rocks.Read(store::kContrib, id, &value).ok());
    store::Contribution contribution;
    REQUIRE(store::DecodeContribution(value, &contribution));
    const auto it = now.evidence.find(id);
    const size_t evidence = it == now.evidence.end() ? 0 : it->second.size();
    REQUIRE(evidence == contribution.edges.size());
    const auto clean_hash = clean.hash_by_id.find(id);
    REQUIRE(clean_hash != clean.hash_by_id.end());
    if (clean_hash->second == hash) {
      const auto clean_it = clean.evidence.find(id);
      REQUIRE(
          (clean_it == clean.evidence.end() ? std::multiset<std::string>() : clean_it->second) ==
          (it == now.evidence.end() ? std::multiset<std::string>() : it->second));
    }
  }
  return now.hash_by_id.size();
}

StoredArticles CollectStore(const std::string& db) {
  StoreOptions options;
  options.read_only = true;
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open(db, options, &store).ok());
  return Collect(*store);
}

// ------------------------------------------------------------ processes

// Starts `kzgraph ARGS...` with no input and its output discarded.
pid_t Start(const std::vector<std::string>& args, int* input = nullptr) {
  int fds[2] = {-1, -1};
  if (input != nullptr && pipe(fds) != 0) return -1;
  const pid_t pid = fork();
  if (pid == 0) {
    const int devnull = open("/dev/null", O_RDWR);
    dup2(input != nullptr ? fds[0] : devnull, STDIN_FILENO);
    dup2(devnull, STDOUT_FILENO);
    dup2(devnull, STDERR_FILENO);
    if (input != nullptr) close(fds[1]);
    std::vector<char*> argv{const_cast<char*>("kzgraph")};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(KZGRAPH_BINARY, argv.data());
    _exit(127);
  }
  if (input != nullptr) {
    close(fds[0]);
    *input = fds[1];
  }
  return pid;
}

// SIGKILLs `pid`; true when it was still running (it died of the signal).
bool KillAndReap(pid_t pid) {
  kill(pid, SIGKILL);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  return WIFSIGNALED(status);
}

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = write(fd, bytes.data(), bytes.size());
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace

TEST_CASE("Store survives SIGKILL during ingest of generated French articles", "[store][crash]") {
  TempDir dir("store-crash-ingest");
  const std::string file = dir / "articles.jsonl";
  constexpr int kArticles = 8000;  // 8 bulk flushes: kills find some behind them
  int replacements = 0, distinct = 0;
  WriteFile(file, GeneratedArticles(kArticles, 20220106, &replacements, &distinct));
  CHECK(replacements > kArticles / 40);  // about 5% of the lines replace an article
  const std::string clean_db = dir / "clean", db = dir / "crashed";

  // Two clean runs: they must give the same store, and the faster one times
  // the kills below (on a busy machine one run can take twice the other).
  auto started = std::chrono::steady_clock::now();
  auto r = RunKzgraph("ingest --db " + ShellQuote(clean_db) + " " + ShellQuote(file), dir);
  auto clean_time = std::chrono::steady_clock::now() - started;
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const std::string clean = DumpStore(clean_db, true);
  {
    const std::string again_db = dir / "clean-again";
    started = std::chrono::steady_clock::now();
    r = RunKzgraph("ingest --db " + ShellQuote(again_db) + " " + ShellQuote(file), dir);
    clean_time = std::min(clean_time, std::chrono::steady_clock::now() - started);
    REQUIRE(r.exit_code == 0);
    CHECK(DumpStore(again_db, true) == clean);
  }
  const StoredArticles clean_articles = CollectStore(clean_db);
  // The test bites only if the extractor finds the relations the sentences
  // state: every type the generator writes, hundreds of edges.
  {
    StoreOptions options;
    options.read_only = true;
    std::unique_ptr<Store> store;
    REQUIRE(Store::Open(clean_db, options, &store).ok());
    StoreStats stats;
    REQUIRE(store->GetStats(&stats).ok());
    CHECK(stats.articles == static_cast<uint64_t>(distinct));
    CHECK(stats.edges >= 300);
    CHECK(stats.evidence >= 8000);
    for (const char* type : {"accuses", "criticizes", "supports", "meets", "warns", "sends_troops",
                             "leads", "official_of"}) {
      INFO(type);
      CHECK(stats.edges_by_type[type] > 0);
    }
  }

  // Each round runs ingest over the whole file and kills it after a seeded
  // random share of the time the clean run would need for what is still
  // missing: articles already stored are unchanged no-ops, so each round
  // resumes where the store is, and a delay scaled to the whole run would let
  // the last rounds finish before the kill. `ingest` writes without the
  // write-ahead log and flushes every kBulkFlushArticles new articles, so a
  // kill keeps the articles up to the last flush.
  static_assert(store::kBulkFlushArticles <= kArticles / 4, "flushes within the run");
  std::mt19937 rng(20220107);
  constexpr int kKills = 5, kMaxRounds = 12;
  int killed_mid_run = 0;
  uint64_t last_articles = 0;
  std::set<uint64_t> partial_counts;  // article counts seen short of the end
  for (int round = 0; round < kMaxRounds && killed_mid_run < kKills; ++round) {
    const double share = 0.3 + 0.5 * (rng() % 1000) / 1000.0;
    const double missing = 1.0 - static_cast<double>(last_articles) / distinct;
    const pid_t pid = Start({"ingest", "--db", db, file});
    REQUIRE(pid > 0);
    const auto delay =
        std::chrono::duration_cast<std::chrono::microseconds>(clean_time * (share * missing));
    std::this_thread::sleep_for(delay);
    if (KillAndReap(pid)) ++killed_mid_run;
    INFO("round " << round);
    const uint64_t articles = CheckWholeArticles(db, clean_articles);
    UNSCOPED_INFO("ingest round " << round << ": killed after " << delay.count() / 1000
                                  << " ms; store holds " << articles << " whole articles");
    CHECK(articles >= last_articles);  // articles are never lost
    last_articles = articles;
    if (articles > 0 && articles < static_cast<uint64_t>(distinct)) partial_counts.insert(articles);
  }
  CHECK(killed_mid_run == kKills);  // the kills landed while ingest was running
  CHECK(!partial_counts.empty());   // at least one while articles were being added

  r = RunKzgraph("ingest --db " + ShellQuote(db) + " " + ShellQuote(file), dir);
  REQUIRE(r.exit_code == 0);
  CHECK(DumpStore(db, true) == clean);
  r = RunKzgraph("stats --check --db " + ShellQuote(db), dir);
  CHECK(r.exit_code == 0);
}

TEST_CASE("Store survives SIGKILL during load: whole articles only, then same result",
          "[store][crash]") {
  TempDir dir("store-crash");
  const std::string file = dir / "synthetic.jsonl";
  WriteFile(file, SyntheticRecords(4000, 2022));
  const std::string clean_db = dir / "clean", db = dir / "crashed";

  auto r = RunKzgraph("load --db " + ShellQuote(clean_db) + " " + ShellQuote(file), dir);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const std::string clean = DumpStore(clean_db, true);
  const StoredArticles clean_articles = CollectStore(clean_db);

  // Each round feeds `load` the file from its start up to a seeded random
  // doc, then kills it at once: the pipe still holds a backlog (up to 64 KiB,
  // dozens of articles), so the kill falls while it parses and writes. The
  // docs already stored are no-ops, as in a real resumed run.
  std::vector<size_t> doc_starts;  // byte offset of each "doc" line
  const std::string records = ReadFile(file);
  for (size_t at = 0; at < records.size(); at = records.find('\n', at) + 1) {
    if (records.compare(at, 13, R"({"type":"doc")") == 0) doc_starts.push_back(at);
  }
  REQUIRE(doc_starts.size() == 4000);
  signal(SIGPIPE, SIG_IGN);
  std::mt19937 rng(20220105);
  std::uniform_int_distribution<size_t> cut(300, doc_starts.size() - 1);
  std::vector<size_t> cuts;  // increasing, so that every round has new docs to add
  for (int round = 0; round < 5; ++round) cuts.push_back(cut(rng));
  std::sort(cuts.begin(), cuts.end());
  int killed_mid_run = 0;
  uint64_t last_articles = 0;
  std::set<uint64_t> partial_counts;  // article counts seen short of the end
  for (int round = 0; round < 5; ++round) {
    int input = -1;
    const pid_t pid = Start({"load", "--db", db, "-"}, &input);
    REQUIRE(pid > 0);
    const size_t docs = cuts[round];
    WriteAll(input, std::string_view(records).substr(0, doc_starts[docs]));
    if (KillAndReap(pid)) ++killed_mid_run;
    close(input);
    INFO("round " << round);
    const uint64_t articles = CheckWholeArticles(db, clean_articles);
    UNSCOPED_INFO("load round " << round << ": fed " << docs << " docs; store holds " << articles
                                << " whole articles");
    CHECK(articles >= last_articles);  // articles are never lost
    last_articles = articles;
    if (articles > 0 && articles < 3817) partial_counts.insert(articles);
  }
  signal(SIGPIPE, SIG_DFL);
  CHECK(killed_mid_run == 5);      // every kill landed while load was running
  CHECK(!partial_counts.empty());  // at least one landed while articles were being added

  r = RunKzgraph("load --db " + ShellQuote(db) + " " + ShellQuote(file), dir);
  REQUIRE(r.exit_code == 0);
  CHECK(DumpStore(db, true) == clean);
  r = RunKzgraph("stats --check --db " + ShellQuote(db), dir);
  CHECK(r.exit_code == 0);
}
