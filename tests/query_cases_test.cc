// Runs every scenario of tests/query/cases/*.feature (openCypher TCK style)
// as a dynamic section. Steps understood:
//   Given an empty graph | Given the graph <name> (tests/query/graphs/<name>.cypher)
//   Given a graph: """CREATE ..."""
//   When executing query: """..."""       When asking: """plain-word question"""
//   Then the result should be, in any order: | table |
//   Then the result should be, in order: | table |
//   Then the result should be empty
//   Then a SyntaxError|SemanticError|TypeError|ResourceError|QuestionError should be raised
//   And the error should contain "text"
//   And the Cypher should be: """..."""    (for questions)
// Cells are compared as written: ToCypherLiteral of each value.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "kzgraph/memory_graph.h"
#include "kzgraph/ontology.h"
#include "query/engine.h"
#include "query/questions.h"

using namespace kzgraph;
namespace fs = std::filesystem;

namespace {

struct Step {
  int line = 0;
  std::string text;       // the step line, trimmed
  std::string docstring;  // """ block, if any
  std::vector<std::vector<std::string>> table;
};

struct Scenario {
  std::string file;
  int line = 0;
  std::string name;
  std::vector<Step> steps;
};

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::vector<std::string> TableRow(const std::string& line) {
  std::vector<std::string> cells;
  std::string t = Trim(line);
  // Split on '|' outside quotes.
  std::string cur;
  char quote = 0;
  for (size_t i = 1; i < t.size(); ++i) {
    char c = t[i];
    if (quote) {
      cur += c;
      if (c == '\\' && i + 1 < t.size()) {
        cur += t[++i];
      } else if (c == quote) {
        quote = 0;
      }
    } else if (c == '\'' || c == '"') {
      quote = c;
      cur += c;
    } else if (c == '|') {
      cells.push_back(Trim(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  return cells;
}

std::vector<Scenario> ReadFeature(const fs::path& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  std::vector<Scenario> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string t = Trim(lines[i]);
    if (t.empty() || t[0] == '#') continue;
    if (t.rfind("Scenario:", 0) == 0) {
      Scenario s;
      s.file = path.filename().string();
      s.line = static_cast<int>(i + 1);
      s.name = Trim(t.substr(9));
      out.push_back(std::move(s));
      continue;
    }
    if (t.rfind("Feature:", 0) == 0 || out.empty()) continue;
    if (t[0] == '|') {
      if (!out.back().steps.empty()) out.back().steps.back().table.push_back(TableRow(t));
      continue;
    }
    if (t == "\"\"\"") {
      size_t indent = lines[i].find('"');
      std::string doc;
      for (++i; i < lines.size() && Trim(lines[i]) != "\"\"\""; ++i) {
        std::string l = lines[i];
        doc += (l.size() > indent ? l.substr(indent) : Trim(l)) + "\n";
      }
      if (!out.back().steps.empty()) out.back().steps.back().docstring = doc;
      continue;
    }
    Step step;
    step.line = static_cast<int>(i + 1);
    step.text = t;
    out.back().steps.push_back(std::move(step));
  }
  return out;
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string RowText(const std::vector<std::string>& cells) {
  std::string s = "|";
  for (const std::string& c : cells) s += " " + c + " |";
  return s;
}

void RunScenario(const Scenario& sc, const Ontology& ontology) {
  const std::string where = sc.file + ":" + std::to_string(sc.line);
  MemoryGraph graph;
  std::string query, question;
  Status status;
  query::EngineResult result;
  std::string mapped;
  bool ran = false;
  auto run = [&] {
    if (ran) return;
    ran = true;
    std::string cypher = query;
    if (!question.empty()) {
      query::QuestionMapper mapper;
      REQUIRE(query::QuestionMapper::LoadDefault(&ontology, &mapper).ok());
      status = mapper.Map(graph, question, &mapped);
      if (!status.ok()) {
        status = Status::InvalidArgument("QuestionError: " + status.message());
        return;
      }
      cypher = mapped;
    }
    status = query::RunCypher(graph, &ontology, cypher, query::EngineOptions{}, &result);
  };
  for (const Step& step : sc.steps) {
    const std::string at = where + " (step line " + std::to_string(step.line) + ")";
    INFO(at);
    const std::string& t = step.text;
    if (t.find("Given an empty graph") != std::string::npos) {
      continue;
    } else if (t.find("Given the graph ") != std::string::npos) {
      std::string name = Trim(t.substr(t.find("Given the graph ") + 16));
      fs::path p = fs::path(KZGRAPH_SOURCE_DIR) / "tests/query/graphs" / (name + ".cypher");
      REQUIRE(fs::exists(p));
      Status s = query::LoadFixture(ReadFile(p), &ontology, &graph);
      INFO(s.ToString());
      REQUIRE(s.ok());
    } else if (t.find("Given a graph") != std::string::npos ||
               t.find("And having executed") != std::string::npos) {
      Status s = query::LoadFixture(step.docstring, &ontology, &graph);
      INFO(s.ToString());
      REQUIRE(s.ok());
    } else if (t.find("When executing query") != std::string::npos) {
      query = step.docstring;
    } else if (t.find("When asking") != std::string::npos) {
      question = Trim(step.docstring);
    } else if (t.find("Then the result should be empty") != std::string::npos) {
      run();
      INFO(status.ToString());
      REQUIRE(status.ok());
      CHECK(result.rows.empty());
    } else if (t.find("Then the result should be") != std::string::npos) {
      run();
      INFO("query:\n" << (mapped.empty() ? query : mapped));
      INFO(status.ToString());
      REQUIRE(status.ok());
      REQUIRE(!step.table.empty());
      CHECK(RowText(result.columns) == RowText(step.table[0]));
      std::vector<std::string> got, want;
      for (const auto& row : result.rows) {
        std::vector<std::string> cells;
        for (const auto& v : row) cells.push_back(query::ToCypherLiteral(v));
        got.push_back(RowText(cells));
      }
      for (size_t i = 1; i < step.table.size(); ++i) want.push_back(RowText(step.table[i]));
      if (t.find("in any order") != std::string::npos) {
        std::sort(got.begin(), got.end());
        std::sort(want.begin(), want.end());
      }
      std::string got_text, want_text;
      for (const auto& r : got) got_text += r + "\n";
      for (const auto& r : want) want_text += r + "\n";
      CHECK(got_text == want_text);
    } else if (t.find("should be raised") != std::string::npos) {
      run();
      std::string kind = t.substr(t.find(" a") + 1);
      kind = kind.substr(kind.find(' ') + 1);
      kind = kind.substr(0, kind.find(' '));
      INFO("expected " << kind << ", got " << status.ToString());
      REQUIRE(!status.ok());
      CHECK(status.message().rfind(kind + ":", 0) == 0);
    } else if (t.find("the error should contain") != std::string::npos) {
      size_t a = t.find('"'), b = t.rfind('"');
      REQUIRE(b > a);
      std::string needle = t.substr(a + 1, b - a - 1);
      INFO("error: " << status.message());
      CHECK(status.message().find(needle) != std::string::npos);
    } else if (t.find("the Cypher should be") != std::string::npos) {
      run();
      CHECK(Trim(mapped) == Trim(step.docstring));
    } else {
      FAIL(at + ": step not understood: " + t);
    }
  }
}

}  // namespace

TEST_CASE("Query case files (openCypher TCK style)", "[query]") {
  Ontology ontology;
  REQUIRE(Ontology::LoadDefault(&ontology).ok());
  const fs::path dir = fs::path(KZGRAPH_SOURCE_DIR) / "tests/query/cases";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".feature") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  size_t scenarios = 0;
  for (const fs::path& file : files) {
    for (const Scenario& sc : ReadFeature(file)) {
      ++scenarios;
      DYNAMIC_SECTION(sc.file << ":" << sc.line << ": " << sc.name) { RunScenario(sc, ontology); }
    }
  }
  CHECK(scenarios > 0);
}
