// Speaker attribution around stance. Own sentences
// about other actors; positives with their negatives.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;
using kzgraph::testing::HasPredicate;

TEST_CASE("a body speaking through a person", "[extract]") {
  SECTION("par la voix de son porte-parole: the person holds the stance too") {
    auto e = Edges(
        "Le gouvernement kényan, par la voix de son porte-parole Isaac Mwaura, a accusé "
        "l'Éthiopie de violer la frontière.");
    CHECK(e.count("Kenya accuses Ethiopia"));
    CHECK(e.count("Isaac Mwaura accuses Ethiopia"));
    // "son porte-parole" belongs to the government opening the sentence.
    CHECK(e.count("Isaac Mwaura official_of Kenya"));
  }
  SECTION("after a compound verb") {
    auto e = Edges(
        "Le Kremlin a répliqué par la voix de son porte-parole Dmitri Peskov, en accusant la "
        "Pologne de mentir.");
    CHECK(e.count("Peskov accuses Poland"));
  }
  SECTION("a trailing adjunct voices only its own clause") {
    auto e = Edges(
        "Le Qatar, principal soutien du Hamas, s'est dit favorable à la trêve, par la voix de "
        "son porte-parole Majed al-Ansari.");
    CHECK_FALSE(e.count("Majed al-Ansari supports Hamas"));
  }
  SECTION("an organ is no person's voice") {
    auto e =
        Edges("La France, par la voix du ministère des Affaires étrangères, a condamné la Russie.");
    CHECK(e.count("France criticizes Russia"));
    for (const auto& edge : e) CHECK(edge.find("Foreign Ministry criticizes") == std::string::npos);
  }
  SECTION("negation blocks the body's stance and so the voice's") {
    auto e = Edges(
        "Le gouvernement kényan, par la voix de son porte-parole Isaac Mwaura, n'a pas accusé "
        "l'Éthiopie.");
    CHECK_FALSE(e.count("Isaac Mwaura accuses Ethiopia"));
    CHECK_FALSE(e.count("Kenya accuses Ethiopia"));
  }
}

TEST_CASE("a quotation attributed by an inverted pronoun", "[extract]") {
  const std::string before = "Le ministre polonais Radoslaw Sikorski a parlé mardi à Varsovie. ";
  SECTION("simple tense, -t-il") {
    auto e = Edges(before + "« La Biélorussie ment depuis des mois », dénonce-t-il.");
    CHECK(e.count("Sikorski criticizes Belarus"));
  }
  SECTION("simple tense, no -t-") {
    auto e = Edges(before + "« La Biélorussie ment depuis des mois », accuse-il.");
    CHECK_FALSE(e.count("Belarus criticizes Sikorski"));
  }
  SECTION("a plain speech verb takes no stance") {
    auto e = Edges(before + "« La Biélorussie a tenu parole », ajoute-t-il.");
    CHECK_FALSE(e.count("Sikorski criticizes Belarus"));
  }
}

TEST_CASE("a plural object pronoun stands for the whole coordination", "[extract]") {
  SECTION("leur reprochant after two titled persons") {
    auto e = Edges(
        "Le chef rebelle Ahmed Diallo multiplie les attaques contre le président Bola Tinubu "
        "et le ministre Sergueï Lavrov, leur reprochant la guerre.");
    CHECK(e.count("Ahmed Diallo accuses Tinubu"));
    CHECK(e.count("Ahmed Diallo accuses Lavrov"));
  }
  SECTION("les accusant after two countries") {
    auto e = Edges("La Pologne a critiqué la Russie et la Biélorussie, les accusant de mentir.");
    CHECK(e.count("Poland accuses Russia"));
    CHECK(e.count("Poland accuses Belarus"));
  }
  SECTION("a singular pronoun keeps the last actor only") {
    auto e = Edges("Le Kenya a rompu avec la Somalie et l'Éthiopie, l'accusant de mentir.");
    CHECK(e.count("Kenya accuses Ethiopia"));
    CHECK_FALSE(e.count("Kenya accuses Somalia"));
  }
}

TEST_CASE("a postposed speaker after a time word", "[extract]") {
  SECTION("a annoncé mardi le ministère: the ministry speaks") {
    auto e = Edges(
        "L'opposant Ousmane Diallo a été arrêté, soupçonné de complot, a annoncé mardi le "
        "parquet kényan, sans autre précision.");
    CHECK(e.count("Kenyan Prosecutor General's Office accuses Ousmane Diallo"));
  }
}

TEST_CASE("a person charged in the speaker's words", "[extract]") {
  SECTION("an appositive participle after the name, past an apposition") {
    auto e = Edges(
        "Le parquet kényan a annoncé l'arrestation de l'opposant Ousmane Diallo, un proche "
        "de William Ruto, soupçonné de corruption.");
    CHECK(e.count("Kenyan Prosecutor General's Office accuses Ousmane Diallo"));
    CHECK_FALSE(e.count("Kenyan Prosecutor General's Office accuses Ruto"));
  }
  SECTION("no speaker: nobody accuses") {
    auto e = Edges("L'opposant Ousmane Diallo, soupçonné de corruption, a quitté le Kenya.");
    CHECK_FALSE(HasPredicate(e, "accuses"));
  }
  SECTION("a by-phrase names the accuser itself") {
    auto e = Edges(
        "Le ministre Sergueï Lavrov a déclaré avoir parlé de l'opposant Ousmane Diallo, accusé "
        "par Nairobi de corruption.");
    CHECK_FALSE(e.count("Lavrov accuses Ousmane Diallo"));
  }
}

TEST_CASE("a body described by its class noun as a stance object", "[extract]") {
  SECTION("accusant l'organisation after the body was named") {
    auto e = Edges(
        "Le Burundi a quitté la Communauté d'Afrique de l'Est. Le président burundais a parlé "
        "mardi, accusant l'organisation de servir des intérêts étrangers.");
    CHECK(e.count("Ndayishimiye accuses EAC"));
  }
  SECTION("English: accusing the regional bloc") {
    auto e = Edges(
        "Chad left the Economic Community of Central African States in March. Its government "
        "spoke on Monday, accusing the regional bloc of bias.");
    CHECK(e.count("Chad accuses ECCAS"));
  }
  SECTION("no body named: no object") {
    auto e = Edges("Le Burundi a parlé mardi, accusant l'organisation de servir des intérêts.");
    CHECK_FALSE(HasPredicate(e, "accuses"));
  }
  SECTION("negation blocks") {
    auto e = Edges(
        "Chad left the Economic Community of Central African States in March. Its government "
        "did not accuse the regional bloc of bias.");
    CHECK_FALSE(e.count("Chad accuses ECCAS"));
  }
}

TEST_CASE("an incise naming a meeting noun before the object", "[extract]") {
  SECTION("a accusé mardi, dans un entretien télévisé, X de") {
    auto e = Edges(
        "Le président Paul Kagame a accusé mardi, dans un entretien télévisé, les FDLR de "
        "préparer des attaques.");
    CHECK(e.count("Kagame accuses FDLR"));
  }
  SECTION("a verb in the incise ends it") {
    auto e = Edges(
        "Le président Paul Kagame a accusé mardi, après avoir rencontré le Burundi, les FDLR "
        "de préparer des attaques.");
    CHECK_FALSE(e.count("Kagame accuses Burundi"));
  }
}

TEST_CASE("a plural pronoun in an indirect relative is the main subject", "[extract]") {
  SECTION("after a fronted adjunct") {
    auto e = Edges(
        "Quelques jours plus tôt, les autorités tchadiennes avaient expulsé l'ambassadeur "
        "d'Allemagne, Jan-Christian Gordon Kricke, à qui elles reprochaient des propos.");
    CHECK(e.count("Chad accuses Jan-Christian Gordon Kricke"));
  }
  SECTION("negated") {
    auto e = Edges(
        "Quelques jours plus tôt, les autorités tchadiennes avaient reçu l'ambassadeur "
        "d'Allemagne, Jan-Christian Gordon Kricke, à qui elles ne reprochaient rien.");
    CHECK_FALSE(HasPredicate(e, "accuses"));
  }
}

TEST_CASE("an object relative after a titled subject and an apposition", "[extract]") {
  SECTION("past a participle with its agent, title before the name") {
    auto e = Edges(
        "Le Kenya a combattu les shebab, soutenus par des réseaux étrangers, que le président "
        "William Ruto accuse de terrorisme.");
    CHECK(e.count("Ruto accuses al-Shabaab"));
  }
  SECTION("no actor before the relative") {
    auto e = Edges(
        "Le Kenya a accueilli les réfugiés, que le président William Ruto accuse de désordres.");
    CHECK_FALSE(HasPredicate(e, "accuses"));
  }
}

TEST_CASE("an English government noun phrase as the inherited subject", "[extract]") {
  SECTION("after a fronted adjunct, a participle inherits it") {
    auto e = Edges(
        "In March, the Chadian authorities expelled the German ambassador, accusing Sudan of "
        "arming rebels.");
    CHECK(e.count("Chad accuses Sudan"));
  }
  SECTION("negated participle") {
    auto e = Edges(
        "In March, the Chadian authorities expelled the German ambassador, without accusing "
        "Sudan of anything.");
    CHECK_FALSE(e.count("Chad accuses Sudan"));
  }
}

TEST_CASE("the agent inside the words a stance verb quotes", "[extract]") {
  SECTION("condemned what he called \"attacks by X\"") {
    auto e = Edges(
        "Kenyan President William Ruto on Monday condemned what he called \"brutal raids by "
        "Ethiopia on Kenyan villages\".");
    CHECK(e.count("Ruto criticizes Ethiopia"));
  }
  SECTION("a support verb takes no agent from the quote") {
    auto e = Edges(
        "Kenyan President William Ruto on Monday praised what he called \"brave patrols by "
        "Ethiopia on the border\".");
    CHECK_FALSE(e.count("Ruto criticizes Ethiopia"));
  }
}
