// Issue 3 (ents2): descriptive references to an actor the page has named
// ("the separatist leadership" after "Karabakh separatists") and persons
// named after a lower-case office noun ("Parliament speaker X").
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("later separatists are the ones the page named with their region",
          "[extract][entities]") {
  auto en = Edges(
      "Karabakh separatists agreed to disarm. The separatist forces will be disbanded. Ilham "
      "Aliyev blamed the separatist leadership for the bloodshed.",
      "2023-09-21");
  CHECK(en.count("Aliyev accuses Karabakh separatists"));
  auto ids =
      EntityIds("Karabakh separatists agreed to disarm. The separatist forces will be disbanded.",
                "2023-09-21");
  CHECK(ids.count("Karabakh separatists"));
  CHECK_FALSE(ids.count("separatists"));
  auto fr = EntityIds(
      "Les séparatistes du Haut-Karabakh ont accepté de déposer les armes. Bakou accuse les "
      "séparatistes d'avoir violé la trêve.",
      "2023-09-21");
  CHECK(fr.count("Karabakh separatists"));
  CHECK_FALSE(fr.count("separatists"));
  // With no region named, the collective stays generic; an adjective of
  // another noun names nobody.
  auto generic =
      EntityIds("Separatists attacked a checkpoint. The separatist region voted.", "2014-05-11");
  CHECK(generic.count("separatists"));
  CHECK_FALSE(generic.count("Karabakh separatists"));
}

TEST_CASE("a person named after a lower-case office noun", "[extract][entities]") {
  auto ids = EntityIds("Parliament speaker Sahiba Gafarova cancelled a planned visit to Russia.",
                       "2025-07-01");
  CHECK(ids.count("Sahiba Gafarova"));
  // A single capitalised word after the noun is no discovered person.
  auto none = EntityIds("A speaker Monday said Russia had apologised.", "2025-07-01");
  CHECK(none.size() == 1);
  CHECK(none.count("Russia"));
}

TEST_CASE("a sentence-initial preposition and a plain adjective stay out of names",
          "[extract][entities]") {
  auto en = EntityIds(
      "For Amira Osman, a spokeswoman for the civilian Forces of Freedom and Change, the generals "
      "are only negotiating a pause.",
      "2023-05-20");
  CHECK(en.count("Amira Osman"));
  CHECK_FALSE(en.count("For Amira Osman"));
  CHECK(en.count("Forces of Freedom and Change"));
  auto fr = EntityIds("Pour Alfredo Romero, a déclaré le directeur, la répression continue.",
                      "2019-01-25");
  CHECK_FALSE(fr.count("Pour Alfredo Romero"));
}
