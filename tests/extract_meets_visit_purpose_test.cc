// Meetings on sentences of our own: a visitor's purpose ("s'est rendu à
// Tbilissi pour féliciter X", "flew to Washington to brief Y") meets the
// person; the same verbs without a visit (a letter, a congratulation, a
// wish) or a visit to denounce someone meet no one. Plus the usual
// wordings of receptions, talks and calls, and meetings refused or undone.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("meets: a visit's purpose meets the person, the verb alone does not", "[extract]") {
  {
    const auto e = Edges("Zelensky presented his plan to Joe Biden in a letter.", "2024-09-26");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {
    const auto e = Edges("Zelensky a présenté son plan à Joe Biden par écrit.", "2024-09-26");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {
    const auto e = Edges("Macron a félicité Joe Biden pour sa victoire.", "2024-09-26");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {
    const auto e = Edges("Macron congratulated Joe Biden on his victory.", "2024-09-26");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {
    const auto e = Edges("Zelensky wants to present his plan to Joe Biden.", "2024-09-26");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {
    const auto e = Edges("Zelensky traveled to Washington to criticize Joe Biden.", "2024-09-26");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {
    const auto e = Edges("Orbán s'est rendu à Tbilissi pour dénoncer Salomé Zourabichvili.", "2024-09-26");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {
    const auto e = Edges("Orbán s'est rendu à Tbilissi, et Macron a félicité Joe Biden.", "2024-09-26");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {
    const auto e = Edges("Zelensky flew to Washington to brief Joe Biden on the front.", "2024-09-26");
    CHECK((e.count("Zelensky meets Biden") || e.count("Biden meets Zelensky")));
  }
}

TEST_CASE("meets: receptions, talks, visits and calls, refusals and letters", "[extract]") {
  {
    const auto e = Edges("Emmanuel Macron a été accueilli par Bola Tinubu à Abuja.", "2023-08-01");
    CHECK((e.count("Macron meets Tinubu") || e.count("Tinubu meets Macron")));
  }
  {
    const auto e = Edges("Bola Tinubu a accueilli Emmanuel Macron à Abuja.", "2023-08-01");
    CHECK((e.count("Macron meets Tinubu") || e.count("Tinubu meets Macron")));
  }
  {
    const auto e = Edges("Bola Tinubu received Emmanuel Macron in Abuja.", "2023-08-01");
    CHECK((e.count("Macron meets Tinubu") || e.count("Tinubu meets Macron")));
  }
  {
    const auto e = Edges("Le ministre malien des Affaires étrangères, Abdoulaye Diop, a été reçu par Sergueï Lavrov à Moscou.", "2023-08-01");
    CHECK((e.count("Lavrov meets Abdoulaye Diop") || e.count("Abdoulaye Diop meets Lavrov")));
  }
  {
    const auto e = Edges("Nicolas Sarkozy s'est rendu à Tbilissi pour présenter au président géorgien Mikheïl Saakachvili un plan de paix.", "2008-08-12");
    CHECK((e.count("Sarkozy meets Saakashvili") || e.count("Saakashvili meets Sarkozy")));
  }
  {
    const auto e = Edges("Viktor Orbán s'est rendu à Tbilissi pour féliciter Irakli Kobakhidzé.", "2024-11-01");
    CHECK((e.count("Orban meets Kobakhidze") || e.count("Kobakhidze meets Orban")));
  }
  {
    const auto e = Edges("Antony Blinken flew to Ankara to meet Recep Tayyip Erdogan.", "2023-02-20");
    CHECK((e.count("Blinken meets Erdogan") || e.count("Erdogan meets Blinken")));
  }
  {
    const auto e = Edges("Antony Blinken traveled to Ankara for talks with Recep Tayyip Erdogan.", "2023-02-20");
    CHECK((e.count("Blinken meets Erdogan") || e.count("Erdogan meets Blinken")));
  }
  {
    const auto e = Edges("Emmanuel Macron s'est rendu à Pékin pour s'entretenir avec Xi Jinping.", "2023-04-06");
    CHECK((e.count("Macron meets Xi Jinping") || e.count("Xi Jinping meets Macron")));
  }
  {
    const auto e = Edges("Vladimir Poutine a reçu Alexandre Loukachenko au Kremlin.", "2022-02-18");
    CHECK((e.count("Putin meets Lukashenko") || e.count("Lukashenko meets Putin")));
  }
  {
    const auto e = Edges("Alexandre Loukachenko a été reçu au Kremlin par Vladimir Poutine.", "2022-02-18");
    CHECK((e.count("Putin meets Lukashenko") || e.count("Lukashenko meets Putin")));
  }
  {
    const auto e = Edges("Lukashenko held talks with Putin in Moscow.", "2022-02-18");
    CHECK((e.count("Putin meets Lukashenko") || e.count("Lukashenko meets Putin")));
  }
  {
    const auto e = Edges("Putin hosted Lukashenko in Sochi.", "2022-02-18");
    CHECK((e.count("Putin meets Lukashenko") || e.count("Lukashenko meets Putin")));
  }
  {
    const auto e = Edges("Loukachenko et Poutine se sont rencontrés à Sotchi.", "2022-02-18");
    CHECK((e.count("Putin meets Lukashenko") || e.count("Lukashenko meets Putin")));
  }
  {
    const auto e = Edges("Lukashenko sat down with Putin in Sochi.", "2022-02-18");
    CHECK((e.count("Putin meets Lukashenko") || e.count("Lukashenko meets Putin")));
  }
  {
    const auto e = Edges("Erdogan and Putin had jointly called for a ceasefire after meeting in Istanbul.", "2020-01-08");
    CHECK((e.count("Erdogan meets Putin") || e.count("Putin meets Erdogan")));
  }
  {
    const auto e = Edges("Thomas Boni Yayi a tenté de rapprocher les positions en rencontrant Patrice Talon en mai.", "2024-06-01");
    CHECK((e.count("Boni Yayi meets Patrice Talon") || e.count("Patrice Talon meets Boni Yayi")));
  }
  {
    const auto e = Edges("Antony Blinken spoke separately to Nikol Pashinyan and Ilham Aliyev.", "2022-09-14");
    CHECK((e.count("Blinken meets Aliyev") || e.count("Aliyev meets Blinken")));
  }
  {
    const auto e = Edges("Antony Blinken a reçu Ilham Aliyev à Washington.", "2022-09-14");
    CHECK((e.count("Blinken meets Aliyev") || e.count("Aliyev meets Blinken")));
  }
  {
    const auto e = Edges("Ilham Aliyev held a phone call with Antony Blinken.", "2022-09-14");
    CHECK((e.count("Blinken meets Aliyev") || e.count("Aliyev meets Blinken")));
  }
  {
    const auto e = Edges("Antony Blinken refused to meet Ilham Aliyev.", "2022-09-14");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {
    const auto e = Edges("Antony Blinken will not meet Ilham Aliyev.", "2022-09-14");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {
    const auto e = Edges("Antony Blinken a annulé sa rencontre avec Ilham Aliyev.", "2022-09-14");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {
    const auto e = Edges("Antony Blinken could meet Ilham Aliyev next week.", "2022-09-14");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {
    const auto e = Edges("Antony Blinken received a letter from Ilham Aliyev.", "2022-09-14");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
  {
    const auto e = Edges("Antony Blinken a reçu une lettre d'Ilham Aliyev.", "2022-09-14");
    CHECK_FALSE(HasPredicate(e, "meets"));
  }
}
