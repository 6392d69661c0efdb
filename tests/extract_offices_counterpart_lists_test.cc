// A plural title between a list of states and a list
// of holders pairs them in order ("his Russian and Iranian counterparts, X
// and Y"), in English and French word order and with an "of" complement;
// and the dictionary's dated terms name the states of leaders called by a
// bare title. Negatives: a former holder, lists of unequal length, a plural
// title with no names, a deputy's plural title.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

namespace {

bool Says(const std::string& text, const std::string& edge,
          const std::string& date = "2023-05-10") {
  return Edges(text, date).count(edge) > 0;
}

}  // namespace

TEST_CASE("coordinated counterparts pair each state with its holder", "[extract][offices]") {
  const std::string en =
      "Ethiopia's foreign minister, Taye Atske Selassie, spoke by phone with his Kenyan and "
      "Ugandan counterparts, Musalia Mudavadi and Jeje Odongo, on Tuesday.";
  const auto e = Edges(en, "2024-03-05");
  CHECK(e.count("Musalia Mudavadi official_of Kenya") == 1);
  CHECK(e.count("Jeje Odongo official_of Uganda") == 1);
  // never crossed: the first holder is not the last state's
  CHECK(e.count("Musalia Mudavadi official_of Uganda") == 0);
  // the adjectives stand for the holders, not for the states, as objects
  CHECK(e.count("Taye Atske Selassie meets Kenya") == 0);
}

TEST_CASE("plural state titles in French order and with a complement", "[extract][offices]") {
  const auto fr = Edges(
      "Les présidents ghanéen et ivoirien, Nana Akufo-Addo et Alassane Ouattara, ont signé "
      "l'accord à Accra.",
      "2022-03-02");
  CHECK(fr.count("Akufo-Addo leads Ghana") == 1);
  CHECK(fr.count("Ouattara leads Ivory Coast") == 1);
  const auto en = Edges(
      "The prime ministers of Spain and Greece, Pedro Sanchez and Kyriakos Mitsotakis, met "
      "in Madrid.",
      "2024-02-01");
  CHECK(en.count("Sanchez leads Spain") == 1);
  CHECK(en.count("Mitsotakis leads Greece") == 1);
  const auto min = Edges(
      "The Romanian and Moldovan foreign ministers, Luminita Odobescu and Mihai Popsoi, "
      "visited Kyiv.",
      "2024-03-01");
  CHECK(min.count("Odobescu official_of Romania") == 1);
  CHECK(min.count("Popsoi official_of Moldova") == 1);
}

TEST_CASE("no pairing for former holders, unequal lists or deputies", "[extract][offices]") {
  // former holders: no office edge
  const auto former = Edges(
      "The former Kenyan and Tanzanian presidents, Uhuru Kenyatta and Jakaya Kikwete, led the "
      "mediation.",
      "2024-03-01");
  CHECK(former.count("Kenyatta leads Kenya") == 0);
  // two states, three names: nothing is paired across
  const auto uneven = Edges(
      "Les ministres des Affaires étrangères malien et nigérien, Abdoulaye Diop, Bakary Yaou "
      "Sangaré et Karamoko Jean-Marie Traoré, ont signé.",
      "2024-07-06");
  CHECK(uneven.count("Sangare official_of Mali") == 0);
  // a plural title with no names names no holder
  CHECK_FALSE(HasPredicate(
      Edges("The Kenyan and Ugandan presidents met in Kampala on Monday.", "2024-03-01"),
      "official_of"));
  // deputies are officials, not heads
  const auto deputies = Edges(
      "The talks were led by Deputy Prime Ministers Erik Halvorsen of Norway and Jan Nowicki of "
      "Poland.",
      "2024-03-01");
  CHECK(deputies.count("Erik Halvorsen leads Norway") == 0);
}

TEST_CASE("dated dictionary terms resolve bare titles", "[extract][offices]") {
  // a bare title in an article about another country: the holder's own state
  CHECK(
      Says("Moldavie : la crise s'aggrave. Le président Klaus Iohannis a assuré Chisinau de "
           "son soutien.",
           "Iohannis leads Romania", "2024-03-01"));
  // after the end of the term, the dictionary names no office
  CHECK_FALSE(Says("Le président Klaus Iohannis a assuré Chisinau de son soutien.",
                   "Iohannis leads Romania", "2025-09-01"));
  CHECK(Says("Colombia's President Gustavo Petro criticized the strikes.", "Petro leads Colombia",
             "2024-03-01"));
}

TEST_CASE("a relative closing a name's apposition has the name as subject", "[extract][offices]") {
  CHECK(
      Says("Mohamed Hamdan Dagalo, the wealthy businessman who heads the Rapid Support Forces, "
           "arrived in Juba on Monday.",
           "Hemedti leads RSF", "2024-03-01"));
  CHECK(
      Says("Ali Mahdi, le vieux commandant qui dirige les Forces de soutien rapide, est "
           "arrivé à Juba.",
           "Ali Mahdi leads RSF", "2024-03-01"));
  // a past perfect: an office held before (a holder unknown to the dictionary)
  CHECK_FALSE(
      Says("Ali Mahdi, a wealthy businessman who had headed the Rapid "
           "Support Forces, arrived in Juba.",
           "Ali Mahdi leads RSF", "2024-03-01"));
}

TEST_CASE("states forming a bloc are its members", "[extract][offices]") {
  const auto en =
      Edges("Kenya, Uganda and Tanzania formed the East African Community in 2000.", "2024-03-01");
  CHECK(en.count("Kenya member_of EAC") == 1);
  CHECK(en.count("Tanzania member_of EAC") == 1);
  // a government, a front or a violation is no bloc
  CHECK_FALSE(HasPredicate(
      Edges("Russia and China form a united front against the sanctions.", "2024-03-01"),
      "member_of"));
  CHECK_FALSE(HasPredicate(Edges("Ces frappes constituent une violation du droit international, "
                                 "a dénoncé le Qatar.",
                                 "2024-03-01"),
                           "member_of"));
}
