// Helpers for the extraction tests: run the extractor over a short text and
// look at its edges and entities as plain strings.
#ifndef KZGRAPH_TESTS_EXTRACT_TEST_UTIL_H_
#define KZGRAPH_TESTS_EXTRACT_TEST_UTIL_H_

#include <algorithm>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>

#include "kzgraph/extractor.h"

namespace kzgraph::testing {

// One extractor over the source tree's schema, shared by the tests.
inline const Extractor& SharedExtractor() {
  static std::unique_ptr<Extractor> extractor = [] {
    ExtractorOptions options;
    options.schema_dir = std::string(KZGRAPH_SOURCE_DIR) + "/schema";
    std::unique_ptr<Extractor> e;
    Status s = Extractor::Open(options, &e);
    if (!s.ok()) throw std::runtime_error(s.ToString());
    return e;
  }();
  return *extractor;
}

inline Extraction ExtractText(const std::string& text, const std::string& date = "2022-01-07") {
  Article a;
  a.id = "test.txt";
  a.date = date;
  a.text = text;
  Extraction x;
  SharedExtractor().Extract(a, &x);
  return x;
}

// "Subject predicate Object" for every edge.
inline std::set<std::string> Edges(const std::string& text,
                                   const std::string& date = "2022-01-07") {
  std::set<std::string> out;
  for (const Relation& r : ExtractText(text, date).relations) {
    out.insert(r.subject + " " + r.predicate + " " + r.object);
  }
  return out;
}

inline std::set<std::string> EntityIds(const std::string& text,
                                       const std::string& date = "2022-01-07") {
  std::set<std::string> out;
  for (const Entity& e : ExtractText(text, date).entities) out.insert(e.id);
  return out;
}

inline bool HasPredicate(const std::set<std::string>& edges, const std::string& predicate) {
  return std::any_of(edges.begin(), edges.end(), [&](const std::string& e) {
    return e.find(" " + predicate + " ") != std::string::npos;
  });
}

}  // namespace kzgraph::testing

#endif  // KZGRAPH_TESTS_EXTRACT_TEST_UTIL_H_
