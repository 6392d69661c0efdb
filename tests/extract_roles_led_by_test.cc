// "led by" participles whose body is not right before them, and the
// dominance compounds ("Moscow-led alliance").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a led-by participle after a coordinated participle or before an apposition",
          "[extract]") {
  auto f = Edges(
      "Le Gouvernement d'union nationale (GNA), reconnu par l'ONU et dirigé par Fayez "
      "al-Sarraj, a répondu.",
      "2020-06-22");
  CHECK(f.count("Sarraj leads GNA"));
  CHECK_FALSE(f.count("Sarraj leads UN"));
  auto a = Edges(
      "Le Royaume-Uni enverra des soldats auprès de la force de maintien de la paix dirigée par "
      "l'OTAN, la KFOR, et la Roumanie aussi.",
      "2023-10-02");
  CHECK(a.count("NATO leads KFOR"));
  CHECK_FALSE(a.count("Romania leads KFOR"));
  // A former office does not hide the agent.
  auto b = Edges(
      "Les combats visent la Coalition des patriotes pour le changement (CPC), l'alliance "
      "rebelle dirigée par l'ancien président François Bozizé.",
      "2021-06-22");
  CHECK(b.count("Bozize leads CPC"));
  // Negated: no edge (a holder unknown to the dictionary).
  auto n = Edges(
      "Le Gouvernement d'union nationale (GNA), reconnu par l'ONU et qui n'est pas dirigé par "
      "Ahmed Zintani, a répondu.",
      "2020-06-22");
  CHECK_FALSE(n.count("Ahmed Zintani leads GNA"));
}

TEST_CASE("an unnamed alliance led by a state is the bloc the page names", "[extract]") {
  auto f = Edges(
      "Minsk calls in Russian-led bloc as riots spread. The Collective Security Treaty "
      "Organization approved the request overnight.",
      "2022-01-06");
  CHECK(f.count("Russia leads CSTO"));
  auto b = Edges(
      "The Collective Security Treaty Organization met on Monday. Armenia wants to leave the "
      "Moscow-led military alliance.",
      "2022-11-23");
  CHECK(b.count("Russia leads CSTO"));
  // No bloc named anywhere near: no edge; an unnamed body that is no alliance: no edge.
  auto n = Edges("Armenia wants to leave the Moscow-led military alliance.", "2022-11-23");
  CHECK_FALSE(HasPredicate(n, "leads"));
  auto c = Edges(
      "The Collective Security Treaty Organization met on Monday. A Moscow-backed militia "
      "attacked the town.",
      "2022-11-23");
  CHECK_FALSE(c.count("Russia leads CSTO"));
}

TEST_CASE("a person's own force, party or country", "[extract]") {
  auto e = Edges(
      "The fighting pits the army against the Rapid Support Forces (RSF) of Gen. Mohamed "
      "Hamdan Dagalo.",
      "2023-04-20");
  CHECK(e.count("Hemedti leads RSF"));
  auto f = Edges(
      "Le maréchal Khalifa Haftar, dont l'Armée nationale libyenne (ANL) contrôle l'est du "
      "pays, a parlé.",
      "2020-06-22");
  CHECK(f.count("Haftar leads LNA"));
  auto c = Edges(
      "Emmanuel Macron, dont le pays assure la présidence du Conseil de l'UE, a appelé au "
      "calme.",
      "2022-01-07");
  CHECK(c.count("Macron leads France"));
  // "Biden's NATO allies": the allies, not NATO, are his.
  auto n = Edges("Biden's NATO allies met in Brussels.", "2022-01-07");
  CHECK_FALSE(n.count("Biden leads NATO"));
  // No rank: "le parti de X" may be a party he only belongs to.
  auto r = Edges("Les élus du parti Pastef de Bassirou Diomaye Faye ont voté.", "2024-04-07");
  CHECK_FALSE(r.count("Faye leads Pastef"));
}

TEST_CASE("a fronted 'under the leadership of' describes the clause's subject", "[extract]") {
  auto f =
      Edges("Sous la direction de Vladimir Poutine, la Russie a envahi l'Ukraine.", "2023-08-08");
  CHECK(f.count("Putin leads Russia"));
  auto e =
      Edges("Under the leadership of Mahamat Deby, Chad expelled French troops.", "2023-08-08");
  CHECK(e.count("Mahamat Deby leads Chad"));
  // The subject is no actor: no edge; the phrase not fronted: only its own head.
  auto n = Edges("Sous la direction de Vladimir Poutine, les troupes ont avancé.", "2023-08-08");
  CHECK_FALSE(HasPredicate(n, "leads"));
  auto m = Edges(
      "La Russie a envahi l'Ukraine sous la direction de Vladimir Poutine, et la Chine a "
      "protesté.",
      "2023-08-08");
  CHECK_FALSE(m.count("Putin leads China"));
}
