// member_of: a group named in apposition as another's branch, affiliate or
// offshoot belongs to it, in French and English; a former branch, a
// branch with no name in apposition, or a mere link does not.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("member_of: branches and affiliates in apposition", "[extract]") {
  {
    const auto e = Edges("Al-Shabaab, al-Qaeda's Somali affiliate, claimed the attack.", "2019-01-16");
    CHECK(e.count("al-Shabaab member_of al-Qaeda"));
  }
  {
    const auto e = Edges("JNIM, an affiliate of al-Qaeda, attacked the convoy.", "2022-05-01");
    CHECK(e.count("JNIM member_of al-Qaeda"));
  }
  {
    const auto e = Edges("Le JNIM, filiale sahélienne d'Al-Qaïda, a revendiqué l'attaque.", "2022-05-01");
    CHECK(e.count("JNIM member_of al-Qaeda"));
  }
  {
    const auto e = Edges("Le JNIM, affilié à Al-Qaïda, s'en prend aux convois.", "2023-09-20");
    CHECK(e.count("JNIM member_of al-Qaeda"));
  }
}

TEST_CASE("member_of: former branches, bare branches and links are not", "[extract]") {
  {
    const auto e = Edges("HTS, ancienne branche syrienne d'Al-Qaïda, a pris Alep.", "2024-12-01");
    CHECK_FALSE(HasPredicate(e, "member_of"));
  }
  {
    const auto e = Edges("The attack was claimed by a branch of al-Qaeda.", "2022-05-01");
    CHECK_FALSE(HasPredicate(e, "member_of"));
  }
  {
    const auto e = Edges("Al-Shabaab is linked to al-Qaeda, officials said.", "2019-01-16");
    CHECK_FALSE(HasPredicate(e, "member_of"));
  }
}
