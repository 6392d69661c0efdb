// A by-phrase after a condemned coup that names no author: a manner phrase
// ("par la voix de son porte-parole") or the military as such ("la prise du
// pouvoir par les militaires", "the takeover by the army") leaves the coup
// to the junta the page names. A named author after "by"/"par" still keeps
// the junta out. Sentences invented for the tests.
#include <catch2/catch.hpp>
#include <string>

#include "extract_edge_checks.h"

namespace {

const kzgraph::testing::EdgeCheck Says("2023-08-10");

const char kNigerFr[] =
    "Niger : les militaires au pouvoir\n\nLe Conseil national pour la sauvegarde de la patrie "
    "(CNSP) a renversé le président nigérien le 26 juillet. ";
const char kNigerEn[] =
    "Niger: the soldiers in power\n\nThe National Council for the Safeguard of the Homeland "
    "(CNSP) ousted the Nigerien president on July 26. ";

}  // namespace

TEST_CASE("a coup condemned through a spokesman or as the military's", "[extract][stance]") {
  CHECK(Says(std::string(kNigerFr) +
                 "Le Ghana a condamné le coup d'État par la voix de son ministre des Affaires "
                 "étrangères.",
             "Ghana criticizes CNSP"));
  CHECK(Says(std::string(kNigerFr) +
                 "Le Sénégal « condamne fermement » la prise du pouvoir par les militaires.",
             "Senegal criticizes CNSP"));
  CHECK(Says(std::string(kNigerEn) + "Kenya condemned the takeover by the army.",
             "Kenya criticizes CNSP"));
  CHECK(Says(std::string(kNigerEn) + "Chile condemned the seizure of power by soldiers.",
             "Chile criticizes CNSP"));
}

TEST_CASE("a coup whose by-phrase names its author, or a denied condemnation",
          "[extract][stance]") {
  // A named author is read by the other rules, not as the junta's act.
  CHECK_FALSE(Says(std::string(kNigerEn) + "Kenya condemned the takeover by the Wagner Group.",
                   "Kenya criticizes CNSP"));
  CHECK_FALSE(Says(std::string(kNigerFr) +
                       "Le Ghana n'a pas condamné le coup d'État par la voix de son ministre.",
                   "Ghana criticizes CNSP"));
  CHECK_FALSE(Says(std::string(kNigerFr) +
                       "Le Sénégal ne condamne pas la prise du pouvoir par les militaires.",
                   "Senegal criticizes CNSP"));
}
