// A head the dictionary dates on the article's day,
// said to head "the country" right after the name (engine_country_head.cc).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {
namespace {

const char kEnglishLead[] =
    "Talks in Kampala as the war goes on\n\nThe talks were held in the Ugandan capital "
    "after weeks of preparation by the two teams. ";

}  // namespace

TEST_CASE("a dated head who heads the country", "[extract]") {
  SECTION("English: who has led the country since") {
    auto e = Edges(std::string(kEnglishLead) +
                       "Yoweri Museveni, who has led the country since 1986, welcomed the "
                       "delegations.\n",
                   "2023-05-10");
    CHECK(e.count("Museveni leads Uganda") == 1);
  }
  SECTION("English: the country's leader in apposition") {
    auto e = Edges(std::string(kEnglishLead) +
                       "Paul Kagame, the country's long-time leader, flew to Kampala.\n",
                   "2023-05-10");
    CHECK(e.count("Kagame leads Rwanda") == 1);
  }
  SECTION("French: qui dirige le pays") {
    auto e = Edges(
        "Ouganda\n\nYoweri Museveni, qui dirige le pays depuis 1986, a reçu les délégations.\n",
        "2023-05-10");
    CHECK(e.count("Museveni leads Uganda") == 1);
  }
}

TEST_CASE("no country head without the office or the country", "[extract]") {
  SECTION("out of office on the article's date") {
    auto e = Edges(std::string(kEnglishLead) +
                       "Yoweri Museveni, who has led the country since 1986, welcomed the "
                       "delegations.\n",
                   "1980-05-10");
    CHECK(e.count("Museveni leads Uganda") == 0);
  }
  SECTION("the country's army is not the country") {
    auto e = Edges(std::string(kEnglishLead) +
                       "Paul Kagame, who has led the country's army, flew to Kampala.\n",
                   "2023-05-10");
    CHECK(e.count("Kagame leads Rwanda") == 0);
  }
  SECTION("a verb other than leading") {
    auto e = Edges(std::string(kEnglishLead) +
                       "Yoweri Museveni, who has visited the country twice, welcomed the "
                       "delegations.\n",
                   "2023-05-10");
    CHECK(e.count("Museveni leads Uganda") == 0);
  }
}

}  // namespace kzgraph::testing
