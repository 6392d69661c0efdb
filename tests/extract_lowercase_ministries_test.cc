// A ministry named in lower case, English order, without its state: "the
// interior ministry said" is the page's state's, as "The Interior Ministry"
// is (engine_mentions.cc TryInstitution).
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kzgraph::testing::EntityIds;

TEST_CASE("a lower-case ministry of the page's state", "[extract][entities]") {
  const std::string lead = "Kyrgyzstan's president Japarov met the protesters in Bishkek. ";
  CHECK(EntityIds(lead + "The interior ministry said 300 people had been detained.", "2022-01-10")
            .count("Kyrgyz Interior Ministry") == 1);
  CHECK(EntityIds(lead + "The health ministry said four people had died.", "2022-01-10")
            .count("Kyrgyz Health Ministry") == 1);
  CHECK(EntityIds("Le président kirghiz Japarov a reçu les manifestants. Le ministère de l'Intérieur "
                  "a fait état de 300 interpellations.",
                  "2022-01-10")
            .count("Kyrgyz Interior Ministry") == 1);
}

TEST_CASE("a ministry word without its head noun names no ministry", "[extract][entities]") {
  // near misses: "foreign ministers", "interior minister" are people's titles
  const std::string lead = "Kyrgyzstan's president Japarov met the protesters in Bishkek. ";
  const auto e = EntityIds(lead + "The foreign ministers said the talks would resume.", "2022-01-10");
  CHECK(e.count("Kyrgyz Foreign Ministry") == 0);
  CHECK(EntityIds("Le président kirghiz a reçu les ministres de l'intérieur de la région.",
                  "2022-01-10")
            .count("Kyrgyz Interior Ministry") == 0);
  // a spokesperson's title keeps its own rule: the Russian ministry's
  const auto z = kzgraph::testing::Edges(
      "The foreign ministry spokeswoman in Moscow, Maria Zakharova, condemned the strikes.",
      "2022-01-10");
  CHECK(z.count("Zakharova official_of Russia") == 1);
}
