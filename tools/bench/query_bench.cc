// kzbench_query: in-process query latencies. Opens a store read-only and runs
// each query of a spec file through RunQuery, once per anchor, after a
// warm-up; prints one JSON object with p50/p95 and the row count per anchor
// (so another engine's answers can be checked against ours).
//
//   kzbench_query --db DB --anchors anchors.txt --queries queries.tsv [--repeat N]
//
// queries.tsv: one query a line, "name<TAB>anchor<TAB>text", where anchor is
// `node` (text uses {a}), `pair` ({a} and {b}) or `none` (run --repeat times).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "kzgraph/query.h"
#include "kzgraph/store.h"

namespace {

using Clock = std::chrono::steady_clock;

struct QuerySpec {
  std::string name;
  std::string anchor;  // node, pair, none
  std::string text;
};

struct Anchors {
  std::vector<std::string> nodes;
  std::vector<std::pair<std::string, std::string>> pairs;
};

std::string Replace(std::string text, const std::string& key, const std::string& value) {
  for (size_t at = text.find(key); at != std::string::npos;
       at = text.find(key, at + value.size())) {
    text.replace(at, key.size(), value);
  }
  return text;
}

std::string JsonEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (static_cast<unsigned char>(c) < 0x20) {
      out += ' ';
      continue;
    }
    out.push_back(c);
  }
  return out;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p * (v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

bool ReadLines(const std::string& path, std::vector<std::string>* lines) {
  std::ifstream in(path);
  if (!in) return false;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') lines->push_back(line);
  }
  return true;
}

int Usage() {
  std::cerr << "usage: kzbench_query --db DB --anchors FILE --queries FILE [--repeat N]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, anchors_path, queries_path;
  int repeat = 5;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string arg = argv[i], value = argv[i + 1];
    if (arg == "--db")
      db = value;
    else if (arg == "--anchors")
      anchors_path = value;
    else if (arg == "--queries")
      queries_path = value;
    else if (arg == "--repeat")
      repeat = std::stoi(value);
    else
      return Usage();
  }
  if (db.empty() || anchors_path.empty() || queries_path.empty() || argc % 2 == 0) return Usage();

  Anchors anchors;
  std::vector<std::string> lines;
  if (!ReadLines(anchors_path, &lines)) {
    std::cerr << "kzbench_query: cannot read " << anchors_path << "\n";
    return 1;
  }
  for (const std::string& line : lines) {
    std::istringstream fields(line);
    std::string kind, a, b;
    fields >> kind >> a >> b;
    if (kind == "node") anchors.nodes.push_back(a);
    if (kind == "pair") anchors.pairs.emplace_back(a, b);
  }
  std::vector<QuerySpec> queries;
  lines.clear();
  if (!ReadLines(queries_path, &lines)) {
    std::cerr << "kzbench_query: cannot read " << queries_path << "\n";
    return 1;
  }
  for (const std::string& line : lines) {
    size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    if (t1 == std::string::npos || t2 == std::string::npos) {
      std::cerr << "kzbench_query: " << queries_path
                << ": expected name<TAB>anchor<TAB>text: " << line << "\n";
      return 1;
    }
    queries.push_back({line.substr(0, t1), line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1)});
  }

  std::unique_ptr<kzgraph::Store> store;
  kzgraph::StoreOptions options;
  options.read_only = true;
  Clock::time_point open_start = Clock::now();
  if (kzgraph::Status s = kzgraph::Store::Open(db, options, &store); !s.ok()) {
    std::cerr << "kzbench_query: " << db << ": " << s.ToString() << "\n";
    return 1;
  }
  double open_ms = std::chrono::duration<double, std::milli>(Clock::now() - open_start).count();

  int failures = 0;
  std::cout << "{\"open_ms\":" << open_ms << ",\"queries\":{";
  for (size_t q = 0; q < queries.size(); ++q) {
    const QuerySpec& spec = queries[q];
    std::vector<std::string> texts;
    if (spec.anchor == "node") {
      for (const std::string& a : anchors.nodes) texts.push_back(Replace(spec.text, "{a}", a));
    } else if (spec.anchor == "pair") {
      for (const auto& [a, b] : anchors.pairs) {
        texts.push_back(Replace(Replace(spec.text, "{a}", a), "{b}", b));
      }
    } else {
      for (int i = 0; i < repeat; ++i) texts.push_back(spec.text);
    }
    // Warm-up: the block cache and the page cache see the first anchors once.
    kzgraph::QueryOptions qopts;
    kzgraph::QueryResult result;
    std::string error;
    for (size_t i = 0; i < std::min<size_t>(texts.size(), 10); ++i) {
      result = {};
      kzgraph::Status s = kzgraph::RunQuery(*store, texts[i], qopts, &result);
      if (!s.ok() && error.empty()) error = s.ToString() + " [" + texts[i] + "]";
    }
    std::vector<double> ms;
    std::vector<size_t> counts;
    std::vector<std::string> firsts;  // first cell of the first row, to compare values
    for (const std::string& text : texts) {
      result = {};
      Clock::time_point start = Clock::now();
      kzgraph::Status s = kzgraph::RunQuery(*store, text, qopts, &result);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
      counts.push_back(result.rows.size());
      firsts.push_back(result.rows.empty() || result.rows[0].empty() ? "" : result.rows[0][0].text);
      if (!s.ok() && error.empty()) error = s.ToString() + " [" + text + "]";
    }
    if (!error.empty()) ++failures;
    std::cout << (q ? "," : "") << "\"" << spec.name << "\":{\"n\":" << ms.size()
              << ",\"p50_ms\":" << Percentile(ms, 0.5) << ",\"p95_ms\":" << Percentile(ms, 0.95)
              << ",\"max_ms\":" << Percentile(ms, 1.0) << ",\"error\":\"" << JsonEscape(error)
              << "\",\"counts\":[";
    for (size_t i = 0; i < counts.size(); ++i) std::cout << (i ? "," : "") << counts[i];
    std::cout << "],\"firsts\":[";
    for (size_t i = 0; i < firsts.size(); ++i) {
      std::cout << (i ? "," : "") << "\"" << JsonEscape(firsts[i]) << "\"";
    }
    std::cout << "]}";
  }
  std::cout << "}}\n";
  return failures == 0 ? 0 : 1;
}
