// member_of on sentences of our own: appositions ("X, membre de O", "A, B
// and C, all O members", "the sixth O member"), lists after a member noun or
// a copula, grouping verbs with a hub state ("qui réunit autour de Moscou A,
// B et C"), joining and becoming a member, allies within a body; and
// near-misses: help asked of a body, wishes to join, negated membership.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("membership: appositions, lists, hubs, accession and allies within", "[extract]") {
  {
    const auto e = Edges("Le Kazakhstan, membre de l'OTSC, a demandé de l'aide.", "2022-01-07");
    CHECK(e.count("Kazakhstan member_of CSTO"));
  }
  {
    const auto e = Edges("Armenia, a CSTO member, has asked for help.", "2022-01-07");
    CHECK(e.count("Armenia member_of CSTO"));
  }
  {
    const auto e = Edges("Les quinze pays membres de la Cedeao, dont le Sénégal et le Mali, se sont réunis.", "2021-01-07");
    CHECK(e.count("Senegal member_of ECOWAS"));
    CHECK(e.count("Mali member_of ECOWAS"));
  }
  {
    const auto e = Edges("Les six pays membres de l'OTSC : la Russie, le Bélarus, l'Arménie, le Kazakhstan, le Kirghizistan et le Tadjikistan.", "2022-01-07");
    CHECK(e.count("Belarus member_of CSTO"));
    CHECK(e.count("Armenia member_of CSTO"));
  }
  {
    const auto e = Edges("NATO's member states, including Poland and Romania, met in Brussels.", "2022-03-01");
    CHECK(e.count("Poland member_of NATO"));
  }
  {
    const auto e = Edges("L'OTSC, qui regroupe la Russie et le Bélarus, s'est réunie.", "2022-01-07");
    CHECK(e.count("Russia member_of CSTO"));
    CHECK(e.count("Belarus member_of CSTO"));
  }
  {
    const auto e = Edges("The CSTO, which groups Russia, Belarus and Armenia, met on Monday.", "2022-01-07");
    CHECK(e.count("Russia member_of CSTO"));
    CHECK(e.count("Belarus member_of CSTO"));
  }
  {
    const auto e = Edges("Finland joined NATO on Tuesday.", "2023-04-05");
    CHECK(e.count("Finland member_of NATO"));
  }
  {
    const auto e = Edges("La Finlande a rejoint l'Otan mardi.", "2023-04-05");
    CHECK(e.count("Finland member_of NATO"));
  }
  {
    const auto e = Edges("Sweden became NATO's 32nd member.", "2024-03-08");
    CHECK(e.count("Sweden member_of NATO"));
  }
  {
    const auto e = Edges("La Suède est devenue membre de l'Otan.", "2024-03-08");
    CHECK(e.count("Sweden member_of NATO"));
  }
  {
    const auto e = Edges("Sweden's accession to NATO was completed.", "2024-03-08");
    CHECK(e.count("Sweden member_of NATO"));
  }
  {
    const auto e = Edges("L'adhésion de la Suède à l'Otan a été finalisée.", "2024-03-08");
    CHECK(e.count("Sweden member_of NATO"));
  }
  {
    const auto e = Edges("Belarus, Russia's ally within the CSTO, sent troops.", "2022-01-07");
    CHECK(e.count("Belarus member_of CSTO"));
  }
  {
    const auto e = Edges("Le Bélarus, allié de la Russie au sein de l'OTSC, a envoyé des troupes.", "2022-01-07");
    CHECK(e.count("Belarus member_of CSTO"));
  }
  {
    const auto e = Edges("The six member states of the CSTO are Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan.", "2022-01-07");
    CHECK(e.count("Russia member_of CSTO"));
    CHECK(e.count("Armenia member_of CSTO"));
  }
  {
    const auto e = Edges("Russia and China, both members of the Shanghai Cooperation Organisation, met in Samarkand.", "2022-09-15");
    CHECK(e.count("Russia member_of SCO"));
  }
  {
    const auto e = Edges("La Russie et la Chine, toutes deux membres de l'Organisation de coopération de Shanghai, se sont réunies.", "2022-09-15");
    CHECK(e.count("Russia member_of SCO"));
    CHECK(e.count("China member_of SCO"));
  }
  {
    const auto e = Edges("L'Arménie fait partie de l'OTSC.", "2022-01-07");
    CHECK(e.count("Armenia member_of CSTO"));
  }
  {
    const auto e = Edges("Armenia, which belongs to the CSTO, asked for help.", "2022-01-07");
    CHECK(e.count("Armenia member_of CSTO"));
  }
  {
    const auto e = Edges("The Gulf Cooperation Council's member states, Qatar, Oman and Kuwait, met.", "2017-06-05");
    CHECK(e.count("Qatar member_of GCC"));
    CHECK(e.count("Oman member_of GCC"));
  }
  {
    const auto e = Edges("The East African Community, whose members include Kenya and Uganda, sent troops.", "2022-11-10");
    CHECK(e.count("Kenya member_of EAC"));
  }
  {
    const auto e = Edges("La Communauté d'Afrique de l'Est, qui compte parmi ses membres le Kenya et l'Ouganda, a envoyé des troupes.", "2022-11-10");
    CHECK(e.count("Kenya member_of EAC"));
    CHECK(e.count("Uganda member_of EAC"));
  }
  {
    const auto e = Edges("Le Kazakhstan a demandé l'aide de l'OTSC.", "2022-01-07");
    CHECK_FALSE(HasPredicate(e, "member_of"));
  }
  {
    const auto e = Edges("NATO criticized Russia's actions.", "2022-01-07");
    CHECK_FALSE(HasPredicate(e, "member_of"));
  }
  {
    const auto e = Edges("Ukraine wants to join NATO.", "2022-01-07");
    CHECK_FALSE(e.count("Ukraine member_of NATO"));
  }
  {
    const auto e = Edges("L'Ukraine n'est pas membre de l'Otan.", "2022-01-07");
    CHECK_FALSE(e.count("Ukraine member_of NATO"));
  }
  {
    const auto e = Edges("Ukraine is not a NATO member.", "2022-01-07");
    CHECK_FALSE(e.count("Ukraine member_of NATO"));
  }
  {
    const auto e = Edges("Georgia hopes to become a NATO member one day.", "2008-08-12");
    CHECK_FALSE(e.count("Georgia member_of NATO"));
  }
  {
    const auto e = Edges("La Serbie est candidate à l'adhésion à l'Union européenne.", "2022-01-07");
    CHECK_FALSE(e.count("Serbia member_of EU"));
  }
  auto f = Edges(
      "The UAE, Bahrain, Kuwait and Qatar, all GCC members, sent aircraft. Oman, the sixth GCC "
      "member, stayed out.",
      "2015-03-26");
  CHECK(f.count("Kuwait member_of GCC"));
  CHECK(f.count("Oman member_of GCC"));
  auto g = Edges(
      "Il a lancé un appel à l'OTSC, qui réunit autour de Moscou l'Arménie, le Bélarus et le "
      "Tadjikistan.",
      "2022-01-07");
  CHECK(g.count("Russia member_of CSTO"));
  CHECK(g.count("Tajikistan member_of CSTO"));
  // a state the body does not group around is no member: "autour de" a topic
  CHECK_FALSE(Edges("L'OTSC a réuni autour de la table ses ministres.", "2022-01-07")
                  .count("Russia member_of CSTO"));
}
