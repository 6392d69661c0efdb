// Requests for help, on sentences of our own: the asker as a
// genitive ("at X's request") and the helper as a pronoun ("asked it for
// help", "requested its help").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a deployment at an actor's request, genitive", "[extract]") {
  auto e = Edges("Rwanda flew 1,000 soldiers to Mozambique at President Filipe Nyusi's request.",
                 "2021-08-02");
  CHECK(e.count("Rwanda sends_troops Mozambique"));
  CHECK(e.count("Filipe Nyusi requests_aid Rwanda"));
  auto f =
      Edges("France deployed troops to Chad at the Chadian government's invitation.", "2019-02-02");
  CHECK(f.count("Chad requests_aid France"));
  // no help sent: a request granted for something else
  auto g = Edges("At Nyusi's request, Rwanda postponed the summit.", "2021-08-02");
  CHECK_FALSE(HasPredicate(g, "requests_aid"));
  // the genitive is no asker without "at": a request discussed
  auto h = Edges("Rwanda sent troops to Mozambique, and Nyusi's request was debated in Maputo.",
                 "2021-08-02");
  CHECK_FALSE(HasPredicate(h, "requests_aid"));
}

TEST_CASE("help asked of a body named as 'it'", "[extract]") {
  auto e = Edges(
      "The African Union sent a mission to Somalia after the Somali president asked it for "
      "help against the insurgents.",
      "2023-04-02");
  CHECK(e.count("Hassan Sheikh Mohamud requests_aid African Union"));
  CHECK_FALSE(e.count("Hassan Sheikh Mohamud requests_aid insurgents"));
  auto f = Edges(
      "Turkey deployed advisers to Libya in 2020 after the Government of National Accord "
      "requested its help.",
      "2021-02-02");
  CHECK(f.count("GNA requests_aid Turkey"));
  // negated: no request
  auto n = Edges(
      "The African Union sent observers to Somalia, although the Somali president never asked "
      "it for help.",
      "2023-04-02");
  CHECK_FALSE(n.count("Hassan Sheikh Mohamud requests_aid African Union"));
}
