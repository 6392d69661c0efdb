// Membership stated or presupposed beyond "member of",
// in French and English, with the negatives that must give no edge. Own
// sentences about other organizations (never dev sentences).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {

bool HasMember(const std::set<std::string>& edges, const std::string& state,
               const std::string& body) {
  return edges.count(state + " member_of " + body) > 0;
}

bool AnyMember(const std::set<std::string>& edges) {
  return kzgraph::testing::HasPredicate(edges, "member_of");
}

}  // namespace

TEST_CASE("a membership noun with its holder", "[extract]") {
  CHECK(HasMember(Edges("Croatia's membership of the European Union has brought new funds."),
                  "Croatia", "EU"));
  CHECK(
      HasMember(Edges("Sweden's NATO membership was celebrated in Stockholm."), "Sweden", "NATO"));
  CHECK(HasMember(Edges("L'adhésion de la Croatie à l'Union européenne a été célébrée."), "Croatia",
                  "EU"));
  // Pending, requested or blocked: no edge.
  CHECK_FALSE(AnyMember(Edges("Ukraine's membership bid has stalled in Brussels.")));
  CHECK_FALSE(AnyMember(Edges("Turkey blocked Sweden's accession to NATO for months.")));
  CHECK_FALSE(AnyMember(Edges("La Turquie a bloqué l'adhésion de la Suède à l'OTAN.")));
  CHECK_FALSE(AnyMember(Edges("L'Ukraine est candidate à l'adhésion à l'Union européenne.")));
  CHECK_FALSE(AnyMember(Edges("La Moldavie a demandé son adhésion à l'Union européenne.")));
}

TEST_CASE("joining verbs need an organization and a real accession", "[extract]") {
  CHECK(HasMember(Edges("La Suède a rejoint l'OTAN l'an dernier."), "Sweden", "NATO"));
  CHECK(HasMember(Edges("Kenya was admitted to the East African Community in 2000."), "Kenya",
                  "EAC"));
  CHECK(HasMember(Edges("L'Éthiopie fait désormais partie des BRICS."), "Ethiopia", "BRICS"));
  // A person or a state joined is no membership.
  CHECK_FALSE(AnyMember(Edges("Putin joined Xi Jinping in Moscow.")));
  CHECK_FALSE(AnyMember(Edges("Poutine a rejoint Xi Jinping à Moscou.")));
  // Wished for or supposed.
  CHECK_FALSE(AnyMember(Edges("Ukraine wants to join NATO.")));
  CHECK_FALSE(AnyMember(Edges("La Géorgie, qui aspire à rejoindre l'OTAN, a protesté.")));
  CHECK_FALSE(
      AnyMember(Edges("Moscou a averti qu'il « réagirait » si l'Ukraine rejoignait l'OTAN.")));
  CHECK_FALSE(AnyMember(Edges("Kosovo wants to become a member of the Council of Europe.")));
}

TEST_CASE("seats on a body and presidencies", "[extract]") {
  CHECK(HasMember(Edges("Le Brésil, membre non permanent du Conseil de sécurité, s'est abstenu."),
                  "Brazil", "UN Security Council"));
  CHECK(HasMember(Edges("Senegal, which holds the rotating chairmanship of the African Union, "
                        "hosted the summit."),
                  "Senegal", "African Union"));
  CHECK(HasMember(Edges("La Hongrie, qui assure la présidence tournante de l'Union européenne, a "
                        "reçu les ministres."),
                  "Hungary", "EU"));
  // A body named in full once, then by its head word.
  const auto later = Edges(
      "Le Conseil de sécurité s'est réuni lundi. Les diplomates ont débattu longuement. Le Japon, "
      "membre non permanent du Conseil, a voté pour.");
  CHECK(HasMember(later, "Japan", "UN Security Council"));
}

TEST_CASE("lists of members after a dash or a possessive body", "[extract]") {
  const auto dash = Edges(
      "Soldiers from the five SADC member states – Angola, Zambia, Namibia, Botswana and Malawi "
      "– paraded.");
  CHECK(HasMember(dash, "Angola", "SADC"));
  CHECK(HasMember(dash, "Malawi", "SADC"));
  const auto possessive = Edges("ASEAN's member states Vietnam and the Philippines protested.");
  CHECK(HasMember(possessive, "Vietnam", "ASEAN"));
  CHECK(HasMember(possessive, "Philippines", "ASEAN"));
  // The members listed after the body are not members of each other.
  const auto apposition = Edges(
      "Des soldats de deux autres pays membres de la SADC, l'Angola et la Zambie, ont été "
      "blessés.");
  CHECK(HasMember(apposition, "Angola", "SADC"));
  CHECK(HasMember(apposition, "Zambia", "SADC"));
  CHECK_FALSE(HasMember(apposition, "Angola", "Zambia"));
  CHECK_FALSE(HasMember(apposition, "Zambia", "Angola"));
}

TEST_CASE("partners, allies and the body acted within", "[extract]") {
  CHECK(HasMember(Edges("Egypt and its partners in the Arab League condemned the strike."), "Egypt",
                  "Arab League"));
  CHECK(HasMember(Edges("L'Allemagne et ses partenaires au sein de l'Union européenne ont "
                        "protesté."),
                  "Germany", "EU"));
  CHECK(HasMember(Edges("Au sein de l'OPEP, l'Arabie saoudite pèse le plus."), "Saudi Arabia",
                  "OPEC"));
  const auto ally =
      Edges("Saudi Arabia, an ally of Egypt within the Arab League, objected to the plan.");
  CHECK(HasMember(ally, "Saudi Arabia", "Arab League"));
  CHECK(HasMember(ally, "Egypt", "Arab League"));
  // A described body resolves to the one the page named.
  CHECK(HasMember(Edges("IGAD met in Djibouti. Kenya, a founding member of the eight-nation bloc, "
                        "sent its foreign minister."),
                  "Kenya", "IGAD"));
  // A state the dictionary lists outside the body is not made a member by context.
  CHECK_FALSE(AnyMember(Edges("Au sein de l'Union européenne, la Russie suscite la méfiance.")));
  // "within" of time or of a place names no body.
  CHECK_FALSE(AnyMember(Edges("Within days, Indonesia had recalled its ambassador.")));
}

TEST_CASE("former, suspended, withdrawn and non-members get no edge", "[extract]") {
  CHECK_FALSE(AnyMember(Edges("Argentina, a non-member of OPEC, raised output.")));
  CHECK_FALSE(AnyMember(Edges("Mali, a former member of ECOWAS, protested.")));
  CHECK_FALSE(AnyMember(Edges("Le Kenya, ancien membre de l'OPEP, a protesté.")));
  CHECK_FALSE(AnyMember(Edges("Venezuela was suspended from Mercosur in 2016.")));
  CHECK_FALSE(AnyMember(Edges("Le Qatar s'est retiré de l'OPEP en 2019.")));
  CHECK_FALSE(AnyMember(Edges("Burkina Faso quit the African Union.")));
  CHECK_FALSE(AnyMember(Edges("La Serbie n'est pas membre de l'OTAN.")));
  CHECK_FALSE(AnyMember(Edges("Palestine has observer status at the United Nations.")));
}
