// Year inference for pages dated without a year, and plain single-line inputs.
#include <catch2/catch.hpp>

#include "extract/date_infer.h"
#include "extract_test_util.h"

using kzgraph::extract::InferDate;

TEST_CASE("dates: a weekday beside a day fixes the year", "[extract]") {
  // 10 January was a Monday in 2022 (and in 2028, after the current year).
  CHECK(InferDate("01-07", "Le président a parlé lundi 10 janvier devant la presse.", 2025) ==
        "2022-01-07");
  CHECK(InferDate("01-07", "The president spoke on Monday, January 10, to reporters.", 2025) ==
        "2022-01-07");
  // the publication day itself with its weekday: 7 January 2021 was a Thursday
  CHECK(InferDate("01-07", "Jeudi 7 janvier, les troupes sont arrivées.", 2025) == "2021-01-07");
}

TEST_CASE("dates: else the latest year mentioned, never a future one", "[extract]") {
  CHECK(InferDate("08-17", "Depuis 2013 et l'opération Serval, puis en 2020, la France ...",
                  2025) == "2020-08-17");
  CHECK(InferDate("08-17", "Un plan pour 2030 a été présenté en 2019.", 2025) == "2019-08-17");
  CHECK(InferDate("08-17", "Aucune année ici.", 2025).empty());
  CHECK(InferDate("", "en 2020", 2025).empty());
}

TEST_CASE("dates: the extraction carries the inferred date", "[extract]") {
  kzgraph::Article a;
  a.id = "t.txt";
  a.text =
      "Le Mali accuse la France\n\n7 janv.\n\nLe Mali a accusé la France lundi 10 janvier lors "
      "d'une réunion. La Russie a critiqué la France.\n";
  kzgraph::Extraction x;
  kzgraph::testing::SharedExtractor().Extract(a, &x);
  CHECK(x.article.date == "2022-01-07");
}

TEST_CASE("single line: several sentences on one line are split", "[extract]") {
  kzgraph::Article a;
  a.id = "one.txt";
  a.text = "La Russie accuse la France. Le Mali critique la CEDEAO. Le Niger soutient le Mali.";
  kzgraph::Extraction x;
  kzgraph::testing::SharedExtractor().Extract(a, &x);
  CHECK(x.sentences.size() == 3);
  std::set<std::string> edges;
  for (const auto& r : x.relations) edges.insert(r.subject + " " + r.predicate + " " + r.object);
  CHECK(edges.count("Russia accuses France"));
  CHECK(edges.count("Mali criticizes ECOWAS"));
  CHECK(edges.count("Niger supports Mali"));
  // a one-line headline is still a title
  kzgraph::Article t;
  t.id = "title.txt";
  t.text = "La Russie accuse la France d'ingérence au Mali";
  kzgraph::Extraction y;
  kzgraph::testing::SharedExtractor().Extract(t, &y);
  REQUIRE(y.sentences.size() == 1);
  CHECK(y.relations.size() == 1);
}
