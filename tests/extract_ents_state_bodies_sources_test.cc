// A state's bodies named from the country: cabinets, the
// opposition with its country, a dictionary body that starts like an
// institution ("le Parlement européen"), "dès" after a body, convening one's
// own body; and persons quoted as a source ("Pour X, ...").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;
using kzgraph::testing::HasPredicate;

TEST_CASE("cabinets and the opposition of a country", "[extract]") {
  auto e = Edges(
      "Jérusalem, 14 avril 2024 — Le cabinet de guerre israélien a critiqué l'Iran dès "
      "l'aube.",
      "2024-04-14");
  CHECK(e.count("Israeli war cabinet criticizes Iran"));
  // "dès" folds like "des" but names no owner
  auto own = EntityIds(
      "Jérusalem, 14 avril 2024 — Le Premier ministre israélien a réuni son cabinet de "
      "sécurité dès l'aube.",
      "2024-04-14");
  CHECK(own.count("Israeli security cabinet"));
  // convening one's own cabinet is no meeting
  CHECK_FALSE(HasPredicate(Edges("Jérusalem, 14 avril 2024 — Le Premier ministre israélien a "
                                 "réuni son cabinet de sécurité dès l'aube.",
                                 "2024-04-14"),
                           "meets"));
  auto opp = Edges(
      "Tbilissi, 14 avril 2024 — L'opposition géorgienne a accusé le gouvernement de fraude. "
      "L'opposition manifeste.",
      "2024-04-14");
  CHECK(opp.count("Georgian opposition accuses Georgia"));
  // "l'opposition" alone is the page's state's (the tuning golds' convention,
  // session 10), but a possessive one is a stance
  auto bare = EntityIds("Tbilissi, 14 avril 2024 — L'opposition manifeste devant le Parlement.",
                        "2024-04-14");
  CHECK(bare.count("Georgian opposition"));
  CHECK_FALSE(EntityIds("Tbilissi, 14 avril 2024 — Son opposition au projet est connue.",
                        "2024-04-14")
                  .count("Georgian opposition"));
}

TEST_CASE("a dictionary body that starts like an institution", "[extract]") {
  auto ids = EntityIds(
      "Tbilissi, 14 avril 2024 — Le Parlement européen a réclamé de nouvelles élections en "
      "Géorgie.",
      "2024-04-14");
  CHECK(ids.count("European Parliament"));
  CHECK_FALSE(ids.count("Georgian parliament"));
  // a country's adjective after the army still tells whose army "l'armée" is later
  auto e = Edges(
      "Khartoum, 14 avril 2024 — L'armée soudanaise a repris le pont. Les FSR accusent "
      "l'armée de frappes aveugles.",
      "2024-04-14");
  CHECK(e.count("RSF accuses Sudanese Armed Forces"));
}

TEST_CASE("a person quoted as the source of an opinion", "[extract]") {
  auto ids = EntityIds(
      "Bruxelles, 14 avril 2024 — Pour Hélène Dumarais, du Centre d'études baltes, la crise "
      "est profonde. According to Tom Arnesen, the talks failed.",
      "2024-04-14");
  CHECK(ids.count("Hélène Dumarais"));
  CHECK(ids.count("Tom Arnesen"));
  // a body after "selon" stays a body
  CHECK(EntityIds("Bruxelles, 14 avril 2024 — Selon Human Rights Watch, la crise est profonde.",
                  "2024-04-14")
            .count("Human Rights Watch"));
}
