// Groups named by a people and a place of another state ("Kosovo Serbs",
// "les Arméniens du Karabakh"), by a ruler's kin ("the Nazarbayev clan"),
// and an opposition after a quantifier ("plusieurs opposants rwandais").
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"
#include "extract_test_util.h"

using kzgraph::testing::EntityIds;

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
}  // namespace

TEST_CASE("A people named by a place of another state is a group", "[extract]") {
  CHECK(Says("Kosovo Serbs accused Pristina of discrimination on Tuesday.",
             "Kosovo Serbs accuses Kosovo"));
  CHECK_FALSE(
      Says("Kosovo Serbs accused Pristina of discrimination on Tuesday.", "Serbia accuses Kosovo"));
  CHECK(Says("Les Serbes du Kosovo accusent Pristina de discrimination.",
             "Kosovo Serbians accuses Kosovo"));
  CHECK(EntityIds("Baku must protect the rights of Karabakh's Armenians, Brussels said.")
            .count("Karabakh Armenians"));
  // Near misses: the people alone, or in a place of its own state, is its state.
  CHECK(Says("Les Serbes accusent Pristina de discrimination.", "Serbia accuses Kosovo"));
  CHECK_FALSE(EntityIds("Belgrade Serbs marched against the government.").count("Belgrade Serbs"));
  // A disputed place no state is recognised in may be theirs.
  CHECK_FALSE(EntityIds("Les Palestiniens de Gaza manquent de tout.").count("Gaza Palestinians"));
}

TEST_CASE("A ruler's kin named as a collective is a group", "[extract]") {
  CHECK(Says("Tokayev accused the Nazarbayev clan of looting the economy.",
             "Tokayev accuses Nazarbayev family"));
  CHECK(Says("Tokaïev a accusé la famille Nazarbaïev de piller l'économie.",
             "Tokayev accuses Nazarbayev family"));
  // Near miss: the ruler himself.
  CHECK(Says("Tokayev accused Nazarbayev of looting the economy.", "Tokayev accuses Nazarbayev"));
  CHECK_FALSE(Says("Tokayev accused Nazarbayev of looting the economy.",
                   "Tokayev accuses Nazarbayev family"));
}

TEST_CASE("An opposition after a quantifier is its country's", "[extract]") {
  CHECK(Says("Plusieurs opposants rwandais accusent Kigali de répression.",
             "Rwandan opposition accuses Rwanda"));
  CHECK(Says("De nombreux opposants tchadiens accusent N'Djamena de fraude.",
             "Chadian opposition accuses Chad"));
  // Near miss: opponents of a plan name no state's opposition.
  CHECK_FALSE(Says("Plusieurs opposants au projet accusent Kigali de répression.",
                   "Rwandan opposition accuses Rwanda"));
}

TEST_CASE("A person named after a kin or service noun is discovered", "[extract]") {
  CHECK(EntityIds("Son gendre Bakhyt Oumarov a quitté la tête de la banque.")
            .count("Bakhyt Oumarov"));
  CHECK(EntityIds("Investigators named former officer Pavel Lermontsev as a suspect.")
            .count("Pavel Lermontsev"));
  // Near miss: the noun alone names nobody.
  for (const std::string& id : EntityIds("Son gendre a quitté la tête de la banque."))
    CHECK(id.find("gendre") == std::string::npos);
}

TEST_CASE("A leader's supporters named as a collective are a group", "[extract]") {
  CHECK(EntityIds("Les partisans de Raila Odinga accusent la police de brutalités.")
            .count("Odinga supporters"));
  CHECK(Says("Odinga's supporters accused Ruto of rigging the vote.",
             "Odinga supporters accuses Ruto"));
  // Near miss: the leader himself.
  CHECK(Says("Odinga accused Ruto of rigging the vote.", "Raila Odinga accuses Ruto"));
  CHECK_FALSE(Says("Odinga accused Ruto of rigging the vote.", "Odinga supporters accuses Ruto"));
}

TEST_CASE("The West named by its adjective", "[extract]") {
  CHECK(Says("Peskov a fustigé les ingérences occidentales au Mali.", "Peskov criticizes West"));
  CHECK(EntityIds("Lavrov brushed aside Western criticism of the deployment.").count("West"));
  // Near miss: a place named with the word is no actor.
  CHECK_FALSE(EntityIds("Floods hit the Western Cape on Monday.").count("West"));
}

TEST_CASE("A country's gangs named with it are a group", "[extract]") {
  CHECK(EntityIds("Nairobi will lead a force against Haiti's gangs.").count("Haitian gangs"));
  CHECK(EntityIds("Les gangs haïtiens contrôlent le port de la capitale.").count("Haitian gangs"));
  // Near miss: gangs alone belong to no state.
  CHECK_FALSE(EntityIds("Gangs attacked the port on Monday.").count("Haitian gangs"));
}

TEST_CASE("A leader's opponents are his state's opposition", "[extract]") {
  CHECK(EntityIds("Pashinyan's opponents staged a rally on Sunday.", "2023-06-01")
            .count("Armenian opposition"));
  CHECK(EntityIds("Les opposants de Nikol Pachinian ont manifesté dimanche.", "2023-06-01")
            .count("Armenian opposition"));
  // Near miss: his allies are no opposition.
  CHECK_FALSE(EntityIds("Pashinyan's allies staged a rally on Sunday.", "2023-06-01")
                  .count("Armenian opposition"));
}

TEST_CASE("An opposition coalition is the opposition, even after an indefinite article",
          "[extract]") {
  const std::string page = "Armenia: the vote in Yerevan is disputed\n\n";
  CHECK(EntityIds(page + "Barrow was backed by an opposition coalition in Armenia.")
            .count("Armenian opposition"));
  CHECK(Says(page + "Une coalition de l'opposition accuse Pachinian de fraude en Arménie.",
             "Armenian opposition accuses Pashinyan"));
  // Near miss: one opposition party is not the opposition.
  CHECK_FALSE(Says(page + "An opposition party accused Pashinyan of fraud in Armenia.",
                   "Armenian opposition accuses Pashinyan"));
}
