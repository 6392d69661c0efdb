// Unit tests of the query stages one by one: lexer, parser (AST printing),
// question mapper (question -> Cypher), formatting, the public RunQuery /
// QuerySubgraph API, the Boost.Graph snapshot, and the CLI.
#include <unistd.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "graph/snapshot.h"
#include "kzgraph/memory_graph.h"
#include "kzgraph/ontology.h"
#include "kzgraph/query.h"
#include "query/engine.h"
#include "query/format.h"
#include "query/lexer.h"
#include "query/parser.h"
#include "query/questions.h"

using namespace kzgraph;
namespace fs = std::filesystem;

namespace {

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

MemoryGraph KzGraph() {
  MemoryGraph g;
  Ontology o;
  REQUIRE(Ontology::LoadDefault(&o).ok());
  Status s = query::LoadFixture(
      ReadFile(fs::path(KZGRAPH_SOURCE_DIR) / "tests/query/graphs/kz.cypher"), &o, &g);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return g;
}

std::string Ast(const std::string& text) {
  query::Query q;
  Status s = query::Parse(text, &q);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return query::Print(q);
}

std::string ParseError(const std::string& text) {
  query::Query q;
  Status s = query::Parse(text, &q);
  REQUIRE(s.IsInvalidArgument());
  return s.message();
}

std::string Run(const std::string& command, int* exit_code) {
  std::string out;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buf;
  while (size_t n = fread(buf.data(), 1, buf.size(), pipe)) out.append(buf.data(), n);
  int status = pclose(pipe);
  *exit_code = WEXITSTATUS(status);
  return out;
}

}  // namespace

TEST_CASE("Query lexer keeps positions, arrows and ranges apart", "[query]") {
  std::vector<query::Token> t;
  REQUIRE(query::Tokenize("MATCH (a)<-[*1..3]-(b)\n  RETURN 'x'", &t).ok());
  std::vector<query::Tok> kinds;
  for (const auto& tok : t) kinds.push_back(tok.kind);
  using query::Tok;
  CHECK(kinds == std::vector<Tok>{Tok::kIdent, Tok::kLParen, Tok::kIdent, Tok::kRParen, Tok::kLt,
                                  Tok::kMinus, Tok::kLBracket, Tok::kStar, Tok::kInt, Tok::kDotDot,
                                  Tok::kInt, Tok::kRBracket, Tok::kMinus, Tok::kLParen, Tok::kIdent,
                                  Tok::kRParen, Tok::kIdent, Tok::kString, Tok::kEnd});
  CHECK(t[16].line == 2);
  CHECK(t[16].column == 3);
  CHECK(t[17].text == "x");
  std::vector<query::Token> u;
  Status s = query::Tokenize("RETURN 'é' + @", &u);
  REQUIRE(s.IsInvalidArgument());
  // Columns count characters: 'é' is one.
  CHECK(s.message().find("line 1, column 14") != std::string::npos);
  CHECK(s.message().find("\n               ^") != std::string::npos);
}

TEST_CASE("Query parser prints the AST of each construct", "[query]") {
  CHECK(Ast("MATCH (p:person {name: 'Putin'})-[r:accuses|criticizes]->(x) RETURN p.name AS n") ==
        "(query (match (path (node p :person {name: 'Putin'}) (rel-> r :accuses|criticizes) "
        "(node x))) (return (item (. p name) as n)))");
  CHECK(Ast("MATCH (a)<-[*..3]-(b)--(c) RETURN *") ==
        "(query (match (path (node a) (<-rel *1..3) (node b) (rel) (node c))) (return *))");
  CHECK(Ast("MATCH p = shortestPath((a)-[:meets*2]-(b)) RETURN length(p)") ==
        "(query (match (path p = shortest (node a) (rel :meets *2..2) (node b))) "
        "(return (item (length p))))");
  CHECK(Ast("OPTIONAL MATCH (a) WHERE NOT a.x IS NULL AND a.y IN [1, 2] OR a.z STARTS WITH 'k' "
            "RETURN DISTINCT a ORDER BY a.x DESC SKIP 1 LIMIT 2") ==
        "(query (optional-match (path (node a)) (where (OR (AND (NOT (IS NULL (. a x))) "
        "(IN (. a y) (list 1 2))) (STARTS WITH (. a z) 'k')))) (return distinct (item a) "
        "(order (. a x) desc) (skip 1) (limit 2)))");
  CHECK(Ast("MATCH (a) WITH a, count(DISTINCT a) AS c WHERE c > 1 RETURN c") ==
        "(query (match (path (node a))) (with (item a) (item (count distinct a) as c) "
        "(where (> c 1))) (return (item c)))");
  CHECK(Ast("RETURN 1 + 2 * -3 ^ 2, [x IN [1] WHERE x > 0 | x], count(*)") ==
        "(query (return (item (+ 1 (* 2 (^ -3 2)))) (item (comprehension x (list 1) "
        "(where (> x 0)) (map x))) (item (count *))))");
  CHECK(Ast("UNWIND [1] AS x CALL kz.pagerank() YIELD node AS n RETURN x") ==
        "(query (unwind (list 1) as x) (call kz.pagerank (yield node as n)) (return (item x)))");
  CHECK(Ast("RETURN 1 < 2 <= 3") == "(query (return (item (AND (< 1 2) (<= 2 3)))))");
}

TEST_CASE("Query parser errors carry line, column and caret", "[query]") {
  std::string m = ParseError("MATCH (a)-[r:accuses->(b)\nRETURN a");
  CHECK(m.rfind("SyntaxError: line 1, column 21: expected ']'", 0) == 0);
  CHECK(m.find("\n  MATCH (a)-[r:accuses->(b)\n                      ^") != std::string::npos);
  CHECK(ParseError("").find("empty query") != std::string::npos);
  CHECK(ParseError("   ").find("empty query") != std::string::npos);
  CHECK(ParseError("MATCH (a)<-[]->(b) RETURN a").find("both ways") != std::string::npos);
  CHECK(ParseError("MATCH (a) RETURN a; MATCH (b) RETURN b").find("one query") !=
        std::string::npos);
  CHECK(ParseError("RETURN 99999999999999999999").find("too large") != std::string::npos);
}

TEST_CASE("Query parser survives random and mutated input", "[query]") {
  // A quick fuzz loop: every input parses or fails with a Status; none crashes.
  const std::vector<std::string> seeds = {
      "MATCH (a:person {name: 'x'})-[r:accuses*1..3]->(b) WHERE a.x IN [1, 2] RETURN a, count(*)",
      "MATCH p = allShortestPaths((a)-[*..4]-(b)) RETURN [n IN nodes(p) | n.name] AS v",
      "OPTIONAL MATCH (a)<-[:x|y]-(b) WITH a ORDER BY a.n DESC LIMIT 3 RETURN DISTINCT a",
      "RETURN CASE WHEN 1 < 2 THEN 'a' ELSE \"b\" END, {k: [1, 2.5e3, null]}"};
  const std::string alphabet = "()[]{}<>-:|*.,'\"=!$`abcMATCHRETURN 0123\n\\/";
  std::mt19937 rng(42);
  MemoryGraph empty;
  Ontology o;
  REQUIRE(Ontology::LoadDefault(&o).ok());
  size_t parsed = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string text = seeds[rng() % seeds.size()];
    int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      size_t at = rng() % text.size();
      switch (rng() % 3) {
        case 0:
          text.erase(at, 1 + rng() % 3);
          break;
        case 1:
          text.insert(at, 1, alphabet[rng() % alphabet.size()]);
          break;
        default:
          text[at] = alphabet[rng() % alphabet.size()];
          break;
      }
    }
    query::Query q;
    Status s = query::Parse(text, &q);
    if (s.ok()) {
      ++parsed;
      query::EngineResult r;
      Status run = query::RunCypher(empty, &o, text, query::EngineOptions{}, &r);
      CHECK((run.ok() || run.IsInvalidArgument()));
    } else {
      CHECK(s.IsInvalidArgument());
      CHECK(s.message().find("line ") != std::string::npos);
    }
  }
  CHECK(parsed > 0);
}

TEST_CASE("Question mapper turns questions into Cypher", "[query]") {
  MemoryGraph g = KzGraph();
  Ontology o;
  REQUIRE(Ontology::LoadDefault(&o).ok());
  query::QuestionMapper m;
  REQUIRE(query::QuestionMapper::LoadDefault(&o, &m).ok());
  auto map = [&](const std::string& q) {
    std::string cypher;
    Status s = m.Map(g, q, &cypher);
    INFO(q << ": " << s.ToString());
    REQUIRE(s.ok());
    return cypher;
  };
  CHECK(map("who accuses whom") ==
        "MATCH (s)-[r:accuses]->(o) RETURN s.name AS subject, o.name AS object, r.weight AS "
        "articles ORDER BY articles DESC, subject, object");
  CHECK(map("qui accuse qui") == map("who accuses whom"));
  CHECK(map("Who sends troops to Kazakhstan?")
            .find("[r:sends_troops]->(o) WHERE o.id IN "
                  "['Kazakhstan']") != std::string::npos);
  CHECK(map("qui envoie des troupes au Kazakhstan") == map("who sends troops to Kazakhstan"));
  CHECK(map("qui Poutine accuse-t-il") == map("who does Putin accuse"));
  CHECK(map("qui critique l'OTSC") == map("who criticizes the CSTO"));
  CHECK(map("who criticizes the CSTO").find("o.id IN ['CSTO']") != std::string::npos);
  CHECK(map("qu'a fait Blinken") == map("what did Blinken do"));
  CHECK(map("quel lien entre Blinken et Loukachenko") ==
        "MATCH p = allShortestPaths((a)-[*..6]-(b)) WHERE a.id IN ['Blinken'] AND b.id IN "
        "['Lukashenko'] RETURN length(p) AS hops, p AS path");
  CHECK(map("how is Blinken connected to Lukashenko") ==
        map("quel lien entre Blinken et Loukachenko"));
  CHECK(map("who are the most central actors").rfind("CALL kz.betweenness()", 0) == 0);
  CHECK(map("qui sont les acteurs les plus centraux") == map("who are the most central actors"));
  CHECK(map("who meets Putin").find("[r:meets]-(o)") != std::string::npos);  // symmetric
  CHECK(map("who warns whom").find("[r:warns]->(o)") != std::string::npos);
  CHECK(map("qui soutient Tokayev").find("[r:supports]") != std::string::npos);
  CHECK(map("who leads Russia").find("[r:leads]") != std::string::npos);
  CHECK(map("who is a member of the CSTO").find("[r:member_of]") != std::string::npos);
  CHECK(map("qui est membre de l'OTSC") == map("who is a member of the CSTO"));
  std::string cypher;
  Status s = m.Map(g, "who accuses Atlantis", &cypher);
  CHECK(s.IsInvalidArgument());
  CHECK(s.message().find("unknown actor 'atlantis'") != std::string::npos);
  s = m.Map(g, "what is love", &cypher);
  CHECK(s.IsInvalidArgument());
  CHECK(s.message().find("question not understood") != std::string::npos);
  CHECK(s.message().find("how is X connected to Y") != std::string::npos);
  CHECK(s.message().find("sends_troops [fr]") != std::string::npos);
}

TEST_CASE("Question mapper reports bad lines of its data file", "[query]") {
  fs::path dir =
      fs::temp_directory_path() / ("kzgraph_query_questions_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream out(dir / "q.tsv");
    out << "# ok\nverb\taccuses\ten\t3s\taccuses\nverb\thugs\ten\t3s\thugs\n";
  }
  Ontology o;
  REQUIRE(Ontology::LoadDefault(&o).ok());
  query::QuestionMapper m;
  Status s = query::QuestionMapper::Load((dir / "q.tsv").string(), &o, &m);
  CHECK(s.IsInvalidArgument());
  CHECK(s.message().find("q.tsv:3: unknown relation type hugs") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("Question, its French twin and the Cypher give the same accusation pairs", "[query]") {
  // The lead adds the same check over the extracted samples.
  MemoryGraph g = KzGraph();
  auto pairs = [&](const std::string& text, size_t a, size_t b) {
    QueryResult r;
    Status s = RunQuery(g, text, QueryOptions{}, &r);
    INFO(s.ToString());
    REQUIRE(s.ok());
    std::vector<std::string> out;
    for (const auto& row : r.rows) out.push_back(row[a].text + " -> " + row[b].text);
    return out;
  };
  auto en = pairs("who accuses whom", 0, 1);
  CHECK(en.size() == 3);
  CHECK(en == pairs("qui accuse qui", 0, 1));
  CHECK(en == pairs("MATCH (a)-[r:accuses]->(b) RETURN a.name, b.name, r.weight "
                    "ORDER BY r.weight DESC, a.name, b.name",
                    0, 1));
}

TEST_CASE("RunQuery renders cells, evidence, limits and explanations", "[query]") {
  MemoryGraph g = KzGraph();
  QueryOptions options;
  options.evidence = true;
  QueryResult r;
  REQUIRE(RunQuery(g, "who does Tokayev accuse", options, &r).ok());
  REQUIRE(r.rows.size() == 2);
  CHECK(r.columns == std::vector<std::string>{"subject", "object", "articles"});
  CHECK(r.rows[0][1].text == "terrorists");
  CHECK(r.rows[0][2].json == "3");
  // Scalar columns carry no edge, so evidence needs the relationship itself.
  CHECK(r.evidence.empty());
  REQUIRE(
      RunQuery(g,
               "MATCH (a {id: 'Tokayev'})-[r:accuses]->(b) RETURN b.name, r ORDER BY r.weight DESC",
               options, &r)
          .ok());
  REQUIRE(r.evidence.size() == 2);
  CHECK(r.evidence[0].target == "terrorists");
  REQUIRE(r.evidence[0].evidence.size() == 3);
  CHECK(r.evidence[0].evidence[0].sentence == "Tokaïev accuse des terroristes.");
  CHECK(r.evidence[0].evidence[0].article_id == "a1");
  CHECK(r.row_evidence == std::vector<std::vector<size_t>>{{0}, {1}});
  std::string text;
  REQUIRE(query::FormatResult(r, "table", &text).ok());
  CHECK(text.find("Evidence:\n  Tokayev -[accuses]-> terrorists\n    2022-01-06  a1  Tokaïev") !=
        std::string::npos);
  REQUIRE(query::FormatResult(r, "json", &text).ok());
  CHECK(text.find("\"evidence\":[{\"source\":\"Tokayev\",\"type\":\"accuses\"") !=
        std::string::npos);

  QueryOptions limited;
  limited.limit = 2;
  REQUIRE(RunQuery(g, "MATCH (n) RETURN n.id", limited, &r).ok());
  CHECK(r.rows.size() == 2);

  QueryOptions explain;
  explain.explain = true;
  REQUIRE(RunQuery(g, "qui Poutine accuse-t-il", explain, &r).ok());
  CHECK(r.rows.empty());
  CHECK(r.cypher.find("WHERE s.id IN ['Putin']") != std::string::npos);
  // Anchored: a seek by id, then an expansion; no scan of the whole graph.
  CHECK(r.plan.rfind("NodeById (s) <- (list 'Putin')\nExpand (s)-[r:accuses]->(o)\n", 0) == 0);
  REQUIRE(RunQuery(g, "who accuses whom", explain, &r).ok());
  CHECK(r.plan.rfind("EdgeTypeScan (s)-[r:accuses]->(o)\n", 0) == 0);

  Status s = RunQuery(g, "MATCH (a)-[:acuses]->(b) RETURN a", QueryOptions{}, &r);
  CHECK(s.IsInvalidArgument());
  CHECK(s.message().find("did you mean accuses?") != std::string::npos);
  CHECK(RunQuery(g, "", QueryOptions{}, &r).IsInvalidArgument());
}

TEST_CASE("Query formats: aligned table, JSON, RFC 4180 CSV, TSV", "[query]") {
  CHECK(query::DisplayWidth("Tokaïev") == 7);
  CHECK(query::DisplayWidth("Tokai\u0308ev") == 7);  // combining diaeresis
  CHECK(query::DisplayWidth("東京") == 4);
  QueryResult r;
  r.columns = {"name", "note"};
  r.rows = {{{"Tokaïev", "\"Tokaïev\""}, {"a,b \"q\"", "\"a,b \\\"q\\\"\""}},
            {{"Li", "\"Li\""}, {"", "null"}}};
  std::string out;
  REQUIRE(query::FormatResult(r, "table", &out).ok());
  CHECK(out ==
        "name    | note\n"
        "--------+--------\n"
        "Tokaïev | a,b \"q\"\n"
        "Li      | \n"
        "(2 rows)\n");
  REQUIRE(query::FormatResult(r, "csv", &out).ok());
  CHECK(out == "name,note\r\nTokaïev,\"a,b \"\"q\"\"\"\r\nLi,\r\n");
  REQUIRE(query::FormatResult(r, "tsv", &out).ok());
  CHECK(out == "name\tnote\nTokaïev\ta,b \"q\"\nLi\t\n");
  REQUIRE(query::FormatResult(r, "json", &out).ok());
  CHECK(out ==
        "[\n {\"name\":\"Tokaïev\",\"note\":\"a,b \\\"q\\\"\"},\n "
        "{\"name\":\"Li\",\"note\":null}\n]\n");
  CHECK(query::FormatResult(r, "xml", &out).IsInvalidArgument());
}

TEST_CASE("QuerySubgraph copies the nodes, edges and evidence behind a result", "[query]") {
  MemoryGraph g = KzGraph();
  MemoryGraph sub;
  REQUIRE(QuerySubgraph(g, "who does Tokayev accuse", &sub).ok());
  CHECK(sub.edge_count() == 2);
  CHECK(sub.node_count() == 3);
  std::vector<Evidence> ev;
  REQUIRE(sub.GetEvidence("Tokayev", "accuses", "terrorists", &ev).ok());
  CHECK(ev.size() == 3);
  Node n;
  REQUIRE(sub.GetNode("Tokayev", &n).ok());
  CHECK(n.aliases.size() == 2);
  size_t articles = 0;
  REQUIRE(sub.ForEachArticle([&](const ArticleInfo&) { return ++articles, true; }).ok());
  CHECK(articles == 3);

  MemoryGraph paths;
  REQUIRE(QuerySubgraph(g, "how is Blinken connected to Lukashenko", &paths).ok());
  CHECK(paths.node_count() ==
        8);  // Blinken, Russia, USA, CSTO, Putin, Belarus, Tokayev, Lukashenko
  CHECK(paths.edge_count() == 11);

  MemoryGraph counted;  // aggregated results keep the matched elements of each group
  REQUIRE(QuerySubgraph(g, "MATCH (a)-[:member_of]->(o) RETURN o.name, count(*)", &counted).ok());
  CHECK(counted.edge_count() == 3);
  CHECK(counted.node_count() == 4);
  CHECK(QuerySubgraph(g, "MATCH (", &counted).IsInvalidArgument());
}

TEST_CASE("Snapshot betweenness matches networkx", "[query]") {
  MemoryGraph g = KzGraph();
  GraphSnapshot snap;
  REQUIRE(GraphSnapshot::Build(g, {}, &snap).ok());
  std::vector<double> bc = snap.Betweenness();
  fs::path dir =
      fs::temp_directory_path() / ("kzgraph_query_snapshot_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream edges(dir / "edges.txt");
    REQUIRE(g.ForEachEdge("", [&](const Edge& e) {
               edges << e.source << " " << e.target << "\n";
               return true;
             }).ok());
  }
  std::string script =
      "import networkx as nx, sys\n"
      "G = nx.Graph()\n"
      "G.add_edges_from(l.split() for l in open(sys.argv[1]))\n"
      "for n, v in sorted(nx.betweenness_centrality(G, normalized=False).items()):\n"
      "    print(n, round(v, 6))\n";
  {
    std::ofstream py(dir / "bc.py");
    py << script;
  }
  int code = 0;
  std::string out =
      Run("python3 " + (dir / "bc.py").string() + " " + (dir / "edges.txt").string(), &code);
  REQUIRE(code == 0);
  std::map<std::string, double> ours;
  for (size_t v = 0; v < snap.vertex_count(); ++v) ours[snap.id(v)] = bc[v];
  std::istringstream lines(out);
  std::string id;
  double value = 0;
  size_t compared = 0;
  while (lines >> id >> value) {
    INFO(id);
    CHECK(ours[id] == Approx(value).margin(1e-5));
    ++compared;
  }
  CHECK(compared == 11);  // every node with an edge
  fs::remove_all(dir);
}

TEST_CASE("kzgraph query: malformed queries exit 2 with a caret", "[query]") {
  fs::path dir =
      fs::temp_directory_path() / ("kzgraph_query_cli_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  int code = 0;
  std::string bin = KZGRAPH_BINARY;
  std::string db = (dir / "db").string();
  // An empty store: created by a writer command, then opened read-only by query.
  fs::create_directories(dir);
  { std::ofstream(dir / "empty.jsonl"); }
  Run(bin + " load --db " + db + " " + (dir / "empty.jsonl").string(), &code);
  REQUIRE(code == 0);
  std::string out = Run(bin + " query --db " + db + " 'MATCH (a)-[r:accuses->(b) RETURN a'", &code);
  CHECK(code == 2);
  CHECK(out.find("line 1, column 21") != std::string::npos);
  CHECK(out.find("                      ^") != std::string::npos);
  out = Run(bin + " query --db " + db + " 'MATCH (a)-[:acuses]->(b) RETURN a'", &code);
  CHECK(code == 2);
  CHECK(out.find("did you mean accuses?") != std::string::npos);
  out = Run(bin + " query --db " + db + " --format csv 'UNWIND [1, 2] AS x RETURN x, \"a,b\" AS y'",
            &code);
  CHECK(code == 0);
  CHECK(out == "x,y\r\n1,\"a,b\"\r\n2,\"a,b\"\r\n");
  out = Run(bin + " query --db " + db + " --explain who accuses whom", &code);
  CHECK(code == 0);
  CHECK(out.find("Cypher:\n  MATCH (s)-[r:accuses]->(o)") != std::string::npos);
  CHECK(out.find("EdgeTypeScan") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("Edge endpoints without a node record read as unknown nodes, lazily", "[query]") {
  MemoryGraph g;
  Node a;
  a.id = "A";
  a.kind = "person";
  a.name = "Alpha";
  g.AddNode(a);
  Edge e;
  e.source = "A";
  e.type = "accuses";
  e.target = "Ghost";  // no node record
  e.weight = 1;
  g.AddEdge(e);
  auto run = [&](const std::string& text) {
    query::EngineResult r;
    Status s = query::RunCypher(g, nullptr, text, query::EngineOptions{}, &r);
    INFO(text << ": " << s.ToString());
    REQUIRE(s.ok());
    std::vector<std::string> cells;
    for (const auto& row : r.rows) {
      for (const query::Value& v : row) cells.push_back(query::ToCypherLiteral(v));
    }
    return cells;
  };
  CHECK(run("MATCH (a)-[:accuses]->(b) RETURN a.id, b.id") ==
        std::vector<std::string>{"'A'", "'Ghost'"});
  CHECK(run("MATCH (a)-[:accuses]->(b) RETURN a, b, b.name") ==
        std::vector<std::string>{"(A:person)", "(Ghost:unknown)", "'Ghost'"});
  CHECK(run("MATCH (a {id: 'A'})-->(b) RETURN labels(b)") ==
        std::vector<std::string>{"['unknown']"});
  CHECK(run("MATCH (a)-[:accuses]->(b:person) RETURN b").empty());
}

namespace {

// Each row's cells joined by '|', rows sorted: results in a comparable form.
std::vector<std::string> SortedRows(const GraphReader& g, const std::string& text,
                                    std::string* plan = nullptr) {
  QueryResult r;
  Status s = RunQuery(g, text, QueryOptions(), &r);
  INFO(text << ": " << s.ToString());
  REQUIRE(s.ok());
  std::vector<std::string> rows;
  for (const auto& row : r.rows) {
    std::string line;
    for (const Cell& c : row) line += c.text + "|";
    rows.push_back(line);
  }
  std::sort(rows.begin(), rows.end());
  if (plan != nullptr) {
    QueryOptions explain;
    explain.explain = true;
    REQUIRE(RunQuery(g, text, explain, &r).ok());
    *plan = r.plan;
  }
  return rows;
}

bool KeysOnly(const std::string& plan, const std::string& op) {
  std::istringstream lines(plan);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(op, 0) == 0) return line.find("(keys only)") != std::string::npos;
  }
  FAIL("no " << op << " in plan:\n" << plan);
  return false;
}

}  // namespace

TEST_CASE("Relationships read only for type and ends are bound from adjacency keys", "[query]") {
  const MemoryGraph g = KzGraph();
  std::string plan;
  // Identity only: keys suffice, and the answers are the same.
  CHECK(
      SortedRows(g,
                 "MATCH (a {id: 'Tokayev'})-[r]->(b) RETURN type(r), b.id, "
                 "startNode(r).id, endNode(r).id, id(r)",
                 &plan) ==
      std::vector<std::string>{"accuses|protesters|Tokayev|protesters|Tokayev-accuses->protesters|",
                               "accuses|terrorists|Tokayev|terrorists|Tokayev-accuses->terrorists|",
                               "leads|Kazakhstan|Tokayev|Kazakhstan|Tokayev-leads->Kazakhstan|",
                               "requests_aid|CSTO|Tokayev|CSTO|Tokayev-requests_aid->CSTO|",
                               "warns|terrorists|Tokayev|terrorists|Tokayev-warns->terrorists|"});
  CHECK(KeysOnly(plan, "Expand"));
  // A value of the relationship is read: full records, right weights.
  CHECK(SortedRows(g, "MATCH (a {id: 'Tokayev'})-[r:accuses]->(b) RETURN b.id, r.weight", &plan) ==
        std::vector<std::string>{"protesters|1|", "terrorists|3|"});
  CHECK_FALSE(KeysOnly(plan, "Expand"));
  CHECK(SortedRows(g, "MATCH (a {id: 'Tokayev'})-[r:requests_aid]->(b) WITH r RETURN r.weight",
                   &plan) == std::vector<std::string>{"4|"});
  CHECK_FALSE(KeysOnly(plan, "Expand"));
  CHECK(SortedRows(g, "MATCH (a {id: 'Tokayev'})-[r:accuses {weight: 3}]->(b) RETURN b.id",
                   &plan) == std::vector<std::string>{"terrorists|"});
  CHECK_FALSE(KeysOnly(plan, "Expand"));
  CHECK(SortedRows(g,
                   "MATCH (a {id: 'Tokayev'})-[r]->(b) WHERE r.first_seen >= '2022-01-06' "
                   "RETURN b.id",
                   &plan) == std::vector<std::string>{"terrorists|"});
  CHECK_FALSE(KeysOnly(plan, "Expand"));
  // A named path keeps whole relationships.
  CHECK(SortedRows(g,
                   "MATCH p = (a {id: 'Putin'})-[:leads]->(b) "
                   "RETURN [x IN relationships(p) | x.weight]",
                   &plan) == std::vector<std::string>{"2|"});
  CHECK_FALSE(KeysOnly(plan, "Expand"));

  // Edge-type scans: anonymous or identity-only relationships read keys.
  CHECK(SortedRows(g, "MATCH (a)-[:sends_troops]->(b) RETURN a.id, b.id", &plan) ==
        std::vector<std::string>{"Belarus|Kazakhstan|", "CSTO|Kazakhstan|", "Russia|Kazakhstan|"});
  CHECK(KeysOnly(plan, "EdgeTypeScan"));
  CHECK(SortedRows(g, "MATCH (a)-[r:sends_troops]->(b) RETURN a.id, type(r)", &plan) ==
        std::vector<std::string>{"Belarus|sends_troops|", "CSTO|sends_troops|",
                                 "Russia|sends_troops|"});
  CHECK(KeysOnly(plan, "EdgeTypeScan"));
  CHECK(SortedRows(g, "MATCH (a)-[r:sends_troops]->(b) RETURN a.id, r.weight", &plan) ==
        std::vector<std::string>{"Belarus|1|", "CSTO|2|", "Russia|3|"});
  CHECK_FALSE(KeysOnly(plan, "EdgeTypeScan"));
}

TEST_CASE("Keys-only expansions keep relationship isomorphism and var-length answers", "[query]") {
  const MemoryGraph g = KzGraph();
  std::string plan;
  // Undirected two hops from Russia: the second hop may not reuse the first
  // edge, so Russia itself comes back only over a different edge.
  const auto keys = SortedRows(g, "MATCH (a {id: 'Russia'})-[r1]-(b)-[r2]-(c) RETURN c.id", &plan);
  CHECK(KeysOnly(plan, "Expand"));
  const auto full = SortedRows(
      g, "MATCH (a {id: 'Russia'})-[r1]-(b)-[r2]-(c) RETURN c.id, r1.weight + r2.weight > 0",
      &plan);
  CHECK_FALSE(KeysOnly(plan, "Expand"));
  REQUIRE(keys.size() == full.size());
  for (size_t i = 0; i < keys.size(); ++i) CHECK(full[i] == keys[i] + "true|");
  CHECK(std::count(keys.begin(), keys.end(), "Russia|") == 0);  // no edge twice: no way back

  const auto var_keys = SortedRows(g, "MATCH (a {id: 'Blinken'})-[*1..3]-(c) RETURN c.id", &plan);
  CHECK(KeysOnly(plan, "VarLengthExpand"));
  const auto var_full =
      SortedRows(g, "MATCH (a {id: 'Blinken'})-[rs*1..3]-(c) RETURN c.id, size(rs) > 0", &plan);
  CHECK_FALSE(KeysOnly(plan, "VarLengthExpand"));
  REQUIRE(var_keys.size() == var_full.size());
  CHECK(var_keys.size() > 10);
  for (size_t i = 0; i < var_keys.size(); ++i) CHECK(var_full[i] == var_keys[i] + "true|");
}

TEST_CASE("Shortest paths search on keys and return whole relationships", "[query]") {
  const MemoryGraph g = KzGraph();
  CHECK(SortedRows(g,
                   "MATCH p = shortestPath((a {id: 'Lukashenko'})-[*..4]->(b {id: 'CSTO'})) "
                   "RETURN [x IN relationships(p) | type(x) + ':' + toString(x.weight)]") ==
        std::vector<std::string>{"leads:1, member_of:1|"});
  CHECK(SortedRows(g,
                   "MATCH p = allShortestPaths((a {id: 'Putin'})-[*..4]-(b {id: 'CSTO'})) "
                   "RETURN [x IN relationships(p) | x.weight]") ==
        std::vector<std::string>{"2, 1|", "2, 4|"});
}
