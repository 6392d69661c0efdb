// Triggers that state no act because the governing verb
// denies it, plans it, or gives it no actor; and the same triggers asserted.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace {

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("an infinitive under a negated governing verb gives no edge", "[extract]") {
  const auto fr_neg =
      Edges("Selon un diplomate, l'Ouzbékistan ne peut pas envoyer de soldats au Tadjikistan.");
  CHECK_FALSE(HasPredicate(fr_neg, "sends_troops"));
  const auto fr_neg2 = Edges("Le Kenya n'entend pas envoyer de policiers en Haïti avant l'été.");
  CHECK_FALSE(HasPredicate(fr_neg2, "sends_troops"));
  // The act asserted still gives its edge.
  const auto fr_pos = Edges("Le Kenya a envoyé 400 policiers en Haïti mardi.");
  CHECK(fr_pos.count("Kenya sends_troops Haiti") == 1);
}

TEST_CASE("a wish to meet is no meeting", "[extract]") {
  const auto fr_plan =
      Edges("Le président turc Recep Tayyip Erdogan a dit vouloir rencontrer Vladimir Poutine.");
  CHECK_FALSE(HasPredicate(fr_plan, "meets"));
  const auto en_plan =
      Edges("Turkish President Recep Tayyip Erdogan wants to meet Vladimir Putin.");
  CHECK_FALSE(HasPredicate(en_plan, "meets"));
  const auto fr_pos =
      Edges("Le président turc Recep Tayyip Erdogan a rencontré Vladimir Poutine à Sotchi.");
  CHECK(HasPredicate(fr_pos, "meets"));
}

TEST_CASE("an indefinite agent of the infinitive is not the subject", "[extract]") {
  const auto en_neg = Edges(
      "Turkey said it would not allow anyone to threaten Azerbaijan's territorial integrity.");
  CHECK_FALSE(en_neg.count("Turkey warns Azerbaijan"));
  const auto fr_neg = Edges("La Turquie ne laissera personne menacer l'Azerbaïdjan, a dit Ankara.");
  CHECK_FALSE(fr_neg.count("Turkey warns Azerbaijan"));
  const auto en_pos = Edges("Turkey warned Armenia on Monday against any new offensive.");
  CHECK(en_pos.count("Turkey warns Armenia") == 1);
}

TEST_CASE("a relative or a former holder named after a title holds no office", "[extract]") {
  const auto kin = Edges(
      "Le Togo traverse une crise politique. À Lomé, la justice a convoqué le frère du "
      "président, Kossi Atsutse Mawuli, pour une affaire de corruption.");
  CHECK_FALSE(kin.count("Kossi Atsutse Mawuli leads Togo"));
  const auto former = Edges(
      "Ethiopia hosted the talks. The mediation in Ethiopia was chaired by former South African "
      "deputy president Thandeka Mbeleni.");
  CHECK_FALSE(HasPredicate(former, "leads"));
  const auto holder = Edges(
      "Le Togo traverse une crise politique. Le président togolais Faure Gnassingbé a reçu les "
      "opposants.");
  CHECK(holder.count("Gnassingbe leads Togo") == 1);
}

TEST_CASE("the act charged by an accusation after an auxiliary is not asserted", "[extract]") {
  const auto charged = Edges("Le Soudan a reproché au Tchad d'avoir soutenu les FSR.");
  CHECK(charged.count("Sudan accuses Chad") == 1);
  CHECK_FALSE(HasPredicate(charged, "supports"));
  const auto asserted = Edges("Le Tchad a soutenu les FSR, selon Khartoum.");
  CHECK(asserted.count("Chad supports RSF") == 1);
}

TEST_CASE("a label in another's account or a passive designation is not the speaker's",
          "[extract]") {
  const auto passive =
      Edges("Al-Shabaab is designated as a terrorist organization by Kenya and the United States.");
  CHECK(passive.count("United States accuses al-Shabaab") == 1);
  CHECK_FALSE(passive.count("United States accuses terrorists"));
  const auto account = Edges(
      "Kenyan Foreign Minister Musalia Mudavadi said on Monday that the government doubted the "
      "official version about \"foreign terrorists\" in the north.");
  CHECK_FALSE(account.count("Musalia Mudavadi accuses terrorists"));
  const auto own = Edges(
      "Le président ougandais Yoweri Museveni a dénoncé l'implication de « terroristes "
      "étrangers » dans les attaques.");
  CHECK(own.count("Museveni accuses terrorists") == 1);
}

}  // namespace
