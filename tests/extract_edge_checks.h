// One-line edge checks shared by the rule tests. A test file declares its
// checks once, with the date its sentences are read at (dated dictionaries
// resolve roles such as "le président kazakh" by that date):
//   const kzgraph::testing::EdgeCheck Says("2023-06-01");
//   CHECK(Says("Paris condamne Moscou.", "France criticizes Russia"));
#ifndef KZGRAPH_TESTS_EXTRACT_EDGE_CHECKS_H_
#define KZGRAPH_TESTS_EXTRACT_EDGE_CHECKS_H_

#include <string>

#include "extract_test_util.h"

namespace kzgraph::testing {

// Whether a text yields the edge "Subject predicate Object".
class EdgeCheck {
 public:
  explicit EdgeCheck(const char* date = "2022-01-07") : date_(date) {}
  bool operator()(const std::string& text, const std::string& edge) const {
    return Edges(text, date_).count(edge) > 0;
  }

 private:
  const char* date_;  // a string literal
};

// Whether a text yields any edge of one predicate ("criticizes").
class PredicateCheck {
 public:
  explicit PredicateCheck(const char* date = "2022-01-07") : date_(date) {}
  bool operator()(const std::string& text, const std::string& predicate) const {
    return HasPredicate(Edges(text, date_), predicate);
  }

 private:
  const char* date_;  // a string literal
};

}  // namespace kzgraph::testing

#endif  // KZGRAPH_TESTS_EXTRACT_EDGE_CHECKS_H_
