// Office titles the role lists lacked -- deputy
// secretaries, attorneys general, principal secretaries, an agency's
// administrator, a camp's "chef de file" -- in both languages, with the
// negatives a title must respect (a former holder, a title with no name).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

const char kFrenchText[] =
    "Crise au Sahel\n\nLa secrétaire d'État adjointe américaine Linda Thomas-Greenfield s'est "
    "rendue à Dakar. L'administrateur du Programme alimentaire mondial (PAM), David Beasley, a "
    "visité Niamey. Le procureur général ivoirien, Koné Braman, a ouvert une enquête. Le "
    "procureur général n'a pas été nommé. Ousmane Sonko, chef de file de l'opposition "
    "sénégalaise, a dénoncé le pouvoir. L'ancien procureur général nigérian Abubakar Malami est "
    "resté muet.\n";

const char kEnglishText[] =
    "Talks in Geneva as the war goes on\n\nThe talks were held in the Swiss city after weeks of "
    "preparation by the two teams. Zambia's attorney general, Mulilo Kabesha, filed the case. "
    "The administrator of USAID, Samantha Power, flew to Kyiv. Ghana's deputy minister for "
    "defence, Kofi Amankwa-Manu, visited Accra. The attorney general was not named.\n";

}  // namespace

TEST_CASE("French titles of deputies, prosecutors and heads of a camp", "[extract]") {
  auto e = Edges(kFrenchText);
  CHECK(e.count("Thomas-Greenfield official_of United States") == 1);
  CHECK(e.count("Beasley leads WFP") == 1);
  CHECK(e.count("Koné Braman official_of Ivory Coast") == 1);
  CHECK(e.count("Sonko leads Senegalese opposition") == 1);
  SECTION("a former holder and a title without a name give no office") {
    for (const std::string& edge : e) {
      CHECK(edge.find("Malami") == std::string::npos);
      CHECK(edge.find("Nigeria") == std::string::npos);
    }
  }
}

TEST_CASE("English titles of attorneys general, administrators and deputies", "[extract]") {
  auto e = Edges(kEnglishText);
  CHECK(e.count("Mulilo Kabesha official_of Zambia") == 1);
  CHECK(e.count("Samantha Power leads USAID") == 1);
  CHECK(e.count("Kofi Amankwa-Manu official_of Ghana") == 1);
  SECTION("the administrator is no head of the country he visits") {
    CHECK(e.count("Samantha Power leads Ukraine") == 0);
    CHECK(e.count("Samantha Power official_of Ukraine") == 0);
  }
}

}  // namespace kzgraph::testing
