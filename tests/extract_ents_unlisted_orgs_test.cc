// Organizations no dictionary knows, on sentences of our own:
// names closed by the acronym of their initials, names introduced by a class
// noun ("l'ONG X", "the rights group X", "le mouvement M62"), names before an
// apposition ("X, a rights group"); and what must stay no organization.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::EntityIds;

TEST_CASE("a name closed by the acronym of its initials", "[extract]") {
  auto fr = EntityIds(
      "Ouagadougou, 3 avril 2024 — Les Brigades pour la sauvegarde du Sahel (BSS) ont attaqué "
      "un convoi. Le Collectif contre l'arbitraire et la torture (CCAT) a dénoncé des "
      "exécutions.",
      "2024-04-03");
  CHECK(fr.count("BSS"));
  CHECK(fr.count("CCAT"));
  // the acronym used alone later is the same body, and it acts
  auto e = Edges(
      "Niamey, 3 avril 2024 — Le Comité pour la paix et la réconciliation au Liptako (CPRL) a "
      "été créé. Le CPRL accuse le Burkina Faso de tuer des civils.",
      "2024-04-03");
  CHECK(e.count("CPRL accuses Burkina Faso"));
  // initials that do not spell the acronym: a person and a place stay out
  auto no = EntityIds(
      "Dakar, 3 avril 2024 — Moussa Faye (PMD) a parlé. La région de Tambacounda (RTS) vote.",
      "2024-04-03");
  CHECK_FALSE(no.count("PMD"));  // (PDS, Senegal's party, is listed now)
  CHECK_FALSE(no.count("RTS"));
  // a country's acronym closes the country's own name
  CHECK_FALSE(EntityIds("Kinshasa, 3 avril 2024 — La République démocratique du Congo (RDC) "
                        "accuse Kigali.",
                        "2024-04-03")
                  .count("RDC"));
}

TEST_CASE("a name introduced by a class noun", "[extract]") {
  auto fr = EntityIds(
      "Lomé, 5 mai 2024 — L'ONG Lumière togolaise a accusé mardi la police de brutalités. Le "
      "mouvement K47 réclame le départ du gouvernement. Le parti Les Bâtisseurs a critiqué la "
      "réforme.",
      "2024-05-05");
  CHECK(fr.count("Lumière togolaise"));
  CHECK(fr.count("K47"));
  CHECK(fr.count("Les Bâtisseurs"));
  auto q = EntityIds(
      "Lomé, 5 mai 2024 — Le collectif Sauvons la lagune, qui regroupe des pêcheurs, manifeste.",
      "2024-05-05");
  CHECK(q.count("Sauvons la lagune"));
  auto en = Edges(
      "NAIROBI, May 5, 2024 - The rights group Haki Mtaani accused Kenya of abducting critics. "
      "The armed group Zaire Defence Union attacked a camp.",
      "2024-05-05");
  CHECK(en.count("Haki Mtaani accuses Kenya"));
  CHECK(EntityIds("NAIROBI, May 5, 2024 - The militant group Jabha Kusini attacked a camp.",
                  "2024-05-05")
            .count("Jabha Kusini"));
  // the collective's noun before a name is no "terrorists" mention
  auto armed =
      EntityIds("Bunia, 5 mai 2024 — Le groupe armé Zaïre-Ituri a attaqué un camp.", "2024-05-05");
  CHECK(armed.count("Zaïre-Ituri"));
  CHECK_FALSE(armed.count("terrorists"));
  // the dictionary's own name is not extended ("le groupe Wagner en Afrique")
  auto w = EntityIds("Bamako, 5 mai 2024 — Le groupe Wagner reste présent au Mali.", "2024-05-05");
  CHECK(w.count("Wagner"));
  // a weekday, a person after a role, a possessive: no name
  auto neg = kzgraph::testing::ExtractText(
      "NAIROBI, May 5, 2024 - The group Monday denied the report. The party leader Amani "
      "Waweru spoke. The group's founder left.",
      "2024-05-05");
  for (const auto& ent : neg.entities) {
    CHECK(ent.id != "Monday");
    if (ent.id == "Amani Waweru") CHECK(ent.kind == "person");
  }
}

TEST_CASE("a name before an apposition of its kind", "[extract]") {
  CHECK(Edges("KHARTOUM, May 2, 2024 - Darfur Lawyers Forum, a rights group, accused the RSF of "
              "killing civilians.",
              "2024-05-02")
            .count("Darfur Lawyers Forum accuses RSF"));
  CHECK(EntityIds("Niamey, 2 mai 2024 — Tchidimbo Espoir, une ONG locale, a critiqué l'armée.",
                  "2024-05-02")
            .count("Tchidimbo Espoir"));
  // a compound after the class noun describes a person: "a party veteran"
  auto vet = kzgraph::testing::ExtractText(
      "KHARTOUM, May 2, 2024 - Yasir Arman, a party veteran, said the talks failed.", "2024-05-02");
  for (const auto& ent : vet.entities) CHECK(ent.kind != "organization");
  // a member or a founder of a body is a person, not the body
  auto x = kzgraph::testing::ExtractText(
      "KHARTOUM, May 2, 2024 - Salma Idris, a party member, said the talks failed. Omar "
      "Khalil, the group's founder, said nothing.",
      "2024-05-02");
  bool salma = false;
  for (const auto& ent : x.entities) {
    if (ent.id == "Salma Idris") salma = ent.kind == "person";
    CHECK(ent.kind != "organization");
  }
  CHECK(salma);
}

TEST_CASE("English names with capitalised prepositions and French acronyms", "[extract]") {
  auto ids = EntityIds(
      "NIAMEY, April 5, 2024 - His organisation, the Network Against Arbitrary Detention, "
      "demanded his release. The Volunteers for the Defence of the Nation (VDN), a militia, "
      "lost eight men.",
      "2024-04-05");
  CHECK(ids.count("Network Against Arbitrary Detention"));
  CHECK(ids.count("VDN"));
  // one letter off in an English text: the French acronym of the name
  kzgraph::Article a;
  a.id = "en.txt";
  a.date = "2024-04-05";
  a.lang = "en";
  a.text =
      "OUAGADOUGOU, April 5, 2024 - The Volunteers for the Defence of the Homeland (VDP) lost "
      "eight men.";
  kzgraph::Extraction x;
  kzgraph::testing::SharedExtractor().Extract(a, &x);
  bool vdp = false;
  for (const auto& e : x.entities) vdp |= e.id == "VDP";
  CHECK(vdp);
  // two letters off: no name
  // (VDX: VDP, Burkina Faso's volunteers, is listed now)
  CHECK_FALSE(EntityIds("NIAMEY, April 5, 2024 - The Friends of the Sahel (VDX) met.", "2024-04-05")
                  .count("VDX"));
}
